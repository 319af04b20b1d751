/**
 * Offset-keeping fold for pattern matching over original text. Each character of the text maps to
 * zero or more characters of the folded string, and every folded character remembers the offset of
 * the character it came from, so a match in the folded string gives a span in the original.
 *
 * The folding rules are normalizeArabic's (normalize.ts), applied one character at a time, except:
 * - white space is kept one-for-one (a space), runs are not collapsed and nothing is trimmed;
 * - punctuation is kept, so sentence and clause boundaries stay visible.
 */
import { normalizeArabic } from "./normalize.js";

export interface FoldedText {
  /** The folded string. */
  folded: string;
  /** `offsets[i]` = offset in the original text of folded character `i`; one extra entry for the end. */
  offsets: Int32Array;
  /** The original text. */
  source: string;
}

const WHITESPACE = /\s/;
/** The fold of each UTF-16 code unit, filled on first sight (normalizeArabic of one unit). */
const foldTable: Array<string | undefined> = new Array<string | undefined>(0x10000);

function foldUnit(code: number): string {
  let f = foldTable[code];
  if (f === undefined) {
    const c = String.fromCharCode(code);
    f = WHITESPACE.test(c) ? " " : normalizeArabic(c);
    foldTable[code] = f;
  }
  return f;
}

/** The latest text folded: the dates readers fold the same body one after another. */
let latest: FoldedText | null = null;

/** Folds `text`, keeping the offset of every folded character in the original. */
export function foldWithOffsets(text: string): FoldedText {
  if (latest !== null && latest.source === text) return latest;
  latest = foldRange(text, text.length);
  return latest;
}

/**
 * The fold of the first `end` code units of `text` (the fold is one code unit at a time, so this is
 * the start of foldWithOffsets(text)), offsets into `text`, `source` the whole text: for a reader
 * that looks only at how a long text opens. The last offset is `end`.
 */
export function foldPrefixWithOffsets(text: string, end: number): FoldedText {
  return end >= text.length ? foldWithOffsets(text) : foldRange(text, end);
}

/** The latest prefix folded (foldedPrefix): a sentence is asked by several cue lists in a row whether it opens with one of theirs. */
let prefixText = "";
let prefixEnd = -1;
let prefixFolded = "";

/** foldPrefixWithOffsets(text, end).folded alone, without the offsets (no typed array, no slices but the folded runs). */
export function foldedPrefix(text: string, end: number): string {
  if (end !== prefixEnd || text !== prefixText) {
    prefixFolded = foldPrefix(text, end);
    prefixText = text;
    prefixEnd = end;
  }
  return prefixFolded;
}

function foldPrefix(text: string, end: number): string {
  let folded = "";
  let runStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && !(code >= 0x41 && code <= 0x5a) && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    const f = foldUnit(code);
    if (f.length === 1 && f.charCodeAt(0) === code) continue;
    folded += text.slice(runStart, i) + f;
    runStart = i + 1;
  }
  return folded + text.slice(runStart, end);
}

function foldRange(text: string, end: number): FoldedText {
  let folded = "";
  // Typed and sized for the common case (one folded unit per unit), grown when a unit folds to more:
  // a body's thousands of offsets were pushed one by one into a growing array.
  let offsets: Int32Array = new Int32Array(end + 1);
  let n = 0;
  const push = (offset: number) => {
    if (n === offsets.length) offsets = grown(offsets);
    offsets[n++] = offset;
  };
  // Characters that fold to themselves are copied by runs (one slice per run, not per character).
  let runStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Fast path: ASCII other than upper-case letters folds to itself.
    if (code < 0x80 && !(code >= 0x41 && code <= 0x5a) && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      push(i);
      continue;
    }
    const f = foldUnit(code);
    if (f.length === 1 && f.charCodeAt(0) === code) {
      push(i);
      continue;
    }
    folded += text.slice(runStart, i) + f;
    runStart = i + 1;
    for (let k = 0; k < f.length; k++) push(i);
  }
  folded += text.slice(runStart, end);
  push(end);
  return { folded, offsets: offsets.subarray(0, n), source: text };
}

function grown(offsets: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * offsets.length);
  bigger.set(offsets);
  return bigger;
}

const DROPPED_MARK = /[\p{M}\u0640]/u;

/** The original span of the folded span `[start, end)`, with the marks that end its last word (غداً). */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = f.offsets[start]!;
  let e = end > start ? f.offsets[end - 1]! + 1 : s;
  while (e < f.source.length && DROPPED_MARK.test(f.source[e]!)) e++;
  return { start: s, end: e };
}

/** Regex lookarounds that stand for word edges in Arabic text (`\b` knows only ASCII words). */
export const WORD_START = "(?<![\\p{L}\\p{M}\\p{Nd}])";
export const WORD_END = "(?![\\p{L}\\p{M}\\p{Nd}])";
