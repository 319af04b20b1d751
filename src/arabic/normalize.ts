/**
 * The one Arabic normalizer marsad uses for all matching (index, query, merge, dedup, tags).
 * It is never applied to displayed text: stored text keeps the source's spelling.
 *
 * Normalization is defined as:
 * - presentation forms (FB50–FDFF, FE70–FEFF) and other compatibility forms → NFKC;
 * - bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates), ZWSP, ZWNJ, ZWJ, word joiner
 *   and invisible operators, BOM, soft hyphen → removed;
 * - harakat, tanween, shadda, sukun, dagger alef, Quranic marks and tatweel → removed;
 * - ALEF WITH HAMZA ABOVE/BELOW, ALEF WITH MADDA, ALEF WASLA → ALEF;
 * - ALEF MAQSURA → YEH; TEH MARBUTA → HEH (matching form only);
 * - Persian/Urdu/Kurdish letter forms → Arabic: FARSI YEH and YEH BARREE → YEH, KEHEH → KAF,
 *   AE and HEH GOAL/DOACHASHMEE → HEH, HEH WITH YEH ABOVE → HEH, YEH WITH HAMZA MARK → YEH;
 * - Arabic-Indic (٠–٩) and extended/Persian (۰–۹) digits → ASCII digits;
 * - Latin → lower case; runs of white space → one space, trimmed.
 */

import { BoundedMemo } from "./bounded-memo.js";

const ALEF = "\u0627";
const YEH = "\u064A";
const HEH = "\u0647";
const KAF = "\u0643";

const BIDI_AND_JOINERS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/g;

/**
 * The invisible format characters a word of Arabic text may hold that neither show nor join letters (bidi marks,
 * embeddings and isolates, ZWSP, word joiner, BOM, soft hyphen), as a character-class body: a tokenizer keeps them
 * inside a word (ترا\u200Fمب is one word) and a name shown to a reader drops them (withoutInvisibles).
 */
export const INVISIBLE_CLASS = "\\u00AD\\u200B\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF";
const INVISIBLES = new RegExp(`[${INVISIBLE_CLASS}]`, "gu");

/** `text` without INVISIBLE_CLASS characters (the source's other letters, marks and joiners as written). */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLES, "");
}
// Harakat and tanween (064B–065F), dagger alef (0670), Quranic annotation marks (06D6–06ED), tatweel (0640).
const TASHKEEL_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
const YEH_VARIANTS = /[\u0649\u06CC\u06D0\u06D2\u06D3\u0678]/g;
const HEH_VARIANTS = /[\u0629\u06D5\u06C0\u06C1\u06C2\u06C3\u06BE]/g;
const KAF_VARIANTS = /[\u06A9\u06AA\u06AF]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_DIGITS = /[\u06F0-\u06F9]/g;
const WHITESPACE_RUN = /\s+/g;
const HAS_PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/;

/**
 * Folds of short texts, by text: the stages fold the same names, spans and phrases again and again
 * (each rule that compares a span folds it), and a Map probe costs less than the fold's passes
 * (presentation-form test, fold, lower case, white space). Only texts up to FOLD_MEMO_MAX_CHARS
 * (names and phrases, not bodies); cleared when it holds FOLD_MEMO_LIMIT texts.
 */
const FOLD_MEMO_MAX_CHARS = 64;
const FOLD_MEMO_LIMIT = 50_000;
const foldMemo = new BoundedMemo<string>(FOLD_MEMO_LIMIT);

/**
 * The folds of texts asked lately, in a small table by a few of their code units, probed before
 * `foldMemo`: a probe of that Map hashes the fresh slice and then mostly misses the CPU's caches
 * (tens of thousands of entries), where this table stays in them and an article repeats its names
 * and phrases. A fold depends on its text alone, so an entry stays right until it is overwritten.
 */
const RECENT_FOLDS = 2048;
const recentTexts: string[] = new Array<string>(RECENT_FOLDS).fill("");
const recentFolds: string[] = new Array<string>(RECENT_FOLDS).fill("");

/** A text's slot in the recent table: its length and first, middle and last code units. */
function recentSlot(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  return (Math.imul(text.charCodeAt(0), 31) + Math.imul(text.charCodeAt(n - 1), 131) + Math.imul(text.charCodeAt(n >> 1), 7) + n) & (RECENT_FOLDS - 1);
}

/** Folds `text` to marsad's matching form (see the module comment for the rules). */
export function normalizeArabic(text: string): string {
  if (text.length > FOLD_MEMO_MAX_CHARS) return foldText(text);
  const slot = recentSlot(text);
  if (recentTexts[slot] === text) return recentFolds[slot]!;
  let folded = foldMemo.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    foldMemo.set(text, folded);
  }
  recentTexts[slot] = text;
  recentFolds[slot] = folded;
  return folded;
}

function foldText(text: string): string {
  const s = foldCodeUnits(HAS_PRESENTATION_FORMS.test(text) ? text.normalize("NFKC") : text);
  return s.toLowerCase().replace(WHITESPACE_RUN, " ").trim();
}

// The removals and letter and digit folds of normalizeArabic, one code unit each, as one table over
// U+0600–U+06FF plus the few format characters outside it: KEEP, DROP or the replacement. One pass
// over the text instead of eight regex replacements (it runs on every token of every article); the
// character classes above stay the definition and build the table.
const KEEP = -1;
const DROP = 0;
const ARABIC_BLOCK = 0x0600;
const ARABIC_FOLDS = new Int32Array(0x100).fill(KEEP);
const fold = (chars: RegExp, to: (code: number) => number) => {
  for (let c = ARABIC_BLOCK; c < ARABIC_BLOCK + 0x100; c++) if (chars.test(String.fromCharCode(c))) ARABIC_FOLDS[c - ARABIC_BLOCK] = to(c);
};
const single = (chars: RegExp) => new RegExp(chars.source);
fold(single(BIDI_AND_JOINERS), () => DROP);
fold(single(TASHKEEL_AND_TATWEEL), () => DROP);
fold(single(ALEF_VARIANTS), () => ALEF.charCodeAt(0));
fold(single(YEH_VARIANTS), () => YEH.charCodeAt(0));
fold(single(HEH_VARIANTS), () => HEH.charCodeAt(0));
fold(single(KAF_VARIANTS), () => KAF.charCodeAt(0));
fold(single(ARABIC_INDIC_DIGITS), (c) => 0x30 + c - 0x0660);
fold(single(EXTENDED_DIGITS), (c) => 0x30 + c - 0x06f0);
// Outside the Arabic block only format characters are folded (dropped), all in these ranges (the
// test compares every BMP code unit with the regex definition).
const OTHER_FOLDS = new Map<number, number>();
const dropped = single(BIDI_AND_JOINERS);
for (const [from, to] of [[0x00a0, 0x00ff], [0x2000, 0x206f], [0xfe00, 0xfeff]] as const) {
  for (let c = from; c <= to; c++) if (dropped.test(String.fromCharCode(c))) OTHER_FOLDS.set(c, DROP);
}
/** Code units below this are never folded (ASCII, Latin-1 up to the soft hyphen). */
const FIRST_FOLDED = 0x00ad;

function foldOf(c: number): number {
  if (c < FIRST_FOLDED) return KEEP;
  if (c >= ARABIC_BLOCK && c < ARABIC_BLOCK + 0x100) return ARABIC_FOLDS[c - ARABIC_BLOCK]!;
  return OTHER_FOLDS.get(c) ?? KEEP;
}

function foldCodeUnits(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const to = foldOf(s.charCodeAt(i));
    if (to === KEEP) continue;
    out += s.slice(from, i);
    if (to !== DROP) out += String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Whatever foldPersianLetters changes: a character it drops or folds, white space other than a
 * space, two spaces in a row, a space at either end. Most tags hold none: seven replacements and a
 * trim each had built and scanned the string again for nothing.
 */
const PERSIAN_FOLD_CHANGES = new RegExp(`${BIDI_AND_JOINERS.source}|[\u0640\u06CC\u06D0\u06A9\u06AA\u06D5\u06C1\u06BE\u06C0]|[^\\S ]| {2}|^ | $`);

/**
 * Display-safe cleanup: folds Persian/Urdu letter forms to their Arabic equivalents and removes
 * bidi/joiner controls and tatweel, but keeps hamza forms, teh marbuta, alef maqsura and tashkeel.
 * Used for tags, which the contract wants in Arabic letter forms but readable.
 */
export function foldPersianLetters(text: string): string {
  if (!PERSIAN_FOLD_CHANGES.test(text)) return text;
  return text
    .replace(BIDI_AND_JOINERS, "")
    .replace(/\u0640/g, "")
    .replace(/[\u06CC\u06D0]/g, YEH)
    .replace(/[\u06A9\u06AA]/g, KAF)
    .replace(/[\u06D5\u06C1\u06BE]/g, HEH)
    .replace(/\u06C0/g, "\u0629")
    .replace(WHITESPACE_RUN, " ")
    .trim();
}

/** Digits of any Arabic script → ASCII, nothing else changed. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
export function hasArabicLetter(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
