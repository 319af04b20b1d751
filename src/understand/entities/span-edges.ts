/**
 * Span-edge rules of the CoNLL path (tag-sentences.ts), run on the tagger's BIO tags before the
 * document-level consistency pass: words the tagger runs a name on over that the training corpora
 * leave outside the name.
 * - a country's nisba after an organization's name word is no part of the name: «أرسنال | الإنجليزي»,
 *   «بورتو | البرتغالي», «صحيفة بيلد | الألمانية» (ANERcorp train 34 such nisbas outside the span,
 *   1 inside; NewsFANE train 16 outside, 5 inside). After a definite or common word the nisba is the
 *   name's own (الحكومة الإسرائيلية, وكالة الأنباء المصرية, الجهاد الإسلامي) and stays;
 * - a multiword person's name does not end with a plain word (model-file.ts plainWords: a word the
 *   training text sees often and almost never tags) ending like an inflected common noun (…ا, …ة):
 *   «حجاج عبد العظيم | برنامجا», «… حسين | جولة». Other plain words end foreign names (كولن باول, خالد
 *   كيلي, هارسون فورد: of the training corpora's multiword persons, 9 of 1,402 and 11 of 727 end with
 *   a plain word, none of them so inflected).
 */
import type { GazetteerName, TokenInfo } from "./features.js";
import { spansOfTags, type TagSpan } from "./conll.js";

const DEFINITE_NISBA = /^ال([\u0621-\u064A]{2,}?)(?:يه|ي)$/u;

/** Whether a single-word place of the gazetteer is named by a country-nisba stem (الفرنسي ← فرنسا, البرتغالي ← البرتغال, الألماني ← ألمانيا). */
function isPlaceStem(stem: string, byFirst: ReadonlyMap<string, readonly GazetteerName[]>): boolean {
  return [stem, stem + "ا", stem + "ه", stem + "يا", "ال" + stem].some((w) => byFirst.get(w)?.some((e) => e.type === "LOC" && e.words.length === 1));
}

/** A definite nisba of a country or people: of a gazetteer place (الروماني) or one whose feminine is a language (الإنجليزي ← الإنجليزية). */
export function isNationalNisba(t: TokenInfo): boolean {
  if (t.proclitic) return false;
  const stem = DEFINITE_NISBA.exec(t.norm)?.[1];
  if (stem === undefined) return false;
  const byFirst = t.resources.gazetteer.byFirst;
  const feminine = t.norm.endsWith("يه") ? t.norm : t.norm + "ه";
  return isPlaceStem(stem, byFirst) || (byFirst.get(feminine)?.some((e) => e.type === "LANG" && e.words.length === 1) ?? false);
}

/**
 * A common noun's inflected ending, which a transliterated name seldom has: an indefinite accusative
 * (برنامجا) or ة (جولة, normalized ه), on three letters or more (NewsFANE writes a pronoun apart: عبد ه).
 */
const INFLECTED_NOUN_END = /^[\u0621-\u064A]{2,}[اه]$/u;

const isPlain = (t: TokenInfo, plainWords: ReadonlySet<string>) => plainWords.has(t.norm) || plainWords.has(t.core);

/** A name word an organization's country nisba follows outside the name: no article, no common word, no head noun. */
function isForeignNameWord(t: TokenInfo, plainWords: ReadonlySet<string>): boolean {
  return !t.core.startsWith("ال") && !isPlain(t, plainWords) && t.cue !== "org" && t.cue !== "never";
}

/** The last word of the span to cut off, or false. */
function endsOverEdge(s: TagSpan, words: readonly TokenInfo[], plainWords: ReadonlySet<string>): boolean {
  if (s.end - s.start < 2) return false;
  const last = words[s.end - 1]!;
  if (s.type === "ORG") return isNationalNisba(last) && isForeignNameWord(words[s.end - 2]!, plainWords);
  if (s.type === "PERS") return isPlain(last, plainWords) && last.cue !== "given" && INFLECTED_NOUN_END.test(last.core);
  return false;
}

/** The tags with the span-edge rules applied (new arrays). */
export function trimSpanEdges(infos: readonly (readonly TokenInfo[])[], tags: readonly (readonly string[])[], plainWords: ReadonlySet<string>): string[][] {
  return tags.map((t, k) => {
    const out = [...t];
    for (const s of spansOfTags(t)) if (endsOverEdge(s, infos[k]!, plainWords)) out[s.end - 1] = "O";
    return out;
  });
}
