import { test } from "node:test";
import assert from "node:assert/strict";
import { FeatureIndex, hashFeature } from "./feature-index.js";

test("ids are dense, stable and survive growth and a hash round trip", () => {
  const index = new FeatureIndex(4);
  const names = Array.from({ length: 5000 }, (_, i) => `w=كلمة${i}`);
  names.forEach((n, i) => assert.equal(index.add(n), i));
  assert.equal(index.add("w=كلمة7"), 7);
  const copy = FeatureIndex.fromHashes(index.hashes());
  for (const [i, n] of names.entries()) assert.equal(copy.get(n), i);
  assert.equal(copy.get("w=غائب"), undefined);
});

test("hashes are 32-bit and deterministic", () => {
  assert.equal(hashFeature("w=باكو"), hashFeature("w=باكو"));
  assert.notEqual(hashFeature("w=باكو"), hashFeature("w=باريس"));
  assert.ok(Number.isInteger(hashFeature("x")) && hashFeature("x") === (hashFeature("x") | 0));
});

test("a hash list with a repeated hash is refused (its weights rows would shift)", () => {
  assert.throws(() => FeatureIndex.fromHashes(Int32Array.from([5, 9, 5])), /given twice/);
  assert.deepEqual(Array.from(FeatureIndex.fromHashes(Int32Array.from([5, 9, -7])).hashes()), [5, 9, -7]);
});
