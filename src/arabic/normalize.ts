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

const ALEF = "\u0627";
const YEH = "\u064A";
const HEH = "\u0647";
const KAF = "\u0643";

const BIDI_AND_JOINERS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/g;
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

/** Folds `text` to marsad's matching form (see the module comment for the rules). */
export function normalizeArabic(text: string): string {
  let s = HAS_PRESENTATION_FORMS.test(text) ? text.normalize("NFKC") : text;
  s = s
    .replace(BIDI_AND_JOINERS, "")
    .replace(TASHKEEL_AND_TATWEEL, "")
    .replace(ALEF_VARIANTS, ALEF)
    .replace(YEH_VARIANTS, YEH)
    .replace(HEH_VARIANTS, HEH)
    .replace(KAF_VARIANTS, KAF)
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
  return s.toLowerCase().replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Display-safe cleanup: folds Persian/Urdu letter forms to their Arabic equivalents and removes
 * bidi/joiner controls and tatweel, but keeps hamza forms, teh marbuta, alef maqsura and tashkeel.
 * Used for tags, which the contract wants in Arabic letter forms but readable.
 */
export function foldPersianLetters(text: string): string {
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
