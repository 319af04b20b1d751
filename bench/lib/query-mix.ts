/**
 * Queries as a load of many readers sends them, drawn from a seeded stream. Rules:
 * - A pool of distinct user-style queries (grow-corpus.ts `benchQueries`), drawn with Zipf's law
 *   (s = ZIPF_EXPONENT): query logs repeat a few queries very often and most of them rarely, so a
 *   result cache helps as much as such repetition allows and no more. Every draw is the stream's
 *   next one: connections interleave, so each connection sends its own varied sequence.
 * - Prefixes: two-letter prefixes (after `ال`-less normalization, as a reader would type them)
 *   taken from the pool's words, drawn uniformly: an attacker varies them to get past any cache.
 * - `repeatShare` of a stream: the share of its draws that repeated an earlier draw, printed beside
 *   the results (the most a result cache could have answered).
 */
import { seededRandom } from "../../src/seeded-random.js";

/** Exponent of the Zipf draw: 1 is the classic fit of search logs. */
export const ZIPF_EXPONENT = 1;

export interface QueryStream {
  next(): string;
  /** Draws so far, and how many of them repeated an earlier draw. */
  readonly draws: number;
  readonly repeats: number;
}

function zipfCumulative(n: number, s: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** s;
    cumulative[k] = sum;
  }
  for (let k = 0; k < n; k++) cumulative[k]! /= sum;
  return cumulative;
}

function firstAtLeast(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function stream(pick: (random: () => number) => string, seed: number): QueryStream {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const s = {
    draws: 0,
    repeats: 0,
    next(): string {
      const q = pick(random);
      s.draws++;
      if (seen.has(q)) s.repeats++;
      else seen.add(q);
      return q;
    },
  };
  return s;
}

/** Queries of `pool` drawn by Zipf's law (the pool's order is its popularity order). */
export function zipfStream(pool: readonly string[], seed: number): QueryStream {
  const cumulative = zipfCumulative(pool.length, ZIPF_EXPONENT);
  return stream((random) => pool[firstAtLeast(cumulative, random())]!, seed);
}

const ARABIC_WORD = /[\u0621-\u064A]{4,}/g;
const DEFINITE_ARTICLE = "\u0627\u0644";

/** Distinct two-letter prefixes (`xy*`) of the pool's words, the definite article left out. */
export function twoLetterPrefixes(pool: readonly string[]): string[] {
  const out = new Set<string>();
  for (const q of pool) {
    for (const w of q.match(ARABIC_WORD) ?? []) {
      const word = w.startsWith(DEFINITE_ARTICLE) && w.length > 4 ? w.slice(2) : w;
      out.add(`${word.slice(0, 2)}*`);
    }
  }
  return [...out].sort();
}

/** Items of `pool` drawn uniformly. */
export function uniformStream(pool: readonly string[], seed: number): QueryStream {
  return stream((random) => pool[Math.floor(random() * pool.length)]!, seed);
}
