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

test("resolveRows gives each row's kept ids in its hashes' order, as getHash one at a time", () => {
  const kept = [0x00123456, 0x00523456, -0x7fedcbaa, 77, 1234567];
  const index = FeatureIndex.fromHashes(Int32Array.from(kept));
  const rows = [[77, 0x00923456, 0x00123456], [], [0x00d23456, 5], [1234567, -0x7fedcbaa, 0x00523456, 77]];
  const stride = 4;
  const hashes = new Int32Array(rows.length * stride);
  const counts = Int32Array.from(rows.map((r) => r.length));
  rows.forEach((r, i) => hashes.set(r, i * stride));
  const ids = new Int32Array(hashes.length);
  const found = new Int32Array(rows.length);
  index.resolveRows(hashes, counts, rows.length, stride, ids, found);
  rows.forEach((r, i) => {
    const expected = r.map((h) => index.getHash(h)).filter((id) => id !== undefined);
    assert.deepEqual(Array.from(ids.subarray(i * stride, i * stride + found[i]!)), expected);
  });
});

test("keepMaybePresent from an offset leaves what is before it alone", () => {
  const index = FeatureIndex.fromHashes(Int32Array.from([11, 22]));
  const buf = Int32Array.from([99, 98, 5, 11, 6, 22]);
  const n = index.keepMaybePresent(buf, 4, 2);
  assert.equal(n, 2);
  assert.deepEqual(Array.from(buf.subarray(0, 4)), [99, 98, 11, 22]);
});
