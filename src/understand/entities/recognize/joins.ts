/**
 * Mentions joined with the words next to them: place epithets and openers, given names to persons, club suffixes and
 * nisbas, team heads, region adjectives, street heads, numbered units, datelines, hyphens; country adjectives cut off places.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import type { TokenInfo } from "../features.js";
import { GIVEN_NAMES, LOC_CUES, PLACE_EPITHETS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, overlapsAny, spanAt, sortByStart, spaceAfter, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isPlaceAdjective, isListComma, CLUB_HEADS, isGazetteerPlace, BINDING_NAME_WORDS, isPlainWord, isHeadWord, arabicCountryNames, DIRECTION_NISBA, DEFINITE_OR_FUSED } from "./words.js";
import { SAINT_WORDS } from "./settle-types.js";
import { NEXT_WORD } from "./organization-widenings.js";
import { WORDS_AFTER_A_SUBJECT, isNeverNameEnd, isObliqueDualOfPlainNoun } from "./tag-runs.js";
import { COMPASS_ADJECTIVE } from "./institutions.js";
import { looksLikeVerbOrNounBeforeName, MIN_JOINED_FIRST_NAME } from "./family-names.js";

/**
 * A place mention the tagger ended before its honorific epithet (مكة | المكرمة; the gazetteer holds
 * the city's one-word name) goes on over it (lexicon.ts PLACE_EPITHETS): the epithet is part of the
 * name as the news writes it, and a mention of the epithet word alone gives way.
 */
export function joinPlaceEpithets(text: string, spans: Candidate[]): void {
  for (const s of [...spans]) {
    if (s.type !== "location") continue;
    const next = NEXT_WORD.exec(text.slice(s.end, s.end + 16));
    if (!next || !PLACE_EPITHETS.has(normalizeArabic(next[1]!))) continue;
    const end = s.end + next[0].length;
    const inside = spans.filter((o) => o !== s && o.start < end && s.end < o.end);
    if (inside.some((o) => o.start < s.end + 1 || o.end > end)) continue;
    for (const o of inside) spans.splice(spans.indexOf(o), 1);
    s.end = end;
    s.text = text.slice(s.start, s.end);
  }
}
/** Words of a state's official name, which its adjectives end (جمهورية ألمانيا الاتحادية, إمارة أفغانستان الإسلامية). */
const STATE_WORDS = new Set(["جمهوريه", "مملكه", "اماره", "دوله", "سلطنه", "امارات"]);

/**
 * A person mention of one given name right before another person mention, one space apart, is the
 * same person's name cut in two (الفريق بكري | حسن صالح, Al Arabia; سعد | الحريري; هاني | رمزي; غادة |
 * عبد الرازق): a name goes on after a given name, and a list of persons puts و or a comma between
 * them. The second may open with no و (ساديو ماني | وجورجينيو فينالدوم is a list).
 */
export function joinGivenNamesToNextPersons(text: string, spans: Candidate[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const first = spans[k]!;
    const next = spans[k + 1]!;
    if (first.type !== "person" || next.type !== "person" || next.start !== first.end + 1 || text[first.end] !== " ") continue;
    const word = normalizeArabic(first.text);
    if (!GIVEN_NAMES.has(word) || normalizeArabic(next.text).startsWith("و")) continue;
    first.end = next.end;
    first.text = text.slice(first.start, first.end);
    spans.splice(k + 1, 1);
    k--;
  }
}

/** A feminine noun with a pronoun (جمهوريتنا, our republic; حكومتهم). */
const POSSESSED_FEMININE = /ت(?:نا|ها|هم|كم)$/;

/**
 * A one-word person right before another person, one space apart, is the first word of one name the tagger cut in two
 * (بكري | حسن صالح, Al Arabia; عبدربه | منصور هادي, alwatan, alyaum, okaz, CNN; مهاتير | محمد, BBC; بولنت | تزجان,
 * SkyNews): the later mention takes it in. Only a word the tagger's word table never saw, or saw in names: a word of the
 * news (a verb, اعتذر | عباس; a paper before a byline, عكاظ | هزبر محمود; a rank, بحري | عمر الأكلبي; a plural in
 * construct, مسؤولو | ناسا) is no first name; nor a word with the article or a fused لل (a nisba or title: الماروني |
 * ميشال عون), a feminine noun with a pronoun (جمهوريتنا), or both mentions when each is a name of its own elsewhere in the
 * text (حث ماكرون ترمب: subject and object).
 */
export function joinOneWordNamesToNextPersons(text: string, spans: Candidate[], model: NerModel): void {
  const elsewhere = (s: Candidate) => spans.some((o) => o !== s && o.type === "person" && o.text === s.text);
  for (let k = 0; k + 1 < spans.length; k++) {
    const first = spans[k]!;
    const next = spans[k + 1]!;
    if (first.type !== "person" || next.type !== "person" || next.start !== first.end + 1 || text[first.end] !== " " || first.text.includes(" ")) continue;
    const word = normalizeArabic(first.text);
    if (word.length < MIN_JOINED_FIRST_NAME || word.startsWith("ال") || word.startsWith("لل") || POSSESSED_FEMININE.test(word) || normalizeArabic(next.text).startsWith("و") || isStopword(word)) continue;
    if (timesSeen(word, model) > 0 && !model.entityWordSet.has(word)) continue;
    if (elsewhere(first) && elsewhere(next)) continue;
    next.start = first.start;
    next.text = text.slice(next.start, next.end);
    spans.splice(k, 1);
    k--;
  }
}

/** One word after a person's mention and a space, then an opening bracket: « عداربة (23 عاما)», « فضائل (حجة)». */
const WORD_BEFORE_BRACKET = /^ ([\u0621-\u064A]+) ?\(/u;
/** Fewest words of a person's mention that takes a family name before a bracket: a one-word mention may be a subject before its object. */
const MIN_NAME_BEFORE_BRACKET = 2;

/**
 * A bracket closes a full name: after it comes the person's age, town or role (هاني فايز | عداربة (23 عاما), SkyNews;
 * عامر عمر علي | فضائل (حجة), Al Arabia; ريان إبراهيم | بابا (23 عاماً), alweeam). So a person mention of
 * MIN_NAME_BEFORE_BRACKET or more words followed, a space apart, by one word and then the bracket takes that word as the
 * family name (a one-word person mention there is taken in): a bare word of letters, no article, stopword, plain word,
 * word said after a subject or oblique dual (من (العراق), أحد (الهدلة), برنامج ( شقيقي…)), nor و/ف + a word the table
 * shows (و(كروسينج أوفر), وردة of عمرو وردة left out with them).
 */
export function addFamilyNamesBeforeBrackets(text: string, spans: Candidate[], model: NerModel): void {
  for (let k = 0; k < spans.length; k++) {
    const person = spans[k]!;
    if (person.type !== "person" || person.text.split(" ").length < MIN_NAME_BEFORE_BRACKET) continue;
    const after = wordAfterSpan(text, person, WORD_BEFORE_BRACKET);
    if (!after) continue;
    const { start, end } = after;
    const norm = normalizeArabic(after.word);
    // An accusative's alef is a name's there (بابا, not باب + ا: no adverb stands before a bracket).
    if (norm.startsWith("ال") || isStopword(norm) || WORDS_AFTER_A_SUBJECT.has(norm) || isObliqueDualOfPlainNoun(norm, model) || model.plainWordSet.has(norm)) continue;
    if (/^[وف]/.test(norm) && timesSeen(norm.slice(1), model) > 0) continue;
    const inside = spans.findIndex((o) => o !== person && o.start < end && start < o.end);
    if (inside >= 0 && (spans[inside]!.type !== "person" || spans[inside]!.start !== start || spans[inside]!.end !== end)) continue;
    takeWordAfter(text, spans, person, end, inside);
  }
}

/** Characters read after a mention for the one word after it (addFamilyNamesBeforeBrackets, joinPlaceOpenersToNames). */
const MAX_WORD_AFTER_LOOKAHEAD = 24;

/** The one word a space after `span`, read by `pattern` (anchored at the span's end, its first group the word); else null. */
function wordAfterSpan(text: string, span: Candidate, pattern: RegExp): { word: string; start: number; end: number } | null {
  const m = pattern.exec(text.slice(span.end, span.end + MAX_WORD_AFTER_LOOKAHEAD));
  if (!m) return null;
  const start = span.end + 1;
  return { word: m[1]!, start, end: start + m[1]!.length };
}

/** `span` runs on to `end` over the word after it; the mention at `inside` (an index of spans, -1 for none) that held that word alone goes. */
function takeWordAfter(text: string, spans: Candidate[], span: Candidate, end: number, inside: number): void {
  span.end = end;
  span.text = text.slice(span.start, end);
  if (inside >= 0) spans.splice(inside, 1);
}

/** «West» transliterated (وست, ويست; group 1) right before a mention, after a conjunction or not (ووست), opening its word. */
const WEST_BEFORE_NAME = /(?:^|[^\p{L}\p{M}])و?(وست|ويست) $/u;
/** A mention the tagger began at the conjunction before «West» (ووست بروميتش). */
const WEST_WITH_CONJUNCTION = /^و(?:وست|ويست) /u;

/**
 * A mention right after «وست»/«ويست» (West) starts with it: the tagger read its و as a conjunction and began the name at
 * the next word (وست | هام يونايتد: okaz, alyaum, aleqtisadiya, Alarabia; وست | بروميتش: SkyNews, alriyadh, arriyadiyah;
 * ويست | بروميتش ألبيون: Alarabia, ووست | بروميتش البيون: SkyNews). A conjunction before the word stays out, also when the
 * tagger took it in (ووست بروميتش). A name that opens with West is a club's or a place's, no person's: in a football
 * report an organization, else a place.
 */
export function joinWestToNames(text: string, spans: Candidate[], isFootball: boolean): void {
  for (const s of spans) {
    const west = WEST_BEFORE_NAME.exec(text.slice(Math.max(0, s.start - 7), s.start));
    const start = west ? s.start - 1 - west[1]!.length : WEST_WITH_CONJUNCTION.test(s.text) ? s.start + 1 : -1;
    if (start < 0 || spans.some((o) => o !== s && o.start < s.start && start < o.end)) continue;
    s.start = start;
    s.text = text.slice(start, s.end);
    if (s.type === "person") s.type = isFootball ? "organization" : "location";
  }
}

/** The English clubs' last words written in Arabic (City, United, Albion, Hotspur, Rovers, Rangers, Wanderers), a space after a mention. */
const CLUB_SUFFIX_AFTER_NAME = /^ (سيتي|ستي|يونايتد|يونايتيد|ألبيون|البيون|آلبيون|هوتسبير|هوتسبر|روفرز|رينجرز|واندررز)(?![\u0621-\u064A])/u;

/**
 * A mention right before a club's last word takes it, which the tagger left out or read as a name of its own (مانشستر |
 * سيتي: SkyNews, aleqtisadiya, BBC, aljazirah, alriyadh, arriyadiyah; ليستر | سيتي: Alarabia, BBC, SkyNews, alyaum;
 * سوانزي | سيتي: alriyadh, alyaum; وست بروميتش | ألبيون: SkyNews, alriyadh, arriyadiyah): in a football report the
 * name is the club's, an organization; elsewhere its type stays (مكسيكو سيتي, a place).
 */
export function joinClubSuffixes(text: string, spans: Candidate[], isFootball: boolean): void {
  for (const s of [...spans]) {
    const next = wordAfterSpan(text, s, CLUB_SUFFIX_AFTER_NAME);
    if (!next || !spans.includes(s)) continue;
    const inside = spans.findIndex((o) => o !== s && o.start < next.end && next.start < o.end);
    if (inside >= 0 && (spans[inside]!.start !== next.start || spans[inside]!.end !== next.end)) continue;
    takeWordAfter(text, spans, s, next.end, inside);
    if (isFootball) s.type = "organization";
  }
}

/** A masculine definite nisba a space after a mention (ريال مدريد | الإسباني, تشيلسي | الإنجليزي). */
const MASCULINE_NISBA_AFTER_NAME = /^ (ال[\u0621-\u064A]{2,}ي)(?![\u0621-\u064A])/u;

/**
 * In a football report, a one-word club right before a masculine nisba of a country takes it, as the gold writes a club
 * named with its country (أرسنال الإنجليزي, واتفورد الإنجليزي: Alarabia; تشيلسي الإنجليزي, ليفربول الإنجليزي: CNN,
 * SkyNews): the masculine adjective agrees with the club (النادي). addClubsOfCountries does so for a place's nisba in the
 * tagger's pass; this takes the nisbas of countries the gazetteer lacks (الإنجليزي) too, after the clubs are known. Not
 * when a person's mention follows: the nationality is then the player's (ايندهوفن الهولندي جورجينيو فينالدوم). Names
 * of several words are left as they are: the gold halves disagree on them (ريال مدريد الإسباني kept in FRESH8, دي سي
 * يونايتد | الأميركي and وست بروميتش ألبيون | الإنجليزي left out in DEV and FRESH6).
 */
export function joinCountryNisbasToClubs(text: string, spans: Candidate[], model: NerModel): void {
  for (const club of [...spans]) {
    if (club.type !== "organization" || club.text.includes(" ") || !spans.includes(club)) continue;
    const next = wordAfterSpan(text, club, MASCULINE_NISBA_AFTER_NAME);
    if (!next) continue;
    const norm = normalizeArabic(next.word);
    if (DIRECTION_NISBA.test(norm) || !isClubCountryNisba(norm, model)) continue;
    if (spans.some((o) => o !== club && o.start < next.end && next.start < o.end)) continue;
    if (spans.some((o) => o.type === "person" && o.start > next.end && text.slice(next.end, o.start).trim() === "")) continue;
    takeWordAfter(text, spans, club, next.end, -1);
  }
}

/** «منتخب» (a national team) right before a mention, a space apart, a clitic و or ف and ب or ل allowed (group 1). */
const TEAM_HEAD_BEFORE = /(?:^|[^\p{L}\p{M}])([وف]?[بل]?)منتخب $/u;
const TEAM_HEAD = "منتخب";

/**
 * A place's mention after «منتخب» in construct is the country's national team, one organization with its head, as the
 * gold writes it (منتخب كرواتيا, منتخب مصر: Alarabia, CNN; منتخب بلجيكا: Alarabia; منتخب إنجلترا); the tagger reads the
 * place alone. A clitic before the head stays out (لمنتخب, ومنتخب); a mention holding the head already is left alone.
 */
export function joinTeamHeadsToPlaces(text: string, spans: Candidate[]): void {
  for (const place of spans) {
    if (place.type !== "location") continue;
    if (!TEAM_HEAD_BEFORE.test(text.slice(Math.max(0, place.start - TEAM_HEAD.length - 4), place.start))) continue;
    const start = place.start - 1 - TEAM_HEAD.length;
    if (spans.some((o) => o !== place && o.start < place.start && start < o.end)) continue;
    place.start = start;
    place.text = text.slice(start, place.end);
    place.type = "organization";
    place.evidence = { organization: CUE_VOTES };
  }
}

/** «العربي»: its feminine names a language, but it is no country's (الخليج العربي, النادي العربي). */
const ARAB = "العربي";

/**
 * A club's country nisba: a place's (isPlaceAdjective: الإسباني, الإيطالي), or one whose feminine names a language, for
 * the countries the gazetteer lacks (الإنجليزي ← الإنجليزية, الويلزي, الإيرلندي), but العربي.
 */
function isClubCountryNisba(norm: string, model: NerModel): boolean {
  if (isPlaceAdjective(norm, model)) return true;
  return norm !== ARAB && (model.resources.gazetteer.byFirst.get(norm + "ه")?.some((e) => e.type === "LANG") ?? false);
}

/** A feminine compass or region adjective a space after a mention (أوروبا | الغربية, أمريكا | اللاتينية). */
const REGION_ADJECTIVE_AFTER_NAME = /^ (الشمالية|الجنوبية|الشرقية|الغربية|الوسطى|اللاتينية)(?![\u0621-\u064A])/u;
/** The continents' one-word names, folded, which CLDR gives no region code of their own (أمريكا, أميركا). */
const CONTINENT_NAMES = new Set(["اوروبا", "افريقيا", "اسيا", "امريكا", "اميركا"]);

/**
 * A country's or continent's one-word place mention right before a feminine compass adjective takes it: the two are the
 * name of a region or a state (أوروبا | الغربية: SkyNews, Alarabia, aleqtisadiya; أميركا | الشمالية: SkyNews, aawsat;
 * أمريكا | الشمالية, أمريكا | الجنوبية; إيرلندا | الشمالية, ألمانيا | الغربية, فيتنام | الشمالية), as the tagger already
 * reads كوريا الشمالية. A city's adjective is its province's or district's (حلب الشمالي, أبين الجنوبية): left out.
 */
export function joinRegionAdjectivesToCountries(text: string, spans: Candidate[]): void {
  for (const place of spans) {
    if (place.type !== "location") continue;
    const norm = normalizeArabic(place.text);
    if (!CONTINENT_NAMES.has(norm) && (norm.includes(" ") || !arabicCountryNames().has(norm))) continue;
    const next = wordAfterSpan(text, place, REGION_ADJECTIVE_AFTER_NAME);
    if (!next || spans.some((o) => o !== place && o.start < next.end && next.start < o.end)) continue;
    takeWordAfter(text, spans, place, next.end, -1);
  }
}

/** Words that open two-word place names and name no place alone (بيت لحم, نيو مكسيكو, أبو ظبي, سان دييغو, كفر الشيخ). */
const PLACE_NAME_OPENERS = new Set(["بيت", "نيو", "ابو", "سان", "سانت", "دير", "كفر", "عين", "تل", "راس", "بئر"]);
/** The word after a place's opener: Arabic letters, a space apart. */
const WORD_AFTER_OPENER = /^ ([\u0621-\u064A]+)/u;

/**
 * A place mention that is only the opener of a two-word place name takes the word after it, which the tagger left (بلدة
 * بيت | أولا, SkyNews; إقليم بيت | شباب, aawsat; بلدة أبو | صيدا, France24; ولاية نيو | مكسيكو, SkyNews): not a stopword, and
 * no other mention holding it.
 */
export function joinPlaceOpenersToNames(text: string, spans: Candidate[]): void {
  for (const place of spans) {
    if (place.type !== "location" || !PLACE_NAME_OPENERS.has(normalizeArabic(place.text))) continue;
    const next = wordAfterSpan(text, place, WORD_AFTER_OPENER);
    if (!next || isStopword(normalizeArabic(next.word))) continue;
    const { start, end } = next;
    if (end < text.length && /[\u0621-\u064A]/u.test(text[end]!)) continue;
    const inside = spans.findIndex((o) => o !== place && o.start < end && start < o.end);
    if (inside >= 0 && (spans[inside]!.type !== "location" || spans[inside]!.start !== start || spans[inside]!.end > end)) continue;
    takeWordAfter(text, spans, place, end, inside);
  }
}

/** A street's or road's head right before a place mention, a conjunction or preposition fused, and the word before it (عن طريق: «by way of»). */
const STREET_HEAD_BEFORE = /(?:^|[^\u0621-\u064A])(?:([\u0621-\u064A]+) )?[وف]?[بل]?(شارع|طريق) $/u;
/** How far before a place mention its street head and the word before it are looked for. */
const STREET_HEAD_REACH = 16;

/**
 * A street or road named for a place or a person the tagger found is one place with its head (شارع | حائل, شارع | فلسطين,
 * طريق | الأندلس: almadina; شارع | الحمراء: okaz; طريق | الجوف: alweeam; طريق | المدينة المنورة: alriyadh), as the gold
 * keeps a head before another entity's name (ملعب الأمير محمد العبدالله الفيصل). Not «عن طريق», «by way of» (عن طريق تركيا).
 */
export function joinStreetHeadsToPlaces(text: string, spans: Candidate[]): void {
  for (const place of spans) {
    if (place.type !== "location") continue;
    const before = text.slice(Math.max(0, place.start - STREET_HEAD_REACH), place.start);
    const m = STREET_HEAD_BEFORE.exec(before);
    if (!m || m[1] === "عن") continue;
    const start = place.start - 1 - m[2]!.length;
    if (spans.some((o) => o !== place && o.start < place.start && start < o.end)) continue;
    place.start = start;
    place.text = text.slice(start, place.end);
  }
}

/**
 * A military unit numbered by an ordinal: «المنطقة العسكرية», «الفرقة», «الفيلق», «الجيش» with the article or a fused لل,
 * a conjunction or ب before it (فرقة, فيلق, جيش: Al Arabia's and aawsat's Yemen pages, alyaum, aljazirah, alriyadh).
 */
const NUMBERED_UNIT = /(?<![\u0621-\u064A])[وفب]?((?:ال|لل)(?:منطقة العسكرية|منطقه العسكريه|فرقة|فرقه|فيلق|جيش)) (ال(?:أ|ا)ولى?|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)[ةه]?(?![\u0621-\u064A])/gu;

/**
 * A numbered military unit is an organization with its ordinal (المنطقة العسكرية الخامسة, الفرقة الرابعة, الجيش الثالث:
 * Al Arabia, aawsat, alyaum, aljazirah, alriyadh): a mention ending at the unit's noun takes the ordinal in (المركز الإعلامي
 * للمنطقة العسكرية | الخامسة); where no mention touches the unit it becomes one (its fused لل kept, as للبنك الدولي).
 */
export function addNumberedUnits(text: string, spans: Candidate[]): void {
  let added = false;
  for (const m of text.matchAll(NUMBERED_UNIT)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const unitEnd = start + m[1]!.length;
    const end = m.index + m[0].length;
    const ending = spans.find((s) => s.type === "organization" && s.end === unitEnd && s.start <= start);
    if (ending && !overlapsAny(spans, unitEnd + 1, end)) {
      ending.end = end;
      ending.text = text.slice(ending.start, end);
    } else if (!overlapsAny(spans, start, end)) {
      spans.push({ type: "organization", text: text.slice(start, end), start, end, evidence: { organization: CUE_VOTES } });
      added = true;
    }
  }
  if (added) sortByStart(spans);
}

/**
 * A town's mention right before an organization whose name opens with a saint word, one space apart,
 * is that club's first word (باريس | سان جرمان, Sky News, France24, Al Arabia, alriyadh, aleqtisadiya):
 * the one organization takes the town in, which names no place there. In a football report the saint's
 * part may have been read a place too (باريس | سان جيرمان: Alarabia ×6, CNN, SkyNews, alriyadh), and the
 * town may come with the club's head (نادي باريس | سان جرمان: France24, SkyNews, 3alyoum).
 */
export function joinTownsToSaintClubs(text: string, spans: Candidate[], isFootball = false): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const town = spans[k]!;
    const club = spans[k + 1]!;
    if (club.start !== town.end + 1 || text[town.end] !== " ") continue;
    const townWords = normalizeArabic(town.text).split(" ");
    const isTown = town.type === "location" ? townWords.length === 1 : isFootball && town.type === "organization" && townWords.length === 2 && CLUB_HEADS.has(townWords[0]!);
    if (!isTown || (club.type !== "organization" && !(isFootball && club.type === "location"))) continue;
    if (!SAINT_WORDS.has(normalizeArabic(club.text.split(" ")[0]!))) continue;
    club.type = "organization";
    club.start = town.start;
    club.text = text.slice(club.start, club.end);
    spans.splice(k, 1);
  }
}

/**
 * In a football report a one-word club mention right before a one-word place mention, one space apart, is a club
 * named with its town (أتلتيكو | مدريد: France24 ×8, SkyNews, Alarabia, alyaum; هرتا | برلين: okaz ×3, aleqtisadiya):
 * one organization, the place no mention of its own there. A list the tagger ran together stays apart (بايرن ميونيخ
 * وريال | مدريد).
 */
export function joinClubsToTowns(text: string, spans: Candidate[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const club = spans[k]!;
    const town = spans[k + 1]!;
    if (club.type !== "organization" || town.type !== "location" || town.start !== club.end + 1 || text[club.end] !== " ") continue;
    if (club.text.includes(" ") || town.text.includes(" ") || CLUB_HEADS.has(normalizeArabic(club.text))) continue;
    club.end = town.end;
    club.text = text.slice(club.start, club.end);
    spans.splice(k + 1, 1);
  }
}

/** A dateline opening the body: one or two words, then a Hijri date (SPA: «جيزان 25 شوال 1436 هـ») — group 1 the place. */
const HIJRI_DATELINE = /^[\s\u200e\u200f]*([\u0621-\u064A\u0640]{2,}(?: [\u0621-\u064A\u0640]{2,})?) \d{1,2} (?:محرم|صفر|ربيع|جمادى|جمادي|رجب|شعبان|رمضان|شوال|ذو|ذي) /u;
/** A dateline of one or two words, a comma and the country before the outlet in brackets (CNN: «أتلانتا، الولايات المتحدة الأمريكية (CNN)»). */
const COUNTRY_DATELINE = /^[\s\u200e\u200f]*([\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,})?)، /u;

/**
 * The place of a dateline that opens the body, which the tagger misses when it is a town it never saw
 * (أتلانتا, CNN's; جيزان, كانبيرا, سول in SPA's): the words before a Hijri date, or before a comma and a
 * place mention followed by the outlet's name in brackets; a mention of exactly those words takes the
 * place's type. Nothing else of the line is touched.
 */
export function addDatelinePlaces(text: string, spans: Candidate[]): void {
  const hijri = HIJRI_DATELINE.exec(text);
  const comma = hijri ? null : COUNTRY_DATELINE.exec(text);
  const m = hijri ?? comma;
  if (!m) return;
  const start = m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  if (comma) {
    const country = spans.find((s) => s.type === "location" && s.start === m[0].length);
    if (!country || !/^\s*\(/.test(text.slice(country.end, country.end + 4))) return;
  }
  // The tagger's mention of exactly these words, of whatever type, is the place (جيزان read as a person).
  const same = spanAt(spans, start, end);
  if (same) {
    same.type = "location";
    same.evidence = { ...same.evidence, location: (same.evidence.location ?? 0) + CUE_VOTES };
    return;
  }
  if (overlapsAny(spans, start, end)) return;
  spans.push({ type: "location", text: text.slice(start, end), start, end, evidence: { location: CUE_VOTES } });
  sortByStart(spans);
}

/** Shortest unseen word taken for a family name after a listed given name. */
const MIN_UNSEEN_FAMILY_NAME = 4;

/**
 * In a list of persons (a و-word or a list comma before the mention and another person mention
 * ending in the two words before), a person mention of one given name followed, a space apart, by a word the word table
 * never saw takes it as the family name (وهيثم مدني | وعبدالله باعجاجة, 3alyoum): a bare word of
 * letters, no article or و, no plain word, stopword, word no name ends with, verb/noun shape
 * (looksLikeVerbOrNounBeforeName) or ف + a word the table shows.
 */
export function addUnseenFamilyNamesInLists(text: string, sentences: readonly (readonly TaggerToken[])[], infos: readonly (readonly TokenInfo[])[], spans: Candidate[], model: NerModel): void {
  // Where persons start (no span here moves its start or changes its type): a token where none
  // starts is passed without a scan of every mention.
  const personStarts = new Set<number>();
  for (const s of spans) if (s.type === "person") personStarts.add(s.start);
  if (!personStarts.size) return;
  sentences.forEach((tokens, k) => {
    for (let i = 1; i + 1 < tokens.length; i++) {
      const start = tokens[i]!.start + (infos[k]![i]!.norm.startsWith("و") ? 1 : 0);
      if (!personStarts.has(start)) continue;
      const person = spanAt(spans, start, tokens[i]!.end);
      if (person?.type !== "person" || !GIVEN_NAMES.has(normalizeArabic(person.text)) || !spaceAfter(text, tokens, i)) continue;
      const opensList = infos[k]![i]!.norm.startsWith("و") || isListComma(tokens[i - 1]!.text);
      // The list's previous person ends in one of the two words before (its family name may be a word the tagger left: وهيثم | مدني).
      const from = tokens[Math.max(0, i - 2)]!.start;
      if (!opensList || !spans.some((s) => s.type === "person" && s.end <= tokens[i]!.start && s.end > from)) continue;
      const w = infos[k]![i + 1]!;
      if (w.proclitic || w.cue || !ARABIC_LETTERS_ONLY.test(w.norm) || w.norm.length < MIN_UNSEEN_FAMILY_NAME || w.norm.length !== w.surface.length || w.norm.startsWith("ال") || w.norm.startsWith("و")) continue;
      if (timesSeen(w.norm, model) > 0 || isPlainWord(w, model) || isStopword(w.norm) || isNeverNameEnd(w.norm, model) || looksLikeVerbOrNounBeforeName(w.norm, model) || overlapsAny(spans, tokens[i + 1]!.start, tokens[i + 1]!.end)) continue;
      // ف + a word the table shows is a clause going on (وعدنان | فقالا: and they said).
      if (w.norm.startsWith("ف") && timesSeen(w.norm.slice(1), model) > 0) continue;
      person.end = tokens[i + 1]!.end;
      person.text = text.slice(person.start, person.end);
    }
  });
}

/**
 * A place mention that ends in the nisba of another place, a country's most often (سانت لويس |
 * الأميركية, aawsat; هيوستن | الأمريكية, aleqtisadiya; أوساكا | اليابانية, alriyadh; ليون | الفرنسية,
 * France24): the adjective says where the place is and is no part of its name, so the mention ends
 * before it. Not when the name opens with the article, a state's word or a head (المملكة العربية السعودية,
 * جمهورية ألمانيا الاتحادية, قاعدة العند الجوية), when the word before the adjective is definite
 * (غالاباغوس المحيط الهندي), when the adjective is a place itself (أرامكو السعودية), or a compass
 * adjective (كوريا الجنوبية).
 */
export function cutCountryAdjectivesOffPlaces(text: string, spans: Candidate[], model: NerModel): void {
  for (const s of spans) {
    if (s.type !== "location") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut <= 0) continue;
    const words = normalizeArabic(s.text).split(/\s+/);
    const first = words[0]!;
    const last = words[words.length - 1]!;
    if (DEFINITE_OR_FUSED.test(first) || STATE_WORDS.has(first) || BINDING_NAME_WORDS.has(first) || isHeadWord(first) || LOC_CUES.has(first) || DEFINITE_OR_FUSED.test(words[words.length - 2]!)) continue;
    if (COMPASS_ADJECTIVE.test(last) || isGazetteerPlace(last, model) || !isPlaceAdjective(last, model)) continue;
    s.end = s.start + s.text.slice(0, cut).trimEnd().length;
    s.text = text.slice(s.start, s.end);
  }
}

/** A hyphen and the short rest of a name written with one (مون جاي-إن, جان-بيير). */
const HYPHENATED_REST = /^-[\u0621-\u064A]{1,6}(?![\u0621-\u064A-])/;

/**
 * A person's name the tagger ended at a hyphen goes on over it: over the short rest (مون جاي | -إن),
 * or over the person mention right after it (جان | -مارك أيرولت), which gives way.
 */
export function extendOverHyphens(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "person" || text[s.end] !== "-") continue;
    const joined = spans.find((o) => o.type === "person" && o.start === s.end + 1);
    const rest = HYPHENATED_REST.exec(text.slice(s.end, s.end + 8))?.[0];
    if (joined) {
      s.end = joined.end;
      spans.splice(spans.indexOf(joined), 1);
    } else if (rest && !spans.some((o) => o.start >= s.end && o.start < s.end + rest.length)) s.end += rest.length;
    else continue;
    s.text = text.slice(s.start, s.end);
  }
}
