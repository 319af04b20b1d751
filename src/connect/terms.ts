/**
 * Sparse term vectors for story clustering.
 * - Terms are the analyzed index terms (stems of non-stopwords, analyze.ts) of at least
 *   `MIN_TERM_LENGTH` letters; pure numbers are left out (years and counts join unrelated stories).
 * - Weights are (1 + ln tf) × idf with idf = ln((N + 1) / (df + 1)) + 1 over the documents seen so far.
 * - A vector keeps its `limit` heaviest terms (ties by term, so the cut is deterministic) and is
 *   L2-normalized.
 */
import { tokenize, type Token } from "../arabic/analyze.js";
import { stemArabic } from "../arabic/stem.js";

export type TermVector = Map<string, number>;

const MIN_TERM_LENGTH = 2;
const DIGITS_ONLY = /^[0-9.,]+$/;

/** `انقطاعاً`, `عطلاً`: the alif that carries a written tanween is the accusative ending, not the word's: its term is the word's (`انقطاع`). */
const TANWEEN_ALIF = /(?:\u064bا|ا\u064b)$/;

function termOf(token: Token): string {
  if (token.script !== "arabic" || !TANWEEN_ALIF.test(token.surface) || !token.norm.endsWith("ا")) return token.stem;
  return stemArabic(token.norm.slice(0, -1));
}

/** Counts of the usable terms of `text`, in first-appearance order. */
export function termCounts(text: string): Map<string, number> {
  return tokenTermCounts(tokenize(text));
}

/** `termCounts` from tokens already made (`tokenize(text)`). */
export function tokenTermCounts(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (token.isStopword) continue;
    const t = termOf(token);
    if (t.length < MIN_TERM_LENGTH || DIGITS_ONLY.test(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/**
 * The figures of `tokens` (digit tokens, separators dropped: 1,500 → 1500) as distinct keys, in
 * first-appearance order; single digits are left out (list numbering, days of the week).
 */
export function figureKeys(tokens: readonly Token[]): string[] {
  const keys = new Set<string>();
  for (const { stem, script } of tokens) {
    if (script !== "digit") continue;
    const key = stem.replace(SEPARATORS, "");
    if (key.length >= MIN_FIGURE_LENGTH) keys.add(key);
  }
  return [...keys];
}

const SEPARATORS = /[,\u066c]/g;
const MIN_FIGURE_LENGTH = 2;

/** Document frequencies that grow one document at a time. */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private n = 0;
  get documents(): number {
    return this.n;
  }
  /** Counts one document holding `terms` (each term once). */
  add(terms: Iterable<string>): void {
    this.n++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  /** Uncounts one document counted by `add` with the same terms. */
  remove(terms: Iterable<string>): void {
    this.n--;
    for (const t of terms) {
      const c = (this.df.get(t) ?? 0) - 1;
      if (c > 0) this.df.set(t, c);
      else this.df.delete(t);
    }
  }
  /** Document count and per-term frequencies, for snapshots. */
  toJSON(): { n: number; df: [string, number][] } {
    return { n: this.n, df: [...this.df] };
  }
  static fromJSON(data: { n: number; df: [string, number][] }): DocumentFrequencies {
    const d = new DocumentFrequencies();
    d.n = data.n;
    for (const [t, c] of data.df) d.df.set(t, c);
    return d;
  }
  idf(term: string): number {
    return Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }
}

/** Heavier first, ties by key: a total order (keys are a Map's), so the heaviest `limit` and their order are one. */
const heavierFirst = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Moves the first `k` entries of `a` in `heavierFirst` order (in some order) to its front
 * (Hoare's selection): sorting only those, not all of an article's ~300 terms to keep 100, made
 * this the connect step's third largest cost (×2.7 faster, same entries in the same order).
 */
function selectHeaviest(a: [string, number][], k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (heavierFirst(a[i]!, pivot) < 0) i++;
      while (heavierFirst(a[j]!, pivot) > 0) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
}

/** Keeps the `limit` heaviest entries (ties broken by key) and L2-normalizes them. */
export function topNormalized(weights: Map<string, number>, limit: number): TermVector {
  const kept: [string, number][] = [];
  for (const entry of weights) if (entry[1] > 0) kept.push(entry);
  if (kept.length > limit) {
    selectHeaviest(kept, limit);
    kept.length = limit;
  }
  kept.sort(heavierFirst);
  let norm = 0;
  for (const [, w] of kept) norm += w * w;
  norm = Math.sqrt(norm);
  const out: TermVector = new Map();
  if (norm === 0) return out;
  for (const [t, w] of kept) out.set(t, w / norm);
  return out;
}

/** TF-IDF vector of term counts under the given frequencies, top `limit` terms, unit length. */
export function tfidfVector(counts: Map<string, number>, df: DocumentFrequencies, limit: number): TermVector {
  const weights = new Map<string, number>();
  for (const [t, tf] of counts) weights.set(t, (1 + Math.log(tf)) * df.idf(t));
  return topNormalized(weights, limit);
}

/** Dot product of two sparse vectors (cosine when both are unit length). */
export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) s += w * v;
  }
  return s;
}

/** Adds `scale × v` into `acc` in place. */
export function addInto(acc: Map<string, number>, v: TermVector, scale = 1): void {
  for (const [t, w] of v) acc.set(t, (acc.get(t) ?? 0) + w * scale);
}
