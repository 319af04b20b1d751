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
const analysisCache = new BoundedMemo<Analysis>(ANALYSIS_CACHE_LIMIT);

function analyze(surface: string): Analysis {
  let a = analysisCache.get(surface);
  if (a) return a;
  const norm = normalizeArabic(surface);
  const script: TokenScript = DIGIT_START.test(surface) ? "digit" : ARABIC_SCRIPT.test(surface) ? "arabic" : /\p{Script=Latin}/u.test(surface) ? "latin" : "other";
  a = { norm, stem: script === "arabic" ? stemArabic(norm) : norm, script, isStopword: isStopword(norm) };
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
