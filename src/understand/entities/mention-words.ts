/**
 * A mention's words after its first, for the rules that end a person's name at a later word the tagger ran on into
 * (fused-preposition-tails.ts, recognize/cuts.ts cutPrepositionalTailsOffPersons and cutOutletPhrasesOffPersons).
 */
import { normalizeArabic } from "../../arabic/normalize.js";
import type { Candidate } from "./recognize/candidate.js";

/** A later word of a mention: as written, normalized, where it starts in the article, and whether it ends the mention. */
export interface LaterWord {
  text: string;
  norm: string;
  start: number;
  last: boolean;
}

/** The mention's words from its second on, in order, each normalized as it is reached. */
export function* laterWords(s: Candidate): Generator<LaterWord> {
  const words = [...s.text.matchAll(/\S+/g)];
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    yield { text: word[0], norm: normalizeArabic(word[0]), start: s.start + word.index!, last: k === words.length - 1 };
  }
}

/** Ends the mention before the article offset `at`, the spaces before it left out. */
export function endMentionBefore(text: string, s: Candidate, at: number): void {
  s.text = text.slice(s.start, at).trimEnd();
  s.end = s.start + s.text.length;
}
