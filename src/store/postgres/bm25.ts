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
 * The per-row SQL of a query's BM25 over `src.v` (the tsvector) and `src.doc_len`: the columns that
 * read each distinct lexeme's occurrences once (`tf<i>`), and the score over those columns. The
 * statistics (each phrase's IDF, the mean length) are parameters (`scoreParams`), not literals: the
 * text depends only on the query's shape, so a prepared statement serves every query of that shape.
 */
export function bm25Sql(phrases: RankPhrase[], stats: Bm25Stats): { tfColumns: string; tfParams: unknown[]; score: string; scoreParams: unknown[] } {
  const lexemes: string[] = [];
  const column = (lexeme: string, isPrefix: boolean): string => {
    const q = lexemeQuery(lexeme, isPrefix);
    let i = lexemes.indexOf(q);
    if (i < 0) i = lexemes.push(q) - 1;
    return `m.tf${i}`;
  };
  const documents = Math.max(stats.documents, 1);
  const avgLength = stats.tokens > 0 ? stats.tokens / documents : 1;
  const terms: string[] = [];
  const scoreParams: unknown[] = [];
  phrases.forEach((p, i) => {
    const w = idf(documents, stats.frequencies[i] ?? 0);
    const f = p.fields
      .map((field) => {
        const cols = field.lexemes.map((l) => column(l, field.isPrefix));
        return `${field.weight} * ${cols.length === 1 ? cols[0] : `least(${cols.join(", ")})`}`;
      })
      .join(" + ");
    terms.push(`?::float8 * ((${f}) * ${BM25_K1 + 1}) / ((${f}) + ${BM25_K1} * (${1 - BM25_B} + ${BM25_B} * m.doc_len::float8 / ?::float8))`);
    scoreParams.push(w, avgLength);
  });
  const tfColumns = lexemes.map((_, i) => `floor(1.0::float8 / (${ZETA2}::float8 - ts_rank('{1,1,1,1}', src.v, ?::tsquery, 0)::float8 * ${ZETA2}::float8)) AS tf${i}`).join(", ");
  return { tfColumns, tfParams: lexemes, score: terms.length > 0 ? terms.join(" + ") : "0", scoreParams };
}
