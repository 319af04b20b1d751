/**
 * A family name the article writes alone after the full name, typed a place or a body by the tagger (ألكسندر بينالا …
 * بينالا as a place: France24, BBC, Sky News, Al Arabiya; إميل فورسبرغ … فورسبرغ, مسعود أوزيل … أوزيل as an organization:
 * France24, Sky News): the short form of the person, as settleTypes makes a name of two words or more that ends a longer one
 * take its type.
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { GIVEN_NAMES, LATE_TITLES, NAME_CONNECTORS, PERSON_CUES } from "./lexicon.js";
import { spellingSkeleton } from "./transliterate.js";

/** What the rule asks of the word lists, for a normalized word. */
export interface ShortFormTests {
  /** A place, body or club a list holds (gazetteer, world and regional places, GeoNames towns, clubs, known organizations). */
  isListedBodyOrPlace(norm: string): boolean;
  /** A word training almost never tags inside a name. */
  isPlainWord(norm: string): boolean;
  /** A word training saw open a name (entityWords). */
  isNameOpener(norm: string): boolean;
}

/** Most words of a full name whose last word is taken for the family name (أونو ايخلسيم, كارلوس ألبرتو بيريرا). */
const MAX_FULL_NAME_WORDS = 4;

/**
 * Whether a person mention reads as a full name: two to four words, none plain, none a title or listed place or body
 * (لودفيغ عمدة كيمنتس, شي جين بينغ الإمارات are runs of the tagger, not names); every word but the last a listed given name,
 * a lineage word or a word training saw open a name (إميل, مسعود, ألكسندر) — not a noun the tagger ran from (جاره أتلتيكو,
 * برج إيفل, راقصي السامبا), nor a foreign given name no list holds (غاريث ساوثغيت: tried, it let those nouns in too).
 */
function isFullName(words: readonly string[], tests: ShortFormTests): boolean {
  if (words.length < 2 || words.length > MAX_FULL_NAME_WORDS) return false;
  const isListedNameWord = (w: string) => GIVEN_NAMES.has(w) || NAME_CONNECTORS.has(w) || tests.isNameOpener(w);
  if (!words.slice(0, -1).every(isListedNameWord)) return false;
  return words.every((w) => !tests.isPlainWord(w) && !PERSON_CUES.has(w) && !LATE_TITLES.has(w) && !tests.isListedBodyOrPlace(w));
}

/** Most one-word mentions of a word per full name ending in it: a body named 14 times and once after a name (ترامب غوغل) is the body. */
const MAX_SHORT_FORMS_PER_FULL_NAME = 4;


/** A word with a fused preposition before the article (للعريش, بالزمالك): a phrase's, never a family name written alone. */
const FUSED_ARTICLE = /^(?:لل|[وف]?[بل]ال)/u;

/** Whether a mention's own evidence (a place cue before it, a gazetteer entry, a head word) speaks for a type other than person. */
function hasOwnEvidence(s: Candidate): boolean {
  for (const t in s.evidence) if (t !== "person" && (s.evidence[t as Candidate["type"]] ?? 0) > 0) return true;
  return false;
}

/**
 * One-word place and organization mentions that are the last word of a full person name of the article (isFullName) become
 * persons, all of that word's mentions at once, unless a list holds the word, it has a fused preposition, it is a word of a
 * longer body's or place's name of the article, or one of its mentions has evidence of its own type (a place cue before it:
 * في ساوثغيت would be a town).
 */
export function retypeFamilyNamesOfPersons(spans: Candidate[], tests: ShortFormTests): void {
  const familyNames = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== "person") continue;
    const words = normalizeArabic(s.text).split(" ");
    if (isFullName(words, tests)) familyNames.set(words.at(-1)!, (familyNames.get(words.at(-1)!) ?? 0) + 1);
  }
  if (familyNames.size === 0) return;
  const familyOf = spelledFamilyNames(familyNames);
  const mentions = new Map<string, Candidate[]>();
  const wordsOfLongerBodies = new Set<string>();
  for (const s of spans) {
    if (s.type !== "location" && s.type !== "organization") continue;
    const norm = normalizeArabic(s.text);
    if (norm.includes(" ")) for (const w of norm.split(" ")) wordsOfLongerBodies.add(w);
    if (!familyOf(norm)) continue;
    mentions.set(norm, [...(mentions.get(norm) ?? []), s]);
  }
  for (const [norm, group] of mentions) {
    // A word of a longer body's or place's name in the article is that name's short form (يونايتد of مانشستر يونايتد).
    if (tests.isListedBodyOrPlace(norm) || FUSED_ARTICLE.test(norm) || wordsOfLongerBodies.has(norm) || group.some(hasOwnEvidence)) continue;
    // A body named many times and once after a name is the body, the name mention a run of the tagger (ترامب غوغل, 14 × غوغل).
    if (group.length > MAX_SHORT_FORMS_PER_FULL_NAME * familyNames.get(familyOf(norm)!)!) continue;
    for (const s of group) s.type = "person";
  }
}

/**
 * The family name of the article a word writes, as written or spelled another way (نتانياهو for بنيامين نتنياهو,
 * اردغان for رجب طيب أردوغان): the one family name of its spelling skeleton (isSpellingOfFamilyName).
 */
function spelledFamilyNames(familyNames: ReadonlyMap<string, number>): (norm: string) => string | undefined {
  const bySkeleton = new Map<string, string[]>();
  for (const name of familyNames.keys()) bySkeleton.set(spellingSkeleton(name), [...(bySkeleton.get(spellingSkeleton(name)) ?? []), name]);
  return (norm) => {
    if (familyNames.has(norm)) return norm;
    const names = bySkeleton.get(spellingSkeleton(norm));
    return names?.length === 1 && isSpellingOfFamilyName(norm, names[0]!) ? names[0] : undefined;
  };
}

/** Fewest letters of a spelling skeleton that may join two spellings: short ones are other names (كانغ, كيونغ; صالح, صلاح). */
const MIN_SKELETON_LETTERS = 4;

/**
 * `word` is another spelling of the family name `family` (normalized words): one skeleton (spellingSkeleton) of
 * MIN_SKELETON_LETTERS or more and one edit apart, so a vowel letter inserted, dropped, swapped for another or moved by one
 * (ترمب, ترامب; برونسون, برانسون; أرودغان, أردوغان) — not two (ميرتينز is Mertens, مارتينيز Martinez); both with the article
 * or neither (الكاثوليك is not كاثوليك of a run دين كاثوليك); neither a listed given name (سعيد, سعود), the word without
 * a fused preposition (لليفربول).
 */
export function isSpellingOfFamilyName(word: string, family: string): boolean {
  if (word === family || GIVEN_NAMES.has(word) || GIVEN_NAMES.has(family) || FUSED_ARTICLE.test(word)) return false;
  if (word.startsWith("ال") !== family.startsWith("ال")) return false;
  const skeleton = spellingSkeleton(word);
  return skeleton.length >= MIN_SKELETON_LETTERS && skeleton === spellingSkeleton(family) && areOneEditApart(word.replace(/(.)\1+/g, "$1"), family.replace(/(.)\1+/g, "$1"));
}

/** One letter inserted, dropped or replaced, or two neighbours swapped. */
function areOneEditApart(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length !== b.length) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
