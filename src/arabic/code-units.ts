/**
 * Token runs read by a table of UTF-16 code-unit kinds instead of a Unicode-property regex: the
 * regex's property tests and a match array per token were most of a tokenizer's cost. Each
 * tokenizer keeps its regex for text with code points beyond the BMP (a run that reaches a
 * surrogate answers -1, and the caller falls back to the regex).
 */

export const WORD = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const OTHER = 4;

const DIGIT_CHAR = /\p{Nd}/u;
const SPACE_CHAR = /\s/u;

/**
 * U+D800–U+DFFF, by one mask and one compare: as `c >= 0xd800 && c <= 0xdfff` the second compare ran
 * only on the rare units above U+D7FF, so an optimized tokenizer met it without type feedback and was
 * deoptimized and compiled again in every fresh process.
 */
export const isSurrogate = (c: number): boolean => (c & 0xf800) === 0xd800;

/** `\s` by UTF-16 code unit (without flag u): ECMAScript's WhiteSpace and LineTerminator code points. */
export const isWhiteSpaceUnit = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const isDigitSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;

/** Kinds of BMP code units for one tokenizer, whose word characters are `wordChar` (one character). */
export class CodeUnitKinds {
  /** 0: not classified yet; then WORD, DIGIT, SPACE or OTHER (filled as units are seen). */
  private readonly kinds = new Uint8Array(0x10000);

  constructor(private readonly wordChar: RegExp) {}

  kindOf(c: number): number {
    let kind = this.kinds[c]!;
    if (kind === 0) {
      const ch = String.fromCharCode(c);
      kind = this.wordChar.test(ch) ? WORD : DIGIT_CHAR.test(ch) ? DIGIT : SPACE_CHAR.test(ch) ? SPACE : OTHER;
      this.kinds[c] = kind;
    }
    return kind;
  }

  /**
   * The end of the run that starts at `i` with a unit of `kind` (WORD or DIGIT): a run of word
   * units, or digits with single . , ٫ ٬ between digits. -1 when the run would reach a surrogate.
   */
  runEnd(text: string, i: number, kind: number): number {
    return kind === WORD ? this.wordRunEnd(text, i + 1) : this.digitRunEnd(text, i + 1);
  }

  private wordRunEnd(text: string, j: number): number {
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (isSurrogate(c)) return -1;
      if (this.kindOf(c) !== WORD) break;
    }
    return j;
  }

  private digitRunEnd(text: string, j: number): number {
    for (;;) {
      let d = this.digitAt(text, j);
      while (d === 1) d = this.digitAt(text, ++j);
      if (d < 0) return -1;
      // Read past the end, charCodeAt's NaN deoptimized the tokenizer once in every fresh process ("out of bounds").
      if (j >= text.length || !isDigitSeparator(text.charCodeAt(j))) return j;
      const next = this.digitAt(text, j + 1);
      if (next <= 0) return next < 0 ? -1 : j;
      j += 2;
    }
  }

  /** 1 when text[j] is a digit of the BMP, 0 when not (or past the end), -1 when a surrogate. */
  private digitAt(text: string, j: number): number {
    if (j >= text.length) return 0;
    const c = text.charCodeAt(j);
    if (isSurrogate(c)) return -1;
    return this.kindOf(c) === DIGIT ? 1 : 0;
  }
}

/** The text before the first white space of `text` (all of it when none): `text.split(/\s+/)[0]` without the regex and the array. */
export function firstWord(text: string): string {
  for (let i = 0; i < text.length; i++) if (isWhiteSpaceUnit(text.charCodeAt(i))) return text.slice(0, i);
  return text;
}

/** Letters and marks (WORD), by code unit. */
const LETTERS_AND_MARKS = new CodeUnitKinds(/[\p{L}\p{M}]/u);

/** The regex `standsAlone` answers for: `word` (escaped) with no letter or mark right before or after it. */
function standsAloneRegex(word: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u");
}

/**
 * Whether `word` stands in `text` with no letter or mark (\p{L}, \p{M}) right before or after it: what
 * standsAloneRegex(word) tests, without compiling a regex a word — by its occurrences (indexOf) and
 * the code units around each. With a surrogate in `word` or beside an occurrence (a code point beyond
 * the BMP, which the regex reads whole), or an empty `word`, the regex answers.
 */
export function standsAlone(text: string, word: string): boolean {
  const n = word.length;
  if (n === 0) return standsAloneRegex(word).test(text);
  for (let i = 0; i < n; i++) if (isSurrogate(word.charCodeAt(i))) return standsAloneRegex(word).test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    const after = at + n < text.length ? text.charCodeAt(at + n) : -1;
    if ((before >= 0 && isSurrogate(before)) || (after >= 0 && isSurrogate(after))) return standsAloneRegex(word).test(text);
    if ((before < 0 || LETTERS_AND_MARKS.kindOf(before) !== WORD) && (after < 0 || LETTERS_AND_MARKS.kindOf(after) !== WORD)) return true;
  }
  return false;
}
