/**
 * Cue phrases matched through the one normalizer: a list is written once, as sites print it, and
 * every spelling the normalizer folds together matches it (tatweel, harakat and tanween, hamza
 * forms of alef, ة/ه, ى/ي, Persian letter forms, Arabic-Indic digits, Latin case). No cue needs a
 * regex of its own for those variants: «اقرأ أيضـــا», «إقرا ايضاً» and «اقرأ أيضًا» are one phrase.
 *
 * Rules:
 * - A phrase matches whole words: it neither starts nor ends inside a word (`الوسومات` is not
 *   `الوسوم`); words of a phrase are separated by any run of white space.
 * - `opening`: the phrase that opens a text, after leading decoration (bullets, dashes, `#`, `>`,
 *   opening quotes and brackets); `whole`: the text is only a phrase, bar decoration and closing
 *   punctuation (`:`, `.`, `…`, `-`); `glued`: a phrase followed by a colon and glued to text
 *   before it (`…الاستراتيجي.إقرأ أيضاً:`), so the line can be split there.
 * - Offsets are into the original text; the folded copy of the last few texts is cached, so the
 *   several cue lists asked about one line fold it once.
 * - Longer phrases are tried first, so `ذات صلة` inside `مواضيع ذات صلة` never cuts the longer one.
 */
import { isWhiteSpaceUnit } from "../code-units.js";
import { foldedPrefix, foldPrefixWithOffsets, foldWithOffsets, originalSpan, WORD_END, WORD_START, type FoldedText } from "../fold.js";
import { normalizeArabic } from "../normalize.js";

export interface PhraseMatch {
  /** Offsets of the phrase in the original text, end exclusive. */
  start: number;
  end: number;
  /** The phrase as listed, in normalized form. */
  phrase: string;
}

/** What may stand before a cue at the start of a line: bullets, dashes, quotes, brackets. */
const LEADING_DECORATION = "[\\s\\-–—•*#>|«\"“(\\[]*";
/** What may close a cue that stands alone: a colon, dots, an ellipsis, a dash, a closing bracket. */
const CLOSING = "[\\s:：.…\\-–—)\\]»\"”]*";

const FOLD_CACHE_SIZE = 8;
const foldCache = new Map<string, FoldedText>();

/** The folded copy of `text`, from a small cache of the latest texts (one line asked many times). */
export function foldedLine(text: string): FoldedText {
  let f = foldCache.get(text);
  if (f === undefined) {
    f = foldWithOffsets(text);
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.delete(foldCache.keys().next().value!);
    foldCache.set(text, f);
  }
  return f;
}

const DECORATION_UNIT = new RegExp(`^${LEADING_DECORATION.slice(0, -1)}$`, "u");
/** Per UTF-16 code unit: 0 not seen yet, 1 a character of the leading decoration (every one is in the BMP), 2 not one. */
const decorationUnits = new Uint8Array(0x10000);
/** Code units of a prefix folded first by `opening`; more (×4) when the prefix cannot decide. */
const OPENING_PREFIX = 16;

/** The end of the leading decoration run of `folded`. */
function decorationEnd(folded: string): number {
  let i = 0;
  for (; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let kind = decorationUnits[c]!;
    if (kind === 0) decorationUnits[c] = kind = DECORATION_UNIT.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 2) break;
  }
  return i;
}

/** Whether folded code unit `c` may be white space to a regex (`\s`): every code unit up to U+0020 counted in, to err on the side of space. */
function maySpace(c: number): boolean {
  return c <= 0x20 || c === 0x85 || isWhiteSpaceUnit(c);
}

/**
 * Whether the folded prefix `f` decides the opening regex as the whole fold would: the regex reads
 * the leading decoration run, then at most `longest` units of a phrase that are not white space
 * (white space between its words), then one code point (WORD_END). When the prefix holds the run
 * and `longest + 2` more units that are not white space, every unit the regex can read lies
 * inside the prefix.
 */
function prefixDecides(folded: string, from: number, longest: number): boolean {
  let seen = 0;
  for (let i = from; i < folded.length; i++) if (!maySpace(folded.charCodeAt(i)) && ++seen === longest + 2) return true;
  return false;
}

/** Code units of `s` that are not white space (maySpace). */
function nonSpaceUnits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!maySpace(s.charCodeAt(i))) n++;
  return n;
}

/** The distinct first words (up to the first space) of `phrases`, by their first code unit. */
function firstWordsOf(phrases: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const p of phrases) {
    const word = p.split(" ")[0]!;
    const words = out.get(word.charCodeAt(0)) ?? [];
    if (!words.includes(word)) words.push(word);
    out.set(word.charCodeAt(0), words);
  }
  return out;
}

/** `s` as a regex source matching it literally. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regex source of a list of phrases in folded form, longest first, spaces loosened. */
export function alternationOf(folded: Iterable<string>): string {
  return [...new Set(folded)].sort((a, b) => b.length - a.length).map((p) => p.split(" ").map(escapeRegex).join("\\s+")).join("|");
}

export class CuePhrases {
  /** The phrases in normalized form, as matched. */
  readonly phrases: readonly string[];
  private readonly openingRe: RegExp;
  private readonly wholeRe: RegExp;
  private readonly gluedRe: RegExp;
  private readonly anywhereRe: RegExp;
  /** Code units of the longest phrase that are not white space. */
  private readonly longest: number;
  /**
   * The first words of the phrases by their first code unit, or null when a phrase starts with a
   * character of the leading decoration (then a phrase may start inside the run, and `opening`
   * folds as before).
   */
  private readonly firstWords: Map<number, string[]> | null;

  constructor(list: readonly string[]) {
    this.phrases = [...new Set(list.map(normalizeArabic).filter(Boolean))];
    this.longest = Math.max(0, ...this.phrases.map(nonSpaceUnits));
    this.firstWords = this.phrases.some((p) => DECORATION_UNIT.test(String.fromCodePoint(p.codePointAt(0)!))) ? null : firstWordsOf(this.phrases);
    const alt = alternationOf(this.phrases);
    this.openingRe = new RegExp(`^${LEADING_DECORATION}(${alt})${WORD_END}`, "u");
    this.wholeRe = new RegExp(`^${LEADING_DECORATION}(?:${alt})${CLOSING}$`, "u");
    this.gluedRe = new RegExp(`(?<=\\S)\\s*(${alt})\\s*[:：]`, "u");
    this.anywhereRe = new RegExp(`${WORD_START}(?:${alt})${WORD_END}`, "gu");
  }

  /** The phrase that opens `text` after leading decoration, or null. */
  opening(text: string): PhraseMatch | null {
    const f = this.openingFold(text);
    if (f === null) return null;
    const m = this.openingRe.exec(f.folded);
    if (!m) return null;
    const from = m[0].length - m[1]!.length;
    return { ...originalSpan(f, from, m[0].length), phrase: m[1]!.replace(/\s+/g, " ") };
  }

  /**
   * The fold `opening` reads, or null when no phrase can open the text: a sentence of every body
   * is asked whether it opens with a cue, and folding all of it (and keeping the fold in
   * foldedLine's cache) cost more than the question. A prefix is folded first: when the first
   * character after its decoration run starts no phrase, the answer is no; when the prefix holds
   * all the regex can read (prefixDecides), the prefix is matched; else a longer prefix, and at
   * last the whole text (foldedLine).
   */
  private openingFold(text: string): FoldedText | null {
    for (let end = OPENING_PREFIX; end < text.length; end *= 4) {
      const folded = foldedPrefix(text, end);
      const from = decorationEnd(folded);
      if (from < folded.length && !this.mayOpenAt(folded, from)) return null;
      if (prefixDecides(folded, from, this.longest)) return this.openingRe.test(folded) ? foldPrefixWithOffsets(text, end) : null;
    }
    const f = foldedLine(text);
    const from = decorationEnd(f.folded);
    return from < f.folded.length && !this.mayOpenAt(f.folded, from) ? null : f;
  }

  /**
   * Whether a phrase may start at `from`, the end of the decoration run of a folded prefix: the
   * regex matches a phrase's first word there letter for letter. False only when it cannot: no
   * phrase starts with the unit at `from`, or every first word that does differs from the prefix
   * (a word the prefix cuts short may still match).
   */
  private mayOpenAt(folded: string, from: number): boolean {
    if (this.firstWords === null) return true;
    const words = this.firstWords.get(folded.charCodeAt(from));
    if (words === undefined) return false;
    for (const w of words) if (from + w.length > folded.length || folded.startsWith(w, from)) return true;
    return false;
  }

  /** True when `text` is one of the phrases alone, bar decoration and closing punctuation. */
  whole(text: string): boolean {
    return this.wholeRe.test(foldedLine(text).folded);
  }

  /** The start (original offset) of a phrase + colon glued to the text before it, or -1. */
  glued(text: string): number {
    const f = foldedLine(text);
    const m = this.gluedRe.exec(f.folded);
    if (!m) return -1;
    return f.offsets[m.index + m[0].length - m[0].trimStart().length]!;
  }

  /** True when a phrase occurs anywhere in `text` as whole words. */
  occursIn(text: string): boolean {
    // The regex is global: a match leaves lastIndex past it, and findAll's matchAll starts a copy
    // where it stands, so it is set back to 0 after the test, not only before.
    this.anywhereRe.lastIndex = 0;
    const occurs = this.anywhereRe.test(foldedLine(text).folded);
    this.anywhereRe.lastIndex = 0;
    return occurs;
  }

  /** Every occurrence of a phrase in `text`, as whole words, in text order. */
  findAll(text: string): PhraseMatch[] {
    const f = foldedLine(text);
    const out: PhraseMatch[] = [];
    // matchAll searches a copy of the regex from its lastIndex: from the text's start, whatever ran before.
    this.anywhereRe.lastIndex = 0;
    for (const m of f.folded.matchAll(this.anywhereRe)) out.push({ ...originalSpan(f, m.index, m.index + m[0].length), phrase: m[0].replace(/\s+/g, " ") });
    return out;
  }
}
