/**
 * Reads the n-gram rows of a fastText model file (`model.bin`, fastText 0.9 format, not quantized):
 * magic and version, the arguments, the dictionary, then the input matrix whose rows past the
 * words' are the n-gram hash buckets. Training time only (scripts/train-ner.ts subword classes).
 */
import { readFileSync } from "node:fs";

const MAGIC = 793712314;

export interface FastTextNgrams {
  dim: number;
  minn: number;
  maxn: number;
  bucket: number;
  /** The dictionary's words (in the input matrix's row order). */
  words: string[];
  /** Input-matrix rows of the words, words.length × dim. */
  wordRows: Float32Array;
  /** Input-matrix rows of the n-gram buckets, bucket × dim. */
  ngramRows: Float32Array;
}

export function readFastTextBin(path: string): FastTextNgrams {
  const buf = readFileSync(path);
  let at = 0;
  const i32 = () => {
    const v = buf.readInt32LE(at);
    at += 4;
    return v;
  };
  const i64 = () => {
    const v = Number(buf.readBigInt64LE(at));
    at += 8;
    return v;
  };
  if (i32() !== MAGIC) throw new Error(`fasttext-bin: ${path} is not a fastText model`);
  const version = i32();
  if (version !== 12) throw new Error(`fasttext-bin: version ${version}, expected 12`);
  const dim = i32();
  i32(); // ws
  i32(); // epoch
  i32(); // minCount
  i32(); // neg
  i32(); // wordNgrams
  i32(); // loss
  i32(); // model
  const bucket = i32();
  const minn = i32();
  const maxn = i32();
  i32(); // lrUpdateRate
  at += 8; // t (double)
  const size = i32();
  const nwords = i32();
  i32(); // nlabels
  i64(); // ntokens
  const pruneSize = i64();
  const words: string[] = [];
  for (let k = 0; k < size; k++) {
    const end = buf.indexOf(0, at);
    words.push(buf.toString("utf8", at, end));
    at = end + 1 + 8 + 1; // the word, its count (int64), its type (int8)
  }
  if (pruneSize > 0) throw new Error("fasttext-bin: pruned (quantized) models are not read");
  if (buf[at++] !== 0) throw new Error("fasttext-bin: quantized input matrix");
  const m = i64();
  const n = i64();
  if (n !== dim || m !== nwords + bucket) throw new Error(`fasttext-bin: input matrix ${m} × ${n}, expected ${nwords + bucket} × ${dim}`);
  const matrix = new Float32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + m * n * 4));
  return { dim, minn, maxn, bucket, words: words.slice(0, nwords), wordRows: matrix.subarray(0, nwords * dim), ngramRows: matrix.subarray(nwords * dim) };
}
