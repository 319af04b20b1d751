/**
 * The one analyzer for enrichment, search and dedup.
 * - Tokens are runs of letters (any script, with combining marks, tatweel and joiners inside) or
 *   of digits (Arabic-Indic included, with internal . , ٫ ٬ separators); everything else separates,
 *   except invisible format characters (soft hyphen, ZWSP, word joiner, bidi controls), which stay
 *   inside the word they sit in and are removed from its terms, so «اخ\u00ADتبار» is found as اختبار.
 * - Each token carries its surface form and offsets in the original text (never altered), its
 *   normalized form (normalize.ts), its light stem (stem.ts) and whether it is a stopword.
 * - `indexTerms` gives what an index stores for a text: stems of non-stopwords; `surfaceTerms` the
 *   normalized forms; both in text order.
 */
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
}

// Invisible format characters join a word instead of splitting it: soft hyphen, ZWSP, word joiner
// and BOM, bidi marks, embeddings, overrides and isolates; normalize.ts drops them from the terms.
const TOKEN = /[\p{L}\p{M}\u0640\u200C\u200D\u00AD\u200B\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+|[\p{Nd}]+(?:[.,\u066B\u066C][\p{Nd}]+)*/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const DIGIT_START = /^\p{Nd}/u;

interface Analysis {
  norm: string;
  stem: string;
  script: TokenScript;
  isStopword: boolean;
}

// News vocabulary repeats heavily (function words, names, cue verbs): analyzing each distinct
// surface form once makes tokenizing several times faster. Bounded so a long run cannot grow it
// without limit; cleared whole when full (cheaper than LRU bookkeeping, and refills fast).
const ANALYSIS_CACHE_LIMIT = 100_000;
const analysisCache = new Map<string, Analysis>();

function analyze(surface: string): Analysis {
  let a = analysisCache.get(surface);
  if (a) return a;
  const norm = normalizeArabic(surface);
  const script: TokenScript = DIGIT_START.test(surface) ? "digit" : ARABIC_SCRIPT.test(surface) ? "arabic" : /\p{Script=Latin}/u.test(surface) ? "latin" : "other";
  a = { norm, stem: script === "arabic" ? stemArabic(norm) : norm, script, isStopword: isStopword(norm) };
  if (analysisCache.size >= ANALYSIS_CACHE_LIMIT) analysisCache.clear();
  analysisCache.set(surface, a);
  return a;
}

// The understanding stage tokenizes one body in several passes (figures, quotes, tags, with the
// title and short phrases in between): the tokens of the latest few texts are kept and handed out
// again (a fresh array, the same token objects).
const RECENT_TEXTS = 4;
const recentTexts: string[] = [];
const recentTokens: Token[][] = [];

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

/** Per UTF-16 code unit, how TOKEN sees it: 0 not classified yet, then one of the kinds below. */
const WORD_UNIT = 1;
const DIGIT_UNIT = 2;
const OTHER_UNIT = 3;
const unitKinds = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\u0640\u200C\u200D\u00AD\u200B\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;
const DIGIT_CHAR = /\p{Nd}/u;

function kindOf(c: number): number {
  let kind = unitKinds[c]!;
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = WORD_CHAR.test(ch) ? WORD_UNIT : DIGIT_CHAR.test(ch) ? DIGIT_UNIT : OTHER_UNIT;
    unitKinds[c] = kind;
  }
  return kind;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Whether text[j] is a digit of the BMP; -1 when it is a surrogate (TOKEN must decide). */
function digitAt(text: string, j: number): number {
  if (j >= text.length) return 0;
  const c = text.charCodeAt(j);
  if (isSurrogate(c)) return -1;
  return kindOf(c) === DIGIT_UNIT ? 1 : 0;
}

/**
 * The end of TOKEN's match at `i` (a word or digit code unit of the BMP), by the kinds table: the
 * regex's Unicode property tests and a match array per token were a cost of their own. -1 when
 * the match would reach a surrogate (a code point beyond the BMP): the caller uses TOKEN.
 */
function tokenEnd(text: string, i: number, kind: number): number {
  let j = i + 1;
  if (kind === WORD_UNIT) {
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (isSurrogate(c)) return -1;
      if (kindOf(c) !== WORD_UNIT) break;
    }
    return j;
  }
  for (;;) {
    let d = digitAt(text, j);
    while (d === 1) d = digitAt(text, ++j);
    if (d < 0) return -1;
    const sep = text.charCodeAt(j);
    if (!(sep === 0x2e || sep === 0x2c || sep === 0x066b || sep === 0x066c)) return j;
    const next = digitAt(text, j + 1);
    if (next < 0) return -1;
    if (next === 0) return j;
    j += 2;
  }
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return tokenizeByRegex(text);
    const kind = kindOf(c);
    if (kind === OTHER_UNIT) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i, kind);
    if (end < 0) return tokenizeByRegex(text);
    pushToken(tokens, text.slice(i, end), i);
    i = end;
  }
  return tokens;
}

function pushToken(tokens: Token[], surface: string, start: number): void {
  const a = analyze(surface);
  if (!a.norm) return;
  tokens.push({ surface, start, end: start + surface.length, norm: a.norm, stem: a.stem, script: a.script, isStopword: a.isStopword });
}

/** tokenizeText by the regex itself: for text with code points beyond the BMP (and the tests' reference). */
export function tokenizeByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) pushToken(tokens, m[0], m.index);
  return tokens;
}

/** For tests: the kinds-table tokenizer, without the recent-texts memo. */
export const tokenizeByKinds = tokenizeText;

/** Stems of the non-stopword tokens of `text`, in order: the terms an index stores. */
export function indexTerms(text: string): string[] {
  return tokenize(text).filter((t) => !t.isStopword).map((t) => t.stem);
}

/** Normalized surface forms of the non-stopword tokens of `text`, in order. */
export function surfaceTerms(text: string): string[] {
  return tokenize(text).filter((t) => !t.isStopword).map((t) => t.norm);
}
