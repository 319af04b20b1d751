/**
 * Relative date expressions in Arabic news, resolved against the publication day. Rules, matched on
 * folded text (fold.ts) and resolved to a day:
 * - أول أمس / أول من أمس / قبل أمس = −2; أمس / الأمس / البارحة / الليلة الماضية = −1 (with a weekday after it, as in
 *   `أمس الثلاثاء`, still −1: the weekday only confirms it); اليوم = 0 (not `اليوم التالي`,
 *   `اليوم العالمي`, `ذلك اليوم`); غداً / يوم غد = +1; بعد غد = +2. صباح / مساء / ليلة before any
 *   of them is part of the mention.
 * - A weekday alone (`الثلاثاء`, `يوم الثلاثاء`) = the latest such day on or before publication;
 *   with الماضي / الفائت / المنصرم = the latest strictly before; with المقبل / القادم = the first
 *   strictly after. Not a date after كل / أيام (a habit, not a day) or بين / كلا (`بين الاثنين`).
 * - الأسبوع الماضي / المقبل / الجاري = Monday of that ISO week (precision week); الشهر … = the
 *   first of that month (precision month); العام / السنة … = 1 January of that year (precision year).
 * - قبل / منذ + a count + يوم / أسبوع / شهر / عام (`قبل ثلاثة أيام`, `منذ يومين`) = that distance
 *   back. Not when من / على follows (`قبل ثلاثة أيام من الانتخابات` counts from an event, not
 *   from publication). بعد + a count is left alone: in a past narrative (`انتهت بعد ستة أسابيع`)
 *   it is a duration, not a day after publication.
 * - A month name with الماضي / المقبل / الجاري (`يونيو المقبل`) = that month, in the year the word
 *   implies; a day and a month without a year (`12 أبريل الجاري`, `19 سبتمبر`) = that day, in the
 *   year the qualifier implies, else the year that puts it nearest to publication.
 */
import { foldWithOffsets, originalSpan, WORD_END, WORD_START } from "../../arabic/fold.js";
import { readNumber } from "../../arabic/numbers.js";
import { addDays, addMonths, dayStart, formatDay, hijriDay, hijriOf, isoWeekStart, makeDay, weekdayOf, yearOf } from "../../arabic/dates/calendar.js";
import { alternation, HIJRI_MONTHS, MONTHS, ORDINAL_DAYS, WEEKDAYS } from "../../arabic/dates/names.js";
import { removeOverlaps } from "../../arabic/spans.js";
import { matchesNear } from "../../arabic/near-scan.js";

export { removeOverlaps };

export type DatePrecision = "day" | "week" | "month" | "year";

export interface RelativeDate {
  text: string;
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  kind: "relative" | "weekday";
}

interface Resolved {
  ms: number;
  precision: DatePrecision;
  kind: "relative" | "weekday";
}

interface RuleSpec {
  /** The expression, without the conjunction a word may carry; its groups reach `resolve`. */
  core: string;
  /** Lookbehind / lookahead sources that must hold around the match. */
  before?: string;
  after?: string;
  /**
   * Words one of which every match holds, begun at most `runsBefore` runs of white space after the
   * match's start: the rule is tried only just before them (near-scan.ts).
   */
  hint: RegExp;
  runsBefore: number;
  resolve: (m: RegExpExecArray, ref: number) => Resolved | null;
}

/** A compiled rule: one shape for every rule (specs differ in which optional fields they hold), so the loop over RULES reads each field at one map. */
interface Rule {
  runsBefore: number;
  resolve: RuleSpec["resolve"];
  /** The rule, tried at one offset (flag y). */
  re: RegExp;
  /** The hint, every occurrence (flag g). */
  anchor: RegExp;
  /** The core alone, anchored: tells whether a leading و / ف was a conjunction or a root letter. */
  bare: RegExp;
}

const S = "\\s+";
const WD = `(?:${alternation(WEEKDAYS.keys())})`;
const MON = `(?:${alternation(MONTHS.keys())})`;
const WD_HINT = new RegExp(WD, "u");
const MON_HINT = new RegExp(MON, "u");
const HMON = `(?:${alternation(HIJRI_MONTHS.keys())})`;
const HMON_HINT = new RegExp(HMON, "u");
/**
 * A month named twice (`آذار/مارس`, `نيسان (أبريل)`, and with a space alone as the Reuters Arabic
 * wire writes it, `12 مايو أيار`): one month, the first name read; two names of different months
 * side by side are no such pair (oneMonthNamed).
 */
const MON2 = `(${MON})(?:\\s*[/(]\\s*(?:${MON})(?:\\s*\\))?|\\s+(?:${MON})${WORD_END})?`;
const EVERY_MON = new RegExp(`${WORD_START}${MON}${WORD_END}`, "gu");

const MARKED_PAIR = /[/(]/u;

/** Whether a MON2 pair joined by a space alone names one month (a pair set off by a mark is read by its first name, as before). */
function oneMonthNamed(text: string): boolean {
  if (MARKED_PAIR.test(text)) return true;
  const months = new Set([...text.matchAll(EVERY_MON)].map((m) => MONTHS.get(m[0].replace(/\s+/g, " "))));
  return months.size <= 1;
}
const ORDINAL_DAY = `(?:${alternation(ORDINAL_DAYS.keys())})`;
/** Words that put a month named alone in time (`في يونيو`, `خلال نيسان/أبريل`); not part of the span. */
const MONTH_FRAME = "(?:في|خلال|منذ|حتي|الي|قبل|بعد|بحلول|طيله|طوال)";
/** Parts of a month, part of the span (`نهاية نيسان/أبريل`, `مطلع شهر مايو`). */
const MONTH_PART = "(?:مطلع|نهايه|اواخر|اوائل|منتصف|بدايه|اواسط|مستهل)";
const DAYPART = `(?:(?:صباح|مساء|ليله|فجر|ظهر|عصر|ظهيره|يوم)${S})`;
const PAST = "(?:الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه|السابق|السابقه)";
const NEXT = "(?:المقبل|المقبله|القادم|القادمه)";
const CURRENT = "(?:الجاري|الجاريه|الحالي|الحاليه)";
/** Whole-word tests of a qualifier the rules captured, compiled once. */
const IS_PAST = new RegExp(`^${PAST}$`, "u");
const IS_NEXT = new RegExp(`^${NEXT}$`, "u");
const YESTERDAY = "(?:امس|الامس|البارحه)";
const NOT_TODAY = `(?:التالي|السابق|الاول|الثاني|الثالث|الاخير|العالمي|الوطني|الدولي|العربي|نفسه|ذاته|الموعود|المشهود|الاخر|الذي|التي)`;
const UNIT = "(?:يوم|يوما|ايام|يومين|اسبوع|اسبوعا|اسابيع|اسبوعين|شهر|شهرا|اشهر|شهور|شهرين|عام|عاما|اعوام|عامين|سنه|سنوات|سنتين|سنين)";
// The count between قبل and the unit: at most three words (خمسة وعشرين يوما) or digits.
const COUNT = "((?:[\\p{L}\\p{Nd}.,]+\\s+){0,3}?)";

function compile(spec: RuleSpec): Rule {
  return {
    runsBefore: spec.runsBefore,
    resolve: spec.resolve,
    re: new RegExp(`${WORD_START}${spec.before ?? ""}(?:[وف])?(?:${spec.core})${WORD_END}${spec.after ?? ""}`, "yu"),
    anchor: new RegExp(spec.hint.source, "gu"),
    bare: new RegExp(`^(?:${spec.core})$`, "u"),
  };
}

const day = (ms: number, kind: "relative" | "weekday" = "relative"): Resolved => ({ ms, precision: "day", kind });

function pastWeekday(ref: number, wd: number, strict: boolean): number {
  let back = (weekdayOf(ref) - wd + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(ref, -back);
}

function nextWeekday(ref: number, wd: number): number {
  let ahead = (wd - weekdayOf(ref) + 7) % 7;
  if (ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

function weekdayIn(text: string): number | null {
  for (const w of text.split(/\s+/)) {
    const bare = w.replace(/^[وف](?=ال)/, "");
    if (WEEKDAYS.has(bare)) return WEEKDAYS.get(bare)!;
  }
  return null;
}

function monthIn(text: string): number | null {
  const m = MON_HINT.exec(text);
  return m ? MONTHS.get(m[0].replace(/\s+/g, " "))! : null;
}

/** The year of month `month` that `qualifier` implies, relative to the reference day. */
function yearFor(ref: number, month: number, dayOfMonth: number, qualifier: string | undefined): number {
  const y = yearOf(ref);
  const refMonth = new Date(ref).getUTCMonth() + 1;
  if (qualifier && IS_PAST.test(qualifier)) return month < refMonth || (month === refMonth && dayOfMonth > 0 && dayOfMonth <= new Date(ref).getUTCDate()) ? y : y - 1;
  if (qualifier && IS_NEXT.test(qualifier)) return month > refMonth || (month === refMonth && dayOfMonth > new Date(ref).getUTCDate()) ? y : y + 1;
  if (qualifier) return y;
  // No qualifier: the candidate nearest to publication; on a tie, the past one.
  let best = y;
  let bestGap = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const t = makeDay(cand, month, Math.max(1, dayOfMonth));
    if (t === null) continue;
    const gap = Math.abs(t - ref) - (t <= ref ? 0.5 : 0);
    if (gap < bestGap) {
      bestGap = gap;
      best = cand;
    }
  }
  return best;
}

/** A Hijri day and month without a year: the occurrence the qualifier implies, else the nearest. */
function hijriNearest(ref: number, month: number, dayOfMonth: number, qualifier: string | undefined): number | null {
  const { year } = hijriOf(ref);
  const candidates = [year - 1, year, year + 1].map((y) => hijriDay(y, month, dayOfMonth)).filter((t): t is number => t !== null);
  if (qualifier && IS_PAST.test(qualifier)) return candidates.filter((t) => t <= ref).pop() ?? null;
  if (qualifier && IS_NEXT.test(qualifier)) return candidates.find((t) => t > ref) ?? null;
  if (qualifier) return hijriDay(year, month, dayOfMonth);
  let best: number | null = null;
  for (const t of candidates) if (best === null || Math.abs(t - ref) - (t <= ref ? 0.5 : 0) < Math.abs(best - ref) - (best <= ref ? 0.5 : 0)) best = t;
  return best;
}

function distance(ref: number, count: number, unit: string, sign: number): Resolved | null {
  const u = unit.startsWith("يوم") || unit === "ايام" ? "day" : unit.startsWith("اسبوع") || unit === "اسابيع" ? "week" : unit.startsWith("شهر") || unit === "اشهر" || unit === "شهور" ? "month" : "year";
  const n = count * sign;
  if (u === "day") return day(addDays(ref, n));
  if (u === "week") return { ms: addDays(ref, 7 * n), precision: "week", kind: "relative" };
  const d = new Date(ref);
  if (u === "month") {
    const t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0)).getUTCDate();
    return { ms: t + (Math.min(d.getUTCDate(), last) - 1) * 86_400_000, precision: "month", kind: "relative" };
  }
  return { ms: Date.UTC(d.getUTCFullYear() + n, 0, 1), precision: "year", kind: "relative" };
}

const DUAL_UNITS = new Set(["يومين", "اسبوعين", "شهرين", "عامين", "سنتين"]);
const SINGLE_UNITS = new Set(["يوم", "اسبوع", "شهر", "عام", "سنه"]);

function readCount(words: string, unit: string): number | null {
  const ws = words.trim() ? words.trim().split(/\s+/) : [];
  if (ws.length === 0) return DUAL_UNITS.has(unit) ? 2 : SINGLE_UNITS.has(unit) ? 1 : null;
  const n = readNumber(ws, 0);
  return n && n.end === ws.length && n.valueMax === null ? n.value : null;
}

const RULES: Rule[] = ([
  {
    hint: /امس|البارحه/u, runsBefore: 3,
    core: `${DAYPART}?(?:اول${S}(?:من${S})?|قبل${S})${YESTERDAY}(?:${S}${DAYPART}?${WD})?`,
    resolve: (_m, ref) => day(addDays(ref, -2)),
  },
  { hint: /امس|البارحه|الليله/u, runsBefore: 1, core: `${DAYPART}?(?:${YESTERDAY}|الليله${S}الماضيه)(?:${S}${DAYPART}?${WD})?`, resolve: (_m, ref) => day(addDays(ref, -1)) },
  {
    hint: /اليوم/u, runsBefore: 1,
    // عين اليوم is a Saudi outlet's name, not today.
    before: "(?<!(?:ذلك|نفس|ذات|عين)\\s+)",
    core: `(?:هذا${S})?اليوم(?:${S}${WD})?`,
    after: `(?!\\s+${NOT_TODAY}${WORD_END})`,
    resolve: (_m, ref) => day(ref),
  },
  { hint: /غد/u, runsBefore: 2, core: `${DAYPART}?بعد${S}غد(?:${S}${WD})?`, resolve: (_m, ref) => day(addDays(ref, 2)) },
  { hint: /غد/u, runsBefore: 1, core: `(?:غدا|(?:يوم|صباح|مساء|ظهر)${S}(?:غد|الغد))(?:${S}${WD})?`, resolve: (_m, ref) => day(addDays(ref, 1)) },
  {
    hint: WD_HINT, runsBefore: 1,
    core: `${DAYPART}?${WD}${S}(${PAST}|${NEXT})`,
    resolve: (m, ref) => {
      const wd = weekdayIn(m[0])!;
      return IS_NEXT.test(m[1]!) ? day(nextWeekday(ref, wd), "weekday") : day(pastWeekday(ref, wd, true), "weekday");
    },
  },
  {
    hint: WD_HINT, runsBefore: 1,
    before: "(?<!(?:كل|ايام|بين|كلا)\\s+)",
    core: `${DAYPART}?${WD}`,
    resolve: (m, ref) => day(pastWeekday(ref, weekdayIn(m[0])!, false), "weekday"),
  },
  {
    hint: /الاسبوع/u, runsBefore: 1,
    core: `(?:هذا${S})?الاسبوع(?:${S}(${PAST}|${NEXT}|${CURRENT}))?`,
    resolve: (m, ref) => {
      const q = m[1];
      if (!q && !m[0].includes("هذا")) return null;
      const shift = q && IS_PAST.test(q) ? -7 : q && IS_NEXT.test(q) ? 7 : 0;
      return { ms: isoWeekStart(addDays(ref, shift)), precision: "week", kind: "relative" };
    },
  },
  {
    hint: /الشهر/u, runsBefore: 1,
    core: `(?:هذا${S})?الشهر(?:${S}(${PAST}|${NEXT}|${CURRENT}))?`,
    resolve: (m, ref) => {
      const q = m[1];
      if (!q && !m[0].includes("هذا")) return null;
      const shift = q && IS_PAST.test(q) ? -1 : q && IS_NEXT.test(q) ? 1 : 0;
      return { ms: addMonths(ref, shift), precision: "month", kind: "relative" };
    },
  },
  {
    hint: /العام|السنه/u, runsBefore: 2,
    // العام is also an adjective: الأمين العام السابق is a former secretary-general, not last year.
    before: "(?<!(?:الامين|المدير|المدعي|النائب|المراقب|المفتش|القائد|المنسق|المفوض|الرئيس|الراي|القطاع|الامن)\\s+)",
    // `بداية العام` is this year's start; `لهذا العام` keeps its ل; `العام قبل الماضي` is two years back
    core: `(?:(${MONTH_PART})${S})?(?:ل?(?:هذا|هذه)${S})?(?:العام|السنه)(?:${S}(قبل${S}الماضي|${PAST}|${NEXT}|${CURRENT}))?`,
    resolve: (m, ref) => {
      const q = m[2];
      if (!q && !m[1] && !/هذ/.test(m[0])) return null;
      const shift = q?.startsWith("قبل") ? -2 : q && IS_PAST.test(q) ? -1 : q && IS_NEXT.test(q) ? 1 : 0;
      return { ms: Date.UTC(yearOf(ref) + shift, 0, 1), precision: "year", kind: "relative" };
    },
  },
  {
    hint: /قبل|منذ/u, runsBefore: 0,
    // an approximate count (`قبل نحو أربعة أشهر`, `قبل أقل من ستة أشهر`) still gives the distance
    core: `(قبل|منذ)${S}(?:(?:نحو|حوالي|قرابه|زهاء|ما${S}يقرب${S}من|اقل${S}من|اكثر${S}من)${S})?${COUNT}(${UNIT})`,
    after: `(?!\\s+(?:من|علي|عن)${WORD_END})`,
    resolve: (m, ref) => {
      const count = readCount(m[2]!, m[3]!);
      if (count === null || count <= 0) return null;
      return distance(ref, count, m[3]!, -1);
    },
  },
  {
    hint: /الجاري|الحالي/u, runsBefore: 3,
    // A day of the current month (`في 21 الحالي`, `15 من الشهر الجاري`).
    core: `(\\d{1,2})${S}(?:من${S})?(?:(?:الشهر|شهر)${S})?(?:الجاري|الحالي)`,
    resolve: (m, ref) => {
      const d = new Date(ref);
      const t = makeDay(d.getUTCFullYear(), d.getUTCMonth() + 1, Number(m[1]));
      return t === null ? null : day(t);
    },
  },
  {
    hint: HMON_HINT, runsBefore: 4,
    // A Hijri day without a year (`27 شوال الجاري`, `السابع من ذي القعدة المقبل`); صفر (also zero, as
    // in a score) only with شهر or a qualifier.
    core: `(?:(\\d{1,2})${S}(?:من${S})?|(${ORDINAL_DAY})${S}من${S})(?:(شهر)${S})?(${HMON})(?:${S}(${PAST}|${NEXT}|${CURRENT}))?`,
    after: "(?![\\s،,]*(?:(?:عام|سنه|لعام|لسنه)\\s+)?\\d)",
    resolve: (m, ref) => {
      const month = HIJRI_MONTHS.get(m[4]!.replace(/\s+/g, " "))!;
      if (month === 2 && !m[3] && !m[5]) return null;
      const d = m[1] ? Number(m[1]) : ORDINAL_DAYS.get(m[2]!.replace(/\s+/g, " "))!;
      const t = hijriNearest(ref, month, d, m[5]);
      return t === null ? null : day(t);
    },
  },
  {
    hint: MON_HINT, runsBefore: 4,
    // A day in digits (`30 آذار/مارس`) or an ordinal word before من (`التاسع من أبريل`).
    core: `(?:(\\d{1,2})${S}(?:من${S})?|(${ORDINAL_DAY})${S}من${S})(?:شهر${S})?${MON2}(?:${S}(${PAST}|${NEXT}|${CURRENT}))?`,
    // With a year after it, the date is absolute (absolute.ts reads it).
    after: "(?![\\s،,]*(?:(?:عام|سنه|لعام|لسنه)\\s+)?\\d)",
    resolve: (m, ref) => {
      if (!oneMonthNamed(m[0])) return null;
      const month = monthIn(m[3]!)!;
      const d = m[1] ? Number(m[1]) : ORDINAL_DAYS.get(m[2]!.replace(/\s+/g, " "))!;
      const t = makeDay(yearFor(ref, month, d, m[4]), month, d);
      return t === null ? null : day(t);
    },
  },
  {
    hint: MON_HINT, runsBefore: 2,
    // A month alone, put in time by a preposition or a part of the month: the nearest such month.
    // the second of two months (`في يونيو أو يوليو`, `يونيو ويوليو`) shares the first one's frame
    before: `(?:(?<=${WORD_START}[وف]?${MONTH_FRAME}\\s+)|(?<=(?:${MON})\\s+(?:او\\s+)?)|(?=(?:${MONTH_PART}|شهر|اشهر)\\s))`,
    core: `(?:${MONTH_PART}${S})?(?:(?:شهر|اشهر)${S})?${MON2}`,
    after: "(?![\\s،,]*(?:(?:عام|سنه|لعام|لسنه)\\s+)?\\d)",
    resolve: (m, ref) => {
      if (!oneMonthNamed(m[0])) return null;
      const month = monthIn(m[1]!)!;
      return { ms: Date.UTC(yearFor(ref, month, 0, undefined), month - 1, 1), precision: "month", kind: "relative" };
    },
  },
  {
    hint: MON_HINT, runsBefore: 1,
    core: `(?:شهر${S})?${MON2}${S}(${PAST}|${NEXT}|${CURRENT})`,
    resolve: (m, ref) => {
      if (!oneMonthNamed(m[0])) return null;
      const month = monthIn(m[1]!)!;
      return { ms: Date.UTC(yearFor(ref, month, 0, m[2]), month - 1, 1), precision: "month", kind: "relative" };
    },
  },
] satisfies RuleSpec[]).map(compile);

/**
 * Distances beyond this are history or geology (`قبل 200 مليون عام`), not calendar days — and far
 * enough ones overflow Date.
 */
const MAX_RELATIVE_DISTANCE_MS = 100 * 366 * 86_400_000;

/** Relative expressions in `text`, resolved against `reference` (ISO); overlaps resolved longest first. */
export function findRelativeDates(text: string, reference: string): RelativeDate[] {
  const ref = dayStart(reference);
  if (ref === null) return [];
  const f = foldWithOffsets(text);
  const found: RelativeDate[] = [];
  for (const rule of RULES) {
    for (const m of matchesNear(f.folded, rule.re, rule.anchor, rule.runsBefore)) {
      const r = rule.resolve(m, ref);
      if (!r || !Number.isFinite(r.ms) || Math.abs(r.ms - ref) > MAX_RELATIVE_DISTANCE_MS) continue;
      // The leading conjunction (و / ف) is not part of the words that name the date.
      const lead = /^[وف]/u.test(m[0]) && rule.bare.test(m[0].slice(1)) ? 1 : 0;
      const span = originalSpan(f, m.index + lead, m.index + m[0].length);
      found.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, value: formatDay(r.ms), precision: r.precision, kind: r.kind });
    }
  }
  return removeOverlaps(found);
}
