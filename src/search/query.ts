/**
 * The search query language, parsed into analyzed units. Pure. Rules:
 * - Words are separated by white space; all top-level clauses must match (AND).
 * - `"a b c"` is a phrase: its words in that order, next to each other (stopwords skipped on both
 *   the index and the query side, so they never break a phrase).
 * - `x OR y` (upper-case OR, or `|`) makes one clause match either side; chains are allowed.
 * - `-word` or `-"phrase"` excludes articles matching it.
 * - `word*` matches words starting with `word` (normalized form, at least MIN_PREFIX letters not
 *   counting a leading definite article «ال»: `ال*` or `الم*` would match most of a corpus); a
 *   shorter prefix is read as the word itself, with a warning.
 * - Every word goes through marsad's analyzer (`arabic/analyze.ts`): its normalized form
 *   and light stem are kept; a word the analyzer splits (e.g. `covid-19`) becomes a phrase.
 * - Stopwords are dropped (the index drops them too); problems become warnings, never errors.
 */
import { tokenize, type Token } from "../arabic/analyze.js";

/** Shorter prefixes match too much to be useful: a prefix query's cost grows with the words it covers. */
export const MIN_PREFIX = 2;
const ALEF = "\u0627";
const LAM = "\u0644";
const DEFINITE_ARTICLE = ALEF + LAM;

/** Letters of a normalized prefix that narrow it: a leading «ال» narrows nothing. */
export function prefixLetters(norm: string): number {
  return norm.startsWith(DEFINITE_ARTICLE) ? norm.length - DEFINITE_ARTICLE.length : norm.length;
}

export interface QueryTerm {
  /** As typed (first token's surface). */
  surface: string;
  norm: string;
  stem: string;
}

export interface WordUnit {
  kind: "word";
  term: QueryTerm;
  isPrefix: boolean;
  /**
   * A prefix the store capped (store/search-engine.ts): the normalized forms searched instead of
   * every form the prefix starts. Unset: the prefix matches every form.
   */
  forms?: string[];
}

export interface PhraseUnit {
  kind: "phrase";
  terms: QueryTerm[];
}

export type QueryUnit = WordUnit | PhraseUnit;

/** One clause: any of its alternatives may match. */
export interface QueryClause {
  alternatives: QueryUnit[];
}

export interface ParsedQuery {
  must: QueryClause[];
  not: QueryClause[];
  warnings: string[];
}

interface RawPiece {
  text: string;
  isPhrase: boolean;
  isNegated: boolean;
  isPrefix: boolean;
  isOr: boolean;
}

const OR_WORDS = new Set(["OR", "|"]);

/** Parses a query string; never throws. */
export function parseQuery(input: string): ParsedQuery {
  const warnings: string[] = [];
  const pieces = splitPieces(input, warnings);
  const must: QueryClause[] = [];
  const not: QueryClause[] = [];
  let pendingOr = false;
  for (const piece of pieces) {
    if (piece.isOr) {
      pendingOr = true;
      continue;
    }
    const unit = analyzePiece(piece, warnings);
    if (!unit) {
      pendingOr = false;
      continue;
    }
    const target = piece.isNegated ? not : must;
    const last = target[target.length - 1];
    if (pendingOr && last && !piece.isNegated) last.alternatives.push(unit);
    else target.push({ alternatives: [unit] });
    pendingOr = false;
  }
  if (must.length === 0 && (not.length > 0 || input.trim() !== "")) warnings.push("the query has no word to search for (only stopwords or exclusions)");
  return { must, not, warnings };
}

function splitPieces(input: string, warnings: string[]): RawPiece[] {
  const pieces: RawPiece[] = [];
  let i = 0;
  const s = input.replace(/[\u201C\u201D\u00AB\u00BB]/g, '"');
  while (i < s.length) {
    const ch = s[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let isNegated = false;
    if (ch === "-" && i + 1 < s.length && !/\s/.test(s[i + 1]!)) {
      isNegated = true;
      i++;
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      if (close === -1) warnings.push("unbalanced quote: the phrase was read up to the end of the query");
      const end = close === -1 ? s.length : close;
      pieces.push({ text: s.slice(i + 1, end), isPhrase: true, isNegated, isPrefix: false, isOr: false });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!) && s[j] !== '"') j++;
    const word = s.slice(i, j);
    i = j;
    if (!isNegated && OR_WORDS.has(word)) {
      pieces.push({ text: word, isPhrase: false, isNegated: false, isPrefix: false, isOr: true });
      continue;
    }
    const isPrefix = word.endsWith("*");
    pieces.push({ text: isPrefix ? word.replace(/\*+$/, "") : word, isPhrase: false, isNegated, isPrefix, isOr: false });
  }
  return pieces;
}

function toTerm(t: Token): QueryTerm {
  return { surface: t.surface, norm: t.norm, stem: t.stem };
}

function analyzePiece(piece: RawPiece, warnings: string[]): QueryUnit | null {
  const tokens = tokenize(piece.text);
  const content = tokens.filter((t) => !t.isStopword);
  if (content.length === 0) {
    if (tokens.length > 0) warnings.push(`"${piece.text}" is a stopword and was ignored`);
    return null;
  }
  if (piece.isPrefix && content.length === 1) {
    const term = toTerm(content[0]!);
    if (prefixLetters(term.norm) < MIN_PREFIX) {
      warnings.push(`prefix "${piece.text}*" has fewer than ${MIN_PREFIX} letters (not counting «ال») and was read as a word`);
      return { kind: "word", term, isPrefix: false };
    }
    // The prefix is matched on the normalized surface form: stemming a word cut short is meaningless.
    return { kind: "word", term: { ...term, stem: term.norm }, isPrefix: true };
  }
  if (!piece.isPhrase && content.length === 1) return { kind: "word", term: toTerm(content[0]!), isPrefix: false };
  return { kind: "phrase", terms: content.map(toTerm) };
}

/** Every positive term of the query (for snippets and highlighting), expansions included. */
export function positiveUnits(query: ParsedQuery): QueryUnit[] {
  return query.must.flatMap((c) => c.alternatives);
}
