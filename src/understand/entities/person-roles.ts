/**
 * A role the tagger ran into the start of a person's mention, cut off after every rule has made its mentions (the tagger's
 * runs, the lists, the joins), so a person is named by the name alone, as the own entity gold writes it:
 * - cutComplementsOffPersons: an indefinite title in construct takes its complement first, and the name after it — «قائد
 *   الريال | سيرخيو راموس», «زعيم المتمردين | عبدالملك», «مغنية البوب | ديمي لوفاتو», «مدافع تشلسي | غاري كاهيل»;
 * - cutTitlesOffPersons: a title the tagger's lists lack (السيناتور, اللورد, القس), a title's adjective (المخضرم) or a
 *   nationality in the dual or plural (البرازيليان, والعراقيان) before the name.
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { GIVEN_NAMES, LATE_TITLES, NAME_LINKS, PERSON_CUES } from "./lexicon.js";

/** What the rules ask of the tagger's word lists, for a normalized word or mention. */
export interface PersonRoleTests {
  /** A definite national nisba in the singular masculine (الكرواتي, البرازيلي). */
  isNationalAdjective(norm: string): boolean;
  /** A word training almost never tags inside a name (a common noun, verb or function word). */
  isPlainWord(norm: string): boolean;
  /** A word training saw open a name (entityWords). */
  isNameOpener(norm: string): boolean;
  /** How often the word table (unlabeled news and training) shows a normalized word. */
  timesSeen(norm: string): number;
  /** How many words from `at` make a listed football club's name (FOREIGN_CLUBS; the longest), 0 when none. */
  clubLength(norms: readonly string[], at: number): number;
}

/**
 * Indefinite titles that take a complement in construct before the name (normalized): office and team roles, the performing
 * arts. PERSON_CUES' indefinite words count too.
 */
const CONSTRUCT_TITLES = new Set(
  `رئيس رئيسه وزير وزيره نائب زعيم قائد مساعد حاكم محافظ مدير مديره مستشار مستشاره سفير سفيره مبعوث مندوب مدرب مدربه
  لاعب لاعبه مدافع مهاجم حارس مرمي نجم نجمه مغني مغنيه مطرب مطربه ممثل ممثله متحدث ناطق مراسل مؤسس عضو`
    .split(/\s+/)
    .filter(Boolean),
);

/** Second words of compound given names (نجم الدين, ولي الله, عبد الرحمن): after their first word they are the name's own. */
const COMPOUND_NAME_SECONDS = new Set(["الدين", "الله", "الرحمن", "الاسلام", "الحق"]);

/**
 * Titles before a name that the tagger's lists lack (normalized, with the article): foreign and church ranks, the Saudi
 * scholarship student, the activist and the analyst (السيناتور بوب ميننديز, اللورد باتريك كورماك, القس برانسون, الأسقف هيلاريون,
 * الكولونيل شون رايان, القومندان داهلين, الناشط فيرزيلوف, المبتعث زواوي, الكوميدي بيت ديفيدسون: BBC, CNN, Sky News,
 * France24, Al Arabiya, alriyadh, alweeam).
 */
const UNLISTED_TITLES = new Set(
  `السيناتور اللورد السير القس الاسقف الانبا الكولونيل الميجر جنرال القومندان البروفسور الناشط الناشطه المحلل المحلله
  الصحافي الصحافيه الحقوقي الحقوقيه المبتعث المبتعثه الطالب الطالبه الكوميدي القيادي`
    .split(/\s+/)
    .filter(Boolean),
);

/** Adjectives of a title standing between it and the name (الحارس الإيطالي المخضرم جانلويجي بوفون, الحارس الأسطوري, الفرنسي الصاعد). */
const TITLE_ADJECTIVES_BEFORE_NAMES = new Set(["المخضرم", "المخضرمه", "الاسطوري", "الاسطوريه", "الصاعد", "الصاعده"]);

/** Dual and plural endings of a nisba (البرازيليان, المصريتان, العراقيين), each after the nisba's ي. */
const NISBA_NUMBER_ENDINGS = ["تان", "تين", "ان", "ين", "ون"];

/** A clitic و or ف, then ب or ل, before the article (والعراقيان, للمهاجم, بالناشط): the word with the article, without them. */
function withoutCliticBeforeArticle(norm: string): string {
  const rest = norm.replace(/^[وف]/, "");
  if (rest.startsWith("ال")) return rest;
  if (rest.startsWith("لل")) return "ا" + rest.slice(1);
  return /^[بل]ال/.test(rest) ? rest.slice(1) : norm;
}

/** A national nisba in the singular, dual or plural (الكرواتي, البرازيليان, المصريتان), a clitic allowed. */
function isNationality(norm: string, tests: PersonRoleTests): boolean {
  const word = withoutCliticBeforeArticle(norm);
  if (tests.isNationalAdjective(word)) return true;
  const ending = NISBA_NUMBER_ENDINGS.find((e) => word.endsWith("ي" + e));
  return ending !== undefined && tests.isNationalAdjective(word.slice(0, -ending.length));
}

/** A leading word that is a title, a title's adjective or a nationality, no part of the name after it. */
function isRoleWordBeforeName(norm: string, tests: PersonRoleTests): "title" | "describer" | "" {
  if (GIVEN_NAMES.has(norm)) return "";
  const word = withoutCliticBeforeArticle(norm);
  if (UNLISTED_TITLES.has(word) || LATE_TITLES.has(word) || (word.startsWith("ال") && PERSON_CUES.has(word))) return "title";
  return TITLE_ADJECTIVES_BEFORE_NAMES.has(word) || isNationality(norm, tests) ? "describer" : "";
}

/** A clitic before the article of a role's first word (والناشط), left out of the role. */
const LEADING_CLITIC = /^[وف]?[بل]?(?=ال)/u;

interface Word {
  norm: string;
  start: number;
  end: number;
}

function wordsOf(span: Candidate): Word[] {
  return [...span.text.matchAll(/\S+/gu)].map((m) => ({ norm: normalizeArabic(m[0]), start: span.start + m.index, end: span.start + m.index + m[0].length }));
}

/** Most sightings in the word table of a first name word that no list holds (GIVEN_NAMES, a word training saw open a name). */
const MAX_UNLISTED_NAME_SEEN = 300;


/**
 * Whether what is left of a mention from word k reads as a name: its first word has no article, fused or not (الاتحاد,
 * للعبة), is no frequent unlisted word (لكرة), no plain word and no lineage word, and not every word is plain.
 */
function isNameLeft(words: readonly Word[], k: number, tests: PersonRoleTests): boolean {
  const first = words[k]?.norm;
  if (first === undefined || /^(?:[وف]?[بل]?ال|[وف]?لل)/u.test(first) || NAME_LINKS.has(first) || tests.isPlainWord(first)) return false;
  // A frequent word no list holds as a name's (لكرة, 813 times) opens a phrase; the names cut free here are rare (سيرخيو 0, ستيفن 13).
  if (!GIVEN_NAMES.has(first) && !tests.isNameOpener(first) && tests.timesSeen(first) > MAX_UNLISTED_NAME_SEEN) return false;
  return !words.slice(k).every((w) => tests.isPlainWord(w.norm));
}

/** The word right before `start` (spaces only between), its clitic و or ف off, with its start; null at a mark or the text's start. */
function wordBefore(text: string, start: number): { norm: string; start: number } | null {
  const m = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!m || !/^[\u0621-\u064A\u064B-\u0652]+$/u.test(m[1]!)) return null;
  const norm = normalizeArabic(m[1]!);
  return { norm: /^[وف]/.test(norm) && !CONSTRUCT_TITLES.has(norm) && !PERSON_CUES.has(norm) ? norm.slice(1) : norm, start: start - m[0].length };
}

/** An indefinite title in construct (رئيس, مغنية, مدافع; PERSON_CUES' words without the article, not the abbreviation د). */
function isConstructTitle(norm: string): boolean {
  return CONSTRUCT_TITLES.has(norm) || (PERSON_CUES.has(norm) && !norm.startsWith("ال") && norm.length > 1);
}

/** Longest words of a mention's start (up to this many) read as a name the article gives a body or place. */
const MAX_COMPLEMENT_NAME_WORDS = 3;

/**
 * The names the article gives organizations and places (normalized, with their type), and for an organization of several
 * words its first word too, as the press shortens a club (ريال of ريال مدريد, كييفو of كييفو فيرونا).
 */
function namesOfBodiesAndPlaces(spans: readonly Candidate[]): NamesOfBodies {
  const names = new Map<string, Candidate["type"]>();
  const whole: string[] = [];
  for (const s of spans) {
    if (s.type !== "organization" && s.type !== "location") continue;
    const norm = normalizeArabic(s.text);
    names.set(norm, s.type);
    whole.push(norm + " ");
    const space = norm.indexOf(" ");
    if (s.type === "organization" && space > 0 && !names.has(norm.slice(0, space))) names.set(norm.slice(0, space), s.type);
  }
  return { names, whole };
}

interface NamesOfBodies {
  /** Normalized names with their type. */
  names: ReadonlyMap<string, Candidate["type"]>;
  /** The whole names, each with a space after, to tell a name's start inside the mention (بي | بي سي, كوتش | إنترناشيونال). */
  whole: readonly string[];
}

interface Complement {
  /** Words of the mention that are the complement. */
  words: number;
  /** The type of the body or place it names, when it names one (a club, a body the article names); the role only, else. */
  type?: Candidate["type"];
}

/**
 * The complement a mention opens with, behind a title in construct or a ل: a listed club in a football report, or a name the
 * article gives a body or place elsewhere, no given name (the longest).
 */
function namedComplement(norms: readonly string[], tests: PersonRoleTests, isFootball: boolean, named: NamesOfBodies): Complement {
  if (GIVEN_NAMES.has(norms[0]!)) return { words: 0 };
  const club = isFootball ? tests.clubLength(norms, 0) : 0;
  if (club > 0) return { words: club, type: "organization" };
  for (let n = Math.min(MAX_COMPLEMENT_NAME_WORDS, norms.length - 1); n >= 1; n--) {
    const type = named.names.get(norms.slice(0, n).join(" "));
    if (!type) continue;
    // The mention runs on into a longer name the article gives the body: it is that name, not complement and person.
    const longer = norms.slice(0, n + 1).join(" ") + " ";
    return named.whole.some((w) => w.startsWith(longer)) ? { words: 0 } : { words: n, type };
  }
  return { words: 0 };
}

/** Whether the mention at `start` opens right after a ل written on its word (ل|نابولي, as the tagger cut it), the ل alone or behind و. */
function followsFusedLam(text: string, start: number): boolean {
  if (text[start - 1] !== "ل") return false;
  const before = text.slice(Math.max(0, start - 3), start - 1);
  return before === "" || /(?:^|\s)[وف]?$/u.test(before);
}

/** A word of و + three letters or more that is no given name (وماهر, وسلافيسا): a list's next item, so the mention is a list, not complement + name. */
function isConjoinedWord(norm: string): boolean {
  return norm.startsWith("و") && norm.length >= 4 && !GIVEN_NAMES.has(norm);
}

/**
 * A person mention right after an indefinite title in construct opens with the title's complement: definite words that are
 * no given name nor a compound name's second word (قائد الريال | سيرخيو راموس, رئيس الريال | فلورنتينو بيريز: Sky News,
 * Al Arabiya; زعيم المتمردين | عبدالملك: Sky News; زعيم الحوثيين | عبدالملك: Al Arabiya; زعيم الديمقراطيين | تشاك شومر, مغنية
 * البوب | ديمي لوفاتو: BBC; مغنية البوب | كيتي: Sky News), or a body's name: in a football report a listed club (مدافع
 * إيفرتون | سلايفن بيليتش: France24; رئيس يوفنتوس | أندريا أنييلي, مهاجم فيورنتينا | جيوفاني سيميوني, مهاجم أيندهوفن |
 * ستيفن بيرغفين: Sky News), anywhere a name the article gives a body or place (مدافع تشلسي | غاري كاهيل, رئيس ريال |
 * فلورينتينو بيريز), also behind ل after any role (المدرب الجديد لنابولي | كارلو أنشيلوتي). The name is what follows when it
 * opens without the article; the complement becomes the role, a body's name its own mention.
 */
export function cutComplementsOffPersons(text: string, spans: Candidate[], tests: PersonRoleTests, isFootball: boolean): void {
  let named: NamesOfBodies | undefined;
  for (const s of [...spans]) {
    if (s.type !== "person") continue;
    const words = wordsOf(s);
    if (words.length < 2) continue;
    const before = wordBefore(text, s.start);
    const afterTitle = before !== null && isConstructTitle(before.norm);
    const norms = words.map((w) => w.norm);
    const first = norms[0]!;
    const lamOnWord = first.length > 2 && first.startsWith("ل") && !first.startsWith("لل") && !GIVEN_NAMES.has(first);
    let complement: Complement = { words: 0 };
    if (lamOnWord || followsFusedLam(text, s.start) || (afterTitle && !first.startsWith("ال"))) {
      named ??= namesOfBodiesAndPlaces(spans);
      complement = namedComplement(lamOnWord ? [first.slice(1), ...norms.slice(1)] : norms, tests, isFootball, named);
    } else if (afterTitle && !GIVEN_NAMES.has(first) && !COMPOUND_NAME_SECONDS.has(first)) {
      let k = 0;
      while (k < words.length - 1 && norms[k]!.startsWith("ال") && !GIVEN_NAMES.has(norms[k]!)) k++;
      complement = { words: k };
    }
    let k = complement.words;
    // A nationality after a body's name says the player's (لاعب ريال الويلزي | غاريث بايل).
    if (complement.type) while (k > 0 && k < words.length - 1 && isNationality(norms[k]!, tests)) k++;
    if (k === 0 || k >= words.length || !isNameLeft(words, k, tests) || isConjoinedWord(norms[k]!)) continue;
    if (complement.type) {
      const bodyStart = s.start + (lamOnWord ? 1 : 0);
      const bodyEnd = words[complement.words - 1]!.end;
      if (!spans.some((o) => o !== s && o.start < bodyEnd && bodyStart < o.end)) spans.push({ type: complement.type, text: text.slice(bodyStart, bodyEnd), start: bodyStart, end: bodyEnd, evidence: {} });
    }
    if (!s.role && afterTitle) s.role = text.slice(before.start, words[k - 1]!.end);
    s.start = words[k]!.start;
    s.text = text.slice(s.start, s.end);
  }
  spans.sort((a, b) => a.start - b.start);
}

/**
 * A person mention opening with titles the lists lack, a title's adjective or a nationality (SkyNews, BBC, CNN, France24, Al
 * Arabiya, alriyadh, alweeam: UNLISTED_TITLES; الحارس الإيطالي المخضرم | جانلويجي بوفون, الأسطوري | جانلويجي بوفون; الكرواتي |
 * لوكا مودريتش, والبرازيليان | كاساميرو, الإنجليزيان | جيسي لينغارد, والعراقيان | عمر شهاب الكربولي, المصريتان | مي فاروق)
 * starts at the name; a mention of such words alone (الناشط الفلسطيني, الكوميدي الأمريكي, القيادي الحوثي) names no one.
 */
export function cutTitlesOffPersons(text: string, spans: Candidate[], tests: PersonRoleTests): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "person") continue;
    const words = wordsOf(s);
    if (words.length < 2) continue;
    let k = 0;
    let titled = false;
    for (let kind = isRoleWordBeforeName(words[0]!.norm, tests); kind !== "" && k < words.length; kind = k < words.length ? isRoleWordBeforeName(words[k]!.norm, tests) : "") {
      titled ||= kind === "title";
      k++;
    }
    if (k === 0) continue;
    if (k === words.length) {
      if (titled) spans.splice(i, 1);
      continue;
    }
    if (!isNameLeft(words, k, tests)) continue;
    if (!s.role && titled) s.role = text.slice(words[0]!.start, words[k - 1]!.end).replace(LEADING_CLITIC, "");
    s.start = words[k]!.start;
    s.text = text.slice(s.start, s.end);
  }
}
