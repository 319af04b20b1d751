/**
 * Organization mentions made of a head and no name (issue 11, census /work/data/ent128 of the SaudiNewsNet and ANT
 * samples and a ninth of the later ANT articles): dropped, the body the text spoke of having no name there.
 * - an indefinite head alone (لجنة, محكمة, حزب, اتحاد: Al Arabiya, CNN, aleqtisadiya, BBC): a noun with no name;
 * - a definite head and one word with neither the article nor a fused لل (المنظمة | نبهت, الاتحاد | بلقب, الحزب | غاضب,
 *   الجامعة | قلقون: SkyNews, BBC, Al Arabiya, alwatan, CNN): a definite head takes no name in construct, so the word
 *   starts the next phrase (الاتحاد للطيران, the fused لل of a field, stays);
 * - an indefinite head and one indefinite adjective the news also writes with the article (منظمة إرهابية ×10 in seven
 *   outlets, منظمة حقوقية, جامعة بحثية, بنك أجنبي, حزب قومي): a kind of body, no name (بنك دبي, شركة سوني stay:
 *   «الدبي», «السوني» are no words of the news).
 */
import { ORG_HEADS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { Candidate } from "./candidate.js";
import { timesSeen } from "./shared.js";
import { normalizedWordsOf } from "./words.js";

/** A conjunction before the head (ولجنة, فالمنظمة). */
const CONJUNCTION = /^[وف](?=..)/;
/** A quote or bracket opening the word after the head (منظمة "إرهابية, الجامعة (أي). */
const OPENING_MARK = /^["«“'(]+/;
/** An adjective's ending: the nisba's ي, its feminine يه (normalized ة). */
const ADJECTIVE_ENDING = /(?:ي|يه)$/;
/** Times the word table must show the adjective with the article for it to be a common adjective, not a name. */
const MIN_DEFINITE_ADJECTIVE_SEEN = 5;

/** The head word as ORG_HEADS spells it: a conjunction off, a preposition before the article off, a fused لل as ال. */
function headForm(word: string): string {
  const bare = word.replace(CONJUNCTION, "");
  if (bare.startsWith("لل")) return `ال${bare.slice(2)}`;
  return /^[بلك]ال/.test(bare) ? bare.slice(1) : bare;
}

function isIndefiniteHead(head: string): boolean {
  return !head.startsWith("ال") && ORG_HEADS.has(head);
}

/** The word after a definite head starts another phrase: it has neither the article nor a fused لل, and has Arabic letters. */
function startsAnotherPhrase(word: string): boolean {
  return /[\u0621-\u064A]/.test(word) && !word.startsWith("ال") && !word.startsWith("لل");
}

/** An indefinite adjective the news writes with the article too (ارهابيه: الإرهابية). */
function isCommonIndefiniteAdjective(word: string, model: NerModel): boolean {
  return !word.startsWith("ال") && ADJECTIVE_ENDING.test(word) && timesSeen(`ال${word}`, model) >= MIN_DEFINITE_ADJECTIVE_SEEN;
}

/** Whether an organization mention's normalized words are a head with no name (the three cases above). */
export function isHeadWithoutName(words: readonly string[], model: NerModel): boolean {
  if (words.length > 2) return false;
  const head = headForm(words[0]!);
  if (words.length === 1) return isIndefiniteHead(head);
  const next = words[1]!.replace(OPENING_MARK, "");
  if (head.startsWith("ال")) return ORG_HEADS.has(head) && startsAnotherPhrase(next);
  return isIndefiniteHead(head) && isCommonIndefiniteAdjective(next, model);
}

/** Drops the organization mentions made of a head and no name. */
export function dropHeadsWithoutNames(spans: Candidate[], model: NerModel): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type === "organization" && isHeadWithoutName(normalizedWordsOf(s.text), model)) spans.splice(i, 1);
  }
}
