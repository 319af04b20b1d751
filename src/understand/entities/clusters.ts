/**
 * Word classes learned from unlabeled text, for the tagger's cluster features: a word the labeled
 * data never showed still gets the class of words used in the same contexts.
 * - a word is its bare core (features.ts: clitics and article split off); words seen fewer than MIN_COUNT times get no class;
 * - a word's vector counts its left and right neighbours among the CONTEXT_WORDS most frequent cores
 *   (left and right kept apart), scaled by sqrt and L2-normalized;
 * - classes are spherical k-means (cosine), seeded, initial centres spread by k-means++ over the most
 *   frequent words, a fixed number of iterations: the same text gives the same classes.
 */
import { seededRandom } from "../../seeded-random.js";

export interface ClusterOptions {
  k: number;
  seed: number;
  iterations: number;
  minCount: number;
  contextWords: number;
}

export function learnClusters(sentences: readonly (readonly string[])[], options: ClusterOptions): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const context = new Map(byFreq.slice(0, options.contextWords).map(([w], i) => [w, i]));
  const vocab = byFreq.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const D = options.contextWords * 2;

  const rows: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const wi = index.get(s[i]!);
      if (wi === undefined) continue;
      const row = rows[wi]!;
      const left = i > 0 ? context.get(s[i - 1]!) : undefined;
      const right = i + 1 < s.length ? context.get(s[i + 1]!) : undefined;
      if (left !== undefined) row.set(left, (row.get(left) ?? 0) + 1);
      if (right !== undefined) row.set(options.contextWords + right, (row.get(options.contextWords + right) ?? 0) + 1);
    }
  }
  const vectors = rows.map((row) => {
    const ids = Int32Array.from(row.keys());
    const vals = Float64Array.from(row.values(), Math.sqrt);
    const norm = Math.hypot(...vals) || 1;
    for (let k = 0; k < vals.length; k++) vals[k]! /= norm;
    return { ids, vals };
  });

  const random = seededRandom(options.seed);
  const K = Math.min(options.k, vectors.length);
  const centres: Float64Array[] = [];
  const dot = (v: { ids: Int32Array; vals: Float64Array }, c: Float64Array) => {
    let s = 0;
    for (let k = 0; k < v.ids.length; k++) s += v.vals[k]! * c[v.ids[k]!]!;
    return s;
  };
  const dense = (v: { ids: Int32Array; vals: Float64Array }) => {
    const c = new Float64Array(D);
    for (let k = 0; k < v.ids.length; k++) c[v.ids[k]!] = v.vals[k]!;
    return c;
  };
  // k-means++ over the frequent part of the vocabulary (their vectors are the reliable ones).
  const pool = Math.min(vectors.length, K * 20);
  const best = new Float64Array(pool).fill(-1);
  centres.push(dense(vectors[0]!));
  while (centres.length < K) {
    const last = centres[centres.length - 1]!;
    let total = 0;
    for (let i = 0; i < pool; i++) {
      best[i] = Math.max(best[i]!, dot(vectors[i]!, last));
      total += 1 - best[i]!;
    }
    let r = random() * total;
    let pick = pool - 1;
    for (let i = 0; i < pool; i++) {
      r -= 1 - best[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    centres.push(dense(vectors[pick]!));
  }

  const assign = new Int32Array(vectors.length);
  for (let it = 0; it < options.iterations; it++) {
    for (let i = 0; i < vectors.length; i++) {
      let arg = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < K; c++) {
        const s = dot(vectors[i]!, centres[c]!);
        if (s > bestSim) {
          bestSim = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    for (const c of centres) c.fill(0);
    vectors.forEach((v, i) => {
      const c = centres[assign[i]!]!;
      for (let k = 0; k < v.ids.length; k++) c[v.ids[k]!]! += v.vals[k]!;
    });
    for (const c of centres) {
      let n = 0;
      for (const x of c) n += x * x;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < D; d++) c[d]! /= n;
    }
  }
  return new Map(vocab.map((w, i) => [w, assign[i]!]));
}
