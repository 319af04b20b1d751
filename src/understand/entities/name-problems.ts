/**
 * What makes a listed entity name no name a reader can trust, judged from the model's own word
 * knowledge (words training leaves plain, words seen opening a name, word counts in news) and
 * marsad's lexicons, not from a list of names seen broken; the npm start corpus test reads it, and it
 * can be run over any corpus to find offenders:
 * - a common noun: a currency's name (دولار), a name opening with a function word (دون مأوى), a
 *   person name made only of plain, title or head words, a bare one-word name made of one (مستشار),
 *   a one-word name news writes with the article far more often than without (سيول: السيول);
 *   organization and place names of common words are left alone (وزارة الصحة, الخليج);
 * - a role + name blend: a person name opening with a title or head word in either definiteness
 *   (نقيب المعلمين ماهر الخطيب), with a plain word (المياه ريم الخطيب), or with a definite word news
 *   uses often that no given name or training name begins with (الأرصاد الجوية أيمن القيسي,
 *   اليوناني جريجوريس);
 * - a name + noun blend: a person name ending with a plain word without the article (صلاح هدفه);
 * - a name holding another entity's whole name beside words of its own: another type's anywhere
 *   (البنك الدولي مراد الزين) but an organization's head right before it (بلدية وادي الريم, the body named for its
 *   place), a person's at the end of a person name after words that are no given name.
 * Given names that are also common words (أمل, تركي, علي written على) pass as names.
 */
import { normalizeArabic } from "../../arabic/normalize.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { EntityType } from "../../types.js";
import { GIVEN_NAMES, LOC_CUES, NAME_LINKS, ORG_HEADS, PERSON_CUES, POSSESSIVE_SUFFIX } from "./lexicon.js";
import type { NerModel } from "./model-file.js";

/** The article form of a one-word name seen this many times as often as the bare word marks a common noun. */
const ARTICLE_FORM_RATIO = 2;
/** ... and at least this often, so that a rare word's chance counts decide nothing. */
const MIN_ARTICLE_FORM_COUNT = 5;
/** Times a definite word is seen in news for it to count as a common word, not a rare foreign name. */
const MIN_DEFINITE_COUNT = 3;

export interface KnownName {
  type: EntityType;
  /** Normalized words. */
  words: string[];
}

export interface NameCheckContext {
  model: NerModel;
  /** Names of two or more words known in the same store or text, with their type. */
  knownNames: readonly KnownName[];
}

/** A word the model learned as plain (training text almost never tags it in a name), itself or behind a possessive suffix. */
function isPlain(word: string, model: NerModel): boolean {
  return model.plainWordSet.has(word) || (POSSESSIVE_SUFFIX.test(word) && model.plainWordSet.has(word.replace(POSSESSIVE_SUFFIX, "")));
}

/** A title, organization head or place head, with or without the article (نقيب and النقيب). */
function isTitleOrHead(word: string): boolean {
  const other = word.startsWith("ال") ? word.slice(2) : `ال${word}`;
  return [word, other].some((w) => PERSON_CUES.has(w) || ORG_HEADS.has(w) || LOC_CUES.has(w));
}

function gazetteerTypes(words: readonly string[], model: NerModel): string[] {
  const entries = model.resources.gazetteer.byFirst.get(words[0]!) ?? [];
  return entries.filter((e) => e.words.length === words.length && e.words.every((w, i) => w === words[i])).map((e) => e.type);
}

/** A currency's first word alone (دولار of دولار أمريكي, CLDR). */
function isCurrencyWord(words: readonly string[], model: NerModel): boolean {
  return words.length === 1 && (model.resources.gazetteer.byFirst.get(words[0]!)?.some((e) => e.type === "CUR") ?? false);
}

let countCache: { model: NerModel; counts: Map<string, number> } | undefined;
function timesSeen(word: string, model: NerModel): number {
  if (countCache?.model !== model) countCache = { model, counts: new Map(model.words.map((w, i) => [w, model.wordCounts[i]!])) };
  return countCache.counts.get(word) ?? 0;
}

/** A bare word whose article form news writes ARTICLE_FORM_RATIO times as often: a common noun (سيول, floods). */
function isMostlyDefinite(word: string, model: NerModel): boolean {
  if (word.startsWith("ال") || GIVEN_NAMES.has(word)) return false;
  const definite = timesSeen(`ال${word}`, model);
  return definite >= MIN_ARTICLE_FORM_COUNT && definite >= ARTICLE_FORM_RATIO * timesSeen(word, model);
}

/**
 * A definite word news uses often that neither the given-name list nor training saw open a name
 * (الأرصاد): no person's first word. Foreign given names that look definite (ألكسيس) are rare words.
 */
function isDefiniteCommonWord(word: string, model: NerModel): boolean {
  return word.startsWith("ال") && !GIVEN_NAMES.has(word) && !model.entityWordSet.has(word) && timesSeen(word, model) >= MIN_DEFINITE_COUNT;
}


function commonNounProblems(words: readonly string[], type: EntityType, model: NerModel): string[] {
  const gazetteer = gazetteerTypes(words, model);
  if (gazetteer.includes("LOC")) return [];
  const problems: string[] = [];
  // A language's name is also a channel's or a paper's (العربية); a currency's is no name at all.
  if (gazetteer.includes("CUR") || isCurrencyWord(words, model) || (gazetteer.length && type === "person")) problems.push("common noun (a currency or language name)");
  if (isStopword(words[0]!) && !GIVEN_NAMES.has(words[0]!)) problems.push("common noun (opens with a function word)");
  // Organization and place names are often made of common words (وزارة الصحة, الخليج, الجزيرة الكورية); people's are not.
  const isBareWord = words.length === 1 && !words[0]!.startsWith("ال");
  if ((type === "person" || type === "misc" || isBareWord) && words.every((w) => isPlain(w, model) || isTitleOrHead(w))) problems.push("common noun (plain, title or head words only)");
  if (words.length === 1 && !gazetteer.length && isMostlyDefinite(words[0]!, model)) problems.push("common noun (written mostly with the article)");
  return problems;
}

function personBlendProblems(words: readonly string[], model: NerModel): string[] {
  if (words.length < 2) return [];
  const problems: string[] = [];
  const first = words[0]!;
  if (!GIVEN_NAMES.has(first) && (isTitleOrHead(first) || isPlain(first, model) || isDefiniteCommonWord(first, model))) problems.push("role + name");
  // A family name may be a definite common word (نادر العلمي) or any word after بن; a plain word without the article after a name is no part of it.
  const last = words[words.length - 1]!;
  if (!last.startsWith("ال") && !GIVEN_NAMES.has(last) && !NAME_LINKS.has(words[words.length - 2]!) && isPlain(last, model)) problems.push("name + common noun");
  return problems;
}

function holdsAt(words: readonly string[], held: readonly string[], at: number): boolean {
  return held.every((w, k) => words[at + k] === w);
}

/** Heads an organization is named by with a place or person in construct (بلدية وادي الريم, جامعة الملك سعود), besides ORG_HEADS. */
const PLACE_BODY_HEADS: ReadonlySet<string> = new Set(["بلديه", "سفاره", "قنصليه", "كليه", "امانه", "اماره"]);

/** An organization's head word and, right after it to the end, the held name: a body named for its place or person, no blend. */
function isNamedForHeld(words: readonly string[], type: EntityType, held: readonly string[]): boolean {
  return type === "organization" && held.length === words.length - 1 && (ORG_HEADS.has(words[0]!) || PLACE_BODY_HEADS.has(words[0]!)) && holdsAt(words, held, 1);
}

function heldNameProblems(words: readonly string[], type: EntityType, knownNames: readonly KnownName[]): string[] {
  const problems: string[] = [];
  const otherType = knownNames.find((n) => n.type !== type && n.words.length < words.length && words.some((_, i) => holdsAt(words, n.words, i)) && !isNamedForHeld(words, type, n.words));
  if (otherType) problems.push(`holds the ${otherType.type} «${otherType.words.join(" ")}»`);
  if (type !== "person") return problems;
  // «نقيب المعلمين ماهر الخطيب» ends with the person «ماهر الخطيب»; «محمد ماهر الخطيب» may be another man.
  const tail = knownNames.find((n) => {
    const extra = words.length - n.words.length;
    return n.type === "person" && extra > 0 && holdsAt(words, n.words, extra) && words.slice(0, extra).some((w) => !GIVEN_NAMES.has(w));
  });
  if (tail) problems.push(`role + the person «${tail.words.join(" ")}»`);
  return problems;
}

/** Every reason `name` (as listed, with `type`) is no trustworthy entity name; empty when none. */
export function nameProblems(name: string, type: EntityType, context: NameCheckContext): string[] {
  const words = normalizeArabic(name).split(" ").filter(Boolean);
  if (!words.length) return ["empty name"];
  return [
    ...commonNounProblems(words, type, context.model),
    ...(type === "person" ? personBlendProblems(words, context.model) : []),
    ...heldNameProblems(words, type, context.knownNames),
  ];
}
