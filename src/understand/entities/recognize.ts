/**
 * Entity recognition over running text:
 * - the text is cut into sentences of ANERcorp-style tokens (tokens.ts), each tagged by the trained
 *   model (features.ts, perceptron.ts); BIO spans become character spans of the original text;
 * - a mention's first word loses a leading conjunction or preposition (و ف, ب ل ك before ال, or
 *   before a word the model knows as a name) unless the letter belongs to the name (a word the model
 *   saw as such, a given name like وليد or فادي, or a rest that is a plain word: فادي is no ف + ادي):
 *   وأذربيجان → أذربيجان, بالقاهرة → القاهرة, لبنان stays;
 * - a mention is dropped when it is only a weekday, month, platform name, time word or reporting verb
 *   (lexicon.ts), or has no letter;
 * - institution names the tagger missed (وزارة الدفاع, هيئة الأمم...) are added by pattern, as are
 *   institutions named for a person (مركز الملك سلمان للإغاثة: not the person), places named for a
 *   person (مطار الملك خالد الدولي, ممشى الملك فهد: not the person), well-known organizations
 *   (lexicon.ts: آسيان, الناتو...) by name, and in a football report Saudi clubs (الهلال, النصر);
 * - a person's name never ends on a connector (بن, آل, أبو): the word after it joins (عبدالحكيم بن مساعد);
 * - a given name (also behind و) and a rare definite family name are a person (لؤي السبيعي), as is
 *   a name of that shape in a list of persons joined by و (وأسامة هوساوي وتيسير الجاسم ومحمد السهلاوي);
 * - a definite institution head, its adjective and its لل field are one organization (الهيئة العامة
 *   للسياحة والتراث الوطني); the word after «بتوقيت» is a place (بتوقيت غرينتش); a person's name goes
 *   on over a hyphen (مون جاي-إن, جان-مارك أيرولت); a one-word place or organization with a
 *   masculine nisba of a country after it is that country's club (الكويت الكويتي, الشارقة الإماراتي);
 * - a mention followed by a place apposition (`X، أكبر مدن Y`, `X، عاصمة Y`) votes location;
 * - two same-type mentions outside the gazetteer, only a space apart, are joined (the tagger cut
 *   an unknown name), as is a one-word mention followed by one of another type (ناغورني | قرة باغ);
 *   two gazetteer names side by side are split (الولايات المتحدة أذربيجان → two mentions);
 * - a mention made only of plain words (learned: words training almost never tags inside an entity)
 *   is dropped, as is a head or title word alone (الشركة), a possessed plain word alone (زيارتي,
 *   رأيك), a currency (دولار, دولارا, الدولار) or a currency's whole name (ريال سعودي), a one-word
 *   nisba adjective after a definite common noun (المستشفى الأهلي), a title's adjective alone
 *   (المكلف, الأول) and a definite word completing a title in construct (ولي | العهد);
 * - a state's formal name is one place: polity head + national adjectives (المملكة المغربية) or
 *   polity head + gazetteer place (+ adjectives: جمهورية مصر العربية, سلطنة عمان);
 * - a person's role is cut from its name: leading title, plain and possessed plain words (نقيب
 *   المعلمين ماهر الخطيب → ماهر الخطيب, role نقيب المعلمين; مدربه فادي سلامة → فادي سلامة), the
 *   words before its first given name when they hold none and follow a definite word (الأرصاد
 *   الجوية | أيمن القيسي); a title phrase right before the name is its role too (وزيرة المياه | ريم
 *   الخطيب); plain words the tagger ran on into are cut off its end (كريم يوسف جائزة);
 * - an organization or place mention that runs on into a person's name (a given name after a
 *   definite word: البنك الدولي مراد الزين, الريم خالد المصري) is two mentions, as is a place
 *   mention with و + a gazetteer place inside (كاليفورنيا | وجيبوتي) or a place head inside (سيول |
 *   وادي الريم: the floods of the wadi), the word before dropped when it is one word and no
 *   gazetteer place (a noun in construct with the place); a landform or facility head right before
 *   a place is part of its name (وادي الريم, قطاع غزة);
 * - one name has one type in a document: mentions with the same matching key (merge.ts) take the
 *   type with most votes, cue words (إقليم, الرئيس; a dual cue for both names: إقليمي X و Y), في, gazetteer names and the name's own head word
 *   (وادي, مدينة → place; وزارة, حركة → organization) voting too;
 * - lineages: a rare family name of the feminine nisba's shape ends a chain (حمد بن علي | العطية; the
 *   word table's counts tell it from الإسلامية, الخيرية), the given name before a chain the tagger
 *   started at بن joins it (مفرج | بن سعد الحقباني, زين العابدين | بن علي), a letter before بن is no
 *   preposition unless the rest is a known name (لبيد بن ربيعة), a weekday after بن is a name (بن |
 *   جمعة), و before an عبدال… name is cut (وعبدالحفيظ), على never opens a name nor stands as one;
 * - institutions: named for a person also after مستشفى, over a head fragment the tagger made
 *   (جامعة الإمام | محمد بن سعود | الإسلامية), up to a second given name (جامعة الملك سعود | عبد الله
 *   الصقعبي), a facility head + person + field (مدينة الملك عبدالعزيز للعلوم والتقنية); لجنة and مؤسسة
 *   heads; a head + definite field + the country's adjective (وزارة العدل | الأمريكية); a party's
 *   adjective (حزب الشعب | الجمهوري); لدول + place (مجلس التعاون لدول الخليج العربية);
 * - places: a quoted name after a
 *   facility head (ملعب "لوفتس رود"), a one-word name the document gives after a place head (جزيرة
 *   سقطرى → سقطرى); an office's title phrase is no person (خادم الحرمين الشريفين); an accusative or
 *   dual verb after a family name the article gave first or last is cut (كيم | زخما);
 * - a verb the tagger ran on into ends no name: the word table holds the same stem with another
 *   person's prefix (محمد بن نايف | نطمئن beside يطمئن; أبو مازن | ألقى, whose أل is no article);
 *   ب + a place after an organization's name is its own place (مستشفى الملك فهد التخصصي | بالدمام);
 *   a ruler's court is an organization (الديوان الملكي, الديوان الأميري: the nisba of a person cue);
 * - a run ends before a word with nunation (ممثلاً, اتصالًا: no
 *   name's word), as before an indefinite dual of a plain noun (سامح شكري | اتصالين); a holy city's
 *   epithet is part of its name (مكة المكرمة); an institution head behind a fused preposition opens a
 *   name (لوكالة الأنباء …); a regional place takes the landform head before it (هضبة الجولان);
 * - a guard or team called «الوطني» alone is the country's body (الحرس الوطني); a party's
 *   second ideal after و is part of its name (حزب العدالة والتنمية); a quoted name after «علمت» or an
 *   interview noun + مع cites the press (وعلمت "الوطن", مقابلة مع "العربية"), as does one after a
 *   body's head (مؤسسة «المدينة», صحيفة "الاقتصادية", حزب "نداء تونس", تنظيم "الدولة الإسلامية");
 * - a share word names companies: سهم جرير, سهمي صافولا وسدافكو, أسهم شركات مدينة المعرفة، وفيبكو
 *   (addCompaniesOfShares; not after a count, nor a sector, nor the verb أسهم);
 * - a one-word name listed by و with places is a place (addPlacesInLists: عدن ولحج وأبين وتعز), not
 *   a possessed noun, a verb closing the clause, nor a comma-joined pair;
 * - an Arabic hashtag's words joined by underscores are read apart, the mention keeping them as written
 *   (#محمود_عباس → «محمود_عباس»); a one-word definite gazetteer city the tagger left untagged is a place
 *   (الحديدة, الموصل); a stadium's foreign name after ملعب/استاد is the place without its head (ملعب | ويمبلي),
 *   «ستاد» + a name one place (ستاد الإمارات), الملعب الأولمبي too (addStadiumNames); an organization ending on its
 *   لل field goes on over وال words and nisbas (معهد ليبنيز للأبحاث | الاقتصادية: widenFieldTails); a quoted
 *   coalition is its quoted words ("تحالف السياسة الجديد للديمقراطية"); a sect's nisba names no party (الحزب الشيعي);
 * - a medical city is an organization, as a hospital is (مدينة الملك فهد الطبية: retypeMedicalCities); a quoted place
 *   or person the press cites (قال لـ«الشرق الأوسط») is the outlet when the article names it nowhere else (retypePressCitations);
 *   an outlet named by a common word after a medium's head or a citing word (بحسب صحيفة الشرق الأوسط, وذكرت الحياة, مراسل
 *   العربية, أبلغ «الشرق الأوسط») is the outlet alone, on the same condition (press-outlets.ts addCitedCommonWordOutlets);
 * - Latin-script runs (English embeds) go to the rule-based recognizer (latin.ts).
 * Spans come out in text order.
 */
import type { EntityType } from "../../types.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { isStopword } from "../../arabic/stopwords.js";
import { rememberWordTest } from "../../arabic/lexicon/word-list.js";
import { BoundedMemo } from "../../arabic/bounded-memo.js";
import { analyzeInfos, documentStatsOfInfos, procliticSplits, rememberTokenTest, splitOnEvidence, splitsOf, tokenInfo, type KnownOrganizationLists, type TokenInfo } from "./features.js";
import { recognizeLatinEntities } from "./latin.js";
import { joinLetterAcronyms } from "./letter-acronyms.js";
import { joinForeignNameParticles } from "./foreign-name-particles.js";
import { dropPlacesInCompetitionNames } from "./competitions.js";
import { dropCountedNisbas } from "./counted-nisbas.js";
import { addCountriesNamedByNisba } from "./country-nisba-names.js";
import { widenPersonsOverUnseenGivenNames, type GivenNameTests } from "./given-names-before-persons.js";
import { cutFusedPrepositionTailsOffPersons, type FusedPrepositionTests } from "./fused-preposition-tails.js";
import { endMentionBefore, laterWords } from "./mention-words.js";
import { widenOrganizationsOverConstructComplements } from "./construct-complements.js";
import { addSpeakersBeforeRoles } from "./speakers-before-roles.js";
import { cutComplementsOffPersons, cutTitlesOffPersons, type PersonRoleTests } from "./person-roles.js";
import { retypeFamilyNamesOfPersons, type ShortFormTests } from "./short-forms.js";
import { addNewsAgenciesUpToNews } from "./news-agency-names.js";
import { addCitedCommonWordOutlets } from "./press-outlets.js";
import { settleOrganizationHeads, type HeadWordTests } from "./head-words.js";
import { addListedStreetNames } from "./listed-streets.js";
import { BOARD_HEADS, BOARD_OF, CITIES, COALITION_HEADS, COMMON_WORD_BODIES, FACILITY_HEADS, FUNCTION_NAMED_BODIES, GIVEN_NAMES, KNOWN_ORGANIZATIONS, LANDFORM_HEADS, LATE_TITLES, LOC_CUES, MILITIA_WORD_PATTERN, MILITIA_WORDS, NAME_CONNECTORS, NAME_TAIL_ADJECTIVES, NAMED_ORG_HEADS, NATIONAL_BODY_HEADS, NEVER_ENTITIES, NISBA_FAMILY_NAMES, ORG_HEADS, PERSON_CUES, PLACE_APPOSITION_HEADS, PLACE_EPITHETS, POSSESSIVE_SUFFIX, QUOTED_MEDIA_HEADS, REGIONAL_PLACES, REPORTING_VERB, SETTLEMENT_WORDS, SUPERLATIVES, TIME_OF_DAY, WEEKDAYS } from "./lexicon.js";
import { matchKey, nameForm } from "./merge.js";
import { WORLD_COUNTRIES_MULTIWORD, WORLD_PLACES, WORLD_PLACES_CUED } from "./world-places.js";
import { ARAB_PROVINCES, ARAB_PROVINCES_CUED } from "./province-places.js";
import { GEONAMES_PLACES, GEONAMES_PLACES_CUED } from "./geonames-places.js";
import { YEMEN_DISTRICTS, YEMEN_DISTRICTS_CUED } from "./yemen-districts.js";
import { KNOWN_COMPANIES, KNOWN_OUTLETS } from "./known-brands.js";
import { FOREIGN_CLUBS } from "./foreign-clubs.js";
import { loadDefaultModel, type NerModel } from "./model-file.js";
import { tagAnalysis, unaryPreference } from "./tagger.js";
import { entitySpan, type EntitySpan } from "./span.js";
import { taggerSentences, type TaggerToken } from "./tokens.js";
import { firstWord } from "../../arabic/code-units.js";
import type { Candidate } from "./recognize/candidate.js";

const TYPES: Record<string, EntityType> = { PERS: "person", LOC: "location", ORG: "organization", MISC: "misc" };
/**
 * Whether a token holds a letter (\p{L}), read off its analysis: features.ts shapeOf tests the
 * same property, and only a token without one is "digit" or "punct".
 */
function hasLetter(t: TokenInfo): boolean {
  return t.shape !== "punct" && t.shape !== "digit";
}
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Per UTF-16 code unit: 0 not seen yet, 1 a Latin letter (LATIN_LETTER), 2 not one; filled on first sight. */
const latinUnits = new Uint8Array(0x10000);

/**
 * LATIN_LETTER.test(text), by a table of the code units seen: a body is mostly Arabic, and the
 * regex's Unicode property test on each of its characters was a cost of its own. A surrogate pair
 * (Latin letters exist beyond the BMP) is left to the regex.
 */
function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LATIN_LETTER.test(text);
    let kind = latinUnits[c]!;
    if (kind === 0) latinUnits[c] = kind = LATIN_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 1) return true;
  }
  return false;
}

const latinPlacesCache = new WeakMap<NerModel, Map<string, string>>();

/** The model's Latin place names, each with the Arabic CLDR name of the same region when ICU has one. */
function latinPlacesOf(model: NerModel): Map<string, string> {
  let places = latinPlacesCache.get(model);
  if (places) return places;
  places = new Map(model.latinGazetteer.map((e) => [e.name.toLowerCase(), ""]));
  const english = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const arabic = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  for (const code of TWO_LETTER_REGION_CODES) {
    const en = english.of(code)?.toLowerCase();
    const ar = arabic.of(code);
    if (en && ar && places.has(en)) places.set(en, ar);
  }
  latinPlacesCache.set(model, places);
  return places;
}

/** Every two-letter code AA to ZZ: Intl.DisplayNames names the regions among them and has no list of its own. */
const TWO_LETTER_REGION_CODES: readonly string[] = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));

export interface RecognizeOptions {
  /** Defaults to the shipped model in models/. */
  model?: NerModel;
}

/** The model's plain words and the lexicon's names and heads, as settleOrganizationHeads reads them. */
function headWordTests(model: NerModel): HeadWordTests {
  return {
    isPlain: (norm) => model.plainWordSet.has(norm),
    isPersonWord: (norm) => GIVEN_NAMES.has(norm) || PERSON_CUES.has(norm),
    isHead: (norm) => ORG_HEADS.has(norm) || LOC_CUES.has(norm) || FACILITY_HEADS.has(norm),
    isPlace: (norm) => isGazetteerPlace(norm, model),
  };
}

/** The model's word table and the title lists, as widenPersonsOverUnseenGivenNames reads them. */
function givenNameTests(model: NerModel): GivenNameTests {
  return {
    isPlain: (norm) => model.plainWordSet.has(norm),
    isRole: (norm) => PERSON_CUES.has(norm) || LATE_TITLES.has(norm),
    isNationalAdjective: (norm) => isNationalAdjective(norm, model),
    isSeen: (norm) => timesSeen(norm, model) > 0,
  };
}

/** Fewest times the word table must show the word after a fused preposition for it to be a word of the news (جائزة). */
const MIN_SEEN_AFTER_PREPOSITION = 3;

/**
 * The model's word table and given names, as cutFusedPrepositionTailsOffPersons reads them: after ب a word of the news
 * is one the table saw MIN_SEEN_AFTER_PREPOSITION times or more and never in a name, not opening with alef or waw (برايس, بغالي,
 * بايلين, باندا, بونوة, بوحشية are names).
 */
function fusedPrepositionTests(model: NerModel): FusedPrepositionTests {
  return {
    isKnownName: (norm) => timesSeen(norm, model) > 0 || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm),
    isWordAfterPreposition: (norm) => !/^[او]/.test(norm) && !model.entityWordSet.has(norm) && !GIVEN_NAMES.has(norm) && timesSeen(norm, model) >= MIN_SEEN_AFTER_PREPOSITION,
    isGivenName: (norm) => GIVEN_NAMES.has(norm),
  };
}

/**
 * Whether `text` is ASCII without a digit (an English embed, mostly): its tokens are Latin words and
 * single marks, so every mention the Arabic path could make there holds a Latin letter (no mention
 * keeps an edge token without a letter, pushSpan, and the rules' word lists are Arabic) and would
 * be dropped for the Latin recognizer's: the Arabic path is not run.
 */
function isAsciiWithoutDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || (c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

const byOffsets = (a: EntitySpan, b: EntitySpan) => a.start - b.start || a.end - b.end;

/** A hashtag of Arabic words joined by underscores (#عبدالملك_الحوثي, #ميليشيات_الحوثي, #البنك_المركزي_المصري). */
const ARABIC_HASHTAG = /#[\u0621-\u064A\u0660-\u0669\u064B-\u0652]+(?:_[\u0621-\u064A\u0660-\u0669\u064B-\u0652]+)+/g;

/**
 * The text with each of its Arabic hashtags' underscores read as spaces, same length (offsets unchanged): the words of
 * #عبدالملك_الحوثي are a name the tagger reads as it reads «عبدالملك الحوثي» (Al Arabia, Sky News, alyaum and
 * sabq write names so; 414 such hashtags in the samples).
 */
function withHashtagWordsSpaced(text: string, hashtags: readonly RegExpMatchArray[]): string {
  let spaced = "";
  let from = 0;
  for (const tag of hashtags) {
    spaced += text.slice(from, tag.index) + tag[0].replaceAll("_", " ");
    from = tag.index! + tag[0].length;
  }
  return spaced + text.slice(from);
}

/**
 * The entity mentions of `text` in text order. Hashtag words are read apart (withHashtagWordsSpaced); a mention keeps
 * the text as written, underscores and all (#عبدالملك_الحوثي → «عبدالملك_الحوثي»).
 */
export function recognizeEntities(text: string, options: RecognizeOptions = {}): EntitySpan[] {
  const hashtags = text.includes("_") ? [...text.matchAll(ARABIC_HASHTAG)] : [];
  if (hashtags.length === 0) return recognizeEntitiesIn(text, options);
  const spans = recognizeEntitiesIn(withHashtagWordsSpaced(text, hashtags), options);
  for (const s of spans) {
    s.end = endWithinHashtag(text, s, hashtags);
    s.text = text.slice(s.start, s.end);
  }
  return spans;
}

/**
 * A mention begun inside a hashtag ends with it: with its words spaced, the tagger may run a name on over the
 * next word (#محمود_عباس اعتذاره, Al Arabia; #يسرا ستمنح), which the hashtag as written never holds — unless
 * the name goes on by its lineage (#فهد_بن_تركي بن عبدالعزيز).
 */
const LINEAGE_AFTER = /^\s+(?:بن|ابن|بنت)\s/u;

function endWithinHashtag(text: string, span: EntitySpan, hashtags: readonly RegExpMatchArray[]): number {
  const tag = hashtags.find((h) => h.index! <= span.start && span.start < h.index! + h[0].length);
  if (tag === undefined) return span.end;
  const tagEnd = tag.index! + tag[0].length;
  return LINEAGE_AFTER.test(text.slice(tagEnd, tagEnd + 6)) ? span.end : Math.min(span.end, tagEnd);
}

function recognizeEntitiesIn(text: string, options: RecognizeOptions): EntitySpan[] {
  const model = options.model ?? loadDefaultModel();
  if (isAsciiWithoutDigits(text)) {
    const latinOnly = (hasLatinLetter(text) ? recognizeLatinEntities(text, latinPlacesOf(model)) : []).sort(byOffsets);
    markShortNamesInBrackets(text, latinOnly);
    return latinOnly;
  }
  const spans: Candidate[] = [];
  const sentences = taggerSentences(text);
  const res = model.resources;
  // Each token analyzed once; every step below reads these.
  const infos = sentenceInfosOf(sentences, model);
  const doc = documentStatsOfInfos(infos);
  const isFootball = isFootballText(infos);
  sentences.forEach((sentence, k) => {
    const analysis = analyzeInfos(infos[k]!, res, doc);
    const tags = tagNames(model.tags, tagAnalysis(model, res, analysis));
    const gz = analysis.gazetteer;
    const si = infos[k]!;
    // The rules a word of the sentence may open: a rule no word opens changes nothing and is not
    // run. A rule that sorts the mentions whatever it finds sorts them in its place when skipped,
    // unless nothing ran since the mentions were last sorted (sortByStart is idempotent).
    const cues = sentenceRuleCues(si);
    let unsorted = true;
    const sortSkipped = () => {
      if (unsorted) sortByStart(spans);
      unsorted = false;
    };
    continueNamesAfterConnectors(sentence, si, tags);
    splitNamesAtFusedPlaceHeads(si, tags);
    for (const run of tagRuns(text, sentence, tags, gz, si)) {
      const pushed = spans.length;
      pushSpan(text, sentence, si, gz, run.from, run.to, run.type, model, spans);
      if (run.conjoined) for (let k = pushed; k < spans.length; k++) dropConjunction(spans[k]!, sentence[run.from]!, text);
    }
    // Rules that always sort at their end leave `unsorted` false; the others set it.
    if (cues & CUE_INSTITUTION_HEAD) addInstitutionNames(text, sentence, spans, model, si);
    sortSkipped();
    if (cues & CUE_CHAIN_HEAD) {
      addInstitutionChains(text, sentence, spans, model, si, isFootball);
      unsorted = true;
    }
    if ((cues & (CUE_TITLE | CUE_CONSTRUCT_ORG_HEAD)) === (CUE_TITLE | CUE_CONSTRUCT_ORG_HEAD)) addInstitutionsNamedForPersons(text, sentence, spans, model, si);
    sortSkipped();
    if ((cues & (CUE_TITLE | CUE_PLACE_HEAD)) === (CUE_TITLE | CUE_PLACE_HEAD)) addFacilitiesNamedForPersons(text, sentence, spans, model, si);
    sortSkipped();
    if (cues & CUE_KNOWN_ORGANIZATION) {
      splitKnownOrganizationPairs(text, spans);
      addKnownOrganizations(text, sentence, spans, model, si);
      widenKnownOrganizationsOfCountries(text, sentence, spans, model, si);
    }
    sortSkipped();
    if (cues & CUE_OPENING_QUOTE) addPressCitations(text, sentence, spans, si, model);
    sortSkipped();
    if (cues & CUE_SHARE) {
      addCompaniesOfShares(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_NATIONAL_BODY) addNationalBodies(text, sentence, spans, model, si);
    sortSkipped();
    if (cues & CUE_MINISTRY_FIELD) {
      addMinistriesByField(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_POLITY_HEAD) {
      addStateNames(text, sentence, spans, model, si, gz);
      unsorted = true;
    }
    if (cues & CUE_DEFINITE_INSTITUTION) {
      addDefiniteInstitutions(text, sentence, spans, si, model);
      addDefiniteBodiesOfCountries(text, sentence, spans, si, model);
    }
    sortSkipped();
    if (cues & CUE_RULERS_COURT) {
      addRulersCourts(text, sentence, spans, si);
      unsorted = true;
    }
    if (cues & CUE_HIGH_COURT) {
      addHighCourts(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_LINEAGE) {
      addNisbaFamilyNamesAfterLineage(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_GIVEN_NAME) addFamilyNames(text, sentence, spans, model, si);
    sortSkipped();
    if (cues & CUE_REPORTING_VERB) {
      addReportedFamilyNames(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_HONORIFIC) {
      widenPersonsAfterHonorifics(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_CONJUNCTION) {
      addCoordinatedPersons(text, sentence, spans, model, si);
      unsorted = true;
    } else if (hasPerson(spans)) sortSkipped(); // it sorts when a person's mention is there, finding a name or not
    if (cues & CUE_LINEAGE) addGivenNamesBeforeLineage(text, sentence, spans, model, si);
    sortSkipped();
    widenInstitutionsOverFusedFields(text, sentence, spans, si);
    if (cues & CUE_INSTITUTION_HEAD) {
      widenInstitutionFields(text, sentence, spans, si, model);
      unsorted = true;
    }
    widenFieldTails(text, sentence, spans, si);
    if (cues & CUE_OF_COUNTRIES) {
      joinOrganizationsOfCountries(text, sentence, spans, si);
      unsorted = true;
    }
    if (cues & CUE_PARTY_HEAD) {
      addPartyAdjectives(text, sentence, spans, si);
      unsorted = true;
    }
    if (cues & CUE_COALITION_HEAD) {
      addCoalitionNames(text, sentence, spans, model, si);
      addDefinitePartyNames(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_REGIONAL_PLACE) {
      addRegionalPlaces(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_WORLD_PLACE) {
      addWorldPlaces(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_PENINSULA) addPeninsulaHeads(text, sentence, spans, si);
    if (cues & CUE_TITLE) {
      addPersonsAfterRanks(text, sentence, spans, model, si);
      addTitledNewNames(text, sentence, spans, model, si, isFootball);
    }
    sortSkipped();
    if (cues & CUE_COUNTRY_NISBA) {
      addClubsOfCountries(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (isFootball) {
      addFootballClubs(text, sentence, spans, si);
      addForeignClubs(text, sentence, spans, si);
      addClubsAfterOpponentWords(text, sentence, spans, model, si);
      addClubsAfterClubsInLists(text, sentence, spans, model, si);
      joinNisbasAfterListedClubs(text, sentence, spans, model, si);
      unsorted = true;
    }
    if (cues & CUE_TIME_ZONE) addTimeZonePlaces(text, sentence, spans, model, si);
    sortSkipped();
    if (cues & CUE_PROVINCE_HEAD) {
      addProvincePlaces(text, sentence, spans, model, si);
      addPlacesAfterSettlementHeads(text, sentence, spans, model, si);
    }
    addPlacesInLists(text, sentence, spans, model, si);
    if (cues & CUE_FACILITY_FOR_TOWN) addFacilitiesNamedForTowns(text, sentence, spans, model, si);
    if (cues & CUE_NAMED_FACILITY) addNamedFacilities(text, sentence, spans, model, si);
    if (cues & CUE_STADIUM_HEAD) addStadiumNames(text, sentence, spans, model, si);
  });
  addDatelinePlaces(text, spans);
  extendOverHyphens(text, spans);
  joinPlaceEpithets(text, spans);
  cutCountryAdjectivesOffPlaces(text, spans, model);
  splitPlacesAfterInstitutions(spans, model);
  cutProcliticsOfNamesInDocument(text, spans, model);
  cutWordsAfterFamilyNamesInDocument(spans, model);
  cutCliticNounsOffPersons(spans, model);
  cutPrepositionalTailsOffPersons(text, spans, model);
  cutFusedPrepositionTailsOffPersons(text, spans, fusedPrepositionTests(model));
  dropNationalAdjectivesAlone(spans, model);
  dropDefinitePluralsAlone(spans);
  dropSoundPluralsOfCommonWords(spans, model);
  dropPronounClausesAsPersons(spans);
  dropBoardsOfOrganizations(spans);
  dropTeamWordsAfterRank(text, spans, model);
  dropUnitNounsAfterTitles(text, spans, model);
  addRepeatedNames(text, sentences, spans, model, infos);
  addMilitiasOfFamilies(text, spans, model);
  settleTypes(spans, isFootball);
  retypePersonsAfterIn(text, spans, model);
  retypeMedicalCities(spans);
  retypeThingsAfterKindHeads(text, spans);
  retypeQuotedMedia(text, spans);
  retypePressCitations(text, spans);
  addCitedCommonWordOutlets(text, spans);
  dropAgencyHeads(text, spans, model);
  // After the epithets, the body's place is whole (إمارة منطقة | مكة المكرمة); after the types are
  // settled, lest the body's type pass to its place's other mentions.
  sentences.forEach((sentence, k) => {
    addBodiesOfProvinces(text, sentence, spans, infos[k]!);
    addClubsNamedForPlaces(text, sentence, spans, infos[k]!);
    addMosquesOfBodies(text, sentence, spans, infos[k]!);
    addGivenNamesBeforeNameChains(text, sentence, spans, model, infos[k]!);
  });
  splitPersonsOffLongerNames(text, spans, model);
  splitPlacesOffPersons(text, spans, model);
  splitPersonsOffPlaces(text, spans, model);
  retypePersonsAfterDefiniteProvinces(text, spans);
  splitPersonsOffOrganizations(text, spans, model);
  splitPersonsOffNamedOrganizations(text, spans, model);
  joinGivenNamesToNextPersons(text, spans);
  joinOneWordNamesToNextPersons(text, spans, model);
  addFamilyNamesBeforeBrackets(text, spans, model);
  addNumberedUnits(text, spans);
  joinPlaceOpenersToNames(text, spans);
  joinStreetHeadsToPlaces(text, spans);
  addListedStreetNames(text, spans);
  joinWestToNames(text, spans, isFootball);
  joinClubSuffixes(text, spans, isFootball);
  if (isFootball) joinCountryNisbasToClubs(text, spans, model);
  joinTeamHeadsToPlaces(text, spans);
  joinRegionAdjectivesToCountries(text, spans);
  addUnseenFamilyNamesInLists(text, sentences, infos, spans, model);
  joinTownsToSaintClubs(text, spans, isFootball);
  if (isFootball) joinClubsToTowns(text, spans);
  joinTimeWordFamilyNames(text, spans);
  splitPersonsAtListedLastWords(text, spans, model);
  cutListedWordsOffOrganizations(text, spans, model);
  widenOverConjoinedConstructFields(text, spans, model);
  widenOrganizationsOverConstructComplements(text, spans, { isNameWord: (norm) => !isStopword(norm) && !NEVER_ENTITIES.has(norm) && !TIME_OF_DAY.has(norm) });
  widenSportsBodiesOverSports(text, spans, model);
  addNewsAgenciesOfPlaces(text, spans);
  addNewsAgenciesUpToNews(text, spans);
  addInstitutionsOfPlaces(text, spans);
  addGeneralOrgansOfBodies(text, spans);
  widenPluralFieldsOverParticiples(text, spans, model);
  cutConjunctionsOfListedNames(text, spans, model);
  addGivenNamesInPersonLists(text, spans, model);
  dropReligiousFormulas(spans);
  joinLetterAcronyms(text, spans);
  joinForeignNameParticles(text, spans);
  dropPlacesInCompetitionNames(text, spans);
  dropCountedNisbas(text, spans);
  addCountriesNamedByNisba(text, spans);
  addSpeakersBeforeRoles(text, spans);
  const roleTests = personRoleTests(model);
  cutComplementsOffPersons(text, spans, roleTests, isFootball);
  cutTitlesOffPersons(text, spans, roleTests);
  widenPersonsOverUnseenGivenNames(text, spans, givenNameTests(model));
  cutOutletPhrasesOffPersons(text, spans);
  retypeFamilyNamesOfPersons(spans, shortFormTests(model));
  const latin = hasLatinLetter(text) ? recognizeLatinEntities(text, latinPlacesOf(model)) : [];
  const arabic: EntitySpan[] = spans.filter((s) => !hasLatinLetter(s.text)).map(({ type, text: t, start, end, role }) => entitySpan(type, t, start, end, role || undefined));
  const all = [...arabic, ...latin].sort(byOffsets);
  retypePersonsAfterOrganizationHeads(text, all);
  settleOrganizationHeads(text, all, headWordTests(model));
  markShortNamesInBrackets(text, all);
  return all;
}

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

// The rules' cues: what a word must be for a rule to find anything where it stands (each rule's
// first test of a token, or a necessary part of it), a bit a rule, of the word's forms alone. Asked
// once per analysis (tokenInfo memoizes those per word) and kept on it (TokenInfo.ruleCues): most
// sentences hold the cue of few rules, and a rule ran a loop of tests over every token of every
// sentence to find nothing.
const CUE_INSTITUTION_HEAD = 1 << 0;
const CUE_CHAIN_HEAD = 1 << 1;
const CUE_TITLE = 1 << 2;
const CUE_CONSTRUCT_ORG_HEAD = 1 << 3;
const CUE_PLACE_HEAD = 1 << 4;
const CUE_KNOWN_ORGANIZATION = 1 << 5;
const CUE_OPENING_QUOTE = 1 << 6;
const CUE_SHARE = 1 << 7;
const CUE_NATIONAL_BODY = 1 << 8;
const CUE_MINISTRY_FIELD = 1 << 9;
const CUE_POLITY_HEAD = 1 << 10;
const CUE_DEFINITE_INSTITUTION = 1 << 11;
const CUE_RULERS_COURT = 1 << 12;
const CUE_HIGH_COURT = 1 << 13;
const CUE_LINEAGE = 1 << 14;
const CUE_GIVEN_NAME = 1 << 15;
const CUE_REPORTING_VERB = 1 << 16;
const CUE_HONORIFIC = 1 << 17;
const CUE_OF_COUNTRIES = 1 << 18;
const CUE_PARTY_HEAD = 1 << 19;
const CUE_REGIONAL_PLACE = 1 << 20;
const CUE_WORLD_PLACE = 1 << 21;
const CUE_TIME_ZONE = 1 << 22;
const CUE_PROVINCE_HEAD = 1 << 23;
const CUE_FACILITY_FOR_TOWN = 1 << 24;
const CUE_NAMED_FACILITY = 1 << 25;
const CUE_COUNTRY_NISBA = 1 << 26;
const CUE_CONJUNCTION = 1 << 27;
const CUE_PENINSULA = 1 << 28;
const CUE_COALITION_HEAD = 1 << 29;
const CUE_STADIUM_HEAD = 1 << 30;

/** The rules whose cue the word is (the CUE_ bits): each test is the rule's own first test of a token, or implied by it. */
function computeRuleCues(t: TokenInfo): number {
  const { norm, core } = t;
  let cues = 0;
  if (isInstitutionHead(t)) cues |= CUE_INSTITUTION_HEAD; // addInstitutionNames, widenInstitutionFields
  if (CHAIN_HEADS.has(norm) || splitsOf(t).some((p) => CHAIN_HEAD_PROCLITIC.test(p.proclitic) && CHAIN_HEADS.has(p.core))) cues |= CUE_CHAIN_HEAD; // chainHeadCut
  if (isTitleInfo(t)) cues |= CUE_TITLE; // isTitleWord
  if (isConstructOrgHeadWord(t)) cues |= CUE_CONSTRUCT_ORG_HEAD;
  if (isPlaceHeadWord(norm)) cues |= CUE_PLACE_HEAD;
  if (knownOrganizationsStartingWith(t) !== null) cues |= CUE_KNOWN_ORGANIZATION;
  if (t.surface.length === 1 && OPENING_QUOTE.test(t.surface)) cues |= CUE_OPENING_QUOTE; // addPressCitations
  if (norm.includes(SHARE_STEM)) cues |= CUE_SHARE;
  if (isNationalBodyHead(t) || GUARD_HEADS.has(norm) || GUARD_HEADS.has(core) || norm === MARKET || core === MARKET) cues |= CUE_NATIONAL_BODY;
  if (MINISTRY_FIELDS.has(norm) || (norm.startsWith("لل") && MINISTRY_FIELDS.has("ا" + norm.slice(1))) || (MINISTRY_FIELDS.has(core) && norm.endsWith(core))) cues |= CUE_MINISTRY_FIELD;
  if (mayBePolityHead(t)) cues |= CUE_POLITY_HEAD;
  if (isDefiniteOrgHead(norm) || (norm.startsWith("لل") && isDefiniteOrgHead("ا" + norm.slice(1))) || isDefiniteOrgHead(core)) cues |= CUE_DEFINITE_INSTITUTION; // definiteInstitutionHeadCut
  if (norm.endsWith("الديوان") && COURT.test(norm)) cues |= CUE_RULERS_COURT;
  if (norm.endsWith("المحكمه") && COURT_WORD.test(norm)) cues |= CUE_HIGH_COURT;
  if (LINEAGE_CONNECTORS.has(norm)) cues |= CUE_LINEAGE; // addNisbaFamilyNamesAfterLineage, addGivenNamesBeforeLineage (بن, بنت)
  // addFamilyNames: a given name, or a listed nisba family name (a rare given name before it is one)
  if (t.cue === "given" || isJoinedAbdName(norm) || mayBeGivenNameAfterConjunction(t) || NISBA_FAMILY_NAMES.has(norm) || MASCULINE_NISBA.test(norm)) cues |= CUE_GIVEN_NAME;
  if (REPORTING_VERB.test(norm)) cues |= CUE_REPORTING_VERB; // addReportedFamilyNames
  if (HONORIFICS.has(norm) || (norm.startsWith("و") && HONORIFICS.has(norm.slice(1)))) cues |= CUE_HONORIFIC;
  if (norm === "لدول") cues |= CUE_OF_COUNTRIES;
  if (PARTY_HEADS.has(norm) || PARTY_HEADS.has(core)) cues |= CUE_PARTY_HEAD;
  if (COALITION_HEADS.has(norm) || COALITION_HEADS.has(core) || isDefinitePartyWord(t)) cues |= CUE_COALITION_HEAD; // addCoalitionNames, addDefinitePartyNames
  if (mayBeRegionalPlace(t)) cues |= CUE_REGIONAL_PLACE;
  if (WORLD_PLACES_BY_FIRST.has(norm) || WORLD_PLACES_BY_FIRST.has(core) || splitsOf(t).some((p) => WORLD_PLACES_BY_FIRST.has(p.core))) cues |= CUE_WORLD_PLACE;
  if (norm.endsWith("توقيت") && TIME_ZONE_WORD.test(norm)) cues |= CUE_TIME_ZONE;
  if ((norm.includes("محافظ") && PROVINCE_HEAD.test(norm)) || (norm.includes("مديري") && DISTRICT_HEAD.test(norm)) || SETTLEMENT_LIST_HEAD.test(norm)) cues |= CUE_PROVINCE_HEAD; // addProvincePlaces, addPlacesAfterSettlementHeads
  if (PLACE_NAMED_HEAD.test(norm)) cues |= CUE_FACILITY_FOR_TOWN;
  if (NAMED_FACILITY_HEAD.test(norm)) cues |= CUE_NAMED_FACILITY;
  if (norm.endsWith("شبه") && PENINSULA_HEAD.test(norm)) cues |= CUE_PENINSULA; // addPeninsulaHeads
  if (norm.startsWith("و")) cues |= CUE_CONJUNCTION; // addCoordinatedPersons' و before or after a listed name
  if (norm.endsWith("ي") && !DIRECTION_NISBA.test(norm) && PLACE_ADJECTIVE.test(norm)) cues |= CUE_COUNTRY_NISBA; // addClubsOfCountries' adjective (isPlaceAdjective)
  if (STADIUM_HEAD.test(norm) || OLYMPIC_STADIUM.test(norm)) cues |= CUE_STADIUM_HEAD; // addStadiumNames
  return cues;
}

/** Whether a mention is a person's. */
function hasPerson(spans: readonly Candidate[]): boolean {
  for (const s of spans) if (s.type === "person") return true;
  return false;
}

let skipRulesWithoutCues = true;

/**
 * Whether a rule no word of the sentence cues is skipped (the default). Off, every rule runs: the
 * test that the cues skip only rules that would find nothing (rule-cues.test.ts) compares both.
 */
export function setRuleCueSkipping(enabled: boolean): void {
  skipRulesWithoutCues = enabled;
}

/** The rules' cues of every word of a sentence (computeRuleCues, kept on each analysis); every bit when skipping is off. */
function sentenceRuleCues(infos: readonly TokenInfo[]): number {
  if (!skipRulesWithoutCues) return -1;
  let cues = 0;
  for (const t of infos) {
    if (t.ruleCues < 0) t.ruleCues = computeRuleCues(t);
    cues |= t.ruleCues;
  }
  return cues;
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

/**
 * Puts an organization over [start, end), in place of the mentions inside it; false (nothing
 * changed) when a mention crosses its edges.
 */
function replaceWithOrganization(text: string, out: Candidate[], start: number, end: number): boolean {
  return replaceWithMention(text, out, start, end, "organization");
}

/** A cue-made mention of `type` over [start, end) in place of the mentions inside it; false (nothing changed) when one crosses its edge. */
function replaceWithMention(text: string, out: Candidate[], start: number, end: number, type: "organization" | "location"): boolean {
  const inside = out.filter((s) => s.start >= start && s.end <= end);
  if (out.some((s) => s.start < end && start < s.end && !inside.includes(s))) return false;
  for (const s of inside) out.splice(out.indexOf(s), 1);
  out.push({ type, text: text.slice(start, end), start, end, evidence: { [type]: CUE_VOTES } });
  return true;
}

/** How often the model's training and unlabeled text saw `word`. */
function timesSeen(word: string, model: NerModel): number {
  return model.resources.words.get(word)?.count ?? 0;
}

/**
 * The rules' arrays (analyses, tags) built by push, not `map`: an optimized `map` makes a holey
 * array where the built-in made a packed one, and every rule compiled for one kind met the other
 * in a fresh process and was compiled again (a "wrong map" deoptimization at each).
 */
function tagNames(names: readonly string[], ids: readonly number[]): string[] {
  const tags: string[] = [];
  for (const t of ids) tags.push(names[t]!);
  return tags;
}

function sentenceInfosOf(sentences: readonly (readonly TaggerToken[])[], model: NerModel): TokenInfo[][] {
  const infos: TokenInfo[][] = [];
  for (const s of sentences) infos.push(infosOf(s, model));
  return infos;
}

/** The analysis (features.ts tokenInfo) of each token of a sentence. */
function infosOf(tokens: readonly TaggerToken[], model: NerModel): TokenInfo[] {
  const infos: TokenInfo[] = [];
  for (const t of tokens) infos.push(tokenInfo(t.text, model.resources));
  return infos;
}

// Loops, not callbacks: the rules ask these at tokens of every sentence, and a callback reading a
// token's bounds had them allocated in a context at every token.

/** Whether a span of `spans` overlaps [start, end). */
function overlapsAny(spans: readonly Candidate[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

/** The first span of `spans` that starts at `start`. */
function spanStartingAt(spans: readonly Candidate[], start: number): Candidate | undefined {
  for (const s of spans) if (s.start === start) return s;
  return undefined;
}

/** The first span of `spans` that is exactly [start, end). */
function spanAt(spans: readonly Candidate[], start: number, end: number): Candidate | undefined {
  for (const s of spans) if (s.start === start && s.end === end) return s;
  return undefined;
}

/**
 * Sorts spans by start, stably; most calls find them sorted already (a sentence added nothing), so
 * they are checked first: the same order as always sorting, without a comparator call per span.
 */
function sortByStart(spans: Candidate[]): void {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i - 1]!.start > spans[i]!.start) {
      spans.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/**
 * Whether the text between token k and token k + 1 is one or more spaces or tabs (no line break, no
 * punctuation): the two words stand side by side in one line.
 */
function spaceAfter(text: string, tokens: readonly TaggerToken[], k: number): boolean {
  const from = tokens[k]!.end, to = tokens[k + 1]!.start;
  if (from >= to) return false;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** The spaces (U+0020) in `s`: its words by `split(" ")` less one. */
function spacesIn(s: string): number {
  let n = 0;
  for (let at = s.indexOf(" "); at >= 0; at = s.indexOf(" ", at + 1)) n++;
  return n;
}

/** `norm` without the proclitics `proclitic` (anchored at ^, every part optional: it always matches) reads at its start. */
function withoutProclitic(norm: string, proclitic: RegExp): string {
  return norm.slice(proclitic.exec(norm)![0].length);
}

/** Military and police ranks, folded, with the article (PERSON_CUES holds them too; اللواء is also a brigade, المقدم «submitted»). */
const MILITARY_RANKS = new Set(["العميد", "العقيد", "اللواء", "الرائد", "المقدم", "النقيب", "الملازم", "العريف", "الرقيب"]);
/** Words and marks between a rank and the name: its qualifiers (الركن, أول, طيار, د.), a comma or an opening quote. */
const RANK_QUALIFIERS = new Set(["الركن", "ركن", "اول", "طيار", "بحري", "مهندس", "الطبيب", "د", ".", "،", ",", "\"", "“", "«"]);
/** Most qualifiers and marks skipped after a rank (العميد الركن "…; العميد د. …). */
const MAX_RANK_QUALIFIERS = 3;
/** Longest name taken after a rank (عطية بن محمد الزهراني). */
const MAX_RANKED_NAME = 4;

/**
 * A military or police rank, its qualifiers, a comma or a quote skipped, then a given name (or a word without the
 * article the word table never saw) and one to three more name
 * words (a given name, بن/أبو, a family name: isFamilyName, or a word the word table never saw) is a person the tagger
 * missed for what stands between: العميد الركن "ذياب القبلي" (Al Arabia), العقيد الركن تركي المالكي and العميد الركن،
 * طارق محمد عبدالله صالح (SkyNews), العقيد د. سعد القحطاني (alriyadh), العميد الطبيب عطية بن محمد الزهراني (alyaum,
 * okaz), اللواء علي مملوك (alwatan). A nisba after the rank is a club's player (الرائد الجزائري …: الرائد, a club) and
 * stops it; so does a mention overlapping the name.
 */
export function addPersonsAfterRanks(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!MILITARY_RANKS.has(infos[i]!.norm) && !MILITARY_RANKS.has(infos[i]!.core)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_RANK_QUALIFIERS && RANK_QUALIFIERS.has(infos[j]!.norm || tokens[j]!.text)) j++;
    const first = infos[j];
    if (!first || first.proclitic || !ARABIC_LETTERS_ONLY.test(first.norm) || first.norm.length !== tokens[j]!.text.length) continue;
    if (first.cue !== "given" && (timesSeen(first.norm, model) > 0 || DEFINITE.test(first.norm) || isPlainWord(first, model))) continue;
    let k = j + 1;
    while (k < tokens.length && k - j < MAX_RANKED_NAME && spaceAfter(text, tokens, k - 1) && isRankedNameWord(infos[k]!, infos[k - 1]!, model)) k++;
    if (k - j < 2) continue;
    const start = tokens[j]!.start;
    const end = tokens[k - 1]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "person", text: text.slice(start, end), start, end, evidence: { person: CUE_VOTES } });
    added = true;
    i = k - 1;
  }
  if (added) sortByStart(out);
}

/** A word that goes on a name after a rank: a given name, a connector (بن, أبو) or the word after one, a family name, or a word never seen. */
function isRankedNameWord(t: TokenInfo, before: TokenInfo, model: NerModel): boolean {
  if (t.proclitic || !ARABIC_LETTERS_ONLY.test(t.norm) || isStopword(t.norm) || isTitleWord(t)) return false;
  if (t.cue === "given" || NAME_CONNECTORS.has(t.norm) || NAME_CONNECTORS.has(before.norm)) return true;
  return isFamilyName(t, model) || (timesSeen(t.norm, model) === 0 && !isPlainWord(t, model));
}

/**
 * A title's adjective of time between it and the name (الرئيس السابق | معمر القذافي, الرئيس الليبي الراحل | ...):
 * skipped, as a nisba is, before the name is read.
 */
const OFFICE_TIME_ADJECTIVES = new Set(["السابق", "الاسبق", "الراحل", "الحالي", "السابقه", "الاسبقه", "الراحله", "الحاليه"]);
const MAX_TITLE_ADJECTIVES = 2;

/** A definite word with no feminine in training, after a name's first word read past a time adjective: the family name (الراحل معمر | القذافي), no adjective. */
function isFamilyNameAfterName(t: TokenInfo, model: NerModel): boolean {
  return DEFINITE.test(t.norm) && !t.proclitic && timesSeen(t.norm + ARABIC_LETTER_HEH, model) === 0 && timesSeen(t.norm, model) > 0;
}

/** Longest name taken after a title by addTitledNewNames. */
const MAX_TITLED_NAME = 3;
const ARABIC_LETTERS_ONLY = /^[\u0621-\u064A]+$/;

/**
 * A person title, then optionally a nisba adjective (الرئيس الأذربيجاني), then words whose own
 * features the model weighs as part of a person's name more than as O (beyond the O bias it decodes
 * with: tagger.ts unaryPreference), Arabic letters only, not plain words nor a place's adjective
 * (وزير الخارجية الأمريكي), is a person the tagger missed in context (علييف).
 */
export function addTitledNewNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model), isFootball = false): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isTitleWord(infos[i]) || (isFootball && infos[i]!.core === TEAM_OR_GENERAL)) continue;
    let j = i + 1;
    if (NISBA_ADJECTIVE.test(infos[j]!.norm) && j + 1 < tokens.length) j++;
    while (j + 1 < tokens.length && j - i <= MAX_TITLE_ADJECTIVES && OFFICE_TIME_ADJECTIVES.has(infos[j]!.norm)) j++;
    if (isAdjectiveOfTitle(infos[i]!, infos[j]!, model)) continue;
    let k = j;
    while (k < tokens.length && k - j < MAX_TITLED_NAME) {
      const t = infos[k]!;
      const nameLike = Math.max(unaryPreference(model, t, "B-PERS"), unaryPreference(model, t, "I-PERS")) > -(model.outsideBias ?? 0) || (k > j && OFFICE_TIME_ADJECTIVES.has(infos[j - 1]!.norm) && isFamilyNameAfterName(t, model));
      if (!nameLike || !ARABIC_LETTERS_ONLY.test(t.norm) || t.cue || isPlainWord(t, model) || isPlaceAdjective(t.norm, model) || TITLE_ADJECTIVES.has(t.norm)) break;
      if (k === i + 1 && isComplementOfTitle(infos, k)) break;
      k++;
    }
    // An office's title phrase after a title is no name (نائب | خادم الحرمين الشريفين).
    if (k === j || titlePhraseLength(infos, j, k) > 0) continue;
    const start = tokens[j]!.start;
    const end = tokens[k - 1]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "person", text: text.slice(start, end), start, end, evidence: { person: CUE_VOTES } });
    i = k - 1;
  }
  sortByStart(out);
}

/**
 * «الفريق», a general's rank, is the team in a football text: what follows it there is no new name (الفريق | صباح,
 * 3alyoum, alwatan; الفريق | خالي الوفاض, arriyadiyah; الفريق | هجوميا, aleqtisadiya; الفريق | أمام الأسيوطي, Al
 * Arabia). Elsewhere it may be the rank before a name the tagger missed (الفريق بكري حسن صالح).
 */
const TEAM_OR_GENERAL = "الفريق";

/**
 * A definite word after a definite title (or its nisba) whose feminine the text shows agrees with the title, no name:
 * الجنرال | المتقاعد, النائب | البارز (SkyNews), الإعلامي | القدير (3alyoum), الشاعر العربي | المخضرم (alweeam, was),
 * المدير الفني | الوطني (aljazirah), الفريق | الزائر. A family name after one has no feminine (الرئيس | السيسي).
 */
function isAdjectiveOfTitle(title: TokenInfo, next: TokenInfo, model: NerModel): boolean {
  return title.norm.startsWith("ال") && DEFINITE.test(next.norm) && next.cue !== "given" && timesSeen(next.norm + ARABIC_LETTER_HEH, model) > 0;
}

const PLACE_ADJECTIVE = /^ال([\u0621-\u064A]{2,}?)(?:يه|ي)$/;

/**
 * Stems of a country's nisba in a second spelling the gazetteer lacks: الأميركي, الأميركية (Asharq
 * Al-Awsat, Al Arabiya, Al Hayat, Independent Arabia) beside الأمريكي; the gazetteer holds أمريكا only. And a
 * nisba built on a و (النمساوية ← النمسا: سالزبورج النمساوية, alwatan; سالزبورغ النمساوية, okaz).
 */
const NISBA_STEM_SPELLINGS: ReadonlyMap<string, string> = new Map([["اميرك", "امريك"], ["نمساو", "نمسا"]]);

/**
 * Stems of country nisbas whose country the tagger's gazetteer does not spell so: Britain (البريطاني: the gazetteer has no
 * بريطانيا; CLDR names المملكة المتحدة), Afghanistan (الأفغانية ← أفغانستان, the nisba drops «ستان»), Denmark (الدنماركي ←
 * الدنمارك, definite; CLDR writes الدانمرك). Without them البرلمان البريطاني, القوات الأفغانية, الشرطة البريطانية were no
 * country's bodies (CNN, Al Arabia, BBC, SkyNews). Not Palestine's (الفلسطيني, also missing): measured, the Palestinian
 * bodies it names (المجلس الوطني الفلسطيني, الرئاسة الفلسطينية) joined two Abbas stories, stories DEV F1 0.925 → 0.922.
 */
const UNLISTED_NISBA_COUNTRIES: ReadonlySet<string> = new Set(["بريطان", "افغان", "دنمارك"]);

/** The stem of a nisba of a place (الأمريكية → امريك), in the gazetteer's spelling; undefined for other words. */
function placeAdjectiveStem(norm: string): string | undefined {
  const stem = PLACE_ADJECTIVE.exec(norm)?.[1];
  return stem === undefined ? undefined : NISBA_STEM_SPELLINGS.get(stem) ?? stem;
}

/**
 * `test` of a word and the model's word lists, remembered per word (rememberWordTest) for the
 * latest model asked: the nisba tests below are asked of most tokens by several rules, each a regex
 * and a few map probes.
 */
function rememberModelWordTest(test: (norm: string, model: NerModel) => boolean): (norm: string, model: NerModel) => boolean {
  let latest: NerModel | null = null;
  let remembered: (norm: string) => boolean = () => false;
  return (norm, model) => {
    if (model !== latest) {
      latest = model;
      remembered = rememberWordTest((w) => test(w, model));
    }
    return remembered(norm);
  };
}

/**
 * A nisba adjective of a place in the gazetteer (الأمريكي ← أمريكا, الأذربيجاني ← أذربيجان, السوري
 * ← سوريا, العراقي ← العراق): after a title it says whose office (وزير الخارجية الأمريكي), no name.
 */
const isPlaceAdjective = rememberModelWordTest((norm, model) => {
  const stem = placeAdjectiveStem(norm);
  if (!stem) return false;
  if (UNLISTED_NISBA_COUNTRIES.has(stem)) return true;
  const byFirst = model.resources.gazetteer.byFirst;
  return [stem, stem + "ا", stem + "ه", stem + "يا", "ال" + stem].some((w) => byFirst.get(w)?.some((e) => e.type === "LOC"));
});

/**
 * A nisba adjective of a country or region (الروسية ← روسيا, الأمريكية ← أمريكا, الإسرائيلي ←
 * إسرائيل), tried on the forms a country's name takes, not on the article form, which makes any
 * nisba of a city one (الرياضي, of sport, is no adjective of الرياض).
 */
const isCountryAdjective = rememberModelWordTest((norm, model) => {
  const stem = placeAdjectiveStem(norm);
  if (!stem) return false;
  if (UNLISTED_NISBA_COUNTRIES.has(stem)) return true;
  const byFirst = model.resources.gazetteer.byFirst;
  return [stem, stem + "ا", stem + "يا"].some((w) => byFirst.get(w)?.some((e) => e.type === "LOC"));
});

/**
 * A nisba of a country or people (isPlaceAdjective: الإسرائيلي, الكويتي), or one whose feminine is
 * a language's name (الإنجليزي ← الإنجليزية) or started a name in training (السعودي ← السعودية).
 */
const isNationalAdjective = rememberModelWordTest((norm, model) => {
  if (!DEFINITE_NISBA.test(norm)) return false;
  if (isPlaceAdjective(norm, model)) return true;
  const feminine = norm.endsWith("يه") ? norm : norm + "ه";
  return model.entityWordSet.has(feminine) || (model.resources.gazetteer.byFirst.get(feminine)?.some((e) => e.type === "LANG") ?? false);
});

/** Words of a sport after الاتحاد + nisba (الاتحاد السعودي لكرة القدم). */
const SPORT_FIELD = /^لكره$/;

const isNationalBodyHead = rememberTokenTest((t) => NATIONAL_BODY_HEADS.has(t.norm) || NATIONAL_BODY_HEADS.has(t.core));

/**
 * Heads whose «الوطني» alone names the country's own body (الحرس الوطني, المنتخب الوطني); not
 * الاتحاد, whose الوطني begins a longer name (الاتحاد الوطني لدافعي الضرائب), and not الجيش: the
 * Yemeni army's «الجيش الوطني» (like المقاومة الشعبية and الحوثيون as known names) joined reports of
 * different Yemeni fronts into one story (stories DEV hard negatives 9/17 → 10/17).
 */
const NATIONAL_ONLY_HEADS = new Set(["الحرس", "المنتخب"]);
const NATIONAL = "الوطني";

/**
 * A country's own body the tagger missed: a definite head of NATIONAL_BODY_HEADS (الجيش, المنتخب,
 * القوات), optionally one definite nisba (الجوية, الوطني), then a national adjective (الجيش
 * الإسرائيلي, المنتخب السعودي, القوات الجوية الأمريكية) or one definite participle (القوات المسلحة
 * القطرية: Okaz, Alyaum, SPA via SaudiNewsNet), and for a federation its sport (الاتحاد
 * السعودي لكرة القدم), for a national team its sport or age group after a fused لل (المنتخب السعودي
 * للبولينج, للتايكوندو, للشباب لكرة القدم: the tagger's run from that word goes), is an organization; so is a guard's two-word head in construct, خفر السواحل
 * or حرس الحدود, and an armed service's branch, سلاح الجو or سلاح البحرية, before a national adjective
 * (خفر السواحل الإيطالية, حرس الحدود التركي, سلاح الجو الأمريكي: SkyNews, Alarabia, France24), and a stock
 * exchange, البورصة or السوق المالية before one (البورصة المصرية, السوق المالية السعودية); so is a guard or team called «الوطني» alone (الحرس
 * الوطني, المنتخب الوطني). Mentions inside it give way; one crossing its edge keeps it out.
 */
export function addNationalBodies(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    const compound = isCoastOrBorderGuard(infos, i);
    const market = head.norm === MARKET || head.core === MARKET;
    if (!isNationalBodyHead(head) && !compound && !market) continue;
    if (isPresidencyAsOffice(infos, i)) continue;
    let k = compound ? i + 2 : i + 1;
    if (k >= tokens.length) continue;
    const commission = COMMISSION_HEADS.has(head.norm) || COMMISSION_HEADS.has(head.core);
    const isNational = (norm: string) => (commission ? isCountryAdjective(norm, model) : isNationalAdjective(norm, model));
    if (!isNational(infos[k]!.norm) && infos[k + 1] && (DEFINITE_NISBA.test(infos[k]!.norm) || DEFINITE_PARTICIPLE.test(infos[k]!.norm) || NAME_ADJECTIVES.has(infos[k]!.norm))) k++;
    // «السوق السعودية» is also the market at large; «السوق المالية السعودية» the exchange.
    if (market && (k !== i + 2 || infos[i + 1]!.norm !== FINANCIAL)) continue;
    if (isNational(infos[k]!.norm)) {
      // A masculine head takes masculine adjectives: a feminine one qualifies a noun before it (قناة التلفزيون السورية, شبكات التلفزيون السويدية).
      if (MASCULINE_BODY_HEADS.has(head.norm) && infos.slice(i + 1, k + 1).some((t) => t.norm.endsWith(FEMININE_ENDING))) continue;
      // A plural of things takes a feminine adjective: a masculine one qualifies a noun before it (ضابط الاستخبارات الروسي, an officer).
      if ((FEMININE_BODY_HEADS.has(head.norm) || FEMININE_BODY_HEADS.has(head.core)) && !infos[k]!.norm.endsWith(FEMININE_ENDING)) continue;
      const nisba = infos[k]!.norm;
      k += infos[k + 1] && isCompassOfCountry(nisba, infos[k + 1]!.norm, model) ? 2 : 1;
      // A name adjective of the nisba's gender closes the body (القوات اليمنية | المشتركة, القوات الأمريكية | الخاصة).
      if (infos[k] && NAME_ADJECTIVES.has(infos[k]!.norm) && infos[k]!.norm.endsWith("ه") === nisba.endsWith("ه")) k++;
    }
    else if (isNationalOnly(head, infos[i + 1]!)) k = i + 2;
    else continue;
    // A national team's sport or age (المنتخب السعودي للبولينج, للتايكوندو, للشباب لكرة القدم): a fused لل + a word of its own.
    if (isTeamHead(head) && infos[k] && TEAM_FIELD.test(infos[k]!.norm) && infos[k]!.norm.length === tokens[k]!.text.length && !NOT_A_TEAM_FIELD.has(infos[k]!.norm)) {
      const field = tokens[k]!;
      for (let s = out.length - 1; s >= 0; s--) if (out[s]!.start === field.start && out[s]!.end > field.end) out.splice(s, 1); // the tagger's run from it (للبولينج ميداليتين)
      k++;
    }
    if (infos[k + 1] && SPORT_FIELD.test(infos[k]!.norm) && DEFINITE.test(infos[k + 1]!.norm)) k += 2;
    const start = tokens[i]!.start + (NATIONAL_BODY_HEADS.has(head.norm) || GUARD_HEADS.has(head.norm) ? 0 : compound ? compoundHeadCut(head, tokens[i]!.text) : procliticLength(tokens[i]!.text, model));
    const end = tokens[k - 1]!.end;
    if (!replaceWithOrganization(text, out, start, end)) continue;
    i = k - 1;
  }
  sortByStart(out);
}

/** The presidency as an office, not the body: after an election, a race or a history (انتخابات الرئاسة الأمريكية ×30: BBC, SkyNews, CNN, France24). */
const PRESIDENCY = "الرئاسه";
const OFFICE_BEFORE = /^[وفبل]{0,2}(?:انتخابات|الانتخابات|سباق|ترشح|الترشح|تاريخ|منصب)$/u;

function isPresidencyAsOffice(infos: readonly TokenInfo[], at: number): boolean {
  const head = infos[at]!;
  if (head.norm !== PRESIDENCY && head.core !== PRESIDENCY) return false;
  return at > 0 && OFFICE_BEFORE.test(infos[at - 1]!.norm);
}

/** Commission heads of NATIONAL_BODY_HEADS: their nation's adjective is a country's (isCountryAdjective), not any national one (المفوضية | السامية لشؤون اللاجئين: the High Commissioner's). */
const COMMISSION_HEADS = new Set(["المفوضيه"]);

/** Heads of NATIONAL_BODY_HEADS that are masculine singular nouns (written without a clitic). */
const MASCULINE_BODY_HEADS = new Set(["الجيش", "المنتخب", "الحرس", "الاتحاد", "التلفزيون", "البرلمان"]);
/** Heads of NATIONAL_BODY_HEADS that take a feminine adjective: plurals of things (المخابرات, الاستخبارات: a country's intelligence services) and feminine nouns (الرئاسة, القنصلية). */
const FEMININE_BODY_HEADS = new Set(["المخابرات", "الاستخبارات", "الرئاسه", "القنصليه"]);
/** A feminine adjective's normalized ending (الرسمية → الرسميه). */
const FEMININE_ENDING = "يه";

/** Compass adjectives that end a country's name (كوريا الجنوبية, كوريا الشمالية), in either gender. */
const COMPASS_ADJECTIVES = new Set(["الجنوبي", "الشمالي", "الشرقي", "الغربي"]);

/**
 * A compass adjective after a country's nisba that completes it (الكوري | الجنوبي ← كوريا الجنوبية:
 * الجيش الكوري الجنوبي, Sky News Arabia; المنتخب الكوري الجنوبي), when the gazetteer names the country
 * with that compass word; the nisba's own country first (الجيش السوري | الشمالي is no country).
 */
function isCompassOfCountry(nisba: string, next: string, model: NerModel): boolean {
  const feminineNext = next.endsWith(FEMININE_ENDING);
  const masculine = feminineNext ? next.slice(0, -1) : next;
  if (!COMPASS_ADJECTIVES.has(masculine) || nisba.endsWith(FEMININE_ENDING) !== feminineNext) return false;
  const stem = placeAdjectiveStem(nisba);
  if (!stem) return false;
  const feminine = masculine + "ه";
  const byFirst = model.resources.gazetteer.byFirst;
  return [stem, stem + "ا", stem + "يا"].some((w) => byFirst.get(w)?.some((e) => e.type === "LOC" && e.words.length === 2 && e.words[1] === feminine));
}

/** A national team's head (المنتخب, its proclitics cut). */
const isTeamHead = (t: TokenInfo) => t.norm === "المنتخب" || t.core === "المنتخب";
/** A fused لل and a word: the team's sport or age group (للبولينج, للجودو, للناشئين). */
const TEAM_FIELD = /^لل[\u0621-\u064A]{3,}$/;
/** «for the game» names no team (الاتحاد الآسيوي للعبة). */
const NOT_A_TEAM_FIELD = new Set(["للعبه"]);

/** «السوق» + «المالية» + a national adjective: a country's stock exchange (السوق المالية السعودية). */
const MARKET = "السوق";
const FINANCIAL = "الماليه";
/** A definite participle in feminine (المسلحة, المشتركة): after a head it qualifies the body (القوات المسلحة القطرية). */
const DEFINITE_PARTICIPLE = /^الم[\u0621-\u064A]{3,}ه$/;
/**
 * Two-word heads of a country's bodies written in construct without the article, the first word
 * and what may follow it: guards and what they guard (خفر السواحل, حرس الحدود), and an armed
 * service's branch (سلاح الجو, the air force; سلاح البحرية, the navy: سلاح alone is a weapon,
 * سلاح نووي, سلاح حزب الله).
 */
const GUARD_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["خفر", new Set(["السواحل", "الحدود"])],
  ["حرس", new Set(["السواحل", "الحدود"])],
  ["سلاح", new Set(["الجو", "البحريه", "الطيران"])],
]);

/**
 * The letters before a two-word head matched by its core (لسلاح → ل, وخفر → و), which the word table's
 * evidence may leave unsplit: the head is a noun of its own, so what comes before it is a clitic.
 */
function compoundHeadCut(head: TokenInfo, surface: string): number {
  return head.norm.length === surface.length && head.norm.endsWith(head.core) ? head.norm.length - head.core.length : 0;
}

/** Token i (its conjunction or preposition cut) and the next are a two-word head: خفر السواحل, لحرس الحدود, وسلاح الجو. */
function isCoastOrBorderGuard(infos: readonly TokenInfo[], i: number): boolean {
  const next = infos[i + 1]?.norm ?? "";
  return (GUARD_HEADS.get(infos[i]!.norm) ?? GUARD_HEADS.get(infos[i]!.core))?.has(next) ?? false;
}

/** Fields by which the press names a country's ministry without «وزارة» (الخارجية الروسية: the Russian foreign ministry). */
const MINISTRY_FIELDS = new Set(["الخارجيه", "الداخليه", "الدفاع"]);

/**
 * A ministry named by its field and the country's feminine adjective, «وزارة» left out, is an
 * organization: قالت الخارجية الروسية (RT, Sky News Arabia, CNN), إحصائيات الداخلية الفرنسية
 * (Asharq al-Awsat), الدفاع الإسرائيلية. A conjunction or ب before the field is cut, a fused لل
 * kept (as everywhere); a mention crossing the edge keeps it out.
 */
export function addMinistriesByField(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = infos[i]!;
    const field = MINISTRY_FIELDS.has(t.norm) ? t.norm : t.norm.startsWith("لل") && MINISTRY_FIELDS.has("ا" + t.norm.slice(1)) ? t.norm : MINISTRY_FIELDS.has(t.core) && t.norm.endsWith(t.core) ? t.core : "";
    const adjective = infos[i + 1]!.norm;
    if (!field || !adjective.endsWith("يه") || !isCountryAdjective(adjective, model) || t.norm.length !== tokens[i]!.text.length) continue;
    // After a head or title the field completes another name or an office: وزارة الخارجية الأمريكية (addInstitutionNames), قوات الدفاع الإسرائيلية, وزير الخارجية الأمريكية.
    const before = infos[i - 1];
    if (before && (ORG_HEADS.has(before.norm) || ORG_HEADS.has(before.core) || PERSON_CUES.has(before.norm) || PERSON_CUES.has(before.core))) continue;
    // After a definite noun the bare field is its adjective: السياسة الخارجية الأميركية (foreign policy), العلاقات الخارجية المصرية,
    // المناطق الداخلية; with a fused لل it is a genitive (الصفحة الرسمية للخارجية المصرية).
    if (before && field === t.norm && !field.startsWith("لل") && DEFINITE.test(before.core)) continue;
    const start = tokens[i]!.start + (field === t.norm ? 0 : t.norm.length - field.length);
    if (replaceWithOrganization(text, out, start, tokens[i + 1]!.end)) replaced = true;
    i++;
  }
  if (replaced) sortByStart(out);
}

/** A head of NATIONAL_ONLY_HEADS (its clitics cut) right before «الوطني» with no clitic (الجيش | الوطني). */
function isNationalOnly(head: TokenInfo, next: TokenInfo): boolean {
  return (NATIONAL_ONLY_HEADS.has(head.norm) || NATIONAL_ONLY_HEADS.has(head.core)) && next.norm === NATIONAL;
}

/**
 * A family name is rare in general news (السبيعي, المطيري: under 10 in the unlabeled text); a word
 * seen more is a common one (أسماء | النواب, names of the deputies; الدولي, international).
 */
const MAX_FAMILY_NAME_COUNT = 20;
/** Feminine nisbas and plurals are no family names (صالح | الانقلابية; حسن | النيات, good intentions). */
const COMMON_NOUN_ENDING = /(?:يه|ات|تين|تان)$/;

/** Shortest family name (with its article) taken after a given name. */
const MIN_FAMILY_NAME = 5;

/**
 * A family name in the Gulf and Levant style after a given name (لؤي | السبيعي, علي | العيسي,
 * سليمان | النفيسه): a definite word alone, no clitic, at least MIN_FAMILY_NAME letters, that is no
 * plain word, stopword, cue word, gazetteer name or country's adjective, rarely seen, no feminine
 * nisba or plural.
 */
function isFamilyName(t: TokenInfo, model: NerModel): boolean {
  if (isJoinedKunyaFamilyName(t, model)) return true;
  if (t.proclitic || t.cue || t.norm.length < MIN_FAMILY_NAME || !DEFINITE.test(t.norm) || COMMON_NOUN_ENDING.test(t.norm)) return false;
  if (timesSeen(t.norm, model) > MAX_FAMILY_NAME_COUNT) return false;
  if (isPlainWord(t, model) || isStopword(t.norm) || model.resources.gazetteer.byFirst.has(t.norm)) return false;
  return !isCountryAdjective(t.norm, model);
}

/** A family name of أبو written joined to its noun (أبورقة, أبوداود, أبوحكمة). */
const JOINED_KUNYA = /^ابو[\u0621-\u064A]{3,}$/;

/**
 * A family name of أبو joined to its noun after a given name (عبدالمجيد | أبورقة, alyaum; عبدالرزاق | أبوداود, خالد | أبوحكمة,
 * alwatan; محمد | أبوراس, almadina, alriyadh; أحمد | أبوزيد, CNN, SkyNews): no clitic, gazetteer name (أبوظبي) or plain word.
 */
function isJoinedKunyaFamilyName(t: TokenInfo, model: NerModel): boolean {
  return !t.proclitic && JOINED_KUNYA.test(t.norm) && !model.resources.gazetteer.byFirst.has(t.norm) && !isPlainWord(t, model);
}

/** «عبد» + the article + a word: a compound given name written joined (عبدالإله, عبدالباري), listed or not. */
const JOINED_ABD_NAME = /^عبدال[\u0621-\u064A]{2,}$/;
/** JOINED_ABD_NAME's test behind its literal opening: most words asked (every token of addFamilyNames) fail that at once, without a regex run. */
function isJoinedAbdName(norm: string): boolean {
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

/** The article written with a bare alef: a name spelled أل (أليغري) is no nisba with the article. */
const ALEF_LAM = "\u0627\u0644";
/** The normalizer folds teh marbuta to heh: a feminine nisba's normalized ending. */
const ARABIC_LETTER_HEH = "\u0647";

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
function looksLikeVerbOrNounBeforeName(norm: string, model: NerModel): boolean {
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
const HONORIFICS: ReadonlySet<string> = new Set(["الدكتور", "الدكتوره", "الشيخ", "الشيخه", "السيد", "السيده", "المهندس", "المهندسه", "الاستاذ", "الاستاذه", "الحاج", "الحاجه", "اللواء", "العميد", "العقيد", "المشير", "النقيب", "الجنرال", "البروفيسور"]);

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

/** Connectors of lineage: a word after «X بن» is the father's name, and a definite word after that a family name. */
const LINEAGE_CONNECTORS = new Set(["بن", "ابن", "بنت"]);
const FEMININE_NISBA = /^ال[\u0621-\u064A]{2,}يه$/;

/**
 * A family name with the feminine nisba's ending (العطية, الصقية): a definite word alone ending in
 * ية, no clitic, rarely seen (MAX_FAMILY_NAME_COUNT), whose masculine form (less its ة) the word
 * table does not hold. The frequency is the unlabeled text's: the adjectives and institution words
 * of this shape (الوطنية, الإسلامية, الرياضية, الخيرية, even الموالية) are seen more, or their
 * masculine is (الموالي), so no hand list is needed.
 */
function isNisbaFamilyName(t: TokenInfo, model: NerModel): boolean {
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
function spanEndingAt(spans: readonly Candidate[], end: number): Candidate | undefined {
  for (const s of spans) if (s.end === end) return s;
  return undefined;
}

/** Second words of compound given names written apart (زين العابدين, عز الدين, ضيف الله, عبد الله). */
const COMPOUND_NAME_SECONDS = new Set(["الدين", "العابدين", "الله"]);
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
/** A token that is one comma, Arabic or Latin (`/^[،,]$/`). */
const isListComma = (text: string): boolean => text === "،" || text === ",";

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

/** Shortest last name a later bare mention may repeat (shorter ones are too often common words). */
const MIN_LAST_NAME = 4;
/**
 * Heads the sports press drops once the club is named (نادي الهلال … لاعب الهلال). Hospitals and
 * companies are named for families and titles (مستشفى الخالدي, شركة الدكتور …): their rest is no
 * name of the organization alone.
 */
const CLUB_HEADS = new Set(["نادي"]);

/**
 * A clitic written apart from its word with a tatweel (لـ, بـ, وبـ): the next word's, never a name's
 * last word (عمر | لـ «الرياض»).
 */
const WRITTEN_APART_CLITIC = /^[\u0621-\u064A]{1,2}\u0640$/;

const NISBA_YEH = "\u064A";

const isGazetteerPlace = (norm: string, model: NerModel) => model.resources.gazetteer.byFirst.get(norm)?.some((e) => e.type === "LOC") ?? false;

/** A masculine national adjective (السعودي, الألباني; isNationalAdjective): the feminine is also a country's or city's own name (السعودية, الإسكندرية). */
function isMasculineNationalAdjective(norm: string, model: NerModel): boolean {
  return norm.endsWith(NISBA_YEH) && !isGazetteerPlace(norm, model) && isNationalAdjective(norm, model);
}

/** Words after which the next word is still the same person's name (عطاء الله خوجياني, جلوي آل كركمان). */
const INNER_NAME_WORDS = new Set(["ال", "الله", "الدين", "ابو", "عبد"]);
/**
 * NAME_CONNECTORS and آل (folded to ال: محمد آل حافظ), the words that bind the word before them to the name: a person's
 * name never starts after them, nor ends on them.
 */
const BINDING_NAME_WORDS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, "ال"]);
/** Particles of foreign names (دي لاورينتيس, سان جرمان, ذا ديلي شو): a name cut there is cut inside. */
const FOREIGN_NAME_PARTICLES = new Set(["دي", "دو", "دا", "ذا", "ذي", "دير", "فون", "فان", "لا", "لو", "ال", "سان", "سانت", "سانتا", "بي", "دوت"]);

interface PersonEvidence {
  /** Person mentions of the document, normalized. */
  texts: ReadonlySet<string>;
  /** One-word person mentions of the document (a surname repeated alone), normalized. */
  singles: ReadonlySet<string>;
}

/** A word without a fused لـ or بـ (لملعب → ملعب), when what is left is a word of three letters or more. */
function withoutLam(word: string): string {
  return /^[لب][\u0621-\u064A]{3,}$/.test(word) ? word.slice(1) : word;
}

function isNameStartWord(word: string, model: NerModel): boolean {
  if (!ARABIC_LETTERS_ONLY.test(word) || word.startsWith("ال") || word.startsWith("و") || isStopword(word)) return false;
  if (INNER_NAME_WORDS.has(word) || BINDING_NAME_WORDS.has(word) || FOREIGN_NAME_PARTICLES.has(word)) return false;
  return GIVEN_NAMES.has(word) || !model.plainWordSet.has(word);
}

/**
 * The person's name that ends a longer non-person span (الاتحاد الأوروبي | فيديريكا موغيريني,
 * كردستان | مسعود بارزاني), on the document's own evidence: the name is a person mention of the
 * document, or its last word is one alone (وتابع بلمار). The name is that mention, else the span's
 * two last words (three over a name-inner word: عطاء الله خوجياني). A name that starts with no name
 * word (definite, و, a plain word, a particle of foreign names) or after a title (مستشفى الملك خالد),
 * a binding word (بن) or a given name (شركة غسان أحمد السليمان), or that leaves a head word or a plain
 * noun alone (نادي, شركة; هاتف موتو جي), is no such name. Returns the index of the name's first word, or -1.
 */
function personNameAtEnd(words: readonly string[], persons: PersonEvidence, model: NerModel): number {
  const n = words.length;
  let from = -1;
  for (let k = 1; k < n - 1 && from < 0; k++) if (persons.texts.has(words.slice(k).join(" "))) from = k;
  if (from < 0 && persons.singles.has(words[n - 1]!)) from = INNER_NAME_WORDS.has(words[n - 2]!) ? n - 3 : n - 2;
  if (from < 1) return -1;
  const before = words[from - 1]!;
  if (!isNameStartWord(words[from]!, model) || PERSON_CUES.has(before) || BINDING_NAME_WORDS.has(before) || FOREIGN_NAME_PARTICLES.has(before) || GIVEN_NAMES.has(before)) return -1;
  // A lone word left before the name is a head or a plain noun of a product or project name (هاتف موتو جي), not a name.
  return from === 1 && (isHeadWord(before) || model.plainWordSet.has(withoutLam(before))) ? -1 : from;
}

/** A person's name ending a place, organization or misc span of three words or more, split off as the person (see personNameAtEnd). */
export function splitPersonsOffLongerNames(text: string, spans: Candidate[], model: NerModel): void {
  // A name the document also gives as a place, organization or misc mention alone is no evidence (لوفتس رود, موتو جي).
  const others = new Set(spans.filter((s) => s.type !== "person").map((s) => normalizeArabic(s.text)));
  const persons = spans.filter((s) => s.type === "person").map((s) => normalizeArabic(s.text)).filter((p) => !others.has(p));
  if (!persons.length) return;
  const evidence: PersonEvidence = { texts: new Set(persons), singles: new Set(persons.filter((p) => !p.includes(" "))) };
  for (const s of [...spans]) {
    if (s.type === "person") continue;
    const words = normalizedWordsOf(s.text);
    if (words.length < 3) continue;
    const from = personNameAtEnd(words, evidence, model);
    if (from < 0) continue;
    const offsets = [...s.text.matchAll(/\S+/gu)].map((m) => s.start + m.index);
    if (offsets.length !== words.length) continue;
    const start = offsets[from]!;
    const headEnd = offsets[from - 1]! + s.text.slice(offsets[from - 1]! - s.start).split(/\s/u)[0]!.length;
    spans.push({ type: "person", text: text.slice(start, s.end), start, end: s.end, evidence: {} });
    s.end = headEnd;
    s.text = text.slice(s.start, headEnd);
  }
  sortByStart(spans);
}

/** A definite sound plural or dual (المقبولين, الإصلاحيون, الشهيدين): the article, a stem of four letters or more, the ending. */
const DEFINITE_PLURAL = /^ال[\u0621-\u064A]{4,}(?:ين|ون|تين|تان)$/;

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
function retypeMedicalCities(spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "location") continue;
    const words = normalizedWordsOf(s.text);
    if (words.length >= 3 && MEDICAL_CITY_HEADS.has(words[0]!) && words.slice(2).some((w) => MEDICAL_NISBAS.has(w))) s.type = "organization";
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
const TIME_WORD_HEAD_OF = /^(?:ال(?!ذي$|تي$|ذين$|لذان$|لتان$|لاتي$|لواتي$)|ميلاد)/;

/** Widens `s` to `end` unless another span lies over the added text; whether it did. */
function widenUnlessOverlapping(text: string, spans: readonly Candidate[], s: Candidate, end: number): boolean {
  if (spans.some((o) => o !== s && o.start < end && s.end < o.end)) return false;
  s.end = end;
  s.text = text.slice(s.start, end);
  return true;
}

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
const GOD = "الله";
const TEH_MARBUTA = "\u0629";
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

/** A mention's normalized words (normalizeArabic, split at its spaces), remembered by text: several document steps split every mention; shared, so read only. */
const mentionWords = new BoundedMemo<readonly string[]>(20_000);
function normalizedWordsOf(text: string): readonly string[] {
  let words = mentionWords.get(text);
  if (!words) mentionWords.set(text, (words = normalizeArabic(text).split(" ")));
  return words;
}

/** Fewest words of an institution's name before a place it is in: a head and its name (جامعة الملك سعود). */
const MIN_INSTITUTION_WORDS = 2;

/**
 * An organization mention ending in ب + a one-word place (of the gazetteer, the regional places or
 * the article's own place mentions: مستشفى الملك فهد التخصصي |
 * بالدمام, جامعة الملك سعود | بالرياض) names the institution and where it is: the place is its own
 * mention, the preposition no part of either.
 */
export function splitPlacesAfterInstitutions(spans: Candidate[], model: NerModel): void {
  const places = new Set(spans.filter((s) => s.type === "location").map((s) => normalizeArabic(s.text)));
  for (const s of [...spans]) {
    if (s.type !== "organization") continue;
    const cut = s.text.lastIndexOf(" ");
    const last = s.text.slice(cut + 1);
    if (cut < 0 || !last.startsWith("ب") || s.text.slice(0, cut).split(" ").length < MIN_INSTITUTION_WORDS) continue;
    const place = last.slice(1);
    const norm = normalizeArabic(place);
    if (norm.length !== place.length || !isOneWordPlace(norm, places, model)) continue;
    const start = s.start + cut + 2;
    s.text = s.text.slice(0, cut);
    s.end = s.start + cut;
    if (!overlapsAny(spans, start, start + place.length)) spans.push({ type: "location", text: place, start, end: start + place.length, evidence: {} });
  }
}

/** A one-word place of the gazetteer, of the regional places or of the article's own place mentions (`places`, normalized). */
function isOneWordPlace(norm: string, places: ReadonlySet<string>, model: NerModel): boolean {
  return places.has(norm) || REGIONAL_PLACE_SET.has(norm) || (model.resources.gazetteer.byFirst.get(norm)?.some((e) => e.type === "LOC" && e.words.length === 1) ?? false);
}

/**
 * A person mention of three words or more opening with a one-word place, no given name, before a given name or a person
 * the article names alone, is the place of the body or office the name holds and the person (لأمانة نجران | عبدالله
 * الفاضل: was, alweeam; بأمانة نجران | عبدالعلي المكرمي, لتعليم عسير | جلوي آل كركمان: alwatan; بصحة عسير | سعيد النقير:
 * okaz, alwatan; محافظ ميسان | تركي بن خالد: alriyadh; بنابل | عمر السليمي: JawharaFM): the place becomes its own mention.
 */
export function splitPlacesOffPersons(text: string, spans: Candidate[], model: NerModel): void {
  const places = new Set(spans.filter((s) => s.type === "location").map((s) => normalizeArabic(s.text)));
  const persons = new Set(spans.filter((s) => s.type === "person").map((s) => normalizeArabic(s.text)));
  for (const s of [...spans]) {
    if (s.type !== "person") continue;
    const words = normalizedWordsOf(s.text);
    if (words.length < 3 || GIVEN_NAMES.has(words[0]!) || !isOneWordPlace(words[0]!, places, model)) continue;
    // A binding word after the first (بريجيت | أم لثلاثة, أبو, بن) makes it the name's own.
    if (BINDING_NAME_WORDS.has(words[1]!) || (!GIVEN_NAMES.has(words[1]!) && !persons.has(words.slice(1).join(" ")))) continue;
    const gap = /\s+/u.exec(s.text)!;
    const placeEnd = s.start + gap.index;
    if (placeEnd - s.start !== words[0]!.length) continue; // marks: offsets would not line up
    spans.push({ type: "location", text: text.slice(s.start, placeEnd), start: s.start, end: placeEnd, evidence: {} });
    s.start = placeEnd + gap[0].length;
    s.text = text.slice(s.start, s.end);
  }
  sortByStart(spans);
}

/** A word opening a person's name inside a place or organization mention: a lexicon given name, عبد of a compound one (عبد الودود), or any name word before a lineage word (بدر | بن فيحان). */
function opensNameInPlace(words: readonly string[], k: number): boolean {
  const word = words[k]!;
  if (word === "عبد") return k + 1 < words.length;
  if (BINDING_NAME_WORDS.has(word)) return false; // ام, أبو: a letter's name of an acronym (إم بي سي) or a kunya's first word
  if (GIVEN_NAMES.has(word) || isJoinedAbdName(word)) return true;
  return ARABIC_LETTERS_ONLY.test(word) && !word.startsWith("ال") && LINEAGE_CONNECTORS.has(words[k + 1] ?? "");
}

/** Whether the gazetteer holds a place of several words opening with these (جبل طارق, خان يونس): a known multi-word name is never split. */
function isListedLongerPlace(words: readonly string[], model: NerModel): boolean {
  return model.resources.gazetteer.byFirst.get(words[0]!)?.some((e) => e.words.length > 1 && e.words.every((w, i) => words[i] === w)) ?? false;
}

/** Indefinite heads of a province's name (بمحافظة الليث, منطقة جازان, ولاية خوست), normalized without their clitics. */
const PROVINCE_NAME_HEADS = new Set(["محافظه", "منطقه", "ولايه", "اقليم", "مقاطعه"]);

/** Whether the word right before `start` is a province head (a clitic و, ف, ب or ل allowed): what follows it is the province's name. */
function followsProvinceHead(text: string, start: number): boolean {
  const before = normalizedWordBefore(text, start);
  return before !== null && PROVINCE_NAME_HEADS.has(before.replace(/^[وف]?[بل]?/u, ""));
}

/** The word that ends right before `start` (within 30 characters, spaces between), normalized; null when none. */
function normalizedWordBefore(text: string, start: number): string | null {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before === null ? null : normalizeArabic(before[1]!);
}

/** A province noun with the article (المنطقة, المحافظة, الولاية), a clitic و or ف allowed: the province the text spoke of, named by no name. */
const DEFINITE_PROVINCE_NOUN = /^[وف]?ال(?:منطقه|محافظه|ولايه|اقليم|مقاطعه)$/u;

/**
 * A place mention that is a person's name (a given name, or a name word before a lineage word, and a second word) after or
 * opening with a definite province noun is the office holder the role before it names (مدير عام التعليم في المنطقة | سعيد بن
 * محمد مخايش, أمين أمانة المنطقة | محمد بن حمود الشايع: okaz; في المحافظة | عبدالله بن محمد الدوسري, رئيس بلدية المحافظة | نايف
 * بن مناحي بن سعيدان: was; دائرة الصحة العامة في الولاية | غول محمد منغال: France24): a definite noun takes no name in construct,
 * so the name is the person, the noun no part of it.
 */
export function retypePersonsAfterDefiniteProvinces(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "location") continue;
    const words = normalizedWordsOf(s.text);
    const opensWithNoun = DEFINITE_PROVINCE_NOUN.test(words[0]!);
    const name = opensWithNoun ? words.slice(1) : words;
    if (!isPersonNameInPlace(name) || !(opensWithNoun || followsDefiniteProvinceNoun(text, s.start))) continue;
    if (opensWithNoun) {
      const gap = /\s+/u.exec(s.text)!;
      if (gap.index !== words[0]!.length) continue; // marks: offsets would not line up
      s.start += gap.index + gap[0].length;
      s.text = text.slice(s.start, s.end);
    }
    s.type = "person";
  }
}

/** Words of a person's name: two or more, opening a name (see opensNameInPlace), or three with a given name second (غول محمد منغال). */
function isPersonNameInPlace(name: readonly string[]): boolean {
  if (name.length < 2 || name[0]!.startsWith("ال")) return false;
  return opensNameInPlace(name, 0) || (name.length > 2 && GIVEN_NAMES.has(name[1]!));
}

/** Whether the word right before `start` is a definite province noun (المنطقة, والمحافظة). */
function followsDefiniteProvinceNoun(text: string, start: number): boolean {
  const before = normalizedWordBefore(text, start);
  return before !== null && DEFINITE_PROVINCE_NOUN.test(before);
}

/**
 * A place mention of three words or more whose first word is a one-word place and whose second opens a person's name is
 * the place of the office the role before it names and the office holder (وزراء اسكتلندا | نيكولا ستورجن: SkyNews; ولاية
 * خوست | عبد الحنان زدران: France24; بمنطقة جازان | محمد بن حمود الشايع, بمحافظة عنيزة | محمد بن سليمان الفريح, في غزة | عماد
 * الفالوجي: alriyadh, was, okaz, 3alyoum, aljazirah): the person becomes its own mention.
 */
export function splitPersonsOffPlaces(text: string, spans: Candidate[], model: NerModel): void {
  const places = new Set(spans.filter((s) => s.type === "location").map((s) => normalizeArabic(s.text)));
  for (const s of [...spans]) {
    if (s.type !== "location") continue;
    const words = normalizedWordsOf(s.text);
    if (words.length < 3 || GIVEN_NAMES.has(words[0]!) || FOREIGN_NAME_PARTICLES.has(words[0]!) || isListedLongerPlace(words, model)) continue;
    if (!isOneWordPlace(words[0]!, places, model) && !followsProvinceHead(text, s.start)) continue;
    if (!opensNameInPlace(words, 1)) continue;
    const gap = /\s+/u.exec(s.text)!;
    const placeEnd = s.start + gap.index;
    if (placeEnd - s.start !== words[0]!.length) continue; // marks: offsets would not line up
    splitPersonTailOff(text, spans, s, placeEnd + gap[0].length, placeEnd);
  }
  sortByStart(spans);
}

/** The person from `personStart` to the end of mention `s` becomes a mention of its own, and `s` ends at `keptEnd`. */
function splitPersonTailOff(text: string, spans: Candidate[], s: Candidate, personStart: number, keptEnd: number): void {
  spans.push({ type: "person", text: text.slice(personStart, s.end), start: personStart, end: s.end, evidence: {} });
  s.end = keptEnd;
  s.text = text.slice(s.start, keptEnd);
}

/** A definite organization head alone, a clitic allowed (المنظمة, للشركة, وللهيئة): the body the text spoke of, named by no name. */
function isBareDefiniteHead(norm: string): boolean {
  const definite = norm.replace(/^[وف]?(?:لل|[بلك]?ال)/, "");
  return definite !== norm && ORG_HEADS.has(definite);
}

/** A word that may open a name no list holds (إياد, لاري, خورخي): letters, no clitic, article, stopword or plain word. */
function mayOpenUnlistedName(word: string, model: NerModel): boolean {
  const t = tokenInfo(word, model.resources);
  return ARABIC_LETTERS_ONLY.test(t.norm) && !t.proclitic && !DEFINITE_OR_FUSED.test(t.norm) && !isStopword(t.norm) && !isPlainWord(t, model) && !t.cue;
}

/** A word opening a person's name or title inside a mention: a lexicon given name, عبد of a compound one, a title. */
function opensPersonName(word: string, norm: string, model: NerModel): boolean {
  return GIVEN_NAMES.has(norm) || norm === "عبد" || isJoinedAbdName(norm) || LATE_TITLES.has(norm) || isTitleWord(tokenInfo(word, model.resources));
}

/**
 * Whether a word opens with a clitic و, ف, ب, ل or ك, so it joins the phrase rather than starting a name: only on evidence,
 * the word's analysis separating one (وأحمد) or the word table showing the rest more often than the word (لبطولة, بتوسعة).
 * A first letter with no such evidence is the name's own (للشركة | لاري بيدج, aleqtisadiya), and so is a given name's (وليد).
 */
function opensWithClitic(word: string, norm: string, model: NerModel): boolean {
  return /^[وفبلك]/.test(norm) && !GIVEN_NAMES.has(norm) && (tokenInfo(word, model.resources).proclitic !== "" || timesSeen(norm.slice(1), model) > timesSeen(norm, model));
}

/**
 * An organization named only by definite words takes no name after it, so a given name or a title inside its mention
 * opens the person the role before it belongs to (الأمين العام للمنظمة | إياد مدني, alwatan; والمدير التنفيذي للشركة |
 * المهندس حسام مدني, alweeam; المؤسس المشارك للشركة | لاري بيدج, aleqtisadiya): the person becomes its own mention, and the
 * organization's part stays unless it is a bare head (للمنظمة, للشركة), which names no body. A name led by an indefinite head
 * is the body's own (جامعة الملك سعود, مستشفى الأمير محمد).
 */
export function splitPersonsOffOrganizations(text: string, spans: Candidate[], model: NerModel): void {
  for (const s of [...spans]) {
    if (s.type !== "organization") continue;
    const words = [...s.text.matchAll(/\S+/gu)];
    if (words.length < 2) continue;
    const norms = words.map((w) => normalizeArabic(w[0]));
    const headOnly = isBareDefiniteHead(norms[0]!);
    // After a bare head (للمنظمة) a name of two words or more no list holds starts another phrase: a definite head takes no name in construct.
    const k = norms.findIndex((n, i) => i > 0 && ((opensPersonName(words[i]![0], n, model) && !DEFINITE_NISBA.test(n)) || (i === 1 && headOnly && words.length > 2 && mayOpenUnlistedName(words[i]![0], model))));
    if (k < 1 || !norms.slice(0, k).every((n) => DEFINITE_OR_FUSED.test(n))) continue;
    let p = k;
    while (p < words.length && (LATE_TITLES.has(norms[p]!) || isTitleWord(tokenInfo(words[p]![0], model.resources)))) p++;
    if (p === words.length || DEFINITE_OR_FUSED.test(norms[p]!) || opensWithClitic(words[p]![0], norms[p]!, model)) continue;
    const personStart = s.start + words[p]!.index!;
    if (k === 1 && headOnly) {
      spans.push({ type: "person", text: text.slice(personStart, s.end), start: personStart, end: s.end, evidence: {} });
      spans.splice(spans.indexOf(s), 1);
    } else splitPersonTailOff(text, spans, s, personStart, s.start + words[k - 1]!.index! + words[k - 1]![0].length);
  }
  sortByStart(spans);
}

/**
 * An organization mention of three words or more that runs from a name into a person's name: a lexicon given name, or a name
 * word before a lineage word, past the organization's own words (مدافع ليفربول | جيمس ميلنر, الباحث في منظمة هيومن رايتس ووتش |
 * كارلوس كونديه: France24; رئيس نادي ملبورن | عبدالرحمن عبدالله الموسى: okaz; لرئيس المكتب السياسي لحركة حماس | خالد مشعل:
 * BBC): the person becomes its own mention, of two words or more. A name right after a title (مستشفى الملك فهد), a binding
 * word or another given name is the body's own name, and so is one right after a head or a common word (شركة غسان أحمد
 * السليمان, مستشفى جورج بومبيدو, كوميديا محمد سعد): an indefinite noun takes a name in construct. A one-word name before
 * the person's must be a name alone (ليفربول, إنجلترا).
 */
export function splitPersonsOffNamedOrganizations(text: string, spans: Candidate[], model: NerModel): void {
  for (const s of [...spans]) {
    if (s.type !== "organization") continue;
    const words = [...s.text.matchAll(/\S+/gu)];
    if (words.length < 3) continue;
    const norms = words.map((w) => normalizeArabic(w[0]));
    const k = norms.findIndex((_, i) => i > 0 && i < norms.length - 1 && opensNameInPlace(norms, i));
    if (k < 1 || (k === 1 && !isNameOfOneWord(norms[0]!, model)) || !isOrganizationWordBeforeName(words[k - 1]![0], norms[k - 1]!, model)) continue;
    splitPersonTailOff(text, spans, s, s.start + words[k]!.index!, s.start + words[k - 1]!.index! + words[k - 1]![0].length);
  }
  sortByStart(spans);
}

/** A word that is a name alone: training tagged it in a name, or it is a one-word place, and it is no head or common word (مستشفى, كوميديا). */
function isNameOfOneWord(norm: string, model: NerModel): boolean {
  if (NAMED_ORG_HEADS.has(norm) || INSTITUTION_HEADS.has(norm) || FACILITY_HEADS.has(norm) || isHeadWord(norm) || model.plainWordSet.has(norm)) return false;
  return model.entityWordSet.has(norm) || isOneWordPlace(norm, new Set(), model);
}

/** A word that may end an organization's name before a person's: no title, binding word, given name or name particle (الملك | فهد, بن | زايد, دا | سيلفا). */
function isOrganizationWordBeforeName(word: string, norm: string, model: NerModel): boolean {
  if (GIVEN_NAMES.has(norm) || BINDING_NAME_WORDS.has(norm) || INNER_NAME_WORDS.has(norm) || FOREIGN_NAME_PARTICLES.has(norm)) return false;
  return !PERSON_CUES.has(norm) && !LATE_TITLES.has(norm) && !isTitleWord(tokenInfo(word, model.resources));
}

/** An indefinite title, the head of a construct (رئيس قسم, نائب خادم, مدير قسم); a definite one stands before a name (الدكتورة سعدى التوم). */
const isUnitTitle = (t: TokenInfo) => !t.core.startsWith("ال") && (isTitleInfo(t) || UNIT_HEAD_TITLES.has(t.core) || UNIT_HEAD_TITLES.has(t.norm));
const UNIT_HEAD_TITLES = new Set(["مدير", "مديره"]);

/**
 * A one-word person mention between an indefinite title and a definite word (no function word) is the title's complement in construct, not a name
 * (رئيس | قسم | الإعلام: aljazirah, alriyadh, alwatan, alyaum, almadina, was, Alarabia, BBC, France24, JawharaFM; نائب |
 * خادم | الحرمين: aawsat, aljazirah, almadina, alweeam): dropped when the word table shows its article form
 * MIN_COMMON_ARTICLE_FORM times or more (القسم, الخادم) and the word is no given name and no word training tagged in a
 * name. A name after a definite title stays (الدكتورة سعدى التوم, الفنانة أحلام التي), and one whose article form is
 * never written (رئيس ترامب).
 */
export function dropUnitNounsAfterTitles(text: string, spans: Candidate[], model: NerModel): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "person" || /\s/u.test(s.text)) continue;
    const before = text.slice(Math.max(0, s.start - 16), s.start).trimEnd().split(/\s/u).at(-1) ?? "";
    const after = /^\s+(\S+)/u.exec(text.slice(s.end, s.end + 24))?.[1] ?? "";
    const next = normalizeArabic(after);
    if (!before || !next.startsWith("ال") || isStopword(next) || !isUnitTitle(tokenInfo(before, model.resources))) continue;
    const norm = normalizeArabic(s.text);
    if (GIVEN_NAMES.has(norm) || model.entityWordSet.has(norm) || timesSeen(`ال${norm}`, model) < MIN_COMMON_ARTICLE_FORM) continue;
    spans.splice(i, 1);
  }
}

/** «في» alone or after a conjunction (وفي, ففي): in a place. */
const IN_PLACE = /^[وف]?في$/;

/** A common noun (its article form is in the word table: قسم of القسم, كأس) or an organization's word of the gazetteer (غوغل). */
function isCommonOrOrganizationWord(norm: string, model: NerModel): boolean {
  return timesSeen(`ال${norm}`, model) >= MIN_COMMON_ARTICLE_FORM || (model.resources.gazetteer.byFirst.get(norm)?.some((e) => e.type === "ORG") ?? false);
}

/**
 * A person mention right after «في» whose first word is no given name, no definite word and no plain word is a place, and so
 * is every person mention of the article with its text: في سقطرى (France24 ×10), في جروزني (aleqtisadiya), في بيفرلي هيلز,
 * في فيرجسون (alriyadh, alweeam), في ويلز, في هاواي (SkyNews), في ماونت فيرنون, في بيونغ تشانغ (France24), في أم الساهك (alyaum),
 * في بن قردان (JawharaFM). Not a common noun (في قسم الأشعة) or a gazetteer organization's word (في غوغل). People after
 * «في» are named by a given name (ثقة في علي السيستاني) or are a full name's part the article gives whole (في ترامب
 * beside دونالد ترامب), and stay.
 */
export function retypePersonsAfterIn(text: string, spans: Candidate[], model: NerModel): void {
  const places = new Set<string>();
  for (const s of spans) {
    if (s.type !== "person") continue;
    const before = text.slice(Math.max(0, s.start - 8), s.start);
    const word = /(\S+)\s$/u.exec(before)?.[1];
    if (word === undefined || !IN_PLACE.test(normalizeArabic(word))) continue;
    const words = normalizedWordsOf(s.text);
    const first = words[0]!;
    if (GIVEN_NAMES.has(first) || first.startsWith("ال") || model.plainWordSet.has(first) || isStopword(first) || isCommonOrOrganizationWord(first, model)) continue;
    const name = words.join(" ");
    if (spans.some((o) => o.type === "person" && o !== s && normalizeArabic(o.text).includes(name) && normalizeArabic(o.text) !== name)) continue;
    places.add(name);
  }
  if (!places.size) return;
  for (const s of spans) if (s.type === "person" && places.has(normalizeArabic(s.text))) s.type = "location";
}

/** Most words of a full name whose last word counts as a family name (محمد صلاح, عبد الله بن سالم). */
const MAX_FULL_NAME_WORDS = 4;

/**
 * A two-word person mention whose first word is the family name of a person the article names in
 * full (صلاح of محمد صلاح, توخيل of توماس توخيل) and whose second is a plain word, possessed or not
 * (صلاح | يلعب, صلاح | هدفه, صلاح | ويقول), is that family name and a word the tagger ran on into: the
 * article's full name (of at most MAX_FULL_NAME_WORDS words: a longer run may be a list of names, أكرم
 * شهيب هنري | حلو) is the evidence that the name ended. A given name or a definite word after it stays.
 */
export function cutWordsAfterFamilyNamesInDocument(spans: Candidate[], model: NerModel): void {
  const familyNames = new Set<string>();
  const cuttable: { span: Candidate; first: string }[] = [];
  for (const s of spans) {
    const words = s.type === "person" ? s.text.split(/\s+/) : [];
    if (words.length < 2) continue;
    const first = normalizeArabic(words[0]!);
    if (words.length === 2 && isWordAfterName(words[1]!, model)) {
      cuttable.push({ span: s, first });
      continue;
    }
    // A longer run may be a list of names the tagger ran over (أكرم شهيب هنري | حلو).
    if (words.length <= MAX_FULL_NAME_WORDS) familyNames.add(normalizeArabic(words[words.length - 1]!));
    // East Asian names lead with the family name (كيم of كيم جونغ أون); a given name leads Arabic ones.
    if (words.length >= 3 && words.length <= MAX_FULL_NAME_WORDS && tokenInfo(words[0]!, model.resources).cue !== "given") familyNames.add(first);
  }
  for (const { span, first } of cuttable) {
    if (!familyNames.has(first)) continue;
    const word = firstWord(span.text);
    span.end = span.start + word.length;
    span.text = word;
  }
}

/** A conjunction or preposition fused to the article (للمخرج, والزميل, بالظهيرين, فالمحاسب). */
const CLITIC_BEFORE_ARTICLE = /^(?:[وف][بك]?ال|[بك]ال|[وف]?لل)/;
/** Fewest times the word table must show the article form of such a word for it to be a common noun (الزميل 7, الملا 3). */
const MIN_COMMON_ARTICLE_FORM = 3;
/** A word a name goes on with after its first (بن, أبو), or an article: the first word was a name (للحبيب بن محرز, للشاذلي العرفاوي). */
const NAME_GOES_ON = /^(?:ال|بن$|ابن$|بنت$|ابو$)/;
/** A military rank's adjective, written after the rank without the article (عريف أول, ملازم ثان). */
const RANK_ADJECTIVE = /^(?:اول|ثان|ثاني)$/;

/**
 * A person mention's first word that is a conjunction or preposition fused to a definite common noun is a role or a
 * phrase the tagger ran into, not the name (للمخرج | كريم الدريدي, والزميل | جيمس أندريه, للشركة | لاري بيدج,
 * والمحاسب | صالح الموسى, للمهرجان | عبد العزيز المهوس): the word table shows its article form (المخرج, الزميل)
 * MIN_COMMON_ARTICLE_FORM times or more, and the clitic was cut on no name's evidence (its core is the word itself, or
 * a head's or title's cue); a rank's adjective goes with it (والعريف أول | خالد محمد الشحي). Kept: a given name, a foreign name read whole (بالدوين, والتر: their article forms are unseen), and
 * a first word a lineage word or a definite family name follows (للحبيب بن محرز, للشاذلي العرفاوي).
 */
export function cutCliticNounsOffPersons(spans: Candidate[], model: NerModel): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    const gap = /\s+/.exec(s.text);
    if (!gap) continue;
    const t = tokenInfo(s.text.slice(0, gap.index), model.resources);
    if (t.cue === "given" || !CLITIC_BEFORE_ARTICLE.test(t.norm)) continue;
    const bare = t.norm.replace(/^[وف]/, "");
    const articleForm = bare.startsWith("لل") ? "ا" + bare.slice(1) : bare.replace(/^[بك](?=ال)/, "");
    if (!articleForm.startsWith("ال") || timesSeen(articleForm, model) < MIN_COMMON_ARTICLE_FORM) continue;
    if (t.core !== t.norm && !t.cue) continue;
    let rest = s.text.slice(gap.index + gap[0].length);
    if (NAME_GOES_ON.test(normalizeArabic(firstWord(rest)))) continue;
    // A rank's adjective after the noun stays with it (والعريف أول | خالد الشحي).
    const next = /\s+/.exec(rest);
    if (next && RANK_ADJECTIVE.test(normalizeArabic(rest.slice(0, next.index)))) rest = rest.slice(next.index + next[0].length);
    s.start = s.end - rest.length;
    s.text = rest;
  }
}

/** A preposition ب or ل fused to the article, after a conjunction or not (بالتوازي, للتنمية, وبالشامبو). */
const PREPOSITION_BEFORE_ARTICLE = /^[وف]?(?:بال|لل)[\u0621-\u064A]{3,}$/;

/**
 * A person mention's later word that is the preposition ب or ل fused to a definite name or noun ends the name: the
 * tagger ran on into a phrase (أحمد بن دغر | للجزيرة, France24 twice; عبدالعزيز | للحجاز, ليبيرتاد | بالباراغواي,
 * aljazirah). After ب the word's article form is a gazetteer name or seen MIN_COMMON_ARTICLE_FORM times or more;
 * after ل it is a gazetteer name or an entity word, since a field noun there names an institution for the person
 * (ماجد للتنمية المجتمعية, مستشفى الملك خالد للحرس الوطني: left to the institution rules). The word itself is no
 * entity word or given name, and a foreign name read whole stays (إليك بالدوين, كريستال بالاس: article forms unseen
 * or too short). A gazetteer place cut after ب is a place of its own (الباراغواي).
 */
export function cutPrepositionalTailsOffPersons(text: string, spans: Candidate[], model: NerModel): void {
  const places: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== "person") continue;
    for (const word of laterWords(s)) {
      const norm = word.norm;
      if (!PREPOSITION_BEFORE_ARTICLE.test(norm) || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) continue;
      const bare = norm.replace(/^[وف]/, "");
      const articleForm = bare.startsWith("لل") ? "ا" + bare.slice(1) : bare.slice(1);
      const isPlace = model.resources.gazetteer.byFirst.has(articleForm) || model.resources.gazetteer.byFirst.has(articleForm.slice(ALEF_LAM.length));
      // After ل a field noun names an institution for the person (ماجد للتنمية المجتمعية, مستشفى الملك خالد للحرس الوطني): no cut.
      if (bare.startsWith("لل") ? !isPlace && !model.entityWordSet.has(articleForm) : !isPlace && timesSeen(articleForm, model) < MIN_COMMON_ARTICLE_FORM) continue;
      const wordEnd = word.start + word.text.length;
      if (isPlace && bare.startsWith("ب")) {
        const placeStart = wordEnd - articleForm.length;
        places.push({ type: "location", text: text.slice(placeStart, wordEnd), start: placeStart, end: wordEnd, evidence: { location: CUE_VOTES } });
      }
      endMentionBefore(text, s, word.start);
      break;
    }
  }
  for (const p of places) if (!overlapsAny(spans, p.start, p.end)) spans.push(p);
  if (places.length) sortByStart(spans);
}

/** ل or ب (a conjunction before it or not) fused to an outlet's indefinite head: لشبكة, لقناة, لصحيفة, بموقع, ولوكالة. */
const PREPOSITION_BEFORE_OUTLET = /^[وف]?[لب](?:شبك|قنا|صحيف|وكال|مجل|اذاع)[ةه]$|^[وف]?[لب](?:موقع|تلفزيون)$/u;

/**
 * A person mention's later word that is ل or ب fused to an outlet's head ends the name: the tagger ran on from a speaker
 * into the outlet he spoke to or wrote for (ستيفاني كليفورد | لشبكة (إيه.بي.سي), SkyNews; …). No given or family name is
 * so shaped; the outlet itself is left to the rules that read it.
 */
export function cutOutletPhrasesOffPersons(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    for (const word of laterWords(s)) {
      if (!PREPOSITION_BEFORE_OUTLET.test(word.norm)) continue;
      endMentionBefore(text, s, word.start);
      break;
    }
  }
}

/**
 * A plain word, possessed or not, an indefinite accusative (زخما) or a dual or plural verb (يتبادلان,
 * سيواصلان), that is no given name and not definite: no name's second word after a family name.
 */
function isWordAfterName(word: string, model: NerModel): boolean {
  const t = tokenInfo(word, model.resources);
  if (t.cue === "given" || t.norm.startsWith("ال") || model.entityWordSet.has(t.norm)) return false;
  return isPlainWord(t, model) || isPossessedPlainWord(t, model) || INDEFINITE_ACCUSATIVE.test(t.norm) || DUAL_OR_PLURAL_VERB.test(t.norm);
}

/** An indefinite accusative's shape (زخما, اهتماما): after a family name the article gave, no name. */
const INDEFINITE_ACCUSATIVE = /^[\u0621-\u064A]{3,}ا$/;
/** A dual or plural present verb's shape (يتبادلان, سيواصلان, يقولون). */
const DUAL_OR_PLURAL_VERB = /^س?[يت][\u0621-\u064A]{2,}(?:ان|ون)$/;

/**
 * A mention whose first word is a conjunction or preposition + a word another mention of the same
 * article starts with (لبيونغيانغ beside بيونغيانغ, ومايك بومبيو beside مايك بومبيو, بالكروازيت
 * beside الكروازيت) loses that proclitic: the article's own mention is the evidence the model's
 * counts lacked for a rare name. The whole word stays when training saw it start a name or it is a
 * given name (وليد, فادي), and a fused لل is left to the name form (merge.ts).
 */
export function cutProcliticsOfNamesInDocument(text: string, spans: Candidate[], model: NerModel): void {
  const firstWordOf = (s: string) => normalizeArabic(firstWord(s));
  const firstWords = new Set(spans.map((s) => firstWordOf(s.text)));
  for (const s of spans) {
    const word = firstWord(s.text);
    const norm = normalizeArabic(word);
    // Marks or compatibility forms: offsets into the word would not line up.
    if (norm.length !== word.length || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) continue;
    const split = procliticSplits(norm).find((p) => !p.proclitic.endsWith("لل") && p.core.length >= MIN_NAME_CORE && firstWords.has(p.core));
    if (!split) continue;
    s.start += split.proclitic.length;
    s.text = text.slice(s.start, s.end);
  }
}

/** Fewest words of a person's name before a last و-word for the و to end the name (a given and a family name). */
const MIN_NAME_BEFORE_LISTED_LAST = 2;
/** A present verb's first letter (يسرد, تتعرض): an unseen word so shaped after a list's و is no name by that alone. */
const IMPERFECT_PREFIX = /^[يتن]/;

/**
 * A person mention whose last word is و + a word, after two or more words of name, ran over a list: the name ends before
 * the و (سيباستيان ساشا | وغاستون, aljazirah; كريم بنزيمة | وكاسيميرو, SkyNews; رافايل فاران | وإيسكو, France24; خالد
 * الحازمي | وضاري, aljazirah; أحمد المولد | وغالب, arriyadiyah; جورج بست | وإيريك, alriyadh), and the word after it is
 * the next person's mention when it is a given name, a word training saw start a name, or one of four letters or more
 * the text never showed and not shaped as a present verb (عبدالرحمن الوابلي | ويسرد: the name ends, يسرد is no one).
 * The whole word stays when it is a given name or training saw it start a name (سعد الله ونوس, محمد وليد).
 */
export function splitPersonsAtListedLastWords(text: string, spans: Candidate[], model: NerModel): void {
  const added: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== "person") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut < 0) continue;
    const last = s.text.slice(cut + 1);
    const norm = normalizeArabic(last);
    const before = normalizeArabic(s.text.slice(0, cut)).split(" ");
    if (norm.length !== last.length || before.length < MIN_NAME_BEFORE_LISTED_LAST) continue;
    // A compound given name alone is one name's first word (سعد الله | ونوس, عبد الودود | وحيدي).
    if (before.length === MIN_NAME_BEFORE_LISTED_LAST && (COMPOUND_NAME_SECONDS.has(before[1]!) || before[0] === "عبد")) continue;
    const rest = nameAfterConjunction(norm, model);
    if (rest === null) continue;
    const restStart = s.start + cut + 2;
    s.end = s.start + cut;
    s.text = text.slice(s.start, s.end);
    const info = tokenInfo(rest, model.resources);
    const isUnseenName = timesSeen(rest, model) === 0 && rest.length > MIN_NAME_CORE && !IMPERFECT_PREFIX.test(rest);
    const isName = info.cue === "given" || model.entityWordSet.has(rest) || GIVEN_NAMES.has(rest) || isUnseenName;
    if (isName && !isPlainWord(info, model) && !isStopword(rest)) added.push({ type: "person", text: text.slice(restStart, restStart + rest.length), start: restStart, end: restStart + rest.length, evidence: {} });
  }
  if (!added.length) return;
  spans.push(...added);
  sortByStart(spans);
}

/**
 * An organization mention whose last word is و + a word that joins no name's field ran over the sentence: the mention ends
 * before the و. Such a word lacks the article (البنك المركزي | وإجبار, SkyNews; حزب الرابطة | وحزب, BBC; معهد الإبداع |
 * وريادة, aljazirah) or, definite, is a title, a head, a cue or a stopword (وزارة العمل | والدكتور: aawsat, almadina,
 * alriyadh, okaz; الشركة السعودية للكهرباء | والتي, aljazirah; الهيئة الوطنية للحياة الفطرية | والمؤسسة: almadina,
 * alriyadh, alwatan; وزارة الصحة | والأمانة, alriyadh). A field stays (وزارة الثقافة والإعلام, هيئة الغذاء والدواء), and
 * so does a double و (هيومن رايتس ووتش).
 */
export function cutListedWordsOffOrganizations(text: string, spans: Candidate[], model: NerModel): void {
  const cutOnes = new Set<Candidate>();
  for (const s of spans) {
    if (s.type !== "organization") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut < 0) continue;
    const norm = normalizeArabic(s.text.slice(cut + 1));
    if (!norm.startsWith("و") || norm.startsWith("وو") || norm.length - 1 < MIN_NAME_CORE) continue;
    const info = tokenInfo(norm.slice(1), model.resources);
    if (info.norm.startsWith("ال")) {
      if (!isTitleWord(info) && !isHeadWord(info.norm) && !isStopword(info.norm) && !ORG_HEADS.has(info.norm.slice(2))) continue;
    } else if (model.entityWordSet.has(norm) || timesSeen(info.norm, model) <= timesSeen(norm, model)) continue; // a foreign word's own و (جامعة ويتشيتا, مولدية وهران)
    s.end = s.start + s.text.slice(0, cut).trimEnd().length;
    s.text = text.slice(s.start, s.end);
    cutOnes.add(s);
  }
  // What is left of a list of bodies may be a head alone (المنظمة | والمركز), no name.
  for (let i = spans.length - 1; i >= 0; i--) if (cutOnes.has(spans[i]!) && isHeadWord(normalizeArabic(spans[i]!.text))) spans.splice(i, 1);
}

/** A list's joint after a name: و or a comma, spaces around (ناصر الحازمي | وعيد العتيبي | وأسامة). */
const LIST_JOINT_AFTER = /^[ \u00A0]*(?:[،,]|[ \u00A0]و)/u;
/** The و-word right before a mention, spaces between, and the spaces before it: the text before the mention ends so. */
const CONJOINED_WORD_BEFORE = /[ \u00A0]+(و[\u0621-\u064A]+)[ \u00A0]+$/u;

/**
 * Inside a list of persons — a person mention right before the و-word, a list joint after the mention — a one-word
 * person mention after و + a word takes that word as its given name (ناصر الحازمي وعيد | العتيبي وأسامة العتيبي: alyaum,
 * aljazirah; جمال زيدان ولخضر | بلومي و علي فرقاني, Alarabia; الكسندر ماطوسيان واغوب | ترزيان وايلي الفرزلي, Alarabia;
 * عبدالعزيز الجبرين وشايع | شراحيلي وأدريان, arriyadiyah): the list names one person at each joint. Not a title, a
 * stopword, a definite word, a possessed word (وزوجته ميلانيا) or a verb's shape, nor a whole word a name starts with.
 */
export function addGivenNamesInPersonLists(text: string, spans: Candidate[], model: NerModel): void {
  const personEnds = new Set(spans.filter((s) => s.type === "person").map((s) => s.end));
  for (const s of spans) {
    if (s.type !== "person" || s.text.includes(" ") || !LIST_JOINT_AFTER.test(text.slice(s.end, s.end + 4))) continue;
    const before = CONJOINED_WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
    if (before === null) continue;
    const wordStart = s.start - before[0].length + before[0].indexOf(before[1]!);
    if (!followsMention(text, wordStart, personEnds)) continue;
    const norm = normalizeArabic(before[1]!);
    if (norm.length !== before[1]!.length) continue;
    const rest = nameAfterConjunction(norm, model);
    if (rest === null || !isListedGivenName(rest, model)) continue;
    s.start = wordStart + 1;
    s.text = text.slice(s.start, s.end);
  }
}

function isListedGivenName(rest: string, model: NerModel): boolean {
  const t = tokenInfo(rest, model.resources);
  if (t.cue === "given") return true;
  return !rest.startsWith("ال") && !PRESENT_VERB_START.test(rest) && !isTitleWord(t) && !isHeadWord(rest) && !isStopword(rest) && !isPossessedPlainWord(t, model) && verbEvidence(t, model) === "";
}

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

/** A hamza on alif, which no name's word starting with و has next (وإدموند is و + إدموند; وائل has none). */
const HAMZA_ON_ALIF = /^[أإآ]/;

/**
 * A mention whose first word is و + a name loses the و when it is a list's next name: right after
 * another mention, a space apart (ساديو ماني | وجورجينيو فينالدوم, Alarabia; توم كروز وسايمون بيج |
 * وجيريمي رينر, aleqtisadiya; عادل رامي | وتيموثي كولودتشياك, was; كيفين دى بروين | ورهيم سترلينغ, BBC;
 * كريستيانو رونالدو | وسيرخيو راموس, SkyNews; العراق | والشام, CNN, alwatan), or when no name could start
 * with the rest as written (وإدموند فيلبس, Alarabia; وإيان راش, SkyNews). After a mention the rest has more
 * than MIN_NAME_CORE letters or is a given name (دانا | وايت is no و + ايت). The whole word stays when it is a
 * given name or training saw it start a name (وليد, وائل), and so does a double و (وودي).
 */
export function cutConjunctionsOfListedNames(text: string, spans: Candidate[], model: NerModel): void {
  const adjacentEnds = new Set<number>();
  for (const s of spans) adjacentEnds.add(s.end);
  for (const s of spans) {
    const word = firstWord(s.text);
    const norm = normalizeArabic(word);
    if (norm.length !== word.length) continue;
    const rest = nameAfterConjunction(norm, model);
    if (rest === null) continue;
    const isListed = followsMention(text, s.start, adjacentEnds) && (rest.length > MIN_NAME_CORE || tokenInfo(rest, model.resources).cue === "given");
    if (!isListed && !HAMZA_ON_ALIF.test(word.slice(1)) && !isUnseenConjoinedPerson(s, text, norm, rest, model)) continue;
    s.start += 1;
    s.text = text.slice(s.start, s.end);
  }
}

/** A name's first letter after a conjunction that no و-name of the word table has next: no alif, ي or و (وايلد, ويليام, وودي), no article (والتر). */
const NOT_AFTER_NAME_WAW = /^(?:ال|[اىيو])/u;

/**
 * A person mention of two words or more whose first word is و + a name the word table never saw whole (its count 0),
 * whose rest starts with a letter no و-name has next (NOT_AFTER_NAME_WAW) and which has evidence of its own: the rest is
 * a given name, or the article writes it elsewhere as a word of its own. A list's name, the one before it missed
 * (فيليب لام | وباستيان شفاينشتايغر, SkyNews; صامويل أومتيتي | وبنجامين بافار, Al Arabia; ورافائيل فاران, ودافيد سيلفا,
 * وساديو ماني, وجوردان هندرسون, وسيرخيو أغويرو: SkyNews, France24, BBC, CNN over the pool). Foreign و-names read whole stay
 * (والتر, وارن, وايلد, ويلبيك), and so does a name with no such evidence (ونستون بيترز, ولسون: a name never loses its
 * first letter on a guess).
 */
function isUnseenConjoinedPerson(s: Candidate, text: string, norm: string, rest: string, model: NerModel): boolean {
  if (s.type !== "person" || !/\s/u.test(s.text) || timesSeen(norm, model) !== 0 || NOT_AFTER_NAME_WAW.test(rest)) return false;
  return tokenInfo(rest, model.resources).cue === "given" || standsAloneIn(normalizeArabic(text), rest);
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether `word` occurs in `folded` as a whole word (no letter or mark right before or after it). */
function standsAloneIn(folded: string, word: string): boolean {
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    const before = i === 0 ? "" : folded[i - 1]!;
    const after = folded[i + word.length] ?? "";
    if (!LETTER_OR_MARK.test(before) && !LETTER_OR_MARK.test(after)) return true;
  }
  return false;
}

/**
 * The word a و-word (normalized) would name after its و, a list's next name, or null when the whole word stays: it is a
 * given name or training saw it start a name (وليد, وائل, ونوس), or the rest is shorter than MIN_NAME_CORE or
 * another و (وودي, ووتش). splitPersonsAtListedLastWords and cutConjunctionsOfListedNames ask it.
 */
function nameAfterConjunction(norm: string, model: NerModel): string | null {
  if (!norm.startsWith("و") || GIVEN_NAMES.has(norm) || model.entityWordSet.has(norm) || tokenInfo(norm, model.resources).cue === "given") return null;
  const rest = norm.slice(1);
  return rest.length < MIN_NAME_CORE || rest.startsWith("و") ? null : rest;
}

/** Whether a mention ends right before `start`, spaces apart. */
function followsMention(text: string, start: number, ends: ReadonlySet<number>): boolean {
  let k = start;
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\u00A0")) k--;
  return k < start && ends.has(k);
}

/** A militia named for its leader's family (ميليشيا الحوثي, ميليشيات الحوثي): the group, not the person. */
const MILITIA_WORD_SET: ReadonlySet<string> = new Set(MILITIA_WORDS);
/** Nouns of a group in construct before its leader's family name, or of its cause before the nisba (جماعة | الحوثي, قوات التمرد | الحوثي): no person there. */
const GROUP_WORDS = new Set(["التمرد", "جماعه"]);

/**
 * One name, found once, is that name everywhere in the article: a token the tagger left out that
 * is a recognized one-word name, or the last word of a recognized person's name (سيرجي لافروف …
 * لافروف), becomes a mention of that type, clitics cut on evidence. Plain words and words that
 * are never names stay out. A person's family name repeated after a militia word names the militia, an organization
 * with it (عبدالملك الحوثي … ميليشيا الحوثي: Al Arabia, alwatan), and after a group noun no one (قوات التمرد الحوثي).
 */
export function addRepeatedNames(text: string, sentences: readonly (readonly TaggerToken[])[], out: Candidate[], model: NerModel, infos = sentenceInfosOf(sentences, model)): void {
  const known = new Map<string, EntityType>();
  // A club the article names with its head is that club without it, plain word or not (نادي الهلال … الهلال).
  const headed = new Set<string>();
  for (const s of out) {
    const words = normalizedWordsOf(s.text);
    if (words.length === 1) known.set(words[0]!, s.type);
    else if (s.type === "person" && words[words.length - 1]!.length >= MIN_LAST_NAME) known.set(words[words.length - 1]!, "person");
    else if (s.type === "organization" && words.length === 2 && CLUB_HEADS.has(words[0]!) && DEFINITE.test(words[1]!) && !PERSON_CUES.has(words[1]!)) {
      known.set(words[1]!, "organization");
      headed.add(words[1]!);
    }
  }
  if (!known.size) return;
  // The last two code units of every known name: a word is a known name or a clitic and one (whose
  // core keeps the word's last two units: a core has MIN_CORE letters or more) only if it ends so.
  // null when a name is shorter (every word is then looked up).
  let endings: Set<number> | null = new Set<number>();
  for (const key of known.keys()) {
    if (key.length < 2) {
      endings = null;
      break;
    }
    endings.add(lastTwoUnits(key));
  }
  // The mentions' code units: a known name's every repetition was tested against every mention.
  const coverage = coverageOf(text.length, out);
  const added: Candidate[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    for (let ti = 0; ti < sentence.length; ti++) {
      const info = infos[si]![ti]!;
      if (endings && (info.norm.length < 2 || !endings.has(lastTwoUnits(info.norm)))) continue;
      const token = sentence[ti]!;
      // The name found in this article is evidence enough to cut a clitic off its repetition (ولافروف).
      const split = known.has(info.norm) ? { proclitic: "", core: info.norm } : knownSplit(info, known);
      const type = split && known.get(split.core);
      if (!type || info.cue === "never" || (isPlainWord(info, model) && !headed.has(split.core)) || isPrepositionAla(token.text)) continue;
      if (coverage ? isCovered(coverage, token.start, token.end) : overlapsAny(out, token.start, token.end)) continue;
      if (split.proclitic && info.norm.length !== token.text.length) continue; // marks inside the word: offsets would not line up
      const start = token.start + split.proclitic.length;
      if (type === "person" && !split.proclitic && ti > 0) {
        const before = infos[si]![ti - 1]!.norm;
        if (MILITIA_WORD_SET.has(before) && spaceAfter(text, sentence, ti - 1)) {
          added.push({ type: "organization", text: text.slice(sentence[ti - 1]!.start, token.end), start: sentence[ti - 1]!.start, end: token.end, evidence: {} });
          continue;
        }
        if (GROUP_WORDS.has(before)) continue;
      }
      if (!split.proclitic && (isAgreeingAdjectiveOfNoun(infos[si]!, ti, model) || isFeminineAdjectiveOfNoun(infos[si]!, ti))) continue;
      added.push({ type, text: text.slice(start, token.end), start, end: token.end, evidence: {} });
    }
  }
  out.push(...added);
  widenToKnownNames(text, sentences, infos, out, model);
}

/** A militia word and the family nisba after it (ميليشيات الحوثي; و, ب or ل fused before it is no part of the name). */
const MILITIA_OF_FAMILY = new RegExp(String.raw`(?<![\u0621-\u064A])[وبل]?((?:${MILITIA_WORD_PATTERN}) (ال[\u0621-\u064A]{3,}ي))(?![\u0621-\u064A])`, "gu");
/** The definite militia word and the feminine of a family nisba (الميليشيات الحوثية; للمليشيات الحوثية is written so). */
const MILITIA_OF_FAMILY_ADJECTIVE = new RegExp(String.raw`(?<![\u0621-\u064A])[وب]?((?:ال|لل)(?:${MILITIA_WORD_PATTERN}) (ال[\u0621-\u064A]{3,})ية)(?![\u0621-\u064A])`, "gu");

/**
 * A group named by its militia and its leader's family is an organization, the militia word with it, as the
 * gold writes it: an indefinite militia word before a family nisba, ميليشيات الحوثي (alriyadh, aawsat, was,
 * Alarabia, SkyNews; 126 in the two samples, 9 outlets), and the definite one before that nisba's feminine when
 * a mention of the article ends with the family's nisba, الميليشيات الحوثية … عبدالملك الحوثي (alweeam,
 * aleqtisadiya, aawsat; not الميليشيا الانتخابية … الموسم الانتخابي). A
 * nisba of a place or a plain word is no family (الميليشيات الإيرانية, الميليشيات الشيعية); a mention inside
 * the group's name (the person «الحوثي» the tagger saw there) gives way to it.
 */
export function addMilitiasOfFamilies(text: string, spans: Candidate[], model: NerModel): void {
  if (!text.includes("يليشي") && !text.includes("مليشي")) return;
  const isFamily = (nisba: string) => {
    const norm = normalizeArabic(nisba);
    return norm.length === nisba.length && !isPlaceAdjective(norm, model) && !model.plainWordSet.has(norm) && !isStopword(norm);
  };
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(MILITIA_OF_FAMILY)) {
    if (!isFamily(m[2]!)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length });
  }
  // The families the article names: a mention's last word, or a militia's of the first form.
  const families = new Set(spans.map((s) => lastWordOf(normalizeArabic(s.text))));
  for (const { start, end } of found) families.add(lastWordOf(normalizeArabic(text.slice(start, end))));
  for (const m of text.matchAll(MILITIA_OF_FAMILY_ADJECTIVE)) {
    const family = m[2]! + "ي";
    if (!isFamily(family) || !families.has(normalizeArabic(family))) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length });
  }
  for (const { start, end } of found) {
    if (spans.some((s) => s.start === start && s.end === end && s.type === "organization")) continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.start < end && start < spans[i]!.end) spans.splice(i, 1);
    spans.push({ type: "organization", text: text.slice(start, end), start, end, evidence: {} });
  }
  sortByStart(spans);
}

/** The last word of a name (of its words split at spaces or a hashtag's underscores). */
function lastWordOf(name: string): string {
  const words = name.split(/[\s_]+/);
  return words[words.length - 1]!;
}

/** A word's last two code units as one number (addRepeatedNames' endings), for a word of two or more. */
function lastTwoUnits(word: string): number {
  return word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
}

/**
 * Which code units of a text of `length` the spans cover (1 inside a span), for overlapsAny's
 * answer by a look at a token's units; null when a span is empty or out of the text (overlapsAny
 * counts an empty span strictly inside [start, end) as overlapping it).
 */
function coverageOf(length: number, spans: readonly Candidate[]): Uint8Array | null {
  const covered = new Uint8Array(length);
  for (const s of spans) {
    if (s.start >= s.end || s.start < 0 || s.end > length) return null;
    covered.fill(1, s.start, s.end);
  }
  return covered;
}

/** overlapsAny(spans, start, end) by the spans' coverageOf, for start < end. */
function isCovered(coverage: Uint8Array, start: number, end: number): boolean {
  for (let c = start; c < end; c++) if (coverage[c]) return true;
  return false;
}

/** addRepeatedNames: the first clitic split of the word whose core is a known name (not a fused لل); apart from its loop, whose callback would be allocated at every token. */
function knownSplit(info: TokenInfo, known: ReadonlyMap<string, EntityType>): { proclitic: string; core: string } | undefined {
  for (const p of splitsOf(info)) if (known.has(p.core) && !p.proclitic.endsWith("لل")) return p;
  return undefined;
}

/**
 * A name of several words recognized in the article is recognized whole wherever its words occur:
 * mentions inside such an occurrence (قرة باغ in ناغورني قرة باغ) give way to one mention of the
 * full name; an occurrence crossing a mention's edge is left alone.
 */
function widenToKnownNames(text: string, sentences: readonly (readonly TaggerToken[])[], infos: readonly (readonly TokenInfo[])[], out: Candidate[], model: NerModel): void {
  const byFirst = new Map<string, { words: readonly string[]; type: EntityType }[]>();
  for (const s of out) {
    const words = normalizedWordsOf(s.text);
    if (words.length < 2 || hasLatinLetter(s.text)) continue;
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((n) => n.words.join(" ") === words.join(" "))) list.push({ words, type: s.type });
    byFirst.set(words[0]!, list.sort((a, b) => b.words.length - a.words.length));
  }
  if (!byFirst.size) return;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const sentenceInfos = infos[si]!;
    for (let i = 0; i < sentence.length; i++) {
      const first = sentenceInfos[i]!;
      const known = byFirst.get(first.norm) ?? byFirst.get(first.core);
      const name = known && knownNameAt(known, sentence, sentenceInfos, i);
      if (!name) continue;
      const start = sentence[i]!.start + (byFirst.has(first.norm) ? 0 : knownNameProcliticLength(first, model));
      const end = sentence[i + name.words.length - 1]!.end;
      if (replaceInside(text, out, name.type, start, end)) i += name.words.length - 1;
    }
  }
  sortByStart(out);
}

/**
 * The proclitic before a known name's first word found by its core: the analysis's own split (ب of
 * باستاد before «استاد الملك فهد الدولي»: procliticLength keeps a plain word's letters, but the
 * document's mention says the core opens the name), else procliticLength (لل, marks in the word).
 */
function knownNameProcliticLength(first: TokenInfo, model: NerModel): number {
  if (first.proclitic && !first.proclitic.endsWith("لل") && first.norm.length === first.surface.length && first.norm.slice(first.proclitic.length) === first.core) return first.proclitic.length;
  return procliticLength(first.surface, model);
}

// widenToKnownNames' steps apart from its loop, whose index and span bounds the callbacks would
// otherwise capture (a context allocated at every token).

/** The first of the known names starting with token i's word whose next words follow it in the sentence. */
function knownNameAt<N extends { words: readonly string[] }>(known: readonly N[], sentence: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): N | undefined {
  return known.find((n) => n.words.every((w, k) => k === 0 || (sentence[i + k] && infos[i + k]!.norm === w)));
}

/** Replaces the mentions inside [start, end) by one of `type`, unless a mention crosses it or one mention is exactly it; whether it did. */
function replaceInside(text: string, out: Candidate[], type: EntityType, start: number, end: number): boolean {
  const inside = out.filter((s) => s.start >= start && s.end <= end);
  const crossing = out.some((s) => s.start < end && start < s.end && !(s.start >= start && s.end <= end));
  if (crossing || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end)) return false;
  for (const s of inside) out.splice(out.indexOf(s), 1);
  out.push({ type, text: text.slice(start, end), start, end, evidence: {} });
  return true;
}

/** A BIO tag's type (B-PERS → PERS), one string per tag: a slice per run was a new string, which pushSpan's TYPES lookup hashed again. */
const TAG_TYPES = new Map<string, string>();
function typeOfTag(tag: string): string {
  let type = TAG_TYPES.get(tag);
  if (type === undefined) {
    type = tag.slice(2);
    // The literal key itself when TYPES has one (a property lookup by it is the fastest).
    type = Object.keys(TYPES).find((k) => k === type) ?? type;
    TAG_TYPES.set(tag, type);
  }
  return type;
}

/**
 * Token runs of one sentence from its BIO tags. Two gazetteer names side by side are two runs,
 * whatever the tagger joined; two runs outside the gazetteer that the tagger started back to back,
 * same type, with only a space between them, are one name it cut (ناغورني | قرة باغ).
 */
export function tagRuns(text: string, sentence: readonly TaggerToken[], tags: readonly string[], gz: readonly string[], infos?: readonly TokenInfo[]): TagRun[] {
  const runs: TagRun[] = [];
  // The open run's type and first token (-1: none). A loop over plain variables: it runs on every token.
  let type = "";
  let from = -1;
  let conjoined = false;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const isNext = from >= 0 && tag.startsWith("B-") && isCutName(text, sentence, gz, tag, type, from, i) && isConjoinedName(infos?.[i], type) && (type === "LOC" || i - from > 1 || tags[i + 1] === `I-${type}`);
    if (from >= 0 && (tag === "O" || (tag.startsWith("B-") && (isNext || !isCutName(text, sentence, gz, tag, type, from, i))) || !isOfType(tag, type) || (gz[i]!.startsWith("B-") && gz[i - 1] !== ""))) {
      runs.push(conjoined ? { type, from, to: i, conjoined } : { type, from, to: i });
      from = -1;
    }
    if (tag !== "O" && from < 0) {
      type = typeOfTag(tag);
      from = i;
      conjoined = isNext;
    }
  }
  if (from >= 0) runs.push(conjoined ? { type, from, to: tags.length, conjoined } : { type, from, to: tags.length });
  return joinCutPrefixes(text, sentence, runs, gz);
}

/** A run of tagged tokens; `conjoined`: it opens on a conjunction و the tagger began it after (isConjoinedName). */
export interface TagRun {
  type: string;
  from: number;
  to: number;
  conjoined?: boolean;
}

/** A mention of a conjoined run that opens on the run's first token keeps no و (وطلوزة → طلوزة). */
function dropConjunction(span: Candidate, first: TaggerToken, text: string): void {
  if (span.start !== first.start || !first.text.startsWith("و") || span.end - span.start <= 1) return;
  span.start += 1;
  span.text = text.slice(span.start, span.end);
}

/**
 * tagRuns: a person or place the tagger begins anew with a conjunction و is the next of a list, no cut
 * name (الباذان | وطلوزة; ايمانويل ايبواه | ودراماني ديابي; حسين شيعان | ومتعب شراحيلي). Two one-word persons
 * stay one name (تشونغ | ويونغ, Chung Eui-yong: a transliteration's و); an organization's name may go on
 * over و (وزارة الشؤون الاجتماعية | والعمل): both are left joined.
 */
function isConjoinedName(t: TokenInfo | undefined, type: string): boolean {
  if (t === undefined || (type !== "PERS" && type !== "LOC")) return false;
  // A word the training text saw whole (ودراماني, وطلوزة) keeps its و: the tagger's new begin says it is one.
  return t.proclitic.startsWith("و") || (t.norm.startsWith("و") && t.norm.length > MIN_CONJOINED_LETTERS && t.cue !== "given");
}
/** Letters of a word opening on و read as a conjunction before a name without evidence (وطلوزة; وفا, ولي are left joined). */
const MIN_CONJOINED_LETTERS = 4;

/** Whether a BIO tag (B-X, I-X) is of type X. */
const isOfType = (tag: string, type: string) => tag.length === type.length + 2 && tag.startsWith(type, 2);

/** tagRuns: the B- tag at i starts a run of the open run's type, both outside the gazetteer, only spaces between: a name the tagger cut. */
function isCutName(text: string, sentence: readonly TaggerToken[], gz: readonly string[], tag: string, type: string, from: number, i: number): boolean {
  return isOfType(tag, type) && gz[i] === "" && gz[from] === "" && spaceAfter(text, sentence, i - 1);
}

/**
 * A one-word run the tagger gave one type, followed after a space by a run of another type, both
 * outside the gazetteer, is one name it cut (ناغورني | قرة باغ): joined, with the first run's type
 * (the document's votes settle it later). A gazetteer name next to a name stays apart
 * (أذربيجان | إلهام علييف).
 */
function joinCutPrefixes(text: string, sentence: readonly TaggerToken[], runs: TagRun[], gz: readonly string[]): TagRun[] {
  const out: TagRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const outside = (r: { from: number; to: number }) => gz.slice(r.from, r.to).every((g) => g === "");
    if (last && !run.conjoined && last.to === run.from && last.to - last.from === 1 && last.type !== run.type && outside(last) && outside(run) && spaceAfter(text, sentence, last.to - 1)) {
      last.to = run.to;
      continue;
    }
    out.push({ ...run });
  }
  return out;
}

/**
 * One name, one type per document: mentions with the same matching key take the type with the most
 * votes — one per tagged mention, plus CUE_VOTES for a mention after a place or person cue word
 * (إقليم X, الرئيس X) or covered exactly by a gazetteer name, plus one after في, plus HEAD_VOTES
 * for a name led by a place or organization head word; a multiword short form also counts the
 * type settled for the longer name it ends.
 */
const CUE_VOTES = 2;

/** Heads after which the name alone names the same place (جزيرة سقطرى → سقطرى, وادي الريم → الريم), as match keys spell them. */
const HEADS_OF_PLACE_NAMES = new Set(["جزيره", "وادي", "مدينه", "بلده", "قريه"]);

/** The first of `keys` settled and ending with `ending` (settleTypes: a longer name ending in a name of two words or more). */
function settledEndingWith(keys: readonly string[], settled: ReadonlyMap<string, EntityType>, ending: string): string | undefined {
  for (const other of keys) if (settled.has(other) && other.endsWith(ending)) return other;
  return undefined;
}

/** The settled key of the document that is a place head + `key` (جزيره سقطري for سقطري), when settled as a place. */
function placeNamedWithHead(key: string, settled: ReadonlyMap<string, EntityType>): string | undefined {
  // The endings built once, not once per settled key.
  const spaced = " " + key;
  const definite = " ال" + key;
  for (const [other, type] of settled) {
    if (type !== "location") continue;
    // matchKey drops the article of a name's first word only: وادي الريم holds الريم, keyed ريم alone.
    const name = other.endsWith(spaced) ? key : other.endsWith(definite) ? "ال" + key : "";
    if (name && HEADS_OF_PLACE_NAMES.has(other.slice(0, -name.length - 1))) return other;
  }
  return undefined;
}

/** Heads after which the name alone names the same company or club (شركة ديزني → ديزني, نادي ليغانيس → ليغانيس), as match keys spell them. */
const HEADS_OF_ORGANIZATION_NAMES = new Set(["شركه", "نادي"]);

/** The word `name` ends a settled key of `type` two or more words long whose first words are `heads` (or any, when null). */
function endsSettledName(name: string, settled: ReadonlyMap<string, EntityType>, type: EntityType, heads: ReadonlySet<string> | null): boolean {
  const spaced = " " + name;
  for (const [other, t] of settled) {
    if (t !== type || !other.endsWith(spaced)) continue;
    if (!heads || heads.has(other.slice(0, -name.length - 1))) return true;
  }
  return false;
}

/** A national team's head as match keys spell it (المنتخب loses its article), which ORG_HEADS lacks. */
const TEAM_KEY_HEAD = "منتخب";

/**
 * A name of two or more words led by an organization's head, voted a person or misc, is that organization: the head
 * names what it is (منتخب البارغواي: aljazirah; منتخب الباراجواي: alwatan; رابطة كتّاب كرة القدم ×3, SkyNews).
 */
function isHeadedNameOfPersonType(key: string, type: EntityType): boolean {
  if (type !== "person" && type !== "misc") return false;
  const space = key.indexOf(" ");
  if (space < 0) return false;
  const head = key.slice(0, space);
  return ORG_HEADS.has(head) || head === TEAM_KEY_HEAD;
}

/**
 * A one-word name voted a person (or misc) that the document also names with a company or club
 * head (شركة سامسونغ … سامسونغ; نادي هيرتا … هيرتا) is that organization, unless a person's full
 * name of the document ends in it (جيم راتكليف … راتكليف).
 */
function isOrganizationNamedWithHead(key: string, type: EntityType, settled: ReadonlyMap<string, EntityType>): boolean {
  if (key.includes(" ") || (type !== "person" && type !== "misc")) return false;
  const names = [key, "ال" + key];
  if (!names.some((n) => endsSettledName(n, settled, "organization", HEADS_OF_ORGANIZATION_NAMES))) return false;
  return !names.some((n) => endsSettledName(n, settled, "person", null));
}

/** Saint words that start names of places and of clubs named for them (سان دييغو, سانت لويس, باريس سان جرمان), as match keys spell them. */
const SAINT_WORDS = new Set(["سان", "سانت", "سانتا", "سانتو"]);

/** A name that starts with a saint word, or of three words whose second is one after a city (باريس سان جرمان): a place or its club, never a person. */
function isSaintName(key: string): boolean {
  const words = key.split(" ");
  return words.length >= 2 && (SAINT_WORDS.has(words[0]!) || (words.length === 3 && words[1] === "سان"));
}

/** The type a saint name voted a person takes instead: its best other vote, else a club in a football text and a place elsewhere. */
function typeOfSaintName(votes: ReadonlyMap<EntityType, number>, isFootball: boolean): EntityType {
  let best: EntityType = isFootball ? "organization" : "location";
  for (const [t, v] of votes) if (t !== "person" && v > (votes.get(best) ?? 0)) best = t;
  return best;
}

export function settleTypes(spans: Candidate[], isFootball = false): void {
  const groups = new Map<string, Candidate[]>();
  for (const s of spans) {
    const key = matchKey(nameForm(s.text, "location"));
    const g = groups.get(key) ?? [];
    g.push(s);
    groups.set(key, g);
  }
  const votesOf = (g: Candidate[]) => {
    const votes = new Map<EntityType, number>();
    for (const s of g) {
      votes.set(s.type, (votes.get(s.type) ?? 0) + 1);
      // for…in: Object.entries' order without its arrays (evidence is a plain object, mostly empty).
      for (const t in s.evidence) votes.set(t as EntityType, (votes.get(t as EntityType) ?? 0) + s.evidence[t as EntityType]!);
    }
    return votes;
  };
  // Longest names first: a name of two or more words that ends a longer name of the document
  // (قرة باغ, ناغورني قرة باغ) is its short form and takes the type settled for the longer one.
  // Words counted by their spaces, once a key: the comparator split every key it compared.
  const words = new Map<string, number>();
  for (const key of groups.keys()) words.set(key, spacesIn(key));
  const keys = [...groups.keys()].sort((a, b) => words.get(b)! - words.get(a)! || (a < b ? -1 : 1));
  const settled = new Map<string, EntityType>();
  for (const key of keys) {
    const g = groups.get(key)!;
    const longer = key.includes(" ") ? settledEndingWith(keys, settled, " " + key) : placeNamedWithHead(key, settled);
    let best = longer ? settled.get(longer)! : g[0]!.type;
    if (!longer) {
      const votes = votesOf(g);
      for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
      if (isOrganizationNamedWithHead(key, best, settled) || isHeadedNameOfPersonType(key, best)) best = "organization";
      else if (best === "person" && isSaintName(key)) best = typeOfSaintName(votes, isFootball);
    }
    settled.set(key, best);
    for (const s of g) s.type = best;
  }
}

function pushSpan(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], gz: readonly string[], from: number, to: number, type: string, model: NerModel, out: Candidate[]): void {
  const mapped = TYPES[type];
  if (!mapped) return;
  // Trim punctuation and reporting verbs the tagger swept into the edges.
  while (from < to && (!hasLetter(infos[from]!) || REPORTING_VERB.test(normalizeArabic(tokens[from]!.text)))) from++;
  // No name starts with a preposition or particle (خلف | آلن شيرر, behind Alan Shearer); أم of أم كلثوم is a given name.
  while (to - from > 1 && infos[from]!.cue !== "given" && isStopword(infos[from]!.norm)) from++;
  // Nor with the preposition على the tagger reads as علي (النار على | براون), but for علي misspelt before بن.
  while (to - from > 1 && isPrepositionAla(tokens[from]!.text) && !isLineageConnector(tokens[from + 1]!.text)) from++;
  // After a connector a weekday or month is a name (عبدالله بن صالح بن | جمعة); so is one of the
  // weekdays and months that are family names, written without ال after a given name (أحمد | جمعة,
  // حسام | شعبان, محمد | رمضان): the day or month as a time is «الجمعة», «يوم الجمعة», «شهر رمضان», or
  // has a definite word after it (سلمان رمضان الماضي, joinTimeWordFamilyNames).
  const isFamilyTimeWord = (k: number) => TIME_WORD_FAMILY_NAMES.has(infos[k]!.norm) && infos[k - 1]!.cue === "given" && !(k + 1 < infos.length && TIME_WORD_HEAD_OF.test(infos[k + 1]!.norm));
  const isNameAfterConnector = (k: number) => type === "PERS" && k > from && (NAME_CONNECTORS.has(infos[k - 1]!.norm) || isFamilyTimeWord(k));
  // Nor holds a word with nunation (ممثلاً, اتصالًا): the run ends before it (isNunated).
  for (let k = from; k < to; k++) if (isNunated(tokens[k]!.text)) to = k;
  while (to > from && (!hasLetter(infos[to - 1]!) || WRITTEN_APART_CLITIC.test(tokens[to - 1]!.text) || TIME_OF_DAY.has(normalizeArabic(tokens[to - 1]!.text)) || (NEVER_ENTITIES.has(normalizeArabic(tokens[to - 1]!.text)) && !isNameAfterConnector(to - 1)))) to--;
  if (from >= to) return;
  if (mapped !== "person") {
    const personAt = personStartInside(infos, from, to);
    if (personAt > 0) {
      pushSpan(text, tokens, infos, gz, from, personAt, type, model, out);
      pushSpan(text, tokens, infos, gz, personAt, to, "PERS", model, out);
      return;
    }
  }
  if (mapped === "location") {
    const andAt = conjoinedPlaceInside(infos, gz, from, to, model);
    if (andAt > 0) {
      pushSpan(text, tokens, infos, gz, from, andAt, type, model, out);
      pushSpan(text, tokens, infos, gz, andAt, to, type, model, out);
      return;
    }
    const headAt = placeHeadInside(infos, from, to);
    if (headAt > 0) {
      // One word before the place is a noun in construct with it (سيول, floods of; شمال, north of) unless a gazetteer place.
      if (headAt - from > 1 || gz[from] === "B-LOC") pushSpan(text, tokens, infos, gz, from, headAt, type, model, out);
      pushSpan(text, tokens, infos, gz, headAt, to, type, model, out);
      return;
    }
  }
  // Organization names are often made of common words (وزارة الدفاع); other names are not.
  if ((to - from === 1 || mapped === "person") && infos.slice(from, to).every((t) => isPlainWord(t, model))) return;
  if (isCurrencyName(infos, from, to, model)) return;
  let role: string | undefined;
  if (mapped === "person") {
    const andAt = coordinatedNameInside(infos, from, to, model);
    if (andAt > 0) {
      pushSpan(text, tokens, infos, gz, from, andAt, type, model, out);
      pushSpan(text, tokens, infos, gz, andAt, to, type, model, out);
      return;
    }
    to = titleAfterName(infos, from, to);
    while (to - from > 1 && isNounAfterName(infos, from, to - 1, model)) to--;
    if (isVerbAfterName(infos, from, to - 1, model)) to--;
    const givenAt = personStartInside(infos, from, to);
    const isAffiliation = givenAt > 0 && !infos.slice(from, givenAt).some((t) => t.cue === "given");
    const cut = Math.max(roleLength(infos, from, to, model), isAffiliation ? givenAt - from : 0);
    const roleFrom = roleStart(tokens, infos, from, out);
    const hasRoleHead = roleFrom < from || isAffiliation || infos.slice(from, from + cut).some((t) => isRoleTitle(t) || isPossessedPlainWord(t, model));
    if (hasRoleHead && (cut > 0 || roleFrom < from)) {
      const head = tokens[roleFrom]!;
      role = text.slice(head.start + procliticLength(head.text, model), tokens[from + cut - 1]!.end);
    }
    from += cut;
    const office = titlePhraseLength(infos, from, to);
    from += office;
    if (from >= to || infos.slice(from, to).every((t) => isPlainWord(t, model))) return;
    // What the tagger ran on into after the office is a name only if it holds one (خادم الحرمين الشريفين | خالص التعازي).
    if (office > 0 && to - from === 1 && infos[from]!.cue !== "given" && !model.entityWordSet.has(infos[from]!.norm)) return;
  }
  // A place apposition after the name describes the name alone (مستشفى | زيلانوفار، أكبر مدن الإقليم).
  const headed = isPlaceApposition(text, tokens, infos, to) ? { from, type: mapped } : nameWithHead(infos, from, mapped, to - from === 1 && isFieldWord(infos[from]!, model));
  if (headed.type !== mapped) role = undefined;
  const settledType = headed.type;
  if (headed.from < from || isNameHead(infos[from]!)) to = withTailAdjective(text, tokens, infos, to, model);
  from = headed.from;
  const first = tokens[from]!;
  const start = first.start + (mapped === "person" && to - from >= 2 && isConjunctionBeforeRareName(infos[from]!, model) ? 1 : nameProcliticLength(tokens, from, to, model));
  const end = tokens[to - 1]!.end;
  const surface = text.slice(start, end);
  if (to - from === 1) {
    if (isPrepositionAla(surface)) return;
    const norm = normalizeArabic(surface);
    const { core } = evidenceSplitOf(norm, model);
    const whole = normalizeArabic(first.text); // before a clitic cut: فيسبوك is a platform, not ف + يسبوك
    if (NEVER_ENTITIES.has(norm) || NEVER_ENTITIES.has(core) || NEVER_ENTITIES.has(whole) || REPORTING_VERB.test(norm)) return;
    // A head or title word alone is a common noun (الشركة, the company; الوزارة, the ministry).
    if (isHeadWord(core) || isHeadWord(norm)) return;
    if (isAdjectiveOfNoun(infos, from) || TITLE_ADJECTIVES.has(norm) || (mapped === "person" && isComplementOfTitle(infos, from))) return;
    if (mapped === "location" && isArticleOnGazetteerWord(core, model)) return;
    if (isCurrencyWord(core, model, mapped) || isCurrencyWord(withoutAccusativeAlef(core), model, mapped) || (mapped === "location" && takesTheArticle(core, model))) return;
    // A possessed common noun is no name (زيارتي, my visit; رأيك, your opinion).
    if (isPossessedPlainWord(infos[from]!, model, POSSESSIVE_SUFFIX_ALONE)) return;
  }
  const evidence: Candidate["evidence"] = {};
  // A cue word counts across the quotes the press often puts around a name (إقليم "فوجيان", مؤسسة «المدينة»).
  const previous = infos[wordBefore(tokens, from)];
  // A facility head before a quoted name names a place (ملعب "لوفتس رود", ملعب (جابر الدولي)); unquoted, nameWithHead joined it.
  const isQuotedAfterFacility = previous !== undefined && isFacilityHead(previous) && from > 0 && /^["«“(]$/.test(tokens[from - 1]!.text);
  if (previous && (LOC_CUES.has(previous.core) || LOC_CUES.has(previous.norm) || isQuotedAfterFacility)) evidence.location = CUE_VOTES;
  else if (previous?.norm === "و" && isSecondOfDualPlaceCue(tokens, infos, wordBefore(tokens, from))) evidence.location = CUE_VOTES;
  else if (previous && (PERSON_CUES.has(previous.core) || PERSON_CUES.has(previous.norm))) evidence.person = CUE_VOTES;
  else if (previous && isConstructOrgHead(previous)) evidence.organization = CUE_VOTES;
  else if (previous?.core === "في") evidence.location = 1;
  const isGazetteerName = gz[from] === "B-LOC" && gz.slice(from + 1, to).every((g) => g === "I-LOC") && gz[to] !== "I-LOC";
  if (isGazetteerName) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  if (isPlaceApposition(text, tokens, infos, to)) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  if (to - from >= 2) addHeadVotes(infos[from]!, evidence);
  const span: Candidate = { type: settledType, text: surface, start, end, evidence };
  if (role) span.role = role;
  out.push(span);
}

/**
 * Words the training text almost never tags inside an entity although it saw them often (learned:
 * model.plainWords): common nouns, verbs, function words. Given names are never plain.
 */
function isPlainWord(t: TokenInfo, model: NerModel): boolean {
  if (t.cue === "given") return false;
  return model.plainWordSet.has(t.norm) || (t.core !== t.norm && model.plainWordSet.has(t.core));
}

/** POSSESSIVE_SUFFIX with my and your (زيارتي, رأيك), which also end nisba family names (شكري): for a word alone only. */
const POSSESSIVE_SUFFIX_ALONE = /(?:ه|ها|هم|هما|هن|كم|نا|ي|ك)$/;
/** Shortest stem left once a possessive suffix is cut (shorter ones make names like طه look possessed). */
const MIN_POSSESSED_STEM = 3;

/**
 * A plain word with a possessive suffix (مدربه = مدرب + ه, its coach): the stem, or with its ة back
 * (مدربته → مدربة), is a word training almost never tags in a name. Given names are never this.
 */
function isPossessedPlainWord(t: TokenInfo, model: NerModel, suffixes = POSSESSIVE_SUFFIX): boolean {
  if (t.cue === "given") return false;
  const suffix = suffixes.exec(t.norm)?.[0];
  if (!suffix) return false;
  const stem = t.norm.slice(0, -suffix.length);
  if (stem.length < MIN_POSSESSED_STEM) return false;
  return model.plainWordSet.has(stem) || (stem.endsWith("ت") && model.plainWordSet.has(stem.slice(0, -1) + "ه"));
}

/** Prepositions of cause and time that follow a subject's name (اتهم عباس إثر تصريحاته), besides the stopwords. */
const WORDS_AFTER_A_SUBJECT = new Set(["اثر", "عقب", "جراء", "بسبب", "وفق", "حسب"]);

/** Fewest times the unlabeled and training text must show a word for its indefinite accusative to be taken for it. */
const MIN_ACCUSATIVE_STEM_COUNT = 3;

/**
 * An indefinite accusative (اعتذارا ← اعتذار), a plain word itself (قائلا) or a word less its final alef the text shows,
 * and the whole word never started a name in training (foreign names end in alef: أوباما, كوستا).
 */
function isAccusativeOfKnownWord(norm: string, model: NerModel): boolean {
  if (norm.length < 4 || !norm.endsWith("ا") || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return false;
  if (model.plainWordSet.has(norm)) return true; // قائلا, مرارا: adverbs seen as such
  const stem = norm.slice(0, -1);
  return timesSeen(stem, model) >= MIN_ACCUSATIVE_STEM_COUNT && !model.entityWordSet.has(stem);
}

/**
 * A word no name ends with, whatever precedes it: a stopword (أيضا), a preposition of cause or time
 * (إثر), an indefinite accusative (اعتذارا, غضبا, قائلا). Callers rule out given names first (علي).
 */
export function isNeverNameEnd(norm: string, model: NerModel): boolean {
  // A stopword that started names in training is also a name once folded (أمام, in front of; إمام of عادل إمام).
  return (isStopword(norm) && !model.entityWordSet.has(norm)) || WORDS_AFTER_A_SUBJECT.has(norm) || isAccusativeOfKnownWord(norm, model) || isObliqueDualOfPlainNoun(norm, model) || isFutureOfSeenVerb(norm, model);
}

/** A future verb: س and a present form (سيدير, ستستمر, سيغادران). */
const FUTURE_VERB = /^س([يتن][\u0621-\u064A]{3,})$/;

/**
 * A future verb whose present form (without س) the text shows MIN_OTHER_PERSON_SEEN times or more and never started a
 * name in training, the whole word no entity word or given name (سيلفا, ستيفانو: their rest is unseen): the verb after
 * a subject's name (إيتا | ستستمر, بن لادن | سينفجر, بوكيتينو | سيقلب: Alarabia; روسمه منصور | سيغادران, BBC).
 */
function isFutureOfSeenVerb(norm: string, model: NerModel): boolean {
  const present = FUTURE_VERB.exec(norm)?.[1];
  if (present === undefined || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm) || model.resources.gazetteer.byFirst.has(norm)) return false;
  return timesSeen(present, model) >= MIN_OTHER_PERSON_SEEN && !model.entityWordSet.has(present);
}

/** Shortest stem of an indefinite dual (هدف of هدفين). */
const MIN_DUAL_STEM = 3;

/**
 * An indefinite dual or plural in the accusative or genitive (هدفين, اتصالين: two goals, two calls)
 * of a plain word (learned: words training almost never tags inside an entity), the whole word no
 * entity word or given name (حسين, ياسين, شاهين stay names): the object the tagger ran on into after
 * a subject's name (سامح شكري | اتصالين هاتفيين).
 */
function isObliqueDualOfPlainNoun(norm: string, model: NerModel): boolean {
  if (!norm.endsWith("ين") || norm.startsWith("ال") || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return false;
  const stem = norm.slice(0, -2);
  return stem.length >= MIN_DUAL_STEM && model.plainWordSet.has(stem) && !isStopword(stem);
}

/**
 * The preposition على (on), with و or ف: normalization folds its alef maqsura into the given name
 * علي, so the tagger and a name of the article (علي) reach it; the written word is never a name.
 */
function isPrepositionAla(surface: string): boolean {
  return surface.endsWith("على") && /^[وف]?على$/.test(surface);
}

/** Weekdays and months (lexicon.ts NEVER_ENTITIES) that are also family names, as written (normalized) without ال: a family name after a given name (pushSpan). */
const TIME_WORD_FAMILY_NAMES = new Set(["جمعه", "خميس", "رجب", "شعبان", "رمضان"]);

/**
 * A person's name never ends in a connector (بن, آل, أبو): when the tagger stops a person's run on
 * one and tags the next word outside any name — a word that is also a common noun (عبدالحكيم بن |
 * مساعد, assistant; محمد مصلح آل | حافظ, keeper) — that word goes into the name, if it is one Arabic
 * word and no stopword.
 */
export function continueNamesAfterConnectors(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], tags: string[]): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (!isOfType(tags[i]!, "PERS") || tags[i + 1] !== "O" || !BINDING_NAME_WORDS.has(infos[i]!.norm)) continue;
    const next = tokens[i + 1]!;
    if (next.start !== tokens[i]!.end + 1 || !ARABIC_LETTERS_ONLY.test(next.text) || isStopword(infos[i + 1]!.norm)) continue;
    tags[i + 1] = "I-PERS";
  }
}

/**
 * An administrative head fused with «in» or «of» (بولاية, بمحافظة, لمدينة, بإقليم) is never inside a name: the tagger
 * runs a town on over it into its state («دنفر بولاية كولورادو», «هيوستن بولاية تكساس») or keeps it before one
 * («بولاية خوست», «بمحافظة القطيف»), even as a person or MISC («بولاية كانساس»). The head leaves the run and the
 * name after it is a place of its own; a title after the head (بمدينة الملك عبدالله) names a city by a person and
 * is left to the other rules. منطقة (بمنطقة اليورو) and the definite forms (للمدينة المنورة) are not read so.
 */
const FUSED_PLACE_HEAD = /^(?:[وف])?[بل](?:ولايه|محافظه|مدينه|اقليم|مقاطعه)$/u;

export function splitNamesAtFusedPlaceHeads(infos: readonly TokenInfo[], tags: string[]): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === "O" || !FUSED_PLACE_HEAD.test(infos[i]!.norm)) continue;
    const next = infos[i + 1];
    if (next && (PERSON_CUES.has(next.norm) || PERSON_CUES.has(next.core))) continue;
    tags[i] = "O";
    for (let k = i + 1; k < tags.length && tags[k] !== "O" && (k === i + 1 || tags[k]!.startsWith("I-")); k++) tags[k] = k === i + 1 ? "B-LOC" : "I-LOC";
  }
}

/** Titles of several words that name an office, not a person (the Saudi king's: خادم الحرمين الشريفين). */
const TITLE_PHRASES = [["خادم", "الحرمين", "الشريفين"]];

/**
 * How many words of the person span from…to, from its start, belong to a title phrase the text
 * spells out around it (خادم | الحرمين الشريفين, لخادم الحرمين | الشريفين as the tagger cut it):
 * they are the office, not the person's name.
 */
function titlePhraseLength(infos: readonly TokenInfo[], from: number, to: number): number {
  const isWord = (t: TokenInfo | undefined, w: string, first: boolean) => t !== undefined && (t.norm === w || (first && t.core === w));
  for (const phrase of TITLE_PHRASES) {
    for (let k = 0; k < phrase.length; k++) {
      if (!isWord(infos[from], phrase[k]!, k === 0)) continue;
      let before = true;
      for (let j = 0; j < k; j++) before &&= isWord(infos[from - k + j], phrase[j]!, j === 0);
      if (!before) continue;
      let n = 0;
      while (k + n < phrase.length && from + n < to && isWord(infos[from + n], phrase[k + n]!, k + n === 0)) n++;
      return n;
    }
  }
  return 0;
}

/**
 * Whether the word at `at`, the last of a person span from `from`, is one the tagger ran on into
 * after the name (كريم يوسف | جائزة; عبد الكريم | للصحفيين): a plain word, or a possessed one,
 * fused with لل or و (صلاح | ويقول), after two words of name already, or after a family name the
 * span opens with (النجيفي | أبلغ) — a two-word name may end in a common word (أحمد عيد), as may any
 * name in its definite form (نادر العلمي); a given name or a word after بن, أبو, عبد is never cut.
 */
function isNounAfterName(infos: readonly TokenInfo[], from: number, at: number, model: NerModel): boolean {
  const t = infos[at]!;
  // The preposition على, written with alef maqsura, folds to the given name علي.
  if (isPrepositionAla(t.surface)) return true;
  if (at - from >= 2 && isParticipleOfClause(t, infos[at + 1])) return true;
  if (t.cue === "given" || isDefiniteWord(t) || NAME_CONNECTORS.has(infos[at - 1]?.norm ?? "")) return false;
  if (isNeverNameEnd(t.norm, model) || isPrepositionalPhrase(t, infos[at - 1], model)) return true;
  if (!isPlainWord(t, model) && !isPossessedPlainWord(t, model)) return false;
  // A word known whole (ويقول) keeps no proclitic: its rest after و is looked up instead.
  const fusedAnd = t.norm.startsWith("و") && !model.entityWordSet.has(t.norm) && (t.proclitic.startsWith("و") || model.plainWordSet.has(t.norm.slice(1)));
  return t.norm.startsWith("لل") || fusedAnd || at - from >= 2 || isFamilyName(infos[from]!, model);
}

/** A preposition with a pronoun that points back to the noun a participle describes (المعترف | به, المقرب | منه). */
const RESUMPTIVE_PREPOSITIONS = new Set(["به", "بها", "بهم", "بهما", "منه", "منها", "منهم", "عليه", "عليها", "عليهم", "له", "لها", "لهم"]);

/**
 * A definite participle (الم…) before a preposition with a pronoun is a relative clause about the name, not its last
 * word: «عبد ربه منصور هادي المعترف به دوليا» (BBC, CNN, France24: the tagger ran on into المعترف).
 */
function isParticipleOfClause(t: TokenInfo, next: TokenInfo | undefined): boolean {
  return next !== undefined && t.norm.startsWith("الم") && isDefiniteWord(t) && RESUMPTIVE_PREPOSITIONS.has(next.norm);
}

/** A word with the article: أل with hamza opens a verb or noun of its own (ألقى, ألغى), folded to ال all the same. */
function isDefiniteWord(t: TokenInfo): boolean {
  return t.norm.startsWith("ال") && !/^[أإآ]/.test(t.surface.slice(t.surface.length - t.norm.length));
}

/** The prefixes of a present verb's persons (يفعل, تفعل, نفعل, أفعل), folded. */
const PRESENT_PREFIXES = ["ي", "ت", "ن", "ا"];
/** The future's prefix before a present verb (سيفعل, وسيفعل). */
const FUTURE_PREFIXES = ["س", "وس"];
/** Fewest sightings of a verb's only other person form to count as the verb's (يطمئن beside نطمئن). */
const MIN_OTHER_PERSON_SEEN = 5;

/**
 * Evidence from the word table (unlabeled news and training) that `t` is a verb: the same stem with
 * another person's prefix (نطمئن → يطمئن; تحمل → يحمل; أعلن → يعلن, form IV's past and the first
 * person share the shape), forms that are no entity word, given name or person-name word (none of
 * them may be: a stem training saw open a name is a name's). The strongest: a future form seen
 * (ستحمل); strong: two other persons seen, or one a plain word; weak: one, seen often enough.
 */
function verbEvidence(t: TokenInfo, model: NerModel): "future" | "strong" | "weak" | "" {
  const w = t.norm;
  if (!PRESENT_PREFIXES.includes(w[0]!) || w.length < 4 || isDefiniteWord(t) || t.cue === "given" || GIVEN_NAMES.has(w)) return "";
  if (model.entityWordSet.has(w) || model.resources.gazetteer.byFirst.has(w) || model.resources.personNames?.has(w)) return "";
  const stem = w.slice(1);
  const isNoName = (form: string) => !model.entityWordSet.has(form) && !GIVEN_NAMES.has(form) && !model.resources.personNames?.has(form);
  const seen = PRESENT_PREFIXES.filter((p) => p !== w[0] && timesSeen(p + stem, model) > 0).map((p) => p + stem);
  // A stem training saw open a name with another prefix is a name's (أونغ beside تونغ).
  const others = seen.filter(isNoName);
  if (!others.length || others.length < seen.length) return "";
  if (PRESENT_PREFIXES.some((p) => FUTURE_PREFIXES.some((f) => timesSeen(f + p + stem, model) > 0))) return "future";
  if (others.length >= 2 || others.some((f) => model.plainWordSet.has(f))) return "strong";
  // A final ي is also a nisba's (يماني beside أماني); a verb's of this kind ends in ى as often.
  if (t.surface.endsWith("ي")) return "";
  return others.some((f) => timesSeen(f, model) >= MIN_OTHER_PERSON_SEEN) ? "weak" : "";
}

/**
 * Whether the last word of a person span is a verb the tagger ran on into (أبو مازن | ألقى, محمد بن
 * نايف | نطمئن, نادر | يعود): after two words of name any verb evidence, after one only a future
 * form seen (a family name may share a verb's shape: سمير نشار, زياد أسود); never after بن, أبو.
 */
function isVerbAfterName(infos: readonly TokenInfo[], from: number, at: number, model: NerModel): boolean {
  if (at - from < 1 || NAME_CONNECTORS.has(infos[at - 1]!.norm)) return false;
  const t = infos[at]!;
  if (t.proclitic) return false;
  const evidence = verbEvidence(t, model);
  return at - from >= 2 ? evidence !== "" : evidence === "future";
}

/** Shortest word a fused و may stand before in a list of names (وعلي: و + a three-letter name). */
const MIN_LISTED_WORD = 4;

/**
 * Where the next name of a list starts inside a person span the tagger ran over the list (سلطان
 * المصري | وفهد الدوسري; ناصر الشمراني | وياسر القحطاني): a word of و + a name training saw start
 * an entity or a given name, the whole word being neither (وليد, وائل stay names), or any و-word
 * with two words of name on each side (سعد الرفدان | وفرحان الشلوي; سعد الله ونوس stays); -1 when none.
 */
function coordinatedNameInside(infos: readonly TokenInfo[], from: number, to: number, model: NerModel): number {
  for (let p = from + 1; p < to; p++) {
    const t = infos[p]!;
    if (!t.norm.startsWith("و") || t.norm.length < MIN_LISTED_WORD || NAME_CONNECTORS.has(infos[p - 1]!.norm)) continue;
    if (GIVEN_NAMES.has(t.norm) || model.entityWordSet.has(t.norm)) continue;
    const rest = t.norm.slice(1);
    if (GIVEN_NAMES.has(rest) || model.entityWordSet.has(rest)) return p;
    // After a given name alone, a rare name joined by و opens the next person (صلاح | وكيفن دي بروين).
    if (p - from === 1 && infos[from]!.cue === "given" && to - p >= 2 && isConjunctionBeforeRareName(t, model)) return p;
    // Two words of name on each side: a name rarely holds a و-word between two of its own.
    if (p - from >= 2 && to - p >= 2 && !model.plainWordSet.has(rest)) return p;
  }
  return -1;
}

/** Fewest times the word table must show a name without its و for a never-seen و-word to be taken for و + that name. */
const MIN_RARE_NAME_SEEN = 1;

/**
 * A word of و + a rare name, the whole word never seen in the word table and the rest seen at least
 * MIN_RARE_NAME_SEEN times and no plain word, stopword or cue (ومرام | كردي, 3alyoum; وصقر | سليم,
 * almadina; وكيفن | دي بروين, Sky News): the و is the list's conjunction, which the evidence split
 * (features.ts, ten sightings of the rest) leaves on a name the news text shows a few times only.
 * Given names and words training saw start a name keep their و (وليد, وائل), and so does a double و,
 * a foreign W (وودي آلن).
 */
function isConjunctionBeforeRareName(t: TokenInfo, model: NerModel): boolean {
  if (!t.norm.startsWith("و") || t.proclitic || t.cue || t.norm.length !== t.surface.length || GIVEN_NAMES.has(t.norm) || model.entityWordSet.has(t.norm)) return false;
  const rest = t.norm.slice(1);
  if (rest.length < MIN_NAME_CORE || rest.startsWith("ال") || rest.startsWith("و") || timesSeen(t.norm, model) > 0 || timesSeen(rest, model) < MIN_RARE_NAME_SEEN) return false;
  return !model.plainWordSet.has(rest) && !isStopword(rest) && !NEVER_ENTITIES.has(rest) && !PERSON_CUES.has(rest);
}

/**
 * Where a title in construct after a person's name begins its apposition (محمد بن سلمان | ولي ولي
 * العهد; محمد بن نايف | ولي العهد): an indefinite title word after two words of name, not itself a
 * given name (قائد, أمير are names too) nor after بن, عبد; the span's end otherwise.
 */
function titleAfterName(infos: readonly TokenInfo[], from: number, to: number): number {
  for (let q = from + 2; q < to; q++) {
    const t = infos[q]!;
    if (t.norm.startsWith("ال") || !isTitleWord(t) || t.cue === "given" || GIVEN_NAMES.has(t.norm) || NAME_CONNECTORS.has(infos[q - 1]!.norm)) continue;
    return q;
  }
  return to;
}

/**
 * A word of ب + a definite word or a gazetteer place after a name (فهد | بالهفوف; سليمان الحبيب |
 * بالتخصصي; عبدالعزيز | بالدمام): a place or body, not the name's last word, when the news text
 * shows the word more often without the ب, or when the text never showed it and an Arabic given name
 * comes before (foreign names start with با too: إليك بالدوين, كريستال بالاس).
 */
function isPrepositionalPhrase(t: TokenInfo, before: TokenInfo | undefined, model: NerModel): boolean {
  if (!t.norm.startsWith("ب") || t.cue === "given" || model.entityWordSet.has(t.norm)) return false;
  const rest = t.norm.slice(1);
  const isPlace = rest.startsWith("ال") || REGIONAL_PLACE_SET.has(rest) || (model.resources.gazetteer.byFirst.get(rest)?.some((e) => e.type === "LOC") ?? false);
  if (!isPlace || rest.length < MIN_LISTED_WORD) return false;
  const seen = timesSeen(t.norm, model);
  return timesSeen(rest, model) > seen || (seen === 0 && before?.cue === "given");
}

/**
 * Where a person's name starts inside an organization or place span the tagger ran on into it
 * (البنك الدولي | مراد الزين; الريم | خالد المصري): a given name after a definite word that is no
 * title (جامعة الملك سعود stays whole) nor a given name itself; -1 when none.
 */
function personStartInside(infos: readonly TokenInfo[], from: number, to: number): number {
  for (let p = from + 1; p < to; p++) {
    const before = infos[p - 1]!;
    if (infos[p]!.cue === "given" && before.norm.startsWith("ال") && before.cue !== "given" && !isTitleWord(before)) return p;
  }
  return -1;
}

const DEFINITE_NISBA = /^ال[\u0621-\u064A]{2,}(?:ي|يه)$/;

/**
 * A one-word mention that is a definite nisba adjective right after a definite common noun
 * (المستشفى الأهلي, the private hospital) qualifies that noun: no name. After a head or title word
 * (النادي الأهلي, الرئيس المصري) the pair may name something, and is left to the tagger.
 */
function isAdjectiveOfNoun(infos: readonly TokenInfo[], at: number): boolean {
  const before = infos[at - 1];
  if (!before || !DEFINITE_NISBA.test(infos[at]!.norm) || !DEFINITE.test(before.norm)) return false;
  return !before.cue && !isHeadWord(before.norm);
}

/**
 * A repeated masculine nisba (المسرحي, a name somewhere in the article) after a definite masculine
 * common noun (الاستثمار | المسرحي, the theatre investment; الدولي | المصري) is that noun's adjective
 * (isAdjectiveOfNoun) when the text shows its feminine (المسرحية): a family name has none (الشهيد |
 * الحارثي), nor does one after a feminine noun agree (الحكومة العراقية | العبادي).
 */
function isAgreeingAdjectiveOfNoun(infos: readonly TokenInfo[], at: number, model: NerModel): boolean {
  const before = infos[at - 1];
  const nisba = infos[at]!;
  if (!before || !nisba.surface.endsWith(NISBA_YEH) || before.surface.endsWith(TEH_MARBUTA) || isStopword(before.norm) || before.norm === GOD) return false;
  return isAdjectiveOfNoun(infos, at) && timesSeen(nisba.norm + ARABIC_LETTER_HEH, model) > 0;
}

/** The feminine nisba ending (السعودية) and a sound feminine plural's (الشركات). */
const FEMININE_NISBA_END = "\u064A\u0629";
const FEMININE_PLURAL_END = "\u0627\u062A";

/**
 * A repeated feminine nisba (السعودية, a place somewhere in the article) right after a definite noun marked
 * feminine, singular or sound plural (الحكومة | السعودية ×3, Al Arabia; القنصلية | السعودية, okaz; الشركات | السعودية
 * ×3, alyaum; الحملة الوطنية | السعودية, aawsat; المبارزة | السعودية, aljazirah), agrees with it: that noun's adjective
 * (isAdjectiveOfNoun).
 */
function isFeminineAdjectiveOfNoun(infos: readonly TokenInfo[], at: number): boolean {
  const before = infos[at - 1];
  if (!before || !infos[at]!.surface.endsWith(FEMININE_NISBA_END)) return false;
  return (before.surface.endsWith(TEH_MARBUTA) || before.surface.endsWith(FEMININE_PLURAL_END)) && isAdjectiveOfNoun(infos, at);
}

/**
 * Where a second place joined by و starts inside a location span (كاليفورنيا | وجيبوتي): a word whose
 * و is a clitic on evidence and whose rest starts a gazetteer name or began a name in training
 * (البوسنة والهرسك stays whole: الهرسك never starts one); -1 when none.
 */
function conjoinedPlaceInside(infos: readonly TokenInfo[], gz: readonly string[], from: number, to: number, model: NerModel): number {
  for (let p = from + 1; p < to; p++) {
    const t = infos[p]!;
    if (t.proclitic.startsWith("و") && (gz[p]!.startsWith("B-") || model.entityWordSet.has(t.core))) return p;
  }
  return -1;
}

/**
 * Where a place's own name starts inside a location span: at a place head word (وادي, مدينة,
 * محافظة) after a word that is none (سيول | وادي الريم, floods of Wadi al-Reem); -1 when none.
 */
function placeHeadInside(infos: readonly TokenInfo[], from: number, to: number): number {
  for (let p = from + 1; p < to - 1; p++) if (isPlaceHead(infos[p]!) && !isPlaceHead(infos[p - 1]!)) return p;
  return -1;
}

function isPlaceHead(t: TokenInfo): boolean {
  return LOC_CUES.has(t.norm) || LOC_CUES.has(t.core);
}

function isHeadWord(w: string): boolean {
  return ORG_HEADS.has(w) || LOC_CUES.has(w) || PERSON_CUES.has(w);
}

function isLandformHead(t: TokenInfo): boolean {
  return LANDFORM_HEADS.has(t.norm) || LANDFORM_HEADS.has(t.core) || FACILITY_HEADS.has(t.norm) || FACILITY_HEADS.has(t.core);
}

function isFacilityHead(t: TokenInfo): boolean {
  return FACILITY_HEADS.has(t.norm) || FACILITY_HEADS.has(t.core);
}

function isNamedOrgHead(t: TokenInfo): boolean {
  return NAMED_ORG_HEADS.has(t.norm) || NAMED_ORG_HEADS.has(t.core);
}

/** A head word the press writes as part of the name after it: landform, facility, or organization (نادي, شركة). */
function isNameHead(t: TokenInfo): boolean {
  return isLandformHead(t) || isNamedOrgHead(t);
}

/** An organization head in construct state, without its article (مؤسسة, وكالة, مستشفى): the name after it is the organization's. */
function isConstructOrgHead(t: TokenInfo): boolean {
  return (ORG_HEADS.has(t.core) || isNamedOrgHead(t)) && !t.core.startsWith("ال");
}

const QUOTE_MARKS = /^["«»“”„'‘’]+$/;

/**
 * The و at `and` joins the second name of a dual place cue (إقليمي "تشجيانج" و "جيانجشي", the two
 * provinces; ولايتي كارناتاكا وكيرالا): the word before the first, one-word name is a place cue in
 * the dual construct (إقليمي ← إقليم, مدينتي ← مدينة).
 */
function isSecondOfDualPlaceCue(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], and: number): boolean {
  const firstName = wordBefore(tokens, and);
  const cue = firstName >= 0 ? infos[wordBefore(tokens, firstName)] : undefined;
  if (!cue || !cue.norm.endsWith("ي")) return false;
  const singular = cue.norm.slice(0, -1);
  return LOC_CUES.has(singular) || (singular.endsWith("ت") && LOC_CUES.has(singular.slice(0, -1) + "ه"));
}

/** Index of the word before token `at`, over quote marks; -1 at the sentence start. */
function wordBefore(tokens: readonly TaggerToken[], at: number): number {
  let k = at - 1;
  while (k >= 0 && QUOTE_MARKS.test(tokens[k]!.text)) k--;
  return k;
}

/** Heads a medium's name goes without (صحيفة | الوئام, وكالة | فرانس برس, قناة | العربية). */
const MEDIA_HEADS = new Set(["صحيفه", "وكاله", "قناه", "اذاعه"]);

/**
 * A name with the head word right before it that is part of it: a landform or facility head before
 * a place (وادي | الريم, قطاع | غزة), a facility head before any name, which makes it a place (معبر |
 * إيريز, قاعة | رويال, ملعب | كوينز بارك), an organization head of NAMED_ORG_HEADS before any name,
 * which makes it an organization (نادي | نجران, شركة | كامبريدج أناليتكا, حركة | حماس), and any
 * organization head in construct before a field word tagged alone (لجنة | الاحتراف; isFieldWord).
 */
function nameWithHead(infos: readonly TokenInfo[], from: number, type: EntityType, isField = false): { from: number; type: EntityType } {
  const head = infos[from - 1];
  if (!head) return { from, type };
  if (type === "organization" && isField && isConstructOrgHead(head) && !MEDIA_HEADS.has(head.core)) return { from: from - 1, type };
  if (type === "location" && isLandformHead(head)) return { from: from - 1, type };
  if (isFacilityHead(head)) return { from: from - 1, type: "location" };
  if (isNamedOrgHead(head)) return { from: from - 1, type: "organization" };
  return { from, type };
}

/**
 * A definite word training never saw start a name (الاحتراف, professionalism; الدفاع, defence):
 * tagged an organization alone, it is the field of a body whose head is in construct before it
 * (لجنة | الاحتراف, وزارة | الدفاع), unlike a name of its own (وكالة | فرانس برس) or a
 * medium's (صحيفة | الوئام).
 */
function isFieldWord(t: TokenInfo, model: NerModel): boolean {
  return t.core.startsWith("ال") && !model.entityWordSet.has(t.core) && !model.entityWordSet.has(t.norm);
}

/**
 * A head-led name (نادي العيون, قاعدة الرياض, مستشفى العيون) takes the definite nisba or name
 * adjective right after it (الرياضي, الجوية, العام) — not a place's adjective, which says whose
 * (قاعدة حميميم الروسية): the end `to` moved past it, or unchanged.
 */
function withTailAdjective(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], to: number, model: NerModel): number {
  const next = infos[to];
  if (!next || !spaceAfter(text, tokens, to - 1)) return to;
  const isAdjective = (DEFINITE_NISBA.test(next.norm) && !isCountryAdjective(next.norm, model)) || NAME_TAIL_ADJECTIVES.has(next.norm);
  return isAdjective ? to + 1 : to;
}

const isTitleInfo = rememberTokenTest((t) => PERSON_CUES.has(t.core) || PERSON_CUES.has(t.norm));

function isTitleWord(t: TokenInfo | undefined): boolean {
  return t !== undefined && isTitleInfo(t);
}

/**
 * How many leading tokens of a person span are its role, not its name: title words and their
 * adjectives, a nationality behind ل, plain words and possessed plain words (نقيب المعلمين | ماهر الخطيب; المياه | ريم الخطيب; مدربه | فادي سلامة),
 * leaving at least one word of the name.
 */
function roleLength(infos: readonly TokenInfo[], from: number, to: number, model: NerModel): number {
  let k = from;
  while (k < to - 1 && (isRoleTitle(infos[k]!) || isPlainRoleWord(infos[k]!, model) || isPossessedPlainWord(infos[k]!, model) || TITLE_ADJECTIVES.has(infos[k]!.norm) || isNationalityBeforeName(infos[k]!, model))) k++;
  return k - from;
}

/**
 * A plain word that may be a role before a name: isPlainWord, but not by a clitic split that leaves a
 * function word when the training text tagged the whole word inside names (كوفي is no ك + وفي, واين
 * no و + اين, كولو no ك + ولو): a role is a noun, and such a foreign given name is a name (كوفي أنان,
 * واين روني). بأن and ولله, never inside a name there, stay out of it.
 */
function isPlainRoleWord(t: TokenInfo, model: NerModel): boolean {
  if (!isPlainWord(t, model)) return false;
  return model.plainWordSet.has(t.norm) || !isStopword(t.core) || !model.entityWordSet.has(t.norm);
}

/**
 * A nationality before a name (اليوناني | ألكسيس تسيبراس, الإثيوبي | أبي أحمد, البورمية | أونغ سان
 * سو تشي: no name opens with a country's nisba), also behind و (واليوناني | جانيس) or ل (للبوليفي |
 * فابيان, to the Bolivian Fabián).
 */
function isNationalityBeforeName(t: TokenInfo, model: NerModel): boolean {
  if (t.norm.startsWith("لل")) return isNationalAdjective("ا" + t.norm.slice(1), model);
  return isNationalAdjective(t.norm, model) || (t.core !== t.norm && isNationalAdjective(t.core, model));
}

/**
 * Index of the token a person's role begins at: the furthest title word (isRoleHead) within
 * MAX_ROLE_WORDS words before the name, over Arabic words only — punctuation, a reporting verb, a
 * given name or another person's mention ends the look back (الوزير | المياه ريم; وقال | نقيب
 * المعلمين | ماهر الخطيب); `from` when there is none.
 */
function roleStart(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], from: number, out: readonly Candidate[]): number {
  let start = from;
  for (let k = from - 1; k >= 0 && from - k <= MAX_ROLE_WORDS; k--) {
    const t = infos[k]!;
    const isOtherPerson = out.some((s) => s.type === "person" && s.start < tokens[k]!.end && tokens[k]!.start < s.end);
    if (!ARABIC_LETTERS_ONLY.test(t.norm) || REPORTING_VERB.test(t.norm) || t.cue === "given" || t.cue === "never" || isOtherPerson) break;
    if (isRoleHead(t)) start = k;
  }
  return start;
}

/** Most words of a role given before a name (مدير دائرة الأرصاد الجوية). */
const MAX_ROLE_WORDS = 4;

/** A title word, also in the construct state that drops its article (نقيب المعلمين ← النقيب, مدير ← المدير). */
function isRoleHead(t: TokenInfo): boolean {
  return isRoleTitle(t) || PERSON_CUES.has("ال" + t.core);
}

/** A title word of the tagger's list or one it lacks (LATE_TITLES: دكتور, الشهيد). */
function isRoleTitle(t: TokenInfo): boolean {
  return isTitleWord(t) || LATE_TITLES.has(t.norm) || LATE_TITLES.has(t.core);
}
/** A name's head word is strong evidence for its type, the same in every article (وادي الريم is a place). */
const HEAD_VOTES = 3;

function addHeadVotes(head: { core: string; norm: string }, evidence: Candidate["evidence"]): void {
  if (LOC_CUES.has(head.core) || LOC_CUES.has(head.norm)) evidence.location = (evidence.location ?? 0) + HEAD_VOTES;
  else if (ORG_HEADS.has(head.core) || ORG_HEADS.has(head.norm)) evidence.organization = (evidence.organization ?? 0) + HEAD_VOTES;
}

/**
 * «السيول» (the floods) is not «سيول» (Seoul): a one-word place whose gazetteer entry has no article
 * is no place with one, unless training saw it starting a name.
 */
function isArticleOnGazetteerWord(core: string, model: NerModel): boolean {
  if (!core.startsWith("ال") || model.entityWordSet.has(core)) return false;
  const oneWord = (w: string) => model.resources.gazetteer.byFirst.get(w)?.some((e) => e.words.length === 1) ?? false;
  return !oneWord(core) && oneWord(core.slice(2));
}

/**
 * A mention that is a currency's whole name (CLDR, in the gazetteer: ريال سعودي, جنيه إسترليني, دولار
 * أمريكي), its first word maybe in the accusative (دولارا أمريكيا), is a common noun phrase, no
 * organization or club; ريال مدريد is none.
 */
function isCurrencyName(infos: readonly TokenInfo[], from: number, to: number, model: NerModel): boolean {
  if (to - from < 2) return false;
  const words = infos.slice(from, to).map((t, j) => withoutAccusativeAlef(j === 0 ? t.core : t.norm));
  const entries = model.resources.gazetteer.byFirst.get(words[0]!);
  return entries?.some((e) => e.type === "CUR" && e.words.length === words.length && e.words.every((w, j) => w === words[j])) ?? false;
}

/**
 * Adjectives that follow a title or a team (الرئيس المكلف, الفريق الأول, نائبه الثاني; the staff
 * qualifier of a rank: اللواء ركن, العقيد الركن): never a name alone, and part of a role before one.
 */
const TITLE_ADJECTIVES = new Set(["السابق", "الاسبق", "الحالي", "الجديد", "المكلف", "الاول", "الثاني", "الثالث", "الاخير", "ركن", "الركن"]);

/**
 * A one-word definite person mention right after a title in the construct state (ولي | العهد,
 * رئيس | الوزراء, نائب | الرئيس) completes the title: no person. One-letter titles (د) are abbreviations.
 */
function isComplementOfTitle(infos: readonly TokenInfo[], at: number): boolean {
  const before = infos[at - 1];
  if (!before || !infos[at]!.norm.startsWith("ال") || before.norm.startsWith("ال") || before.norm.length < 2) return false;
  return PERSON_CUES.has(before.norm);
}

/** The alef of the indefinite accusative (دولارا, a dollar): cut before looking a currency up. */
const ACCUSATIVE_ALEF = /(?<=[\u0621-\u064A]{3})ا$/;
/** `word` without ACCUSATIVE_ALEF; a word not ending in ا (most) without the regex. */
const withoutAccusativeAlef = (word: string): string => (word.endsWith("ا") ? word.replace(ACCUSATIVE_ALEF, "") : word);

/**
 * A currency's first word (دولار of دولار أمريكي, CLDR), also with the article (الدولار): a common noun, not a name.
 * A definite one the tagger reads as an organization is left to it: sports pages call clubs by such a word
 * (الريال for Real Madrid in «المدير الفني للريال زيدان»).
 */
function isCurrencyWord(core: string, model: NerModel, type: string | undefined): boolean {
  const isCurrency = (w: string) => model.resources.gazetteer.byFirst.get(w)?.some((e) => e.type === "CUR") ?? false;
  return isCurrency(core) || (core.startsWith("ال") && type !== "organization" && isCurrency(core.slice(2)));
}

/** The article form of a word seen this many times as often as the word itself marks a common noun. */
const ARTICLE_FORM_RATIO = 2;

/**
 * «سيول جارفة» (sweeping floods) is no place: a one-word place without the article whose article
 * form (السيول) the unlabeled and training text shows ARTICLE_FORM_RATIO times as often is a common noun.
 */
function takesTheArticle(core: string, model: NerModel): boolean {
  if (core.startsWith("ال")) return false;
  const definite = timesSeen("ال" + core, model);
  return definite > 0 && definite >= ARTICLE_FORM_RATIO * Math.max(1, timesSeen(core, model));
}

/**
 * Heads of institution names built as head + definite noun (+ nisba or العام): وزارة الدفاع الروسية,
 * مستشفى العيون العام; a university's deanship (عمادة القبول والتسجيل, عمادة التعلم الإلكتروني).
 */
const INSTITUTION_HEADS = new Set(["وزاره", "هيئه", "جامعه", "مجلس", "محكمه", "وكاله", "مفوضيه", "منظمه", "جمعيه", "مديريه", "نقابه", "بنك", "جيش", "نادي", "مستشفي", "مؤسسه", "لجنه", "عماده"]);
const isInstitutionHead = rememberTokenTest((t) => INSTITUTION_HEADS.has(t.norm) || INSTITUTION_HEADS.has(t.core) || institutionHeadProclitic(t) !== undefined);

/**
 * The proclitic before an institution head the analysis left whole for want of evidence (لوكالة:
 * ل + وكالة, whose و the counts read as a conjunction's): the head is a noun of its own, so any
 * conjunction or preposition before it is one.
 */
function institutionHeadProclitic(t: TokenInfo): string | undefined {
  if (INSTITUTION_HEADS.has(t.norm) || INSTITUTION_HEADS.has(t.core)) return undefined;
  return splitsOf(t).find((p) => !p.proclitic.endsWith("لل") && INSTITUTION_HEADS.has(p.core))?.proclitic;
}
const DEFINITE = /^ال[\u0621-\u064A]{2,}$/;
const NISBA_ADJECTIVE = /^ال[\u0621-\u064A]{2,}(?:ي|يه)$/;

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
const CHAIN_HEADS = new Set([...INSTITUTION_HEADS, "رابطه", "قوات", "اتحاد", "مركز", "صندوق", "مكتب", "وحدات"]);
/** Fewest words of a chain: head + noun alone is mostly a description (قوات الأمن, مكتب العمل, مركز التدريب). */
const MIN_CHAIN_WORDS = 3;
/** Heads of a country's forces: with the country's adjective they describe (قوات النظام السوري, قوات الأمن الإسرائيلية). */
const FORCES_HEADS = new Set(["قوات", "وحدات"]);
/** A conjunction and a preposition before a chain's head (وقوات, بمكتب), never the fused لل. */
const CHAIN_HEAD_PROCLITIC = /^[وف]?[بل]?$/;
/** Most adjectives after a chain's definite noun (قوات الطوارئ | الخاصة, لجنة التدريب | المشترك). */
const MAX_CHAIN_ADJECTIVES = 2;
/**
 * Adjectives that close a body's name besides nisbas (لجنة التدريب | المشترك, قوات الطوارئ | الخاصة,
 * رابطة الدوري الإنجليزي | الممتاز; a federal body: مكتب التحقيقات | الفيدرالي, BBC ×3 articles, alyaum), a closed class:
 * the other participles after a body say which of its acts or parts (قرار مجلس الوزراء | المتعلق, أجهزة منظمة التعاون
 * الإسلامي | المختلفة).
 */
const NAME_ADJECTIVES = new Set(["المشترك", "المشتركه", "الموحد", "الموحده", "المتحده", "المسلحه", "المتخصص", "المتخصصه", "الخاص", "الخاصه", "الاعلي", "العليا", "الكبري", "الممتاز", "المستقل", "المستقله", "الدائم", "الدائمه", "الفيدرالي", "الفيدراليه", "الفدرالي", "الفدراليه"]);
/** Adverbs of place a verb's object may follow (تدعم بقوات | داخل العراق): no noun in construct. */
const PLACE_ADVERBS = new Set(["داخل", "خارج", "عبر", "ضد", "نحو", "حول", "لدي", "قرب", "وسط", "تحت", "فوق", "امام", "خلف", "بعد", "قبل", "عند", "دون", "بين"]);
/** Object pronouns a verb or a possessed noun ends with (تترأسها, محاميه is left to the word table). */
const OBJECT_SUFFIX = /(?:ها|هم|هما|هن|كم|نا)$/;
/** Adjectives that say whose or which a body is, never part of its name (وكالة الأنباء السورية | الرسمية, مجلس النواب | المقبل). */
const NOT_NAME_ADJECTIVES = new Set([...TITLE_ADJECTIVES, "الرسمي", "الرسميه", "الحكومي", "الحكوميه", "التابع", "التابعه", "المسؤول", "المسؤوله", "المسئول", "المسئوله", "المقبل", "المقبله", "المكلفه", "المعني", "المعنيه", "المحلي", "المحليه", "الجديده", "الحاليه", "الرئيسي", "المتبقي"]);

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
const YEAR_ADJECTIVES = new Set(["الماضي", "المقبل", "الحالي", "الجاري", "المنصرم", "السابق"]);

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
const FUSED_FIELD = /^لل[\u0621-\u064A]{2,}$/;
/** A preposition ل fused to an indefinite noun in construct (لكرة, لمكافحة, لحقوق), not to the article (لل). */
const CONSTRUCT_FIELD = /^ل(?!ل)[\u0621-\u064A]{3,}$/;
/** A ball game's word with ل (لكرة القدم, لكرة اليد): after a head and adjective it names a federation. */
const SPORT_FIELD_WORD = "لكره";
/** A present verb's first letter after ل of purpose (ليكون, ليتم): no noun in construct; nouns rarely start with ي. */
const PRESENT_VERB_START = /^ي/;
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
const BOARD_ADJECTIVES = new Set(["العموميه", "التنفيذيه", "التنفيذي", "الفنيه", "الفني", "الاعلاميه", "الاعلامي", "التحكيميه", "المنظمه", "الراعيه", "الراعي", "السياسي"]);
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
const COURT_WORD = /^(?:[وف]?[بل]?)المحكمه$/;
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
const LOYAL = new Set(["الموالي", "المواليه"]);
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
function isDefiniteOrgHead(w: string): boolean {
  return w.startsWith("ال") && ORG_HEADS.has(w);
}

/** A ruler's court, written with the article (الديوان), with a proclitic or not (بالديوان, والديوان). */
const COURT = /^(?:[وف]?[بل]?)الديوان$/;

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
function isInstitutionAdjective(norm: string): boolean {
  return DEFINITE_NISBA.test(norm) || NAME_TAIL_ADJECTIVES.has(norm) || (norm.endsWith("ه") && NAME_TAIL_ADJECTIVES.has(norm.slice(0, -1)));
}

/**
 * Saudi clubs whose one-word names are seldom a common word in a football report (الهلال, the crescent, but for الهلال
 * الأحمر; الرائد, الجيل, الخليج, الفتح, القادسية, الوحدة, الباطن, النهضة … of the league and first division: over
 * 3,909 sample articles outside the gold, 90 mentions added, 3 wrong: الجيل السابق, the generation; للفريق الرائد, the
 * leading team). Not التعاون, الشباب, الاتحاد: cooperation, youth and the federation are as common in those reports.
 */
const FOOTBALL_CLUBS = new Set(["الهلال", "النصر", "الاتفاق", "الفيصلي", "الرائد", "الجيل", "الخليج", "الفتح", "القادسيه", "الوحده", "الفيحاء", "الحزم", "العروبه", "الطائي", "النهضه", "الباطن", "الشعله", "الاهلي"]);
/**
 * Words of a sports report, the one list of them, each with where it counts (measured on the gold halves and
 * on sample articles outside them):
 * - "game" words name football itself (مباراة, لاعب, مدرب, مهاجم, الديربي): they count in both tests below;
 * - "club" words name a club, a stadium or a goal (نادي, ملعب, الهدف) also outside sport (النادي السعودي في ملبورن,
 *   students' club; ملعب in a list of places taken in a war; الهدف, the aim), so a sentence with one
 *   is no sports report, while an article with them and other game words is;
 * - "contest" words tell any contest or news (فاز, الموسم, نقاط, يواجه, المرحلة, أهداف, the aims): a sentence
 *   holding one next to a town's name names a club, but they make no article a football report (الاتفاق, the
 *   agreement, in an economy report with خسارة, تواجه).
 * isFootballText: MIN_SPORTS_WORDS distinct game or club words; isSportsSentence: a game or contest word, or a score.
 */
type SportsWordKind = "game" | "club" | "contest";
const SPORTS_WORDS: ReadonlyMap<string, SportsWordKind> = new Map([
  ...kindOf("game", ["مباراه", "المباراه", "مباريات", "الدوري", "دوري", "الديربي", "السوبر", "لاعب", "اللاعب", "لاعبي", "لاعبو", "لاعبين", "اللاعبين", "ركله", "مرمي"]),
  ...kindOf("game", ["مهاجم", "المهاجم", "مدافع", "حارس", "الحارس", "مدرب", "المدرب", "الملعب", "الفريق", "فريق", "هدف", "كاس", "الكاس", "نهائي"]),
  ...kindOf("club", ["نادي", "النادي", "ملعب", "الهدف"]),
  ...kindOf("contest", ["الرابطه", "هدفا", "اهداف", "الاهداف", "نقطه", "نقاط", "المرحله", "الجوله", "بطوله", "البطوله", "ذهاب", "اياب", "التعادل", "تعادل", "يتعادل"]),
  ...kindOf("contest", ["فاز", "يفوز", "فوز", "خسر", "خساره", "مضيفه", "ضيفه", "الموسم", "الدقيقه", "النهائي", "يواجه", "تواجه", "يستضيف", "تستضيف", "التمارين", "الصداره", "النزول"]),
]);
function kindOf(kind: SportsWordKind, words: readonly string[]): [string, SportsWordKind][] {
  return words.map((w) => [w, kind]);
}
const MIN_SPORTS_WORDS = 3;
const sportsWordOf = (t: TokenInfo): string | undefined => (SPORTS_WORDS.has(t.core) ? t.core : SPORTS_WORDS.has(t.norm) ? t.norm : undefined);
const isFootballWord = rememberTokenTest((t) => {
  const w = sportsWordOf(t);
  return w !== undefined && SPORTS_WORDS.get(w) !== "contest";
});
const isSportsSentenceWord = rememberTokenTest((t) => {
  const w = sportsWordOf(t);
  return w !== undefined && SPORTS_WORDS.get(w) !== "club";
});
/** A noun in construct before a club's word that makes it a contest's, a team's or a common noun (كأس الخليج, دورة الخليج, منتخب الشباب, روح الوحدة). */
const CLUB_NAME_HOLDER = /^[وف]?(?:كاس|دوره|بطوله|منتخب|روح)$/;
/** و / ف, then ب / ك, fused before a club's definite name (والنصر, بالنصر). */
const CLUB_PROCLITIC = /^[وف]?[بك]?(?=ال)/;

/** Whether an article is a football report: it holds MIN_SPORTS_WORDS distinct game or club SPORTS_WORDS. */
function isFootballText(infos: readonly (readonly TokenInfo[])[]): boolean {
  const seen = new Set<string>();
  for (const sentence of infos) for (const t of sentence) if (isFootballWord(t)) seen.add(sportsWordOf(t)!);
  return seen.size >= MIN_SPORTS_WORDS;
}

/**
 * In a football report (isFootballText) a Saudi club's one-word name the tagger left out is the club,
 * an organization, also behind و or ب (بين الهلال والنصر; لحق بالنصر; مهاجم الهلال), unless الأحمر
 * follows (الهلال الأحمر, the Red Crescent), a contest's or a team's head precedes (CLUB_NAME_HOLDER: كأس الخليج,
 * دورة الخليج) or another mention covers it.
 */
export function addFootballClubs(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const norm = infos[i]!.norm;
    const proclitic = CLUB_PROCLITIC.exec(norm)?.[0] ?? "";
    if (!FOOTBALL_CLUBS.has(norm.slice(proclitic.length)) || infos[i + 1]?.norm === "الاحمر") continue;
    if (i > 0 && CLUB_NAME_HOLDER.test(infos[i - 1]!.norm)) continue;
    const start = tokens[i]!.start + proclitic.length;
    const end = tokens[i]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "organization", text: text.slice(start, end), start, end, evidence: { organization: CUE_VOTES } });
    added = true;
  }
  if (added) sortByStart(out);
}

let foreignClubsByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

/** FOREIGN_CLUBS by their first word, each as its words, the longest first. */
function foreignClubs(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (foreignClubsByFirstWord) return foreignClubsByFirstWord;
  const byFirst = new Map<string, string[][]>();
  for (const name of FOREIGN_CLUBS) {
    const words = name.split(" ");
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (foreignClubsByFirstWord = byFirst);
}

let listedBodiesAndPlaces: ReadonlySet<string> | undefined;

/** The one-word names of the place and body lists (world, Arab, GeoNames places; clubs; known organizations), normalized. */
function listedNames(): ReadonlySet<string> {
  listedBodiesAndPlaces ??= new Set(
    [...WORLD_PLACES, ...WORLD_PLACES_CUED, ...ARAB_PROVINCES, ...ARAB_PROVINCES_CUED, ...GEONAMES_PLACES, ...GEONAMES_PLACES_CUED, ...FOREIGN_CLUBS, ...KNOWN_ORGANIZATIONS, ...CITIES, ...REGIONAL_PLACES, ...FOOTBALL_CLUBS].map((n) => normalizeArabic(n)),
  );
  return listedBodiesAndPlaces;
}

/** The word-list tests short-forms.ts asks, on this model. */
function shortFormTests(model: NerModel): ShortFormTests {
  return {
    isListedBodyOrPlace: (norm) => listedNames().has(norm) || model.resources.gazetteer.byFirst.has(norm),
    isPlainWord: (norm) => model.plainWordSet.has(norm),
    isNameOpener: (norm) => model.entityWordSet.has(norm),
  };
}

/** The word-list tests person-roles.ts asks, on this model. */
function personRoleTests(model: NerModel): PersonRoleTests {
  return {
    isNationalAdjective: (norm) => isNationalAdjective(norm, model),
    isPlainWord: (norm) => model.plainWordSet.has(norm),
    timesSeen: (norm) => timesSeen(norm, model),
    isNameOpener: (norm) => model.entityWordSet.has(norm),
    clubLength: (norms, at) => foreignClubs().get(norms[at]!)?.find((n) => n.every((w, k) => norms[at + k] === w))?.length ?? 0,
  };
}

/** The longest FOREIGN_CLUBS name whose words start at token i (its first word bare or behind a proclitic), or 0 words. */
function foreignClubAt(infos: readonly TokenInfo[], i: number): { words: number; proclitic: string } {
  const t = infos[i]!;
  for (const [first, proclitic] of [[t.norm, ""], [t.core, t.proclitic]] as const) {
    const names = foreignClubs().get(first);
    if (!names) continue;
    const name = names.find((n) => n.every((w, k) => k === 0 || infos[i + k]?.norm === w));
    if (name) return { words: name.length, proclitic };
  }
  return { words: 0, proclitic: "" };
}

/**
 * In a football report (isFootballText) a foreign club's name (FOREIGN_CLUBS, ArWikiCats' table of clubs:
 * بورتو, آيندهوفن, ليبرتاد, كوينز بارك رينجرز) is the club, an organization, in place of a place or a person the
 * tagger read in it (the town's name: بورتو), unless a town's head precedes (مدينة بورتو) or a contest's or team's
 * (CLUB_NAME_HOLDER) or a mention crosses its edge.
 */
export function addForeignClubs(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const { words, proclitic } = foreignClubAt(infos, i);
    if (words === 0) continue;
    if (i > 0 && (SETTLEMENT_WORDS.test(infos[i - 1]!.core) || CLUB_NAME_HOLDER.test(infos[i - 1]!.norm))) continue;
    const start = tokens[i]!.start + proclitic.length;
    const end = tokens[i + words - 1]!.end;
    if (out.some((s) => s.type === "organization" && s.start <= start && end <= s.end)) continue;
    // The tagger's mention of the name with its conjunction or preposition kept (وواتفورد: BBC) is the same name.
    const withClitic = proclitic ? out.find((s) => s.start === tokens[i]!.start && s.end === end) : undefined;
    if (withClitic) {
      withClitic.start = start;
      withClitic.text = text.slice(start, end);
    }
    if (replaceWithOrganization(text, out, start, end)) {
      added = true;
      i += words - 1;
    }
  }
  if (added) sortByStart(out);
}

/**
 * Words by which a football report names a team's opponent, with his: its host, its guest, its rival, its
 * neighbour (ضيفه سوانزي سيتي, مضيفه روما, غريمه ريال مدريد, جاره مانشستر يونايتد: Sky News Arabia, Al Arabiya,
 * BBC, CNN, Alriyadh, Okaz, Aljazirah in the SaudiNewsNet + ANT samples). Not منافسه, also a player's opponent
 * in tennis or boxing (منافسه جيمس تومكينز), nor نظيره, a counterpart (نظيره الروسي).
 */
const OPPONENT_WORDS = new Set(["مضيفه", "ضيفه", "غريمه", "جاره"]);
/**
 * Words of a match after which a football report names the other club (ينهي موسمه بلقاء واتفورد, وتختتم المرحلة
 * بلقاءات ستوك سيتي مع كريستال بالاس, بمواجهة ليستر سيتي, ويلاقي مرسيليا في النهائي: Sky News Arabia, Alriyadh,
 * Al Arabiya in the SaudiNewsNet + ANT samples), and the على of a win or a lead over it (متقدما على توتنهام الثالث,
 * فوزه على, تغلب على): the same name test as after an opponent word.
 */
const MATCH_WORDS = new Set(["بلقاء", "بلقاءات", "بمواجهه", "يلاقي", "ويلاقي", "تلاقي", "وتلاقي"]);
const WIN_OVER_WORDS = new Set(["متقدما", "متفوقا", "فوزه", "فوزها", "الفوز", "بالفوز", "تغلب", "وتغلب", "تغلبه"]);
const OVER = "علي";

/** What stands before a club's name at a token: an opponent word (written with heh), a match word or على after a win, or nothing. */
function wordBeforeClub(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): "opponent" | "match" | undefined {
  const t = infos[i]!;
  if (OPPONENT_WORDS.has(t.norm) || OPPONENT_WORDS.has(t.core)) return tokens[i]!.text.endsWith(ARABIC_LETTER_HEH) ? "opponent" : undefined;
  if (MATCH_WORDS.has(t.norm) || (t.norm === OVER && i > 0 && WIN_OVER_WORDS.has(infos[i - 1]!.norm))) return "match";
  return undefined;
}

/** Most times the word table saw a club's first word outside names (مرسيليا 19, ديبورتيفو 17; محلي, local, 47). */
const MAX_CLUB_WORD_SEEN = 30;
/** Most words of a person mention a match word's name may replace: a player's full name is longer (كيفين دى بروين). */
const MAX_CLUB_READ_AS_PERSON = 2;

/**
 * Whether the words j…k-1 after a match word (not an opponent word, which names a club) are no club: a national
 * team by its country's name, a place by convention (بمواجهة أيسلندا); a player's name the tagger found (الفوز على
 * دافيد دي خيا); a plain or frequent word, or one with a pronoun (الفوز على مواطنه, his compatriot; بلقاء ودي, a
 * friendly); an opponent word, whose own turn it is (على جاره ريال مدريد).
 */
function isNoClubAfterMatchWord(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], out: readonly Candidate[], j: number, k: number, model: NerModel): boolean {
  const first = infos[j]!;
  if (OPPONENT_WORDS.has(first.norm) || isPlainWord(first, model) || isPossessedPlainWord(first, model)) return true;
  // One word that is و + a known word is the conjunction's (بلقاء ودي, a friendly: دي; واتفورد is a name); a word the news
  // uses often, outside names, is a common one (محلي).
  if (k === j + 1 && first.norm.startsWith(CONJUNCTION_WAW) && timesSeen(first.norm.slice(1), model) > 0) return true;
  if (timesSeen(first.norm, model) > MAX_CLUB_WORD_SEEN && !model.entityWordSet.has(first.norm)) return true;
  const words = infos.slice(j, k).map((t) => t.norm).join(" ");
  if (arabicCountryNames().has(words)) return true;
  const person = out.find((s) => s.type === "person" && s.start < tokens[k - 1]!.end && tokens[j]!.start < s.end);
  return person !== undefined && person.text.split(" ").length > MAX_CLUB_READ_AS_PERSON;
}

let countryNames: ReadonlySet<string> | undefined;

/** The CLDR region names in Arabic (Intl.DisplayNames), folded. */
function arabicCountryNames(): ReadonlySet<string> {
  if (countryNames) return countryNames;
  const arabic = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  const names = new Set<string>();
  for (const code of TWO_LETTER_REGION_CODES) {
    const name = arabic.of(code);
    if (name) names.add(normalizeArabic(name));
  }
  return (countryNames = names);
}

/** Adjectives of a rival before its name (غريمه التقليدي النصر, جاره اللدود). */
const RIVAL_ADJECTIVES = new Set(["التقليدي", "اللدود"]);
/** Least count in the word table of a word after ب, ل or ك for the letter to be taken as the preposition (بهدفين: هدفين). */
const MIN_WORD_AFTER_PREPOSITION = 5;
const PREPOSITION_LETTER = /^[\u0628\u0644\u0643]/;
/** ل + the article with its alef dropped (للسنغالي): a genitive after the name. */
const LAM_LAM = "\u0644\u0644";

/** A word that is ب, ل or ك + a word the word table knows (بهدفين, لفريقه), not a name's letter (بروميتش, بالاس). */
function isPrepositionAndWord(norm: string, model: NerModel): boolean {
  return PREPOSITION_LETTER.test(norm) && timesSeen(norm.slice(1), model) >= MIN_WORD_AFTER_PREPOSITION;
}

/** و + a plain word or an opponent word (ومنافسه, وغريمه, وست: six). */
function isConjunctionAndWord(t: TokenInfo, model: NerModel): boolean {
  const rest = t.norm.slice(1);
  return OPPONENT_WORDS.has(rest) || model.plainWordSet.has(rest) || isPossessedPlainWord(tokenInfo(rest, model.resources), model);
}

/** The conjunction و as a proclitic. */
const CONJUNCTION_WAW = "\u0648";
/** Longest club name taken after an opponent word (هيديرسفيلد تاون, وست بروميتش ألبيون). */
const MAX_OPPONENT_NAME = 3;

/**
 * In a football report, the words after an opponent word (OPPONENT_WORDS, a rival's adjective skipped), a match word
 * (MATCH_WORDS) or the على of a win (WIN_OVER_WORDS) are the opponent club's name: up to MAX_OPPONENT_NAME words with Arabic letters only, no article (an adjective
 * follows: برشلونة | المتوج, ليفربول | الإنجليزي; Saudi clubs' definite names are addFootballClubs'), no
 * stopword or plain word (روما | من), nothing between them but a space. A و that opens the name is its
 * letter (مضيفه وست هام: West Ham), not a conjunction. Mentions inside the name give way (هام يونايتد, a
 * city's place: مضيفه روما); one crossing its edge keeps it out.
 */
export function addClubsAfterOpponentWords(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // An opponent word written with heh, his (ضيفه), not teh marbuta: ضيفة, مضيفة, a guest, a hostess.
    const cue = wordBeforeClub(tokens, infos, i);
    if (cue === undefined) continue;
    let j = i + 1;
    if (RIVAL_ADJECTIVES.has(infos[j]!.norm) && spaceAfter(text, tokens, i)) j++;
    const k = clubNameEnd(text, tokens, infos, j, j, model);
    // A و before a plain or opponent word is the conjunction (مضيفه | ومنافسه, وغريمه): only a second name word makes it a name's letter (وست هام).
    if (k === j || (k === j + 1 && infos[j]!.norm.startsWith(CONJUNCTION_WAW) && isConjunctionAndWord(infos[j]!, model))) continue;
    if (cue === "match" && isNoClubAfterMatchWord(tokens, infos, out, j, k, model)) continue;
    if (replaceWithOrganization(text, out, tokens[j]!.start, tokens[k - 1]!.end)) i = k - 1;
  }
}

/**
 * In a football report, a country's masculine nisba right after a listed club's name belongs to the club, as the own
 * gold writes it (باريس سان جيرمان الفرنسي, Al Arabia ×2; فلامينغو البرازيلي, SaudiNewsNet; ريال مدريد الإسباني, مرسيليا
 * الفرنسي; 17 of the 20 club + nisba spans of the DEV halves): the addClubsOfCountries adjective, taken into a
 * multiword club too. A mention of the nisba alone (a person «الفرنسي») gives way; any other keeps it out.
 */
export function joinNisbasAfterListedClubs(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A foreign club's: after a Saudi club's name a nisba is its coach's or player's (مدرب الهلال اليوناني دونيس).
    const club = out.find((s) => s.type === "organization" && s.end === tokens[i]!.end && isListedForeignClub(s.text));
    if (!club || !spaceAfter(text, tokens, i)) continue;
    // Before a person's name the nisba is his (لاعب ريال مدريد البرتغالي كريستيانو رونالدو).
    if (i + 2 < tokens.length && out.some((s) => s.type === "person" && s.start === tokens[i + 2]!.start)) continue;
    const adjective = infos[i + 1]!.norm;
    if (!adjective.endsWith("ي") || DIRECTION_NISBA.test(adjective) || !isPlaceAdjective(adjective, model)) continue;
    const { start, end } = tokens[i + 1]!;
    const over = out.filter((s) => s !== club && s.start < end && start < s.end);
    if (over.some((s) => s.start !== start || s.end !== end || s.type === "organization")) continue;
    for (const s of over) out.splice(out.indexOf(s), 1);
    club.end = end;
    club.text = text.slice(club.start, end);
  }
}

/**
 * The token after a club's name whose first word is token j, its words read from token `from` on (j, or j + 1 when the
 * first word was read already): up to MAX_OPPONENT_NAME words, a space apart, each isClubNameWord.
 */
function clubNameEnd(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], j: number, from: number, model: NerModel): number {
  let k = from;
  while (k < tokens.length && k - j < MAX_OPPONENT_NAME && spaceAfter(text, tokens, k - 1) && isClubNameWord(infos[k]!, tokens[k]!.text, k === j, model)) k++;
  return k;
}

/**
 * A word of a club's name: a bare name word (isBareNameWord). The first may open with و (وست هام); a later one ends the
 * name when it is a preposition's word (ساوثمبتون | بهدفين, غانغان | بالنتيجة), an adverb or a verb (وست هام | سلبا), the
 * next club of a list (| ونيوكاسل) or a second opponent word (مضيفه | ومنافسه).
 */
function isClubNameWord(t: TokenInfo, tokenText: string, first: boolean, model: NerModel): boolean {
  if (!isBareNameWord(t.norm, model)) return false;
  if (first) return t.proclitic === "" || t.proclitic === CONJUNCTION_WAW;
  return !(t.proclitic !== "" || isConjunctionAndClub(t.norm) || t.norm.startsWith(LAM_LAM) || isPrepositionAndWord(t.norm, model) || isPlainWord(t, model) || isWordAfterName(tokenText, model));
}

/** Arabic letters only, no article, no stopword or plain word: a word a name could be made of (روما, not من or المتوج). */
function isBareNameWord(norm: string, model: NerModel): boolean {
  return ARABIC_LETTERS_ONLY.test(norm) && !DEFINITE.test(norm) && !isStopword(norm) && !model.plainWordSet.has(norm);
}

/** و + a listed club's first word or a listed name (ونيوكاسل): the next item of a list, not a name's next word (ولفرهامبتون واندررز). */
function isConjunctionAndClub(norm: string): boolean {
  const rest = norm.slice(1);
  return norm.startsWith(CONJUNCTION_WAW) && (foreignClubs().has(rest) || listedNames().has(rest));
}

/** A listed club's name, folded: a foreign club's (FOREIGN_CLUBS) or a Saudi club's (FOOTBALL_CLUBS). */
function isListedClub(name: string): boolean {
  return FOOTBALL_CLUBS.has(normalizeArabic(name)) || isListedForeignClub(name);
}

/** A foreign club's name (FOREIGN_CLUBS), folded. */
function isListedForeignClub(name: string): boolean {
  const norm = normalizeArabic(name);
  return foreignClubs().get(norm.split(" ")[0]!)?.some((n) => n.join(" ") === norm) ?? false;
}

/**
 * In a football report, the name joined by و right after a club (a listed one, or one this rule took) is the next
 * club of the list (تشيلسي وتوتنهام وواتفورد, BBC; مانشستر يونايتد ونيوكاسل, Sky News Arabia; يوفنتوس وبرشلونة, CNN):
 * up to MAX_OPPONENT_NAME name words as after a match word (no article, plain word or stopword; a country's name is a
 * national side, a place by the gold's convention; a player's longer name stays a person), the و left out. The
 * tagger's mention of the name with its و (وواتفورد) gives way.
 */
export function addClubsAfterClubsInLists(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  const taken = new Set<Candidate>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const club = out.find((s) => s.type === "organization" && s.end === tokens[i]!.end && (taken.has(s) || isListedClub(s.text)));
    if (!club || !spaceAfter(text, tokens, i)) continue;
    const j = i + 1;
    const first = infos[j]!;
    // The و is the conjunction whether or not the word's analysis split it off (an unseen name: وتوتنهام).
    if (!first.norm.startsWith(CONJUNCTION_WAW) || (first.proclitic !== "" && first.proclitic !== CONJUNCTION_WAW)) continue;
    const core = first.norm.slice(1);
    if (!isBareNameWord(core, model)) continue;
    // A name: a listed club's first word or a listed name (توتنهام, برشلونة), or a word the tagger's text saw in names (نيوكاسل);
    // not a verb or a noun with its pronoun after a club (ويحرز, وجماهيره, ومستقبله).
    if (!foreignClubs().has(core) && !listedNames().has(core) && !model.entityWordSet.has(core)) continue;
    if (isPossessedPlainWord(tokenInfo(core, model.resources), model)) continue;
    const k = clubNameEnd(text, tokens, infos, j, j + 1, model);
    const words = [core, ...infos.slice(j + 1, k).map((t) => t.norm)].join(" ");
    if (arabicCountryNames().has(words)) continue;
    if (timesSeen(core, model) > MAX_CLUB_WORD_SEEN && !model.entityWordSet.has(core)) continue;
    const start = tokens[j]!.start + 1;
    const end = tokens[k - 1]!.end;
    // A person the tagger found there is a player (وجيمس تاركوفسكي), unless the words are a listed club (وريال سوسييداد).
    if (!isListedClub(words) && out.some((s) => s.type === "person" && s.start < end && start < s.end)) continue;
    const withWaw = out.find((s) => s.start === tokens[j]!.start && s.end <= end);
    if (withWaw) {
      withWaw.start = start;
      withWaw.text = text.slice(start, withWaw.end);
    }
    if (!replaceWithOrganization(text, out, start, end)) continue;
    taken.add(out[out.length - 1]!);
    i = k - 2;
  }
}

/**
 * A one-word place or organization followed by a masculine nisba of a country is a club or body of
 * that country, one organization (الكويت الكويتي, الشارقة الإماراتي, الريان القطري): the masculine
 * adjective agrees with the club (النادي), not the place. A feminine one may be the place's own
 * (مصر العربية) and stays out.
 */
export function addClubsOfCountries(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Its cue first (-1 when not asked: the tests below decide).
    if (skipRulesWithoutCues && !(infos[i + 1]!.ruleCues & CUE_COUNTRY_NISBA)) continue;
    const adjective = infos[i + 1]!.norm;
    if (!adjective.endsWith("ي") || DIRECTION_NISBA.test(adjective) || !isPlaceAdjective(adjective, model) || !spaceAfter(text, tokens, i)) continue;
    if (isCurrencyName(infos, i, i + 2, model)) continue;
    joinClubAdjective(text, tokens, out, i);
  }
}

/** addClubsOfCountries at a name (token i) before a country's adjective; apart from the loop as joinFamilyName is. */
function joinClubAdjective(text: string, tokens: readonly TaggerToken[], out: Candidate[], i: number): void {
  const isOneWordName = (s: Candidate) => s.start >= tokens[i]!.start && (s.type === "location" || s.type === "organization");
  // The tagger may have taken the adjective into the place already (الكويت الكويتي as a place).
  const name = out.find((s) => isOneWordName(s) && (s.end === tokens[i]!.end || s.end === tokens[i + 1]!.end));
  if (!name || out.some((s) => s !== name && s.start < tokens[i + 1]!.end && tokens[i + 1]!.start < s.end)) return;
  name.end = tokens[i + 1]!.end;
  name.text = text.slice(name.start, name.end);
  name.type = "organization";
  name.evidence = { organization: CUE_VOTES };
}

/** Nisbas of a direction (ريف الحسكة الجنوبي: the southern countryside), no country's. */
const DIRECTION_NISBA = /^ال(?:شمال|جنوب|شرق|غرب)ي$/;

/** «بتوقيت»: the time of a place (بتوقيت غرينتش, بتوقيت مكة). */
const TIME_ZONE_WORD = /^[وف]?ب?توقيت$/;

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
const PLACE_NAMED_HEAD = /^([وف]?[بل]?)(مستشفي|مطار|ميناء)$/;
/** A masculine definite nisba agreeing with such a head (المركزي, الإقليمي, العسكري, التجاري), no feminine one. */
const MASCULINE_NISBA = /^ال[\u0621-\u064A]{2,}ي$/;

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
const NAMED_FACILITY_HEAD = /^([وف]?[بل]?)(قاعده|معبر|مطار|ميناء|سجن|مخيم|قصر)$/;
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
const STADIUM_HEAD = /^([وف]?[بل]?)(ملعب|ستاد|استاد)$/;
/** Most times the word table may show a word of a stadium's foreign name (ويمبلي, برنابيو; a common word is seen more: ملعب مواجهة). */
const MAX_STADIUM_NAME_SEEN = 20;
/** Most words of a stadium's foreign name (سانتياغو برنابيو, لوفتس رود). */
const MAX_STADIUM_NAME_WORDS = 2;
/** The Olympic stadium of a city, named by its definite head and adjective (الملعب الأولمبي). */
const OLYMPIC_STADIUM = /^[وف]?[بل]?(?:ال)?(?:ملعب|ستاد|استاد)$/;
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
const PROVINCE_HEAD = /^[وف]?[بل]?محافظ(?:ه|تي)$/;
/** «مديرية» in construct, a Yemeni district (مديرية حيران, بمديرية الوازعية) or its dual (مديريتي الجراحي وزبيد); also a directorate (مديرية الصحة). */
const DISTRICT_HEAD = /^[وف]?[بل]?مديري(?:ه|تي)$/;
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
const SETTLEMENT_LIST_HEAD = /^[وف]?[بل]?(?:احياء|قري|قريتي|بلدات|بلدتي|مدينتي|منطقتي|جبال)$/;
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

/** The word right after a mention, a space apart: its offsets and folded form. */
const NEXT_WORD = /^ ([\u0621-\u064A]+)(?![\p{L}\p{M}])/u;

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

/** A definite word, with a fused clitic or not (المحيط, للجمهورية, للولايات). */
const DEFINITE_OR_FUSED = /^(?:[وفبلك]{0,2}ال|لل)/;
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
/** Fewest letters of a one-word name joined to the person after it (نغ, a word of a Chinese name, stays apart). */
const MIN_JOINED_FIRST_NAME = 3;

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

/** Adjectives of the compass and of parts of a country or region, which do end place names (كوريا الجنوبية, أمريكا الشمالية). */
const COMPASS_ADJECTIVE = /^ال(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|يه)$/;

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

/** Nunation (tanwin: ً ٌ ٍ), written on indefinite nouns and adjectives (ممثلاً, كريمًا), never on a name's word. */
const NUNATION = /[\u064B-\u064D]/;

/**
 * Whether a word is written with nunation (ممثلاً, مصدقاً, اتصالًا): a name is definite or a proper
 * noun, neither takes tanwin, so a run of the tagger ends before such a word (عبدالله الشريف |
 * ممثلاً لوزارة الصحة) and one that starts with it names nothing (ممثلاً; سائلاً الله).
 */
function isNunated(word: string): boolean {
  return NUNATION.test(word);
}

/** A hyphen and the short rest of a name written with one (مون جاي-إن, جان-بيير). */
const HYPHENATED_REST = /^-[\u0621-\u064A]{1,6}(?![\u0621-\u064A-])/;

/**
 * A person's name the tagger ended at a hyphen goes on over it: over the short rest (مون جاي | -إن),
 * or over the person mention right after it (جان | -مارك أيرولت), which gives way.
 */
function extendOverHyphens(text: string, spans: Candidate[]): void {
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

function isOrgHeadInfo(t: TokenInfo): boolean {
  return ORG_HEADS.has(t.norm) || ORG_HEADS.has(t.core);
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

/** Heads of parties and movements, named by head, definite noun and its adjective (حزب الشعب الجمهوري, حركة المقاومة الإسلامية). */
const PARTY_HEADS = new Set(["حزب", "حركه", "جبهه", "تيار"]);

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
function isDefinitePartyWord(t: TokenInfo): boolean {
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

/** A masculine nisba with the article (الجمهوري, الشيوعي), no feminine one. */
const MASCULINE_DEFINITE_NISBA = /^ال[\u0621-\u064A]{2,}ي$/;

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

/** Most words of an institution's name after the person it is named for (للإغاثة والأعمال الإنسانية). */
const MAX_INSTITUTION_TAIL = 4;

/**
 * The person a head at `i` and a title at `i + 1` name (مركز الملك سلمان, ممشى الملك فهد): the
 * recognized person starting at `i + 2`, and the index of the first token after the honoured name;
 * else null. A given name inside the mention that no connector leads starts another person the
 * tagger ran the name on into (جامعة الملك سعود | عبد الله الصقعبي, the university's president):
 * the honoured name ends before it.
 */
function personAfterTitle(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], out: Candidate[], i: number): { person: Candidate; after: number; made: boolean } | null {
  const person = out.find((s) => s.type === "person" && s.start === tokens[i + 2]!.start);
  if (!person) return givenNameAfterTitle(text, tokens, infos, out, i);
  let after = i + 3;
  while (after < tokens.length && tokens[after]!.end <= person.end && !startsAnotherName(infos, after)) after++;
  return { person, after, made: false };
}

/** Titles places and institutions are named for with a given name alone after them (استاد الملك فهد, جامعة الأمير سلطان). */
const HONOURING_TITLES = new Set(["الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "الامام", "السلطان"]);

/**
 * personAfterTitle when the tagger left the honoured name out (باستاد الملك فهد الدولي, okaz and
 * alriyadh): a given name right after an honouring title (HONOURING_TITLES; not النجمة, a star: نادي
 * النجمة على ملعب…), never the preposition على, with its lineage (بن + a word) if any, that no
 * mention overlaps, becomes the person's mention, pushed to `out` (made: the caller takes it out
 * again when it puts nothing in its place).
 */
function givenNameAfterTitle(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], out: Candidate[], i: number): { person: Candidate; after: number; made: boolean } | null {
  const given = infos[i + 2]!;
  if (!HONOURING_TITLES.has(infos[i + 1]!.norm) || (given.cue !== "given" && !GIVEN_NAMES.has(given.norm)) || isPrepositionAla(tokens[i + 2]!.text)) return null;
  let after = i + 3;
  while (after + 1 < tokens.length && LINEAGE_CONNECTORS.has(infos[after]!.norm) && ARABIC_LETTERS_ONLY.test(infos[after + 1]!.norm)) after += 2;
  const start = tokens[i + 2]!.start;
  const end = tokens[after - 1]!.end;
  if (overlapsAny(out, start, end)) return null;
  const person: Candidate = { type: "person", text: text.slice(start, end), start, end, evidence: {} };
  out.push(person);
  return { person, after, made: true };
}

/** Whether token q, inside a person's mention, is a given name no connector leads (سعود | عبد الله الصقعبي), itself no connector but عبد. */
function startsAnotherName(infos: readonly TokenInfo[], q: number): boolean {
  // عبد opens a compound given name written apart (عبد الله); بن, أبو continue the name before them.
  return infos[q]!.cue === "given" && (infos[q]!.norm === "عبد" || !NAME_CONNECTORS.has(infos[q]!.norm)) && !NAME_CONNECTORS.has(infos[q - 1]!.norm);
}

/**
 * Puts a `type` span over `start`–`end` in place of `person`, unless it would overlap another span
 * than a mention of the head and title alone the tagger made (جامعة الإمام); whether it did. What
 * of the person's mention lies past `end` (another person, personAfterTitle) stays a person.
 */
function replacePerson(text: string, out: Candidate[], person: Candidate, type: "organization" | "location", start: number, end: number): boolean {
  const fragment = out.find((s) => s !== person && s.type !== "person" && s.start >= start && s.end <= person.start);
  if (out.some((s) => s !== person && s !== fragment && s.start < end && start < s.end)) return false;
  if (fragment) out.splice(out.indexOf(fragment), 1);
  out.splice(out.indexOf(person), 1);
  out.push({ type, text: text.slice(start, end), start, end, evidence: { [type]: CUE_VOTES } });
  const rest = text.slice(end, person.end);
  const restStart = end + rest.length - rest.trimStart().length;
  if (person.end > end) out.push({ type: "person", text: text.slice(restStart, person.end), start: restStart, end: person.end, evidence: {} });
  return true;
}

/** The end of an institution's field from its لل word at k: words with وال and definite nisbas after it (للإغاثة والأعمال الإنسانية). */
function fieldEnd(infos: readonly TokenInfo[], k: number): number {
  const fieldFrom = k++;
  while (k < infos.length && k - fieldFrom < MAX_INSTITUTION_TAIL && (infos[k]!.norm.startsWith("وال") || NISBA_ADJECTIVE.test(infos[k]!.norm))) k++;
  return k;
}

/** Whether token k, after a name ending in a lineage (محمد بن سعود), is a feminine nisba no family name (الإسلامية, not العطية). */
function isAdjectiveAfterLineage(infos: readonly TokenInfo[], k: number, model: NerModel): boolean {
  return LINEAGE_CONNECTORS.has(infos[k - 2]?.norm ?? "") && FEMININE_NISBA.test(infos[k]!.norm) && !infos[k]!.proclitic && !isNisbaFamilyName(infos[k]!, model);
}

const isConstructOrgHeadWord = rememberTokenTest((t) => (ORG_HEADS.has(t.norm) || ORG_HEADS.has(t.core) || t.core === "مستشفي") && !t.core.startsWith("ال"));

/**
 * An institution named for a person: an organization head in construct state (مركز, جامعة, مؤسسة,
 * مستشفى: without the article), a title (الملك, الأمير, الشيخ) and a recognized person, then its field — a
 * word with the fused لل, then words with وال and definite nisba adjectives (مركز الملك سلمان
 * للإغاثة والأعمال الإنسانية) — is one organization, not a person (مركز الملك سلمان للشباب).
 */
export function addInstitutionsNamedForPersons(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = infos[i]!;
    // The head is in construct with the name, so without its article (المركز الدكتور X: the center's doctor).
    if (!isConstructOrgHeadWord(head) || !isTitleWord(infos[i + 1])) continue;
    const named = personAfterTitle(text, tokens, infos, out, i);
    if (!named) continue;
    let k = named.after;
    // A nisba right after the name may be a family name (خالد المصري): nisbas join only after a field,
    // or after a lineage when seen too often for a family name (جامعة الإمام محمد بن سعود الإسلامية).
    if (infos[k]?.norm.startsWith("لل")) k = fieldEnd(infos, k);
    else if (infos[k] && isAdjectiveAfterLineage(infos, k, model)) k++;
    const start = tokens[i]!.start + (ORG_HEADS.has(head.norm) ? 0 : procliticLength(tokens[i]!.text, model));
    if (!replacePerson(text, out, named.person, "organization", start, tokens[k - 1]!.end)) {
      if (named.made) out.splice(out.indexOf(named.person), 1);
      continue;
    }
    i = k - 1;
  }
  sortByStart(out);
}

/** Heads of places named for a person in construct (ممشى الملك خالد, مدينة الأمير عبدالله بن جلوي الرياضية), besides FACILITY_HEADS. */
const PLACE_NAMED_FOR_PERSON_HEADS = new Set(["ممشي", "مدينه", "استاد", "ستاد", "شارع", "طريق", "ميدان", "حي", "قصر", "مسجد", "جامع", "منتزه", "حديقه"]);
const HEAD_PROCLITIC = /^[وف]?ب?/;
/** Whether a word is such a head after HEAD_PROCLITIC, remembered per word: asked of every token, most of them no head. */
const isPlaceHeadWord = rememberWordTest((norm) => {
  const bare = withoutProclitic(norm, HEAD_PROCLITIC);
  return FACILITY_HEADS.has(bare) || PLACE_NAMED_FOR_PERSON_HEADS.has(bare);
});
/** Most nisba adjectives taken after the person's name (مطار الملك خالد الدولي; مدينة … الرياضية). */
const MAX_PLACE_ADJECTIVES = 2;

/**
 * A place named for a person: a facility or place head in construct state (ملعب, مطار, معبر, ممشى,
 * مدينة, شارع: without the article), a title (الملك, الأمير, الشيخ) and a recognized person, then
 * its nisba adjectives (الدولي, الرياضية), is one place, not the person (مطار الملك خالد الدولي;
 * ممشى الملك فهد). A field with the fused لل after the name makes an institution instead (مدينة
 * الملك عبدالعزيز للعلوم والتقنية): left to the tagger and addInstitutionsNamedForPersons.
 */
export function addFacilitiesNamedForPersons(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = infos[i]!;
    if (!isPlaceHeadWord(head.norm) || !isTitleWord(infos[i + 1])) continue;
    // و, ف and ب before the head are no part of the name (بمدينة, وممشى); none of the heads starts with one.
    const proclitic = HEAD_PROCLITIC.exec(head.norm)![0];
    const named = personAfterTitle(text, tokens, infos, out, i);
    if (!named) continue;
    if (infos[named.after]?.norm.startsWith("لل")) {
      // A field makes it an institution (مدينة الملك عبدالعزيز للعلوم والتقنية), not a place.
      const end = tokens[fieldEnd(infos, named.after) - 1]!.end;
      if (replacePerson(text, out, named.person, "organization", tokens[i]!.start + proclitic.length, end)) i = fieldEnd(infos, named.after) - 1;
      else if (named.made) out.splice(out.indexOf(named.person), 1);
      continue;
    }
    let k = named.after;
    while (k < tokens.length && k - named.after < MAX_PLACE_ADJECTIVES && NISBA_ADJECTIVE.test(infos[k]!.norm)) k++;
    if (!replacePerson(text, out, named.person, "location", tokens[i]!.start + proclitic.length, tokens[k - 1]!.end)) {
      if (named.made) out.splice(out.indexOf(named.person), 1);
      continue;
    }
    i = k - 1;
  }
  sortByStart(out);
}

/** `X، أكبر مدن Y` / `X، عاصمة Y`: the tokens after a mention ending at `to` describe a place. */
export function isPlaceApposition(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], to: number): boolean {
  const head = tokens[to];
  const isComma = head && isListComma(head.text);
  const at = isComma ? to + 1 : to;
  const first = tokens[at];
  if (!first || (!isComma && !/[،,]\s*$/.test(text.slice(tokens[to - 1]!.end, first.start)))) return false;
  const w = infos[at]!.core;
  if (PLACE_APPOSITION_HEADS.has(w)) return true;
  const next = infos[at + 1];
  return SUPERLATIVES.has(w) && next !== undefined && SETTLEMENT_WORDS.test(next.core);
}

const KNOWN_ORGANIZATIONS_SET: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS);

/** Known organization names (lexicon.ts) by first word, longest first. */
const KNOWN_ORGANIZATIONS_BY_FIRST = new Map<string, string[][]>();
for (const name of KNOWN_ORGANIZATIONS) {
  const words = name.split(" ");
  const list = KNOWN_ORGANIZATIONS_BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  KNOWN_ORGANIZATIONS_BY_FIRST.set(words[0]!, list);
}
/** The same lists by first word with a conjunction و / ف before it: looked up by the token's own form, no slice per token. */
const KNOWN_ORGANIZATIONS_BY_CONJOINED_FIRST = new Map<string, string[][]>();
for (const [first, list] of KNOWN_ORGANIZATIONS_BY_FIRST) for (const c of ["و", "ف"]) KNOWN_ORGANIZATIONS_BY_CONJOINED_FIRST.set(c + first, list);

/** The first of `names` (longest first) whose words after the first follow token i, if any. */
function knownOrganizationAt(names: readonly string[][] | undefined, i: number, tokens: readonly TaggerToken[], infos: readonly TokenInfo[]): readonly string[] | undefined {
  if (!names) return undefined;
  const normAt = (k: number) => (tokens[k] ? infos[k]!.norm : "");
  return names.find((ws) => ws.every((w, k) => k === 0 || normAt(i + k) === w));
}

/** Heads of a state's formal name (المملكة المغربية, جمهورية مصر العربية, سلطنة عمان), with or without the article. */
const POLITY_HEADS = new Set(["مملكه", "المملكه", "جمهوريه", "الجمهوريه", "سلطنه", "السلطنه", "اماره", "الاماره"]);
/** Whether the word, its core or a core after a clitic split is a polity head (addStateNames). */
const mayBePolityHead = rememberTokenTest((t) => POLITY_HEADS.has(t.norm) || POLITY_HEADS.has(t.core) || splitsOf(t).some((p) => POLITY_HEADS.has(p.core)));
/** Most national adjectives in a formal state name (المملكة | العربية السعودية). */
const MAX_STATE_ADJECTIVES = 2;

/**
 * A state's formal name the tagger missed or cut: a polity head (المملكة, جمهورية, سلطنة) with its
 * clitics cut, then either national adjectives (المملكة المغربية, الجمهورية اليمنية, المملكة العربية
 * السعودية) or, after a head without the article, a gazetteer place and its adjectives (جمهورية مصر
 * العربية, مملكة البحرين, سلطنة عمان), is one place. Mentions inside it give way; one crossing its edge keeps it out.
 */
export function addStateNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[], gz: readonly string[]): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    // The head is evidence enough to cut a clitic the analysis kept (وسلطنة: سلطنة seen too rarely).
    const split = !mayBePolityHead(head) ? undefined : POLITY_HEADS.has(head.norm) ? { proclitic: "", core: head.norm } : POLITY_HEADS.has(head.core) ? head : splitsOf(head).find((p) => POLITY_HEADS.has(p.core));
    if (!split || head.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    const headWord = split.core;
    let k = i + 1;
    if (!headWord.startsWith("ال") && gz[k] === "B-LOC") for (k++; gz[k] === "I-LOC"; k++);
    const named = k;
    while (k < tokens.length && k - named < MAX_STATE_ADJECTIVES && isNationalAdjective(infos[k]!.norm, model)) k++;
    if (k === i + 1) continue;
    const start = tokens[i]!.start + split.proclitic.length;
    const end = tokens[k - 1]!.end;
    if (!replaceWithMention(text, out, start, end, "location")) continue;
    added = true;
    i = k - 1;
  }
  if (added) sortByStart(out);
}

const CITATION_TO = /^[وف]?لـ$/;
const OPENING_QUOTE = /^["«“]$/;
const CLOSING_QUOTE = /^["»”]$/;
const MAX_CITED_WORDS = 3;
/** «بالنسبة لـ "X"» (as for X) cites no source. */
const NOT_A_CITATION = new Set(["بالنسبه"]);
/** A newspaper's own scoop: «وعلمت "الوطن"», «علمت «عكاظ»». */
const LEARNT = new Set(["علمت", "وعلمت"]);
/** An interview given to an outlet: «في مقابلة مع "العربية"», «حوار مع «الشرق الأوسط»». */
const INTERVIEW_NOUNS = new Set(["مقابله", "حوار", "حديث"]);

/**
 * Heads of bodies the press names by a quoted name (مؤسسة «المدينة», صحيفة "الاقتصادية", قناة "الحدث",
 * حزب "الكتائب", حركة "أمل", جمعية "مهارات", تنظيم "الدولة الإسلامية"); not برنامج or مجموعة, whose
 * quotes hold titles and phrases as often (برنامج "سري", مجموعة "جادة وقوية").
 */
const QUOTED_NAME_HEADS = new Set(["مؤسسه", "شركه", "صحيفه", "جريده", "مجله", "وكاله", "قناه", "اذاعه", "جمعيه", "منظمه", "حركه", "حزب", "تنظيم", "جماعه", "ائتلاف", "جبهه", "بنك", "مصرف", "هيئه", "نادي"]);
/** A conjunction and a preposition fused before a body's head (ولصحيفة, بقناة). */
const BODY_HEAD_PROCLITIC = /^[وف]?[بل]?/;

/**
 * Words that give the source a report is told by (بحسب "الفرنسية", وفق "التايمز") or whose correspondent
 * tells it (مراسل "العربية"); not قالت or ذكرت, whose quoted subject is a person as often (وقالت “سانتاديفي”).
 */
const SOURCE_WORDS = new Set(["بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "مراسل", "ومراسل", "مراسله", "ومراسله", "مراسلو", "مراسلي"]);

/** Whether token i cites the press: a detached لـ (not after بالنسبة), علمت, مع after an interview noun, a source word (SOURCE_WORDS) or a body's head (QUOTED_NAME_HEADS). */
function isPressCitation(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): boolean {
  if (CITATION_TO.test(tokens[i]!.text)) return !NOT_A_CITATION.has(infos[i - 1]?.norm ?? "");
  const norm = infos[i]!.norm;
  if (QUOTED_NAME_HEADS.has(norm) || QUOTED_NAME_HEADS.has(withoutProclitic(norm, BODY_HEAD_PROCLITIC)) || SOURCE_WORDS.has(norm)) return true;
  return LEARNT.has(norm) || (norm === "مع" && INTERVIEW_NOUNS.has(infos[i - 1]?.norm ?? ""));
}

/**
 * The press cites a source as «لـ "X"» (قال لـ«عكاظ», مصادر مطلعة لـ"سبق", في تصريح لـ«الشرق الأوسط»):
 * a quoted name of one to three words right after a detached لـ is an organization — the newspaper,
 * agency or company told. On 1,500 SaudiNewsNet pages (aawsat, alwatan, okaz, aleqtisadiya,
 * almadina, alyaum, sabq) 170 of 189 such quotes name an organization. So does a quoted name after
 * «علمت» (the paper's own scoop: وعلمت "الوطن", علمت «عكاظ», «المدينة») or after «مقابلة / حوار /
 * حديث مع» (مقابلة مع "العربية", حوار مع «الاقتصادية», مع "سكاي نيوز عربية"): 35 of 35 over the pool.
 */
export function addPressCitations(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[], model: NerModel): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i + 1]!.text.length !== 1 || !OPENING_QUOTE.test(tokens[i + 1]!.text) || !isPressCitation(tokens, infos, i)) continue;
    let j = i + 2;
    while (j < tokens.length && j - (i + 2) < MAX_CITED_WORDS && ARABIC_LETTERS_ONLY.test(infos[j]!.norm)) j++;
    if (j === i + 2 || !CLOSING_QUOTE.test(tokens[j]?.text ?? "")) continue;
    const start = tokens[i + 2]!.start;
    // A nisba the quotes hold says whose paper it is (بحسب "واشنطن تايمز الأمريكية"): a mention of the name before it stays.
    const nisbaLast = j - 1 > i + 2 && isNationalAdjective(infos[j - 1]!.norm, model);
    const end = tokens[nisbaLast && spanAt(out, start, tokens[j - 2]!.end) ? j - 2 : j - 1]!.end;
    const exact = spanAt(out, start, end);
    if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
    else replaceWithOrganization(text, out, start, end);
    i = j;
  }
  sortByStart(out);
}

/** A company's share in the singular, dual or plural (سهم, سهمي, أسهم), a conjunction or لـ cut (بسهم: with an arrow). */
const SHARE_WORDS = new Set(["سهم", "سهمي", "اسهم"]);
/** The letters every one of SHARE_WORDS holds. */
const SHARE_STEM = "سهم";
const SHARE_PROCLITIC = /^[وف]?ل?/;
/** A count before a share word makes it a unit (148.6 مليون سهم توزعت), not a company's share. */
const SHARE_COUNT_WORDS = new Set(["مليون", "ملايين", "مليار", "الف", "الاف"]);
const DIGITS = /^\p{Nd}/u;
/** The company word a share may take before the name (أسهم شركات مدينة المعرفة, سهم شركة "سناب"). */
const COMPANY_WORD = "شركه";
const COMPANIES_WORD = "شركات";
/** Whether a token is a list's comma or semicolon (، , ؛), by its one code unit: asked after every token of a sentence. */
function isListCommaOrSemicolon(token: TaggerToken | undefined): boolean {
  if (token?.text.length !== 1) return false;
  const c = token.text.charCodeAt(0);
  return c === 0x060c || c === 0x2c || c === 0x061b;
}
/** Most words of a company's name after a share word (دار الأركان, أسمنت حائل). */
const MAX_COMPANY_WORDS = 3;
/** A word seen more often than this after a bare أسهم (also the verb «contributed»: أسهم ضغطهم في…) is no company's name. */
const MAX_BARE_SHARE_NAME_COUNT = 5;
/** A preposition or conjunction fused before the article (لألفابت, بالقيمة): no company name starts so. */
const PREPOSITION_AND_ARTICLE = /^[وفبلك]ال/;
/** A letter that may be a fused preposition or conjunction (أسهم بمئة, عوائد أسهم وأرباح). */
const PROCLITIC_LETTER = /^[وفبلك]/;
/** Particles before a verb: «قد أسهم ضغطهم», «الذي أسهم». */
const VERB_PARTICLES = new Set(["قد", "وقد", "لقد", "فقد", "ما", "مما", "الذي", "التي", "من", "لمن"]);

interface CompanyItem {
  start: number;
  end: number;
  next: number;
  quoted: boolean;
}

/**
 * A share word names its company: «سهم جرير», «بفعل سهمي صافولا وسدافكو», «أسهم شركات مدينة المعرفة،
 * وفيبكو وموبايلي», «سهم "سلامة"». After it (and شركة / شركات) come one to MAX_COMPANY_WORDS words,
 * Arabic letters only, none a plain word, stopword, head or place adjective, no later one with a
 * proclitic or an accusative alef (سهم جرير | بكمية, أسهم جوجل | تلقائيا), each next item of a list
 * opened by و (after a comma or not); a quoted name is taken whole, and a list of quoted names goes
 * on only over quotes. Each item is an organization: a tagged mention starting there gets the votes
 * (سهم مصرف الراجحي), mentions inside it are replaced (الإنماء طوكيو | مارين). Guards: a count
 * before the share word makes it a unit (مليون سهم توزعت); the dual and «شركات» name two or more
 * (أسهم شركات الطاقة: a sector); after a bare أسهم, also the verb «contributed» (وأسهم الرحالة
 * اليونانيون في…), only one indefinite word rarely seen, or a tagged mention no person's, or a quote.
 */
export function addCompaniesOfShares(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const norm = infos[i]!.norm;
    // Every share word holds سهم: the proclitic is cut (a regex match and a slice) only of a token that does.
    if (!norm.includes(SHARE_STEM)) continue;
    const share = withoutProclitic(norm, SHARE_PROCLITIC);
    if (!SHARE_WORDS.has(share) || (i > 0 && (DIGITS.test(tokens[i - 1]!.text) || SHARE_COUNT_WORDS.has(infos[i - 1]!.norm)))) continue;
    let j = i + 1;
    const company = infos[j]!.norm === COMPANY_WORD || infos[j]!.norm === COMPANIES_WORD;
    const several = share === "سهمي" || infos[j]!.norm === COMPANIES_WORD;
    if (company) j++;
    const ranked = infos[j - 1]!.norm === COMPANIES_WORD ? rankedCompanyList(text, tokens, out, model, infos, j) : undefined;
    const items: CompanyItem[] = ranked ?? [];
    if (ranked) j = ranked[ranked.length - 1]!.next;
    while (!ranked && j < tokens.length) {
      const item = OPENING_QUOTE.test(tokens[j]!.text) ? quotedCompanyName(tokens, infos, j) : companyNameAt(text, tokens, out, model, infos, j, items.length > 0, share === "اسهم" && !company);
      if (!item || (items.length > 0 && item.quoted !== items[0]!.quoted)) break;
      items.push(item);
      j = item.next;
      // The list goes on over a comma to a word opened by و (, والإنماء ,وموبايلي), or over that word alone.
      if (isListCommaOrSemicolon(tokens[j]) && tokens[j + 1]?.text.startsWith("و")) j++;
      if (!tokens[j]?.text.startsWith("و")) break;
      // و then a quoted name: «أسهم شركات "أدنوك"، و"تسجيل"».
      if (tokens[j]!.text === "و" && OPENING_QUOTE.test(tokens[j + 1]?.text ?? "")) j++;
    }
    if (items.length === 0 || (several && items.length < 2)) continue;
    for (const item of items) {
      const exact = spanAt(out, item.start, item.end);
      if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
      else if (replaceWithOrganization(text, out, item.start, item.end)) added = true;
    }
    i = Math.max(i, j - 1);
  }
  if (added) sortByStart(out);
}

/** Words that close a market report's ranked list of companies: «… وإعمار الأكثر ارتفاعا», «… وكيان على رأس قائمة». */
const RANKED_LIST_ENDS = new Set(["الاكثر", "علي", "ضمن", "في", "من"]);
/** Fewest companies a ranked list names, and fewest of them named by words no common noun shares (mayNameCompany) or tagged. */
const MIN_RANKED_COMPANIES = 3;
const MIN_PLAIN_NAMED_COMPANIES = 2;

/**
 * The companies of a market report's ranked list after «أسهم شركات», read to the word that closes it
 * (RANKED_LIST_ENDS): each item one to MAX_COMPANY_WORDS words of letters only, opened by و (fused,
 * or apart, or after a comma). Names made of common words are items too (مدينة المعرفة, مصرف الراجحي,
 * أسمنت حائل) when the list holds MIN_RANKED_COMPANIES items, MIN_PLAIN_NAMED_COMPANIES of them named
 * as a company is (a sector list, «أسهم شركات الطاقة والاتصالات الأكثر…», is not). The SPA market
 * report as alyaum, aljazirah, alwatan, alweeam and was print it. Undefined when no such list is there.
 */
function rankedCompanyList(text: string, tokens: readonly TaggerToken[], out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], j: number): CompanyItem[] | undefined {
  const items: CompanyItem[] = [];
  let opened = true;
  let itemFrom = j;
  for (let k = j; k < tokens.length; k++) {
    const t = infos[k]!;
    if (RANKED_LIST_ENDS.has(t.norm)) return items.length >= MIN_RANKED_COMPANIES && items.filter((item) => isCompanyNamed(item, out, model, infos, tokens)).length >= MIN_PLAIN_NAMED_COMPANIES ? items : undefined;
    if (isListCommaOrSemicolon(tokens[k]) || tokens[k]!.text === "و") {
      opened = true;
      continue;
    }
    if (t.norm.length !== tokens[k]!.text.length || !ARABIC_LETTERS_ONLY.test(t.norm) || isStopword(t.norm)) return undefined;
    const conjoined = t.norm.length > 2 && t.norm.startsWith("و") && k > j;
    const last = items[items.length - 1];
    if (opened || conjoined || !last) {
      items.push({ start: tokens[k]!.start + (conjoined ? 1 : 0), end: tokens[k]!.end, next: k + 1, quoted: false });
      itemFrom = k;
      opened = false;
    } else if (k - itemFrom < MAX_COMPANY_WORDS) {
      last.end = tokens[k]!.end;
      last.next = k + 1;
    } else return undefined;
  }
  return undefined;
}

/** Whether a ranked list's item is named as a company is: a tagged mention starts there, or its first word may name one. */
function isCompanyNamed(item: CompanyItem, out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], tokens: readonly TaggerToken[]): boolean {
  if (out.some((s) => s.start === item.start)) return true;
  const first = tokens.findIndex((t) => t.end > item.start);
  const word = infos[first]!.norm.slice(item.start - tokens[first]!.start);
  return mayNameCompany(word, model) && !PREPOSITION_AND_ARTICLE.test(word);
}

/** A quoted name of one to MAX_COMPANY_WORDS words from token j (an opening quote), and the token after its closing quote. */
function quotedCompanyName(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], j: number): CompanyItem | undefined {
  let k = j + 1;
  while (k < tokens.length && k - (j + 1) < MAX_COMPANY_WORDS && ARABIC_LETTERS_ONLY.test(infos[k]!.norm)) k++;
  if (k === j + 1 || !CLOSING_QUOTE.test(tokens[k]?.text ?? "")) return undefined;
  return { start: tokens[j + 1]!.start, end: tokens[k - 1]!.end, next: k + 1, quoted: true };
}

/** Whether a word may be part of a company's name after a share word. */
function mayNameCompany(word: string, model: NerModel): boolean {
  return word.length >= 2 && ARABIC_LETTERS_ONLY.test(word) && !model.plainWordSet.has(word) && !isStopword(word) && !NEVER_ENTITIES.has(word) && !isPlaceAdjective(word, model) && !isHeadWord(word);
}

/**
 * The company name at token j after a share word: a tagged mention starting there, or up to
 * MAX_COMPANY_WORDS words that may name a company (mayNameCompany); `listed`: the name is a list's
 * next item, its first word's و cut; `bare`: after a bare أسهم (see addCompaniesOfShares).
 */
function companyNameAt(text: string, tokens: readonly TaggerToken[], out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], j: number, listed: boolean, bare: boolean): CompanyItem | undefined {
  const t = infos[j]!;
  if (t.norm.length !== tokens[j]!.text.length) return undefined; // marks inside the word: offsets would not line up
  if (listed && !t.norm.startsWith("و")) return undefined;
  const cut = listed ? 1 : 0;
  const start = tokens[j]!.start + cut;
  const tagged = out.find((s) => s.start === start);
  if (tagged) {
    if (bare && tagged.type === "person") return undefined; // أسهم محمد في…: the verb and its subject
    let next = j + 1;
    while (next < tokens.length && tokens[next]!.start < tagged.end) next++;
    return { start, end: tagged.end, next, quoted: false };
  }
  const word = t.norm.slice(cut);
  if (!mayNameCompany(word, model) || PREPOSITION_AND_ARTICLE.test(word)) return undefined;
  if (bare && (t.proclitic !== "" || PROCLITIC_LETTER.test(word) || DEFINITE.test(word) || timesSeen(word, model) > MAX_BARE_SHARE_NAME_COUNT || (j > 1 && VERB_PARTICLES.has(infos[j - 2]!.norm)))) return undefined;
  let k = j + 1;
  while (!bare && k < tokens.length && k - j < MAX_COMPANY_WORDS && spaceAfter(text, tokens, k - 1)) {
    const w = infos[k]!;
    if (w.norm.startsWith("و") || w.proclitic !== "" || (ACCUSATIVE_ALEF.test(w.norm) && !DEFINITE.test(w.norm)) || !mayNameCompany(w.norm, model)) break;
    if (overlapsAny(out, tokens[k]!.start, tokens[k]!.end) && !out.some((s) => s.start >= start && s.end <= tokens[k]!.end && s.end > tokens[k]!.start)) break;
    k++;
  }
  // A count of companies after the word: أسهم تسع شركات.
  if (infos[k]?.norm === COMPANY_WORD || infos[k]?.norm === COMPANIES_WORD) return undefined;
  return { start, end: tokens[k - 1]!.end, next: k, quoted: false };
}

/**
 * A mention that a body's head opens just before a known name and that ends inside the name is that body
 * cut by the tagger (منظمة مراسلون | بلا حدود): it goes on to the name's end. False when no such mention.
 */
function widenHeadOverKnownName(text: string, out: Candidate[], tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number, end: number): boolean {
  if (i === 0 || !isOrgHeadInfo(infos[i - 1]!)) return false;
  const cut = out.find((s) => s.type === "organization" && s.start >= tokens[i - 1]!.start && s.start < tokens[i]!.start && s.end > tokens[i]!.start && s.end < end);
  return cut !== undefined && widenUnlessOverlapping(text, out, cut, end);
}

/** «A وB» with no space after the و (رينو وبيجو): the first name, the conjunction, the second. */
const KNOWN_PAIR = /^([^ ]+(?: [^ ]+)*) و([^ ]+(?: [^ ]+)*)$/u;

/**
 * A mention that is two known organizations joined by و (بوينغ وسافران, رينو وبيجو: Al Arabia, read as one person;
 * غوغل وفيسبوك) is the two organizations: it is cut in two before addKnownOrganizations sees the names (only the
 * names of known-brands.ts and lexicon.ts KNOWN_ORGANIZATIONS, whole, so that no joined name of one body is cut:
 * جونسون آند جونسون has no و, مراسلون بلا حدود none).
 */
export function splitKnownOrganizationPairs(text: string, out: Candidate[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (!s.text.includes(" و")) continue;
    const m = KNOWN_PAIR.exec(s.text);
    if (!m || !KNOWN_ORGANIZATIONS_SET.has(normalizeArabic(m[1]!)) || !KNOWN_ORGANIZATIONS_SET.has(normalizeArabic(m[2]!))) continue;
    const firstEnd = s.start + m[1]!.length;
    const secondStart = s.end - m[2]!.length;
    const parts: Candidate[] = [
      { type: "organization", text: text.slice(s.start, firstEnd), start: s.start, end: firstEnd, evidence: { organization: CUE_VOTES } },
      { type: "organization", text: text.slice(secondStart, s.end), start: secondStart, end: s.end, evidence: { organization: CUE_VOTES } },
    ];
    out.splice(k, 1, ...parts);
    k++;
  }
}

const KNOWN_BRANDS: ReadonlySet<string> = new Set([...KNOWN_COMPANIES, ...KNOWN_OUTLETS]);
/** «شركتا», «شركات», «صحيفتا»: a head's dual or plural before the first of two or more named bodies. */
const COMPANY_DUALS = /^[وب]?(?:شركت[اي]|شركات|صحيفت[اي]|صحف|مجموعت[اي]|قنات[اي]|وكالت[اي])$/;

/**
 * Whether a person mention ends with a company's or outlet's name (known-brands.ts), or is that name, after a word that is
 * no common noun nor a particle: the name is a person's family name there (الممثلة برينيس بيجو, the actress, which the
 * tagger may read as one mention or two; إريك أريكسون), not a brand after its noun (هاتف هواوي) or a verb (قالت بوينغ).
 */
function isBrandEndingPerson(out: readonly Candidate[], tokens: readonly TaggerToken[], infos: readonly TokenInfo[], model: NerModel, i: number, end: number, name: readonly string[]): boolean {
  if (i === 0 || !KNOWN_BRANDS.has(name.join(" "))) return false;
  const before = infos[i - 1]!.norm;
  const person = out.find((s) => s.type === "person" && s.end === end && s.start <= tokens[i]!.start);
  return person !== undefined && !model.plainWordSet.has(before) && !isStopword(before) && !isOrgHeadInfo(infos[i - 1]!) && !COMPANY_DUALS.test(before) && /^[\u0621-\u064A]/.test(before);
}

/**
 * Well-known organizations by name (lexicon.ts), the first word matched whole, without its
 * proclitics, or without a conjunction: added in place of the tagged mentions inside it (the tagger's
 * cut: فرانس of فرانس 24), unless one crosses its edge; a tagged mention covering exactly the name
 * gets the organization votes instead.
 */
export function addKnownOrganizations(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = infos[i]!;
    const lists = knownOrganizationsStartingWith(first);
    if (lists === null) continue;
    if (first.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    // The whole word, then its core without proclitics, then without a conjunction.
    let cut = 0;
    let name = knownOrganizationAt(lists.byNorm, i, tokens, infos);
    if (!name && (name = knownOrganizationAt(lists.byCore, i, tokens, infos))) cut = procliticLength(first.surface, model);
    if (!name && (name = knownOrganizationAt(lists.byConjoined, i, tokens, infos))) cut = 1;
    if (!name) continue;
    if (COMMON_WORD_BODIES.has(name.slice(0, 2).join(" "))) {
      // قوات الطوارئ | الدولية: another force, named with its adjective
      if (name.length === 2 && i + 2 < tokens.length && DEFINITE_NISBA.test(infos[i + 2]!.norm)) continue;
      // A common plural's clitic is the analysis's, though training saw the whole word in names (لقوات الدعم السريع)
      if (cut === 0 && name[0] === first.core) cut = first.norm.length - first.core.length;
    }
    const start = tokens[i]!.start + cut;
    const end = tokens[i + name.length - 1]!.end;
    const headed = FUNCTION_NAMED_BODIES.has(name.join(" ")) ? out.find((s) => s.type === "organization" && s.start < start && s.end >= end) : undefined;
    if (headed) {
      i += name.length - 1;
      continue;
    }
    if (isBrandEndingPerson(out, tokens, infos, model, i, end, name)) continue;
    const exact = spanAt(out, start, end) ?? withoutLeadingNoun(text, tokens, out, i, start, end);
    if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
    // Mentions inside the name are the tagger's cut of it (فرانس of فرانس 24, الصين of وكالة أنباء الصين الجديدة).
    else if (!replaceWithOrganization(text, out, start, end) && !widenHeadOverKnownName(text, out, tokens, infos, i, end)) continue;
    i += name.length - 1;
  }
  sortByStart(out);
}

/**
 * A known organization's national body is named by the country's masculine adjective after it, and its head before it
 * in construct (هيئة | الهلال الأحمر | السعودي: okaz, alweeam, alyaum, alriyadh, was; جمعية | الهلال الأحمر | الكويتي; الهلال
 * الأحمر | السوري: aawsat, SkyNews): one organization over the known name and the adjective, and a head of INSTITUTION_HEADS
 * right before it (its fused preposition cut: لهيئة), in place of the mentions inside, unless one crosses its edge.
 */
export function widenKnownOrganizationsOfCountries(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const lists = knownOrganizationsStartingWith(infos[i]!);
    const name = lists && (knownOrganizationAt(lists.byNorm, i, tokens, infos) ?? knownOrganizationAt(lists.byCore, i, tokens, infos));
    // Only a name of common definite words has national bodies (الهلال الأحمر, الدفاع المدني); after a proper name the adjective describes it (حزب الله | اللبناني).
    if (!name || name.length < 2 || !name.every((w) => w.startsWith("ال"))) continue;
    const last = i + name.length - 1;
    const adjective = infos[last + 1];
    if (!adjective || !spaceAfter(text, tokens, last) || !isNationalAdjective(adjective.norm, model) || adjective.norm.endsWith("ه")) continue;
    const head = i > 0 ? infos[i - 1]! : undefined;
    const headed = head !== undefined && spaceAfter(text, tokens, i - 1) && INSTITUTION_HEADS.has(head.core) && head.norm.length === tokens[i - 1]!.text.length;
    const start = headed ? tokens[i - 1]!.start + (head.norm.length - head.core.length) : tokens[i]!.start + (infos[i]!.norm === name[0] ? 0 : procliticLength(infos[i]!.surface, model));
    if (replaceWithOrganization(text, out, start, tokens[last + 1]!.end)) added = true;
    i = last + 1;
  }
  if (added) sortByStart(out);
}

/**
 * A mention that is one word and a known organization's name (منظمة | اليونسكو, ميليشيا | حزب الله)
 * is that name: the word before it is a description, unless a head of NAMED_ORG_HEADS (حركة حماس);
 * the mention cut to the name, or undefined when there is none.
 */
function withoutLeadingNoun(text: string, tokens: readonly TaggerToken[], out: Candidate[], i: number, start: number, end: number): Candidate | undefined {
  if (i === 0) return undefined;
  const before = tokens[i - 1]!;
  const mention = out.find((s) => s.end === end && s.start <= before.start && s.start >= before.start - 1);
  if (!mention || NAMED_ORG_HEADS.has(normalizeArabic(text.slice(mention.start, before.end)))) return undefined;
  mention.start = start;
  mention.text = text.slice(start, end);
  mention.type = "organization";
  return mention;
}

const REGIONAL_PLACE_SET: ReadonlySet<string> = new Set(REGIONAL_PLACES);

/** Whether the word, its core or a core after a clitic split is a regional place (addRegionalPlaces). */
const mayBeRegionalPlace = rememberTokenTest((t) => REGIONAL_PLACE_SET.has(t.norm) || REGIONAL_PLACE_SET.has(t.core) || splitsOf(t).some((p) => REGIONAL_PLACE_SET.has(p.core)));

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
const WORLD_PLACES_BY_FIRST: ReadonlyMap<string, readonly WorldPlaceName[]> = (() => {
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
const PENINSULA_HEAD = /^[وف]?[بل]?شبه$/;
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

/** The known organizations' names a word may start, kept on its analysis (tokenInfo memoizes those per word): null for most words. */
function knownOrganizationsStartingWith(info: TokenInfo): KnownOrganizationLists | null {
  let lists = info.knownOrganizations;
  if (lists === undefined) {
    const byNorm = KNOWN_ORGANIZATIONS_BY_FIRST.get(info.norm);
    const byCore = KNOWN_ORGANIZATIONS_BY_FIRST.get(info.core);
    const byConjoined = KNOWN_ORGANIZATIONS_BY_CONJOINED_FIRST.get(info.norm);
    lists = byNorm || byCore || byConjoined ? { byNorm, byCore, byConjoined } : null;
    info.knownOrganizations = lists;
  }
  return lists;
}

/** Shortest rest a clitic may leave of a name's first word, unless letters spelled out follow (لبي بي سي). */
const MIN_NAME_CORE = 3;

/** Whether a word is بن, ابن or بنت: the word before it is a name. */
function isLineageConnector(word: string): boolean {
  return LINEAGE_CONNECTORS.has(normalizeArabic(word));
}

/** A given name or a word training saw start a name. */
function isKnownName(norm: string, model: NerModel): boolean {
  return GIVEN_NAMES.has(norm) || model.entityWordSet.has(norm);
}

/**
 * procliticLength of a mention's first word, unless the rest would be under MIN_NAME_CORE letters
 * and no spelled-out letter follows in the mention: فاس, لاس فيغاس are no ف/ل + اس, while لبي بي
 * سي is ل + بي بي سي. Before بن the word is a name: a preposition (ل, ب, ك) before it goes only
 * when the rest is a known name (لمحمد بن سلمان → محمد; لبيد بن ربيعة stays: بيد is no name); و
 * and ف before a name are common enough to go on the usual evidence (فزهير بن أبي سلمى → زهير).
 */
function nameProcliticLength(tokens: readonly TaggerToken[], from: number, to: number, model: NerModel): number {
  const first = tokens[from]!.text;
  const cut = procliticLength(first, model);
  if (cut > 0 && from + 1 < to && isLineageConnector(tokens[from + 1]!.text) && !/^[وف]/.test(first) && !isKnownName(normalizeArabic(first.slice(cut)), model)) return 0;
  const isShortRest = cut > 0 && first.length - cut < MIN_NAME_CORE && !first.slice(cut).startsWith("ال");
  const isSpelledOut = from + 1 < to && tokens[from + 1]!.text.length < MIN_NAME_CORE;
  return isShortRest && !isSpelledOut ? 0 : cut;
}

/**
 * How many leading characters of `word` are a conjunction or preposition to cut from the mention:
 * the evidence split (features.ts splitOnEvidence) unless training saw the whole word start a name,
 * it is a given name, or the rest is a plain word (فادي is no ف + ادي, a verb); و or ف before a
 * given name is split off on the name's evidence (وفادي → فادي);
 * the article stays (بالقاهرة → القاهرة), and a fused لل keeps the mention whole from the ل on
 * (its alef is gone; merge.ts restores ال in the name).
 */
export function procliticLength(word: string, model: NerModel): number {
  let memo = procliticLengths.get(model);
  if (!memo) procliticLengths.set(model, (memo = new Map()));
  let length = memo.get(word);
  if (length === undefined) {
    if (memo.size >= PROCLITIC_MEMO_LIMIT) memo.clear();
    memo.set(word, (length = computeProcliticLength(word, model)));
  }
  return length;
}

/** givenNameAfterConjunction before its counts: و / ف split off a given name. */
const mayBeGivenNameAfterConjunction = rememberTokenTest((t) => splitsOf(t).some((split) => (split.proclitic === "و" || split.proclitic === "ف") && isGivenNameWord(split.core)));

/**
 * و or ف before a given name the text showed at least as often as the whole word (وفادي → فادي):
 * the name is the evidence, however rarely seen. Prepositions before a name are rare, and a
 * letter + name is often another word (كامل is no ك + امل).
 */
function givenNameAfterConjunction(info: Pick<TokenInfo, "norm" | "splits">, model: NerModel): { proclitic: string; core: string } | undefined {
  // A loop, not find with closures: asked of every token of every sentence, most with no split.
  for (const split of splitsOf(info)) {
    if ((split.proclitic === "و" || split.proclitic === "ف") && isGivenNameWord(split.core) && timesSeen(split.core, model) >= timesSeen(info.norm, model)) return split;
  }
  return undefined;
}


/** Theophoric names written as one word, عبد + ال + a name of God (عبدالمحسن, عبدالحفيظ): given names the list need not hold. */
const ABD_NAME = /^عبدال[\u0621-\u064A]{3,}$/;

/** A given name of the lexicon, or one of the عبدال… shape. */
function isGivenNameWord(norm: string): boolean {
  return GIVEN_NAMES.has(norm) || ABD_NAME.test(norm);
}

/** splitOnEvidence of a model's resources, remembered by word (pushSpan asks it of every one-word mention). */
const evidenceSplits = new WeakMap<NerModel["resources"], BoundedMemo<{ proclitic: string; core: string }>>();
function evidenceSplitOf(norm: string, model: NerModel): { proclitic: string; core: string } {
  const res = model.resources;
  let memo = evidenceSplits.get(res);
  if (!memo) evidenceSplits.set(res, (memo = new BoundedMemo(PROCLITIC_MEMO_LIMIT)));
  let split = memo.get(norm);
  if (!split) memo.set(norm, (split = splitOnEvidence(norm, res)));
  return split;
}

/** procliticLength is pure given the model, and asked again for the same words (Zipf): a bounded memo per model. */
const procliticLengths = new WeakMap<NerModel, Map<string, number>>();
const PROCLITIC_MEMO_LIMIT = 100_000;

function computeProcliticLength(word: string, model: NerModel): number {
  const norm = normalizeArabic(word);
  if (norm.length !== word.length) return 0; // marks or compatibility forms: offsets would not line up
  if (model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return 0;
  const given = givenNameAfterConjunction({ norm, splits: null }, model);
  const { proclitic, core } = given ?? splitOnEvidence(norm, model.resources);
  // A core training almost never saw in a name (ادي, a verb) starts none: فادي keeps its ف. Before
  // the article (بال, وال) the letters are always clitics, and a given name is never plain (وتركي → تركي).
  if (!given && !core.startsWith("ال") && model.plainWordSet.has(core)) return 0;
  return proclitic.endsWith("لل") ? proclitic.length - 2 : proclitic.length;
}
