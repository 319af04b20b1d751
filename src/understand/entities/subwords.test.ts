import { test } from "node:test";
import assert from "node:assert/strict";
import { classCentres, fastTextHash, nearestClasses, ngramBuckets, quantizeRows, subwordClasses, subwordVector, type SubwordTable } from "./subwords.js";

const bytes = (s: string) => new TextEncoder().encode(s);

test("fastText's hash: FNV-1a, bytes above 0x7f sign-extended as fastText's int8 does", () => {
  assert.equal(fastTextHash(bytes("")), 2166136261);
  assert.equal(fastTextHash(bytes("a")), 0xe40c292c); // plain FNV-1a for ASCII
  // «<ب» : the letter's UTF-8 bytes d8 a8 are xor-ed as 0xffffffd8, 0xffffffa8 (checked against
  // fastText 0.9.2's own word vectors: scripts/ner/check-subwords.ts)
  let h = 2166136261;
  for (const b of [0x3c, 0xffffffd8, 0xffffffa8]) h = Math.imul((h ^ b) >>> 0, 16777619) >>> 0;
  assert.equal(fastTextHash(bytes("<ب")), h);
});

test("n-grams of «<word>» as fastText cuts them: code points, minn…maxn, no lone boundary mark", () => {
  // «<ab>»: <a, <ab, <ab>, ab, ab>, b> (a and b alone are shorter than minn 2)
  const expected = ["<a", "<ab", "<ab>", "ab", "ab>", "b>"].map((g) => fastTextHash(bytes(g)) % 1000);
  assert.deepEqual(ngramBuckets("ab", 2, 5, 1000), expected);
  // Arabic letters count as one character each (two UTF-8 bytes)
  assert.equal(ngramBuckets("باب", 2, 2, 1000).length, 4); // <ب, با, اب, ب>
  assert.equal(ngramBuckets("باب", 1, 1, 1000).length, 3); // ب, ا, ب (never < or > alone)
});

/** Two classes at level 0 along x and y, each split in two at level 1. */
function toyTable(rows: Float32Array, bucket: number): SubwordTable {
  const dim = 2;
  const vectors = [[1, 0.1], [1, -0.1], [0.1, 1], [-0.1, 1]].map((v) => Float32Array.from(v));
  const classes = [[0, 0], [0, 1], [1, 2], [1, 3]];
  const q = quantizeRows(rows, dim);
  return { minn: 2, maxn: 3, bucket, dim, rows: q.rows, scales: q.scales, branching: [2, 2], centres: classCentres(vectors, classes, [2, 2]) };
}

test("a word the table lacks gets the nested classes nearest to the mean of its n-gram rows", () => {
  const bucket = 7;
  const rows = new Float32Array(bucket * 2);
  // every bucket points along y, a little towards −x: class 1, then 3
  for (let b = 0; b < bucket; b++) rows.set([-0.2, 1], b * 2);
  const table = toyTable(rows, bucket);
  const v = subwordVector(table, "قطر")!;
  assert.ok(Math.abs(v[0]! + 0.2) < 0.01 && Math.abs(v[1]! - 1) < 0.01);
  assert.deepEqual(subwordClasses(table, "قطر"), [1, 3]);
  assert.deepEqual(nearestClasses(table, Float32Array.from([1, 0.3])), [0, 0]);
});

test("an empty class (all-zero centre) is never chosen", () => {
  const dim = 2;
  const centres = new Float32Array((2 + 4) * dim);
  centres.set([1, 0], 0);
  centres.set([0, 1], 2);
  centres.set([0.6, 0.8], (2 + 1) * dim); // class 1 of level 1 under class 0; class 0 of level 1 empty
  const table: SubwordTable = { minn: 2, maxn: 3, bucket: 1, dim, rows: new Int8Array(2), scales: new Float32Array(1), branching: [2, 2], centres };
  assert.deepEqual(nearestClasses(table, Float32Array.from([1, -1])), [0, 1]);
});

test("with a map, the n-gram vector's own finest class gives the table's classes of most of its words", () => {
  const bucket = 5;
  const rows = new Float32Array(bucket * 2);
  for (let b = 0; b < bucket; b++) rows.set([1, 0.2], b * 2); // subword class 0, then 0
  // finest subword classes 0..3 → the table's classes (3 levels) of most of their words; class 1 had none
  const map = Int32Array.from([5, 41, 330, -1, -1, -1, 7, 60, 481, 2, 20, 160]);
  const table = { ...toyTable(rows, bucket), map, levels: 3 };
  assert.deepEqual(subwordClasses(table, "دبي"), [5, 41, 330]);
  rows.fill(0);
  for (let b = 0; b < bucket; b++) rows.set([1, -0.2], b * 2); // subword class 0, then 1: no table classes
  assert.deepEqual(subwordClasses({ ...toyTable(rows, bucket), map, levels: 3 }, "دبي"), []);
});
