/**
 * The name words of WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0; corpora.ts wikiFaneSentences): each
 * normalized word seen at least MIN_IN_NAMES times inside names, inside a name at least MIN_NAME_SHARE of the
 * times the text shows it, with the type it is most often inside. `npm run train -- ner --wikifane-words`
 * puts them in the model file as the tagger's name-word feature (features.ts nameWords); the list is
 * rebuilt from the corpus on every training run, so the model file is its only copy.
 */
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { spansOfTags, type ConllSentence } from "../../src/understand/entities/conll.js";

const MIN_IN_NAMES = 2;
const MIN_NAME_SHARE = 0.5;
const MIN_LETTERS = 2;

/** "word<TAB>TYPE" per name word, sorted. */
export function nameWordsOf(sentences: readonly ConllSentence[]): string[] {
  const seen = new Map<string, number>();
  const inNames = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const words = s.tokens.map((t) => normalizeArabic(t));
    for (const w of words) seen.set(w, (seen.get(w) ?? 0) + 1);
    for (const span of spansOfTags(s.tags)) {
      for (let i = span.start; i < span.end; i++) {
        const types = inNames.get(words[i]!) ?? new Map<string, number>();
        types.set(span.type, (types.get(span.type) ?? 0) + 1);
        inNames.set(words[i]!, types);
      }
    }
  }
  const out: string[] = [];
  for (const [word, types] of inNames) {
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    if (total < MIN_IN_NAMES || total < MIN_NAME_SHARE * seen.get(word)! || !/^\p{Script=Arabic}+$/u.test(word) || word.length < MIN_LETTERS) continue;
    const [type] = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.push(`${word}\t${type}`);
  }
  return out.sort();
}
