/**
 * Tokens for the entity tagger, cut the way ANERcorp is cut so the model sees running text as it
 * saw its training data:
 * - a token is a run of letters (with combining marks, tatweel and joiners inside), a run of digits
 *   (with internal . , ٫ ٬ separators and a trailing %), or one other non-space character —
 *   punctuation is its own token; clitics stay attached to their word, as in ANERcorp;
 * - a sentence ends after . ! ? ؟ … and at every line break (ANERcorp splits after periods; a
 *   line break in extracted text is a paragraph end).
 */

export interface TaggerToken {
  text: string;
  /** Offsets in the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\u0640\u200C\u200D]+|\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*%?|\S/gu;
const SENTENCE_END = new Set([".", "!", "?", "\u061F", "\u2026"]);
/** Whether text[from, to) holds a line break (\n \r U+2028 U+2029), without slicing it out. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Per UTF-16 code unit, how TOKEN sees it: 0 not classified yet, then one of the kinds below. */
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;
const unitKinds = new Uint8Array(0x10000);
const LETTER_UNIT = /[\p{L}\p{M}\u0640\u200C\u200D]/u;
const DIGIT_UNIT = /\p{Nd}/u;
const SPACE_UNIT = /\s/u;

function kindOf(c: number): number {
  let kind = unitKinds[c]!;
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = LETTER_UNIT.test(ch) ? LETTER : DIGIT_UNIT.test(ch) ? DIGIT : SPACE_UNIT.test(ch) ? SPACE : OTHER;
    unitKinds[c] = kind;
  }
  return kind;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * The end of TOKEN's match at `i` (a code unit that is not a space nor a surrogate), by the kinds
 * table: the regex's Unicode property tests and a match array per token were most of the split.
 * -1 when the match would reach a surrogate (a code point beyond the BMP): the caller uses TOKEN.
 */
function tokenEnd(text: string, i: number): number {
  const kind = kindOf(text.charCodeAt(i));
  let j = i + 1;
  if (kind === LETTER) {
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (isSurrogate(c)) return -1;
      if (kindOf(c) !== LETTER) break;
      j++;
    }
    return j;
  }
  if (kind !== DIGIT) return j;
  for (;;) {
    while (j < text.length && !isSurrogate(text.charCodeAt(j)) && kindOf(text.charCodeAt(j)) === DIGIT) j++;
    if (j < text.length && isSurrogate(text.charCodeAt(j))) return -1;
    const sep = text.charCodeAt(j);
    const separated = sep === 0x2e || sep === 0x2c || sep === 0x066b || sep === 0x066c;
    if (!separated || j + 1 >= text.length) break;
    const next = text.charCodeAt(j + 1);
    if (isSurrogate(next)) return -1;
    if (kindOf(next) !== DIGIT) break;
    j += 2;
  }
  return j < text.length && text.charCodeAt(j) === 0x25 ? j + 1 : j;
}

/** Splits `text` into sentences of tagger tokens. */
export function taggerSentences(text: string): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  let current: TaggerToken[] = [];
  let last = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return taggerSentencesByRegex(text);
    if (kindOf(c) === SPACE) {
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
    i = end;
    if (SENTENCE_END.has(token.text)) {
      sentences.push(current);
      current = [];
    }
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
