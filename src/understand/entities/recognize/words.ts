/**
 * Word tests the rule families share: plain, possessed and head words, titles, family names, nisba and national
 * adjectives, gazetteer places, country names.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { rememberWordTest } from "../../../arabic/lexicon/word-list.js";
import { BoundedMemo } from "../../../arabic/bounded-memo.js";
import { rememberTokenTest, type TokenInfo } from "../features.js";
import { LOC_CUES, NAME_CONNECTORS, NATIONAL_BODY_HEADS, ORG_HEADS, PERSON_CUES, POSSESSIVE_SUFFIX } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import { timesSeen } from "./shared.js";

/** Every two-letter code AA to ZZ: Intl.DisplayNames names the regions among them and has no list of its own. */
export const TWO_LETTER_REGION_CODES: readonly string[] = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
export const ARABIC_LETTERS_ONLY = /^[\u0621-\u064A]+$/;

export const PLACE_ADJECTIVE = /^ال([\u0621-\u064A]{2,}?)(?:يه|ي)$/;

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
export function placeAdjectiveStem(norm: string): string | undefined {
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
export const isPlaceAdjective = rememberModelWordTest((norm, model) => {
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
export const isCountryAdjective = rememberModelWordTest((norm, model) => {
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
export const isNationalAdjective = rememberModelWordTest((norm, model) => {
  if (!DEFINITE_NISBA.test(norm)) return false;
  if (isPlaceAdjective(norm, model)) return true;
  const feminine = norm.endsWith("يه") ? norm : norm + "ه";
  return model.entityWordSet.has(feminine) || (model.resources.gazetteer.byFirst.get(feminine)?.some((e) => e.type === "LANG") ?? false);
});

/** Words of a sport after الاتحاد + nisba (الاتحاد السعودي لكرة القدم). */
export const SPORT_FIELD = /^لكره$/;

export const isNationalBodyHead = rememberTokenTest((t) => NATIONAL_BODY_HEADS.has(t.norm) || NATIONAL_BODY_HEADS.has(t.core));

/**
 * A family name is rare in general news (السبيعي, المطيري: under 10 in the unlabeled text); a word
 * seen more is a common one (أسماء | النواب, names of the deputies; الدولي, international).
 */
export const MAX_FAMILY_NAME_COUNT = 20;
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
export function isFamilyName(t: TokenInfo, model: NerModel): boolean {
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

/** The article written with a bare alef: a name spelled أل (أليغري) is no nisba with the article. */
export const ALEF_LAM = "\u0627\u0644";
/** The normalizer folds teh marbuta to heh: a feminine nisba's normalized ending. */
export const ARABIC_LETTER_HEH = "\u0647";

/** Connectors of lineage: a word after «X بن» is the father's name, and a definite word after that a family name. */
export const LINEAGE_CONNECTORS = new Set(["بن", "ابن", "بنت"]);
/** A token that is one comma, Arabic or Latin (`/^[،,]$/`). */
export const isListComma = (text: string): boolean => text === "،" || text === ",";
/**
 * Heads the sports press drops once the club is named (نادي الهلال … لاعب الهلال). Hospitals and
 * companies are named for families and titles (مستشفى الخالدي, شركة الدكتور …): their rest is no
 * name of the organization alone.
 */
export const CLUB_HEADS = new Set(["نادي"]);

export const NISBA_YEH = "\u064A";

export const isGazetteerPlace = (norm: string, model: NerModel) => model.resources.gazetteer.byFirst.get(norm)?.some((e) => e.type === "LOC") ?? false;
/**
 * NAME_CONNECTORS and آل (folded to ال: محمد آل حافظ), the words that bind the word before them to the name: a person's
 * name never starts after them, nor ends on them.
 */
export const BINDING_NAME_WORDS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, "ال"]);

/** A mention's normalized words (normalizeArabic, split at its spaces), remembered by text: several document steps split every mention; shared, so read only. */
const mentionWords = new BoundedMemo<readonly string[]>(20_000);
export function normalizedWordsOf(text: string): readonly string[] {
  let words = mentionWords.get(text);
  if (!words) mentionWords.set(text, (words = normalizeArabic(text).split(" ")));
  return words;
}

/**
 * Words the training text almost never tags inside an entity although it saw them often (learned:
 * model.plainWords): common nouns, verbs, function words. Given names are never plain.
 */
export function isPlainWord(t: TokenInfo, model: NerModel): boolean {
  if (t.cue === "given") return false;
  return model.plainWordSet.has(t.norm) || (t.core !== t.norm && model.plainWordSet.has(t.core));
}
/** Shortest stem left once a possessive suffix is cut (shorter ones make names like طه look possessed). */
const MIN_POSSESSED_STEM = 3;

/**
 * A plain word with a possessive suffix (مدربه = مدرب + ه, its coach): the stem, or with its ة back
 * (مدربته → مدربة), is a word training almost never tags in a name. Given names are never this.
 */
export function isPossessedPlainWord(t: TokenInfo, model: NerModel, suffixes = POSSESSIVE_SUFFIX): boolean {
  if (t.cue === "given") return false;
  const suffix = suffixes.exec(t.norm)?.[0];
  if (!suffix) return false;
  const stem = t.norm.slice(0, -suffix.length);
  if (stem.length < MIN_POSSESSED_STEM) return false;
  return model.plainWordSet.has(stem) || (stem.endsWith("ت") && model.plainWordSet.has(stem.slice(0, -1) + "ه"));
}

export const DEFINITE_NISBA = /^ال[\u0621-\u064A]{2,}(?:ي|يه)$/;

export function isHeadWord(w: string): boolean {
  return ORG_HEADS.has(w) || LOC_CUES.has(w) || PERSON_CUES.has(w);
}

export const isTitleInfo = rememberTokenTest((t) => PERSON_CUES.has(t.core) || PERSON_CUES.has(t.norm));

export function isTitleWord(t: TokenInfo | undefined): boolean {
  return t !== undefined && isTitleInfo(t);
}

/**
 * Heads of institution names built as head + definite noun (+ nisba or العام): وزارة الدفاع الروسية,
 * مستشفى العيون العام; a university's deanship (عمادة القبول والتسجيل, عمادة التعلم الإلكتروني).
 */
export const INSTITUTION_HEADS = new Set(["وزاره", "هيئه", "جامعه", "مجلس", "محكمه", "وكاله", "مفوضيه", "منظمه", "جمعيه", "مديريه", "نقابه", "بنك", "جيش", "نادي", "مستشفي", "مؤسسه", "لجنه", "عماده"]);
export const DEFINITE = /^ال[\u0621-\u064A]{2,}$/;

/** A word with the fused لل (ل + ال, the alef dropped), a conjunction و or ف before it or not: للصليب, وللأونروا. */
const FUSED_LAM_ARTICLE = /^([وف]?)لل([\u0621-\u064A]{2,})$/;

/**
 * The definite word a normalized word writes with the fused لل (للحرس → الحرس, وللأونروا → الأونروا as normalized), and
 * the length of the conjunction before the لل (a mention starts after it and keeps the لل, as the entity gold writes
 * «للأمم المتحدة»); null for any other word. A known name looked up by the word's own form or its core never matches
 * there: the core of للحرس is حرس, without the article the name has.
 */
export function fusedLamDefinite(norm: string): { conjunction: number; definite: string } | null {
  const m = FUSED_LAM_ARTICLE.exec(norm);
  return m ? { conjunction: m[1]!.length, definite: "ال" + m[2]! } : null;
}
/**
 * Adjectives that close a body's name besides nisbas (لجنة التدريب | المشترك, قوات الطوارئ | الخاصة,
 * رابطة الدوري الإنجليزي | الممتاز; a federal body: مكتب التحقيقات | الفيدرالي, BBC ×3 articles, alyaum), a closed class:
 * the other participles after a body say which of its acts or parts (قرار مجلس الوزراء | المتعلق, أجهزة منظمة التعاون
 * الإسلامي | المختلفة).
 */
export const NAME_ADJECTIVES = new Set(["المشترك", "المشتركه", "الموحد", "الموحده", "المتحده", "المسلحه", "المتخصص", "المتخصصه", "الخاص", "الخاصه", "الاعلي", "العليا", "الكبري", "الممتاز", "المستقل", "المستقله", "الدائم", "الدائمه", "الفيدرالي", "الفيدراليه", "الفدرالي", "الفدراليه"]);
/** A present verb's first letter after ل of purpose (ليكون, ليتم): no noun in construct; nouns rarely start with ي. */
export const PRESENT_VERB_START = /^ي/;

let countryNames: ReadonlySet<string> | undefined;

/** The CLDR region names in Arabic (Intl.DisplayNames), folded. */
export function arabicCountryNames(): ReadonlySet<string> {
  if (countryNames) return countryNames;
  const arabic = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  const names = new Set<string>();
  for (const code of TWO_LETTER_REGION_CODES) {
    const name = arabic.of(code);
    if (name) names.add(normalizeArabic(name));
  }
  return (countryNames = names);
}

/** Nisbas of a direction (ريف الحسكة الجنوبي: the southern countryside), no country's. */
export const DIRECTION_NISBA = /^ال(?:شمال|جنوب|شرق|غرب)ي$/;
/** A masculine definite nisba agreeing with such a head (المركزي, الإقليمي, العسكري, التجاري), no feminine one. */
export const MASCULINE_NISBA = /^ال[\u0621-\u064A]{2,}ي$/;

/** A definite word, with a fused clitic or not (المحيط, للجمهورية, للولايات). */
export const DEFINITE_OR_FUSED = /^(?:[وفبلك]{0,2}ال|لل)/;

/** Nunation (tanwin: ً ٌ ٍ), written on indefinite nouns and adjectives (ممثلاً, كريمًا), never on a name's word. */
const NUNATION = /[\u064B-\u064D]/;

/**
 * Whether a word is written with nunation (ممثلاً, مصدقاً, اتصالًا): a name is definite or a proper
 * noun, neither takes tanwin, so a run of the tagger ends before such a word (عبدالله الشريف |
 * ممثلاً لوزارة الصحة) and one that starts with it names nothing (ممثلاً; سائلاً الله).
 */
export function isNunated(word: string): boolean {
  return NUNATION.test(word);
}

export function isOrgHeadInfo(t: TokenInfo): boolean {
  return ORG_HEADS.has(t.norm) || ORG_HEADS.has(t.core);
}
