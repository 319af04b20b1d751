/**
 * Mentions dropped or retyped as no name: team words after a rank, boards, definite and sound plurals, pronoun clauses,
 * things after a kind's head, religious formulas, national adjectives alone; time words that are family names.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { BOARD_HEADS, BOARD_OF, GIVEN_NAMES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import { firstWord } from "../../../arabic/code-units.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, widenUnlessOverlapping } from "./shared.js";
import { isNationalAdjective, ALEF_LAM, NISBA_YEH, isGazetteerPlace, normalizedWordsOf, MASCULINE_NISBA } from "./words.js";

/** A masculine national adjective (السعودي, الألباني; isNationalAdjective): the feminine is also a country's or city's own name (السعودية, الإسكندرية). */
function isMasculineNationalAdjective(norm: string, model: NerModel): boolean {
  return norm.endsWith(NISBA_YEH) && !isGazetteerPlace(norm, model) && isNationalAdjective(norm, model);
}

/** A definite sound plural or dual (المقبولين, الإصلاحيون, الشهيدين): the article, a stem of four letters or more, the ending. */
export const DEFINITE_PLURAL = /^ال[\u0621-\u064A]{4,}(?:ين|ون|تين|تان)$/;

/** «الفريق», the team, and the rank of lieutenant general, with a fused conjunction or preposition (للفريق, والفريق). */
const TEAM_OR_RANK = /^(?:[وف]?(?:ب|ك)?الفريق|[وف]?للفريق)$/;
/** Times the word table must show a word for it to be a common word of the news, not a name it hardly saw. */
const MIN_COMMON_WORD_SEEN = 5;

/**
 * A one-word person right after «الفريق» is the team's adjective or the verb after it, not a name
 * the rank introduces (الفريق | الضيف, المنافس, الأبيض; الفريق | جاهز, رصد: sports pages of
 * alriyadh, aljazirah, alyaum, okaz): dropped when the word is one the news text often showed and
 * training never tagged in a name, and is no given name or nisba (الفريق السيسي, الفريق حفتر and
 * the rank's full names stay: a family name alone after the rank is rare in the word table).
 */
export function dropTeamWordsAfterRank(text: string, spans: Candidate[], model: NerModel): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "person" || s.text.includes(" ")) continue;
    const before = text.slice(Math.max(0, s.start - 16), s.start).trimEnd().split(/\s/).at(-1) ?? "";
    if (!TEAM_OR_RANK.test(normalizeArabic(before))) continue;
    const norm = normalizeArabic(s.text);
    if (GIVEN_NAMES.has(norm) || model.entityWordSet.has(norm) || MASCULINE_NISBA.test(norm) || timesSeen(norm, model) < MIN_COMMON_WORD_SEEN) continue;
    spans.splice(i, 1);
  }
}

/** A conjunction or preposition before a board's head (لمجلس الإدارة, ومجلس الهيئة, بلجنة الجائزة). */
const BOARD_PROCLITIC = /^(?:[وف]?[بلك]?)/;

/**
 * An organization of two words, a board head and the body it belongs to or its members (lexicon
 * BOARD_HEADS, BOARD_OF: مجلس الإدارة, لمجلس الهيئة, لجنة الجائزة, عمادة الكلية), is dropped: a part
 * of a body the article names, not a name. Longer names stay (مجلس إدارة الشركة السعودية للكهرباء,
 * لجنة الجائزة الوطنية).
 */
export function dropBoardsOfOrganizations(spans: Candidate[]): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "organization") continue;
    const words = normalizedWordsOf(s.text);
    if (words.length !== 2 || !BOARD_OF.has(words[1]!)) continue;
    const head = words[0]!;
    const proclitic = BOARD_PROCLITIC.exec(head)![0];
    if (BOARD_HEADS.has(head) || (proclitic && BOARD_HEADS.has(head.slice(proclitic.length)))) spans.splice(i, 1);
  }
}

/**
 * Drops one-word person mentions that are a definite sound plural or dual (أسماء المقبولين, وقال
 * الإصلاحيون): a group, not a name. A family name of that shape (العثيمين) stays when a person's
 * full name of the article ends in it.
 */
export function dropDefinitePluralsAlone(spans: Candidate[]): void {
  const familyNames = new Set(spans.filter((s) => s.type === "person" && s.text.includes(" ")).map((s) => normalizedWordsOf(s.text).at(-1)!));
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "person") continue;
    const norm = normalizeArabic(s.text);
    if (DEFINITE_PLURAL.test(norm) && !familyNames.has(norm)) spans.splice(i, 1);
  }
}

/** A sound masculine plural, indefinite or not, in the nominative or in construct (محققون, مفتشو, الفلكيون): its stem. */
const SOUND_PLURAL = /^(?:ال)?([\u0621-\u064A]{4,})(?:ون|و)$/;
/** Fewest times the word table must show the stem's oblique plural or feminine for the word to be read as their plural. */
const MIN_PLURAL_KIN_SEEN = 3;

/**
 * Whether a word is the sound masculine plural of a common noun or adjective (محققون, مفتشو, فلكيون, مبتكرو,
 * المحتجزون): the word table shows the same stem's oblique plural or feminine (المحققين, المفتشين, الفلكية, المبتكرة,
 * المحتجزين), no entity word, often enough; the word itself is no entity word, given name or gazetteer name.
 * Names of that shape have no such kin (ماكرون, جونسون, زيتون, سعدون, نابليون).
 */
function isSoundPluralOfCommonWord(norm: string, model: NerModel): boolean {
  const stem = SOUND_PLURAL.exec(norm)?.[1];
  if (stem === undefined || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm) || model.resources.gazetteer.byFirst.has(norm)) return false;
  return [stem + "ين", "ال" + stem + "ين", stem + "ه", "ال" + stem + "ه"].some((kin) => timesSeen(kin, model) >= MIN_PLURAL_KIN_SEEN && !model.entityWordSet.has(kin));
}

/**
 * Drops person and place mentions made of sound plurals of common words and plain words: a group the sentence
 * speaks of, no name (قال محققون, BBC; قام مفتشو العاصمة المقدسة, sabq; وقال فلكيون, alyaum; ويقول مبتكرو وسيلة
 * النقل, aawsat; "المحتجزون محبوسون", France24).
 */
export function dropSoundPluralsOfCommonWords(spans: Candidate[], model: NerModel): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "person" && s.type !== "location") continue;
    const words = normalizedWordsOf(s.text);
    if (words.some((w) => isSoundPluralOfCommonWord(w, model)) && words.every((w) => isSoundPluralOfCommonWord(w, model) || model.plainWordSet.has(w))) spans.splice(i, 1);
  }
}

/** The pronoun «أنا» (I), with hamza as the press writes it, a conjunction fused or not; the given name is «آنا». */
const FIRST_PERSON_PRONOUN = /^[وف]?(?:\u0623\u0646\u0627|\u0627\u0646\u0627)$/;

/**
 * Drops person mentions that open with the pronoun «أنا» (I): a quoted speaker's clause, no name (أنا سعيد, أنا فخور,
 * أنا حزين, أنا المبتعث: Alarabia, BBC, France24, SkyNews, almadina, alriyadh, alyaum, okaz; 23 in the samples). A name
 * the clause holds is found again where the article names it elsewhere (addRepeatedNames: "أنا | أحلام").
 */
export function dropPronounClausesAsPersons(spans: Candidate[]): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type === "person" && s.text.includes(" ") && FIRST_PERSON_PRONOUN.test(firstWord(s.text))) spans.splice(i, 1);
  }
}

/**
 * Heads whose next noun names a thing of their kind, not a person: a disease (مرض, داء, متلازمة, فيروس), an app
 * (تطبيق), a phone (هاتف), as written after a conjunction or preposition (بمرض, لهاتف).
 */
const THING_KIND_HEAD = /^[وف]?[بل]?(?:مرض|داء|متلازم[ةه]|فيروس|تطبيق|هاتف)$/;

/**
 * A person mention right after a head that names things of a kind (THING_KIND_HEAD) is that thing's name, a misc
 * entity: مرض باركنسون (aleqtisadiya, alriyadh), فيروس هانتا (alriyadh), هاتف موتو (aawsat), تطبيق تندر (BBC),
 * تطبيق تيلغرام (SkyNews), لهاتف أيفون (BBC). A mention with a given name or a definite first word is the owner's
 * name, a person (هاتف محمد, هاتف العيثاوي: SkyNews).
 */
export function retypeThingsAfterKindHeads(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    const before = text.slice(Math.max(0, s.start - 16), s.start);
    if (!/\s$/.test(before)) continue;
    const head = before.trimEnd().split(/\s/).at(-1) ?? "";
    if (!THING_KIND_HEAD.test(normalizeArabic(head))) continue;
    const words = normalizedWordsOf(s.text);
    if (words[0]!.startsWith(ALEF_LAM) || words.some((w) => GIVEN_NAMES.has(w))) continue;
    s.type = "misc";
  }
}

/** The time words of TIME_WORD_FAMILY_NAMES and «عيد» (feast), right after a mention, one space apart, and the word after them. */
const TIME_WORD_AFTER = /^ ([\u0621-\u064A]+)(?:[\s\u060C,.:;!?)»"”]|$)(?: ?([\u0621-\u064A]+))?/;
const FEAST = "عيد";
/** A feast or day after the word: عيد الفطر, عيد ميلاده, جمعة الغضب (a time, not a name); a relative pronoun is none (حسام شعبان الذي). */
export const TIME_WORD_HEAD_OF = /^(?:ال(?!ذي$|تي$|ذين$|لذان$|لتان$|لاتي$|لواتي$)|ميلاد)/;

/**
 * A person mention ending in a given name, followed one space apart by a weekday, month or feast word
 * that is also a family name, bare (ومحمد | عيد in three outlets' lists of a team's suspended players): the tagger, which reads
 * the word as the time it names, left it out; it is the family name unless a definite word or ميلاد
 * follows, as the time's (عيد الفطر, جمعة الغضب, رمضان المبارك, عيد ميلاده).
 */
export function joinTimeWordFamilyNames(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    const last = normalizeArabic(s.text.slice(s.text.lastIndexOf(" ") + 1));
    if (!GIVEN_NAMES.has(last)) continue;
    const m = TIME_WORD_AFTER.exec(text.slice(s.end, s.end + 40));
    if (!m) continue;
    const word = normalizeArabic(m[1]!);
    if (word !== FEAST && !TIME_WORD_FAMILY_NAMES.has(word)) continue;
    if (m[2] !== undefined && TIME_WORD_HEAD_OF.test(normalizeArabic(m[2]))) continue;
    const end = s.end + 1 + m[1]!.length;
    widenUnlessOverlapping(text, spans, s, end);
  }
}

/**
 * Blessings said of a person or of God (حفظه الله, رحمه الله, رضي الله عنه, أيده الله, يرحمه الله; بإذن الله,
 * إن شاء الله, سائلين الله): with «الله» right after, the words are a formula, never part of a name.
 */
const BLESSING_WORDS = new Set(
  `رحمه رحمها رحمهما رحمهم يرحمه يرحمها يرحمهم رحم حفظه حفظها حفظهما حفظهم يحفظه حفظ رضي أيده أيدها أيدهم
  حماه حماها حماهم رعاه رعاها رعاهم سامحه سامحها سامحك سامح شاء بإذن بمشيئة سائلين سائلا داعيا داعين`
    .split(/\s+/)
    .map(normalizeArabic),
);
export const GOD = "الله";
export const TEH_MARBUTA = "\u0629";
/** The praise that follows «الله» (الله عز وجل, الله سبحانه وتعالى). */
const PRAISE_OF_GOD = new Set(`عز وجل جل تعالى وتعالى سبحانه جلاله`.split(" ").map(normalizeArabic));
const GOD_PROCLITIC = /^[\u0648\u0641]?[\u0628\u0644\u0643]?(?=\u0627\u0644\u0644\u0647$)/;
const ARABIC_WORD = /[\u0621-\u064A\u0640\u064B-\u0652]+/g;

/**
 * God is no entity of the news, though ANERcorp, which the tagger learned from, labels «الله» MISC
 * (إن شاء الله, رحمه الله, بيوت الله): a MISC mention opening with «الله» (والله, الله سبحانه) and a
 * mention that is «الله» with its praise (الله عز وجل) are dropped (a person or place «الله» alone is
 * kept: a piece of a name the tagger cut, ولي الله سيف, مدينة الله أباد); a blessing the tagger ran a name on into is cut
 * off (سلمان بن عبدالعزيز | حفظه الله, أنس بن مالك | رضي الله), and a mention that is one is dropped
 * (رحمه الله). Names holding the word keep it (عبد الله, حسن نصر الله, حزب الله). Only the article path
 * (recognizeEntities) runs this; `marsad ner` tags as the tagger does.
 */
export function dropReligiousFormulas(spans: Candidate[]): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    const words = [...s.text.matchAll(ARABIC_WORD)];
    if (!words.length) continue;
    const norms = words.map((w) => normalizeArabic(w[0]));
    if (norms[0]!.replace(GOD_PROCLITIC, "") === GOD && (s.type === "misc" || (norms.length > 1 && norms.slice(1).every((n) => PRAISE_OF_GOD.has(n))))) {
      spans.splice(i, 1);
      continue;
    }
    // Teh marbuta folds to heh: رحمة الله, God's mercy (انتقل لرحمة الله) and a given name (Rahmatullah), is no blessing.
    const blessing = norms.findIndex((n, k) => BLESSING_WORDS.has(n) && !words[k]![0].endsWith(TEH_MARBUTA) && norms[k + 1] === GOD);
    if (blessing < 0) continue;
    if (blessing === 0) {
      spans.splice(i, 1);
      continue;
    }
    const before = words[blessing - 1]!;
    s.end = s.start + before.index + before[0].length;
    s.text = s.text.slice(0, before.index + before[0].length);
  }
}

/**
 * A national adjective as a person or place, alone or with plain words, other such adjectives and
 * definite words (السعودي; الروسي السعودي; العهد السعودي of ولي العهد السعودي), names neither: it qualifies the
 * noun before it (الشعب السعودي, وزير الخارجية السعودي), unless a person of the article bears it as a
 * family name (خالد المصري … وقال المصري). Organizations keep it: a club is named so (المصري of Port Said).
 */
export function dropNationalAdjectivesAlone(spans: Candidate[], model: NerModel): void {
  // Besides the adjective: plain words, and definite words that are no given name (العهد of ولي العهد السعودي).
  const isAdjectivesOnly = (words: readonly string[]) => words.some((w) => isMasculineNationalAdjective(w, model)) && words.every((w) => isMasculineNationalAdjective(w, model) || model.plainWordSet.has(w) || (w.startsWith("ال") && !GIVEN_NAMES.has(w)));
  const wordsOf = new Map(spans.map((s) => [s, normalizedWordsOf(s.text)]));
  // A place named by words around an adjective is a name (الخليج العربي); a person so named is a title's rest.
  const isNoName = (s: Candidate) => (s.type === "person" || (s.type === "location" && wordsOf.get(s)!.length === 1)) && isAdjectivesOnly(wordsOf.get(s)!);
  const kept = spans.filter((s) => !isNoName(s));
  const familyNames = new Set<string>();
  for (const s of kept) {
    const words = wordsOf.get(s)!;
    // A name that starts with a definite word is a title's rest more often than a person's (الخارجية السعودي).
    if (s.type === "person" && words.length >= 2 && !words[0]!.startsWith("ال")) familyNames.add(words[words.length - 1]!);
  }
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    const words = wordsOf.get(s)!;
    if (isNoName(s) && !(words.length === 1 && familyNames.has(words[0]!))) spans.splice(i, 1);
  }
}

/** Weekdays and months (lexicon.ts NEVER_ENTITIES) that are also family names, as written (normalized) without ال: a family name after a given name (pushSpan). */
export const TIME_WORD_FAMILY_NAMES = new Set(["جمعه", "خميس", "رجب", "شعبان", "رمضان"]);
