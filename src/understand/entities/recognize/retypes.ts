/**
 * Late retypings of mentions: a person after an organization's head, quoted media, press citations, medical cities,
 * an agency's head, and short names in brackets.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { QUOTED_MEDIA_HEADS } from "../lexicon.js";
import { matchKey } from "../merge.js";
import type { NerModel } from "../model-file.js";
import type { EntitySpan } from "../span.js";
import type { Candidate } from "./candidate.js";
import { ARABIC_LETTERS_ONLY, isNationalAdjective, normalizedWordsOf, DEFINITE_OR_FUSED } from "./words.js";
import { NOT_A_CITATION } from "./press-citations.js";

/**
 * Indefinite heads an organization's own name follows in construct (شركة ديزني, وكالة فيتش, مجلة غلامور, شبكة نتفليكس),
 * folded, a clitic و or ف and ب or ل allowed before them. Not مجموعة (a product line or a cup's group: مجموعة آيفون,
 * مجموعة بلجيكا) nor دار (a house, a quarter: دار سعد).
 */
const ORGANIZATION_HEADS = new Set(["شركه", "بنك", "مصرف", "شبكه", "قناه", "مجله", "صحيفه", "وكاله", "مؤسسه", "منظمه", "جمعيه", "حزب", "حركه"]);

/**
 * A person's mention right after an organization's indefinite head (ORGANIZATION_HEADS) names the organization, Arabic
 * or Latin script: شركة | العدل, بنك | كريدي سويس وشركة | تيفاني, شبكة | غلوبو (Alarabia), شبكة | روداو (BBC), لمجلة |
 * فورين بوليسي (SkyNews), شركة | Lifestyle Developers (alwatan), شركة | البداد (aljazirah); later ANT: وكالة | بلومبيرغ,
 * شبكة | نتفليكس, شركة | ديزني, وكالة | فيتش; and the name's other mentions, without the head. The head stays out, as
 * the gold writes the outlet without «وكالة» or «صحيفة». Not when a word of the name is a longer person's elsewhere in the text (حزب | ماكرون, مجموعة | ترامب, شبكة | حقاني beside
 * جلال الدين حقاني): the organization is then named for the person, and the mentions would merge.
 */
export function retypePersonsAfterOrganizationHeads(text: string, spans: EntitySpan[]): void {
  const names = new Set(spans.filter((s) => s.type === "person" && followsOrganizationHead(text, s.start)).map((s) => normalizeArabic(s.text)));
  if (!names.size) return;
  const persons = spans.filter((s) => s.type === "person");
  const personWords = new Set(persons.map((s) => normalizeArabic(s.text)).filter((name) => !names.has(name)).flatMap((name) => name.split(" ")));
  const organizations = new Set([...names].filter((name) => !name.split(" ").some((w) => personWords.has(w))));
  // The name again without its head is the organization too (لمجلة فورين بوليسي … فورين بوليسي).
  for (const s of persons) if (organizations.has(normalizeArabic(s.text))) s.type = "organization";
}

/** Whether the word right before `start` is an organization's indefinite head (ORGANIZATION_HEADS), a clitic allowed. */
function followsOrganizationHead(text: string, start: number): boolean {
  const before = normalizedWordBefore(text, start);
  return before !== null && (ORGANIZATION_HEADS.has(before) || ORGANIZATION_HEADS.has(before.replace(/^[وف]?[بل]?/u, "")));
}

/**
 * What may stand between an organization's name and its short name, and after the short name: a
 * bracket or a quote mark; before it, the adjective official or governmental, which is no part of
 * the name (وكالة الأنباء السورية الرسمية (سانا), وكالة الأنباء الإيرانية الرسمية "إرنا").
 */
const OPENS_SHORT_NAME = /^\s*(?:ال(?:رسمية|رسمي|حكومية|حكومي)\s*)?[(«"“]\s*$/;
const CLOSES_SHORT_NAME = /^\s*[)»"”]/;

/**
 * A one-word mention in brackets or quotes right after an organization's name of two or more words
 * is that organization's short name (وكالة الأنباء الكويتية (كونا), وكالة أنباء الصين الجديدة
 * "شينخوا", منظمة الصحة العالمية (WHO)): it carries the full name (shortFor), by which merge.ts
 * joins it and the short name's later mentions to the organization. `spans` are in text order.
 */
export function markShortNamesInBrackets(text: string, spans: EntitySpan[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const full = spans[i]!;
    const short = spans[i + 1]!;
    // A place in brackets says where the body is (جامعة الملك سعود (الرياض)), not what it is called.
    if (full.type !== "organization" || short.type === "location" || !/\s/.test(full.text) || /\s/.test(short.text)) continue;
    if (OPENS_SHORT_NAME.test(text.slice(full.end, short.start)) && CLOSES_SHORT_NAME.test(text.slice(short.end, short.end + 2))) short.shortFor = full.text;
  }
}

/** Nisbas that make a city's name a hospital's (مدينة الملك فهد الطبية), as MEDICAL_CITY_HEADS spell their head. */
const MEDICAL_NISBAS: ReadonlySet<string> = new Set(["الطبي", "الطبيه"]);
const MEDICAL_CITY_HEADS: ReadonlySet<string> = new Set(["مدينه"]);

/** A medium's head word with the clitics it takes (لموقع, بصحيفة, ووكالة, لقناة), then an opening quote: the text before a quoted name. */
const MEDIA_HEAD_BEFORE_QUOTE = /([\u0621-\u064A]+)\s*["«“]\s*$/u;
/** A closing quote right after a name (the quote may be a double prime: “إميريتس 24-7″). */
const CLOSING_QUOTE_AFTER = /^\s*["»”″]/u;
/** Characters looked back from a quoted name for its medium's head: the longest head with clitics (وبصحيفة), a quote and spaces. */
const MEDIA_HEAD_REACH = 16;
/** Clitics a medium's head may carry (ل+موقع, ب+صحيفة, و+وكالة, و+ب+موقع). */
const MEDIA_HEAD_CLITICS = /^(?:[وف]?[بل]|[وف])/;

/**
 * A whole quoted name right after a medium's head (QUOTED_MEDIA_HEADS) names that medium, an organization: موقع "ذا هيل"
 * (SkyNews, a person), موقع "ديديلاين" (Al Arabia, misc), موقع "بزنس إنسايدر" (SkyNews), موقع «ريد ستيت» (aawsat), موقع
 * "فايس" (BBC), موقع "سايت" (CNN), صحيفة "إيران" (SkyNews, a place). Only a mention that fills the quotes: a name the
 * tagger cut inside them (موقع "روسيا | اليوم", وموقع «عدن | الغد») or a site that is a place (موقع "بونغي- ري" النووي) is
 * left alone. After the types are settled, so the medium's type does not pass to a place of the same name.
 */
export function retypeQuotedMedia(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type === "organization" || !CLOSING_QUOTE_AFTER.test(text.slice(s.end, s.end + 3))) continue;
    const before = MEDIA_HEAD_BEFORE_QUOTE.exec(text.slice(Math.max(0, s.start - MEDIA_HEAD_REACH), s.start));
    if (!before) continue;
    const head = normalizeArabic(before[1]!);
    if (QUOTED_MEDIA_HEADS.has(head) || QUOTED_MEDIA_HEADS.has(head.replace(MEDIA_HEAD_CLITICS, ""))) s.type = "organization";
  }
}

/** What cites the press right before a quote (addPressCitations' words): a detached لـ, «علمت», an interview noun + مع; group 1 the word before لـ. */
const PRESS_CITATION_BEFORE_QUOTE = /(?:(?:^|[^\u0621-\u064A])([\u0621-\u064A]+)[ \u00A0]+[وف]?لـ|(?:^|[^\u0621-\u064A])[وف]?علمت|(?:^|[^\u0621-\u064A])(?:مقابل[ةه]|حوار|حديث)[ \u00A0]+مع)[ \u00A0]*["«“][ \u00A0]*$/u;
/** A conjunction fused before «بالنسبة» (وبالنسبة لـ). */
const CONJUNCTION_BEFORE = /^[وف](?=بال)/;
/** Characters looked back from a quoted name for a press citation: «بالنسبة لـ "» or «مقابلة مع «» and spaces. */
const PRESS_CITATION_REACH = 20;

/**
 * A whole quoted name the press cites (addPressCitations: قال لـ«الرياض», في تصريح لـ«الشرق الأوسط», وعلمت "الوطن",
 * حوار مع «الشرق الأوسط») is the outlet told, an organization, whatever the document's other mentions of the name
 * settled on: in aawsat and alriyadh the paper's name is also the region's or the city's (منطقة الشرق الأوسط, مدينة
 * الرياض), whose votes made «لـ«الشرق الأوسط»» a place (59 in aawsat, 27 where the article names no region; لـ"الرياض"
 * in alriyadh); also a company's name
 * the tagger read as a person's (لـ«ديزني», Al Arabia). A place or a person only: a quoted thing is as often a title or
 * a concept (لـ«دبلوماسية الظل», لـ«كتاب الصورة»). After the types are settled, so the outlet's type does not pass to
 * the place of its name; only when the article names it nowhere else, as the merge would join the outlet and the place.
 * Not after «بالنسبة لـ» (as for).
 */
export function retypePressCitations(text: string, spans: Candidate[]): void {
  const cited = spans.filter((s) => (s.type === "location" || s.type === "person") && isPressCitationAt(text, s));
  for (const s of cited) {
    // A name the article also gives outside a citation (منطقة الشرق الأوسط) is one entity to the merge (merge.ts, rule 2): left as settled.
    const key = matchKey(s.text);
    if (spans.every((o) => cited.includes(o) || matchKey(o.text) !== key)) s.type = "organization";
  }
}

/** Whether a mention fills quotes the press cites (PRESS_CITATION_BEFORE_QUOTE), not after «بالنسبة لـ». */
function isPressCitationAt(text: string, s: Candidate): boolean {
  if (!CLOSING_QUOTE_AFTER.test(text.slice(s.end, s.end + 3))) return false;
  const before = PRESS_CITATION_BEFORE_QUOTE.exec(text.slice(Math.max(0, s.start - PRESS_CITATION_REACH), s.start));
  return before !== null && !NOT_A_CITATION.has(normalizeArabic(before[1] ?? "").replace(CONJUNCTION_BEFORE, ""));
}

/** The head of an agency named by its own proper name (وكالة رويترز), with «أنباء» after it (وكالة أنباء فارس). */
const AGENCY_HEAD = "وكاله";
const AGENCY_NEWS_WORD = "انباء";

/**
 * «وكالة» before an agency's own proper name describes it, as «موقع» a quoted site and «مدينة» a place: the name
 * is what follows, and a nisba after it says whose agency (وكالة ستاندرد آند بورز, SkyNews; «وكالة دوجان», aawsat;
 * وكالة دوغان التركية, alweeam; وكالة فارس الإيرانية → فارس). The head stays when a word of the rest is
 * definite or a field (وكالة الأنباء السعودية, وكالة تصنيف المقاولين, وكالة السودان للأنباء): then the agency is
 * named by what it does (the entity gold's convention, eval/ner/README.md).
 */
export function dropAgencyHeads(text: string, spans: Candidate[], model: NerModel): void {
  for (const s of spans) {
    if (s.type !== "organization") continue;
    const words = [...s.text.matchAll(/\S+/gu)];
    const norms = words.map((w) => normalizeArabic(w[0]));
    if (norms[0] !== AGENCY_HEAD) continue;
    const first = norms[1] === AGENCY_NEWS_WORD ? 2 : 1;
    let last = norms.length;
    while (last > first + 1 && isNationalAdjective(norms[last - 1]!, model)) last--;
    if (last <= first || norms.slice(first, last).some((w) => DEFINITE_OR_FUSED.test(w) || !ARABIC_LETTERS_ONLY.test(w))) continue;
    const start = s.start + words[first]!.index!;
    s.end = s.start + words[last - 1]!.index! + words[last - 1]![0].length;
    s.start = start;
    s.text = text.slice(s.start, s.end);
  }
}

/**
 * A medical city is a hospital, an organization as «مستشفى …» is: a place mention headed by «مدينة» with a medical
 * nisba after its head (مدينة الملك فهد الطبية, مدينة الملك خالد الطبية العسكرية) is retyped, unlike a sports city
 * (مدينة الأمير سلطان الرياضية). Run after the types are settled, whose head votes (مدينة → place) would undo it.
 */
export function retypeMedicalCities(spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "location") continue;
    const words = normalizedWordsOf(s.text);
    if (words.length >= 3 && MEDICAL_CITY_HEADS.has(words[0]!) && words.slice(2).some((w) => MEDICAL_NISBAS.has(w))) s.type = "organization";
  }
}

/** The word that ends right before `start` (within 30 characters, spaces between), normalized; null when none. */
export function normalizedWordBefore(text: string, start: number): string | null {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before === null ? null : normalizeArabic(before[1]!);
}
