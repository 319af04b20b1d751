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
  assert.ok(hashFeature("") >= 0 && hashFeature("x") <= 0xffffffff);
});
