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

const END_MARKS = new Set([".", "!", "?", "\u061F", "\u2026"]);
const OPENERS = new Set(["\u00AB", "\u201C"]);
const CLOSERS = new Set(["\u00BB", "\u201D"]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let depth = 0;
  let asciiOpen = false;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      push(i);
      depth = 0;
      asciiOpen = false;
      continue;
    }
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') asciiOpen = !asciiOpen;
    if (!END_MARKS.has(c) || depth > 0 || asciiOpen) continue;
    if (c === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    let j = i + 1;
    while (j < text.length && (END_MARKS.has(text[j]!) || CLOSERS.has(text[j]!) || text[j] === '"')) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
