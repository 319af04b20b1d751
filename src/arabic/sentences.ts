/**
 * Sentence splitting with offsets, for quotes and figures.
 * - A sentence ends at . ! ? ؟ … (a run of them) followed by white space, a closing quote or the end,
 *   and at every line break; a full stop between digits (3.5) ends nothing.
 * - Inside a quotation (« », “ ”, or a pair of ASCII double quotes on one line) nothing ends but a
 *   line break: quoted speech often holds several sentences.
 * - Sentences are trimmed; empty ones are dropped. Offsets are UTF-16 code units, end exclusive.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const FULL_STOP = 0x2e;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
const isEndMark = (c: number) => c === FULL_STOP || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
const isOpener = (c: number) => c === 0xab || c === 0x201c;
const isCloser = (c: number) => c === 0xbb || c === 0x201d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const WHITESPACE = /\s/;
/** `\s` by code unit: ASCII answered directly, the rest (NBSP, Unicode spaces) by the regex. */
const isSpace = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return WHITESPACE.test(text[i]!);
};

/** The latest text split: quotes and figures split the same body one after the other. */
let latest: { text: string; sentences: readonly Sentence[] } | null = null;

export function splitSentences(text: string): Sentence[] {
  if (latest === null || latest.text !== text) latest = { text, sentences: split(text) };
  return latest.sentences.map((s) => ({ ...s }));
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let depth = 0;
  let asciiOpen = false;
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
      depth = 0;
      asciiOpen = false;
      continue;
    }
    if (isOpener(c)) depth++;
    else if (isCloser(c)) depth = Math.max(0, depth - 1);
    else if (c === QUOTE) asciiOpen = !asciiOpen;
    if (!isEndMark(c) || depth > 0 || asciiOpen) continue;
    if (c === FULL_STOP && i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < text.length && (isEndMark(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)) || text.charCodeAt(j) === QUOTE)) j++;
    if (j < text.length && !isSpace(text, j)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
