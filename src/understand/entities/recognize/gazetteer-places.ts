/**
 * Places from the gazetteers: regional places, world places (world-places.ts, province-places.ts, geonames-places.ts,
 * yemen-districts.ts) and peninsulas (شبه جزيرة).
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { rememberTokenTest, splitsOf, type TokenInfo } from "../features.js";
import { CITIES, FACILITY_HEADS, LANDFORM_HEADS, NAME_CONNECTORS, REGIONAL_PLACES, REPORTING_VERB } from "../lexicon.js";
import { WORLD_COUNTRIES_MULTIWORD, WORLD_PLACES, WORLD_PLACES_CUED } from "../world-places.js";
import { ARAB_PROVINCES, ARAB_PROVINCES_CUED } from "../province-places.js";
import { GEONAMES_PLACES, GEONAMES_PLACES_CUED } from "../geonames-places.js";
import { YEMEN_DISTRICTS, YEMEN_DISTRICTS_CUED } from "../yemen-districts.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { overlapsAny, spanAt, sortByStart, CUE_VOTES } from "./shared.js";
import { CUE_WORLD_PLACE, skipRulesWithoutCues } from "./cue-bits.js";
import { isPlainWord, DEFINITE_NISBA, isTitleWord, arabicCountryNames } from "./words.js";
import { isSportsSentenceWord } from "./sports-words.js";

export function isLandformHead(t: TokenInfo): boolean {
  return LANDFORM_HEADS.has(t.norm) || LANDFORM_HEADS.has(t.core) || FACILITY_HEADS.has(t.norm) || FACILITY_HEADS.has(t.core);
}

export const REGIONAL_PLACE_SET: ReadonlySet<string> = new Set(REGIONAL_PLACES);

/** Whether the word, its core or a core after a clitic split is a regional place (addRegionalPlaces). */
export const mayBeRegionalPlace = rememberTokenTest((t) => REGIONAL_PLACE_SET.has(t.norm) || REGIONAL_PLACE_SET.has(t.core) || splitsOf(t).some((p) => REGIONAL_PLACE_SET.has(p.core)));

/**
 * Regional places (lexicon.ts REGIONAL_PLACES) the tagger left out: a word that is one, whole or
 * once its clitics are cut on evidence (بالدمام → الدمام), outside every mention, becomes a place;
 * a mention that is exactly one gets the place votes.
 */
export function addRegionalPlaces(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i]!;
    if (!mayBeRegionalPlace(info)) continue;
    const whole = REGIONAL_PLACE_SET.has(info.norm);
    // The list is evidence enough to cut a clitic the analysis kept (وسيئون: سيئون seen too rarely).
    const proclitic = whole ? "" : REGIONAL_PLACE_SET.has(info.core) ? info.proclitic : splitsOf(info).find((p) => REGIONAL_PLACE_SET.has(p.core))?.proclitic;
    if (proclitic === undefined) continue;
    if (info.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    const end = tokens[i]!.end;
    const start = proclitic ? tokens[i]!.start + proclitic.length : landformHeadStart(text, tokens, infos, i) ?? tokens[i]!.start;
    const exact = spanAt(out, start, end);
    if (exact) exact.evidence.location = (exact.evidence.location ?? 0) + CUE_VOTES;
    else if (!overlapsAny(out, start, end)) {
      out.push({ type: "location", text: text.slice(start, end), start, end, evidence: { location: CUE_VOTES } });
      added = true;
    }
  }
  if (added) sortByStart(out);
}

/**
 * A world place's name: its words, whether it needs a cue, and whether it is GeoNames' (geonames-places.ts: a
 * town's name is more often a common word than a CLDR city's, so it takes fewer clitics; addWorldPlaces).
 */
interface WorldPlaceName {
  words: readonly string[];
  cued: boolean;
  geonames: boolean;
  /** Another spelling of a country's name (countryVowelVariants): a place only outside every mention and not after a title or a nisba (المستشارة الألمانية أنغيلا, no أنغويلا). */
  variant?: true;
  /** A one-word gazetteer city with the article (الحديدة): a place only outside every mention, whose type it leaves to the tagger and the rules (صحيفة «الرياض»). */
  outsideOnly?: true;
}

/** Fewest letters (the article aside) of a country's name whose spelling without one long vowel is taken (عمان, لبنان: عمن is a word). */
const MIN_VOWEL_VARIANT_LETTERS = 7;
const LONG_VOWELS = "\u0627\u0648\u064A";

/**
 * A one-word CLDR country's name (Intl.DisplayNames) of MIN_VOWEL_VARIANT_LETTERS letters or more written without one
 * long vowel after its first letter: the press's other spelling (بنغلادش for بنغلاديش: Al Arabia, SkyNews, France24;
 * الكامرون, تايلند, تركمنستان, قرغيزستان in the unlabeled news), less a variant that is another country (أنغولا, not
 * أنغويلا).
 */
function countryVowelVariants(): string[] {
  const countries = arabicCountryNames();
  const out: string[] = [];
  for (const name of countries) {
    const from = name.startsWith("ال") ? 3 : 1;
    if (name.includes(" ") || name.length - from + 1 < MIN_VOWEL_VARIANT_LETTERS) continue;
    for (let i = from; i < name.length - 1; i++) {
      const variant = name.slice(0, i) + name.slice(i + 1);
      if (LONG_VOWELS.includes(name[i]!) && !countries.has(variant)) out.push(variant);
    }
  }
  return out;
}

/**
 * The parts of a CLDR country's name written with a parenthesis, each a name the press uses alone (ميانمار (بورما):
 * ميانمار, بورما — SkyNews, BBC, France24, JawharaFM), less a part that names an administrative kind (منطقة إدارية
 * خاصة) or is shorter than four letters. Not a dash's parts: تيمور of تيمور - ليشتي is a given name too (تيمور جنبلاط).
 */
function countryNameParts(): string[] {
  const out = new Set<string>();
  for (const name of arabicCountryNames()) {
    if (!name.includes("(")) continue;
    for (const part of name.split(/ *[()] */)) {
      const p = part.trim();
      if (p.replace(/ /g, "").length >= 4 && !/(?:^| )(?:منطقه|اداريه)(?: |$)/.test(p) && !arabicCountryNames().has(p)) out.add(p);
    }
  }
  return [...out];
}

const GHAIN = "\u063A";
const JEEM = "\u062C";

/** The world places' names (world-places.ts, province-places.ts, geonames-places.ts, yemen-districts.ts: read as GeoNames towns are) by first word: the words of each name, and whether it needs a cue. */
export const WORLD_PLACES_BY_FIRST: ReadonlyMap<string, readonly WorldPlaceName[]> = (() => {
  const byFirst = new Map<string, WorldPlaceName[]>();
  // The gazetteer's cities are the tagger's: untagged, they are mostly another word (مسقط رأسه, birthplace). Its
  // one-word cities with the article are not (الحديدة, الموصل, البصرة: left untagged in 27 of 44, 8 of 20 and 4 of 4
  // mentions of the samples), and are read as GeoNames towns are, under the same guards.
  const cities = new Set(CITIES.map((c) => normalizeArabic(c)));
  const definiteCities = [...cities].filter((c) => c.startsWith("ال") && !c.includes(" "));
  const lists = [[WORLD_PLACES, false, false], [WORLD_COUNTRIES_MULTIWORD, false, false], [WORLD_PLACES_CUED, true, false], [ARAB_PROVINCES, false, false], [ARAB_PROVINCES_CUED, true, false], [GEONAMES_PLACES, false, true], [GEONAMES_PLACES_CUED, true, true], [YEMEN_DISTRICTS, false, true], [YEMEN_DISTRICTS_CUED, true, true], [definiteCities, false, true]] as const;
  for (const [list, cued, geonames] of lists) {
    for (const name of list) {
      const words = name.split(" ");
      if (REGIONAL_PLACE_SET.has(name) || (cities.has(name) && list !== definiteCities)) continue;
      const entry: WorldPlaceName = list === definiteCities ? { words, cued, geonames, outsideOnly: true } : { words, cued, geonames };
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), entry]);
    }
  }
  // The hard g of a foreign name written ج (بيونجيانج, هونج كونج, شيكاجو: the Egyptian and Gulf spelling), a two-word
  // name also written as one (بيونجيانج): CLDR's world names only, whose غ stands for a Latin g.
  for (const name of [...WORLD_PLACES, ...WORLD_COUNTRIES_MULTIWORD]) {
    if (!name.includes(GHAIN) || name.startsWith("ال") || REGIONAL_PLACE_SET.has(name)) continue;
    const hardG = name.replaceAll(GHAIN, JEEM);
    for (const variant of name.split(" ").length === 2 ? [hardG, hardG.replace(" ", "")] : [hardG]) {
      const words = variant.split(" ");
      if (!byFirst.get(words[0]!)?.some((n) => n.words.join(" ") === variant)) byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, cued: false, geonames: false }]);
    }
  }
  for (const variant of countryVowelVariants()) {
    if (!byFirst.has(variant)) byFirst.set(variant, [{ words: [variant], cued: false, geonames: false, variant: true }]);
  }
  // A gazetteer city fused with «أبو» is also written apart (أبو ظبي: BBC, CNN, SkyNews, France24), which the tagger reads
  // as a kunya and a name, and GeoNames' list asks a head for (its first word a given name's): the spaced spelling is the
  // city by name alone, its rest three letters or more (no «أبو جا» of أبوجا).
  for (const city of cities) {
    const rest = /^ابو([^ ]{3,})$/.exec(city)?.[1];
    if (rest) byFirst.set("ابو", [...(byFirst.get("ابو") ?? []).filter((n) => !(n.words.length === 2 && n.words[1] === rest)), { words: ["ابو", rest], cued: false, geonames: false }]);
  }
  for (const part of countryNameParts()) {
    const words = part.split(" ");
    if (!cities.has(part) && !byFirst.get(words[0]!)?.some((n) => n.words.join(" ") === part)) byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, cued: false, geonames: false }]);
  }
  for (const names of byFirst.values()) names.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/**
 * Heads of a team's or a police force's name, which a place's name ends (نادي جرش, فريق الجوف التطوعي, شرطة عجمان; the
 * Maghreb's clubs وفاق سطيف, مولودية بجاية, اتحاد تطاوين, نجم المتلوي), and of a street or a stadium named for a place
 * (نهج سكيكدة, شارع أسيوط, ملعب أكادير).
 */
const TEAM_HEADS: ReadonlySet<string> = new Set(["نادي", "النادي", "فريق", "شبيبه", "منتخب", "شرطه", "وفاق", "مولوديه", "اتحاد", "نجم", "شارع", "نهج", "ملعب", "ستاد"]);

/** «مدينة», «عاصمة» and the like right before a place's name, with a conjunction or preposition fused (بمدينة, والعاصمة). */
const WORLD_PLACE_CUE = /^[وف]?[بل]?(?:مدينه|عاصمه|العاصمه|ولايه|مقاطعه|جزيره|اقليم|محافظه|منطقه)$/;

/**
 * World cities of Unicode CLDR (world-places.ts: time zones' exemplar cities, less the gazetteer's
 * lexicon.ts CITIES), Arab provinces (province-places.ts) and GeoNames towns (geonames-places.ts) the
 * tagger left out: the name, its first word whole or after a clitic cut on evidence (بكاراكاس →
 * كاراكاس), outside every mention, becomes a place; a place the tagger cut short (لاس | فيغاس) gets
 * the whole name. A one-word name that is also a common word (WORLD_PLACES_CUED, GEONAMES_PLACES_CUED,
 * or a plain word to the model: سيول, floods) needs «مدينة» or «عاصمة» right before it (a GeoNames
 * town: GEONAMES_PLACE_CUE). A GeoNames town takes ب or ل only with its article, is no adjective of
 * the word before, and is no place in the contexts of geonamesContextRejects.
 */
export function addWorldPlaces(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  let sporty: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i]!;
    // Its cue first (-1 when not asked: the tests below decide).
    if (skipRulesWithoutCues && !(info.ruleCues & CUE_WORLD_PLACE)) continue;
    let proclitic = "";
    let names = WORLD_PLACES_BY_FIRST.get(info.norm);
    if (!names) {
      const split = info.core !== info.norm && WORLD_PLACES_BY_FIRST.has(info.core) ? { core: info.core, proclitic: info.proclitic } : splitsOf(info).find((p) => WORLD_PLACES_BY_FIRST.has(p.core));
      if (!split || !/^[وفبل]+$/.test(split.proclitic)) continue;
      names = WORLD_PLACES_BY_FIRST.get(split.core);
      proclitic = split.proclitic;
    }
    if (!names || info.norm.length !== tokens[i]!.text.length) continue;
    const name = worldPlaceAt(names, text, tokens, infos, i);
    if (!name) continue;
    const last = i + name.words.length - 1;
    // بن, ابن, أبو before the name make it a person's (وابن باجة, the philosopher); a body's or team's head an
    // organization's (نادي جرش, شبيبة القيروان, شرطة عجمان); لل is ل + ال (للحج, for the pilgrimage: no لحج).
    const before = i > 0 && !proclitic ? infos[i - 1]! : undefined;
    if (before && (isConnectorOrTeamHead(before.norm) || isConnectorOrTeamHead(before.core) || isConnectorOrTeamHead(before.norm.startsWith("و") ? before.norm.slice(1) : before.norm))) continue;
    if (proclitic.endsWith("ل") && name.words[0]!.startsWith("ل")) continue;
    // A GeoNames town takes ب or ل only with its article (بالعريش; بعقوبة is «with a penalty», بليون a billion),
    // and a name with the article right after a word with the article is its adjective (العاصمة الهندية, الطائفة المنصورة).
    if (name.geonames && /[بل]$/.test(proclitic) && !name.words[0]!.startsWith("ال")) continue;
    if (name.geonames && !proclitic && i > 0 && name.words[0]!.startsWith("ال") && infos[i - 1]!.norm.startsWith("ال")) continue;
    const needsCue = name.cued || (name.words.length === 1 && (isPlainWord(info, model) || isStopword(name.words[0]!)));
    const cued = i > 0 && !proclitic && (name.geonames ? GEONAMES_PLACE_CUE : WORLD_PLACE_CUE).test(infos[i - 1]!.norm) && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === " ";
    if (needsCue && !cued) continue;
    if (name.geonames && !cued && geonamesContextRejects(infos, i, last, (sporty ??= isSportsSentence(infos)))) continue;
    // لل + a city with the article (للحديدة) has no letter of the article to start at: the mention is the word, as the
    // tagger writes للرياض.
    const start = name.outsideOnly && proclitic.endsWith("لل") ? tokens[i]!.start : tokens[i]!.start + proclitic.length;
    const end = tokens[last]!.end;
    const exact = spanAt(out, start, end);
    const inside = out.filter((s) => s.start < end && start < s.end);
    if (name.outsideOnly && inside.length > 0) continue;
    if (name.variant && (inside.length > 0 || (before !== undefined && (isTitleWord(before) || DEFINITE_NISBA.test(before.norm))))) continue;
    if (exact) exact.evidence.location = (exact.evidence.location ?? 0) + CUE_VOTES;
    else if (inside.length === 0) {
      out.push({ type: "location", text: text.slice(start, end), start, end, evidence: { location: CUE_VOTES } });
      added = true;
    } else if (inside.every((s) => s.type === "location" && s.start >= start && s.end <= end)) {
      // A place the tagger ended early or began late (بوينوس | أيرس, لاس | فيغاس), or cut in two (ريف | دمشق): the name
      // covers all its words, one span.
      inside[0]!.start = start;
      inside[0]!.end = end;
      inside[0]!.text = text.slice(start, end);
      inside[0]!.evidence.location = (inside[0]!.evidence.location ?? 0) + CUE_VOTES;
      for (const s of inside.slice(1)) out.splice(out.indexOf(s), 1);
    }
    i = last;
  }
  if (added) sortByStart(out);
}

// addWorldPlaces' steps apart from its loop, whose index the callbacks captured (a context allocated at every token).

/** The first of `names` (longest first) whose next words follow token i, each a space apart and without marks. */
function worldPlaceAt(names: readonly WorldPlaceName[], text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): WorldPlaceName | undefined {
  for (const n of names) {
    let k = 1;
    for (; k < n.words.length; k++) {
      if (!(i + k < tokens.length && infos[i + k]!.norm === n.words[k] && infos[i + k]!.norm.length === tokens[i + k]!.text.length && text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start) === " ")) break;
    }
    if (k === n.words.length) return n;
  }
  return undefined;
}

/**
 * A settlement head right before a GeoNames town's name (geonames-places.ts), with a conjunction or preposition fused:
 * fewer than WORLD_PLACE_CUE's, none that also heads a common noun (عاصمة دولة, ناحية الحمام, towards the bathroom).
 */
const GEONAMES_PLACE_CUE = /^[وف]?[بل]?(?:مدينه|بلده|قريه|محافظه|منطقه|ولايه|مديريه|معتمديه|قضاء|مخيم)$/;

/**
 * Heads of a facility's, a body's or a work's name that a town's name ends (فندق بيبلوس, كنيسة سانتا ماريا, متحف تورينو,
 * جامعة ويتشيتا, محكمة ملبورن, دورة شتوتغارت): the town alone is no mention there (geonamesContextRejects).
 */
const NAMED_FOR_TOWN_HEADS: ReadonlySet<string> = new Set([
  ...["فندق", "منتجع", "كنيسه", "كاتدرائيه", "متحف", "محكمه", "جامعه", "صاله", "قاعه", "دوره", "برديه", "مشروع", "قناه", "مستشفي", "مدرسه", "كليه", "بنك", "شركه", "مصنع", "مطار", "ميناء"],
  // Clubs' heads (ترجي جرجيس, نسر طبلبة, قوافل قفصة, هبوعيل بئر السبع, وداد سمارة).
  ...["ترجي", "نسر", "قوافل", "مستقبل", "هلال", "جمعيه", "اولمبيك", "سبورتينغ", "مكارم", "هبوعيل", "هابوعيل", "وداد", "رجاء", "رجا", "مدافع", "حارس", "مهاجم", "لاعب", "لاعبو", "لاعبي", "مدرب", "تدريب"],
]);

/** A score's side: a number or «صفر» (ستيوا بوخارست - ليون صفر - 3). */
const SCORE_SIDE = /^(?:\d+|صفر)$/;

function isSportsSentence(infos: readonly TokenInfo[]): boolean {
  return infos.some((t, k) => isSportsSentenceWord(t) || (t.norm === "-" && SCORE_SIDE.test(infos[k - 1]?.norm ?? "") && SCORE_SIDE.test(infos[k + 1]?.norm ?? "")));
}

/**
 * Whether the words around a GeoNames town's name (tokens i..last), with no settlement head before it, make it
 * something else: a reporting verb before it makes it a person's (وشدد ليون, Bernardino León), a head of
 * NAMED_FOR_TOWN_HEADS part of a facility's or a club's name (فندق بيبلوس, ترجي جرجيس), «من» after a one-word name of a
 * verb's shape a verb (ينبع من, stems from), and a sports report a club's (خسر أمام مضيفه سالزبورغ).
 */
function geonamesContextRejects(infos: readonly TokenInfo[], i: number, last: number, sporty: boolean): boolean {
  if (sporty) return true;
  if (i > 0 && (REPORTING_VERB.test(infos[i - 1]!.norm) || NAMED_FOR_TOWN_HEADS.has(infos[i - 1]!.core))) return true;
  return i === last && /^[يت]/.test(infos[i]!.norm) && infos[i + 1]?.norm === "من";
}

/** «شبه» of «شبه جزيرة» (a peninsula), with a conjunction or preposition fused (بشبه, وشبه). */
export const PENINSULA_HEAD = /^[وف]?[بل]?شبه$/;
const PENINSULA_WORD = "شبه";
/** The island word a peninsula's name goes on with (شبه الجزيرة الكورية, شبه جزيرة القرم). */
const PENINSULA_ISLAND = /^(?:ال)?جزيره$/;

/**
 * «شبه» before a place the tagger began at «الجزيرة» (شبه | الجزيرة الكورية, شبه | الجزيرة العربية; SkyNews, Alarabia,
 * BBC, France24, aleqtisadiya, alyaum, was): the peninsula's name starts at «شبه», as a landform's head stays with its name
 * (هضبة الجولان); a fused و or preposition stays out.
 */
export function addPeninsulaHeads(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PENINSULA_HEAD.test(infos[i]!.norm) || !PENINSULA_ISLAND.test(infos[i + 1]!.norm) || text.slice(tokens[i]!.end, tokens[i + 1]!.start) !== " ") continue;
    const place = out.find((s) => s.start === tokens[i + 1]!.start && s.type === "location");
    if (!place) continue;
    // The fused letters stay out when the word is written plainly (no marks or tatweel: its last three letters are «شبه»).
    const plain = text.slice(tokens[i]!.end - PENINSULA_WORD.length, tokens[i]!.end) === PENINSULA_WORD;
    place.start = plain ? tokens[i]!.end - PENINSULA_WORD.length : tokens[i]!.start;
    place.text = text.slice(place.start, place.end);
  }
}

/** A lineage connector or a team's head (addWorldPlaces: the word before makes the name a person's or a body's). */
function isConnectorOrTeamHead(w: string): boolean {
  return NAME_CONNECTORS.has(w) || TEAM_HEADS.has(w);
}

/**
 * Where a landform or facility head right before token i starts (هضبة | الجولان, بجزيرة | سقطرى: after
 * its proclitic), the head being part of the place's name; undefined when there is none.
 */
function landformHeadStart(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): number | undefined {
  const head = infos[i - 1];
  if (!head || !isLandformHead(head) || text.slice(tokens[i - 1]!.end, tokens[i]!.start) !== " ") return undefined;
  if (LANDFORM_HEADS.has(head.norm) || FACILITY_HEADS.has(head.norm)) return tokens[i - 1]!.start;
  return head.norm.length === tokens[i - 1]!.text.length ? tokens[i - 1]!.start + head.proclitic.length : undefined;
}
