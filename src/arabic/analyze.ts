/**
 * The one analyzer for enrichment, search and dedup.
 * - Tokens are runs of letters (any script, with combining marks, tatweel and joiners inside) or
 *   of digits (Arabic-Indic included, with internal . , ٫ ٬ separators); everything else separates,
 *   except invisible format characters (soft hyphen, ZWSP, word joiner, bidi controls), which stay
 *   inside the word they sit in and are removed from its terms, so «اخ\u00ADتبار» is found as اختبار.
 * - Each token carries its surface form and offsets in the original text (never altered), its
 *   normalized form (normalize.ts), its light stem (stem.ts) and whether it is a stopword, and the
 *   record of its surface form (Word, shared by every token written alike and by the later stages).
 * - `indexTerms` gives what an index stores for a text: stems of non-stopwords; `surfaceTerms` the
 *   normalized forms; both in text order.
 */
import { BoundedMemo } from "./bounded-memo.js";
import { CodeUnitKinds, DIGIT, isSurrogate, WORD } from "./code-units.js";
import { normalizeArabic } from "./normalize.js";
import { stemArabic } from "./stem.js";
import { isStopword } from "./stopwords.js";

export type TokenScript = "arabic" | "latin" | "digit" | "other";

/** Read-only: tokenize hands the same token objects to every caller of the same text. */
export interface Token {
  readonly surface: string;
  /** Offset of `surface` in the analyzed text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  readonly stem: string;
  readonly script: TokenScript;
  readonly isStopword: boolean;
  /** The record of the token's surface form (wordOf): the same object for every token written alike. */
  readonly word: Word;
}

// Invisible format characters join a word instead of splitting it: soft hyphen, ZWSP, word joiner
// and BOM, bidi marks, embeddings, overrides and isolates; normalize.ts drops them from the terms.
const TOKEN = /[\p{L}\p{M}\u0640\u200C\u200D\u00AD\u200B\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+|[\p{Nd}]+(?:[.,\u066B\u066C][\p{Nd}]+)*/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const DIGIT_START = /^\p{Nd}/u;

/**
 * One record per distinct surface form, shared by every stage that reads the word: the analyzer's
 * forms (normalized, stem, script, stopword) at once, and what the later stages work out of the word
 * filled in on their first need (the tags' word facts and phrase id, the tagger's token analysis). A
 * stage that holds a token reads the record it carries instead of asking a memo of its own by the
 * word's text: one probe of one memo per distinct word, not one per stage per token. The fields a
 * stage fills are its own (typed here as little as arabic/ may know of them); each is a function of
 * the surface (or of `norm`) alone, or names what it depends on beside it. The word lists keep their
 * own ids (lexicon/word-list.ts): read from the record instead they measured no faster (perf70).
 */
export class Word {
  /** understand/tags.ts: the phrase counting's facts of `norm` (WordFacts). */
  phraseFacts: object | null = null;
  /** understand/tags.ts: `norm`'s word id in the phrase table numbered `phraseTable` (one a text). */
  phraseTable = 0;
  phraseId = -1;
  /** understand/entities/features.ts: the tagger's analysis of the surface (TokenInfo), for the resources that features.ts keeps these for. */
  taggerInfo: object | null = null;

  constructor(
    readonly norm: string,
    readonly stem: string,
    readonly script: TokenScript,
    readonly isStopword: boolean,
  ) {}
}

// News vocabulary repeats heavily (function words, names, cue verbs): analyzing each distinct
// surface form once makes tokenizing several times faster. Bounded so a long run cannot grow it
// without limit; cleared whole when full (cheaper than LRU bookkeeping, and refills fast). The tagger's
// token analyses live on these records: the limit is the one their own memo had.
const WORD_LIMIT = 200_000;
const words = new BoundedMemo<Word>(WORD_LIMIT);

/**
 * The records of surfaces asked lately, in a small table by a few of their code units, probed before
 * `words`: a probe of that Map hashes the fresh slice and then mostly misses the CPU's caches (200,000
 * entries), where this table stays in them and an article repeats its words. Cleared with `words`.
 */
const RECENT_WORDS = 4096;
const recentSurfaces: string[] = new Array<string>(RECENT_WORDS).fill("");
const recentRecords: Array<Word | null> = new Array<Word | null>(RECENT_WORDS).fill(null);

/** A surface's slot in the recent table: its length and first, middle and last code units. */
function recentSlot(surface: string): number {
  const n = surface.length;
  if (n === 0) return 0;
  return (Math.imul(surface.charCodeAt(0), 31) + Math.imul(surface.charCodeAt(n - 1), 131) + Math.imul(surface.charCodeAt(n >> 1), 7) + n) & (RECENT_WORDS - 1);
}

/** The record of the surface form `surface` (the same object while the memo keeps it). */
export function wordOf(surface: string): Word {
  const slot = recentSlot(surface);
  const recent = recentRecords[slot]!;
  if (recent !== null && recentSurfaces[slot] === surface) return recent;
  let w = words.get(surface);
  if (!w) {
    w = analyzeWord(surface);
    if (words.size >= WORD_LIMIT) recentRecords.fill(null);
    words.set(surface, w);
  }
  recentSurfaces[slot] = surface;
  recentRecords[slot] = w;
  return w;
}

function analyzeWord(surface: string): Word {
  const norm = normalizeArabic(surface);
  const script: TokenScript = DIGIT_START.test(surface) ? "digit" : ARABIC_SCRIPT.test(surface) ? "arabic" : /\p{Script=Latin}/u.test(surface) ? "latin" : "other";
  return new Word(norm, script === "arabic" ? stemArabic(norm) : norm, script, isStopword(norm));
}

// The understanding stage tokenizes one body in several passes (figures, quotes, tags, with the
// title and short phrases in between): the tokens of the latest few texts are kept and handed out
// again (a fresh array, the same token objects).
const RECENT_TEXTS = 4;
const recentTexts: string[] = [];
const recentTokens: Token[][] = [];

/**
 * The normalized forms of `tokens`, pushed rather than `map`ped: an optimized `map` makes a holey
 * array where the built-in made a packed one, and the readers compiled for one kind were compiled
 * again when they met the other (a "wrong map" deoptimization in a fresh process).
 */
export function normsOf(tokens: readonly Token[]): string[] {
  const norms: string[] = [];
  for (const t of tokens) norms.push(t.norm);
  return norms;
}

export function tokenize(text: string): Token[] {
  const k = recentTexts.indexOf(text);
  if (k >= 0) return recentTokens[k]!.slice();
  const tokens = tokenizeText(text);
  if (recentTexts.length >= RECENT_TEXTS) {
    recentTexts.shift();
    recentTokens.shift();
  }
  recentTexts.push(text);
  recentTokens.push(tokens);
  return tokens.slice();
}

/** TOKEN's word characters, one at a time, for the code-unit table that reads TOKEN's runs. */
const UNIT_KINDS = new CodeUnitKinds(/[\p{L}\p{M}\u0640\u200C\u200D\u00AD\u200B\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u);

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return tokenizeByRegex(text);
    const kind = UNIT_KINDS.kindOf(c);
    if (kind !== WORD && kind !== DIGIT) {
      i++;
      continue;
    }
    const end = UNIT_KINDS.runEnd(text, i, kind);
    if (end < 0) return tokenizeByRegex(text);
    pushToken(tokens, text.slice(i, end), i);
    i = end;
  }
  return tokens;
}

/**
 * `token` with some fields changed, built by the same literal as every token: a spread copy
 * (`{ ...token, norm }`) has a hidden class of its own, and code reading a mix of both went
 * polymorphic.
 */
export function changedToken(token: Token, changes: Partial<Omit<Token, "word">>): Token {
  const t = { ...token, ...changes };
  return { surface: t.surface, start: t.start, end: t.end, norm: t.norm, stem: t.stem, script: t.script, isStopword: t.isStopword, word: t.word };
}

function pushToken(tokens: Token[], surface: string, start: number): void {
  const w = wordOf(surface);
  if (!w.norm) return;
  tokens.push({ surface, start, end: start + surface.length, norm: w.norm, stem: w.stem, script: w.script, isStopword: w.isStopword, word: w });
}

/** tokenizeText by the regex itself: for text with code points beyond the BMP (and the tests' reference). */
export function tokenizeByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) pushToken(tokens, m[0], m.index);
  return tokens;
}

/** The kinds-table tokenizer without the recent-texts memo: for the tests and for indexing (search/analyzer.ts analyzedTerms). */
export const tokenizeByKinds = tokenizeText;

/** Stems of the non-stopword tokens of `text`, in order: the terms an index stores. */
export function indexTerms(text: string): string[] {
  return tokenize(text).filter((t) => !t.isStopword).map((t) => t.stem);
}

/** Normalized surface forms of the non-stopword tokens of `text`, in order. */
export function surfaceTerms(text: string): string[] {
  return tokenize(text).filter((t) => !t.isStopword).map((t) => t.norm);
}
