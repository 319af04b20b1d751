/**
 * Places by pattern: time zones, facilities named for towns, named facilities, stadiums, provinces and districts,
 * places after settlement heads and in lists.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { splitsOf, tokenInfo, type TokenInfo } from "../features.js";
import { NAME_TAIL_ADJECTIVES, WEEKDAYS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithMention, timesSeen, infosOf, overlapsAny, spanStartingAt, spanAt, sortByStart, spaceAfter, spacesIn, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isPlainWord, isPossessedPlainWord, DEFINITE_NISBA, isHeadWord, isTitleInfo, DEFINITE, MASCULINE_NISBA, isNunated } from "./words.js";
import { WORLD_PLACES_BY_FIRST } from "./gazetteer-places.js";
import { DEFINITE_PLURAL } from "./drops.js";
import { PRESENT_PREFIXES, verbEvidence, QUOTE_MARKS, withTailAdjective } from "./tag-runs.js";
import { isListCommaOrSemicolon } from "./companies.js";
import { OBJECT_SUFFIX } from "./institutions.js";

/** «بتوقيت»: the time of a place (بتوقيت غرينتش, بتوقيت مكة). */
export const TIME_ZONE_WORD = /^[وف]?ب?توقيت$/;

/**
 * The word after «بتوقيت» names a place (بتوقيت غرينتش, بتوقيت جرينتش, بتوقيت القدس): a word of
 * letters, no plain word (بتوقيت محلي) or stopword, is a place, or the mention it is votes place.
 */
export function addTimeZonePlaces(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(infos[i]!.norm.endsWith("توقيت") && TIME_ZONE_WORD.test(infos[i]!.norm))) continue;
    const place = infos[i + 1]!;
    if (!ARABIC_LETTERS_ONLY.test(place.norm) || isPlainWord(place, model) || isStopword(place.norm) || place.cue === "never") continue;
    const { start, end } = tokens[i + 1]!;
    const mention = out.find((s) => s.start === start);
    if (mention) mention.evidence.location = (mention.evidence.location ?? 0) + CUE_VOTES;
    else if (!overlapsAny(out, start, end)) out.push({ type: "location", text: text.slice(start, end), start, end, evidence: { location: CUE_VOTES } });
  }
  sortByStart(out);
}

/** A hospital, airport or port in construct, with a conjunction or preposition fused (لمستشفى, بمطار): group 1 the proclitic, 2 the head. */
export const PLACE_NAMED_HEAD = /^([وف]?[بل]?)(مستشفي|مطار|ميناء)$/;

/**
 * A hospital, airport or port named for its town, with the adjective that closes the name, is one
 * mention: مستشفى عسير المركزي, لمستشفى بلجرشي العام (an organization, as مستشفى القطيف المركزي
 * is tagged); مطار أبها الإقليمي, مطار المزة العسكري, ميناء ينبع التجاري (a place, as مطار عدن
 * الدولي is). The town is a place mention of that one word, or a word no mention holds that is no
 * plain word; a town with the article after مستشفى is left to addInstitutionNames (مستشفى العيون
 * العام). Mentions inside give way (عسير, مطار أبها); one crossing the edge keeps it out.
 */
export function addFacilitiesNamedForTowns(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const norm = infos[i]!.norm;
    const m = norm.endsWith("مستشفي") || norm.endsWith("مطار") || norm.endsWith("ميناء") ? PLACE_NAMED_HEAD.exec(norm) : null;
    if (!m || infos[i]!.norm.length !== tokens[i]!.text.length) continue;
    const town = infos[i + 1]!;
    const adjective = infos[i + 2]!.norm;
    if (!(MASCULINE_NISBA.test(adjective) || NAME_TAIL_ADJECTIVES.has(adjective)) || isStopword(adjective)) continue;
    if (!ARABIC_LETTERS_ONLY.test(town.norm) || isStopword(town.norm) || isNunated(town.surface) || (m[2] === "مستشفي" && town.norm.startsWith("ال"))) continue;
    const { start: townStart, end: townEnd } = tokens[i + 1]!;
    const start = tokens[i]!.start + m[1]!.length;
    // The town alone, or the head and the town, already a mention (عسير; مطار أبها).
    const isPlace = out.some((s) => s.type !== "person" && s.start === townStart && s.end === townEnd) || out.some((s) => s.type !== "person" && s.start === start && s.end === townEnd);
    if (!isPlace && (overlapsAny(out, townStart, townEnd) || isPlainWord(town, model))) continue;
    const end = tokens[i + 2]!.end;
    if (spanAt(out, start, end)) continue;
    if (replaceWithMention(text, out, start, end, m[2] === "مستشفي" ? "organization" : "location")) added = true;
    i += 2;
  }
  if (added) sortByStart(out);
}

/** Facility heads in construct before a name of their own (قاعدة حميميم, سجن صيدنايا, مخيم الزعتري), with a conjunction or preposition fused. */
export const NAMED_FACILITY_HEAD = /^([وف]?[بل]?)(قاعده|معبر|مطار|ميناء|سجن|مخيم|قصر)$/;
/** Most times the word table may show a facility's one-word name: more often, it is a common word (قاعدة بيانات, سجن مشدد). */
const MAX_FACILITY_NAME_SEEN = 3;
/** Most words of a facility's unknown name (قاعدة | كيب كانافيرال). */
const MAX_FACILITY_NAME_WORDS = 2;

/**
 * A facility the tagger missed: a facility head in construct (قاعدة, معبر, مطار, ميناء, سجن, مخيم,
 * قصر) before a word the word table hardly knows, no plain word, stopword or nunated word, is a
 * place (قاعدة حميميم, CNN; مخيم الزعتري), its definite nisba going with it unless a country's;
 * before a name the tagger found one word on (معبر كرم | أبو سالم), that word joins too. Mentions
 * inside give way to it.
 */
export function addNamedFacilities(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[] = infosOf(tokens, model)): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    const m = head.norm.length === tokens[i]!.text.length ? NAMED_FACILITY_HEAD.exec(head.norm) : null;
    if (!m || !spaceAfter(text, tokens, i)) continue;
    const name = infos[i + 1]!;
    if (!ARABIC_LETTERS_ONLY.test(tokens[i + 1]!.text) || isStopword(name.norm) || isNunated(name.surface) || isPlainWord(name, model) || name.cue === "given" || isTitleInfo(name)) continue;
    // A common noun's shapes: an indefinite nisba (قاعدة مذهبية, سجن عقلي), a suffix (قاعدة تلزمها,
    // سجن خصومه), a feminine plural (قاعدة بصيلات).
    if (!DEFINITE.test(name.norm) && (/(?:ي|يه|ات)$/.test(name.norm) || OBJECT_SUFFIX.test(name.norm) || name.norm.endsWith("ه"))) continue;
    const start = tokens[i]!.start + m[1]!.length;
    let to = i + 2;
    // A name the tagger found right after the next word (معبر كرم | أبو سالم): one name with it.
    const after = to < tokens.length ? out.find((s) => s.start === tokens[to]!.start) : undefined;
    const unknown = timesSeen(name.norm, model) <= MAX_FACILITY_NAME_SEEN && !overlapsAny(out, tokens[i + 1]!.start, tokens[i + 1]!.end);
    if (after && after.type !== "organization" && !DEFINITE.test(name.norm) && !overlapsAny(out, tokens[i + 1]!.start, tokens[i + 1]!.end)) {
      while (to < tokens.length && tokens[to]!.end <= after.end) to++;
    } else if (!unknown) continue;
    else {
      // More unknown words go on the name (قاعدة كيب كانافيرال), not one after و or ب (مخيم اليرموك | والحجر); a definite noun after it makes it a common noun in construct (قاعدة ناخبي | الحزب, قاعدة بصيلات | الشعر).
      while (to < tokens.length && to - i - 1 < MAX_FACILITY_NAME_WORDS && spaceAfter(text, tokens, to - 1) && ARABIC_LETTERS_ONLY.test(tokens[to]!.text) && !DEFINITE.test(infos[to]!.norm) && !/^[وب]/.test(infos[to]!.norm) && timesSeen(infos[to]!.norm, model) <= MAX_FACILITY_NAME_SEEN && !isStopword(infos[to]!.norm) && !overlapsAny(out, tokens[to]!.start, tokens[to]!.end)) to++;
      const next = infos[to];
      if (next && !DEFINITE.test(name.norm) && ((DEFINITE.test(next.norm) && !DEFINITE_NISBA.test(next.norm)) || (!DEFINITE.test(next.norm) && /ه$/.test(next.norm) && spaceAfter(text, tokens, to - 1)))) continue;
    }
    to = withTailAdjective(text, tokens, infos, to, model);
    if (replaceWithMention(text, out, start, tokens[to - 1]!.end, "location")) added = true;
    i = to - 1;
  }
  if (added) sortByStart(out);
}

/** A stadium's head (ملعب, ستاد, استاد), with a conjunction or preposition fused (بملعب, باستاد). */
export const STADIUM_HEAD = /^([وف]?[بل]?)(ملعب|ستاد|استاد)$/;
/** Most times the word table may show a word of a stadium's foreign name (ويمبلي, برنابيو; a common word is seen more: ملعب مواجهة). */
const MAX_STADIUM_NAME_SEEN = 20;
/** Most words of a stadium's foreign name (سانتياغو برنابيو, لوفتس رود). */
const MAX_STADIUM_NAME_WORDS = 2;
/** The Olympic stadium of a city, named by its definite head and adjective (الملعب الأولمبي). */
export const OLYMPIC_STADIUM = /^[وف]?[بل]?(?:ال)?(?:ملعب|ستاد|استاد)$/;
const OLYMPIC = "الاولمبي";

/**
 * Stadiums: after «ملعب», «ستاد» or «استاد», a foreign name of one or two words without the article, which the word table
 * hardly knows (no plain word, stopword, given name or title), is the place, the head left out as the name leaves out a
 * common noun (على ملعب ويمبلي, ملعب أولدترافورد, ملعب سانتياغو برنابيو, باستاد لوفتس رود: Sky News, Al Arabia, alriyadh,
 * alyaum): a mention of the head and the name, or of the name alone, is cut or retyped to it. A name with the article stays
 * with its head (ستاد الإمارات, ملعب الجوهرة), and a mention the tagger made of it a thing (ستاد الاتحاد: misc) is a place;
 * «الملعب الأولمبي» is the city's Olympic stadium (Al Arabia, BBC, Sky News).
 */
export function addStadiumNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let changed = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    if (head.norm.length !== tokens[i]!.text.length) continue;
    if (OLYMPIC_STADIUM.test(head.norm) && head.norm.includes("ال") && infos[i + 1]!.norm === OLYMPIC && spaceAfter(text, tokens, i)) {
      const start = tokens[i]!.start + (/^[وف]?[بل]?/.exec(head.norm)![0].length);
      if (replaceWithMention(text, out, start, tokens[i + 1]!.end, "location")) changed = true;
      continue;
    }
    const m = STADIUM_HEAD.exec(head.norm);
    if (!m) continue;
    const headStart = tokens[i]!.start + m[1]!.length;
    const thing = out.find((s) => s.start === headStart && s.type === "misc");
    if (thing) {
      thing.type = "location";
      thing.evidence.location = (thing.evidence.location ?? 0) + CUE_VOTES;
      changed = true;
      continue;
    }
    if (!spaceAfter(text, tokens, i)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i - 1 < MAX_STADIUM_NAME_WORDS && (k === i + 1 || spaceAfter(text, tokens, k - 1)) && isStadiumNameWord(tokens[k]!, infos[k]!, model)) k++;
    if (k === i + 1) continue;
    // The tagger's place over the head may hold a further word of the name (ملعب لوفتس رود: رود is seen as a word).
    const lastWord = Math.min(i + MAX_STADIUM_NAME_WORDS, tokens.length - 1);
    if (k <= lastWord && out.some((s) => s.start === headStart && s.type === "location" && s.end === tokens[lastWord]!.end)) k = lastWord + 1;
    if (k < tokens.length && spaceAfter(text, tokens, k - 1) && !isStadiumNameEnd(infos[k]!, model)) continue;
    const start = tokens[i + 1]!.start;
    const end = tokens[k - 1]!.end;
    const around = out.filter((s) => s.start < end && start < s.end);
    if (around.some((s) => s.start < headStart || s.end > end || (s.type !== "location" && s.type !== "person"))) continue;
    for (const s of around) out.splice(out.indexOf(s), 1);
    // No vote beyond its own: a club's name after «ملعب» (ملعب كروزيرو, its ground) stays the club where the text names it
    // so (one vote more turned the five mentions of كروزيرو, a Brazilian club, into places).
    out.push({ type: "location", text: text.slice(start, end), start, end, evidence: {} });
    changed = true;
    i = k - 1;
  }
  if (changed) sortByStart(out);
}

/**
 * The word after a stadium's foreign name lets it end there: a word with a clitic (ويمبلي | لاستضافة, ليبرتي | لمواجهة)
 * or a definite nisba. A further name word, a definite noun (ملعب جذع النخلة: an Arabic name in construct), a number
 * (ملعب خليجي 20) or a plain word (ملعب قولف دولي, a golf course) makes the words no foreign name.
 */
function isStadiumNameEnd(t: TokenInfo, model: NerModel): boolean {
  if (!ARABIC_LETTERS_ONLY.test(t.norm)) return !/^\d/.test(t.norm);
  if (isStopword(t.norm) || t.proclitic) return true;
  if (DEFINITE.test(t.norm)) return DEFINITE_NISBA.test(t.norm);
  return splitsOf(t).some((p) => /^[وفبل]+$/.test(p.proclitic) && timesSeen(p.core, model) > MAX_STADIUM_NAME_SEEN);
}

/** A word of a stadium's foreign name (addStadiumNames): Arabic letters, no article or clitic, rarely seen, no common word nor a name's cue. */
function isStadiumNameWord(token: TaggerToken, t: TokenInfo, model: NerModel): boolean {
  if (!ARABIC_LETTERS_ONLY.test(token.text) || t.norm.length < 2 || t.proclitic || t.norm.startsWith("لل") || STADIUM_HEAD.test(t.norm) || DEFINITE.test(t.norm) || t.cue || isStopword(t.norm) || isPlainWord(t, model) || isTitleInfo(t)) return false;
  return timesSeen(t.norm, model) <= MAX_STADIUM_NAME_SEEN && !model.resources.gazetteer.byFirst.has(t.norm) && !WORLD_PLACES_BY_FIRST.has(t.norm);
}

/** «محافظة» in construct, a governorate (محافظة إب, بمحافظة الحجرة), or its dual (لمحافظتي لحج وأبين), with a conjunction or preposition fused. */
export const PROVINCE_HEAD = /^[وف]?[بل]?محافظ(?:ه|تي)$/;
/** «مديرية» in construct, a Yemeni district (مديرية حيران, بمديرية الوازعية) or its dual (مديريتي الجراحي وزبيد); also a directorate (مديرية الصحة). */
export const DISTRICT_HEAD = /^[وف]?[بل]?مديري(?:ه|تي)$/;
/** A hashtag's mark, a token of its own before a one-word tag (مديرية #حيران بمحافظة #حجة). */
const HASH = "#";
/** A word seen more often than this after «مديرية» is a directorate's field (الكهرباء, الدفاع, الأمن), no district. */
const MAX_DISTRICT_NAME_SEEN = 20;
/** A definite masculine nisba: after «مديرية» + a word it agrees with the word, a directorate's field (مديرية التوجيه | المعنوي). */
const DEFINITE_MASCULINE_NISBA = /^ال[\u0621-\u064A]{2,}ي$/;
/** Words of a direction (محافظة شمال سيناء: the name is longer than one word). */
const DIRECTION_WORD = /^(?:شمال|جنوب|شرق|غرب|وسط)$/;
/** First words of two-word names whose second word the name needs (محافظة ذي ناعم, أبو عريش, بني مالك): no name alone. */
const PROVINCE_NAME_OPENERS = new Set(["ذي", "ذو", "ذات", "ابو", "ام", "بني", "بن"]);
/** A definite feminine plural (محافظة الانتخابات: keeping the elections), no place's name. */
const DEFINITE_FEMININE_PLURAL = /^ال[\u0621-\u064A]{3,}ات$/;
/** An indefinite feminine (محررة, مستقلة, عراقية) or accusative (وفقا) word: after «محافظة» it qualifies the noun, or «محافظة» means keeping (محافظة على). */
const INDEFINITE_QUALIFIER = /^(?!ال)[\u0621-\u064A]{2,}[اه]$/;

/** Common nouns of place that are no place's name (الأكبر في البلاد والضالع: البلاد is the country). */
const GENERIC_PLACE_NOUNS: ReadonlySet<string> = new Set(["البلاد", "العالم", "المنطقه", "الدوله", "المدينه", "الوطن"]);

/**
 * A one-word place name a cue vouches for (addProvincePlaces, addPlacesInLists): no stopword,
 * direction, head, plural, weekday, plain word, possessed word nor verb; nor an indefinite qualifier's
 * shape (محافظة محررة) unless `qualifierShape` allows it (a list of places: عدن وحريضة وتعز).
 */
function isBarePlaceName(t: TokenInfo, model: NerModel, norm = t.norm, qualifierShape = false): boolean {
  return ARABIC_LETTERS_ONLY.test(norm) && !GENERIC_PLACE_NOUNS.has(norm) && norm.length >= 2 && !isStopword(norm) && !DIRECTION_WORD.test(norm) && !isHeadWord(norm) && (qualifierShape || !INDEFINITE_QUALIFIER.test(norm)) && !DEFINITE_PLURAL.test(norm) && !DEFINITE_FEMININE_PLURAL.test(norm) && !norm.startsWith("لل") && !norm.startsWith("و") && !PROVINCE_NAME_OPENERS.has(norm) && !WEEKDAYS.includes(norm) && !(!norm.startsWith("ال") && isPlainWord(t, model)) && !isPossessedPlainWord(t, model) && verbEvidence(t, model) === "";
}

/**
 * The name after «محافظة» (a governorate) in construct is a place the tagger may miss when the word
 * is also a common one or a name training never saw: محافظة إب, بمحافظة الحجرة (the room), بمحافظة
 * الخرمة, لمحافظة لحج (okaz, alwatan, alyaum, alriyadh, SaudiNewsNet's Yemen and Saudi pages); with the
 * dual, the name after و too (لمحافظتي لحج وأبين). A quote mark may stand between (محافظة «حجة»).
 * The word is no name when it is a stopword (محافظة على), a direction (محافظة شمال سيناء), a head or
 * title, an indefinite feminine or accusative qualifier (محافظة محررة, محافظة عراقية), a definite
 * plural, an indefinite plain word (محافظة يتم; رجال of رجال ألمع), a weekday (خميس of خميس مشيط; not a month: إب is also آب, August),
 * the first word of a two-word name (ذي of ذي ناعم), a possessed plain word, a word after لل, or a
 * present verb (محافظة يخسرها).
 */
export function addProvincePlaces(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  let district = false;
  // After «مديرية» also no plain or common word (مديرية الصحة, مديرية الكهرباء) nor one a masculine nisba qualifies.
  const isDistrictName = (t: TokenInfo, norm: string, next: TokenInfo | undefined) =>
    !isPlainWord(t, model) && !model.plainWordSet.has(norm) && timesSeen(norm, model) <= MAX_DISTRICT_NAME_SEEN && !DEFINITE_MASCULINE_NISBA.test(next?.norm ?? "");
  const isProvinceName = (t: TokenInfo, norm = t.norm, next?: TokenInfo) => isBarePlaceName(t, model, norm) && (!district || isDistrictName(t, norm, next));
  const take = (k: number, cut: number) => {
    const start = tokens[k]!.start + cut;
    const end = tokens[k]!.end;
    // The tagger's directorate over a district's head and name gives way to the place (مديرية الكعيدنة).
    const body = district ? out.findIndex((s) => s.type === "organization" && s.end === end && s.start < start && DISTRICT_HEAD.test(normalizeArabic(s.text.split(" ")[0]!))) : -1;
    if (body >= 0 && spacesIn(out[body]!.text) === 1) out.splice(body, 1);
    if (overlapsAny(out, start, end)) return;
    out.push({ type: "location", text: text.slice(start, end), start, end, evidence: { location: CUE_VOTES } });
    added = true;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!.norm;
    district = head.includes("مديري") && DISTRICT_HEAD.test(head);
    if (!(head.includes("محافظ") && PROVINCE_HEAD.test(head)) && !district) continue;
    let k = i + 1;
    if ((QUOTE_MARKS.test(tokens[k]!.text) || tokens[k]!.text === HASH) && k + 1 < tokens.length) k++;
    if (!isProvinceName(infos[k]!, infos[k]!.norm, infos[k + 1])) continue;
    take(k, 0);
    if (!head.endsWith("تي")) continue;
    // The dual's second name: و, a quote mark, the name (لمحافظتي “لحج” و “أبين”), or و fused (لحج وأبين).
    let j = k + 1;
    if (j < tokens.length && QUOTE_MARKS.test(tokens[j]!.text)) j++;
    if (j >= tokens.length) continue;
    if (infos[j]!.norm === "و") {
      j++;
      if (j < tokens.length && QUOTE_MARKS.test(tokens[j]!.text)) j++;
      if (j < tokens.length && isProvinceName(infos[j]!, infos[j]!.norm, infos[j + 1])) take(j, 0);
    } else if (infos[j]!.norm.startsWith("و") && tokens[j]!.text.startsWith("و") && isProvinceName(infos[j]!, infos[j]!.norm.slice(1), infos[j + 1])) take(j, 1);
  }
  if (added) sortByStart(out);
}

/**
 * A plural or dual head of settlements or mountains, with a conjunction or preposition fused: neighbourhoods (أحياء),
 * villages (قرى, قريتي), towns (بلدات, بلدتي), two cities or regions (مدينتي, منطقتي), mountains (جبال). The
 * names after it are places (addPlacesAfterSettlementHeads).
 */
export const SETTLEMENT_LIST_HEAD = /^[وف]?[بل]?(?:احياء|قري|قريتي|بلدات|بلدتي|مدينتي|منطقتي|جبال)$/;
/** «إحياء» (reviving), which the normalizer folds into «أحياء» (إحياء موروث الجفري: alriyadh). */
const REVIVAL = "\u0625\u062D\u064A\u0627\u0621";
/** A dual head (two places named, no more). */
const DUAL_HEAD_ENDING = "تي";
/** Most words of a person mention in a list of places that is read as a place instead (أبو ديس). */
const MAX_RETYPED_PLACE_WORDS = 2;
/**
 * Normalized words that open a two-word settlement name (جبل المكبر, بيت سحم, أبو عريش, تل رفعت, خان يونس, دير الزغب):
 * each seen so after a settlement head three times or more from two outlets or more in the pools (SkyNews, France24,
 * okaz, aawsat, aljazirah, CNN, BBC, Al Arabia, was). عين, كفر, بئر were seen once each and are left out.
 */
const TWO_WORD_PLACE_OPENERS = new Set(["جبل", "بيت", "ابو", "تل", "خان", "دير"]);

/**
 * The names a plural or dual settlement head opens are places the tagger may miss or take for a person: «أحياء
 * شعفاط وأبو ديس والعيساوية وجبل المكبر» (SkyNews), «أحياء العزيزية والدار البيضاء» (alweeam), «جبال مران»
 * (alwatan, Al Arabia), «بلدتي كفريا والفوعة» (aawsat). The first word after the head, and each word or mention
 * joined to it by و, is a place when it may be a place's bare name (isBarePlaceName: no plain, possessed or common
 * word of place, verb or qualifier), seen at most MAX_DISTRICT_NAME_SEEN times (مناطق المعارضة, قرى الأطفال: common
 * words), and ends its item; a person mention of up to two words there is retyped (أبو ديس). An item may also be two
 * words, an opener of a settlement's name (TWO_WORD_PLACE_OPENERS) and the name (وجبل المكبر, ودير الزغب: SkyNews,
 * aawsat), kept whole when the two end the item. A dual head names two.
 */
export function addPlacesAfterSettlementHeads(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  const isListedName = (k: number, norm: string, first: boolean) => {
    const t = infos[k]!;
    const after = tokens[k + 1];
    if (t.norm.length !== tokens[k]!.text.length || !isBarePlaceName(t, model, norm, !first) || model.plainWordSet.has(norm) || timesSeen(norm, model) > MAX_DISTRICT_NAME_SEEN) return false;
    if (!first && (POSSESSED_OR_PLURAL_VERB.test(tokens[k]!.text) || looksLikeVerb(norm, model))) return false;
    return !after || after.text.startsWith("و") || LIST_END.test(after.text) || LIST_VERB_COMPLEMENTS.has(infos[k + 1]!.norm);
  };
  // An opener and the name after it, kept whole when the item ends there (وجبل المكبر، وخان الأحمر وأبو قش): the name's index.
  const twoWordNameEnd = (k: number, cut: number): number | undefined => {
    const name = infos[k + 1];
    if (!TWO_WORD_PLACE_OPENERS.has(infos[k]!.norm.slice(cut)) || !name || !isOpenedPlaceName(name, tokens[k + 1]!.text, model)) return undefined;
    const after = tokens[k + 2];
    if (after && !after.text.startsWith("و") && !LIST_END.test(after.text) && !LIST_VERB_COMPLEMENTS.has(infos[k + 2]!.norm)) return undefined;
    // The tagger's mention of the name alone gives way to the whole (المكبر of جبل المكبر); any other leaves it.
    const alone = out.findIndex((s) => s.start === tokens[k + 1]!.start && s.end === tokens[k + 1]!.end);
    if (out.some((s, i) => i !== alone && s.start < tokens[k + 1]!.end && tokens[k]!.start + cut < s.end)) return undefined;
    if (alone >= 0) out.splice(alone, 1);
    return k + 1;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!.norm;
    if (!SETTLEMENT_LIST_HEAD.test(head) || tokens[i]!.text.includes(REVIVAL)) continue;
    const most = head.endsWith(DUAL_HEAD_ENDING) ? 2 : Infinity;
    let k = i + 1;
    for (let n = 0; n < most && k < tokens.length; n++) {
      const cut = n === 0 ? 0 : 1;
      if (cut && !(tokens[k]!.text.startsWith("و") && tokens[k]!.text.length > 2)) break;
      const start = tokens[k]!.start + cut;
      const span = spanStartingAt(out, start);
      if (span) {
        if (span.type === "person" && spacesIn(span.text) < MAX_RETYPED_PLACE_WORDS) {
          span.type = "location";
          span.evidence.location = (span.evidence.location ?? 0) + CUE_VOTES;
        } else if (span.type !== "location") break;
        k = tokenAfter(tokens, span.end, k + 1);
        continue;
      }
      const end = twoWordNameEnd(k, cut) ?? (isListedName(k, infos[k]!.norm.slice(cut), n === 0) ? k : -1);
      if (end < 0 || overlapsAny(out, start, tokens[end]!.end)) break;
      out.push({ type: "location", text: text.slice(start, tokens[end]!.end), start, end: tokens[end]!.end, evidence: { location: CUE_VOTES } });
      added = true;
      k = end + 1;
    }
  }
  if (added) sortByStart(out);
}

/**
 * The word after a two-word settlement name's opener may be a name (جبل المكبر) or a common word (جبل الشيخ, دير الزغب,
 * بيت الشباب), never a stopword, direction, verb or possessed word (جبل في, بيت شمال, أبو يقول, بيت أهلها).
 */
function isOpenedPlaceName(t: TokenInfo, written: string, model: NerModel): boolean {
  return ARABIC_LETTERS_ONLY.test(t.norm) && t.norm.length === written.length && t.norm.length >= 2 && !isStopword(t.norm) && !DIRECTION_WORD.test(t.norm) && !POSSESSED_OR_PLURAL_VERB.test(written) && verbEvidence(t, model) === "";
}

/** Words before a list's first item that leave it a list's item (في عدن ولحج; من تعز ولحج). */
const LIST_OPENERS = new Set(["في", "من", "الي", "إلى", "بين", "و", "مثل", "منها", "ومنها"]);
/** A word seen more often than this is too common to be a place on one located neighbour's say. */
const MAX_LISTED_PLACE_COUNT = 20;
/** Prepositions a verb takes (سيطرت على, ولد في, ندعو إلى): after a two-item list's word they tell a clause. */
const LIST_VERB_COMPLEMENTS = new Set(["في", "على", "علي", "الى", "إلى", "من", "عن", "مع"]);
/** A past verb's feminine ت on a stem the word table holds (سيطرت: سيطر, وقفت: وقف). */
const PAST_FEMININE = /^[\u0621-\u064A]{3,}ت$/;
/** The future's س before a present prefix (سنعمل, سأقدم, ستصمد), or لـ before one (لتساهم). */
const FUTURE_OR_PURPOSE = /^[سل][اايتن]/;
/** As written (ه, not ة): a possessive suffix (تعز وريفها, اليمن وشعبها, الجبل وأوديته) or a plural verb's وا (وحرصوا): a list's word is no place then. */
const POSSESSED_OR_PLURAL_VERB = /(?:[\u0621-\u064A]{2}(?:ها|هم|هما|هن|ه)|وا)$/;
const LIST_END = /^[.،,؛:!?؟)»"”\-–]$/;

interface ListItem {
  start: number;
  end: number;
  next: number;
  span?: Candidate;
  word?: TokenInfo;
}

/**
 * A one-word name listed with places by و is a place the tagger missed: «في عدن ولحج وأبين وتعز»
 * (alyaum), «في بوتساللو وصقلية وأماكن أخرى» (3alyoum). A list is items joined by a fused و (after
 * a comma or not); an item is a mention starting there or one word, and a word counts only when it
 * may be a place's bare name (isBarePlaceName, its و cut), overlaps no mention and ends its item
 * (a و, a comma, punctuation or a stopword follows: ومنطقة الخليج is a phrase). The words become
 * places when the list names two places or more and no other kind of mention, or one place when
 * each word is rare in the word table (MAX_LISTED_PLACE_COUNT). The list's first item counts as a
 * word only after في, من, إلى, بين.
 */
export function addPlacesInLists(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  // Where a list last goes on: no list starts at or after it (most sentences have none).
  let lastGoesOn = -1;
  for (let j = tokens.length - 1; j > 0 && lastGoesOn < 0; j--) if (listGoesOnAt(tokens, j)) lastGoesOn = j;
  for (let i = 0; i < tokens.length && i < lastGoesOn; i++) {
    // A list has a second item: where none can follow the first (most words), the first's tests
    // (a place's bare name, a dozen lists and patterns) are not run. The first item ends at the
    // next token, or past a mention starting here.
    if (!listGoesOnAt(tokens, i + 1)) {
      const span = spanStartingAt(out, tokens[i]!.start);
      if (!span || !listGoesOnAt(tokens, tokenAfter(tokens, span.end, i + 1))) continue;
    }
    const from = i;
    let comma = false;
    const items: ListItem[] = [];
    let j = i;
    for (;;) {
      const item = listItemAt(text, tokens, out, model, infos, j, items.length === 0);
      if (!item) break;
      items.push(item);
      j = item.next;
      if (isListCommaOrSemicolon(tokens[j]) && tokens[j + 1]?.text.startsWith("و")) {
        comma = true;
        j++;
      }
      if (!(tokens[j]?.text.startsWith("و") && tokens[j]!.text.length > 2)) break;
    }
    // Two items over a comma join clauses (في غزة، وندعو إلى…), not names.
    if (items.length < 2 || (comma && items.length < 3)) continue;
    i = Math.max(i, items[items.length - 1]!.next - 1);
    const places = items.filter((it) => it.span?.type === "location").length;
    const others = items.filter((it) => it.span && it.span.type !== "location").length;
    const words = items.filter((it, k) => it.word && (k > 0 || (from > 0 && LIST_OPENERS.has(infos[from - 1]!.norm))));
    if (words.length === 0 || others > 0 || places === 0) continue;
    if (places < 2 && !words.every((it) => timesSeen(normalizeArabic(text.slice(it.start, it.end)), model) <= MAX_LISTED_PLACE_COUNT)) continue;
    // In a list of two, a last word before a preposition may be a verb (الإمارات وقفت مع…).
    // So may the last word of a list joined by commas (سوريا والعراق واليمن، وتنخرط في…).
    const last = items[items.length - 1]!;
    if ((items.length === 2 || comma) && last.word && LIST_VERB_COMPLEMENTS.has(infos[tokenAfter(tokens, last.end)]?.norm ?? "")) continue;
    for (const it of words) {
      out.push({ type: "location", text: text.slice(it.start, it.end), start: it.start, end: it.end, evidence: { location: CUE_VOTES } });
      added = true;
    }
  }
  if (added) sortByStart(out);
}

/** The index of the first token after offset `end` (from token `from` on). */
function tokenAfter(tokens: readonly TaggerToken[], end: number, from = 0): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  return k;
}

/** Whether a list goes on to another item at token j (addPlacesInLists' test after an item): a word opened by و, a comma before it or not. */
function listGoesOnAt(tokens: readonly TaggerToken[], j: number): boolean {
  if (isListCommaOrSemicolon(tokens[j]) && tokens[j + 1]?.text.startsWith("و")) j++;
  return !!tokens[j]?.text.startsWith("و") && tokens[j]!.text.length > 2;
}

/** A word with its و cut that reads as a verb: present-tense evidence, a future or purpose prefix, or a past feminine ت on a seen stem. */
function looksLikeVerb(word: string, model: NerModel): boolean {
  if (DEFINITE.test(word)) return false;
  if (FUTURE_OR_PURPOSE.test(word) && PRESENT_PREFIXES.some((p) => timesSeen(p + word.slice(2), model) > 0)) return true;
  if (PAST_FEMININE.test(word) && timesSeen(word.slice(0, -1), model) > 0) return true;
  return verbEvidence(tokenInfo(word, model.resources), model) !== "";
}

/** The list item at token j (addPlacesInLists): a mention starting there (its و cut unless first), or one word that may be a place. */
function listItemAt(text: string, tokens: readonly TaggerToken[], out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], j: number, first: boolean): ListItem | undefined {
  const token = tokens[j];
  if (!token) return undefined;
  const t = infos[j]!;
  const cut = first ? 0 : 1;
  if (!first && !token.text.startsWith("و")) return undefined;
  const start = token.start + cut;
  const span = spanStartingAt(out, start);
  if (span) {
    let next = j + 1;
    while (next < tokens.length && tokens[next]!.start < span.end) next++;
    return { start, end: span.end, next, span };
  }
  const word = t.norm.slice(cut);
  if (t.norm.length !== token.text.length || word.length < 3 || overlapsAny(out, start, token.end) || !isBarePlaceName(t, model, word, true)) return undefined;
  if (cut && POSSESSED_OR_PLURAL_VERB.test(token.text)) return undefined;
  const after = tokens[j + 1];
  // A verb may close a list's clause (…واليمن وتنخرط في), not stand inside it (عدن ولحج وأبين وتعز: أبين is no «I show»).
  if (cut && (model.plainWordSet.has(word) || (!after?.text.startsWith("و") && looksLikeVerb(word, model)))) return undefined;
  if (after && !(after.text.startsWith("و") || LIST_END.test(after.text) || LIST_VERB_COMPLEMENTS.has(infos[j + 1]!.norm))) return undefined;
  return { start, end: token.end, next: j + 1, word: t };
}
