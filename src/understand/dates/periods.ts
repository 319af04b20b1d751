/**
 * Time expressions that are not days: found as spans (for evaluation and for callers that want
 * them), never as date mentions, whose values are days. Rules, matched on folded text (fold.ts):
 * - A year alone (`في 2016`, `مونديال 2018`, `(1962)`, each year of `2016-2018`): 1900–2099, or
 *   1800–1899 after a word that introduces a year; not when a counted noun, a unit, a percent or a
 *   scale word follows (`2000 شخص`, `1950 دولارا`, `2014 مليون`), nor after a word that makes it a
 *   quantity (`نحو`, `أكثر من`, `بلغ`, `رقم`). Value: the year.
 * - A decade (`التسعينيات`, `ثمانينيات القرن الماضي`) → `199`, `198`; a century (`القرن العشرين`,
 *   `القرن الماضي`) → `19`; Hijri with `الهجري` → `H06`.
 * - A reference to the present, past or future (`الآن`, `حاليا`, `مؤخرا`, `في وقت سابق`, `الأشهر
 *   الماضية`, `هذا الموسم`, `قبل سنوات`) → `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` (TimeML).
 * - A clock time (`الساعة 18,00`, `11:03 ت م`, `15,00 ت.غ`, `التاسعة مساء`) → the reference day at
 *   that time; a part of the day alone (`فجرا`, `بعد الظهر`, `هذا المساء`) → the reference day with
 *   TimeML's part code (`TMO`, `TAF`, `TEV`, `TNI`).
 */
import { foldWithOffsets, originalSpan, WORD_END, WORD_START, type FoldedText } from "../../arabic/fold.js";
import { alternation, ORDINAL_DAYS } from "../../arabic/dates/names.js";
import { matchesNear } from "../../arabic/near-scan.js";

export type PeriodPrecision = "year" | "season" | "decade" | "century" | "reference" | "time";

export interface PeriodSpan {
  text: string;
  start: number;
  end: number;
  /** A year (`2016-01-01`), a decade or century prefix (`199`, `19`, `H06`), a TimeML reference, or a day and time. */
  value: string;
  precision: PeriodPrecision;
}

const S = "\\s+";

/**
 * The matches of `re` in the folded text; none when `hint` (a cheap test of words every match
 * holds) fails, so the rule's scan of every position is skipped for most texts.
 */
function matchesOf(f: FoldedText, re: RegExp, hint: RegExp): Iterable<RegExpExecArray> {
  return hint.test(f.folded) ? f.folded.matchAll(re) : [];
}

/** A rule tried only just before its hint words (near-scan.ts): opening with WORD_START unless `anyOffset`. */
interface NearRule {
  sticky: RegExp;
  anchor: RegExp;
  runsBefore: number;
  anyOffset: boolean;
}

/** `hint`: words one of which every match holds, begun at most `runsBefore` runs of white space after its start. */
function nearRule(source: string, hint: RegExp, runsBefore: number, anyOffset = false): NearRule {
  return { sticky: new RegExp(source, "yu"), anchor: new RegExp(hint.source, "gu"), runsBefore, anyOffset };
}

function matchesOfNear(f: FoldedText, rule: NearRule): RegExpExecArray[] {
  return matchesNear(f.folded, rule.sticky, rule.anchor, rule.runsBefore, rule.anyOffset);
}

// ---- years alone -----------------------------------------------------------------------------

/** Words after which a four-digit number is a year (1800–1899 need one of them). */
const YEAR_FRAME = "(?:في|منذ|بحلول|خلال|حتي|عام|العام|سنه|لعام|لسنه|بين|مطلع|اواخر|اوائل|منتصف|نهايه|بدايه|قبل|بعد|موسم|دوره|نسخه)";
/** Words before a number that make it a quantity, not a year. */
const QUANTITY_BEFORE = "(?:نحو|حوالي|قرابه|زهاء|اكثر\\s+من|اقل\\s+من|اكثر|اقل|بلغ|بلغت|يبلغ|تبلغ|رقم|بنحو|بحوالي|مجموع|اجمالي|بواقع|بقيمه|بمبلغ|مبلغ|الي\\s+نحو|عدد|عددهم|عددها|ب)";
/** What may not follow a year: a scale word, a unit or currency, a counted noun, a percent. */
const NOT_YEAR_AFTER =
  "(?:الف|الاف|مليون|ملايين|مليار|مليارات|شخص|اشخاص|اشخاصا|شخصا|دولار|دولارا|ريال|ريالا|جنيه|جنيها|درهم|درهما|دينار|دينارا|يورو|ليره|طن|طنا|كيلو|كيلومتر|كم|متر|مترا|برميل|سهم|نقطه|طالب|طالبا|طالبه|عامل|موظف|منزل|وحده|مسكن|جندي|عنصر|قتيل|جريح|لاجئ|حاله|مريض|مواطن|مواطنا|مرشح|مشارك|مشاركا|فرد|اسره|عائله|ساعه|دقيقه|ميغاواط|هكتار|دونم|صوت|صوتا|ناخب|مقعد|مترا|قطعه|رحله|زائر|حاج|حاجا|معتمر|سجين|اسير|معتقل)";
const YEAR_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{Nd}]|\\d[.,:/]|${QUANTITY_BEFORE}\\s+)(?:و)?(1[89]\\d\\d|20\\d\\d)(?![\\p{Nd}]|[.,:]\\d|\\s*[%٪]|\\s*(?:${NOT_YEAR_AFTER})${WORD_END})`,
  "gu",
);
const FRAME_BEFORE = new RegExp(`${WORD_START}[وفل]?${YEAR_FRAME}\\s*$`, "u");
/** After a year in a name (`كأس العالم 2018 في روسيا`): a preposition or a conjunction, never a counted noun. */
const YEAR_THEN_CLAUSE = new RegExp(`^\\s+(?:في|عن|من|الي|علي|مع|حيث|الذي|التي|حتي|او|ثم|لكن|كما|و(?:خصوصا|خاصه|كان|قد|هو|هي)|ب(?!ال)[\\p{L}]{3,}ه)${WORD_END}`, "u");
/** A year's neighbour in a range (`2016-2018`, `2017 /2018`, `1975 و1976`): both are years. */
const RANGE_NEIGHBOUR = /(?:^\s*[-–/]\s*(?:1[89]|20)\d\d|^\s+(?:و|الي|حتي)\s*(?:1[89]|20)\d\d)/u;
const RANGE_NEIGHBOUR_BEFORE = /(?:(?:1[89]|20)\d\d\s*[-–/]\s*|(?:1[89]|20)\d\d\s+(?:و|الي|حتي)\s*)$/u;

/**
 * YEAR_RE tried only at the four digits of a year and the و glued before them (`و2003`), at any
 * offset there (its lookbehind keeps it off digits inside longer numbers): scanned from every
 * offset of a body, its lookbehind ran at each one, the dates stage's costliest regex.
 */
const YEAR_RULE = nearRule(YEAR_RE.source, /1[89]\d\d|20\d\d/u, 0, true);
const WAW = 0x648;

/** Whether a YEAR_RE match may start at `at`: its و or the year's first digit. */
function mayStartYear(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x31 || c === 0x32 || c === WAW;
}

function findYearsAlone(f: FoldedText): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (const m of matchesNear(f.folded, YEAR_RULE.sticky, YEAR_RULE.anchor, YEAR_RULE.runsBefore, true, mayStartYear)) {
    const year = Number(m[1]);
    // a glued و (`2002 و2003`) is the conjunction, not part of the year
    const at = m.index + m[0].length - 4;
    const before = f.folded.slice(Math.max(0, at - 24), at);
    const after = f.folded.slice(at + 4, at + 16);
    const framed = FRAME_BEFORE.test(before) || RANGE_NEIGHBOUR.test(after) || RANGE_NEIGHBOUR_BEFORE.test(before);
    // A year with no frame must end its phrase (a punctuation mark, a bracket, the line's end) or
    // follow a name (`مونديال 2018`); a number in running text with neither is read as a count.
    const closes = /^\s*(?:[)\]»"”'،,.؛;:!؟?\-–/]|$|م(?![\p{L}]))/u.test(after) || /^\s*\n/u.test(after) || YEAR_THEN_CLAUSE.test(after);
    if (year < 1900 && !framed) continue;
    if (!framed && !closes) continue;
    const { start, end } = originalSpan(f, at, at + 4);
    out.push({ text: f.source.slice(start, end), start, end, value: `${year}-01-01`, precision: "year" });
  }
  return out;
}

// ---- seasons, and years with their era written ------------------------------------------------

const SEASONS: ReadonlyArray<readonly [string, string]> = [["الصيف", "SU"], ["الشتاء", "WI"], ["الربيع", "SP"], ["الخريف", "FA"]];
const SEASON_RE = new RegExp(
  `${WORD_START}(?:[وفب])?((?:فصل${S})?(?:ال|لل)(${SEASONS.map(([w]) => w.slice(2)).join("|")})(?:${S}(الماضي|المنصرم|المقبل|القادم|الحالي|الجاري))?)${WORD_END}(?!${S}(?:العربي|الديمقراطي|السوري|الاسود))`,
  "gu",
);
/**
 * `1436هـ`, `623 هجرية` → H1436; `1226 ميلادية` → 1226. Tried only at a number's last digit before
 * ه / م, from the number's token or the word before it (سنه, عام), at any offset there (the pattern
 * opens with no word edge): most bodies hold a digit before a word in م, and a scan of the whole
 * body then cost more than the rest of the periods.
 */
const ERA_YEAR_RULE = nearRule(`(?<![\\p{Nd}/.-])(?:سنه${S}|عام${S})?(\\d{3,4})\\s*(ه(?:جري(?:ه)?)?|ميلادي(?:ه)?)${WORD_END}`, /\d\s*[هم]/u, 1, true);

/** A half or quarter of a year, month or century (`النصف الأول من العام الحالي`, `الربع الثالث من 2015`). */
const PART_OF_PERIOD_RE = new RegExp(
  `${WORD_START}(?:[وفبل]|لل)?((النصف|الربع)${S}(الاول|الثاني|الثالث|الرابع|الاخير)${S}من${S}(?:(?:هذا|هذه|نفس)${S})?` +
    `(?:(?:عام|سنه)${S}(\\d{4})|(\\d{4})|(?:ال)?(?:عام|سنه|القرن|الشهر|شهر)(?:${S}(الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الحالي|الحاليه|الجاري|الجاريه))?))${WORD_END}`,
  "gu",
);
const PART_OF_PERIOD_HINT = /النصف|الربع/u;
const SEASON_HINT = /صيف|شتاء|ربيع|خريف/u;
const PART_NUMBER: Readonly<Record<string, number>> = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الاخير: 4 };

function findSeasonsAndEraYears(f: FoldedText, refYear: number): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (const m of matchesOf(f, PART_OF_PERIOD_RE, PART_OF_PERIOD_HINT)) {
    const half = m[2] === "النصف";
    const n = half && m[3] === "الاخير" ? 2 : PART_NUMBER[m[3]!]!;
    if (half && n > 2) continue;
    const shift = !m[6] ? 0 : /الماضي/.test(m[6]) ? -1 : /المقبل|القادم/.test(m[6]) ? 1 : 0;
    const year = m[4] ?? m[5] ?? String(refYear + shift);
    const at = m.index + m[0].length - m[1]!.length;
    const { start, end } = originalSpan(f, at, m.index + m[0].length);
    out.push({ text: f.source.slice(start, end), start, end, value: `${year}-${half ? "H" : "Q"}${n}`, precision: "season" });
  }
  const push = (from: number, to: number, value: string, precision: PeriodPrecision) => {
    const { start, end } = originalSpan(f, from, to);
    out.push({ text: f.source.slice(start, end), start, end, value, precision });
  };
  for (const m of matchesOf(f, SEASON_RE, SEASON_HINT)) {
    const code = SEASONS.find(([w]) => w.slice(2) === m[2])![1];
    const shift = !m[3] ? 0 : /الماضي|المنصرم/.test(m[3]) ? -1 : /المقبل|القادم/.test(m[3]) ? 1 : 0;
    const at = m.index + m[0].length - m[1]!.length;
    push(at, m.index + m[0].length, `${refYear + shift}-${code}`, "season");
  }
  for (const m of matchesOfNear(f, ERA_YEAR_RULE)) {
    const n = Number(m[1]);
    const hijri = m[2]!.startsWith("ه");
    if (n < 1 || (hijri && n > 1500) || (!hijri && n > 2100)) continue;
    push(m.index, m.index + m[0].length, hijri ? `H${String(n).padStart(4, "0")}` : `${String(n).padStart(4, "0")}-01-01`, "year");
  }
  return out;
}

// ---- decades and centuries -------------------------------------------------------------------

const DECADES: ReadonlyArray<readonly [string, number]> = [
  ["عشرين", 2], ["ثلاثين", 3], ["اربعين", 4], ["خمسين", 5], ["ستين", 6], ["سبعين", 7], ["ثمانين", 8], ["تسعين", 9],
];
const ORDINAL = `(?:${alternation(ORDINAL_DAYS.keys())})`;
const CENTURY = `(?:ال)?قرن${S}(الماضي|الحالي|الحادي${S}والعشرين|${ORDINAL}|\\d{1,2})(${S}(?:الهجري|للهجره|الميلادي))?`;
const DECADE_RULE = nearRule(
  `${WORD_START}(?:ال)?(${DECADES.map(([w]) => w).join("|")})(?:يات|ات)(?:${S}(?:من${S})?${CENTURY})?${WORD_END}`,
  new RegExp(DECADES.map(([w]) => w).join("|"), "u"),
  0,
);
const CENTURY_RE = new RegExp(`${WORD_START}${CENTURY}${WORD_END}`, "gu");

function centuryNumber(word: string, ref: number): number | null {
  if (word === "الماضي") return Math.floor(ref / 100);
  if (word === "الحالي") return Math.floor(ref / 100) + 1;
  if (/^\d+$/.test(word)) return Number(word);
  return ORDINAL_DAYS.get(word.replace(/\s+/g, " ")) ?? null;
}

function findDecadesAndCenturies(f: FoldedText, refYear: number): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  const push = (from: number, to: number, value: string, precision: PeriodPrecision) => {
    const { start, end } = originalSpan(f, from, to);
    out.push({ text: f.source.slice(start, end), start, end, value, precision });
  };
  for (const m of matchesOfNear(f, DECADE_RULE)) {
    const tens = DECADES.find(([w]) => w === m[1])![1];
    const century = m[2] ? centuryNumber(m[2], refYear) : null;
    // Without a century, the last one whose decade is not in the future.
    const hundreds = century ? century - 1 : tens * 10 > refYear % 100 ? Math.floor(refYear / 100) - 1 : Math.floor(refYear / 100);
    push(m.index, m.index + m[0].length, `${hundreds}${tens}`, "decade");
  }
  for (const m of matchesOf(f, CENTURY_RE, /قرن/u)) {
    const n = centuryNumber(m[1]!, refYear);
    if (!n || n > 21) continue;
    const hijri = !!m[2] && /هجر/.test(m[2]);
    push(m.index, m.index + m[0].length, `${hijri ? "H" : ""}${String(n - 1).padStart(2, "0")}`, "century");
  }
  return out;
}

// ---- present, past and future references -----------------------------------------------------

const PLURAL_PERIOD = "(?:الايام|الاسابيع|الاشهر|الشهور|السنوات|السنين|الاعوام|العقود|الفتره|الساعات|المواسم|الدورات)";
const PAST_WORD = "(?:الماضيه|الماضي|الاخيره|السابقه|الفائته|المنصرمه)";
const NEXT_WORD = `(?:المقبله|المقبل|القادمه|القادم|القليله${S}المقبله)`;
const SEASON = `(?:ال|ل)?موسم(?:${S}الرياضي)?`;
const REFERENCES: ReadonlyArray<readonly [string, string]> = [
  [`الان|حاليا|الوقت${S}(?:الحالي|الراهن)|الفتره${S}(?:الحاليه|الراهنه)|هذه${S}الايام|هذا${S}الموسم|${SEASON}${S}(?:الحالي|الجاري)`, "PRESENT_REF"],
  [`مؤخرا|حديثا|سابقا|في${S}السابق|وقت${S}سابق|${PLURAL_PERIOD}(?:${S}القليله)?${S}${PAST_WORD}|${SEASON}${S}(?:الماضي|السابق|المنصرم)|المواسم${S}(?:الماضيه|السابقه)`, "PAST_REF"],
  [`(?:قبل|منذ)${S}(?:(?:عده|بضعه|بضع)${S})?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين|عقود|فتره(?:${S}(?:وجيزه|قصيره))?)`, "PAST_REF"],
  [`(?:نهايه|ختام)${S}(?:هذا${S})?الموسم|قريبا|مستقبلا|وقت${S}(?:قريب|لاحق)|في${S}المستقبل|المستقبل${S}القريب|${PLURAL_PERIOD}(?:${S}القليله)?${S}${NEXT_WORD}|${SEASON}${S}(?:المقبل|القادم|الجديد)|العام${S}الجديد`, "FUTURE_REF"],
];
/**
 * Per reference rule, words one of which every match holds, and how many runs of white space may
 * come before them in a match (`هذه الايام`: 1; `الايام القليله المقبله`: 2, 3 with a second القليله).
 */
const REFERENCE_HINTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/الان|حاليا|الوقت|الفتره|الايام|موسم/u, 1],
  [/مؤخرا|حديثا|سابق|الماضي|الاخيره|الفائته|المنصرمه|موسم|المواسم/u, 2],
  [/قبل|منذ/u, 0],
  [/موسم|قريب|مستقبل|وقت|المقبل|القادم|الجديد/u, 3],
];
const REFERENCE_RULES = REFERENCES.map(([core, value], i) => [nearRule(`${WORD_START}(?:[وفبل])?(${core})${WORD_END}`, ...REFERENCE_HINTS[i]!), value] as const);

function findReferences(f: FoldedText): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (const [rule, value] of REFERENCE_RULES) {
    for (const m of matchesOfNear(f, rule)) {
      const at = m.index + m[0].length - m[1]!.length;
      const { start, end } = originalSpan(f, at, m.index + m[0].length);
      const text = f.source.slice(start, end);
      // آلان (Alain) folds as الان (now): the name has its madda on the first letter.
      if (text.startsWith("آ")) continue;
      out.push({ text, start, end, value, precision: "reference" });
    }
  }
  return out;
}

// ---- times of day ----------------------------------------------------------------------------

const HOUR_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["الواحده", 1], ["الثانيه", 2], ["الثالثه", 3], ["الرابعه", 4], ["الخامسه", 5], ["السادسه", 6], ["السابعه", 7], ["الثامنه", 8],
  ["التاسعه", 9], ["العاشره", 10], ["الحاديه عشره", 11], ["الثانيه عشره", 12],
];
const HOUR_WORD = `(?:${HOUR_WORDS.map(([w]) => w.replace(/ /g, S)).sort((a, b) => b.length - a.length).join("|")})`;
const EVENING = `(?:مساء|مساءا|ليلا|ظهرا|عصرا|بعد${S}الظهر)`;
const MORNING = "(?:صباحا|فجرا|صباح)";
/** A zone written after a clock time: `ت م` (Makkah), `ت غ` / `ت.غ` (GMT), `بتوقيت …`, `GMT`. */
const ZONE = `(?:ت\\s*\\.?\\s*[مغ](?![\\p{L}])\\.?|بتوقيت${S}[\\p{L}]+|gmt|utc)`;
const CLOCK = `(\\d{1,2})[:,.](\\d{2})(?!\\d)`;
const TIME_RES: ReadonlyArray<RegExp> = [
  new RegExp(`(?<![\\p{Nd}.,:])${CLOCK}(?:\\s*(?:${MORNING}|${EVENING}))?\\s*${ZONE}`, "gu"),
  new RegExp(`${WORD_START}(?:ال)?ساعه${S}(?:${CLOCK}|(${HOUR_WORD})(?:${S}و(?:النصف|الربع|الثلث))?)(?:${S}(?:من${S})?(?:${MORNING}|${EVENING}|صباح|مساء|ظهر|ليل|فجر))?(?:\\s*${ZONE})?`, "gu"),
  new RegExp(`${WORD_START}(${HOUR_WORD})(?:${S}و(?:النصف|الربع|الثلث))?${S}(?:${MORNING}|${EVENING})${WORD_END}`, "gu"),
];
/**
 * How each time rule is scanned: a clock time over the text when it holds one (`10:30`); the rules
 * opening with ساعه and with an hour word, tried only at those words (near-scan.ts), since a scan
 * of the whole body from every offset cost more than the rest of the times.
 */
const TIME_SCANS: ReadonlyArray<{ hint: RegExp } | NearRule> = [
  { hint: /\d[:,.]\d\d/u },
  nearRule(TIME_RES[1]!.source, /ساعه/u, 0),
  nearRule(TIME_RES[2]!.source, new RegExp(HOUR_WORD, "u"), 0),
];
const DAYPARTS: ReadonlyArray<readonly [string, string]> = [
  [`فجرا|صباحا|هذا${S}الصباح|ساعات${S}الصباح(?:${S}الباكر)?`, "TMO"],
  [`بعد${S}الظهر|ظهرا|عصرا`, "TAF"],
  [`مساء|مساءا|هذا${S}المساء`, "TEV"],
  [`ليلا|هذه${S}الليله|خلال${S}الليل`, "TNI"],
];
/** Per daypart, what every match holds, one word at most after its start (see REFERENCE_HINTS). */
const DAYPART_HINTS: readonly RegExp[] = [/فجرا|صباح/u, /ظهر|عصرا/u, /مساء/u, /ليل/u];
const DAYPART_RULES = DAYPARTS.map(([core, code], i) => [nearRule(`${WORD_START}(?:[وف])?(${core})${WORD_END}(?![\\s،,]*(?:ال)?(?:اليوم|يوم|امس|غد|الغد|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه))`, DAYPART_HINTS[i]!, 1), code] as const);

function hourOf(m: RegExpExecArray, clockGroup: number, wordGroup: number | null): { hour: number; minute: number } | null {
  if (m[clockGroup]) {
    const hour = Number(m[clockGroup]);
    const minute = Number(m[clockGroup + 1]);
    return hour <= 23 && minute <= 59 ? { hour, minute } : null;
  }
  const word = wordGroup === null ? undefined : m[wordGroup];
  if (!word) return null;
  const hour = HOUR_WORDS.find(([w]) => w === word.replace(/\s+/g, " "))?.[1];
  if (hour === undefined) return null;
  const pm = new RegExp(EVENING, "u").test(m[0]) && hour < 12;
  return { hour: pm ? hour + 12 : hour, minute: 0 };
}

function findTimes(f: FoldedText, refDay: string): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  const push = (from: number, to: number, value: string) => {
    const { start, end } = originalSpan(f, from, to);
    out.push({ text: f.source.slice(start, end), start, end, value, precision: "time" });
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  TIME_RES.forEach((re, i) => {
    const scan = TIME_SCANS[i]!;
    for (const m of "hint" in scan ? matchesOf(f, re, scan.hint) : matchesOfNear(f, scan)) {
      const t = i === 2 ? hourOf(m, 99, 1) : hourOf(m, 1, i === 1 ? 3 : null);
      if (t) push(m.index, m.index + m[0].length, `${refDay}T${pad(t.hour)}:${pad(t.minute)}`);
    }
  });
  for (const [rule, code] of DAYPART_RULES) {
    for (const m of matchesOfNear(f, rule)) {
      const at = m.index + m[0].length - m[1]!.length;
      push(at, m.index + m[0].length, `${refDay}T${code}`);
    }
  }
  return out;
}

/**
 * Years, decades, centuries, references and times of `text`; `reference` (ISO) dates the times
 * and resolves `القرن الماضي`. Overlaps are left to the caller.
 */
export function findPeriods(text: string, reference: string | null): PeriodSpan[] {
  const f = foldWithOffsets(text);
  const refDay = reference?.slice(0, 10) ?? null;
  const refYear = refDay ? Number(refDay.slice(0, 4)) : NaN;
  return [
    ...findYearsAlone(f),
    ...(Number.isFinite(refYear) ? findDecadesAndCenturies(f, refYear) : []),
    ...(Number.isFinite(refYear) ? findSeasonsAndEraYears(f, refYear) : []),
    ...findReferences(f),
    ...(refDay ? findTimes(f, refDay) : []),
  ];
}
