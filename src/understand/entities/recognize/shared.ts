/**
 * Span and word helpers every rule family uses: the model's word counts, sentence analyses, finding, sorting and
 * replacing mentions, spacing, Latin letters, a cue's vote weight.
 */
import { tokenInfo, type TokenInfo } from "../features.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";

const LATIN_LETTER = /\p{Script=Latin}/u;

/** Per UTF-16 code unit: 0 not seen yet, 1 a Latin letter (LATIN_LETTER), 2 not one; filled on first sight. */
const latinUnits = new Uint8Array(0x10000);

/**
 * LATIN_LETTER.test(text), by a table of the code units seen: a body is mostly Arabic, and the
 * regex's Unicode property test on each of its characters was a cost of its own. A surrogate pair
 * (Latin letters exist beyond the BMP) is left to the regex.
 */
export function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LATIN_LETTER.test(text);
    let kind = latinUnits[c]!;
    if (kind === 0) latinUnits[c] = kind = LATIN_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 1) return true;
  }
  return false;
}

/**
 * Puts an organization over [start, end), in place of the mentions inside it; false (nothing
 * changed) when a mention crosses its edges.
 */
export function replaceWithOrganization(text: string, out: Candidate[], start: number, end: number): boolean {
  return replaceWithMention(text, out, start, end, "organization");
}

/** A cue-made mention of `type` over [start, end) in place of the mentions inside it; false (nothing changed) when one crosses its edge. */
export function replaceWithMention(text: string, out: Candidate[], start: number, end: number, type: "organization" | "location"): boolean {
  const inside = out.filter((s) => s.start >= start && s.end <= end);
  if (out.some((s) => s.start < end && start < s.end && !inside.includes(s))) return false;
  for (const s of inside) out.splice(out.indexOf(s), 1);
  out.push({ type, text: text.slice(start, end), start, end, evidence: { [type]: CUE_VOTES } });
  return true;
}

/** How often the model's training and unlabeled text saw `word`. */
export function timesSeen(word: string, model: NerModel): number {
  return model.resources.words.get(word)?.count ?? 0;
}

/**
 * The rules' arrays (analyses, tags) built by push, not `map`: an optimized `map` makes a holey
 * array where the built-in made a packed one, and every rule compiled for one kind met the other
 * in a fresh process and was compiled again (a "wrong map" deoptimization at each).
 */
export function tagNames(names: readonly string[], ids: readonly number[]): string[] {
  const tags: string[] = [];
  for (const t of ids) tags.push(names[t]!);
  return tags;
}

export function sentenceInfosOf(sentences: readonly (readonly TaggerToken[])[], model: NerModel): TokenInfo[][] {
  const infos: TokenInfo[][] = [];
  for (const s of sentences) infos.push(infosOf(s, model));
  return infos;
}

/** The analysis (features.ts tokenInfo) of each token of a sentence. */
export function infosOf(tokens: readonly TaggerToken[], model: NerModel): TokenInfo[] {
  const infos: TokenInfo[] = [];
  for (const t of tokens) infos.push(tokenInfo(t.text, model.resources));
  return infos;
}

// Loops, not callbacks: the rules ask these at tokens of every sentence, and a callback reading a
// token's bounds had them allocated in a context at every token.

/** Whether a span of `spans` overlaps [start, end). */
export function overlapsAny(spans: readonly Candidate[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

/** The first span of `spans` that starts at `start`. */
export function spanStartingAt(spans: readonly Candidate[], start: number): Candidate | undefined {
  for (const s of spans) if (s.start === start) return s;
  return undefined;
}

/** The first span of `spans` that is exactly [start, end). */
export function spanAt(spans: readonly Candidate[], start: number, end: number): Candidate | undefined {
  for (const s of spans) if (s.start === start && s.end === end) return s;
  return undefined;
}

/**
 * Sorts spans by start, stably; most calls find them sorted already (a sentence added nothing), so
 * they are checked first: the same order as always sorting, without a comparator call per span.
 */
export function sortByStart(spans: Candidate[]): void {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i - 1]!.start > spans[i]!.start) {
      spans.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/**
 * Whether the text between token k and token k + 1 is one or more spaces or tabs (no line break, no
 * punctuation): the two words stand side by side in one line.
 */
export function spaceAfter(text: string, tokens: readonly TaggerToken[], k: number): boolean {
  const from = tokens[k]!.end, to = tokens[k + 1]!.start;
  if (from >= to) return false;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** The spaces (U+0020) in `s`: its words by `split(" ")` less one. */
export function spacesIn(s: string): number {
  let n = 0;
  for (let at = s.indexOf(" "); at >= 0; at = s.indexOf(" ", at + 1)) n++;
  return n;
}

/** `norm` without the proclitics `proclitic` (anchored at ^, every part optional: it always matches) reads at its start. */
export function withoutProclitic(norm: string, proclitic: RegExp): string {
  return norm.slice(proclitic.exec(norm)![0].length);
}

/** Widens `s` to `end` unless another span lies over the added text; whether it did. */
export function widenUnlessOverlapping(text: string, spans: readonly Candidate[], s: Candidate, end: number): boolean {
  if (spans.some((o) => o !== s && o.start < end && s.end < o.end)) return false;
  s.end = end;
  s.text = text.slice(s.start, end);
  return true;
}

/**
 * One name, one type per document: mentions with the same matching key take the type with the most
 * votes — one per tagged mention, plus CUE_VOTES for a mention after a place or person cue word
 * (إقليم X, الرئيس X) or covered exactly by a gazetteer name, plus one after في, plus HEAD_VOTES
 * for a name led by a place or organization head word; a multiword short form also counts the
 * type settled for the longer name it ends.
 */
export const CUE_VOTES = 2;
