/**
 * Absolute dates in text, with times and zones where written.
 *
 * Rules:
 * - Gregorian month names in the five Arabic regional styles (standard/Egyptian-Gulf, Levantine
 *   Syriac names, Tunisian/Algerian French-derived, Moroccan, Mauritanian), with the usual hamza,
 *   alef maqsura and teh marbuta variants; a doubled name (`أيلول/سبتمبر`, `أيلول (سبتمبر)`) is one
 *   month. English and French names (full and abbreviated) too.
 * - Forms: `D MONTH YYYY` (day may carry an English ordinal: `20th, September 2023`, or French
 *   `1er`), `MONTH D, YYYY`, `MONTH YYYY` (precision month, value on the 1st), numeric
 *   `YYYY/MM/DD`, `YYYY-MM-DD` (ISO, with `T` time) and `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`
 *   (day first, as Arabic sites write; month first only when the day-first reading is impossible).
 * - Hijri: `D HIJRI-MONTH YYYY [هـ]` converted to Gregorian with the islamic-umalqura calendar of
 *   @js-temporal/polyfill; years outside 1300–1500 are not read as Hijri.
 * - Digits: ASCII, Arabic-Indic and Persian.
 * - A weekday before the date (`الأربعاء،`, `Wednesday,`) belongs to the match; a time after it
 *   (`10:30 ص`, `at 14:05`, `- 08:15 PM`) with an optional zone (`GMT`, `UTC`, `+03:00`, `GMT+3`,
 *   `بتوقيت مكة`) is read into the value; a zone without a time is part of the text only.
 * - Impossible dates (31 April, month 13) are dropped; overlapping matches keep the earliest, then
 *   the longest.
 */
import { Temporal } from "@js-temporal/polyfill";
import type { IsoDate } from "../../types.js";
import { normalizeArabic, toAsciiDigits } from "../normalize.js";

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

// Month names per style; checked against the regional list in shared/data/reference-lists.
const GREGORIAN_MONTHS: ReadonlyArray<readonly string[]> = [
  ["يناير", "كانون الثاني", "جانفي", "جانفييه", "January", "Jan", "janvier", "janv"],
  ["فبراير", "فبرایر", "شباط", "فيفري", "February", "Feb", "février", "fevrier", "févr"],
  ["مارس", "آذار", "March", "Mar", "mars"],
  ["أبريل", "إبريل", "نيسان", "أفريل", "April", "Apr", "avril", "avr"],
  ["مايو", "أيار", "ماي", "May", "mai"],
  ["يونيو", "يونيه", "حزيران", "جوان", "June", "Jun", "juin"],
  ["يوليو", "يوليه", "تموز", "جويلية", "جويلييه", "يوليوز", "July", "Jul", "juillet", "juil"],
  ["أغسطس", "آب", "أوت", "غشت", "أغشت", "August", "Aug", "août", "aout"],
  ["سبتمبر", "أيلول", "شتنبر", "شتمبر", "September", "Sept", "Sep", "septembre"],
  ["أكتوبر", "تشرين الأول", "October", "Oct", "octobre"],
  ["نوفمبر", "تشرين الثاني", "نونبر", "November", "Nov", "novembre"],
  ["ديسمبر", "كانون الأول", "دجنبر", "دجمبر", "December", "Dec", "décembre", "decembre", "déc"],
];

const HIJRI_MONTHS: ReadonlyArray<readonly string[]> = [
  ["محرم", "المحرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع أول"],
  ["ربيع الآخر", "ربيع الثاني", "ربيع ثاني"],
  ["جمادى الأولى", "جمادى الأول", "جمادي الأولى"],
  ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة"],
  ["ذو الحجة", "ذي الحجة"],
];

const WEEKDAYS = [
  "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/** Zones named in words; Gulf and Levant capitals keep a fixed offset all year. */
const NAMED_ZONES: ReadonlyArray<readonly [string, string]> = [
  ["مكة المكرمة", "+03:00"], ["مكة", "+03:00"], ["السعودية", "+03:00"], ["الرياض", "+03:00"],
  ["الدوحة", "+03:00"], ["قطر", "+03:00"], ["الكويت", "+03:00"], ["بغداد", "+03:00"],
  ["المنامة", "+03:00"], ["البحرين", "+03:00"], ["دمشق", "+03:00"], ["عمّان", "+03:00"],
  ["أبوظبي", "+04:00"], ["أبو ظبي", "+04:00"], ["الإمارات", "+04:00"], ["دبي", "+04:00"],
  ["مسقط", "+04:00"], ["غرينتش", "Z"], ["جرينتش", "Z"], ["غرينيتش", "Z"],
];

const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";

/** A regex source matching `word` with its common Arabic spelling variants. */
function loose(word: string): string {
  let out = "";
  for (const ch of word) {
    if ("اأإآ".includes(ch)) out += "[اأإآ]";
    else if ("يىی".includes(ch)) out += "[يىی]";
    else if ("ةه".includes(ch)) out += "[ةه]";
    else if ("كک".includes(ch)) out += "[كک]";
    else if (ch === " ") out += "\\s*";
    else if (ch === "\u0651") out += "\u0651?";
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return out;
}

function alternation(names: string[]): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length).map(loose).join("|");
}

function monthKey(name: string): string {
  return normalizeArabic(name).replace(/[\s.]/g, "");
}

function buildLookup(table: ReadonlyArray<readonly string[]>): Map<string, number> {
  const map = new Map<string, number>();
  table.forEach((names, i) => {
    for (const n of names) {
      map.set(monthKey(n), i + 1);
      map.set(monthKey(n.normalize("NFD").replace(/\p{M}/gu, "")), i + 1);
    }
  });
  return map;
}

const GREGORIAN_LOOKUP = buildLookup(GREGORIAN_MONTHS);
const HIJRI_LOOKUP = buildLookup(HIJRI_MONTHS);
const ZONE_LOOKUP = new Map(NAMED_ZONES.map(([name, offset]) => [monthKey(name), offset]));

// Patterns run without the `u` and `i` flags on an ASCII-lowercased copy of the text: V8 runs
// big unicode case-insensitive patterns an order of magnitude slower. Month names are matched as
// one or two words and looked up in a table, not spelled out in the pattern, for the same reason.
const LETTERS = "a-zA-Z\\u00C0-\\u024F\\u0610-\\u061A\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
const NOT_LETTER_BEFORE = `(?<![${LETTERS}])`;
const NOT_LETTER_AFTER = `(?![${LETTERS}])`;
const NOT_DIGIT_BEFORE = `(?<!${DIGIT}|[.:/-]${DIGIT})`;
const WORD = `[${LETTERS}]+`;
const ONE_OR_TWO_WORDS = `(${WORD}(?:\\s+${WORD})?)\\.?`;
/** A second name of the same month: `أيلول/سبتمبر`, `أيلول (سبتمبر)`, `أيلول - سبتمبر`. */
const SECOND_NAME = `(?:\\s*[/(\\-–]\\s*(${WORD}(?:\\s+${WORD})?)\\.?\\s*\\)?)?`;
const DAY = `${NOT_DIGIT_BEFORE}(${DIGIT}{1,2})(?:st|nd|rd|th|er|e)?`;
const YEAR = `(${DIGIT}{4})(?!${DIGIT})`;
const SEP = "\\s*[,،]?\\s*";
const ERA = `(?:\\s*(?:هـ|ه|هجري[ةه]?|م|ميلادي[ةه]?)${NOT_LETTER_AFTER})?`;

const DAY_MONTH_YEAR = new RegExp(`${DAY}${SEP}(?:(?:of|de|من)\\s+)?${ONE_OR_TWO_WORDS}${SECOND_NAME}${SEP}${YEAR}${ERA}`, "g");
const MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(${WORD})\\.?\\s*${DAY}${SEP}${YEAR}`, "g");
const MONTH_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(?<!${DIGIT}(?:st|nd|rd|th|er)?[\\s,،]*)${ONE_OR_TWO_WORDS}${SECOND_NAME}${SEP}${YEAR}${ERA}`, "g");
const YMD = new RegExp(`${NOT_DIGIT_BEFORE}(${DIGIT}{4})([/.-])(${DIGIT}{1,2})\\2(${DIGIT}{1,2})(?!${DIGIT})`, "g");
const DMY = new RegExp(`${NOT_DIGIT_BEFORE}(${DIGIT}{1,2})([/.-])(${DIGIT}{1,2})\\2(${DIGIT}{4})(?!${DIGIT})`, "g");

const ZONE_NAMES = alternation(NAMED_ZONES.map(([n]) => n));
const ZONE = `(?:\\s*(?:(?:gmt|utc)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|(gmt|utc|z)${NOT_LETTER_AFTER}|([+-])(\\d{2}):?(\\d{2})(?!\\d)|بتوقيت\\s+(${ZONE_NAMES})))`;
/** Anchored (sticky) reader of what may follow a date: time, am/pm, zone. */
const TIME_AFTER = new RegExp(
  `(?:\\s*[-–—|,،@]?\\s*(?:(?:at|à|الساعة|الساعه|ساعة)\\s*)?|t)` +
    `(${DIGIT}{1,2})[:：](${DIGIT}{2})(?:[:：](${DIGIT}{2})(?:\\.\\d+)?)?` +
    `(?:\\s*(صباحاً|صباحا|صباح|ص|مساءً|مساءا|مساء|م|a\\.?m\\.?|p\\.?m\\.?)${NOT_LETTER_AFTER})?` +
    `${ZONE}?`,
  "y",
);
const ZONE_AFTER = new RegExp(ZONE, "y");
const WEEKDAY_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:يوم\\s+)?(${WORD})\\.?${SEP}(?:[-–]\\s*)?$`);
const WEEKDAY_KEYS = new Set(WEEKDAYS.map(monthKey));
const WEEKDAY_LOOKBACK = 24;
const ASCII_UPPER = /[A-Z]/g;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MIN_HIJRI_YEAR = 1300;
const MAX_HIJRI_YEAR = 1500;

function num(s: string): number {
  return Number(toAsciiDigits(s));
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
const LATIN_ACCENTED = /[\u00C0-\u024F]/;

function cachedKey(word: string): string {
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    key = monthKey(LATIN_ACCENTED.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "") : word);
    if (KEY_CACHE.size >= MAX_KEY_CACHE) KEY_CACHE.clear();
    KEY_CACHE.set(word, key);
  }
  return key;
}

function lookupMonth(matched: string, lookup: Map<string, number>): number | null {
  // In a doubled name, the first is enough: both name the same month.
  const first = matched.split(/\s*[/(\-–]\s*/)[0]!;
  return lookup.get(cachedKey(first)) ?? null;
}

function hijriToIso(y: number, m: number, d: number): string | null {
  if (y < MIN_HIJRI_YEAR || y > MAX_HIJRI_YEAR || m < 1 || m > 12 || d < 1 || d > 30) return null;
  try {
    return Temporal.PlainDate.from({ year: y, month: m, day: d, calendar: "islamic-umalqura" }, { overflow: "reject" })
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
function lookupName(words: string, lookup: Map<string, number>): { month: number; offset: number } | null {
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
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const end = m.index + m[0].length;
    const g = lookupMonth(m[2]!, GREGORIAN_LOOKUP);
    if (g) {
      gregorian(m.index, end, num(m[4]!), g, num(m[1]!));
      continue;
    }
    const h = lookupMonth(m[2]!, HIJRI_LOOKUP);
    const iso = h ? hijriToIso(num(m[4]!), h, num(m[1]!)) : null;
    if (iso) out.push({ start: m.index, end, day: iso, calendar: "hijri", precision: "day" });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = lookupMonth(m[1]!, GREGORIAN_LOOKUP);
    if (month) gregorian(m.index, m.index + m[0].length, num(m[3]!), month, num(m[2]!));
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const found = lookupName(m[1]!, GREGORIAN_LOOKUP);
    if (found) gregorian(m.index + found.offset, m.index + m[0].length, num(m[3]!), found.month, 1, "month");
  }
  for (const m of text.matchAll(YMD)) gregorian(m.index, m.index + m[0].length, num(m[1]!), num(m[3]!), num(m[4]!));
  for (const m of text.matchAll(DMY)) {
    const a = num(m[1]!);
    const b = num(m[3]!);
    const y = num(m[4]!);
    if (isValidGregorian(y, b, a)) gregorian(m.index, m.index + m[0].length, y, b, a);
    else gregorian(m.index, m.index + m[0].length, y, a, b);
  }
  return out;
}

function zoneOffset(m: RegExpExecArray, base: number): string | null {
  const [sign, h, mm, word, sign2, h2, mm2, named] = m.slice(base, base + 8);
  if (sign && h) return `${sign}${pad(num(h))}:${mm ?? "00"}`;
  if (word) return "Z";
  if (sign2 && h2) return `${sign2}${h2}:${mm2}`;
  if (named) return ZONE_LOOKUP.get(monthKey(named)) ?? null;
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
const HAS_YEAR = new RegExp(`${DIGIT}{4}`, "u");

/** Every absolute date in `text`, in text order, without overlaps. */
export function findAbsoluteDates(text: string): FoundDate[] {
  if (!HAS_YEAR.test(text)) return [];
  const lowered = text.replace(ASCII_UPPER, (c) => c.toLowerCase());
  const candidates = collect(lowered).sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundDate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    let start = c.start;
    const before = WEEKDAY_BEFORE.exec(lowered.slice(Math.max(lastEnd, 0, c.start - WEEKDAY_LOOKBACK), c.start));
    if (before && WEEKDAY_KEYS.has(cachedKey(before[1]!))) start = c.start - before[0].length;
    const after = c.precision === "day" ? readTimeAfter(lowered, c.end) : { suffix: "", end: c.end };
    const end = after.end;
    found.push({ text: text.slice(start, end), start, end, value: `${c.day}${after.suffix}`, calendar: c.calendar, precision: c.precision });
    lastEnd = end;
  }
  return found;
}
