/**
 * An organization's field after its head: fused لل fields, conjoined fields, field tails (widenFieldTails).
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import type { TokenInfo } from "../features.js";
import { ORG_HEADS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { spaceAfter, widenUnlessOverlapping } from "./shared.js";
import { isCountryAdjective, isNationalAdjective, DEFINITE_NISBA, DEFINITE, NAME_ADJECTIVES, isOrgHeadInfo } from "./words.js";
import { KNOWN_ORGANIZATIONS_SET } from "./known-organizations.js";
import { LAM_LAM } from "./clubs.js";
import { isInstitutionHead, NISBA_ADJECTIVE, NOT_NAME_ADJECTIVES, YEAR_ADJECTIVES, FUSED_FIELD, BOARD_ADJECTIVES, LOYAL, isInstitutionAdjective } from "./institutions.js";

const MINISTRY_HEAD = "وزاره";

/** Most conjoined fields an institution's name takes (وزارة الشؤون الإسلامية والدعوة والإرشاد). */
const MAX_CONJOINED_FIELDS = 2;

/**
 * The index of the token of this sentence an organization mention wholly inside its tokens starts in; -1 for
 * another mention. A plain function, not a generator of pairs: asked of every mention of the text at every
 * sentence, the generator's objects were 4 % of what the stage allocates.
 */
function organizationStartIn(tokens: readonly TaggerToken[], span: Candidate): number {
  if (span.type !== "organization" || !tokens.length || span.start < tokens[0]!.start || span.end > tokens[tokens.length - 1]!.end) return -1;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.end > span.start) return k;
  return -1;
}

/** Heads of bodies named by a noun, its adjective and a field with the fused لل (منظمة البلدان المصدرة للبترول). */
const FUSED_FIELD_HEADS = new Set(["منظمه", "هيئه", "جمعيه", "اتحاد", "رابطه", "مجلس", "لجنه", "حركه", "جبهه", "شركه", "مؤسسه", "وكاله", "مركز", "صندوق", "معهد", "مفوضيه", "نقابه", "بنك", "مصرف"]);
/** A preposition or adverb, a pronoun on it or not, after a verbal noun with لل: its complement, no field (للحصول | على, للتأكيد | عليها, للتحقيق | معه, للشهادة | بعد). */
const COMPLEMENT_PREPOSITION = /^(?:علي|عن|من|مع|في|الي|حتي|بعد|قبل|عند|ضد|بين|حول|لدي)(?:ه|ها|هم|هما|هن|ك|كم|نا|ي)?$/;
/** Adjectives after a body that say which board or which time, no part of a name before a field (مجلس الإدارة | الجديد). */
const NOT_FIELD_ADJECTIVES = new Set([...NOT_NAME_ADJECTIVES, ...YEAR_ADJECTIVES, ...BOARD_ADJECTIVES, ...LOYAL, "الجديد", "السابق", "السابقه"]);

/** Words of time and turn with لل, no field (هيئة الهلال الأحمر السعودي | للعام المالي, للمرة الثانية). */
const TIME_FIELDS = new Set(["للعام", "للعامين", "للسنه", "للسنوات", "للمره", "للموسم", "لليوم", "للشهر", "للاسبوع", "للفتره", "للدوره", "للنسخه", "للجوله"]);

/** A definite adjective or participle of a body's name (المصدرة, الدولية, العليا, المتحدة), the word before its لل field. */
function isFieldNameAdjective(t: TokenInfo): boolean {
  if (!DEFINITE.test(t.norm) || NOT_FIELD_ADJECTIVES.has(t.norm) || isStopword(t.norm)) return false;
  return isInstitutionAdjective(t.norm) || NAME_ADJECTIVES.has(t.norm) || t.norm.startsWith("الم");
}

/**
 * An organization led by a body's head (منظمة, هيئة, شركة, مركز, with its clitics) and cut before its field goes on
 * over it: a definite noun and its adjective or participle, then one word with the fused لل (منظمة البلدان | المصدرة
 * للبترول, SkyNews, Okaz, Al Yaum, Asharq Al-Awsat, 3alyoum; وشركة الصين الوطنية | للبترول, SkyNews; مركز الطائف الدولي
 * | للمعارض, almadina; وكالة الطلبة الإيرانية | للأنباء, France24; مكتب الحماية المالية | للمستهلكين, alyaum). Not over
 * a verbal noun whose preposition follows (صندوق النقد الدولي | للتأكيد عليها, للحصول على), nor into another mention.
 */
export function widenInstitutionsOverFusedFields(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  for (const span of out) {
    const first = organizationStartIn(tokens, span);
    if (first < 0 || !isFusedFieldHead(infos[first]!)) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    if (last === first || tokens[last]!.end !== span.end || !DEFINITE.test(infos[first + 1]!.norm)) continue;
    // Head + noun alone takes its adjective with the field (منظمة البلدان | المصدرة للبترول); a longer name ends on it.
    const field = last === first + 1 ? last + 2 : last + 1;
    if (field >= tokens.length || !isFieldNameAdjective(infos[field - 1]!) || !FUSED_FIELD.test(infos[field]!.norm)) continue;
    if (!spaceAfter(text, tokens, field - 1) || (field - 1 > last && !spaceAfter(text, tokens, last))) continue;
    if (infos[field]!.norm.length !== tokens[field]!.text.length || TIME_FIELDS.has(infos[field]!.norm) || COMPLEMENT_PREPOSITION.test(infos[field + 1]?.norm ?? "")) continue;
    widenUnlessOverlapping(text, out, span, tokens[field]!.end);
  }
}

/** A body's head of FUSED_FIELD_HEADS, its article and clitics allowed (بمنظمة, وشركة, للاتحاد). */
function isFusedFieldHead(t: TokenInfo): boolean {
  const core = t.core.startsWith("ال") ? t.core.slice(2) : t.core;
  return FUSED_FIELD_HEADS.has(core) || FUSED_FIELD_HEADS.has(t.norm);
}

/**
 * An institution's name goes on over its conjoined fields, و + a definite noun, then a nisba of
 * the whole agreeing with the head (مجلس الشؤون الاقتصادية | والتنمية | السعودي; وزارة الخارجية |
 * والمغتربين; not مجلس … | السعودية, the country): an
 * organization mention of two or more words led by an institution head is widened over them when
 * no other mention holds them.
 */
export function widenInstitutionFields(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[], model: NerModel): void {
  // A field, not a body of its own (مجلس النواب | والحكومة, مجلس القضاء الأعلى | والمحكمة) nor a relative (والتي).
  // A ministry is named by fields only, so a word that also starts names is its field there (وزارة الثقافة | والإعلام).
  const isField = (k: number, ministry: boolean) => {
    const field = infos[k]!.norm.slice(1);
    const isName = model.entityWordSet.has(field) && (!ministry || model.resources.gazetteer.byFirst.has(field));
    return infos[k]!.norm.startsWith("و") && DEFINITE.test(field) && !isStopword(field) && !ORG_HEADS.has(field) && !isName;
  };
  for (const span of out) {
    const first = organizationStartIn(tokens, span);
    if (first < 0 || tokens[first]!.start > span.start + 1) continue;
    const head = infos[first]!;
    if (!isInstitutionHead(head)) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    if (last === first || tokens[last]!.end !== span.end) continue;
    // A complete name stays whole (مجلس التعاون الخليجي | والتحول), as does one a country's adjective ends (وزارة الخارجية الألمانية | والجهات).
    if (KNOWN_ORGANIZATIONS_SET.has(normalizeArabic(span.text)) || isCountryAdjective(infos[last]!.norm, model)) continue;
    let k = last;
    let fields = 0;
    const ministry = head.core === MINISTRY_HEAD;
    while (fields < MAX_CONJOINED_FIELDS && k + 1 < tokens.length && spaceAfter(text, tokens, k) && isField(k + 1, ministry)) {
      k++;
      fields++;
    }
    // The nisba agrees with the head (مجلس … السعودي; وزارة … السعودية): after مجلس, السعودية is the country.
    const agreeing = head.core.endsWith("ه") ? /يه$/ : /[^ه]$/;
    if (!fields) {
      // Or with a masculine nisba ending the field (مؤسسة النقد العربي | السعودي).
      const agreesWithField = /[^ه]$/.test(infos[last + 1]?.norm ?? "") && DEFINITE_NISBA.test(infos[last]!.norm) && !infos[last]!.norm.endsWith("ه");
      if (!isCountryOfInstitution(infos, first, last, model) || !spaceAfter(text, tokens, last) || !(agreeing.test(infos[last + 1]!.norm) || agreesWithField)) continue;
      k++;
    } else if (k + 1 < tokens.length && spaceAfter(text, tokens, k) && NISBA_ADJECTIVE.test(infos[k + 1]!.norm) && agreeing.test(infos[k + 1]!.norm)) k++;
    const end = tokens[k]!.end;
    if (out.some((s) => s !== span && s.start < end && span.end < s.end)) continue;
    span.end = end;
    span.text = text.slice(span.start, end);
  }
}

/**
 * An institution's name that ends on its لل field goes on over the field's conjoined words (وال) and definite nisbas,
 * no stopword: شركة الخليج للتدريب | والتعليم (alyaum, alriyadh), معهد ليبنيز للأبحاث | الاقتصادية (alyaum, aleqtisadiya,
 * alwatan), معهد غودارد للدراسات | الفضائية (Sky News); not الشركة السعودية للكهرباء | الذي.
 */
export function widenFieldTails(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  for (const span of out) {
    const first = organizationStartIn(tokens, span);
    if (first < 0) continue;
    const last = tokens.findIndex((t) => t.end === span.end);
    if (last <= first || !isOrgHeadInfo(infos[first]!)) continue;
    if (infos[last]!.norm.startsWith(LAM_LAM)) widenOverFieldTail(text, tokens, infos, span, last, out);
    else if (infos[last]!.norm.startsWith(CONJOINED_DEFINITE)) widenOverConjoinedFieldNisba(text, tokens, infos, span, last, out);
  }
}

/** و + the article: a conjoined field of an institution (والتراث, والتعاون). */
const CONJOINED_DEFINITE = "وال";

/**
 * An institution's name that ends on a conjoined field (وال) goes on over that field's definite masculine nisba: هيئة
 * السياحة والتراث | الوطني (almadina, alyaum, aljazirah), وزارة الخارجية والتعاون | الدولي (SkyNews; JawharaFM's وزارة
 * التنمية والاستثمار والتعاون الدولي), مؤسسة التعليم الفني والتدريب | المهني (aawsat), لجنة التوجيه والإرشاد | الطلابي (was,
 * alweeam, aljazirah), جمعية التوعية والتأهيل | الاجتماعي (was, aljazirah), لجنة الطوارئ الإشعاعية والأمن | النووي (Alarabia).
 * Not a stopword (الذي) nor a word after it (حزب العدالة والتنمية | الحاكم is no nisba).
 */
function widenOverConjoinedFieldNisba(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], span: Candidate, last: number, out: readonly Candidate[]): void {
  const next = infos[last + 1];
  if (next === undefined || next.proclitic || !MASCULINE_DEFINITE_NISBA.test(next.norm) || isStopword(next.norm) || !spaceAfter(text, tokens, last)) return;
  const end = tokens[last + 1]!.end;
  if (out.some((s) => s !== span && s.start < end && span.end < s.end)) return;
  span.end = end;
  span.text = text.slice(span.start, end);
}

function widenOverFieldTail(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], span: Candidate, last: number, out: readonly Candidate[]): void {
  let k = last;
  while (k + 1 < tokens.length && k - last < MAX_INSTITUTION_TAIL && spaceAfter(text, tokens, k) && isFieldTailWord(infos[k + 1]!)) k++;
  if (k === last) return;
  const end = tokens[k]!.end;
  if (out.some((s) => s !== span && s.start < end && span.end < s.end)) return;
  span.end = end;
  span.text = text.slice(span.start, end);
}

/** A word going on an institution's field: و + a definite noun (والتعليم) or a definite nisba (الاقتصادية), no stopword. */
function isFieldTailWord(t: TokenInfo): boolean {
  if (isStopword(t.norm) || isStopword(t.core)) return false;
  return (t.norm.startsWith("وال") && DEFINITE.test(t.norm.slice(1)) && !isStopword(t.norm.slice(1))) || (!t.proclitic && NISBA_ADJECTIVE.test(t.norm));
}

/** Heads whose bodies the press names with the country's adjective after the field (وزارة العدل الأمريكية), unlike clubs and armies. */
const COUNTRY_NAMED_HEADS = new Set(["وزاره", "هيئه", "مؤسسه", "وكاله", "منظمه", "مجلس", "مفوضيه", "جمعيه", "بنك"]);

/**
 * Whether the institution at first…last, a head of COUNTRY_NAMED_HEADS and definite words (its
 * field: وزارة العدل, هيئة السوق المالية), is followed by a country's adjective, which is part of
 * its name (وزارة العدل | الأمريكية, وكالة الاستخبارات المركزية | الأمريكية).
 */
function isCountryOfInstitution(infos: readonly TokenInfo[], first: number, last: number, model: NerModel): boolean {
  const head = infos[first]!;
  if (!COUNTRY_NAMED_HEADS.has(head.norm) && !COUNTRY_NAMED_HEADS.has(head.core)) return false;
  for (let q = first + 1; q <= last; q++) if (!DEFINITE.test(infos[q]!.norm)) return false;
  const next = infos[last + 1];
  return next !== undefined && !next.proclitic && isNationalAdjective(next.norm, model);
}

/** A masculine nisba with the article (الجمهوري, الشيوعي), no feminine one. */
export const MASCULINE_DEFINITE_NISBA = /^ال[\u0621-\u064A]{2,}ي$/;

/** Most words of an institution's name after the person it is named for (للإغاثة والأعمال الإنسانية). */
export const MAX_INSTITUTION_TAIL = 4;
