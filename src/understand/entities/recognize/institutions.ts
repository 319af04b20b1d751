/**
 * Institutions by pattern: heads and their chains (وزارة الدفاع, هيئة الأمم ...), definite institutions, bodies of
 * countries and provinces, high courts, rulers' courts, mosques, clubs named for places.
 */
import { isStopword } from "../../../arabic/stopwords.js";
import { rememberTokenTest, splitsOf, type TokenInfo } from "../features.js";
import { LOC_CUES, NAME_TAIL_ADJECTIVES, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, replaceWithMention, timesSeen, infosOf, overlapsAny, spanStartingAt, spanAt, sortByStart, spaceAfter, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, PLACE_ADJECTIVE, isPlaceAdjective, isCountryAdjective, isNationalAdjective, ARABIC_LETTER_HEH, NISBA_YEH, isGazetteerPlace, isPossessedPlainWord, DEFINITE_NISBA, isTitleInfo, INSTITUTION_HEADS, DEFINITE, NAME_ADJECTIVES, PRESENT_VERB_START } from "./words.js";
import { isCompassOfCountry } from "./national-bodies.js";
import { isNeverNameEnd, MEDIA_HEADS, isFieldWord, TITLE_ADJECTIVES } from "./tag-runs.js";

export const isInstitutionHead = rememberTokenTest((t) => INSTITUTION_HEADS.has(t.norm) || INSTITUTION_HEADS.has(t.core) || institutionHeadProclitic(t) !== undefined);

/**
 * The proclitic before an institution head the analysis left whole for want of evidence (لوكالة:
 * ل + وكالة, whose و the counts read as a conjunction's): the head is a noun of its own, so any
 * conjunction or preposition before it is one.
 */
function institutionHeadProclitic(t: TokenInfo): string | undefined {
  if (INSTITUTION_HEADS.has(t.norm) || INSTITUTION_HEADS.has(t.core)) return undefined;
  return splitsOf(t).find((p) => !p.proclitic.endsWith("لل") && INSTITUTION_HEADS.has(p.core))?.proclitic;
}
export const NISBA_ADJECTIVE = /^ال[\u0621-\u064A]{2,}(?:ي|يه)$/;

/**
 * Institution names the tagger missed: an institution head (وزارة, هيئة, جامعة, مجلس...) with its
 * conjunction or preposition cut, then a definite noun, then optionally a nisba or name adjective
 * (وزارة الخارجية الروسية, مستشفى العيون العام) is an organization — unless a tagged mention already overlaps it.
 */
export function addInstitutionNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    // وزارة itself starts with و: the whole word is tried before its clitic-split core.
    const cut = !isInstitutionHead(head) ? -1 : INSTITUTION_HEADS.has(head.norm) ? 0 : INSTITUTION_HEADS.has(head.core) ? head.proclitic.length : institutionHeadProclitic(head)!.length;
    if (cut < 0 || !DEFINITE.test(infos[i + 1]!.norm)) continue;
    // After a head found only by its proclitic (بمستشفى), a title opens a person's name (بمستشفى الملك سلمان), and مديرية a district (بمديرية الملاجم).
    if (cut > 0 && !INSTITUTION_HEADS.has(head.core) && (PERSON_CUES.has(infos[i + 1]!.norm) || head.norm.endsWith("مديريه"))) continue;
    let to = i + 2;
    if (tokens[to] && isInstitutionAdjective(infos[to]!.norm)) to++;
    const start = tokens[i]!.start + (head.norm.length === tokens[i]!.text.length ? cut : 0);
    const end = tokens[to - 1]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "organization", text: text.slice(start, end), start, end, evidence: { organization: CUE_VOTES } });
    i = to - 1;
  }
  sortByStart(out);
}

/** Heads of institution names whose field may run over a construct chain (رابطة دوري المحترفين, وحدات حماية الشعب الكردية). */
export const CHAIN_HEADS = new Set([...INSTITUTION_HEADS, "رابطه", "قوات", "اتحاد", "مركز", "صندوق", "مكتب", "وحدات"]);
/** Fewest words of a chain: head + noun alone is mostly a description (قوات الأمن, مكتب العمل, مركز التدريب). */
const MIN_CHAIN_WORDS = 3;
/** Heads of a country's forces: with the country's adjective they describe (قوات النظام السوري, قوات الأمن الإسرائيلية). */
const FORCES_HEADS = new Set(["قوات", "وحدات"]);
/** A conjunction and a preposition before a chain's head (وقوات, بمكتب), never the fused لل. */
export const CHAIN_HEAD_PROCLITIC = /^[وف]?[بل]?$/;
/** Most adjectives after a chain's definite noun (قوات الطوارئ | الخاصة, لجنة التدريب | المشترك). */
const MAX_CHAIN_ADJECTIVES = 2;
/** Adverbs of place a verb's object may follow (تدعم بقوات | داخل العراق): no noun in construct. */
const PLACE_ADVERBS = new Set(["داخل", "خارج", "عبر", "ضد", "نحو", "حول", "لدي", "قرب", "وسط", "تحت", "فوق", "امام", "خلف", "بعد", "قبل", "عند", "دون", "بين"]);
/** Object pronouns a verb or a possessed noun ends with (تترأسها, محاميه is left to the word table). */
export const OBJECT_SUFFIX = /(?:ها|هم|هما|هن|كم|نا)$/;
/** Adjectives that say whose or which a body is, never part of its name (وكالة الأنباء السورية | الرسمية, مجلس النواب | المقبل). */
export const NOT_NAME_ADJECTIVES = new Set([...TITLE_ADJECTIVES, "الرسمي", "الرسميه", "الحكومي", "الحكوميه", "التابع", "التابعه", "المسؤول", "المسؤوله", "المسئول", "المسئوله", "المقبل", "المقبله", "المكلفه", "المعني", "المعنيه", "المحلي", "المحليه", "الجديده", "الحاليه", "الرئيسي", "المتبقي"]);

/**
 * A district's head takes a place in construct (مديرية حزم العدين: a place, not a body), and a board
 * of management is the board of the body after it (مجلس إدارة الغرفة التجارية).
 */
function allowsIndefiniteMiddle(head: TokenInfo, middle: TokenInfo, cut: number): boolean {
  const word = head.norm.slice(cut);
  return word !== "مديريه" && !(word === "مجلس" && middle.norm === "اداره");
}

/** Fewest times the word table shows a noun in construct after a chain's head; rarer ones are names, which an adjective must follow (نادي برايتون | العنيد). */
const MIN_MIDDLE_NOUN_SEEN = 20;

/**
 * An adjective that may close a chain: a name adjective, a feminine nisba, or a masculine one whose
 * stem the word table shows (الدولي ← الدول, الكردي ← الكرد), unlike a verbal noun of that shape
 * (التصدي, التحدي).
 */
function isChainAdjective(norm: string, model: NerModel): boolean {
  if (NOT_NAME_ADJECTIVES.has(norm)) return false;
  if (NAME_ADJECTIVES.has(norm) || isInstitutionAdjective(norm) && !DEFINITE_NISBA.test(norm)) return true;
  if (!DEFINITE_NISBA.test(norm)) return false;
  return norm.endsWith("يه") || timesSeen(norm.slice(0, -1), model) > 0 || isCountryAdjective(norm, model);
}

/** Adjectives of a year after العام (منظمة اليونسكو | العام الماضي). */
export const YEAR_ADJECTIVES = new Set(["الماضي", "المقبل", "الحالي", "الجاري", "المنصرم", "السابق"]);

/** العام at k is the year (العام الماضي), not the adjective general (مستشفى العيون العام). */
function isYearPhrase(infos: readonly TokenInfo[], k: number): boolean {
  return infos[k]!.norm === "العام" && YEAR_ADJECTIVES.has(infos[k + 1]?.norm ?? "");
}

/** A nisba of a country (الأفغانية, اليمنية: اليمن), which after forces describes whose they are; a people's is part of a name (وحدات حماية الشعب الكردية). */
function isOfCountry(norm: string, model: NerModel): boolean {
  if (isCountryAdjective(norm, model)) return true;
  const stem = PLACE_ADJECTIVE.exec(norm)?.[1];
  return stem !== undefined && isGazetteerPlace("ال" + stem, model);
}

/** How many letters before a chain head are no part of the name, or -1 when the word is no chain head. */
function chainHeadCut(t: TokenInfo, surface: string): number {
  if (CHAIN_HEADS.has(t.norm)) return 0;
  if (t.norm.length !== surface.length) return -1;
  const split = splitsOf(t).find((p) => CHAIN_HEAD_PROCLITIC.test(p.proclitic) && CHAIN_HEADS.has(p.core));
  return split ? split.proclitic.length : -1;
}

/** A definite word that may go on an institution's name: no stopword, date word, title, head or place cue. */
function isChainNoun(t: TokenInfo): boolean {
  return DEFINITE.test(t.norm) && !isStopword(t.norm) && !NEVER_ENTITIES.has(t.norm) && !isTitleInfo(t) && !ORG_HEADS.has(t.norm) && !LOC_CUES.has(t.norm);
}

/** A definite masculine sound plural (المحترفين, الرياضيين, الفلسطينيين): an adjective of persons. */
const DEFINITE_SOUND_PLURAL = /^ال[\u0621-\u064A]{3,}(?:ين|ون)$/;
/** Definite plurals of persons: sound (اللاعبين, الصحفيين) or broken of the shapes أفعال and فعلاء (الأطفال, الأطباء, العلماء). */
const DEFINITE_PLURAL_OF_PERSONS = /^ال(?:[\u0621-\u064A]{3,}(?:ين|ون)|ا[\u0621-\u064A]{2}ا[\u0621-\u064A]|[\u0621-\u064A]{3}اء)$/;

/**
 * The members a body gathers may be named by a plural and its plural adjective (رابطة اللاعبين | المحترفين: SkyNews,
 * BBC, France24, Al Arabia; نقابة الصحفيين | اليمنيين: alriyadh, Al Arabia; جمعية الأطفال | المعوقين: alriyadh;
 * نقابة الأطباء | الإسرائيليين): the adjective at k is a definite masculine sound plural right after the chain's noun,
 * itself a plural of persons, and the head is no force's (قوات الأمن | المسلحين: the armed men, no part of the name).
 */
function isPluralAdjectiveOfMembers(infos: readonly TokenInfo[], head: string, j: number, k: number): boolean {
  const adjective = infos[k]!.norm;
  return k === j + 1 && !FORCES_HEADS.has(head) && DEFINITE_SOUND_PLURAL.test(adjective) && !isStopword(adjective) && DEFINITE_PLURAL_OF_PERSONS.test(infos[j]!.norm);
}

/**
 * An institution head in construct state (لجنة, رابطة, قوات, وحدات, مكتب…), an optional indefinite
 * noun in construct, a definite noun, then up to two definite adjectives (nisbas, participles,
 * elatives: المشترك, الخاصة, الكردية) is one organization: رابطة دوري المحترفين, وحدات حماية الشعب
 * الكردية, قوات الطوارئ الخاصة, لجنة التدريب المشترك. The chain stops at a preposition (بأجهزة), a
 * number, a verb or an indefinite word; mentions inside it give way, one crossing its edge keeps it out.
 */
export function addInstitutionChains(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[] = infosOf(tokens, model), isFootball = false): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cut = chainHeadCut(infos[i]!, tokens[i]!.text);
    if (cut < 0 || !spaceAfter(text, tokens, i)) continue;
    let j = i + 1;
    const middle = infos[j]!;
    if (!DEFINITE.test(middle.norm)) {
      // One indefinite noun in construct: letters only, no stopword, no accusative or nunation, no title (مكتب | رئيس الوزراء بنيامين نتنياهو: the person's office).
      if (j + 1 >= tokens.length || !spaceAfter(text, tokens, j) || !ARABIC_LETTERS_ONLY.test(tokens[j]!.text) || middle.norm.length < 3 || middle.cue === "given" || isTitleInfo(middle) || middle.proclitic !== "" || isPossessedPlainWord(middle, model) || !allowsIndefiniteMiddle(infos[i]!, middle, cut) || isStopword(middle.norm) || isNeverNameEnd(middle.norm, model) || CHAIN_HEADS.has(middle.norm)) continue;
      if (PLACE_ADVERBS.has(middle.norm) || OBJECT_SUFFIX.test(middle.norm)) continue;
      // A name in construct (اتحاد جدة, نادي أبها) takes an adjective after it, not a noun (اتحاد بلعباس | المباراة).
      if ((model.entityWordSet.has(middle.norm) || isGazetteerPlace(middle.norm, model) || timesSeen(middle.norm, model) < MIN_MIDDLE_NOUN_SEEN) && !isChainAdjective(infos[j + 1]!.norm, model)) continue;
      // A preposition fused to it makes the body indefinite (لجنة | لمكافحة الفساد: a committee for).
      if (/^[لب]/.test(middle.norm) && timesSeen(middle.norm.slice(1), model) > 0) continue;
      j++;
    }
    if (!isChainNoun(infos[j]!) || NOT_NAME_ADJECTIVES.has(infos[j]!.norm)) continue;
    let k = j + 1;
    while (k < tokens.length && k - j - 1 < MAX_CHAIN_ADJECTIVES && spaceAfter(text, tokens, k - 1) && isChainNoun(infos[k]!) && !NOT_NAME_ADJECTIVES.has(infos[k]!.norm) && (isChainAdjective(infos[k]!.norm, model) || isPluralAdjectiveOfMembers(infos, infos[i]!.norm.slice(cut), j, k)) && !isYearPhrase(infos, k)) k++;
    if (k - i < MIN_CHAIN_WORDS) continue;
    const head = CHAIN_HEADS.has(infos[i]!.norm) ? infos[i]!.norm : infos[i]!.norm.slice(cut);
    if (FORCES_HEADS.has(head) && isOfCountry(infos[k - 1]!.norm, model)) continue;
    // A position on the pitch or in a table (مركز قلب الدفاع, مركز الهبوط) in a football report.
    if (isFootball && head === "مركز") continue;
    // A medium's head goes without a name the tagger found after it (وكالة | إنترفاكس الروسية), not without its field (وكالة الأنباء الإماراتية).
    if (MEDIA_HEADS.has(head) && !isFieldWord(infos[i + 1]!, model) && overlapsAny(out, tokens[i + 1]!.start, tokens[k - 1]!.end) && !overlapsAny(out, tokens[i]!.start, tokens[i]!.end)) continue;
    if (replaceWithOrganization(text, out, tokens[i]!.start + cut, tokens[k - 1]!.end)) replaced = true;
    i = k - 1;
  }
  if (replaced) sortByStart(out);
}

/** Most words after the field of a definite institution (للسياحة | والتراث الوطني). */
const MAX_DEFINITE_INSTITUTION_TAIL = 3;

/** A field with the fused لل (للسياحة, للأرصاد). */
export const FUSED_FIELD = /^لل[\u0621-\u064A]{2,}$/;
/** A preposition ل fused to an indefinite noun in construct (لكرة, لمكافحة, لحقوق), not to the article (لل). */
const CONSTRUCT_FIELD = /^ل(?!ل)[\u0621-\u064A]{3,}$/;
/** A ball game's word with ل (لكرة القدم, لكرة اليد): after a head and adjective it names a federation. */
const SPORT_FIELD_WORD = "لكره";
/** Fewest times the word table shows the noun of a construct field without its ل (كرة, مكافحة, حقوق, رعاية): a common noun, no name. */
const MIN_CONSTRUCT_FIELD_SEEN = 20;

/**
 * How many words the field of a definite institution takes at k: one with the fused لل (للسياحة), two
 * for ل + a common noun in construct + a definite noun (لكرة القدم, لمكافحة الفساد, لحقوق الإنسان,
 * لرعاية الأيتام), 0 for none. The noun must be a common word (no name) and no present verb of
 * purpose (ليكون), and the word after it a definite noun, no stopword.
 */
function definiteInstitutionFieldLength(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], k: number, model: NerModel): number {
  const norm = infos[k]!.norm;
  if (FUSED_FIELD.test(norm)) return 1;
  // A heh, not a teh marbuta, ends a possessed noun (لنظيره المصري: to its counterpart), never one in construct.
  if (!CONSTRUCT_FIELD.test(norm) || norm.length !== tokens[k]!.text.length || tokens[k]!.text.endsWith(ARABIC_LETTER_HEH) || isStopword(norm) || !infos[k + 1]) return 0;
  const noun = norm.slice(1);
  if (timesSeen(noun, model) < MIN_CONSTRUCT_FIELD_SEEN || PRESENT_VERB_START.test(noun) || isStopword(noun)) return 0;
  // A body or a title after ل makes a board or office of it (المكتب السياسي لحركة النهضة, اللجنة التنفيذية لحزب الشعب, المكتب الإعلامي لرئيس الوزراء).
  if (ORG_HEADS.has(noun) || PERSON_CUES.has(noun)) return 0;
  const next = infos[k + 1]!;
  return DEFINITE.test(next.norm) && !isStopword(next.norm) && !NEVER_ENTITIES.has(next.norm) ? 2 : 0;
}

/**
 * Adjectives that make a definite head a board or part of whatever body the text is about, no name, whatever ل phrase
 * follows (الجمعية العامة لإصدار القرارات, the shareholders' general meeting; اللجنة التنفيذية, الفنية, الإعلامية,
 * التحكيمية, المنظمة; المكتب السياسي, الإعلامي; الشركة الراعية لدوري الصالات, the sponsor); so does a compass
 * adjective, one of a body's branches (بالمركز الشرقي لاختبارات الثانوية العامة: a polling venue).
 */
export const BOARD_ADJECTIVES = new Set(["العموميه", "التنفيذيه", "التنفيذي", "الفنيه", "الفني", "الاعلاميه", "الاعلامي", "التحكيميه", "المنظمه", "الراعيه", "الراعي", "السياسي"]);
/** الجمعية العامة is an assembly of members (shareholders, the UN's), its ل phrase a purpose. */
const ASSEMBLY = "الجمعيه";
const GENERAL = "العامه";

/** A definite head and its adjective that name a board or part of a body (isGenericBoard: اللجنة التنفيذية, الجمعية العامة). */
function isGenericBoard(head: TokenInfo, adjective: string): boolean {
  return BOARD_ADJECTIVES.has(adjective) || COMPASS_ADJECTIVE.test(adjective) || (adjective === GENERAL && (head.norm.endsWith(ASSEMBLY) || head.core === ASSEMBLY));
}

/** An adjective closing a field in construct: a name adjective, or a definite nisba whose masculine form the word table shows (البلدية ← البلدي). */
function isConstructFieldAdjective(norm: string, model: NerModel): boolean {
  if (NAME_ADJECTIVES.has(norm)) return true;
  if (!DEFINITE_NISBA.test(norm) || NOT_NAME_ADJECTIVES.has(norm)) return false;
  return timesSeen(norm.endsWith("يه") ? norm.slice(0, -1) : norm, model) >= MIN_CONSTRUCT_FIELD_SEEN;
}

/**
 * A definite institution the tagger missed or cut: a definite organization head (الهيئة, المؤسسة,
 * المركز; with ب or و cut, with لل kept: للإدارة العامة للمرور), a definite nisba or two
 * (العامة, الوطني, الدولي; العربية السعودية), then its field with the fused لل or ل + a noun in construct, then words
 * with وال and definite nisbas (الهيئة العامة للسياحة والتراث الوطني, المؤسسة العامة للتأمينات
 * الاجتماعية, المركز الوطني للأرصاد; الاتحاد الدولي لكرة اليد, SPA; الهيئة الوطنية لمكافحة الفساد,
 * alriyadh, okaz; الوكالة الدولية لمكافحة المنشطات, SkyNews, France24) is one organization. Mentions
 * inside it give way; one crossing its edge keeps it out.
 */
export function addDefiniteInstitutions(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[], model: NerModel): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const cut = definiteInstitutionHeadCut(infos[i]!, tokens[i]!.text);
    if (cut < 0 || !isInstitutionAdjective(infos[i + 1]!.norm) || LOYAL.has(infos[i + 1]!.norm)) continue;
    // A second adjective may come before the field (الجمعية العربية | السعودية | للثقافة والفنون).
    // The second a country's or a name's own adjective (السعودية, العامة), not a description (المركز المالي | القوي | للبلاد).
    const second = infos[i + 2]!.norm;
    const f = i + 3 < tokens.length && spaceAfter(text, tokens, i + 1) && (isNationalAdjective(second, model) || NAME_TAIL_ADJECTIVES.has(second) || (second.endsWith("ه") && NAME_TAIL_ADJECTIVES.has(second.slice(0, -1)))) ? i + 3 : i + 2;
    const field = definiteInstitutionFieldLength(tokens, infos, f, model);
    if (field === 0 || (field === 2 && isGenericBoard(infos[i]!, infos[i + 1]!.norm))) continue;
    // A body named by head and adjective alone (الاتحاد الأوروبي, القوات العراقية, البنك المركزي) takes a purpose or an object after ل
    // (قانون الاتحاد الأوروبي لحماية البيانات, تحركت القوات العراقية لإعادة السيطرة), no field; a sport still names a federation (الاتحاد الدولي لكرة السلة).
    if (field === 2 && infos[f]!.norm !== SPORT_FIELD_WORD && spanAt(out, tokens[i]!.start + cut, tokens[f - 1]!.end)?.type === "organization") continue;
    let k = f + field;
    // After a field in construct one adjective of its noun may close the name (لبرامج التدريب | المشترك, لانتخابات المجالس | البلدية),
    // a feminine nisba only when its masculine is a word too (not الهيئة الوطنية لمكافحة الفساد | القضية, the verb's object).
    // Not after a sport (الاتحاد الأوروبي لكرة القدم | الفرنسي ميشيل بلاتيني: the next person's nationality), nor a country's adjective, nor
    // over a name that starts at the noun (دعم الحزب الشيعي لقضية | الصحراء الغربية).
    if (field === 2 && k < tokens.length && infos[f]!.norm !== SPORT_FIELD_WORD && spaceAfter(text, tokens, k - 1) && isConstructFieldAdjective(infos[k]!.norm, model) && !isCountryAdjective(infos[k]!.norm, model) && !spanStartingAt(out, tokens[k - 1]!.start)) k++;
    while (field === 1 && k < tokens.length && k - f - 1 < MAX_DEFINITE_INSTITUTION_TAIL && (/^وال[\u0621-\u064A]{2,}$/.test(infos[k]!.norm) || NISBA_ADJECTIVE.test(infos[k]!.norm))) k++;
    const start = tokens[i]!.start + cut;
    const end = tokens[k - 1]!.end;
    if (!replaceWithOrganization(text, out, start, end)) continue;
    i = k - 1;
  }
  sortByStart(out);
}

/**
 * Definite heads a country's body is named by with its adjectives (المجلس التشريعي الفلسطيني): ORG_HEADS' definite ones
 * but the national bodies' (addNationalBodies), the outlets' and companies' (their nisba is no part of the name, as the gold
 * writes شركة بي بي), the alliances' and the groups' of states (الأمم).
 */
const COUNTRY_BODY_HEADS: ReadonlySet<string> = new Set(["المجلس", "الهيئه", "المؤسسه", "المركز", "المعهد", "اللجنه", "المكتب", "الاداره", "الحزب", "الحركه", "الجبهه", "البنك", "المصرف", "الوكاله", "الجمعيه", "المنظمه", "المحكمه", "الجامعه", "الاكاديميه", "الرابطه", "النقابه", "المفوضيه", "المديريه", "الدائره", "السلطه", "الكتله"]);
/** «highest», which closes a body's name after its adjectives as a country's adjective does (اللجنة الانتخابية | العليا, المجلس الإسلامي | الأعلى). */
const HIGHEST: ReadonlySet<string> = new Set(["العليا", "الاعلي"]);
/** Nisbas of a region or the world, or of a compass point, that no country's body ends with (المجلس الطبي | الإقليمي, الدائرة القطبية | الشمالية), masculine. */
const NOT_A_NATION: ReadonlySet<string> = new Set(["الاقليمي", "الدولي", "العالمي", "القاري", "الشمالي", "الجنوبي", "الشرقي", "الغربي"]);
/** Most adjectives between a country body's head and its country's adjective (المركز الثقافي الوطني | الأميركي). */
const MAX_COUNTRY_BODY_ADJECTIVES = 2;

/**
 * A definite head of COUNTRY_BODY_HEADS, one or two definite adjectives of its gender, then a country's adjective of its
 * gender (or «highest») that ends the name, is that country's body: المركز الثقافي الوطني الأميركي (SkyNews), اللجنة الانتخابية
 * العليا (France24: العليا after); over the pool البنك المركزي التركي/المصري/العراقي, الحزب الديمقراطي الكردستاني الإيراني,
 * اللجنة الأولمبية المصرية, المجلس الرئاسي الليبي, الجمعية الوطنية الفرنسية (CNN, BBC, SkyNews, France24, Al Arabia).
 * The adjectives agree with the head (a masculine head takes no feminine one: a feminine adjective qualifies another noun),
 * none is a board's (اللجنة التنفيذية) or says whose or which (الرسمي, المقبل); a compass adjective may complete the
 * country (الكوري الجنوبي), a name adjective close it (العليا). A conjunction or ب before the head goes, a fused لل stays.
 */
export function addDefiniteBodiesOfCountries(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[], model: NerModel): void {
  let added = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const cut = definiteInstitutionHeadCut(infos[i]!, tokens[i]!.text);
    if (cut < 0) continue;
    const head = infos[i]!.norm.slice(cut);
    const headWord = head.startsWith("لل") ? "ا" + head.slice(1) : head;
    if (!COUNTRY_BODY_HEADS.has(headWord)) continue;
    const feminine = headWord.endsWith("ه");
    const agrees = (norm: string) => norm.endsWith("ه") === feminine;
    let k = i + 1;
    while (k < tokens.length && k - i - 1 < MAX_COUNTRY_BODY_ADJECTIVES && spaceAfter(text, tokens, k - 1) && !infos[k]!.proclitic && isBodyAdjective(infos[k]!.norm, model) && agrees(infos[k]!.norm)) k++;
    if (k === i + 1 || k >= tokens.length || !spaceAfter(text, tokens, k - 1) || infos[k]!.proclitic) continue;
    if (isGenericBoard(infos[i]!, infos[i + 1]!.norm)) continue;
    const country = infos[k]!.norm;
    if (HIGHEST.has(country) && (country === "العليا") === feminine) k++;
    else if (agrees(country) && !NOT_A_NATION.has(country.replace(/ه$/u, "")) && isNationalAdjective(country, model)) {
      k += infos[k + 1] && isCompassOfCountry(country, infos[k + 1]!.norm, model) ? 2 : 1;
      if (infos[k] && NAME_ADJECTIVES.has(infos[k]!.norm) && agrees(infos[k]!.norm) && spaceAfter(text, tokens, k - 1)) k++;
    } else continue;
    if (!replaceWithOrganization(text, out, tokens[i]!.start + cut, tokens[k - 1]!.end)) continue;
    added = true;
    i = k - 1;
  }
  if (added) sortByStart(out);
}

/** A definite adjective of a body between its head and its country's adjective: a nisba or name adjective, no country's own, none that says whose or which. */
function isBodyAdjective(norm: string, model: NerModel): boolean {
  if (NOT_NAME_ADJECTIVES.has(norm) || BOARD_ADJECTIVES.has(norm) || YEAR_ADJECTIVES.has(norm) || HIGHEST.has(norm) || isPlaceAdjective(norm, model)) return false;
  return NAME_ADJECTIVES.has(norm) || DEFINITE_NISBA.test(norm) || NAME_TAIL_ADJECTIVES.has(norm) || NAME_TAIL_ADJECTIVES.has(norm.slice(0, -1));
}

/** A court, with the article and a conjunction or preposition fused or not (المحكمة, بالمحكمة, والمحكمة). */
export const COURT_WORD = /^(?:[وف]?[بل]?)المحكمه$/;
/** Adjectives that make a court a country's one court of that rank (المحكمة العليا, الدستورية, الاتحادية). */
const HIGH_COURT_ADJECTIVES = new Set(["العليا", "الدستوريه", "الاتحاديه"]);

/**
 * A country's high court, المحكمة + العليا / الدستورية / الاتحادية (+ العليا, + a national adjective:
 * المحكمة الاتحادية العليا, المحكمة العليا الإندونيسية), is an organization the tagger leaves out
 * (BBC, CNN, Al Jazeera, Okaz, Alwatan: «صدق ذلك من المحكمة العليا», «قاضي الاستئناف بالمحكمة
 * العليا»); other courts' adjectives (الجزائية, العامة) name one of many.
 */
export function addHighCourts(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // endsWith first: a regex call on every token of a body cost more than the test (here and below)
    if (!(infos[i]!.norm.endsWith("المحكمه") && COURT_WORD.test(infos[i]!.norm)) || !HIGH_COURT_ADJECTIVES.has(infos[i + 1]!.norm)) continue;
    let k = i + 2;
    if (k < tokens.length && infos[k]!.norm === "العليا" && infos[i + 1]!.norm !== "العليا") k++;
    if (k < tokens.length && isNationalAdjective(infos[k]!.norm, model)) k++;
    const article = tokens[i]!.text.indexOf("ال");
    if (article < 0) continue;
    if (replaceWithOrganization(text, out, tokens[i]!.start + article, tokens[k - 1]!.end)) replaced = true;
    i = k - 1;
  }
  if (replaced) sortByStart(out);
}

/** «loyal», a nisba's shape whose لل word is its complement, no field (والقوات الموالية للرئيس). */
export const LOYAL = new Set(["الموالي", "المواليه"]);
/**
 * addDefiniteInstitutions: how many letters before a definite institution head are no part of the
 * name (بالإدارة, والهيئة: the proclitic; للإدارة: none, a fused لل is left to the name form as
 * everywhere), or -1 when the word is no such head.
 */
function definiteInstitutionHeadCut(t: TokenInfo, surface: string): number {
  if (isDefiniteOrgHead(t.norm)) return 0;
  if (t.norm.startsWith("لل") && isDefiniteOrgHead("ا" + t.norm.slice(1))) return 0;
  if (!isDefiniteOrgHead(t.core) || !t.norm.endsWith(t.core) || t.norm.length !== surface.length || t.proclitic.endsWith("لل")) return -1;
  return t.norm.length - t.core.length;
}

/** Local government bodies named for a province or governorate. */
const PROVINCE_BODY_HEADS = ["اماره", "شرطه", "بلديه", "جوازات", "امانه", "مرور"];
/**
 * Each such head with a fused و/ف and ب/ل or neither (وبلديه, لشرطه), to its proclitic and head: a lookup
 * of every token's norm (most end in ه, ت or ر, so a regex ran on most of them).
 */
const PROVINCE_BODY_HEAD: ReadonlyMap<string, { proclitic: string; head: string }> = new Map(
  ["", "و", "ف"].flatMap((conjunction) => ["", "ب", "ل"].flatMap((preposition) => PROVINCE_BODY_HEADS.map((head) => [conjunction + preposition + head, { proclitic: conjunction + preposition, head }] as const))),
);
/** The province words between such a body and its place's name. */
const PROVINCE_WORDS = new Set(["منطقه", "محافظه"]);

/**
 * The emirate, police, municipality, passports, secretariat or traffic directorate of a province or
 * governorate (إمارة منطقة مكة المكرمة, almadina; شرطة محافظة الخرج, alwatan; ببلدية محافظة أملج,
 * SPA; جوازات منطقة عسير, alweeam) is an organization whose name holds the place: head + منطقة or
 * محافظة + a place mention starting right there become one organization (the place inside it goes). The police,
 * secretariat or passports of a place mention right after the head is one too (شرطة دبي, شرطة لندن, لأمانة نجران:
 * JawharaFM, alweeam, aawsat, SkyNews, alriyadh, okaz, alyaum, 3alyoum; أمانة الأحساء: was, alweeam,
 * alyaum, alwatan, almadina, 3alyoum), as the own gold tags شرطة محافظة الخرج and بلدية مدركة; an emirate or a
 * municipality named so may be the territory (إمارة دبي, في بلدية الكرم) and is left.
 */
export function addBodiesOfProvinces(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = PROVINCE_BODY_HEAD.get(infos[i]!.norm);
    if (!head || infos[i]!.norm.length !== tokens[i]!.text.length || !spaceAfter(text, tokens, i)) continue;
    const viaProvince = i + 2 < tokens.length && PROVINCE_WORDS.has(infos[i + 1]!.norm) && spaceAfter(text, tokens, i + 1);
    const placeAt = viaProvince ? tokens[i + 2]!.start : BODIES_OF_PLACES.has(head.head) ? tokens[i + 1]!.start : -1;
    const place = out.find((s) => s.type === "location" && s.start === placeAt);
    if (!place || replaceWithOrganization(text, out, tokens[i]!.start + head.proclitic.length, place.end) === false) continue;
    replaced = true;
  }
  if (replaced) sortByStart(out);
}

/**
 * Bodies named by the place itself, no province word between: not an emirate or a municipality, which may be the territory,
 * nor traffic, مرور being also a passage (حرية مرور إسرائيل, نقطة مرور سان إيسيدرو).
 */
const BODIES_OF_PLACES = new Set(["شرطه", "امانه", "جوازات"]);

/** مسجد with a fused و/ف and ب/ل or not: group 1 the proclitic. */
const MOSQUE_HEAD = /^([وف]?[بل]?)مسجد$/;
/** Words between a mosque and the body it belongs to (مسجد منسوبي / مقر / مستشفى قوات الطوارئ). */
const MOSQUE_OF = new Set(["منسوبي", "مقر", "مستشفي"]);

/**
 * A mosque named for the body it belongs to is a place (مسجد قوات الطوارئ بأبها: aljazirah, alriyadh,
 * okaz, alyaum, aawsat, alwatan …; مسجد مستشفى قوات الطوارئ, مسجد منسوبي قوات الطوارئ): مسجد in
 * construct + an organization mention of two words or more starting right there, without a clitic, or
 * one word of MOSQUE_OF between, become
 * one location (the body inside it goes, as the own gold tags the mosque whole). Added after the
 * types are settled, so the body keeps its type where the article names it alone.
 */
export function addMosquesOfBodies(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!.norm.endsWith("مسجد") ? MOSQUE_HEAD.exec(infos[i]!.norm) : null;
    if (!head || infos[i]!.norm.length !== tokens[i]!.text.length || !spaceAfter(text, tokens, i)) continue;
    let k = i + 1;
    if (MOSQUE_OF.has(infos[k]!.norm) && k + 1 < tokens.length && spaceAfter(text, tokens, k)) k++;
    // The body in construct, named by two words or more: no clitic before it (مسجد | للسنة, a mosque for
    // the Sunnis), no one-word mention (مسجد | سيدنا, the tagger's false body).
    const body = infos[k]!.proclitic ? undefined : out.find((s) => s.type === "organization" && s.start === tokens[k]!.start && s.text.includes(" "));
    if (body && replaceWithMention(text, out, tokens[i]!.start + head[1]!.length, body.end, "location")) replaced = true;
  }
  if (replaced) sortByStart(out);
}

/** نادي with a fused و/ف and ب/ل or not: group 1 the proclitic. */
const CLUB_HEAD = /^([وف]?[بل]?)نادي$/;

/**
 * A club named for its town, with the nisba of its field after it or not (نادي أبها الأدبي, SPA,
 * almadina, alwatan; لنادي عسير الفوتوغرافي, SPA; نادي نجران): نادي + a place mention + a definite
 * nisba is one organization, the place inside it no mention of the town. Added after the types are
 * settled, so the town keeps its type where the article names it alone.
 */
export function addClubsNamedForPlaces(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // endsWith first: the regex ran on every word of the body, and few end in نادي
    const head = infos[i]!.norm.endsWith("نادي") ? CLUB_HEAD.exec(infos[i]!.norm) : null;
    if (!head || infos[i]!.norm.length !== tokens[i]!.text.length || !spaceAfter(text, tokens, i)) continue;
    const place = out.find((s) => s.type === "location" && s.start === tokens[i + 1]!.start);
    if (!place) continue;
    const after = tokens.findIndex((t) => t.start >= place.end);
    const adjective = after > 0 && text.slice(place.end, tokens[after]!.start) === " " && DEFINITE_NISBA.test(infos[after]!.norm) && !infos[after]!.norm.endsWith("يه");
    if (replaceWithOrganization(text, out, tokens[i]!.start + head[1]!.length, adjective ? tokens[after]!.end : place.end)) replaced = true;
  }
  if (replaced) sortByStart(out);
}

/** A definite organization head (الهيئة, المؤسسة). */
export function isDefiniteOrgHead(w: string): boolean {
  return w.startsWith("ال") && ORG_HEADS.has(w);
}

/** A ruler's court, written with the article (الديوان), with a proclitic or not (بالديوان, والديوان). */
export const COURT = /^(?:[وف]?[بل]?)الديوان$/;

/**
 * The court of a ruler, الديوان + the nisba of a ruler's title among the person cues (الملك → الملكي,
 * الأمير → الأميري), is an organization the tagger leaves out: المستشار بالديوان الملكي (aljazirah,
 * alriyadh, alyaum, okaz, France24 …). Without such an adjective the word is also a poet's collection.
 */
export function addRulersCourts(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adjective = infos[i + 1]!.norm;
    if (!(infos[i]!.norm.endsWith("الديوان") && COURT.test(infos[i]!.norm)) || !adjective.endsWith(NISBA_YEH) || !PERSON_CUES.has(adjective.slice(0, -1))) continue;
    const article = tokens[i]!.text.indexOf("ال");
    if (article < 0) continue; // marks or compatibility forms inside the word
    if (replaceWithOrganization(text, out, tokens[i]!.start + article, tokens[i + 1]!.end)) replaced = true;
  }
  if (replaced) sortByStart(out);
}

/** A definite nisba or a name adjective, masculine or feminine (الوطني, الوطنية, العام, العامة). */
export function isInstitutionAdjective(norm: string): boolean {
  return DEFINITE_NISBA.test(norm) || NAME_TAIL_ADJECTIVES.has(norm) || (norm.endsWith("ه") && NAME_TAIL_ADJECTIVES.has(norm.slice(0, -1)));
}

/** Adjectives of the compass and of parts of a country or region, which do end place names (كوريا الجنوبية, أمريكا الشمالية). */
export const COMPASS_ADJECTIVE = /^ال(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|يه)$/;
