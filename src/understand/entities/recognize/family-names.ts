/**
 * Family names and lineages: a given name + a rare family name, honorifics, reported speakers, nisba family names
 * after بن, given names before lineages and name chains, coordinated persons.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { tokenInfo, type TokenInfo } from "../features.js";
import { LATE_TITLES, LOC_CUES, NEVER_ENTITIES, NISBA_FAMILY_NAMES, ORG_HEADS, PERSON_CUES, REPORTING_VERB } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, infosOf, overlapsAny, sortByStart, spaceAfter, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isPlaceAdjective, isCountryAdjective, MAX_FAMILY_NAME_COUNT, isFamilyName, ALEF_LAM, ARABIC_LETTER_HEH, LINEAGE_CONNECTORS, isListComma, NISBA_YEH, isPlainWord, isPossessedPlainWord, isHeadWord, isTitleWord, DEFINITE, MASCULINE_NISBA } from "./words.js";
import { procliticLength, mayBeGivenNameAfterConjunction, givenNameAfterConjunction } from "./proclitics.js";
import { isParticipleOfClause, verbEvidence } from "./tag-runs.js";
import { COMPOUND_NAME_SECONDS } from "./cuts.js";

/** «عبد» + the article + a word: a compound given name written joined (عبدالإله, عبدالباري), listed or not. */
const JOINED_ABD_NAME = /^عبدال[\u0621-\u064A]{2,}$/;
/** JOINED_ABD_NAME's test behind its literal opening: most words asked (every token of addFamilyNames) fail that at once, without a regex run. */
export function isJoinedAbdName(norm: string): boolean {
  return norm.startsWith("عبدال") && JOINED_ABD_NAME.test(norm);
}

/**
 * A given name followed by a family name (isFamilyName) is a person: a person mention that ends at
 * the given name takes the family name (عبدالمجيد محمد | المطيري), a given name outside every
 * mention becomes one with it (وضم الوفد لؤي السبيعي), its conjunction cut (ومصعب العلوان). The
 * preposition على, written with alef maqsura, is no علي.
 */
export function addFamilyNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const isListedFamily = NISBA_FAMILY_NAMES.has(infos[i + 1]!.norm) && !infos[i + 1]!.proclitic;
    const isNisbaFamily = isListedFamily || isUnlistedFamilyAfterRole(text, tokens, infos, i, model);
    const isGiven = infos[i]!.cue === "given" || isJoinedAbdName(infos[i]!.norm) || (mayBeGivenNameAfterConjunction(infos[i]!) && givenNameAfterConjunction(infos[i]!, model) !== undefined) || (isNisbaFamily && isRareGivenName(infos[i]!, model));
    if (!isGiven || tokens[i]!.text.endsWith("ى")) continue;
    if (!spaceAfter(text, tokens, i) || !(isListedFamily || isFamilyName(infos[i + 1]!, model)) || isParticipleOfClause(infos[i + 1]!, infos[i + 2])) continue;
    if (joinFamilyName(text, tokens, out, model, infos, i)) i++;
  }
  sortByStart(out);
}

/**
 * A tribal family name the nisba list lacks (العنزي, العتيبي, المطرفي, الدعجاني: Wikidata holds few
 * Gulf tribal names): a masculine nisba written with yeh (الردى, المولى end in alef maqsura) that
 * isFamilyName takes (rare, no plain word, gazetteer name or country's adjective), and that the word
 * table never shows as an adjective: neither its feminine (التوعوية, النازية) nor its indefinite form
 * (توعوي, نازي). Only a rare given name before it makes a person of the two (isRareGivenName:
 * رئيس البعثة جايد | العتيبي, محافظ الجموم هليل | المطرفي).
 */
function isUnlistedNisbaFamilyName(t: TokenInfo, model: NerModel): boolean {
  if (!t.surface.startsWith(ALEF_LAM) || !t.surface.endsWith(NISBA_YEH) || !MASCULINE_NISBA.test(t.norm)) return false;
  return timesSeen(t.norm + ARABIC_LETTER_HEH, model) === 0 && timesSeen(t.norm.slice(2), model) === 0 && isFamilyName(t, model);
}

/** Most words between a title and the rare given name after it (محافظ | محافظة الجموم | هليل المطرفي). */
const MAX_WORDS_AFTER_TITLE = 2;

/**
 * Whether token i + 1 is an unlisted tribal family name (isUnlistedNisbaFamilyName) that the rare
 * word i may be the given name of: a title stands at most MAX_WORDS_AFTER_TITLE words before word i, with
 * no punctuation between (رئيس البعثة السعودية جايد | العتيبي, محافظ الخرج بالإنابة صقر | الدعجاني,
 * والشاعر مفرح | الشقيقي). Without the title, a rare word before a nisba is as often a noun before
 * its adjective (مقدما أحر | التعازي, فريق إطعام | التطوعي, قذائف | الحوثي). A feminine word is rather
 * a place the nisba describes (مهرجان مدركة | التوعوي).
 */
function isUnlistedFamilyAfterRole(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number, model: NerModel): boolean {
  if (infos[i]!.norm.endsWith(ARABIC_LETTER_HEH) || !isUnlistedNisbaFamilyName(infos[i + 1]!, model)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_WORDS_AFTER_TITLE; k--) {
    if (!spaceAfter(text, tokens, k)) return false;
    if (isTitleWord(infos[k]) || LATE_TITLES.has(infos[k]!.norm)) return true;
  }
  return false;
}

/** Most times the word table may show a word taken for a rare given name before a listed family name. */
const MAX_RARE_GIVEN_SEEN = 10;
/** A conjunction or preposition fused to the article: no given name starts so (والإبداع, بالبكالوريوس, للزورق). */
const CLITIC_ARTICLE = /^(?:[وفبلك]ال|لل)/;

/**
 * A given name no list holds before a family name of the nisba list (lexicon NISBA_FAMILY_NAMES):
 * مطلق | المطيري, بتال | الشمري; العنزي, العتيبي, المطرفي, الدعجاني are not listed (the list is
 * Wikidata's, where Gulf tribal names are rare), so عواد العنزي stays out. The word is a bare word of letters seen at most MAX_RARE_GIVEN_SEEN times that is no
 * plain word, stopword, cue, head, gazetteer name, possessed noun or verb, never opened a name in
 * training (such words are the tagger's to read), carries no article or clitic and opens with no و
 * (ومحرقة, وفلاح: the list's conjunction is addCoordinatedPersons' to cut).
 */
function isRareGivenName(t: TokenInfo, model: NerModel): boolean {
  if (t.proclitic || t.cue || !ARABIC_LETTERS_ONLY.test(t.norm) || t.norm.length < 3 || t.norm.length !== t.surface.length || DEFINITE.test(t.norm) || CLITIC_ARTICLE.test(t.norm) || t.norm.startsWith("و")) return false;
  if (timesSeen(t.norm, model) > MAX_RARE_GIVEN_SEEN || model.entityWordSet.has(t.norm) || model.resources.gazetteer.byFirst.has(t.norm)) return false;
  if (isPlainWord(t, model) || isStopword(t.norm) || NEVER_ENTITIES.has(t.norm) || isPossessedPlainWord(t, model) || verbEvidence(t, model) !== "" || isHeadWord(t.norm)) return false;
  return !looksLikeVerbOrNounBeforeName(t.norm, model);
}

/** Shortest word whose final ي may be a plural's in construct (مرشحي العبادي, the candidates of). */
const MIN_CONSTRUCT_PLURAL = 5;

/**
 * Shapes of a verb or noun in construct before a family name that the word table alone does not tell
 * from a rare given name: a present or verbal-noun prefix (يخفي, ترشيح), a feminine plural (نيات,
 * لتوجيهات), a past verb whose present the table shows (رشح ← يرشح), a plural in construct (مرشحي ←
 * مرشح). Gulf given names rarely take these (عواد, جايد, بخيت, منيف, مفلح, فائزة, معدي).
 */
export function looksLikeVerbOrNounBeforeName(norm: string, model: NerModel): boolean {
  if (norm.startsWith("ي") || norm.startsWith("ت") || norm.endsWith("ات")) return true;
  if (timesSeen("ي" + norm, model) > 0) return true;
  return norm.length >= MIN_CONSTRUCT_PLURAL && norm.endsWith("ي") && timesSeen(norm.slice(0, -1), model) > 0;
}

/**
 * A family name that can stand alone for its person (الفراج, الشيلمي): isFamilyName, and the word
 * without its article never seen in the word table (الشهود ← شهود, التحليل ← تحليل, الصبي ← صبي are
 * nouns), no masculine plural (المدعون).
 */
function isBareFamilyName(t: TokenInfo, model: NerModel): boolean {
  return isFamilyName(t, model) && timesSeen(t.norm.slice(2), model) === 0 && !t.norm.endsWith("ون");
}

/** Honorifics that take no complement: the words after them up to the name are the name. */
export const HONORIFICS: ReadonlySet<string> = new Set(["الدكتور", "الدكتوره", "الشيخ", "الشيخه", "السيد", "السيده", "المهندس", "المهندسه", "الاستاذ", "الاستاذه", "الحاج", "الحاجه", "اللواء", "العميد", "العقيد", "المشير", "النقيب", "الجنرال", "البروفيسور"]);

/** Ranks and titles written without the article after an honorific (العقيد دكتور, النقيب بحري, اللواء ركن); quotes reads its own list (speech.ts RANK_QUALIFIERS). */
const RANKS_AFTER_HONORIFIC: ReadonlySet<string> = new Set(["دكتور", "بحري", "ركن", "طيار", "مهندس", "مظلي"]);

/**
 * An honorific that takes no complement (HONORIFICS), an unknown word, then a person's mention: the
 * word is the person's given name the tagger left out (الدكتورة | نورة | إبراهيم الصويان, aleqtisadiya;
 * الحاجة صفية | محمد ثابت, almadina; المشير خليفة | حفتر, Sky News), so the person starts there. The
 * word is no definite one (الأستاذ القدير, الشيخ العلامة, المهندس السعودي are epithets), no rank
 * (العقيد دكتور), plain word, title, verb or place.
 */
export function widenPersonsAfterHonorifics(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let j = 2; j < tokens.length; j++) {
    const person = out.find((s) => s.type === "person" && s.start === tokens[j]!.start);
    const hon = infos[j - 2]!;
    if (!person || !(HONORIFICS.has(hon.norm) || (hon.norm.startsWith("و") && HONORIFICS.has(hon.norm.slice(1)))) || !spaceAfter(text, tokens, j - 1) || !spaceAfter(text, tokens, j - 2)) continue;
    // the unknown word between the honorific and the person
    const w = infos[j - 1]!;
    const word = tokens[j - 1]!;
    if (w.proclitic || w.cue || !ARABIC_LETTERS_ONLY.test(w.norm) || w.norm.length < 3 || w.norm.length !== word.text.length || DEFINITE.test(w.norm) || RANKS_AFTER_HONORIFIC.has(w.norm)) continue;
    if (isPlainWord(w, model) || isStopword(w.norm) || isPossessedPlainWord(w, model) || verbEvidence(w, model) !== "" || model.resources.gazetteer.byFirst.has(w.norm) || isTitleWord(w)) continue;
    const other = out.find((s) => s.start < word.end && word.start < s.end);
    if (other && !(other.type === "person" && other.start === word.start && other.end === word.end)) continue;
    if (other) out.splice(out.indexOf(other), 1);
    person.start = word.start;
    person.text = text.slice(person.start, person.end);
  }
}

/** The complementizer a reporting verb's subject is followed by (وأوضح الفراج أن …). */
const AN_AFTER_SPEAKER = new Set(["ان", "انه", "انها"]);

/**
 * A family name that stands alone (isBareFamilyName) between a reporting verb and «أن» is the person
 * who speaks (وأوضح الفراج أن الهدف …, alwatan; وأضاف الوايلي أن, SPA; وأكد الجاسر أن, alriyadh): the
 * article named him earlier or in a caption. Nouns there (وأوضح التحليل أن, وقال الشهود إن) have their
 * bare form in the word table; any word before «أن» but the family name (وقال المدعي العام) is left alone.
 */
export function addReportedFamilyNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!AN_AFTER_SPEAKER.has(infos[i + 1]!.norm) || !REPORTING_VERB.test(infos[i - 1]!.norm) || !spaceAfter(text, tokens, i - 1) || !spaceAfter(text, tokens, i)) continue;
    if (!isBareFamilyName(infos[i]!, model) || overlapsAny(out, tokens[i]!.start, tokens[i]!.end)) continue;
    out.push({ type: "person", text: tokens[i]!.text, start: tokens[i]!.start, end: tokens[i]!.end, evidence: { person: CUE_VOTES } });
    added = true;
  }
  if (added) sortByStart(out);
}

/**
 * addFamilyNames at a given name (token i) before a family name: joins them into the person's
 * mention, or adds one; false when the family name belongs to another mention. Apart from the
 * loop, whose index the callbacks would otherwise capture (a context allocated every iteration).
 */
function joinFamilyName(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[], i: number): boolean {
  const familyStart = tokens[i + 1]!.start;
  const end = tokens[i + 1]!.end;
  if (overlapsAny(out, familyStart, end)) return false;
  const person = out.find((s) => s.type === "person" && s.end === tokens[i]!.end);
  // A mention that already holds a family name, or reaches the given name over و, is another person's (عدنان المعيبد | ناصر; منصور القاسم | وعبدالله).
  const isOtherPersons = person !== undefined && person.start < tokens[i]!.start && (infos[i]!.proclitic !== "" || normalizeArabic(text.slice(person.start, tokens[i]!.start)).includes(" ال") || DEFINITE.test(normalizeArabic(text.slice(person.start, tokens[i]!.start)).split(" ")[0] ?? ""));
  if (isOtherPersons) return false;
  if (person) {
    person.end = end;
    person.text = text.slice(person.start, end);
  } else if (!overlapsAny(out, tokens[i]!.start, tokens[i]!.end)) {
    const start = tokens[i]!.start + procliticLength(tokens[i]!.text, model);
    out.push({ type: "person", text: text.slice(start, end), start, end, evidence: {} });
  }
  return true;
}
export const FEMININE_NISBA = /^ال[\u0621-\u064A]{2,}يه$/;

/**
 * A family name with the feminine nisba's ending (العطية, الصقية): a definite word alone ending in
 * ية, no clitic, rarely seen (MAX_FAMILY_NAME_COUNT), whose masculine form (less its ة) the word
 * table does not hold. The frequency is the unlabeled text's: the adjectives and institution words
 * of this shape (الوطنية, الإسلامية, الرياضية, الخيرية, even الموالية) are seen more, or their
 * masculine is (الموالي), so no hand list is needed.
 */
export function isNisbaFamilyName(t: TokenInfo, model: NerModel): boolean {
  if (t.proclitic || t.cue || !FEMININE_NISBA.test(t.norm)) return false;
  if (timesSeen(t.norm, model) > MAX_FAMILY_NAME_COUNT || timesSeen(t.norm.slice(0, -1), model) > 0) return false;
  return !isPlainWord(t, model) && !isStopword(t.norm) && !model.resources.gazetteer.byFirst.has(t.norm) && !isCountryAdjective(t.norm, model);
}

/**
 * A person's lineage chain (حمد بن علي, محمد بن عبدالله بن علي) ends in a family name of the
 * feminine nisba's shape the tagger leaves out: a rare one (isNisbaFamilyName) right after the
 * chain's last name, a space apart, joins the person (اللواء ركن حمد بن علي | العطية). Off a
 * lineage, the same shape is mostly an adjective (صالح | الانقلابية), so addFamilyNames keeps it out.
 */
export function addNisbaFamilyNamesAfterLineage(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!LINEAGE_CONNECTORS.has(infos[i - 1]!.norm) || !spaceAfter(text, tokens, i)) continue;
    if (!isNisbaFamilyName(infos[i + 1]!, model) || overlapsAny(out, tokens[i + 1]!.start, tokens[i + 1]!.end)) continue;
    const person = spanEndingAt(out, tokens[i]!.end);
    if (person?.type !== "person" || person.start >= tokens[i - 1]!.start) continue;
    person.end = tokens[i + 1]!.end;
    person.text = text.slice(person.start, person.end);
  }
}

/** The first span of `spans` that ends at `end`. */
export function spanEndingAt(spans: readonly Candidate[], end: number): Candidate | undefined {
  for (const s of spans) if (s.end === end) return s;
  return undefined;
}
/** Shortest person mention (in words) from بن that says a given name stands before it whatever that word means alone. */
const MIN_LINEAGE_WORDS = 3;
/** Most sightings in the word table of an unlisted word before a two-word lineage (طرفة | بن العبد) for it to be taken for a given name: a common noun is seen more (رحيل | بن علي, the departure of). */
const MAX_SEEN_RARE_NAME_BEFORE_LINEAGE = 5;

/**
 * The given name before a person mention the tagger started at بن or بنت (سلمة | بن عبد الملك,
 * مفرج | بن سعد الحقباني, زين العابدين | بن علي): one Arabic word, a space apart, no clitic, stopword,
 * title, head word or plain word, joins the mention when it is a given name or the mention is a
 * lineage of MIN_LINEAGE_WORDS or more words (the press names no one by «بن سعد الحقباني» alone), or of two
 * words after a word the text hardly ever shows (طرفة | بن العبد: alwatan, alweeam, was, 3alyoum, aleqtisadiya;
 * ملهم | بن محمد, sabq; سلمة | بن عبدالملك, almadina, alwatan, alyaum); a given name with the article joins too
 * (الحسين | بن طلال, aljazirah; الخليل | بن أحمد الفراهيدي, okaz; الحسين | بن علي, alwatan);
 * the second word of a compound given name takes the first along. Off those, the word may be a
 * noun the name is in construct with (حكومة | بن دغر, تأثير | ابن سينا): left alone.
 */
export function addGivenNamesBeforeLineage(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (const person of out) {
    if (person.type !== "person") continue;
    const j = tokenStartingAt(tokens, person.start);
    if (j < 1 || (infos[j]!.norm !== "بن" && infos[j]!.norm !== "بنت")) continue;
    const compound = COMPOUND_NAME_SECONDS.has(infos[j - 1]!.norm) && j >= 2 && isGivenNameWordBefore(text, tokens, infos, j - 1, model);
    const from = compound ? j - 2 : j - 1;
    const definiteGiven = !compound && isDefiniteGivenNameBefore(text, tokens, infos, j, model);
    if (!compound && !definiteGiven && !isGivenNameWordBefore(text, tokens, infos, j, model)) continue;
    const words = person.text.split(/\s+/).length;
    const isRareWord = words === MIN_LINEAGE_WORDS - 1 && timesSeen(infos[j - 1]!.norm, model) <= MAX_SEEN_RARE_NAME_BEFORE_LINEAGE && !model.entityWordSet.has(infos[j - 1]!.norm);
    if (!compound && !definiteGiven && !isRareWord && infos[j - 1]!.cue !== "given" && words < MIN_LINEAGE_WORDS) continue;
    if (overlapsAny(out, tokens[from]!.start, tokens[j - 1]!.end)) continue;
    person.start = tokens[from]!.start;
    person.text = text.slice(person.start, person.end);
  }
  sortByStart(out);
}

/** The index of the token starting at `start`, or -1. */
function tokenStartingAt(tokens: readonly TaggerToken[], start: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start === start) return i;
  return -1;
}

/** Most words of a person mention that takes the untagged given name before it: a chain of given, father's and family name. */
const MAX_CHAIN_AFTER_GIVEN = 3;

/**
 * The untagged given name before a person mention that opens with a given name is the person's own: a chain of
 * names goes given name, father's, grandfather's, family name, so a given name where the mention starts is a
 * father's name with the first word cut (عمر | إبراهيم – عين اليوم, 3alyoum ×4; تركي | محمد الثبيتي, almadina;
 * أخي الفاضل/ تركي | عبدالله السديري, alriyadh). The word, a space apart and in no mention, passes
 * isGivenNameWordBefore and is a given name of the lexicon (a word the word table never saw is not enough: an
 * inflected verb or noun, قالت | علياء مبيض, بطولته | حنان مطاوع, is unseen too; so مهاتير | محمد stays cut), and
 * stands after no organization's head; the mention has at most MAX_CHAIN_AFTER_GIVEN words.
 */
export function addGivenNamesBeforeNameChains(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  if (tokens.length < 2) return;
  const from = tokens[1]!.start;
  const to = tokens[tokens.length - 1]!.start;
  for (const person of out) {
    if (person.type !== "person" || person.start < from || person.start > to || person.text.split(/\s+/).length > MAX_CHAIN_AFTER_GIVEN) continue;
    const j = tokenStartingAt(tokens, person.start);
    if (j < 1 || (infos[j]!.cue !== "given" && !isJoinedAbdName(infos[j]!.norm))) continue;
    const before = infos[j - 1]!;
    if (!isGivenNameWordBefore(text, tokens, infos, j, model) || before.norm.length < MIN_JOINED_FIRST_NAME) continue;
    // After an organization's head the given name names the organization (حركة أمل | نبيه بري, Al Arabia).
    const head = j >= 2 ? infos[j - 2]! : undefined;
    if (before.cue !== "given" || (head && (ORG_HEADS.has(head.norm) || ORG_HEADS.has(head.core)))) continue;
    if (overlapsAny(out, tokens[j - 1]!.start, tokens[j - 1]!.end)) continue;
    person.start = tokens[j - 1]!.start;
    person.text = text.slice(person.start, person.end);
  }
}

/**
 * Whether the word before token j, a space apart, is a given name written with the article (الحسين, المعز, الخليل,
 * الحجاج): ال + a listed given name, no title, head, plain word or nisba adjective.
 */
function isDefiniteGivenNameBefore(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], j: number, model: NerModel): boolean {
  const t = infos[j - 1]!;
  if (!spaceAfter(text, tokens, j - 1) || !ARABIC_LETTERS_ONLY.test(t.surface) || t.proclitic || !t.norm.startsWith("ال")) return false;
  if (isTitleWord(t) || isHeadWord(t.norm) || isPlainWord(t, model) || NEVER_ENTITIES.has(t.norm) || isPlaceAdjective(t.norm, model)) return false;
  return tokenInfo(t.norm.slice(2), model.resources).cue === "given";
}

/** Whether the word before token j, a space apart, may be a given name: Arabic letters, no clitic, definite article, stopword, title, head or plain word. */
function isGivenNameWordBefore(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], j: number, model: NerModel): boolean {
  const t = infos[j - 1]!;
  if (!spaceAfter(text, tokens, j - 1) || !ARABIC_LETTERS_ONLY.test(t.surface)) return false;
  if (t.proclitic || (DEFINITE.test(t.norm) && !COMPOUND_NAME_SECONDS.has(t.norm)) || isStopword(t.norm) || isTitleWord(t) || isHeadWord(t.norm)) return false;
  return !isPlainWord(t, model) && !NEVER_ENTITIES.has(t.norm);
}

/** Longest run of passes of addCoordinatedPersons: each pass reaches one name further along a list. */
const MAX_LIST_PASSES = 4;

/** Whether a person's mention ends just before token i, or before a list comma there. */
function endsPersonBefore(tokens: readonly TaggerToken[], i: number, personEnds: ReadonlySet<number>): boolean {
  const beforeAt = isListComma(tokens[i - 1]?.text ?? "") ? i - 2 : i - 1;
  return beforeAt >= 0 && personEnds.has(tokens[beforeAt]!.end);
}

/**
 * A name in a list of persons joined by و (وأسامة هوساوي وتيسير الجاسم ومحمد السهلاوي; كنعان
 * الكنعاني وخليف الهويشان وعدنان الطريف) is a person too: two words, the first a word of letters
 * that is no plain word, stopword, cue, gazetteer name or definite word, the second a family name
 * (isFamilyName), with a person mention right before it across و (and a comma), or right after it
 * across و. Passes repeat so a list is followed from the names the tagger knew.
 */
export function addCoordinatedPersons(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let pass = 0; pass < MAX_LIST_PASSES; pass++) {
    let added = false;
    // A listed name stands next to a person's mention: where none ends or starts, nothing is looked at.
    const personEnds = new Set<number>();
    const personStarts = new Set<number>();
    for (const s of out) {
      if (s.type !== "person") continue;
      personEnds.add(s.end);
      personStarts.add(s.start);
    }
    if (personEnds.size === 0) return;
    for (let i = 0; i + 1 < tokens.length; i++) {
      // The comma test only for a word that opens with و: it ran for every token.
      const mayFollowPerson = infos[i]!.norm.startsWith("و") && endsPersonBefore(tokens, i, personEnds);
      const next = tokens[i + 2];
      const personAfter = next !== undefined && infos[i + 2]!.norm.startsWith("و") && personStarts.has(next.start + 1);
      if (!mayFollowPerson && !personAfter) continue;
      const first = listedGivenName(infos[i]!, model);
      if (!first || !spaceAfter(text, tokens, i) || !isFamilyName(infos[i + 1]!, model)) continue;
      const personBefore = first.conjunction && mayFollowPerson;
      if (!personBefore && !personAfter) continue;
      const start = tokens[i]!.start + (first.conjunction ? 1 : 0);
      const end = tokens[i + 1]!.end;
      if (overlapsAny(out, tokens[i]!.start, end)) continue;
      out.push({ type: "person", text: text.slice(start, end), start, end, evidence: {} });
      added = true;
      i++;
    }
    sortByStart(out);
    if (!added) return;
  }
}

/** The first word of a listed name (addCoordinatedPersons), and whether a fused و joins it to the list. */
function listedGivenName(t: TokenInfo, model: NerModel): { conjunction: boolean } | undefined {
  if (!ARABIC_LETTERS_ONLY.test(t.norm) || t.norm.length !== t.surface.length) return undefined;
  const conjunction = t.norm.startsWith("و") && t.cue !== "given" && !model.entityWordSet.has(t.norm);
  const word = conjunction ? t.norm.slice(1) : t.norm;
  if (word.length < 3 || DEFINITE.test(word) || model.plainWordSet.has(word) || isStopword(word) || NEVER_ENTITIES.has(word)) return undefined;
  if (PERSON_CUES.has(word) || ORG_HEADS.has(word) || LOC_CUES.has(word) || model.resources.gazetteer.byFirst.has(word)) return undefined;
  return { conjunction };
}
/** Fewest letters of a one-word name joined to the person after it (نغ, a word of a Chinese name, stays apart). */
export const MIN_JOINED_FIRST_NAME = 3;
