/**
 * A family name the article writes alone after the full name, typed a place or a body by the tagger (ألكسندر بينالا …
 * بينالا as a place: France24, BBC, Sky News, Al Arabiya; إميل فورسبرغ … فورسبرغ, مسعود أوزيل … أوزيل as an organization:
 * France24, Sky News): the short form of the person, as settleTypes makes a name of two words or more that ends a longer one
 * take its type.
 */
import type { Candidate } from "./recognize.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { GIVEN_NAMES, LATE_TITLES, PERSON_CUES } from "./lexicon.js";

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
  const isListedNameWord = (w: string) => GIVEN_NAMES.has(w) || BINDING_WORDS.has(w) || tests.isNameOpener(w);
  if (!words.slice(0, -1).every(isListedNameWord)) return false;
  return words.every((w) => !tests.isPlainWord(w) && !PERSON_CUES.has(w) && !LATE_TITLES.has(w) && !tests.isListedBodyOrPlace(w));
}

/** Most one-word mentions of a word per full name ending in it: a body named 14 times and once after a name (ترامب غوغل) is the body. */
const MAX_SHORT_FORMS_PER_FULL_NAME = 4;

/** Lineage words inside a full name (أحمد بن عبدالعزيز الفارس). */
const BINDING_WORDS = new Set(["بن", "ابن", "بنت", "ابو", "ام", "عبد"]);

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
  const mentions = new Map<string, Candidate[]>();
  const wordsOfLongerBodies = new Set<string>();
  for (const s of spans) {
    if (s.type !== "location" && s.type !== "organization") continue;
    const norm = normalizeArabic(s.text);
    if (norm.includes(" ")) for (const w of norm.split(" ")) wordsOfLongerBodies.add(w);
    if (!familyNames.has(norm)) continue;
    mentions.set(norm, [...(mentions.get(norm) ?? []), s]);
  }
  for (const [norm, group] of mentions) {
    // A word of a longer body's or place's name in the article is that name's short form (يونايتد of مانشستر يونايتد).
    if (tests.isListedBodyOrPlace(norm) || FUSED_ARTICLE.test(norm) || wordsOfLongerBodies.has(norm) || group.some(hasOwnEvidence)) continue;
    // A body named many times and once after a name is the body, the name mention a run of the tagger (ترامب غوغل, 14 × غوغل).
    if (group.length > MAX_SHORT_FORMS_PER_FULL_NAME * familyNames.get(norm)!) continue;
    for (const s of group) s.type = "person";
  }
}
