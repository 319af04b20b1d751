/**
 * `npx tsx scripts/ner/check-subwords.ts <fastText model dir>`: checks subwords.ts's n-gram cutting
 * and hashing against fastText itself: for the first words of the dictionary, the word's row plus
 * its n-gram rows, averaged (fastText's getWordVector), must equal the word's line in model.vec.
 * Prints the largest difference over those words (a wrong hash or cut gives differences ~0.1–1).
 */
import { readFileSync } from "node:fs";
import { ngramBuckets } from "../../src/understand/entities/subwords.js";
import { readFastTextBin } from "./fasttext-bin.js";

const dir = process.argv[2];
if (!dir) throw new Error("usage: check-subwords.ts <dir with model.bin and model.vec>");
const bin = readFastTextBin(`${dir}/model.bin`);
const vec = new Map<string, number[]>();
for (const row of readFileSync(`${dir}/model.vec`, "utf8").split("\n").slice(1)) {
  const parts = row.trim().split(" ");
  if (parts.length === bin.dim + 1) vec.set(parts[0]!, parts.slice(1).map(Number));
}
let worst = 0;
let checked = 0;
for (let w = 0; w < Math.min(bin.words.length, 3000); w++) {
  const word = bin.words[w]!;
  const expected = vec.get(word);
  if (!expected || word === "</s>") continue; // fastText gives the end-of-sentence token no n-grams
  const buckets = ngramBuckets(word, bin.minn, bin.maxn, bin.bucket);
  const v = new Float64Array(bin.dim);
  for (let d = 0; d < bin.dim; d++) v[d] = bin.wordRows[w * bin.dim + d]!;
  for (const b of buckets) for (let d = 0; d < bin.dim; d++) v[d]! += bin.ngramRows[b * bin.dim + d]!;
  for (let d = 0; d < bin.dim; d++) worst = Math.max(worst, Math.abs(v[d]! / (1 + buckets.length) - expected[d]!));
  checked++;
}
console.log(`${checked} words checked (minn ${bin.minn}, maxn ${bin.maxn}, bucket ${bin.bucket}): largest difference ${worst.toExponential(2)}`);
