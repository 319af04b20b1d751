/**
 * Word classes of words the class table lacks, from their character n-grams (issue 11, measured in
 * eval/ner/README.md "Subword classes"): the word vectors are fastText skipgram vectors trained with
 * character n-grams (scripts/ner/word-classes.ts), and a model may carry
 * - the n-gram rows of that fastText model (one row per hash bucket, int8 with a scale per row), and
 * - the centres of the nested classes (clusters.ts: the normalized mean of each class's normalized
 *   word vectors), level after level;
 * so a word absent from the table gets fastText's vector for an out-of-vocabulary word (the mean of
 * its n-grams' rows, n-grams of «<word>» as fastText cuts them: minn…maxn code points, FNV-1a over
 * their UTF-8 bytes modulo the bucket count) and, level by level, the nearest centre (cosine) among
 * the children of its class one level up. Pure arithmetic over typed arrays: no native code.
 */

export interface SubwordTable {
  minn: number;
  maxn: number;
  bucket: number;
  dim: number;
  /** bucket × dim quantized n-gram rows; row r's values are rows[r * dim + d] * scales[r]. */
  rows: Int8Array;
  scales: Float32Array;
  /** Classes per parent at each level (clusters.ts NestedClassOptions.branching). */
  branching: number[];
  /** Centres of every level's classes, level after level, dim floats each (all zero: an empty class). */
  centres: Float32Array;
  /**
   * When the n-gram vectors' classes are not the table's (a separate clustering of the subword
   * vectors): per finest class of theirs, the table's classes per level (levels values each, −1 none)
   * most of its words have; a word then takes those.
   */
  map?: Int32Array;
  levels?: number;
}

const encoder = new TextEncoder();

/** fastText's string hash (Dictionary::hash): FNV-1a over the bytes, each byte sign-extended as int8. */
export function fastTextHash(bytes: Uint8Array): number {
  let h = 2166136261;
  for (const b of bytes) {
    h = (h ^ ((b << 24) >> 24)) >>> 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** The n-gram buckets of a word as fastText computes them (Dictionary::computeSubwords over «<word>»). */
export function ngramBuckets(word: string, minn: number, maxn: number, bucket: number): number[] {
  const chars = [...`<${word}>`];
  const out: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    let gram = "";
    for (let j = i, n = 1; j < chars.length && n <= maxn; n++) {
      gram += chars[j++];
      if (n >= minn && !(n === 1 && (i === 0 || j === chars.length))) out.push(fastTextHash(encoder.encode(gram)) % bucket);
    }
  }
  return out;
}

/** fastText's vector of an out-of-vocabulary word: the mean of its n-gram rows (null without n-grams). */
export function subwordVector(table: SubwordTable, word: string): Float32Array | null {
  const buckets = ngramBuckets(word, table.minn, table.maxn, table.bucket);
  if (!buckets.length) return null;
  const { dim, rows, scales } = table;
  const v = new Float32Array(dim);
  for (const b of buckets) {
    const s = scales[b]!;
    const at = b * dim;
    for (let d = 0; d < dim; d++) v[d]! += rows[at + d]! * s;
  }
  const inverse = 1 / buckets.length;
  for (let d = 0; d < dim; d++) v[d]! *= inverse;
  return v;
}

/** The nested classes (coarse first) of a vector: the nearest centre among the children of its class one level up. */
export function nearestClasses(table: SubwordTable, v: Float32Array): number[] {
  const { dim, centres, branching } = table;
  const classes: number[] = [];
  let parent = 0;
  let levelStart = 0;
  let width = 1;
  for (const k of branching) {
    let best = -1;
    let bestSim = -Infinity;
    for (let c = parent * k; c < parent * k + k; c++) {
      const at = (levelStart + c) * dim;
      let s = 0;
      let empty = true;
      for (let d = 0; d < dim; d++) {
        const x = centres[at + d]!;
        if (x !== 0) empty = false;
        s += x * v[d]!;
      }
      if (!empty && s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    if (best < 0) break;
    classes.push(best);
    parent = best;
    levelStart += width * k;
    width *= k;
  }
  return classes;
}

/** The classes of a word the table lacks, from its n-grams (empty when it has none). */
export function subwordClasses(table: SubwordTable, word: string): number[] {
  const v = subwordVector(table, word);
  if (!v) return [];
  const own = nearestClasses(table, v);
  if (!table.map) return own;
  const L = table.levels ?? 0;
  if (own.length !== table.branching.length || !L) return [];
  const at = own[own.length - 1]! * L;
  const mapped = Array.from(table.map.subarray(at, at + L));
  return mapped[0]! >= 0 ? mapped : [];
}

/** Each class's centre: the normalized sum of its members' normalized vectors, level after level (training time). */
export function classCentres(vectors: readonly Float32Array[], classes: readonly (readonly number[])[], branching: readonly number[]): Float32Array {
  const dim = vectors[0]!.length;
  const widths: number[] = [];
  let width = 1;
  for (const k of branching) widths.push((width *= k));
  const starts = widths.map((_, l) => widths.slice(0, l).reduce((a, b) => a + b, 0));
  const centres = new Float32Array(widths.reduce((a, b) => a + b, 0) * dim);
  vectors.forEach((raw, i) => {
    let n = 0;
    for (const x of raw) n += x * x;
    n = Math.sqrt(n) || 1;
    classes[i]!.forEach((c, l) => {
      const at = (starts[l]! + c) * dim;
      for (let d = 0; d < dim; d++) centres[at + d]! += raw[d]! / n;
    });
  });
  for (let c = 0; c < centres.length / dim; c++) {
    let n = 0;
    for (let d = 0; d < dim; d++) n += centres[c * dim + d]! ** 2;
    n = Math.sqrt(n);
    if (n > 0) for (let d = 0; d < dim; d++) centres[c * dim + d]! /= n;
  }
  return centres;
}

/** Quantizes n-gram rows (bucket × dim floats) to int8 with one scale per row (training time). */
export function quantizeRows(rows: Float32Array, dim: number): { rows: Int8Array; scales: Float32Array } {
  const count = rows.length / dim;
  const q = new Int8Array(rows.length);
  const scales = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let max = 0;
    for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(rows[r * dim + d]!));
    const scale = max > 0 ? max / 127 : 1;
    scales[r] = scale;
    for (let d = 0; d < dim; d++) q[r * dim + d] = Math.round(rows[r * dim + d]! / scale);
  }
  return { rows: q, scales };
}
