/**
 * Organizations widened or added over the document's text: plural fields, news agencies and institutions of places,
 * general organs, sports bodies and their sport, conjoined construct fields.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { tokenInfo } from "../features.js";
import { GIVEN_NAMES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import { firstWord } from "../../../arabic/code-units.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, timesSeen, sortByStart, widenUnlessOverlapping } from "./shared.js";
import { isCountryAdjective, isNationalAdjective, isGazetteerPlace, isPossessedPlainWord, isHeadWord, isTitleWord, PRESENT_VERB_START } from "./words.js";
import { MIN_NAME_CORE } from "./proclitics.js";
import { DEFINITE_PARTICIPLE } from "./national-bodies.js";

/** A definite sound feminine plural of a field (الخدمات, القوات), which a feminine singular adjective qualifies. */
const FIELD_FEMININE_PLURAL = /^ال[\u0621-\u064A]{2,}ات$/;

/**
 * An organization of a field-named head and one definite sound feminine plural takes the definite feminine participle
 * after it, which agrees with that plural and names the field with it: لجنة القوات | المسلحة (BBC ×2), لجنة الخدمات |
 * المساندة (was). A participle after a singular field qualifies the head or something before it (لجنة التحقيق | المكلفة,
 * وزارة المالية | المتعلقة) and stays out.
 */
export function widenPluralFieldsOverParticiples(text: string, spans: Candidate[], model: NerModel): void {
  for (const s of spans) {
    if (s.type !== "organization") continue;
    const words = normalizeArabic(s.text).split(" ");
    if (words.length !== 2 || !FIELD_FEMININE_PLURAL.test(words[1]!) || !isFieldNamedHead(firstWord(s.text), model)) continue;
    const next = NEXT_WORD.exec(text.slice(s.end, s.end + 24));
    if (next === null || !DEFINITE_PARTICIPLE.test(normalizeArabic(next[1]!))) continue;
    const end = s.end + next[0].length;
    widenUnlessOverlapping(text, spans, s, end);
  }
}

/**
 * Where a head found by a head-before pattern starts in the text (after its conjunction or preposition): `head` matched the
 * text that ends at `mentionStart`, with the clitics in group 1 and the head in group 2.
 */
function headStart(mentionStart: number, head: RegExpExecArray): number {
  return mentionStart - head[0].length + head[0].indexOf(head[1]! + head[2]!) + head[1]!.length;
}

/** An agency's head right before a name, spaces between, a conjunction or preposition before it or not. */
const AGENCY_HEAD_BEFORE = /(?:^|[^\u0621-\u064A])([وفبل]{0,2})(وكال[ةه])[ \u00A0]+$/u;
/** A news agency's field after its place: للأنباء, one more word of the place before it or not (تونس | أفريقيا للأنباء). */
const NEWS_AFTER_PLACE = /^((?:[ \u00A0]+[\u0621-\u064A]+)?)[ \u00A0]+لل[أا]نباء(?![\u0621-\u064A])/u;

/**
 * A news agency named for its country: وكالة + a place + للأنباء is one organization, the place mention inside it gives
 * way (وكالة | السودان | للأنباء: Alarabia, SkyNews; وكالة | البحرين | للأنباء, Alarabia; وكالة | تونس أفريقيا |
 * للأنباء, France24). A word between the place and للأنباء must be a place mention too.
 */
export function addNewsAgenciesOfPlaces(text: string, spans: Candidate[]): void {
  let added = false;
  for (const s of [...spans]) {
    if (s.type !== "location" || !spans.includes(s)) continue;
    const head = AGENCY_HEAD_BEFORE.exec(text.slice(Math.max(0, s.start - 16), s.start));
    if (head === null) continue;
    const after = NEWS_AFTER_PLACE.exec(text.slice(s.end, s.end + 40));
    if (after === null) continue;
    const middleEnd = s.end + after[1]!.length;
    if (after[1] && !spans.some((o) => o.type === "location" && o.start > s.end && o.end === middleEnd)) continue;
    const start = headStart(s.start, head);
    added = replaceWithOrganization(text, spans, start, s.end + after[0].length) || added;
  }
  if (added) sortByStart(spans);
}

/** A general organ's head and «العامة» right before a body's mention, a conjunction or ب before it or not (الجمعية العامة, للقيادة العامة, الأمانة العامة). */
const GENERAL_ORGAN_BEFORE = /(?:^|[^\u0621-\u064A])([وفب]?)((?:ال|لل)(?:جمعي|قياد|[أا]مان)[ةه][ \u00A0]+العام[ةه])[ \u00A0]+$/u;

/**
 * A body's general organ named before it, الجمعية العامة, القيادة العامة or الأمانة العامة + a mention of the body with
 * a fused لل, is one organization: the gold writes الجمعية العامة للأمم المتحدة (France24) and القيادة العامة للجيش
 * السوري (CNN) whole; over the pool الجمعية العامة | للأمم المتحدة ×67 (CNN, BBC, SkyNews, France24), القيادة العامة |
 * للقوات المسلحة الليبية/المصرية/الإماراتية ×17, الأمانة العامة | للإنتربول, للجامعة العربية. A fused لل before the head stays, as
 * everywhere; a conjunction or ب goes. Not a person's office (المدعية العامة, الأمين العام) nor other general nouns
 * (الميزانية العامة, البيانات العامة): their heads are not these three.
 */
export function addGeneralOrgansOfBodies(text: string, spans: Candidate[]): void {
  let added = false;
  for (const s of [...spans]) {
    if (s.type !== "organization" || !spans.includes(s) || !s.text.startsWith("لل")) continue;
    const head = GENERAL_ORGAN_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
    if (head === null) continue;
    added = replaceWithOrganization(text, spans, headStart(s.start, head), s.end) || added;
  }
  if (added) sortByStart(spans);
}

/** An indefinite head of an institution named for its place right before a name, spaces between, a conjunction or preposition before it or not. */
const PLACE_INSTITUTION_HEAD_BEFORE = /(?:^|[^\u0621-\u064A])([وفبل]{0,2})(جامع[ةه]|كلي[ةه]|معهد|سفار[ةه]|قنصلي[ةه]|شرط[ةه]|بلدي[ةه])[ \u00A0]+$/u;
/** Heads of a school, whose field may follow the place with a fused لل (كلية لندن | للاقتصاد, جامعة دريسدن | للتكنولوجيا). */
const SCHOOL_HEAD = /^(?:جامع|كلي)[ةه]$|^معهد$/u;
/** A school's field: لل + a noun, no time word (جامعة القاهرة | للعام الدراسي), and its nisba (للعلوم | السياسية). */
const SCHOOL_FIELD_AFTER = /^[ \u00A0]+(لل[\u0621-\u064A]{3,})(?:[ \u00A0]+ال[\u0621-\u064A]{2,}(?:ي|ية|يه))?(?![\u0621-\u064A])/u;
/** An embassy's or consulate's head. */
const MISSION_HEAD = /^(?:سفار|قنصلي)[ةه]$/u;
/**
 * An embassy or consulate named by its country's nisba (السفارة الأمريكية): where the article names one so, an embassy of a
 * place (سفارة الولايات المتحدة) is likely the same, and merge.ts cannot tell a nisba's country from the place's name (الأمريكية
 * and الولايات المتحدة), so the construct form is left to the place mention rather than split the embassy in two records.
 */
const DEFINITE_MISSION_BY_NISBA = /(?<![\u0621-\u064A])[وفبل]{0,2}ال(?:سفار|قنصلي)[ةه][ \u00A0]+ال[\u0621-\u064A]{2,}ي[ةه](?![\u0621-\u064A])/u;
const NOT_SCHOOL_FIELDS = new Set(["للعام", "للمره", "للسنه", "للموسم", "للفتره", "للشهر", "لليوم", "للاسبوع", "للمرحله"]);

/**
 * An institution named for its place: an indefinite head of a university, college, institute, embassy, consulate, police
 * or municipality right before a place mention (or a one-word organization the tagger gave the place's name) is one
 * organization with it, as the gold writes شرطة إسطنبول, جامعة يورك, سفارة الولايات المتحدة (سفارة | الإمارات, BBC;
 * بجامعة | كمبردج, SkyNews; شرطة | فاستمانلاند, SaudiNewsNet; كلية | لندن | للاقتصاد, CNN). A school's field after a fused
 * لل goes with it. A conjunction or preposition before the head stays out; the place's other mentions keep their type.
 */
export function addInstitutionsOfPlaces(text: string, spans: Candidate[]): void {
  let added = false;
  const missionByNisba = DEFINITE_MISSION_BY_NISBA.test(text);
  for (const s of [...spans]) {
    if (!spans.includes(s) || !(s.type === "location" || (s.type === "organization" && !/\s/u.test(s.text)))) continue;
    const head = PLACE_INSTITUTION_HEAD_BEFORE.exec(text.slice(Math.max(0, s.start - 16), s.start));
    if (head === null || (missionByNisba && MISSION_HEAD.test(head[2]!))) continue;
    let end = s.end;
    const field = SCHOOL_HEAD.test(head[2]!) ? SCHOOL_FIELD_AFTER.exec(text.slice(s.end, s.end + 40)) : null;
    if (field && !NOT_SCHOOL_FIELDS.has(normalizeArabic(field[1]!))) end += field[0].length;
    added = replaceWithOrganization(text, spans, headStart(s.start, head), end) || added;
  }
  if (added) sortByStart(spans);
}

/** Heads of sports bodies, which name their sport after the name (منتخب بيرو لكرة القدم, اتحاد أثيوبيا لكرة القدم). */
const SPORT_BODY_HEADS = new Set(["منتخب", "اتحاد", "نادي"]);
/** A sport after a body's name: لكرة + a definite word (لكرة القدم, لكرة اليد). */
const SPORT_AFTER = /^[ \u00A0]+(لكر[ةه][ \u00A0]+ال[\u0621-\u064A]+)(?![\u0621-\u064A])/u;
/** An indefinite sports body's head right before a name, spaces between, with a conjunction or preposition or not. */
const SPORT_HEAD_BEFORE = /(?:^|[^\u0621-\u064A])([وفبل]{0,2})(منتخب|اتحاد|نادي)[ \u00A0]+$/u;

/**
 * A sports body's name goes on over its sport: an organization led by منتخب, اتحاد or نادي, or a place named right after
 * such a head, followed by لكرة + a definite word, is the body with its sport (منتخب البارغواي | لكرة القدم, aljazirah;
 * منتخب الباراجواي | لكرة القدم, alwatan; اتحاد | أثيوبيا | لكرة القدم, اتحاد أميركا الجنوبية | لكرة القدم: SkyNews;
 * منتخب | بيرو | لكرة القدم, Alarabia). A conjunction or preposition before the head stays out.
 */
export function widenSportsBodiesOverSports(text: string, spans: Candidate[], model: NerModel): void {
  let added = false;
  for (const s of [...spans]) {
    const sport = SPORT_AFTER.exec(text.slice(s.end, s.end + 24));
    if (sport === null) continue;
    const end = s.end + sport[0].length;
    if (s.type === "organization" && SPORT_BODY_HEADS.has(tokenInfo(firstWord(s.text), model.resources).bare)) {
      widenUnlessOverlapping(text, spans, s, end);
    } else if (s.type === "location") {
      const head = SPORT_HEAD_BEFORE.exec(text.slice(Math.max(0, s.start - 16), s.start));
      if (head === null) continue;
      const start = headStart(s.start, head);
      added = replaceWithOrganization(text, spans, start, end) || added;
    }
  }
  if (added) sortByStart(spans);
}

/** Heads of bodies named by their fields, which may be two fields joined by و (هيئة الاتصالات وتقنية المعلومات). */
const FIELD_NAMED_HEADS = new Set(["وزاره", "هيئه", "لجنه", "مكتب", "معهد", "جمعيه", "وكاله", "مركز", "مؤسسه", "منظمه", "اداره", "دائره", "مجلس", "كليه", "عماده"]);
/** و + a noun in construct with a definite noun, then no letter: a second field (وتقنية المعلومات, وعلوم الفضاء). */
const CONJOINED_CONSTRUCT_FIELD = /^[ \u00A0]+(و[\u0621-\u064A\u064B-\u0652]+)[ \u00A0]+(ال[\u0621-\u064A\u064B-\u0652]+)(?![\u0621-\u064A\u064B-\u0652])/u;

function isFieldNamedHead(word: string, model: NerModel): boolean {
  const t = tokenInfo(word, model.resources);
  return FIELD_NAMED_HEADS.has(t.bare) || FIELD_NAMED_HEADS.has(t.norm.replace(/^(?:[وفبك]?ال|لل)/, ""));
}

/**
 * An organization named by a head of FIELD_NAMED_HEADS and its field goes on over a second field joined by و, a noun in
 * construct with a definite noun: هيئة الاتصالات | وتقنية المعلومات (Alarabia, aljazirah, almadina, alriyadh, alwatan,
 * okaz, aleqtisadiya, alweeam), المكتب التعاوني للدعوة والإرشاد | وتوعية الجاليات (was, almadina, okaz, alyaum, 3alyoum),
 * الجمعية العربية للنيازك | وعلوم الفضاء (aleqtisadiya, aljazirah), الوكالة الأميركية للجيولوجيا | وعلم الزلازل (SkyNews),
 * لجنة الاحتراف | وأوضاع اللاعبين (alwatan). The و-word is no name, title, head, stopword, verb or possessed word, and the
 * text shows its rest more often than it (وقت, وفاة stay words of their own); the definite noun is no place, title or
 * head, and neither word starts a mention. Not after a country's adjective (وزارة الخارجية النيجيرية | وفاة الدبلوماسي).
 */
export function widenOverConjoinedConstructFields(text: string, spans: Candidate[], model: NerModel): void {
  const starts = new Set(spans.map((s) => s.start));
  for (const s of spans) {
    if (s.type !== "organization" || !s.text.includes(" ") || !isFieldNamedHead(firstWord(s.text), model)) continue;
    const m = CONJOINED_CONSTRUCT_FIELD.exec(text.slice(s.end, s.end + 80));
    if (m === null) continue;
    const last = normalizeArabic(s.text.slice(s.text.lastIndexOf(" ") + 1));
    if (isCountryAdjective(last, model) || !isConjoinedFieldNoun(m[1]!, model) || !isFieldComplement(m[2]!, model)) continue;
    const fieldStart = s.end + m[0].indexOf(m[1]!);
    const complementStart = s.end + m[0].length - m[2]!.length;
    if (starts.has(fieldStart) || starts.has(complementStart)) continue;
    s.end += m[0].length;
    s.text = text.slice(s.start, s.end);
  }
}

/** Nouns that head a body of their own in construct (وجهاز الأمن, وحرس الحدود), no field. */
const BODY_NOUNS = new Set(["جهاز", "حرس", "سلاح"]);
/** How many times more often the text shows a field noun than the same word with و: a verb with و is common (ودعا 184, دعا 230). */
const MIN_FIELD_NOUN_RATIO = 2;

function isConjoinedFieldNoun(word: string, model: NerModel): boolean {
  const norm = normalizeArabic(word);
  const rest = nameAfterConjunction(norm, model);
  if (rest === null || rest.startsWith("ال") || PRESENT_VERB_START.test(rest) || BODY_NOUNS.has(rest)) return false;
  if (timesSeen(rest, model) < MIN_FIELD_NOUN_RATIO * timesSeen(norm, model)) return false;
  const t = tokenInfo(rest, model.resources);
  return t.cue !== "given" && !isTitleWord(t) && !isHeadWord(rest) && !isStopword(rest) && !isPossessedPlainWord(t, model);
}

function isFieldComplement(word: string, model: NerModel): boolean {
  const t = tokenInfo(word, model.resources);
  return !isStopword(t.norm) && !isTitleWord(t) && !isHeadWord(t.norm) && !isGazetteerPlace(t.norm, model) && !isNationalAdjective(t.norm, model);
}

/**
 * The word a و-word (normalized) would name after its و, a list's next name, or null when the whole word stays: it is a
 * given name or training saw it start a name (وليد, وائل, ونوس), or the rest is shorter than MIN_NAME_CORE or
 * another و (وودي, ووتش). splitPersonsAtListedLastWords and cutConjunctionsOfListedNames ask it.
 */
export function nameAfterConjunction(norm: string, model: NerModel): string | null {
  if (!norm.startsWith("و") || GIVEN_NAMES.has(norm) || model.entityWordSet.has(norm) || tokenInfo(norm, model.resources).cue === "given") return null;
  const rest = norm.slice(1);
  return rest.length < MIN_NAME_CORE || rest.startsWith("و") ? null : rest;
}

/** The word right after a mention, a space apart: its offsets and folded form. */
export const NEXT_WORD = /^ ([\u0621-\u064A]+)(?![\p{L}\p{M}])/u;
