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
import { foldWithOffsets, originalSpan, WORD_END, WORD_START, type FoldedText } from "../fold.js";
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

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regex source of a list of phrases in folded form, longest first. */
function alternationOf(folded: readonly string[]): string {
  return [...folded].sort((a, b) => b.length - a.length).map((p) => p.split(" ").map(escapeRegex).join("\\s+")).join("|");
}

export class CuePhrases {
  /** The phrases in normalized form, as matched. */
  readonly phrases: readonly string[];
  private readonly openingRe: RegExp;
  private readonly wholeRe: RegExp;
  private readonly gluedRe: RegExp;
  private readonly anywhereRe: RegExp;

  constructor(list: readonly string[]) {
    this.phrases = [...new Set(list.map(normalizeArabic).filter(Boolean))];
    const alt = alternationOf(this.phrases);
    this.openingRe = new RegExp(`^${LEADING_DECORATION}(${alt})${WORD_END}`, "u");
    this.wholeRe = new RegExp(`^${LEADING_DECORATION}(?:${alt})${CLOSING}$`, "u");
    this.gluedRe = new RegExp(`(?<=\\S)\\s*(${alt})\\s*[:：]`, "u");
    this.anywhereRe = new RegExp(`${WORD_START}(?:${alt})${WORD_END}`, "gu");
  }

  /** The phrase that opens `text` after leading decoration, or null. */
  opening(text: string): PhraseMatch | null {
    const f = foldedLine(text);
    const m = this.openingRe.exec(f.folded);
    if (!m) return null;
    const from = m[0].length - m[1]!.length;
    return { ...originalSpan(f, from, m[0].length), phrase: m[1]!.replace(/\s+/g, " ") };
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
    this.anywhereRe.lastIndex = 0;
    return this.anywhereRe.test(foldedLine(text).folded);
  }

  /** Every occurrence of a phrase in `text`, as whole words, in text order. */
  findAll(text: string): PhraseMatch[] {
    const f = foldedLine(text);
    const out: PhraseMatch[] = [];
    for (const m of f.folded.matchAll(this.anywhereRe)) out.push({ ...originalSpan(f, m.index, m.index + m[0].length), phrase: m[0].replace(/\s+/g, " ") });
    return out;
  }
}
