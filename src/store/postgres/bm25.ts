/**
 * BM25 on PostgreSQL, computed as SQLite's FTS5 computes it (fts5_aux.c, `bm25()`), over the same
 * analyzed terms (tsquery.ts) and the collection statistics kept in the store (`corpus_stats`,
 * `term_stats`, written with every article). Rules:
 * - score = Σ over the query's phrases p of idf(p) · f(p)·(k1 + 1) / (f(p) + k1·(1 − b + b·D/avgD)),
 *   k1 = 1.2, b = 0.75; f(p) = Σ over p's fields of the field's weight × the phrase's occurrences in
 *   that field; D = the article's tokens in all fields, avgD = their mean over the store;
 *   idf(p) = ln((N − n(p) + 0.5) / (n(p) + 0.5)), or 1e-6 when that is not positive (FTS5's floor).
 * - n(p): a word's document frequency on its side (`s:`/`n:` keys); a phrase's is taken as its
 *   rarest word's (an upper bound; FTS5 counts the phrase); a prefix's is counted up to
 *   PREFIX_DF_CAP matches.
 * - Occurrences of a lexeme in an article are read from its tsvector with `ts_rank`: for a query of
 *   one lexeme with all weights 1 it returns H(n)/ζ(2), H(n) = Σ_{j ≤ n} 1/j², for the lexeme's n
 *   positions (PostgreSQL's calc_rank_or), and n = ⌊1/(ζ(2) − H(n))⌋ exactly for n ≤ 256 (the most
 *   positions a tsvector keeps); `tfFromRank` checks that inversion. A phrase's occurrences in a
 *   field are taken as its rarest word's there.
 */
import type { RankPhrase } from "./tsquery.js";
import { lexemeQuery } from "./tsquery.js";

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;
/** PostgreSQL's constant in calc_rank_or (ζ(2) = π²/6 as written in tsrank.c). */
const ZETA2 = 1.64493406685;
/** A prefix's document frequency is counted up to this many articles (a short prefix matches many). */
export const PREFIX_DF_CAP = 2000;

/** The store-wide statistics a query's BM25 needs. */
export interface Bm25Stats {
  /** Articles in the store. */
  documents: number;
  /** Tokens in all their fields. */
  tokens: number;
  /** Document frequency of each phrase, in `rankPhrases` order. */
  frequencies: number[];
}

/** Occurrences from `ts_rank`'s value for one lexeme (see the module rules). */
export function tfFromRank(rank: number): number {
  return Math.floor(1 / (ZETA2 - rank * ZETA2));
}

export function idf(documents: number, frequency: number): number {
  const v = Math.log((documents - frequency + 0.5) / (frequency + 0.5));
  return v > 0 ? v : 1e-6;
}

/**
 * What a query's BM25 reads of each candidate: its distinct lexemes (each one's occurrences read
 * once, `occurrencesSql`) and, per phrase (rankPhrases order), per field, the field's weight and
 * the indexes of its lexemes in `lexemes`.
 */
export interface Bm25Terms {
  /** Single-lexeme tsquery texts (`lexemeQuery`). */
  lexemes: string[];
  phrases: { weight: number; columns: number[] }[][];
}

export function bm25Terms(phrases: RankPhrase[]): Bm25Terms {
  const lexemes: string[] = [];
  const column = (lexeme: string, isPrefix: boolean): number => {
    const q = lexemeQuery(lexeme, isPrefix);
    const i = lexemes.indexOf(q);
    return i >= 0 ? i : lexemes.push(q) - 1;
  };
  return { lexemes, phrases: phrases.map((p) => p.fields.map((field) => ({ weight: field.weight, columns: field.lexemes.map((l) => column(l, field.isPrefix)) }))) };
}

/**
 * SQL of an int[] holding each of `terms.lexemes`' occurrences in the tsvector `v` (one `ts_rank`
 * a lexeme, inverted: module rules); its parameters are `terms.lexemes`, in order.
 */
export function occurrencesSql(terms: Bm25Terms, v: string): string {
  const each = terms.lexemes.map(() => `floor(1.0::float8 / (${ZETA2}::float8 - ts_rank('{1,1,1,1}', ${v}, ?::tsquery, 0)::float8 * ${ZETA2}::float8))::int`);
  return `ARRAY[${each.join(", ")}]::int[]`;
}

/**
 * A candidate's BM25 from its lexemes' occurrences (`occurrencesSql` order) and its length in
 * tokens. The arithmetic, in this order, is the one the ranking statement ran in SQL (float8) before
 * it moved here: the same scores.
 */
export function bm25Scorer(terms: Bm25Terms, stats: Bm25Stats): (occurrences: readonly number[], docLength: number) => number {
  const documents = Math.max(stats.documents, 1);
  const avgLength = stats.tokens > 0 ? stats.tokens / documents : 1;
  const weights = terms.phrases.map((_, i) => idf(documents, stats.frequencies[i] ?? 0));
  return (tf, docLength) => {
    let score = 0;
    terms.phrases.forEach((fields, i) => {
      let f = 0;
      for (const field of fields) f += field.weight * (field.columns.length === 1 ? tf[field.columns[0]!]! : Math.min(...field.columns.map((c) => tf[c]!)));
      score += (weights[i]! * (f * (BM25_K1 + 1))) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * docLength) / avgLength));
    });
    return score;
  };
}
