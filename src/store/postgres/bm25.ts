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
 * What a query's BM25 reads of each candidate: the occurrences of its distinct lexemes, exact ones
 * (`exact`, read from the candidate's tsvector filtered to them: `occurrencesSql`) then prefix ones
 * (`prefixes`, `lexeme:*` tsquery texts, counted by `ts_rank`); and, per phrase (rankPhrases
 * order), per field, the field's weight and the indexes of its lexemes in `[...exact, ...prefixes]`.
 */
export interface Bm25Terms {
  exact: string[];
  prefixes: string[];
  phrases: { weight: number; columns: number[] }[][];
}

export function bm25Terms(phrases: RankPhrase[]): Bm25Terms {
  const exact: string[] = [];
  const prefixes: string[] = [];
  const fields = phrases.map((p) => p.fields);
  // exact lexemes first, so that their indexes do not move when a prefix is added
  for (const field of fields.flat()) if (!field.isPrefix) for (const l of field.lexemes) if (!exact.includes(l)) exact.push(l);
  for (const field of fields.flat()) if (field.isPrefix) for (const l of field.lexemes) if (!prefixes.includes(lexemeQuery(l, true))) prefixes.push(lexemeQuery(l, true));
  const column = (lexeme: string, isPrefix: boolean) => (isPrefix ? exact.length + prefixes.indexOf(lexemeQuery(lexeme, true)) : exact.indexOf(lexeme));
  return { exact, prefixes, phrases: fields.map((fs) => fs.map((field) => ({ weight: field.weight, columns: field.lexemes.map((l) => column(l, field.isPrefix)) }))) };
}

/**
 * The SQL that reads a candidate's occurrences from `v`, a plain copy of its tsvector made with
 * `setweight(tsv, 'A', exact)` (parameter: `terms.exact`; every stored position has weight D, pgIndex
 * writes none): `filtered`, the copy cut to the exact lexemes (`ts_filter` on weight A, one pass
 * over the vector: a capped prefix's 60 lexemes cost ~3 times less than 60 `ts_rank` calls), and
 * `prefixes`, an int[] of each prefix lexeme's occurrences (one `ts_rank` each, inverted: module
 * rules; parameters: `terms.prefixes`). `occurrences` reads both back.
 */
export function occurrencesSql(terms: Bm25Terms, v: string): { filtered: string; prefixes: string } {
  const each = terms.prefixes.map(() => `floor(1.0::float8 / (${ZETA2}::float8 - ts_rank('{1,1,1,1}', ${v}, ?::tsquery, 0)::float8 * ${ZETA2}::float8))::int`);
  return { filtered: `ts_filter(${v}, '{a}')`, prefixes: `ARRAY[${each.join(", ")}]::int[]` };
}

/** `'lexeme':1A,5A` in a tsvector's text ('' and \\ escaped). */
const TSVECTOR_ENTRY = /'((?:[^']|'')*)':([0-9A-D,]+)/g;

/**
 * The occurrences of `terms`' lexemes (indexes as in Bm25Terms) from what `occurrencesSql` read:
 * the filtered tsvector's text (a lexeme's positions, each kept, up to 256) and the prefixes'.
 */
export function occurrences(terms: Bm25Terms, filtered: string, prefixes: readonly number[]): number[] {
  const tf = new Array<number>(terms.exact.length).fill(0);
  for (const m of filtered.matchAll(TSVECTOR_ENTRY)) {
    const lexeme = m[1]!.replace(/''/g, "'").replace(/\\(.)/g, "$1");
    const i = terms.exact.indexOf(lexeme);
    if (i >= 0) tf[i] = m[2]!.split(",").length;
  }
  return tf.concat(prefixes);
}

/**
 * A candidate's BM25 from its lexemes' occurrences (Bm25Terms order) and its length in tokens. The
 * arithmetic, in this order, is the one the ranking statement ran in SQL (float8) before it moved
 * here: the same scores.
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
