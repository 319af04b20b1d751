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

test("hashes sharing the presence filter's bit are told apart by the table", () => {
  // Equal in their low 22 bits: one filter bit, three different hashes (negative ones included).
  const kept = [0x00123456, 0x00523456, -0x7fedcbaa];
  const absent = [0x00923456, 0x00d23456, 0x00123457];
  for (const index of [FeatureIndex.fromHashes(Int32Array.from(kept)), (() => {
    const grown = new FeatureIndex(1);
    for (const h of kept) grown.addHash(h);
    for (let i = 0; i < 3000; i++) grown.addHash(i * 7919 + 1); // forces growth after the three
    return grown;
  })()]) {
    kept.forEach((h, id) => assert.equal(index.getHash(h), id));
    for (const h of absent) assert.equal(index.getHash(h), undefined);
  }
});
