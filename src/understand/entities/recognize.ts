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
 *
 * Layout: this file is the pipeline (recognizeEntities and the order the rules run in); each rule family is a module
 * of recognize/ whose header says what it holds (places.ts, institutions.ts, clubs.ts, family-names.ts, joins.ts ...),
 * the rules' cues in recognize/rule-cues.ts and cue-bits.ts, the word tests and span helpers the families share in
 * recognize/words.ts and recognize/shared.ts, the mention type in recognize/candidate.ts. The modules import only
 * modules below them (candidate, shared, cue-bits, words, then the families): no import cycle.
 */
import { isStopword } from "../../arabic/stopwords.js";
import { analyzeInfos, documentStatsOfInfos } from "./features.js";
import { recognizeLatinEntities } from "./latin.js";
import { joinLetterAcronyms } from "./letter-acronyms.js";
import { joinForeignNameParticles } from "./foreign-name-particles.js";
import { dropPlacesInCompetitionNames } from "./competitions.js";
import { dropCountedNisbas } from "./counted-nisbas.js";
import { addCountriesNamedByNisba } from "./country-nisba-names.js";
import { widenPersonsOverUnseenGivenNames, type GivenNameTests } from "./given-names-before-persons.js";
import { cutFusedPrepositionTailsOffPersons, type FusedPrepositionTests } from "./fused-preposition-tails.js";
import { widenOrganizationsOverConstructComplements } from "./construct-complements.js";
import { addSpeakersBeforeRoles } from "./speakers-before-roles.js";
import { cutComplementsOffPersons, cutTitlesOffPersons, type PersonRoleTests } from "./person-roles.js";
import { retypeFamilyNamesOfPersons, type ShortFormTests } from "./short-forms.js";
import { addNewsAgenciesUpToNews } from "./news-agency-names.js";
import { addCitedCommonWordOutlets } from "./press-outlets.js";
import { settleOrganizationHeads, type HeadWordTests } from "./head-words.js";
import { addListedStreetNames } from "./listed-streets.js";
import { dropHeadsWithoutNames } from "./recognize/heads-without-names.js";
import { FACILITY_HEADS, GIVEN_NAMES, LATE_TITLES, LOC_CUES, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES, TIME_OF_DAY } from "./lexicon.js";
import { loadDefaultModel, type NerModel } from "./model-file.js";
import { tagAnalysis } from "./tagger.js";
import { entitySpan, type EntitySpan } from "./span.js";
import { taggerSentences } from "./tokens.js";
import type { Candidate } from "./recognize/candidate.js";
import { hasLatinLetter, timesSeen, tagNames, sentenceInfosOf, sortByStart } from "./recognize/shared.js";
import { CUE_INSTITUTION_HEAD, CUE_CHAIN_HEAD, CUE_TITLE, CUE_CONSTRUCT_ORG_HEAD, CUE_PLACE_HEAD, CUE_KNOWN_ORGANIZATION, CUE_OPENING_QUOTE, CUE_SHARE, CUE_NATIONAL_BODY, CUE_MINISTRY_FIELD, CUE_POLITY_HEAD, CUE_DEFINITE_INSTITUTION, CUE_RULERS_COURT, CUE_HIGH_COURT, CUE_LINEAGE, CUE_GIVEN_NAME, CUE_REPORTING_VERB, CUE_HONORIFIC, CUE_OF_COUNTRIES, CUE_PARTY_HEAD, CUE_REGIONAL_PLACE, CUE_WORLD_PLACE, CUE_TIME_ZONE, CUE_PROVINCE_HEAD, CUE_FACILITY_FOR_TOWN, CUE_NAMED_FACILITY, CUE_COUNTRY_NISBA, CUE_CONJUNCTION, CUE_PENINSULA, CUE_COALITION_HEAD, CUE_STADIUM_HEAD } from "./recognize/cue-bits.js";
import { TWO_LETTER_REGION_CODES, isNationalAdjective, isGazetteerPlace } from "./recognize/words.js";
import { isFootballText } from "./recognize/sports-words.js";
import { settleTypes } from "./recognize/settle-types.js";
import { addPressCitations } from "./recognize/press-citations.js";
import { retypePersonsAfterOrganizationHeads, markShortNamesInBrackets, retypeQuotedMedia, retypePressCitations, dropAgencyHeads, retypeMedicalCities } from "./recognize/retypes.js";
import { addNationalBodies, addMinistriesByField } from "./recognize/national-bodies.js";
import { addStateNames, addKnownOrganizations, widenKnownOrganizationsOfCountries } from "./recognize/known-organizations.js";
import { addRegionalPlaces, addWorldPlaces, addPeninsulaHeads } from "./recognize/gazetteer-places.js";
import { dropTeamWordsAfterRank, dropBoardsOfOrganizations, dropDefinitePluralsAlone, dropSoundPluralsOfCommonWords, dropPronounClausesAsPersons, retypeThingsAfterKindHeads, joinTimeWordFamilyNames, dropReligiousFormulas, dropNationalAdjectivesAlone } from "./recognize/drops.js";
import { widenPluralFieldsOverParticiples, addNewsAgenciesOfPlaces, addGeneralOrgansOfBodies, addInstitutionsOfPlaces, widenSportsBodiesOverSports, widenOverConjoinedConstructFields } from "./recognize/organization-widenings.js";
import { tagRuns, dropConjunction, pushSpan, continueNamesAfterConnectors, splitNamesAtFusedPlaceHeads } from "./recognize/tag-runs.js";
import { addCompaniesOfShares, splitKnownOrganizationPairs } from "./recognize/companies.js";
import { addRepeatedNames, addMilitiasOfFamilies } from "./recognize/repeated-names.js";
import { cutWordsAfterFamilyNamesInDocument, cutCliticNounsOffPersons, cutPrepositionalTailsOffPersons, cutOutletPhrasesOffPersons, cutProcliticsOfNamesInDocument, splitPersonsAtListedLastWords, cutListedWordsOffOrganizations, addGivenNamesInPersonLists, cutConjunctionsOfListedNames, cutWordsAfterOrganizationsInDocument, cutVerbsAndParticlesOffNames } from "./recognize/cuts.js";
import { addFootballClubs, foreignClubs, listedNames, addForeignClubs, addClubsAfterOpponentWords, joinNisbasAfterListedClubs, addClubsAfterClubsInLists, addClubsOfCountries, splitClubsOffGluedWords } from "./recognize/clubs.js";
import { addInstitutionNames, addInstitutionChains, addDefiniteInstitutions, addDefiniteBodiesOfCountries, addHighCourts, addBodiesOfProvinces, addMosquesOfBodies, addClubsNamedForPlaces, addRulersCourts } from "./recognize/institutions.js";
import { widenInstitutionsOverFusedFields, widenInstitutionFields, widenFieldTails } from "./recognize/organization-fields.js";
import { addPersonsAfterRanks, addTitledNewNames } from "./recognize/persons.js";
import { addTimeZonePlaces, addFacilitiesNamedForTowns, addNamedFacilities, addStadiumNames, addProvincePlaces, addPlacesAfterSettlementHeads, addPlacesInLists } from "./recognize/places.js";
import { addFamilyNames, widenPersonsAfterHonorifics, addReportedFamilyNames, addNisbaFamilyNamesAfterLineage, addGivenNamesBeforeLineage, addGivenNamesBeforeNameChains, addCoordinatedPersons } from "./recognize/family-names.js";
import { addPartyAdjectives, addDefinitePartyNames, addCoalitionNames, joinOrganizationsOfCountries } from "./recognize/parties.js";
import { addInstitutionsNamedForPersons, addFacilitiesNamedForPersons } from "./recognize/named-for-persons.js";
import { hasPerson, sentenceRuleCues } from "./recognize/rule-cues.js";
import { splitPersonsOffLongerNames, splitPlacesAfterInstitutions, splitPlacesOffPersons, retypePersonsAfterDefiniteProvinces, splitPersonsOffPlaces, splitPersonsOffOrganizations, splitPersonsOffNamedOrganizations, dropUnitNounsAfterTitles, retypePersonsAfterIn } from "./recognize/splits.js";
import { joinPlaceEpithets, joinGivenNamesToNextPersons, joinOneWordNamesToNextPersons, addFamilyNamesBeforeBrackets, joinWestToNames, joinClubSuffixes, joinCountryNisbasToClubs, joinTeamHeadsToPlaces, joinRegionAdjectivesToCountries, joinPlaceOpenersToNames, joinStreetHeadsToPlaces, addNumberedUnits, joinTownsToSaintClubs, joinClubsToTowns, addDatelinePlaces, addUnseenFamilyNamesInLists, cutCountryAdjectivesOffPlaces, extendOverHyphens } from "./recognize/joins.js";

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
  if (isFootball) splitClubsOffGluedWords(text, spans, model);
  joinTimeWordFamilyNames(text, spans);
  splitPersonsAtListedLastWords(text, spans, model);
  cutListedWordsOffOrganizations(text, spans, model);
  cutWordsAfterOrganizationsInDocument(text, spans, model);
  cutVerbsAndParticlesOffNames(text, spans, model);
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
  dropHeadsWithoutNames(spans, model);
  const latin = hasLatinLetter(text) ? recognizeLatinEntities(text, latinPlacesOf(model)) : [];
  const arabic: EntitySpan[] = spans.filter((s) => !hasLatinLetter(s.text)).map(({ type, text: t, start, end, role }) => entitySpan(type, t, start, end, role || undefined));
  const all = [...arabic, ...latin].sort(byOffsets);
  retypePersonsAfterOrganizationHeads(text, all);
  settleOrganizationHeads(text, all, headWordTests(model));
  markShortNamesInBrackets(text, all);
  return all;
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
