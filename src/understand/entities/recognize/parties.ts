/**
 * Parties and coalitions: a party's adjective, definite party names, quoted coalitions, organizations of countries.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import type { TokenInfo } from "../features.js";
import { COALITION_HEADS, NATIONAL_BODY_HEADS, NEVER_ENTITIES, ORG_HEADS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, overlapsAny, spaceAfter } from "./shared.js";
import { placeAdjectiveStem, ARABIC_LETTER_HEH, DEFINITE_NISBA, isTitleWord, DEFINITE, arabicCountryNames } from "./words.js";
import { OPENING_QUOTE, CLOSING_QUOTE } from "./press-citations.js";
import { KNOWN_ORGANIZATIONS_SET } from "./known-organizations.js";
import { MASCULINE_DEFINITE_NISBA } from "./organization-fields.js";
import { spanEndingAt } from "./family-names.js";

/** Heads of parties and movements, named by head, definite noun and its adjective (حزب الشعب الجمهوري, حركة المقاومة الإسلامية). */
export const PARTY_HEADS = new Set(["حزب", "حركه", "جبهه", "تيار"]);

/**
 * A party or movement the tagger cut before its adjective (حزب الشعب | الجمهوري, حزب العمال |
 * الكردستاني, حزب الشعوب | الديمقراطي): an organization mention of a party head and one definite
 * noun, no known organization's name (حزب الله), takes the definite nisba after it that agrees with
 * the noun (masculine after a masculine noun, feminine after a feminine one); a title is no such noun
 * (حزب الرئيس | التركي, the Turkish president's party); or a second ideal after و (حزب العدالة |
 * والتنمية, حزب البناء | والتنمية, which the tagger cuts at the و).
 */
export function addPartyAdjectives(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const head = infos[k - 1]!;
    if (!PARTY_HEADS.has(head.norm) && !PARTY_HEADS.has(head.core)) continue;
    const noun = infos[k]!.norm;
    const adjective = infos[k + 1]!.norm;
    if (!DEFINITE.test(noun) || DEFINITE_NISBA.test(noun) || isTitleWord(infos[k]) || !spaceAfter(text, tokens, k)) continue;
    const agrees = DEFINITE_NISBA.test(adjective) && !infos[k + 1]!.proclitic && noun.endsWith("ه") === adjective.endsWith("يه");
    if (!agrees && !isSecondAbstractNoun(infos[k + 1]!)) continue;
    const party = spanEndingAt(out, tokens[k]!.end);
    if (party?.type !== "organization" || party.start > tokens[k - 1]!.start + head.proclitic.length || party.start < tokens[k - 1]!.start) continue;
    if (KNOWN_ORGANIZATIONS_SET.has(normalizeArabic(party.text)) || overlapsAny(out, tokens[k + 1]!.start, tokens[k + 1]!.end)) continue;
    party.end = tokens[k + 1]!.end;
    party.text = text.slice(party.start, party.end);
  }
}

const THE_PARTY = "الحزب";
/** «الحزب» with a conjunction or ب fused, or «للحزب». */
export function isDefinitePartyWord(t: TokenInfo): boolean {
  return t.core === THE_PARTY || t.norm === "للحزب";
}

/** Whether a nisba is a CLDR country's (التركي ← تركيا, الصيني ← الصين); the gazetteer's towns aside (الإسلامي is no إسلام آباد's). */
function isCountryNisba(norm: string): boolean {
  const stem = placeAdjectiveStem(norm);
  const countries = arabicCountryNames();
  return stem !== undefined && [stem, stem + "ا", stem + "يا", "ال" + stem].some((name) => countries.has(name));
}

/** A sect's nisba describes a party and names none (الحزب الشيعي: Hezbollah in France24; الحزب السني). */
const SECT_NISBAS = new Set(["الشيعي", "السني", "الدرزي", "العلوي", "الماروني"]);

/**
 * A party named by «الحزب» and its masculine nisba, and a second one (الحزب الجمهوري, الحزب الديمقراطي: France24,
 * SkyNews, aawsat, BBC, Al Arabia; الحزب الشيوعي الصيني; والحزب الإسلامي, SkyNews), which the tagger leaves out (69 of
 * 91 in the samples), is one organization; a fused و or ب is cut, لل kept. Not before a country's adjective alone
 * (الحزب التركي: the Turkish party, no name) nor a relative or a plain word (الحزب الذي, الحزب الحاكم).
 */
export function addDefinitePartyNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    if (!isDefinitePartyWord(head) || !spaceAfter(text, tokens, i) || head.norm.length !== tokens[i]!.text.length) continue;
    const adjective = infos[i + 1]!;
    if (adjective.proclitic || !MASCULINE_DEFINITE_NISBA.test(adjective.norm) || isCountryNisba(adjective.norm) || isStopword(adjective.norm) || SECT_NISBAS.has(adjective.norm)) continue;
    let k = i + 2;
    const second = infos[k];
    if (second && !second.proclitic && MASCULINE_DEFINITE_NISBA.test(second.norm) && spaceAfter(text, tokens, i + 1)) k++;
    const start = tokens[i]!.start + (head.norm === "للحزب" ? 0 : head.norm.length - head.core.length);
    if (replaceWithOrganization(text, out, start, tokens[k - 1]!.end)) i = k - 1;
  }
}

/** Whether the token at k is a definite feminine nisba with no clitic (الديمقراطية). */
function isFeminineNisbaAt(infos: readonly TokenInfo[], k: number): boolean {
  const t = infos[k];
  return t !== undefined && !t.proclitic && DEFINITE_NISBA.test(t.norm) && t.norm.endsWith("يه");
}

/** A front, folded: a party head that names coalitions (ائتلاف الجبهة الوطنية). */
const FRONT = "الجبهه";
/** Sides and groups, which an alliance is of, not named by (تحالف المعارضة, تحالف اليمين, ائتلاف الأحزاب). */
const ALLIANCE_MEMBERS = new Set(["المعارضه", "اليمين", "اليسار", "الوسط", "الاغلبيه", "الاحزاب", "القوي", "الفصائل", "الاخير", "الدول"]);
/** A definite plural or dual ending: the members of an alliance (تحالف الحزبين, ائتلاف المثليين), no name. */
const PLURAL_ENDING = /(?:ين|ون|ات)$/;

/**
 * An electoral coalition the tagger leaves out, named by an indefinite head (COALITION_HEADS) and a definite noun: a
 * front and its nisba (ائتلاف الجبهة الوطنية: SkyNews, BBC; تحالف الجبهة الشعبية, aawsat) or one word (تحالف
 * الأمل, SkyNews, France24; ائتلاف الوطنية, aawsat, CNN, BBC, SkyNews; ائتلاف النصر, BBC) is one organization, head
 * kept. A masculine adjective after one word describes the alliance (تحالف الأمل | المعارض) and stays out; a feminine
 * one after a feminine word is the name's (تحالف العدالة الديمقراطية, BBC). Sides and groups are no name (تحالف
 * المعارضة, تحالف الحزبين), nor another party head (تحالف التيار الصدري مع …: that party's alliance), nor
 * «التحالف», definite, a coalition of states.
 */
export function addCoalitionNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    if ((!COALITION_HEADS.has(head.norm) && !COALITION_HEADS.has(head.core)) || !spaceAfter(text, tokens, i)) continue;
    const noun = infos[i + 1]!;
    if (noun.proclitic || !DEFINITE.test(noun.norm) || isStopword(noun.norm) || NEVER_ENTITIES.has(noun.norm) || ALLIANCE_MEMBERS.has(noun.norm) || PLURAL_ENDING.test(noun.norm) || isTitleWord(noun)) continue;
    let k = i + 2;
    if (PARTY_HEADS.has(noun.norm.slice(2))) {
      // A front is a coalition's name (الجبهة الوطنية); after another party head the alliance is that party's (تحالف التيار الصدري مع …).
      const adjective = infos[k];
      if (noun.norm !== FRONT || !adjective || adjective.proclitic || !DEFINITE_NISBA.test(adjective.norm) || !spaceAfter(text, tokens, i + 1)) continue;
      k++;
    } else if (noun.norm.endsWith(ARABIC_LETTER_HEH) && isFeminineNisbaAt(infos, k) && spaceAfter(text, tokens, i + 1)) {
      // A feminine nisba agrees with a feminine name (تحالف العدالة الديمقراطية), not with the masculine head.
      k++;
    }
    if (head.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    k = quotedCoalitionEnd(tokens, infos, i, k);
    const start = tokens[i]!.start + head.norm.length - (COALITION_HEADS.has(head.norm) ? head.norm.length : head.core.length);
    if (replaceWithOrganization(text, out, start, tokens[k - 1]!.end)) i = k - 1;
  }
}

/** Most words of a quoted coalition's name (تحالف السياسة الجديد للديمقراطية). */
const MAX_QUOTED_COALITION_WORDS = 5;

/**
 * A coalition named in quotes is the quoted words, when they close the quote after at most MAX_QUOTED_COALITION_WORDS
 * words each definite, لل + a noun or و + a definite noun: "تحالف السياسة الجديد للديمقراطية" (Seoul's New Politics
 * Alliance for Democracy, alyaum), "تحالف الديمقراطية والعدالة" (France24, BBC); not a quoted headline
 * ("ائتلاف الوطنية بقيادة إياد علاوي يطالب …"). `k` is the end (exclusive) found without the quotes; the end to take.
 */
function quotedCoalitionEnd(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number, k: number): number {
  if (i === 0 || !OPENING_QUOTE.test(tokens[i - 1]!.text)) return k;
  let m = k;
  while (m < tokens.length && m - i < MAX_QUOTED_COALITION_WORDS && isQuotedNameWord(infos[m]!)) m++;
  return m < tokens.length && CLOSING_QUOTE.test(tokens[m]!.text) ? m : k;
}

function isQuotedNameWord(t: TokenInfo): boolean {
  if (isStopword(t.norm)) return false;
  return DEFINITE.test(t.norm) || t.norm.startsWith("لل") || (t.norm.startsWith("وال") && DEFINITE.test(t.norm.slice(1)));
}

/** Definite abstract nouns of the shapes parties are named by: تفعلة (التنمية), فعالة (العدالة), فعلية (الحرية). */
const ABSTRACT_NOUN = /^ال(?:ت[\u0621-\u064A]{3}يه|[\u0621-\u064A]{2}ا[\u0621-\u064A]ه|[\u0621-\u064A]{2,3}يه)$/;

/**
 * و + a definite abstract noun (ABSTRACT_NOUN), no title or institution head: a party's second ideal
 * (حزب العدالة | والتنمية, حزب الحرية | والعدالة), not a second body (حزب الإصلاح | والحكومة).
 */
function isSecondAbstractNoun(t: TokenInfo): boolean {
  const noun = t.norm.slice(1);
  return t.norm.startsWith("و") && ABSTRACT_NOUN.test(noun) && !isTitleWord(t) && !ORG_HEADS.has(noun) && !NATIONAL_BODY_HEADS.has(noun);
}

/**
 * An organization of countries names them after لدول, the place mention right after it (مجلس
 * التعاون | لدول | الخليج العربية): one organization, not an organization and a place.
 */
export function joinOrganizationsOfCountries(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (infos[k + 1]!.norm !== "لدول") continue;
    const organization = spanEndingAt(out, tokens[k]!.end);
    const place = out.find((s) => s.type === "location" && s.start === tokens[k + 2]!.start);
    if (organization?.type !== "organization" || !place || !/^[ \t]+$/.test(text.slice(tokens[k]!.end, tokens[k + 2]!.start).replace("لدول", ""))) continue;
    out.splice(out.indexOf(place), 1);
    organization.end = place.end;
    organization.text = text.slice(organization.start, organization.end);
  }
}
