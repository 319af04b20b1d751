/**
 * Organizations opened by a head word (the CoNLL path, tag-sentences.ts, before the span-edge rules and
 * the consistency pass): a word the training text most often follows with an organization's name
 * («فريق», «نادي», «قناة», «جريدة», «لوكالة»…) names an organization in the next word when the tagger
 * leaves both untagged: «كما فاز فريق [الغرافة]», «بنادي [الغرافة]», «لفريق [الشمال]», «يذاع على قناة
 * [المحور]». The consistency pass then spreads the name to the document's other mentions.
 * - the head is read by its core form (proclitics split on evidence: «لفريق», «بنادي»), untagged;
 * - the next word is untagged, starts with a letter, and is not a plain word of the training text, a
 *   never-name, a word under 3 letters (consistency.ts isPlainWord) nor itself an organization head
 *   (lexicon cue "org": «مقاتلي حركة طالبان» keeps «حركة» out);
 * - one word only (longer runs lost on the dev tenth: the name's second word is mostly not the name's);
 *   never before a word the tagger continues (I-).
 */
import type { TokenInfo } from "./features.js";
import { isPlainWord, type PlainWords } from "./consistency.js";

/**
 * Core forms the training text (ANERcorp train and the NewsFANE train part, less the dev tenths) follows
 * with the first word of an organization at least half the time, counted over words seen at least 5
 * times while untagged themselves (opening ORG / seen; scripts/ner/opening-heads.ts prints them; the
 * ratio and count chosen on the dev tenth, eval/ner/README.md "A recall tagging and opening heads").
 * Normalized as features.ts normalizes (ة → ه).
 */
export const ORG_OPENING_HEADS: ReadonlySet<string> = new Set([
  "فريق", // 26 / 47
  "مسجد", // 20 / 38
  "نادي", // 17 / 19
  "وفد", // 14 / 18
  "لوكاله", // 9 / 10
  "جامعه", // 7 / 8
  "جريده", // 6 / 6
  "مقاتلي", // 5 / 9
  "قناه", // 5 / 9
  "التابعه", // 5 / 9
  "مراسل", // 5 / 7
  "ضيفه", // 5 / 9
  "فريقي", // 5 / 6
  "التابع", // 4 / 7
  "موفد", // 4 / 6
]);

const STARTS_WITH_LETTER = /^\p{L}/u;

/** The tags with a word after an organization head tagged as an organization (new arrays; the input is not changed). */
export function tagNamesAfterOpeningHeads(infos: readonly (readonly TokenInfo[])[], tags: readonly (readonly string[])[], plainWords: PlainWords): string[][] {
  return tags.map((t, k) => {
    const out = [...t];
    const words = infos[k]!;
    for (let i = 0; i + 1 < out.length; i++) {
      if (out[i] !== "O" || out[i + 1] !== "O" || !ORG_OPENING_HEADS.has(words[i]!.core)) continue;
      const next = words[i + 1]!;
      if (!STARTS_WITH_LETTER.test(next.surface) || next.cue === "org" || isPlainWord(next, plainWords)) continue;
      if (i + 2 < out.length && out[i + 2]!.startsWith("I-")) continue;
      out[i + 1] = "B-ORG";
    }
    return out;
  });
}
