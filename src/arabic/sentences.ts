/**
 * Sentence splitting with offsets, for quotes and figures.
 * - A sentence ends at . ! ? ؟ … (a run of them) followed by white space, a closing quote or the end,
 *   and at every line break; a full stop between digits (3.5) ends nothing.
 * - A full stop after an abbreviation ends nothing when a word follows on the same line: a one-letter
 *   Arabic or Latin token («د.» دكتور, «م.» مهندس, «أ.د.», «J.»), a Latin letter spelled in Arabic
 *   («إل.», «جي.») or a dotted acronym whose last part is one of those («ي.ب.ك.»). The token must not
 *   follow a number («720 ب.», «2015 م.» are units and eras that may end a sentence), and a normal
 *   word or a digit before the dot is never an abbreviation.
 * - Inside a quotation whose marks pair on its line (« », “ ”, "…", or mixed and reversed pairs:
 *   quotedUnits) nothing ends but a line break: quoted speech often holds several sentences.
 *   Guillemets printed the other way round (`:» نرفض … «.`, as Saudi papers set them) and curly marks
 *   so (`:” إن … “.`) pair too. A mark that pairs with none (left open, typed twice) holds nothing.
 * - A full stop glued to the next word (`عليها.وقال`, `الارهابي .وقالت`, `تكتيكي».وقال`) ends the
 *   sentence when a word of three letters or more stands before it (a space, a closing mark or a comma
 *   between, or none) and a letter after it: a typing slip, not an abbreviation (`أ.د.`).
 * - Sentences are trimmed; empty ones are dropped. Offsets are UTF-16 code units, end exclusive.
 */
import { isWhiteSpaceUnit } from "./code-units.js";

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const FULL_STOP = 0x2e;
const QUOTE = 0x22;
const RIGHT_GUILLEMET = 0xbb;
const LEFT_GUILLEMET = 0xab;
const NEWLINE = 0x0a;
const LEFT_CURLY = 0x201c;
const RIGHT_CURLY = 0x201d;
const isEndMark = (c: number) => c === FULL_STOP || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
const isOpener = (c: number) => c === 0xab || c === 0x201c;
const isCloser = (c: number) => c === 0xbb || c === 0x201d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A code unit quotedUnits acts on: a line break or a quotation mark. */
const isQuotationEvent = (c: number) => c === NEWLINE || c === QUOTE || isOpener(c) || isCloser(c);
/** `\s` by code unit. */
const isSpace = (text: string, i: number) => isWhiteSpaceUnit(text.charCodeAt(i));

/** The latest text split: quotes and figures split the same body one after the other. */
let latest: { text: string; sentences: readonly Sentence[] } | null = null;

export function splitSentences(text: string): Sentence[] {
  if (latest === null || latest.text !== text) latest = { text, sentences: split(text) };
  // Copies pushed, not `map`ped: an optimized `map` makes a holey array where the built-in made a
  // packed one, and the readers compiled for one kind were compiled again when they met the other.
  const copies: Sentence[] = [];
  for (const s of latest.sentences) copies.push({ ...s });
  return copies;
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const quoted = quotedUnits(text);
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      push(i);
      continue;
    }
    if (!isEndMark(c) || quoted[i] === 1) continue;
    if (c === FULL_STOP && i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) continue;
    if (c === FULL_STOP && isGluedSentenceEnd(text, i)) {
      push(i + 1);
      continue;
    }
    let j = i + 1;
    while (j < text.length && (isEndMark(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)) || text.charCodeAt(j) === QUOTE)) j++;
    if (j < text.length && !isSpace(text, j)) continue;
    if (j === i + 1 && c === FULL_STOP && endsAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

/** Latin letter names as Arabic news spells initials («جورج دبليو. بوش», «ميليسا إل. هاريس»); names that
 * are also common words or name endings («بي» بِي, «في», «لي», «يو» as in لي كوان يو) are left out, since a
 * sentence may end on them. */
const LATIN_LETTER_NAMES = new Set([
  "إيه", "سي", "دي", "إي", "إف", "جي", "جيه", "إتش", "اتش", "آي", "كيه", "إل", "ال", "إم", "إن", "آر", "أر",
  "إس", "اس", "تي", "دبليو", "إكس", "اكس", "واي", "زد", "كيو",
]);
/** Titles that take a conjunction without a space: «ود. محمد», «وم. عبدالله». */
const PREFIXED_TITLES = new Set(["ود", "وم", "وأ"]);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT_ANY = /\p{Nd}/u;
const MARK_OR_TATWEEL = /[\p{M}\u0640]/gu;
const MARK_OR_TATWEEL_ONE = /[\p{M}\u0640]/u;
const isHorizontalSpace = (text: string, i: number) => text[i] !== "\n" && isSpace(text, i);

/** Per UTF-16 code unit: 0 not seen yet, else LETTER_OR_MARK's answer (LETTER, MARK_OR_TATWEEL: a letter or mark the initial test drops) or NEITHER. */
const LETTER = 1;
const DROPPED = 2;
const NEITHER = 3;
const letterKinds = new Uint8Array(0x10000);

function letterKind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = letterKinds[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    letterKinds[c] = k = !LETTER_OR_MARK.test(ch) && ch !== "\u0640" ? NEITHER : MARK_OR_TATWEEL_ONE.test(ch) ? DROPPED : LETTER;
  }
  return k;
}

/**
 * Longest initial (letters the initial test keeps, marks and tatweel dropped) endsAbbreviation can
 * take for one: a single letter, a Latin letter name, a prefixed title.
 */
const LONGEST_INITIAL = Math.max(2, ...[...LATIN_LETTER_NAMES, ...PREFIXED_TITLES].map((w) => w.replace(MARK_OR_TATWEEL, "").length));

/** Whether the full stop at `dot` closes an abbreviation that a word follows on the same line. */
function endsAbbreviation(text: string, dot: number): boolean {
  let next = dot + 1;
  while (next < text.length && isHorizontalSpace(text, next)) next++;
  if (next === dot + 1 || next >= text.length || !LETTER_OR_MARK.test(text[next]!)) return false;
  // The word before the dot longer than any initial: no abbreviation (most sentence ends), without
  // the slices and splits below.
  let kept = 0;
  for (let k = dot - 1; k >= 0; k--) {
    const kind = letterKind(text, k);
    if (kind === NEITHER) break;
    if (kind === LETTER && ++kept > LONGEST_INITIAL) return false;
  }
  let start = dot;
  while (start > 0 && (LETTER_OR_MARK.test(text[start - 1]!) || text[start - 1] === "." || text[start - 1] === "\u0640")) start--;
  if (start > 0 && DIGIT_ANY.test(text[start - 1]!)) return false;
  const parts = text.slice(start, dot).split(".");
  const last = parts[parts.length - 1]!.replace(MARK_OR_TATWEEL, "");
  if (parts.some((p) => p === "")) return false;
  const isInitial = [...last].length === 1 || LATIN_LETTER_NAMES.has(last) || (parts.length === 1 && PREFIXED_TITLES.has(last));
  return isInitial && !followsNumber(text, start);
}

/** Whether the » at `open` (none open) has a « after it on its line before any other »: a reversed pair. */
function closesReversed(text: string, open: number): boolean {
  for (let k = open + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE || c === RIGHT_GUILLEMET) return false;
    if (c === LEFT_GUILLEMET) return true;
  }
  return false;
}

/** Whether the ” at `open` (none open) has a “ or another ” after it on its line: a reversed pair (`:” إن … “.`). */
function closesReversedCurly(text: string, open: number): boolean {
  for (let k = open + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return false;
    if (c === RIGHT_CURLY || c === LEFT_CURLY) return true;
  }
  return false;
}

/**
 * Per UTF-16 code unit, 1 inside a quotation whose marks pair on its line, else 0. Marks pair by a stack, line by
 * line: « and “ open; » and ” close the latest open mark whatever its kind (`"شهدت … 2018».`), unless glued to the
 * word after them behind a colon or space (openingShaped: `محددة.وقال:»كل`): then they open, and the mark open
 * before them is left unclosed; " closes an open " on top, else opens;
 * a » or ” with none open and not glued to the word before it alone (closingShaped) opens a reversed quotation when
 * its closing mark follows on the line (closesReversed, closesReversedCurly), and « or “ close that one. Quotations
 * nest one deep (a name quoted inside speech): a third mark opening inside two leaves the outermost open. A mark left
 * open at the line's end opens nothing (`وتابع: «قبل أن … عالٍ.ولفت إلى أن`, `فريق «8 مارس « وقام`): its sentence
 * ends stay ends.
 */
function quotedUnits(text: string): Uint8Array {
  const quoted = new Uint8Array(text.length);
  const open: Array<{ at: number; mark: number; reversed: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // most code units are neither a mark nor a line break: the stack is not read for them
    if (!isQuotationEvent(c)) continue;
    const top = open[open.length - 1];
    if (c === NEWLINE) {
      // emptied only when it holds a mark: setting an array's length is a call into the runtime, even to its own length
      if (open.length > 0) open.length = 0;
    } else if (isOpener(c)) {
      if (top?.reversed) closeAt(quoted, open.pop()!.at, i);
      else {
        // a third mark opening inside two: the marks are broken (`فريق «8 مارس « وقام بتأمين … «حزب الله»`), the
        // outermost is left open
        if (open.length === MAX_NESTED_QUOTATIONS) open.shift();
        open.push({ at: i, mark: c, reversed: false });
      }
    } else if (isCloser(c)) {
      if (openingShaped(text, i)) {
        // `«أن … محددة.وقال:»كل …»`: a mark shaped to open leaves the one open before it unclosed, and opens
        if (top) open.pop();
        open.push({ at: i, mark: c, reversed: true });
      } else if (top) closeAt(quoted, open.pop()!.at, i);
      else if (!closingShaped(text, i) && (c === RIGHT_GUILLEMET ? closesReversed(text, i) : closesReversedCurly(text, i))) open.push({ at: i, mark: c, reversed: true });
    } else if (c === QUOTE) {
      if (top?.mark === QUOTE) closeAt(quoted, open.pop()!.at, i);
      else {
        if (open.length === MAX_NESTED_QUOTATIONS) open.shift();
        open.push({ at: i, mark: c, reversed: false });
      }
    }
  }
  return quoted;
}

/** Whether the mark at `i` is glued to a word before it and to none after it (`اللبنانية».وشدد`): it closes, never opens. */
function closingShaped(text: string, i: number): boolean {
  return i > 0 && LETTER_OR_MARK.test(text[i - 1]!) && !(i + 1 < text.length && LETTER_OR_MARK.test(text[i + 1]!));
}

/** Whether the mark at `i` follows a colon or a space and is glued to the word after it (`محددة.وقال:»كل ما`): it opens, never closes. */
function openingShaped(text: string, i: number): boolean {
  return i > 0 && /[\s:：]/u.test(text[i - 1]!) && i + 1 < text.length && LETTER_OR_MARK.test(text[i + 1]!);
}

/** How many quotations may stand open at once: speech, and a name quoted inside it. */
const MAX_NESTED_QUOTATIONS = 2;

/** Marks text[from, to] quoted (both marks included). */
function closeAt(quoted: Uint8Array, from: number, to: number): void {
  quoted.fill(1, from, to + 1);
}

const ARABIC_LETTER = /[\u0621-\u064a]/;
/** Closing marks and commas a glued full stop may follow (`».وقال`, `»،.وأكد`). */
const GLUED_END_PUNCTUATION = /[»”"،,]/;
/** Letters a word must have before a glued full stop for it to end a sentence (`أ.د.محمد` has one). */
const MIN_GLUED_WORD_LETTERS = 3;

/** `عليها.وقال`, `الارهابي .وقالت`: a full stop glued to the next Arabic word, after a word (maybe a space between), not an initial. */
function isGluedSentenceEnd(text: string, dot: number): boolean {
  if (dot + 1 >= text.length || !ARABIC_LETTER.test(text[dot + 1]!)) return false;
  let letters = 0;
  let k = dot - 1;
  // `الارهابي .وقالت`: the slip may put the space before the full stop; `استراتيجي».وقال`, `السياسة»،.وأكد`: or a
  // closing mark and a comma
  while (k >= 0 && isHorizontalSpace(text, k)) k--;
  while (k >= 0 && GLUED_END_PUNCTUATION.test(text[k]!)) k--;
  for (; k >= 0 && (ARABIC_LETTER.test(text[k]!) || MARK_OR_TATWEEL_ONE.test(text[k]!)); k--) if (ARABIC_LETTER.test(text[k]!)) letters++;
  if (letters < MIN_GLUED_WORD_LETTERS) return false;
  let after = dot + 1;
  while (after < text.length && (ARABIC_LETTER.test(text[after]!) || MARK_OR_TATWEEL_ONE.test(text[after]!))) after++;
  // `سي.إن.إن`, `دبليو.إتش.أو`: a dotted acronym has another dot before or after the part
  return !(k >= 0 && text[k] === ".") && text[after] !== ".";
}

/** Whether the word before `start` (across spaces) is a number: «720 ب.», «2015 م.». */
function followsNumber(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isHorizontalSpace(text, k)) k--;
  return k >= 0 && k < start - 1 && DIGIT_ANY.test(text[k]!);
}
