/**
 * Mentions split in two: persons off longer names, places after institutions, persons off places and organizations;
 * unit nouns after titles dropped, persons after في retyped.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { tokenInfo, type TokenInfo } from "../features.js";
import { FACILITY_HEADS, GIVEN_NAMES, LATE_TITLES, NAMED_ORG_HEADS, ORG_HEADS, PERSON_CUES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, overlapsAny, sortByStart } from "./shared.js";
import { ARABIC_LETTERS_ONLY, LINEAGE_CONNECTORS, BINDING_NAME_WORDS, normalizedWordsOf, isPlainWord, DEFINITE_NISBA, isHeadWord, isTitleInfo, isTitleWord, INSTITUTION_HEADS, DEFINITE_OR_FUSED } from "./words.js";
import { normalizedWordBefore } from "./retypes.js";
import { REGIONAL_PLACE_SET } from "./gazetteer-places.js";
import { MIN_COMMON_ARTICLE_FORM } from "./cuts.js";
import { isJoinedAbdName } from "./family-names.js";

/** Words after which the next word is still the same person's name (عطاء الله خوجياني, جلوي آل كركمان). */
const INNER_NAME_WORDS = new Set(["ال", "الله", "الدين", "ابو", "عبد"]);
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
