/**
 * Merging the mentions of one article into entities. Rules, applied in order:
 * 1. name form: title and role words in front of a person's name are cut (الوزير بلينكن → بلينكن, الرئيس
 *    الأذربيجاني علييف → علييف), and a first word written with the fused لل gets its article back
 *    (للأمم المتحدة → الأمم المتحدة);
 * 2. spelling variants: mentions whose matching keys are equal are one entity. The key is the
 *    normalized form (normalize.ts: hamza forms, ة/ه, ى/ي, Persian letters, marks), with a leading
 *    ال dropped and doubled letters collapsed (قرة باغ = قره باغ = قره‌باغ, ناغورنی = ناغورني), a
 *    one-word nisba plural in one case (الحوثيون = الحوثيين), a militia of the nisba (ميليشيا الحوثي = الميليشيات الحوثية = الحوثيين) and a landform head in one word
 *    (مرتفعات الجولان = هضبة الجولان);
 * 3. short forms: person names of the same words once each word's article is dropped are one (الحسن سقطي = الحسن
 *    السقطي; «ابن» is «بن» there: ابن محي → حسين بن محي); a person mention of one word equal to the last word(s) of a longer person name
 *    joins it (علييف → إلهام علييف) unless it starts with another given name (a forebear's name:
 *    محمد المهداوي in أحمد عبدالحميد جودة محمد المهداوي), as does any mention that is the last two or more words of a
 *    longer name of the same type (قرة باغ → ناغورني قرة باغ), and a one-word place that ends a
 *    two-word place led by a settlement or landform head (الريم → وادي الريم, but not القاهرة →
 *    مطار القاهرة), a country's short name the one formal state name of the article holds, given
 *    before or after (مصر → جمهورية مصر العربية, السعودية → المملكة العربية السعودية), and a one-word organization that ends a two-word one led by a head of
 *    NAMED_ORG_HEADS or «منظمة» (حماس → حركة حماس, الاتفاق → نادي الاتفاق, الإنتربول → منظمة الإنتربول); an organization name joins the longer one it starts when the rest is nisba
 *    adjectives (وزارة الدفاع → وزارة الدفاع الآذرية), or the one longer organization name of the
 *    article with the same head word that holds all its words in any order, a field's fused لل aside (هيئة السياحة → الهيئة العامة للسياحة; الاتحاد السعودي, اتحاد
 *    القدم السعودي → الاتحاد السعودي لكرة القدم; الجيش الإسرائيلي → جيش الدفاع الإسرائيلي). The full name given most recently
 *    before wins; without one, a one-word person name, or an organization name the nisba-extended
 *    one repeats, may join the one full name given after it; a one-word given name no last name
 *    matched joins the one longer person name it starts (بليندا → بليندا وولنغتون), as does a
 *    compound given name written apart (عبد الرحمن → عبد الرحمن عثمان), and a one-word name that
 *    starts the one person name of three or more words (East Asian family name first: كيم → كيم جونغ أون); last, a one-word
 *    person name that spells the one longer person name's family name another way joins it (نتانياهو → بنيامين نتنياهو:
 *    short-forms.ts isSpellingOfFamilyName);
 * 3b. spellings: entities of one type sharing a mention written with or without a space (عبدالرزاق = عبد الرزاق)
 *    or with one vowel letter more inside a long foreign word, the other words equal (باشنيان = باشينيان), are one;
 * 4. short names: a one-word name in brackets or quotes right after an organization's full name
 *    (recognize.ts shortFor: وكالة الأنباء الكويتية (كونا), وكالة أنباء الصين الجديدة "شينخوا") joins
 *    it, with its later mentions, and names the entity: the press names it so elsewhere (واس, حماس);
 *    Latin ↔ Arabic: a Latin place name joins the Arabic entity named by its CLDR Arabic name
 *    (United States → الولايات المتحدة); otherwise a Latin-script mention joins the Arabic entity whose name, or for a person
 *    whose last name, has a matching consonant skeleton (transliterate.ts); failing that, a Latin
 *    person name joins the one Arabic person whose last name is one inserted or dropped consonant
 *    away (Pashinyan ↔ باستينيان), when no other person of the article is that close; it becomes an alias;
 * 5. type: the majority type of an entity's mentions, ties to the first seen.
 * Output: entities in order of first mention; `name` is the short name of rule 4, else the longest
 * Arabic name form (first seen on ties), `mentions` the name forms as written, in order, without repeats, `aliases` the Latin forms,
 * `roles` (persons, when the text gave any) the roles cut from the mentions (recognize.ts), without repeats.
 */
import type { Entity, EntityType } from "../../types.js";
import { memoized } from "../../arabic/bounded-memo.js";
import { normalizeArabic, withoutInvisibles } from "../../arabic/normalize.js";
import { COALITION_HEADS, GIVEN_NAMES, LANDFORM_HEADS, LOC_CUES, MILITIA_WORD_PATTERN, NAME_CONNECTORS, NAMED_ORG_HEADS, ORG_HEADS, PERSON_CUES } from "./lexicon.js";
import type { EntitySpan } from "./span.js";
import { arabicSkeleton, crossArticleSpelling, latinSkeleton, skeletonsMatch, skeletonsOneIndelApart, withoutArticle } from "./transliterate.js";
import { withoutConjunction } from "../../arabic/conjunction.js";
import { isSpellingOfFamilyName } from "./short-forms.js";
import { clubWithoutCountryNisba, nameWithoutJoinableHead } from "./name-key-heads.js";
import { FOREIGN_CLUBS } from "./foreign-clubs.js";

const LATIN = /\p{Script=Latin}/u;
/** Heads after which the name alone names the same place (وادي الريم → الريم), unlike مطار or شارع. */
const PLACE_OF_NAME = new Set(["وادي", "واحه", "مدينه", "بلده", "قريه", "مخيم", "حي", "جبل", "هضبه", "قطاع", "جزيره", "ارخبيل"]);
/** Heads of one island or archipelago, so the same name under either is one place (جزيرة سقطرى = أرخبيل سقطرى). */
const ISLAND_HEADS = new Set(["جزيره", "ارخبيل", "جزر"]);
/** Heads that name the same landform (مرتفعات الجولان = هضبة الجولان), as the matching key spells the first. */
const LANDFORM_SYNONYMS: ReadonlyMap<string, string> = new Map([["مرتفعات", "هضبه"]]);
/**
 * Heads whose body the press also names by the name alone, the head in the span by the gold's convention
 * (eval/entities/README.md): NAMED_ORG_HEADS and «منظمة» (الإنتربول … منظمة الإنتربول, SkyNews; اليونسكو, أوبك).
 */
const HEADS_OF_BODIES_NAMED_ALONE = new Set([...NAMED_ORG_HEADS, "منظمه"]);

/** Heads of a state's formal name, which the country's short name sits in (مملكة البحرين, جمهورية مصر العربية), as match keys spell them (doubled letters collapsed: ملكه). */
const POLITY_HEADS = new Set(["ملكه", "جمهوريه", "دوله", "سلطنه", "اماره"]);
const ARABIC = /[\u0600-\u06FF]/;
// Nisba adjectives after a title (الرئيس الأذربيجاني علييف) end in ي; they are cut with the title.
const NISBA = /^ال[\u0621-\u064A]{2,}ي$/;
const TITLE_ADJECTIVES = new Set(["السابق", "الاسبق", "الحالي", "الجديد", "المكلف", "الاول", "الثاني", "العام", "الاعلي", "الخارجيه", "الدفاع", "الداخليه"]);

/** How many names matchKey remembers (an article has a few dozen; a day of news a few thousand). */
const NAME_MEMO_LIMIT = 20_000;

interface Mention {
  span: EntitySpan;
  /** Position in the input: spans of different texts (body, embeds) have unrelated offsets. */
  order: number;
  form: string;
  key: string;
  words: string[];
  isLatin: boolean;
}

interface Group {
  mentions: Mention[];
  types: EntityType[];
  /** The Arabic short name given in brackets after the full name (rule 4): the entity's name across articles. */
  shortName?: Mention;
  /** majority(types), remembered until `types` grows (groupType): rule 3 asked it of every pair of groups. */
  majorityType?: EntityType;
}

/** The group's majority type, remembered on it; every push to its types clears it (addTypes). */
function groupType(g: Group): EntityType {
  return (g.majorityType ??= majority(g.types));
}

/** Adds types to a group's, clearing its remembered majority. */
function addTypes(g: Group, types: readonly EntityType[]): void {
  g.types.push(...types);
  g.majorityType = undefined;
}

/** nameForm's answers: a person's, and any other type's (the same whatever that type: only a person's titles are cut). */
const personNameForm = memoized((text: string) => nameFormOf(text, true), NAME_MEMO_LIMIT);
const otherNameForm = memoized((text: string) => nameFormOf(text, false), NAME_MEMO_LIMIT);

/** Name form of a mention: a person's titles cut, fused لل restored to ال (rule 1); remembered per text (merge and settle ask it of every mention). */
export function nameForm(text: string, type: EntityType = "person"): string {
  return type === "person" ? personNameForm(text) : otherNameForm(text);
}

function nameFormOf(text: string, isPerson: boolean): string {
  const words = text.trim().split(/\s+/);
  let k = 0;
  while (isPerson && k < words.length - 1) {
    const n = normalizeArabic(words[k]!);
    const bare = withoutConjunction(n);
    if (PERSON_CUES.has(n) || PERSON_CUES.has(bare)) k++;
    else if (k > 0 && (NISBA.test(n) || TITLE_ADJECTIVES.has(n))) k++;
    else break;
  }
  const rest = words.slice(k);
  if ((rest[0] ?? "").startsWith("لل") && /^لل[\u0621-\u064A]{2,}/.test(rest[0]!)) rest[0] = "ال" + rest[0]!.slice(2);
  return rest.join(" ");
}

/** Matching key of a name (rule 2); remembered per name (a name recurs in every article about it, and each merge and settle step keys it again). */
export const matchKey = memoized(matchKeyOf, NAME_MEMO_LIMIT);

/** A definite nisba plural of one word in the nominative (الحوثيون): the key of its other case (الحوثيين), one group either way. */
const NOMINATIVE_NISBA_PLURAL = /^(ال[\u0621-\u064A]{3,})يون$/;

/**
 * A militia named by its leader's family nisba (ميليشيا الحوثي, ميليشيات الحوثي, the hashtag #ميليشيات_الحوثي) or by
 * the definite militia word and the nisba's feminine (الميليشيات الحوثية, للمليشيات الحوثية): the key of the nisba
 * plural (الحوثيين), the one group.
 */
const MILITIA_OF_NISBA = new RegExp(String.raw`^(?:${MILITIA_WORD_PATTERN})[ _](ال[\u0621-\u064A]{2,}ي)$`);
const MILITIA_OF_NISBA_ADJECTIVE = new RegExp(String.raw`^(?:ال|لل)(?:${MILITIA_WORD_PATTERN})[ _](ال[\u0621-\u064A]{2,}ي)ه$`);

/**
 * A hashtag's marks in a name (#هيفاء_وهبي, الاتحاد_الأوروبي, دونالد #ترمب: Al Arabiya ×298, CNN, France24, BBC in the
 * pools): the «#» and the underscores that join its words, read by the cross-article key (nameKey) as the spaces of
 * the name written out. Not by matchKey: joining them within an article moved the stories DEV (ent132: R 0.952 → 0.938).
 */
const HASHTAG_MARKS = /\s*[#_]+\s*/g;

function matchKeyOf(name: string): string {
  if (LATIN.test(name) && !ARABIC.test(name)) return "latin:" + name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return normalizeArabic(name)
    .replace(NOMINATIVE_NISBA_PLURAL, "$1يين")
    .replace(MILITIA_OF_NISBA, "$1ين")
    .replace(MILITIA_OF_NISBA_ADJECTIVE, "$1ين")
    .replace(/[\u200C\u200D]/g, " ")
    .split(" ")
    .map((w, i) => (i === 0 ? (LANDFORM_SYNONYMS.get(w) ?? withoutArticle(w)) : w))
    .join(" ")
    .replace(/(.)\1+/g, "$1");
}

/** Corpus-level key of an entity, for merging across articles: type plus matching key of its name. */
export function entityKey(name: string, type: EntityType): string {
  return `${type}:${nameKey(nameForm(name, type), type)}`;
}

/**
 * A word of a name as rule 3 compares it: without its article (السقطي = سقطي), and «ابن» as «بن» (ابن محي is حسين بن
 * محي called by his father's name; ابن سلمان, محمد بن سلمان).
 */
function wordOfName(word: string): string {
  return word === "ابن" ? "بن" : withoutArticle(word);
}

/** Two names of the same words once each word's article is dropped (الحسن سقطي, الحسن السقطي). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

const TYPE_SLOTS: Readonly<Record<EntityType, number>> = { person: 0, location: 1, organization: 2, misc: 3 };
/** majority's counts by TYPE_SLOTS (it is synchronous): it runs for every pair of groups of an article, and a Map each was garbage. */
const typeCounts = new Int32Array(4);

/** The most frequent type; of equally frequent ones, the one that comes first in `types`. */
function majority(types: readonly EntityType[]): EntityType {
  typeCounts.fill(0);
  for (const t of types) typeCounts[TYPE_SLOTS[t]]!++;
  let best = types[0]!;
  for (const t of types) if (typeCounts[TYPE_SLOTS[t]]! > typeCounts[TYPE_SLOTS[best]]!) best = t;
  return best;
}

function longestArabic(g: Group): Mention | undefined {
  let best: Mention | undefined;
  for (const m of g.mentions) if (!m.isLatin && (!best || m.form.length > best.form.length)) best = m;
  return best;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

const NISBA_WORD = /^[\u0621-\u064A]{2,}(?:ي|يه)$/;

/** `long` is `short` followed only by nisba adjectives (وزاره دفاع + اذريه). */
function extendsWithNisba(long: readonly string[], short: readonly string[]): boolean {
  return short.length < long.length && short.every((w, i) => long[i] === w) && long.slice(short.length).every((w) => NISBA_WORD.test(w));
}

/**
 * `short`, two or more words ending the person name `long`, starts with a given name that is not
 * `long`'s own first word: the name of a father or grandfather with the family name (أحمد عبدالحميد
 * جودة محمد المهداوي ← محمد المهداوي; سلمان بن عبدالعزيز آل سعود ← عبدالعزيز آل سعود), another person.
 */
function isForebearName(long: readonly string[], short: readonly string[]): boolean {
  return short.length >= 2 && short[0] !== long[0] && GIVEN_NAMES.has(short[0]!) && !NAME_CONNECTORS.has(short[0]!);
}


/**
 * `long` has the head word of `short` first and every other word of it, in any order: the same body
 * named shorter or with its words moved (الاتحاد السعودي, اتحاد القدم السعودي → الاتحاد السعودي لكرة
 * القدم; الجيش الإسرائيلي → جيش الدفاع الإسرائيلي). Words compared without their article.
 */
function holdsWordsUnderOneHead(long: readonly string[], short: readonly string[]): boolean {
  return short.length >= 2 && short.length < long.length && short[0] === long[0] && short.every((w) => long.some((l) => l === w || withoutFusedLam(l) === w));
}

/**
 * A field with the fused لل is its definite word (هيئة المهندسين in الهيئة السعودية للمهندسين): the
 * key has collapsed the doubled lam and the words have lost their article (مهندسين, لمهندسين).
 */
function withoutFusedLam(word: string): string {
  return word.startsWith("ل") && word.length > 4 ? word.slice(1) : word;
}

/**
 * `short` is one word of a state's formal name after its head, or the country its nisba names (مصر in
 * جمهورية مصر العربية, السعودية in المملكة العربية السعودية, المغرب ← المملكة المغربية, سوريا ← الجمهورية العربية السورية).
 */
function isInFormalStateName(long: readonly string[], short: readonly string[]): boolean {
  if (short.length !== 1 || long.length < 2 || !POLITY_HEADS.has(long[0]!)) return false;
  const name = short[0]!;
  // Words are compared without their article: مغرب → مغربيه, سوريا → سوريه, امريكا → امريكيه.
  const nisba = name.endsWith("يا") ? name.slice(0, -1) + "ه" : (name.endsWith("ا") ? name.slice(0, -1) : name) + "يه";
  const forms = [name, nisba];
  return long.slice(1).some((w) => forms.includes(w));
}

/** A place of two words led by a head after which the name alone names it (وادي الريم). */
function isHeadedPlace(full: readonly string[]): boolean {
  return full.length === 2 && PLACE_OF_NAME.has(full[0]!);
}

/**
 * `full` is `short` after the head that names it alone, a place's (غزة … قطاع غزة, SkyNews) or a body's (الهلال … نادي
 * الهلال, almadina): the name given first and its headed form later are one entity, as in the other order.
 */
function isHeadedLaterName(type: EntityType, full: readonly string[], short: readonly string[]): boolean {
  if (!endsWith(full, short)) return false;
  if (type === "location") return isHeadedPlace(full);
  return type === "organization" && full.length === 2 && HEADS_OF_BODIES_NAMED_ALONE.has(full[0]!);
}

/** A peninsula of one name (شبه جزيرة سيناء, whose name alone is سيناء), as match keys spell it. */
function isPeninsula(full: readonly string[]): boolean {
  return full.length === 3 && full[0] === "شبه" && full[1] === "جزيره";
}

/** `a` and `b` are one name after two island heads (جزيره سقطري, ارخبيل سقطري). */
function isSameIsland(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 2 && b.length === 2 && a[0] !== b[0] && ISLAND_HEADS.has(a[0]!) && ISLAND_HEADS.has(b[0]!) && a[1] === b[1];
}

/** `a` and `b` are one coalition's name after its two heads (تحالف الجبهه الوطنيه, ائتلاف الجبهه الوطنيه: SkyNews). */
function isSameCoalition(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 2 && a.length === b.length && a[0] !== b[0] && COALITION_HEADS.has(a[0]!) && COALITION_HEADS.has(b[0]!) && a.every((w, i) => i === 0 || w === b[i]);
}

/**
 * `long` is a union's formal name, `short` and then nisba adjectives with «المتحدة» (الإمارات → الإمارات العربية
 * المتحدة, الولايات المتحدة → الولايات المتحدة الأمريكية): words compared without their article.
 */
function isInUnionName(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length || !long.includes(UNITED) || !short.every((w, i) => long[i] === w)) return false;
  return long.slice(short.length).every((w) => w === UNITED || FEMININE_NISBA.test(w));
}
const UNITED = "متحده";
/** A nisba agreeing with a plural of things (الإمارات العربية): not «لدعاوى» of a run-on span (الولايات المتحدة لدعاوى). */
const FEMININE_NISBA = /^[\u0621-\u064A]{2,}يه$/;

/** The words of a match key, pushed, not `map`ped: packed in every tier (see normsOf in arabic/analyze.ts). */
function wordsOfKey(key: string): string[] {
  const words: string[] = [];
  for (const w of key.split(" ")) words.push(wordOfName(w));
  return words;
}

export function mergeEntities(spans: readonly EntitySpan[]): Entity[] {
  const mentions: Mention[] = spans
    .map((span, order) => {
      const form = nameForm(span.text, span.type);
      const key = matchKey(form);
      return { span, order, form, key, words: wordsOfKey(key), isLatin: LATIN.test(form) && !ARABIC.test(form) };
    })
    .filter((m) => m.key && m.key !== "latin:");

  // Rule 2: same key, one group (types may disagree; rule 5 settles them).
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    let g = byKey.get(m.key);
    if (!g) {
      g = { mentions: [], types: [], majorityType: undefined };
      byKey.set(m.key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    g.types.push(m.span.type); // before any groupType: nothing remembered yet
  }

  // Rule 3: short forms join the full name given most recently before them, else a unique later one.
  const merged = new Set<Group>();
  const firstIndex = (g: Group) => g.mentions[0]!.order;
  for (const g of groups) {
    if (g.mentions[0]!.isLatin) continue;
    const short = g.mentions[0]!;
    const type = groupType(g);
    const isOpenArabic = (h: Group) => h !== g && !merged.has(h) && !h.mentions[0]!.isLatin;
    // Words in any order name the body only when one longer name of the article holds them all.
    const holders = type === "organization" ? groups.filter((h) => isOpenArabic(h) && groupType(h) === "organization" && holdsWordsUnderOneHead(h.mentions[0]!.words, short.words)) : [];
    const candidates = groups.filter((h) => {
      if (!isOpenArabic(h)) return false;
      const full = h.mentions[0]!.words;
      const hType = groupType(h);
      if (type === "organization" && hType === "organization" && (extendsWithNisba(full, short.words) || isSameCoalition(full, short.words) || (holders.length === 1 && holders[0] === h))) return true;
      if (type === "location" && hType === "location" && (isInFormalStateName(full, short.words) || isInUnionName(full, short.words) || isSameIsland(full, short.words))) return true;
      if (type === "person" && hType === "person" && sameWords(full, short.words)) return true;
      if (!endsWith(full, short.words)) return false;
      if (type === "person" && hType === "person") return !isForebearName(full, short.words);
      if (type === "location" && hType === "location" && (isHeadedPlace(full) || isPeninsula(full))) return true;
      if (type === "organization" && hType === "organization" && full.length === 2 && HEADS_OF_BODIES_NAMED_ALONE.has(full[0]!)) return true;
      return hType === type && short.words.length >= 2;
    });
    if (!candidates.length) {
      const named = type === "person" ? (personNamedFirst(groups, g, merged) ?? personOfSpelledFamilyName(groups, g, merged)) : undefined;
      if (named) {
        named.mentions.push(...g.mentions);
        addTypes(named, g.types);
        merged.add(g);
      }
      continue;
    }
    const before = candidates.filter((h) => firstIndex(h) < firstIndex(g));
    const isOnlyLaterName = candidates.length === 1 && (isHeadedLaterName(type, candidates[0]!.mentions[0]!.words, short.words) || (type === "person" && (short.words.length === 1 || sameWords(candidates[0]!.mentions[0]!.words, short.words))) || (type === "location" && (isInFormalStateName(candidates[0]!.mentions[0]!.words, short.words) || isInUnionName(candidates[0]!.mentions[0]!.words, short.words))) || (type === "organization" && (extendsWithNisba(candidates[0]!.mentions[0]!.words, short.words) || holdsWordsUnderOneHead(candidates[0]!.mentions[0]!.words, short.words))));
    const later = isOnlyLaterName ? candidates[0]! : null;
    const target = before.length ? before[before.length - 1]! : later;
    if (!target) continue;
    target.mentions.push(...g.mentions);
    addTypes(target, g.types);
    merged.add(g);
  }
  let live = joinSpellingVariants(groups.filter((g) => !merged.has(g)));

  // Rule 4a: a short name given in brackets after an organization's full name joins it, with its later mentions.
  const shortMerged = new Set<Group>();
  for (const g of live) {
    const fullName = g.mentions.find((m) => m.span.shortFor)?.span.shortFor;
    if (!fullName) continue;
    const key = matchKey(nameForm(fullName, "organization"));
    const target = live.find((h) => h !== g && !shortMerged.has(h) && h.mentions.some((m) => m.key === key));
    if (!target) continue;
    target.mentions.push(...g.mentions);
    if (!g.mentions[0]!.isLatin) {
      addTypes(target, g.types);
      target.shortName ??= g.mentions[0];
    }
    shortMerged.add(g);
  }
  live = live.filter((g) => !shortMerged.has(g));

  // Rule 4: Latin mentions join the Arabic entity they transliterate.
  const latinMerged = new Set<Group>();
  for (const g of live) {
    if (!g.mentions[0]!.isLatin) continue;
    const latin = g.mentions[0]!.form;
    const words = latin.split(/\s+/);
    const skeleton = latinSkeleton(latin);
    const lastSkeleton = latinSkeleton(words[words.length - 1]!);
    const arabicName = g.mentions.find((m) => m.span.arabicName)?.span.arabicName;
    const translated = arabicName ? live.find((h) => !h.mentions[0]!.isLatin && h.mentions.some((m) => m.key === matchKey(arabicName))) : undefined;
    const target = translated ?? live.find((h) => {
      if (h.mentions[0]!.isLatin) return false;
      const name = longestArabic(h)?.form ?? "";
      if (skeletonsMatch(skeleton, arabicSkeleton(name))) return true;
      if (groupType(h) !== "person") return false;
      const arabicWords = name.split(/\s+/);
      const arabicLast = arabicSkeleton(arabicWords[arabicWords.length - 1]!);
      return skeletonsMatch(lastSkeleton, arabicLast) && (words.length === 1 || arabicWords.length === 1 || skeletonsMatch(latinSkeleton(words[0]!), arabicSkeleton(arabicWords[0]!)));
    });
    const fallback = target ?? nearPerson(live, g, words);
    if (!fallback) continue;
    fallback.mentions.push(...g.mentions);
    latinMerged.add(g);
  }
  live = live.filter((g) => !latinMerged.has(g));

  const byFirstMention = live.map((g) => ({ g, at: Math.min(...g.mentions.map((m) => m.order)) })).sort((a, b) => a.at - b.at);
  // pushed, not mapped: the stages after read this list in every article (quotes.ts readerSpans says why)
  const entities: Entity[] = [];
  for (const { g } of byFirstMention) entities.push(entityOf(g));
  return entities;
}

function entityOf(g: Group): Entity {
  const ordered = [...g.mentions].sort((a, b) => a.order - b.order);
  const arabic = ordered.filter((m) => !m.isLatin);
  const latin = ordered.filter((m) => m.isLatin);
  const canonical = g.shortName ?? (arabic.length ? arabic.reduce((best, m) => (m.form.length > best.form.length ? m : best)) : latin[0]!);
  const unique = (xs: string[]) => [...new Set(xs)];
  const mentionForms = unique((arabic.length ? arabic : latin).map((m) => m.form));
  const type = majority(g.types.length ? g.types : ordered.map((m) => m.span.type));
  const roles = type === "person" ? unique(ordered.map((m) => m.span.role ?? "").filter(Boolean)) : [];
  // a bidi mark typed inside a name (ترا‏مب) is kept in the mentions as written, not in the name shown
  const entity: Entity = { type, name: withoutInvisibles(canonical.form), mentions: mentionForms, aliases: arabic.length ? unique(latin.map((m) => m.form)) : [] };
  if (roles.length) entity.roles = roles;
  return entity;
}

/**
 * Rule 3b: groups of one type that share a mention written with or without a space (نجيب عبدالرزاق, نجيب عبد الرزاق;
 * أبوظبي, أبو ظبي) or with one vowel letter more inside a long foreign name, the other words equal (باشنيان in نيكول
 * باشنيان, باشينيان; ديدلاين, ديديلاين) are one: the later group joins the earlier.
 */
function joinSpellingVariants(live: readonly Group[]): Group[] {
  const joined = new Set<Group>();
  // Every pair of mentions of every pair of groups is compared: each mention's spellings are made once.
  const spellings = new Map<Mention, Spellings>();
  const spellingsOf = (m: Mention): Spellings => {
    let s = spellings.get(m);
    if (!s) spellings.set(m, (s = { glued: glued(m.key), words: writtenWords(m.form) }));
    return s;
  };
  for (let i = 0; i < live.length; i++) {
    const g = live[i]!;
    if (joined.has(g) || g.mentions[0]!.isLatin) continue;
    for (const h of live.slice(i + 1)) {
      if (joined.has(h) || h.mentions[0]!.isLatin || groupType(h) !== groupType(g)) continue;
      if (!g.mentions.some((a) => h.mentions.some((b) => areSpellingVariants(a, b, spellingsOf))) || namesOtherPersons(g, h)) continue;
      g.mentions.push(...h.mentions);
      addTypes(g, h.types);
      joined.add(h);
    }
  }
  return live.filter((g) => !joined.has(g));
}

/**
 * Each group holds a person's name of two or more words, and the shorter is no spelling of the longer's last words:
 * a last name spelled two ways names two persons there (بنيامين نتنياهو, ألكسندر نتانياهو).
 */
function namesOtherPersons(g: Group, h: Group): boolean {
  if (groupType(g) !== "person") return false;
  const [a, b] = [longestArabic(g), longestArabic(h)];
  if (!a || !b || a.words.length < 2 || b.words.length < 2) return false;
  const [long, short] = a.words.length < b.words.length ? [b, a] : [a, b];
  if (glued(long.key).endsWith(glued(short.key))) return false;
  const [longWords, shortWords] = [writtenWords(long.form), writtenWords(short.form)];
  const tail = longWords.slice(longWords.length - shortWords.length);
  return !sameWords(tail, shortWords) && !differInOneForeignVowel(tail, shortWords);
}

/** Fewest letters of a name that one vowel letter or a space alone may tell from another: short words differ so (محمد, محمود). */
const MIN_VARIANT_LETTERS = 5;

/** A mention's key glued and its form's written words (glued, writtenWords). */
interface Spellings {
  glued: string;
  words: string[];
}

function areSpellingVariants(a: Mention, b: Mention, spellingsOf: (m: Mention) => Spellings): boolean {
  if (a.isLatin || b.isLatin || a.key === b.key) return false;
  const spellingsA = spellingsOf(a);
  const spellingsB = spellingsOf(b);
  if (spellingsA.glued === spellingsB.glued) return spellingsA.glued.length >= MIN_VARIANT_LETTERS;
  // Names of as many words only: a last name alone would bridge two persons rule 3 kept apart (بوتين نتنياهو, a
  // run-on span, and بنيامين نتنياهو through نتانياهو).
  return spellingsA.words.length === spellingsB.words.length && differInOneForeignVowel(spellingsA.words, spellingsB.words);
}

/** The words of a name form normalized with their articles (a definite word is an Arabic one: الحميدي), doubled letters collapsed. */
function writtenWords(form: string): string[] {
  return normalizeArabic(form).replace(/(.)\1+/g, "$1").split(" ");
}

/** A match key without its spaces, doubled letters collapsed again (عبد الله, عبدالله → عبداله). */
function glued(key: string): string {
  return key.replace(/ /g, "").replace(/(.)\1+/g, "$1");
}

function differInOneForeignVowel(a: readonly string[], b: readonly string[]): boolean {
  let differing = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (differing >= 0) return false;
    differing = k;
  }
  return differing >= 0 && isForeignVowelVariant(a[differing]!, b[differing]!);
}

const VOWEL_LETTERS = new Set(["ا", "و", "ي"]);

/**
 * `a` and `b` are one long foreign word with one vowel letter ا و ي inserted or dropped inside it (باشنيان, باشينيان).
 * Not at either end (a nisba: باكستان, باكستاني), not an Arabic name (given names, عبد…, definite nisbas: الحميدي, الحمدي).
 */
function isForeignVowelVariant(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < MIN_VARIANT_LETTERS) return false;
  if ([short, long].some((w) => w.startsWith("ال") || w.startsWith("عبد") || GIVEN_NAMES.has(w))) return false;
  for (let k = 1; k < long.length - 1; k++) {
    if (VOWEL_LETTERS.has(long[k]!) && long.slice(0, k) + long.slice(k + 1) === short) return true;
  }
  return false;
}

/** Fewest words of a full name whose first word, repeated alone, is its family name (كيم جونغ أون). */
const MIN_FAMILY_FIRST_WORDS = 3;

/**
 * The one longer person name of the article that a one-word given name starts (جورج → جورج بيل,
 * بليندا → بليندا وولنغتون): a person named by the given name alone, when no last name matched and no
 * other person of the article shares that given name.
 */
function personNamedFirst(groups: readonly Group[], g: Group, merged: ReadonlySet<Group>): Group | undefined {
  const short = g.mentions[0]!;
  // A given name of one word, or a compound one (عبد الرحمن, written apart).
  const isGiven = short.words.length === 1 ? GIVEN_NAMES.has(short.words[0]!) : short.words.length === 2 && short.words[0] === "عبد";
  // Past a given name, only a one-word name may start a longer one (isFamilyNameFirst below).
  if (!isGiven && short.words.length !== 1) return undefined;
  const starting = groups.filter((h) => h !== g && !merged.has(h) && !h.mentions[0]!.isLatin && groupType(h) === "person"
    && h.mentions[0]!.words.length > short.words.length && short.words.every((w, i) => h.mentions[0]!.words[i] === w));
  if (starting.length !== 1) return undefined;
  // East Asian names put the family name first and the press repeats it alone (كيم → كيم جونغ أون, شي → شي جين بينغ).
  const isFamilyNameFirst = short.words.length === 1 && starting[0]!.mentions[0]!.words.length >= MIN_FAMILY_FIRST_WORDS;
  return isGiven || isFamilyNameFirst ? starting[0] : undefined;
}

/**
 * The one longer person name of the article whose family name a one-word person name spells another way (ترمب →
 * دونالد ترامب, نتانياهو → بنيامين نتنياهو: short-forms.ts isSpellingOfFamilyName), when no other person of the article
 * ends in a word of that spelling, and no definite word stands before the family name.
 */
function personOfSpelledFamilyName(groups: readonly Group[], g: Group, merged: ReadonlySet<Group>): Group | undefined {
  const short = g.mentions[0]!;
  if (short.words.length !== 1) return undefined;
  const word = normalizeArabic(short.form);
  const spelled = groups.filter((h) => {
    if (h === g || merged.has(h) || h.mentions[0]!.isLatin || groupType(h) !== "person") return false;
    const full = normalizeArabic(longestArabic(h)?.form ?? "").split(" ");
    // A definite word before the family name is a title the name form kept (القديس فرنسيس is not البابا فرانسيس).
    return full.length >= 2 && !full.slice(0, -1).some((w) => w.startsWith("ال")) && isSpellingOfFamilyName(word, full.at(-1)!);
  });
  return spelled.length === 1 ? spelled[0] : undefined;
}

/** The one Arabic person whose last name's skeleton is one inserted or dropped class from the Latin last name. */
function nearPerson(live: readonly Group[], latin: Group, words: readonly string[]): Group | undefined {
  if (groupType(latin) !== "person") return undefined;
  const last = latinSkeleton(words[words.length - 1]!);
  const close = live.filter((h) => {
    if (h.mentions[0]!.isLatin || groupType(h) !== "person") return false;
    const arabicWords = (longestArabic(h)?.form ?? "").split(/\s+/);
    return skeletonsOneIndelApart(last, arabicSkeleton(arabicWords[arabicWords.length - 1]!));
  });
  return close.length === 1 ? close[0] : undefined;
}

/**
 * Cross-article key of an entity name: one name is one entity, with one type, across articles. A joinable head
 * (name-key-heads.ts: مخيم الزعتري, نادي الهلال, حركة حماس) is left out when it is of the entity's `type` (any, when
 * the type is not given), so the headed and the bare name share a key; so is a place's nisba after a listed foreign
 * club's name (name-key-heads.ts clubWithoutCountryNisba: ريال مدريد الإسباني is ريال مدريد).
 */
export function nameKey(name: string, type?: EntityType): string {
  const written = name.replace(HASHTAG_MARKS, " ").trim();
  const bare = nameWithoutJoinableHead(written, type) ?? written;
  const club = type === undefined || type === "organization" ? clubWithoutCountryNisba(normalizeArabic(bare).trim().replace(/\s+/g, " "), isListedClub) : undefined;
  return crossArticleKey(matchKey(club ?? bare));
}

let foreignClubKeys: ReadonlySet<string> | undefined;

/** A FOREIGN_CLUBS name in any spelling the cross-article key joins (تشلسي, تشيلسي; the article off: الأرسنال). */
function isListedClub(name: string): boolean {
  foreignClubKeys ??= new Set(FOREIGN_CLUBS.map((n) => crossArticleKey(matchKey(n))));
  return foreignClubKeys.has(crossArticleKey(matchKey(name)));
}

/** matchKey's words as the cross-article key writes them (transliterate.ts crossArticleSpelling); given names whole. */
const crossArticleKey = memoized((key: string) => (key.startsWith("latin:") ? key : key.split(" ").map((w) => crossArticleSpelling(w, isGivenName)).join(" ")), NAME_MEMO_LIMIT);

/** GIVEN_NAMES as matchKey writes them (doubled letters collapsed: عبدالله → عبداله). */
const GIVEN_NAME_KEYS = new Set([...GIVEN_NAMES].map((n) => n.replace(/(.)\1+/g, "$1")));

function isGivenName(word: string): boolean {
  return GIVEN_NAME_KEYS.has(word);
}

// Ties between types across articles go to the more specific reading.
const TYPE_ORDER: readonly EntityType[] = ["person", "location", "organization", "misc"];

/**
 * The one type a name has across the store's lists: the type its head word names (a place head:
 * وادي الريم, مدينة السهول; an organization head: وزارة الصحة) whatever the votes, otherwise the
 * type most articles give it (ties in TYPE_ORDER).
 */
export function majorityType(votes: ReadonlyMap<EntityType, number>, name?: string): EntityType {
  const head = name === undefined ? undefined : headType(name);
  if (head) return head;
  let best: EntityType = "misc";
  let most = -1;
  for (const t of TYPE_ORDER) {
    const n = votes.get(t) ?? 0;
    if (n > most) {
      best = t;
      most = n;
    }
  }
  return best;
}

/** The type a name's first word names as a head (وادي, مدينة → location; وزارة, حركة → organization), if any. */
export function headType(name: string): EntityType | undefined {
  const words = normalizeArabic(name).split(" ");
  if (words.length < 2) return undefined;
  if (LOC_CUES.has(words[0]!) || LANDFORM_HEADS.has(words[0]!)) return "location";
  if (ORG_HEADS.has(words[0]!)) return "organization";
  return undefined;
}
