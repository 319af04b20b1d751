/**
 * Arabic display of dates and numbers. Rules:
 * - Dates are shown with Arabic month names and Western digits (`ar-u-nu-latn`: what most Arabic
 *   news sites print), in UTC, since stored dates carry no reliable zone.
 * - A missing date is shown as «بلا تاريخ», never as an invented one.
 * - A day (`formatDay`) and a count (`formatNumber` of a whole number ≥ 0) are written without
 *   Intl, as `ar-u-nu-latn` writes them (format.test.ts compares both with Intl: every day of
 *   1900–2100, the first and last of every year to 9999, whole numbers up to 2^53): the first
 *   Arabic Intl formatter loads ICU's Arabic data (~11 CPU ms, ~14 with the second), a tenth of a
 *   `marsad search` printing in Arabic. Other numbers, short days and weekdays are Intl's.
 */
interface ArabicFormats {
  day: Intl.DateTimeFormat;
  dayShort: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
}

let formats: ArabicFormats | null = null;

// Built at first use: the first Arabic formatter loads ICU's locale data (40-150 ms), which a CLI
// command printing in English (ISO dates) never needs.
function arabic(): ArabicFormats {
  formats ??= {
    day: new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    dayShort: new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "short", timeZone: "UTC" }),
    weekday: new Intl.DateTimeFormat("ar-u-nu-latn", { weekday: "long", timeZone: "UTC" }),
    number: new Intl.NumberFormat("ar-u-nu-latn"),
  };
  return formats;
}

export function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The Gregorian months as `ar-u-nu-latn` names them (`month: "long"`). */
const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/** `3 ديسمبر 2026`: arabic().day's text for a day of the years 1–9999 (toDate gives only those). */
function dayText(d: Date): string {
  const year = d.getUTCFullYear();
  return year >= 1 && year <= 9999 ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year}` : arabic().day.format(d);
}

export function formatDay(iso: string | null | undefined): string {
  const d = toDate(iso);
  return d ? dayText(d) : "بلا تاريخ";
}

export function formatDayShort(iso: string): string {
  const d = toDate(iso);
  return d ? arabic().dayShort.format(d) : iso;
}

export function formatWeekdayDay(iso: string | null | undefined): string {
  const d = toDate(iso);
  return d ? `${arabic().weekday.format(d)} ${dayText(d)}` : "بلا تاريخ";
}

const THOUSANDS = /\B(?=(\d{3})+$)/g;

export function formatNumber(n: number): string {
  // A whole number ≥ 0 (not -0, which Intl writes with its sign): its digits grouped by three with ",".
  return Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0) ? String(n).replace(THOUSANDS, ",") : arabic().number.format(n);
}

const TIME_OF_DAY = /T(\d{2}):(\d{2})/;

/** Day and, when the value carries one, time of day as written (`24 نوفمبر 2026، 14:05`). */
export function formatDayTime(iso: string | null | undefined): string {
  const day = formatDay(iso);
  const t = iso ? TIME_OF_DAY.exec(iso) : null;
  return t ? `${day}، ${t[1]}:${t[2]}` : day;
}

/** Milliseconds since the epoch of an ISO value (a bare date is its UTC midnight), or NaN. */
export function timeOf(iso: string | null | undefined): number {
  if (!iso) return Number.NaN;
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso) ? `${iso}Z` : iso);
}

/** `YYYY-MM-DD` of the day `n` days before `iso`'s day. */
export function dayBefore(iso: string, n: number): string {
  const d = toDate(iso)!;
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** The last `count` days ending with `lastDay`, oldest first. */
export function dayRange(lastDay: string, count: number): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) days.push(dayBefore(lastDay, i));
  return days;
}

/** The forms an Arabic counted noun takes (خبر: خبر واحد، خبران، 3 أخبار، 11 خبراً، 100 خبر). */
export interface CountedNoun {
  one: string;
  two: string;
  /** 3–10: the plural. */
  few: string;
  /** 11–99: the accusative singular. */
  many: string;
  /** 0, and hundreds ending in 00–02: the singular. */
  singular: string;
}

export const ARTICLES: CountedNoun = { one: "خبر واحد", two: "خبران", few: "أخبار", many: "خبراً", singular: "خبر" };
export const VERSIONS: CountedNoun = { one: "نسخة واحدة", two: "نسختان", few: "نسخ", many: "نسخة", singular: "نسخة" };
export const RESULTS: CountedNoun = { one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة", singular: "نتيجة" };
export const SOURCES: CountedNoun = { one: "مصدر واحد", two: "مصدران", few: "مصادر", many: "مصدراً", singular: "مصدر" };

/** `n` with its noun in the form Arabic grammar asks for (by the last two digits from 100 up). */
export function formatCount(n: number, noun: CountedNoun): string {
  if (n === 1) return noun.one;
  if (n === 2) return noun.two;
  const r = n % 100;
  const form = n === 0 ? noun.singular : r >= 3 && r <= 10 ? noun.few : r >= 11 ? noun.many : noun.singular;
  return `${formatNumber(n)} ${form}`;
}
