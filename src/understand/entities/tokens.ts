/**
 * Tokens for the entity tagger, cut the way ANERcorp is cut so the model sees running text as it
 * saw its training data:
 * - a token is a run of letters (with combining marks, tatweel and joiners inside), a run of digits
 *   (with internal . , ٫ ٬ separators and a trailing %), or one other non-space character —
 *   punctuation is its own token; clitics stay attached to their word, as in ANERcorp;
 * - a sentence ends after . ! ? ؟ … and at every line break (ANERcorp splits after periods; a
 *   line break in extracted text is a paragraph end).
 */

import { CodeUnitKinds, DIGIT, isSurrogate, SPACE, WORD } from "../../arabic/code-units.js";
import { INVISIBLE_CLASS } from "../../arabic/normalize.js";

export interface TaggerToken {
  text: string;
  /** Offsets in the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
}

/** Invisible format characters (arabic/normalize.ts INVISIBLE_CLASS): inside a word, part of it; elsewhere, like a space. */
const INVISIBLE = INVISIBLE_CLASS;
const LETTER = String.raw`[\p{L}\p{M}\u0640\u200C\u200D]`;
const TOKEN = new RegExp(String.raw`${LETTER}+(?:[${INVISIBLE}]+${LETTER}+)*|\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*%?|(?![${INVISIBLE}])\S`, "gu");
const INVISIBLE_UNITS = new CodeUnitKinds(new RegExp(`[${INVISIBLE}]`, "u"));
const SENTENCE_END = new Set([".", "!", "?", "\u061F", "\u2026"]);
/** SENTENCE_END by code unit (each is one): a Set probe of every token's fresh slice hashed the slice first. */
const SENTENCE_END_UNITS = new Set([...SENTENCE_END].map((s) => s.charCodeAt(0)));
/** Whether text[from, to) holds a line break (\n \r U+2028 U+2029), without slicing it out. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** TOKEN's letter characters, one at a time, for the code-unit table that reads TOKEN's runs. */
const UNIT_KINDS = new CodeUnitKinds(new RegExp(LETTER, "u"));

function isInvisible(c: number): boolean {
  return INVISIBLE_UNITS.kindOf(c) === WORD;
}
const PERCENT = 0x25;

/**
 * The end of TOKEN's match at `i` (a code unit that is not a space nor a surrogate): a letter run, a
 * digit run with its trailing %, or the one other character. -1 when the match would reach a
 * surrogate (a code point beyond the BMP): the caller uses TOKEN.
 */
function tokenEnd(text: string, i: number): number {
  const kind = UNIT_KINDS.kindOf(text.charCodeAt(i));
  if (kind !== WORD && kind !== DIGIT) return i + 1;
  const end = kind === WORD ? wordEnd(text, i) : UNIT_KINDS.runEnd(text, i, kind);
  return kind === DIGIT && end >= 0 && text.charCodeAt(end) === PERCENT ? end + 1 : end;
}

/** The end of a letter run at `i`, across invisible characters between its letters (ترا‏مب); -1 at a surrogate. */
function wordEnd(text: string, i: number): number {
  let end = UNIT_KINDS.runEnd(text, i, WORD);
  for (;;) {
    if (end < 0) return end;
    let next = end;
    while (next < text.length && isInvisible(text.charCodeAt(next))) next++;
    if (next === end || next >= text.length) return end;
    if (isSurrogate(text.charCodeAt(next))) return -1;
    if (UNIT_KINDS.kindOf(text.charCodeAt(next)) !== WORD) return end;
    end = UNIT_KINDS.runEnd(text, next, WORD);
  }
}

/** Splits `text` into sentences of tagger tokens. */
export function taggerSentences(text: string): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  let current: TaggerToken[] = [];
  let last = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return taggerSentencesByRegex(text);
    if (UNIT_KINDS.kindOf(c) === SPACE || isInvisible(c)) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    if (end < 0) return taggerSentencesByRegex(text);
    if (current.length && hasLineBreak(text, last, i)) {
      sentences.push(current);
      current = [];
    }
    const token = { text: text.slice(i, end), start: i, end };
    current.push(token);
    last = end;
    if (end - i === 1 && SENTENCE_END_UNITS.has(c)) {
      sentences.push(current);
      current = [];
    }
    i = end;
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** taggerSentences by the regex itself: for text with code points beyond the BMP. */
export function taggerSentencesByRegex(text: string): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  let current: TaggerToken[] = [];
  let last = 0;
  // exec, not matchAll: no iterator and no match array kept per token of every body.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (current.length && hasLineBreak(text, last, m.index)) {
      sentences.push(current);
      current = [];
    }
    const token = { text: m[0], start: m.index, end: m.index + m[0].length };
    current.push(token);
    last = token.end;
    if (SENTENCE_END.has(token.text)) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
