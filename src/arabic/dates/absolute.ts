/**
 * Absolute dates in text, with times and zones where written.
 *
 * Rules (patterns run once over the folded text of fold.ts, so hamza, ة/ه, ى/ي, tatweel,
 * harakat, Arabic-Indic digits and Latin case need no pattern of their own; spans map back to the
 * original text):
 * - Month names are the one table of names.ts: Gregorian in the five Arabic regional styles,
 *   English and French; a doubled name (`أيلول/سبتمبر`, `أيلول (سبتمبر)`) is one month.
 * - Forms: `D MONTH YYYY` (day in digits, with an English ordinal `20th` or French `1er`, as
 *   `الـ15`, or as an ordinal word `التاسع من أبريل 2018`; `من` and `شهر` may stand between day
 *   and month), `MONTH D, YYYY`, `MONTH YYYY` (precision month, value on the 1st), numeric
 *   `YYYY/MM/DD`, `YYYY-MM-DD` (ISO, with `T` time) and `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`
 *   (day first, as Arabic sites write; month first only when the day-first reading is impossible).
 *   A year may follow `عام` / `سنة` (`9 أبريل من عام 2018`).
 * - Hijri: `D HIJRI-MONTH YYYY [هـ]` and numeric dates with a year of 1300–1500 (`18/09/1436 هـ`)
 *   converted to Gregorian with the islamic-umalqura calendar of @js-temporal/polyfill; years
 *   outside 1300–1500 are not read as Hijri.
 * - A weekday before the date (`الأربعاء،`, `Wednesday,`) belongs to the match; a time after it
 *   (`10:30 ص`, `at 14:05`, `على الساعة 18:25`, `- 08:15 PM`) with an optional zone (`GMT`, `UTC`,
 *   `+03:00`, `GMT+3`, `بتوقيت مكة`, `(توقيت القدس)`, `بالتوقيت المحلي`) is read into the value; a zone without a time is part of the
 *   text only.
 * - Impossible dates (31 April, month 13) are dropped; overlapping matches keep the earliest, then
 *   the longest.
 */
import { loadedTemporal } from "./calendar.js";
import type { IsoDate } from "../../types.js";
import { alternationOf } from "../cues/phrases.js";
import { TIME_LABELS } from "../cues/vocabulary.js";
import { foldWithOffsets, originalSpan, type FoldedText } from "../fold.js";
import { matchesNear } from "../near-scan.js";
import { normalizeArabic } from "../normalize.js";
import { GREGORIAN_MONTH_KEYS, HIJRI_MONTH_KEYS, NAMED_ZONES, nameKey, ORDINAL_DAYS, WEEKDAY_KEYS } from "./names.js";

export interface FoundDate {
  /** The words as written. */
  text: string;
  /** Offsets in the searched text, end exclusive. */
  start: number;
  end: number;
  /** `YYYY-MM-DD` or, with a written time, `YYYY-MM-DDTHH:MM[:SS]` plus the zone when written. */
  value: IsoDate;
  calendar: "gregorian" | "hijri";
  precision: "day" | "month" | "year";
}


const ZONE_LOOKUP = new Map(NAMED_ZONES.map(([name, offset]) => [nameKey(name), offset]));

// Month names are matched as one or two words and looked up in a table, not spelled out in the
// pattern: V8 runs long alternations over Arabic text far slower. Folded text has no upper case,
// so no pattern needs the `i` flag.
const LETTERS = "a-z\\u00C0-\\u024F\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FF\\u0750-\\u077F";
const NOT_LETTER_BEFORE = `(?<![${LETTERS}])`;
const NOT_LETTER_AFTER = `(?![${LETTERS}])`;
const DIGIT = "[0-9]";
const NOT_DIGIT_BEFORE = `(?<!${DIGIT}|[.:/-]${DIGIT})`;
const WORD = `[${LETTERS}]+`;
const ONE_OR_TWO_WORDS = `(${WORD}(?:\\s+${WORD})?)\\.?`;
/** A second name of the same month: `أيلول/سبتمبر`, `أيلول (سبتمبر)`, `أيلول - سبتمبر`. */
const SECOND_NAME = `(?:\\s*[/(\\-–]\\s*(${WORD}(?:\\s+${WORD})?)\\.?\\s*\\)?)?`;
const ORDINAL_WORDS = alternationOf(ORDINAL_DAYS.keys());
/** The day: digits (`20th`, `1er`, `الـ15`) or an ordinal word (`التاسع`, `الحادي والعشرين`). */
const DAY = `(?:${NOT_DIGIT_BEFORE}(?:ال\\s?)?(${DIGIT}{1,2})(?:st|nd|rd|th|er|e)?|${NOT_LETTER_BEFORE}(${ORDINAL_WORDS})${NOT_LETTER_AFTER})`;
const YEAR = `(${DIGIT}{4})(?!${DIGIT})`;
const SEP = "\\s*[,،]?\\s*";
/** Between the month and its year: `من عام`, `عام`, `سنة`. */
const YEAR_WORD = `(?:(?:من\\s+)?(?:عام|العام|سنه|لعام)\\s+)?`;
const ERA = `(?:\\s*(?:ه|هجريه?|م|ميلاديه?)${NOT_LETTER_AFTER})?`;

/**
 * The day form's month: the fewest words first (lazy), so a word after the month is left to
 * YEAR_WORD (`9 أبريل من عام 2018`, `22 يوليو عام 1949`) instead of being taken as a second word of
 * the name; a second name set off by a mark or by a space alone (`14 يوليو تموز 2017`, `30 يناير
 * كانون الثاني 2017`, as Reuters' Arabic wire and the papers that take it write) is tried only when
 * the year does not follow. Groups: the name's first words, the separator, the second name.
 */
const DAY_MONTH_NAME = `(${WORD}(?:\\s+${WORD})??)\\.?(?:(\\s*[/(\\-–]\\s*|\\s+)(${WORD}(?:\\s+${WORD})?)\\.?\\s*\\)?)??`;
const DAY_MONTH_YEAR = new RegExp(`${DAY}${SEP}(?:(?:of|de|من)\\s+)?(?:شهر\\s+)?${DAY_MONTH_NAME}${SEP}${YEAR_WORD}${YEAR}${ERA}`, "y");
const MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(${WORD})\\.?\\s*${NOT_DIGIT_BEFORE}(${DIGIT}{1,2})(?:st|nd|rd|th)?${SEP}${YEAR}`, "y");
const MONTH_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(?<!${DIGIT}(?:st|nd|rd|th|er)?[\\s,،]*)${ONE_OR_TWO_WORDS}${SECOND_NAME}${SEP}${YEAR_WORD}${YEAR}${ERA}`, "y");
/**
 * The patterns above are tried only just before four digits (near-scan.ts), which every match holds
 * at most this many runs of white space after its start. MONTH_YEAR: two words (1), a second name in
 * brackets (4), a separator (2), `من عام` (2). DAY_MONTH_YEAR: `الـ` or two ordinal words (1), a
 * separator (2), `من` (1), `شهر` (1), then MONTH_YEAR's. MONTH_DAY_YEAR: a space (1), a separator (2).
 */
const YEAR_DIGITS = new RegExp(`${DIGIT}{4}`, "g");

/** Per UTF-16 code unit: 0 not seen yet, 1 one of LETTERS, 2 not. */
const letterUnits = new Uint8Array(0x10000);
const LETTER_UNIT = new RegExp(`[${LETTERS}]`);

/** Whether no code unit of LETTERS stands right before `at`: where NOT_LETTER_BEFORE holds. */
function notLetterBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  let k = letterUnits[c]!;
  if (k === 0) letterUnits[c] = k = LETTER_UNIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 2;
}

/**
 * Where a DAY_MONTH_YEAR match may start (matchesNear's `mayStart`): its day opens with `ال` or a
 * digit, or is an ordinal word after NOT_LETTER_BEFORE. MONTH_DAY_YEAR and MONTH_YEAR open with
 * NOT_LETTER_BEFORE. The offsets inside words, most of those an any-offset scan tries, fail both.
 */
function mayStartDay(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x0627 || (c >= 0x30 && c <= 0x39) || notLetterBefore(text, at);
}
const MONTH_YEAR_RUNS = 9;
const DAY_MONTH_YEAR_RUNS = 14;
const MONTH_DAY_YEAR_RUNS = 3;
// Numeric dates: Saudi pages space the slashes (`7 / 11 / 1436هـ`), others do not.
const YMD = new RegExp(`${NOT_DIGIT_BEFORE}(${DIGIT}{4}) ?([/.-]) ?(${DIGIT}{1,2}) ?\\2 ?(${DIGIT}{1,2})(?!${DIGIT})${ERA}`, "g");
const DMY = new RegExp(`${NOT_DIGIT_BEFORE}(${DIGIT}{1,2}) ?([/.-]) ?(${DIGIT}{1,2}) ?\\2 ?(${DIGIT}{4})(?!${DIGIT})${ERA}`, "g");

const ZONE_NAMES = alternationOf(NAMED_ZONES.map(([n]) => normalizeArabic(n)));
const ZONE = `(?:\\s*(?:(?:gmt|utc)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|(gmt|utc|z)${NOT_LETTER_AFTER}|([+-])(\\d{2}):?(\\d{2})(?!\\d)|\\(?\\s*(?:ب|بال)?توقيت\\s+(${ZONE_NAMES})${NOT_LETTER_AFTER}\\s*\\)?))`;
const TIME_WORDS = alternationOf(TIME_LABELS.phrases);
/** Anchored (sticky) reader of what may follow a date: time, am/pm, zone. */
const TIME_AFTER = new RegExp(
  `(?:\\s*[-–—|,،@]?\\s*(?:(?:${TIME_WORDS})\\s*)?|t)` +
    `(${DIGIT}{1,2})[:：](${DIGIT}{2})(?:[:：](${DIGIT}{2})(?:\\.\\d+)?)?` +
    `(?:\\s*(صباحا|صباح|ص|مساء|مساءا|م|a\\.?m\\.?|p\\.?m\\.?)${NOT_LETTER_AFTER})?` +
    `${ZONE}?`,
  "y",
);
const ZONE_AFTER = new RegExp(ZONE, "y");
const WEEKDAY_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:يوم\\s+)?(${WORD})\\.?${SEP}(?:[-–]\\s*)?$`);
const WEEKDAY_LOOKBACK = 24;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MIN_HIJRI_YEAR = 1300;
const MAX_HIJRI_YEAR = 1500;

function num(s: string): number {
  return Number(s);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isValidGregorian(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Matching keys of words seen by the patterns; bounded because any word before a year is looked up. */
const KEY_CACHE = new Map<string, string>();
const MAX_KEY_CACHE = 4096;

function cachedKey(word: string): string {
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    key = nameKey(word);
    if (KEY_CACHE.size >= MAX_KEY_CACHE) KEY_CACHE.clear();
    KEY_CACHE.set(word, key);
  }
  return key;
}

function lookupMonth(matched: string, lookup: ReadonlyMap<string, number>): number | null {
  // In a doubled name, the first is enough: both name the same month.
  const first = matched.split(/\s*[/(\-–]\s*/)[0]!;
  return lookup.get(cachedKey(first)) ?? null;
}

/**
 * The month of the day form's name (DAY_MONTH_NAME): after a mark (`أيلول/سبتمبر`, `أيلول (سبتمبر)`)
 * the first name is enough, as in lookupMonth; after a space the words are one name (`تشرين الأول`,
 * `ذو القعدة`) or two names of the same month (`يوليو تموز`, `يناير كانون الثاني`), never a name and
 * a word that is none (`مايو الماضي`).
 */
function dayFormMonth(first: string, separator: string | undefined, second: string | undefined, lookup: ReadonlyMap<string, number>): number | null {
  if (separator !== undefined && separator.trim() !== "") return lookupMonth(first, lookup);
  const words = (second === undefined ? first : `${first} ${second}`).split(/\s+/);
  const whole = lookupMonth(words.join(" "), lookup);
  if (whole) return whole;
  for (let k = 1; k < words.length; k++) {
    const a = lookupMonth(words.slice(0, k).join(" "), lookup);
    if (a && a === lookupMonth(words.slice(k).join(" "), lookup)) return a;
  }
  return null;
}

/** Gregorian years of news start at MIN_YEAR; a four-digit year of 1300–1500 is Hijri. */
function isHijriYear(y: number): boolean {
  return y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR;
}

/** Conversions done, by `y-m-d`: the calendar polyfill is slow and the same days recur. */
const HIJRI_CACHE = new Map<string, string | null>();

function hijriToIso(y: number, m: number, d: number): string | null {
  if (!isHijriYear(y) || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const key = `${y}-${m}-${d}`;
  let iso = HIJRI_CACHE.get(key);
  if (iso === undefined) {
    iso = convertHijri(y, m, d);
    if (HIJRI_CACHE.size >= MAX_KEY_CACHE) HIJRI_CACHE.clear();
    HIJRI_CACHE.set(key, iso);
  }
  return iso;
}

function convertHijri(y: number, m: number, d: number): string | null {
  try {
    return loadedTemporal().PlainDate.from({ year: y, month: m, day: d, calendar: "islamic-umalqura" }, { overflow: "reject" })
      .withCalendar("iso8601")
      .toString();
  } catch {
    return null;
  }
}

interface Candidate {
  start: number;
  end: number;
  day: string;
  calendar: FoundDate["calendar"];
  precision: FoundDate["precision"];
}

/** The month a one- or two-word name gives, with the offset of the name used inside `words`. */
function lookupName(words: string, lookup: ReadonlyMap<string, number>): { month: number; offset: number } | null {
  const whole = lookupMonth(words, lookup);
  if (whole) return { month: whole, offset: 0 };
  const space = words.search(/\s/);
  if (space < 0) return null;
  const second = words.slice(space).trimStart();
  const month = lookupMonth(second, lookup);
  return month ? { month, offset: words.length - second.length } : null;
}

function collect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const gregorian = (start: number, end: number, y: number, m: number, d: number, precision: FoundDate["precision"] = "day") => {
    if (isValidGregorian(y, m, d)) out.push({ start, end, day: `${y}-${pad(m)}-${pad(d)}`, calendar: "gregorian", precision });
  };
  for (const m of matchesNear(text, DAY_MONTH_YEAR, YEAR_DIGITS, DAY_MONTH_YEAR_RUNS, true, mayStartDay)) {
    const end = m.index + m[0].length;
    const day = m[1] ? num(m[1]) : ORDINAL_DAYS.get(m[2]!.replace(/\s+/g, " ")) ?? 0;
    const g = dayFormMonth(m[3]!, m[4], m[5], GREGORIAN_MONTH_KEYS);
    if (g) {
      gregorian(m.index, end, num(m[6]!), g, day);
      continue;
    }
    const h = dayFormMonth(m[3]!, m[4], m[5], HIJRI_MONTH_KEYS);
    const iso = h ? hijriToIso(num(m[6]!), h, day) : null;
    if (iso) out.push({ start: m.index, end, day: iso, calendar: "hijri", precision: "day" });
  }
  for (const m of matchesNear(text, MONTH_DAY_YEAR, YEAR_DIGITS, MONTH_DAY_YEAR_RUNS, true, notLetterBefore)) {
    const month = lookupMonth(m[1]!, GREGORIAN_MONTH_KEYS);
    if (month) gregorian(m.index, m.index + m[0].length, num(m[3]!), month, num(m[2]!));
  }
  for (const m of matchesNear(text, MONTH_YEAR, YEAR_DIGITS, MONTH_YEAR_RUNS, true, notLetterBefore)) {
    const found = lookupName(m[1]!, GREGORIAN_MONTH_KEYS);
    if (found) gregorian(m.index + found.offset, m.index + m[0].length, num(m[3]!), found.month, 1, "month");
  }
  const hijri = (start: number, end: number, y: number, m: number, d: number) => {
    const iso = hijriToIso(y, m, d);
    if (iso) out.push({ start, end, day: iso, calendar: "hijri", precision: "day" });
  };
  for (const m of text.matchAll(YMD)) {
    const [y, mo, d] = [num(m[1]!), num(m[3]!), num(m[4]!)];
    if (isHijriYear(y)) hijri(m.index, m.index + m[0].length, y, mo, d);
    else gregorian(m.index, m.index + m[0].length, y, mo, d);
  }
  for (const m of text.matchAll(DMY)) {
    const a = num(m[1]!);
    const b = num(m[3]!);
    const y = num(m[4]!);
    if (isHijriYear(y)) hijri(m.index, m.index + m[0].length, y, b, a);
    else if (isValidGregorian(y, b, a)) gregorian(m.index, m.index + m[0].length, y, b, a);
    else gregorian(m.index, m.index + m[0].length, y, a, b);
  }
  return out;
}

function zoneOffset(m: RegExpExecArray, base: number): string | null {
  const [sign, h, mm, word, sign2, h2, mm2, named] = m.slice(base, base + 8);
  if (sign && h) return `${sign}${pad(num(h))}:${mm ?? "00"}`;
  if (word) return "Z";
  if (sign2 && h2) return `${sign2}${h2}:${mm2}`;
  if (named) return ZONE_LOOKUP.get(nameKey(named)) ?? null;
  return null;
}

/** Reads a time (and zone) right after a date; returns the value suffix and the new end. */
function readTimeAfter(text: string, end: number): { suffix: string; end: number } {
  TIME_AFTER.lastIndex = end;
  const t = TIME_AFTER.exec(text);
  if (t) {
    let hour = num(t[1]!);
    const minute = num(t[2]!);
    const second = t[3] ? num(t[3]) : null;
    const marker = (t[4] ?? "").toLowerCase().replace(/\./g, "");
    const isPm = marker !== "" && (marker.startsWith("م") || marker === "pm");
    const isAm = marker !== "" && !isPm;
    if (isPm && hour < 12) hour += 12;
    if (isAm && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59 && (second === null || second <= 59)) {
      const zone = zoneOffset(t, 5) ?? "";
      return { suffix: `T${pad(hour)}:${pad(minute)}${second === null ? "" : `:${pad(second)}`}${zone}`, end: t.index + t[0].length };
    }
  }
  ZONE_AFTER.lastIndex = end;
  const z = ZONE_AFTER.exec(text);
  return { suffix: "", end: z ? z.index + z[0].length : end };
}

/** Every form needs a four-digit year; texts without one are skipped before the costly patterns. */
const HAS_YEAR = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/u;

/**
 * Whether `text` may hold an absolute date: it has four digits in a row (ASCII, Arabic-Indic or
 * Persian). Without them findAbsoluteDates finds nothing, in `text` or in any part of it.
 */
export function mayHoldAbsoluteDate(text: string): boolean {
  return HAS_YEAR.test(text);
}

/** Every absolute date in `text`, in text order, without overlaps. */
export function findAbsoluteDates(text: string): FoundDate[] {
  return HAS_YEAR.test(text) ? findAbsoluteDatesIn(foldWithOffsets(text)) : [];
}

/** Every absolute date of an already folded text (fold.ts), in text order, without overlaps. */
export function findAbsoluteDatesIn(f: FoldedText): FoundDate[] {
  const folded = f.folded;
  if (!HAS_YEAR.test(folded)) return [];
  const candidates = collect(folded).sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundDate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    let start = c.start;
    const before = WEEKDAY_BEFORE.exec(folded.slice(Math.max(lastEnd, 0, c.start - WEEKDAY_LOOKBACK), c.start));
    if (before && WEEKDAY_KEYS.has(cachedKey(before[1]!))) start = c.start - before[0].length;
    const after = c.precision === "day" ? readTimeAfter(folded, c.end) : { suffix: "", end: c.end };
    const span = originalSpan(f, start, after.end);
    found.push({ text: f.source.slice(span.start, span.end), start: span.start, end: span.end, value: `${c.day}${after.suffix}`, calendar: c.calendar, precision: c.precision });
    lastEnd = after.end;
  }
  return found;
}
