/**
 * Dates written in page text and metadata values, for the page date. Rules:
 * - machine forms first: `YYYY-MM-DD[ T]HH:MM[:SS[.fff]][Z|±HH[:]MM]` keeps its time and zone as
 *   written (the local day is the publication day; converting to UTC moves late-evening stories);
 *   a metadata value may also be an epoch (10 or 13 digits) or compact (`20190806[103251]`);
 * - numeric day-first forms `D/M/YYYY`, `D.M.YYYY`, `D-M-YYYY` (month-first only when the day
 *   slot cannot be a month), `YYYY/M/D` and the CJK `YYYY年M月D日` / `YYYY년 M월 D일`;
 * - month names: Arabic in all three regional systems (يناير… / كانون الثاني… / جانفي…), the
 *   combined `نيسان / أبريل` form, and the other languages of names.ts, before or after the day,
 *   or after the year where the language writes it first (`2020. június 15.`, `2020 m. birželio 7 d.`);
 *   Vietnamese's numbered month (`29 tháng 6, 2020`);
 * - Arabic-Indic and Persian digits are read as ASCII digits;
 * - years outside MIN_YEAR..MAX_YEAR are not dates of a news page.
 * `findAbsoluteDates` of the understanding stage is consulted first; this module covers the forms
 * it does not read yet.
 */
import { findAbsoluteDates } from "../../arabic/dates/absolute.js";
import { GREGORIAN_MONTH_NAMES, OTHER_LANGUAGE_MONTH_NAMES } from "../../arabic/dates/names.js";
import { normalizeArabic, toAsciiDigits } from "../../arabic/normalize.js";
import type { IsoDate } from "../../types.js";

/** Online news older than this does not exist; years before it are founding years, not dates. */
const MIN_YEAR = 1995;
const MAX_YEAR = 2099;

export interface TextDate {
  value: IsoDate;
  start: number;
  end: number;
}

// The one month table (src/arabic/dates/names.ts); Arabic names also in their folded spelling
// (ابريل, اذار, اب), since this module matches the page's own spelling.
const MONTHS: Record<string, number> = {};
for (const table of [GREGORIAN_MONTH_NAMES, OTHER_LANGUAGE_MONTH_NAMES]) {
  table.forEach((names, i) => {
    for (const name of names) {
      MONTHS[name.toLowerCase()] = i + 1;
      MONTHS[normalizeArabic(name)] = i + 1;
    }
  });
}

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/\./g, "\\."))
  .join("|");
// `نيسان / أبريل`: two names of one month; the second is optional
const MONTH = `(${MONTH_ALT})\\.?(?:\\s*[/(-]\\s*(?:${MONTH_ALT})\\)?)?`;
/**
 * The month names' first words, folded (lower case, one sigma), for a quick test before the month
 * patterns: a text none of whose words opens with one holds no named month, and most text blocks
 * a page date is looked for in name none (the patterns' long alternation is the costly part).
 */
const MONTH_FIRST_WORDS = new Set(Object.keys(MONTHS).map((m) => foldWord(m.split(/[\s.]/)[0]!)));
const MONTH_FIRST_WORD_MAX = Math.max(...[...MONTH_FIRST_WORDS].map((w) => w.length));
const WORD = /[\p{L}\p{M}]+/gu;
/** What may join a day to its month with no space: `5th`, `1er`, `1º`. */
const DAY_SUFFIX = /^(?:st|nd|rd|th|er|º)/;
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

// seconds written with one digit ("23:15:0Z") occur in CMS output
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{1,2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const ISO_AT_START = new RegExp(`^${ISO.source}`);
const YMD = /(?<!\d)((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.]\d)/g;
const CJK = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
const DMY = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)/g;
// `29 de juny del 2020`, `29 d’agost de 2020` (Catalan), `29 جون، 2020` (Urdu's comma)
const D_MONTH_Y = new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+|d['’])?${MONTH}${R}[,،]?\\s*(?:del?\\s+)?((?:19|20)\\d{2})(?!\\d)`, "giu");
// Hungarian `2020. június 15.` and Lithuanian `2020 m. birželio 7 d.`: the year first, marked by
// its dot or `m.` (a bare `2020 may 5` is English prose)
const Y_MONTH_D = new RegExp(`${L}((?:19|20)\\d{2})(?:\\.|\\s*m\\.)\\s*${MONTH}${R}\\s*(\\d{1,2})(?!\\d)`, "giu");
const MONTH_D_Y = new RegExp(`${L}${MONTH}${R}\\s*(\\d{1,2})(?:st|nd|rd|th)?[,،]?\\s+((?:19|20)\\d{2})(?!\\d)`, "giu");
// Vietnamese names the month by its number: `29 tháng 6, 2020`, `ngày 29 tháng 06 năm 2020`
const VI_D_M_Y = /(?<![\p{L}\p{N}])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,|\s+năm)?\s+((?:19|20)\d{2})(?!\d)/giu;

const HAS_YEAR = /(?:19|20)\d\d/;

const pad = (n: number): string => String(n).padStart(2, "0");

/** A valid `YYYY-MM-DD` or null. */
export function makeDay(year: number, month: number, day: number): IsoDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function zone(z: string | undefined): string {
  if (!z) return "";
  if (z === "Z") return "Z";
  const digits = z.replace(":", "");
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

/** Reads a metadata value (ISO-like or words) as an ISO date; null when it holds no date. */
export function parseDateValue(raw: string): IsoDate | null {
  const text = raw.trim();
  if (!text) return null;
  if (/^\d{10}(\d{3})?$/.test(text)) return epochDate(Number(text.slice(0, 10)));
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(text);
  if (compact) return compactDate(compact);
  // most values are machine dates: a valid ISO date at the very start is the first date of the
  // text, so the other forms need not be tried
  const iso = ISO_AT_START.exec(toAsciiDigits(text));
  const value = iso ? isoValue(iso) : null;
  return value ?? findDatesInText(text)[0]?.value ?? null;
}

/** An ISO match as `YYYY-MM-DD[THH:MM[:SS[.fff]][zone]]`, the time and zone as written; null for an impossible day. */
function isoValue(m: RegExpMatchArray | RegExpExecArray): IsoDate | null {
  const day = makeDay(+m[1]!, +m[2]!, +m[3]!);
  if (!day) return null;
  const hour = m[4] !== undefined ? +m[4] : -1;
  const time = hour >= 0 && hour < 24 ? `T${pad(hour)}:${m[5]}${m[6] ? `:${pad(+m[6])}` : ""}${m[6] && m[7] ? m[7] : ""}${zone(m[8])}` : "";
  return day + time;
}

/** `20190806` or `20190806103251` (a meta's compact form), the time without a zone as written. */
function compactDate(m: RegExpExecArray): IsoDate | null {
  const day = makeDay(+m[1]!, +m[2]!, +m[3]!);
  if (!day || m[4] === undefined) return day;
  return +m[4] < 24 && +m[5]! < 60 && +m[6]! < 60 ? `${day}T${m[4]}:${m[5]}:${m[6]}` : day;
}

function epochDate(seconds: number): IsoDate | null {
  const d = new Date(seconds * 1000);
  return makeDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString().replace(/\.\d{3}Z$/, "Z") : null;
}

/** The text with each date of `dates` (in text order, as the readers give them) replaced by a space: what is printed beside them. */
export function withoutDates(text: string, dates: ReadonlyArray<{ start: number; end: number }>): string {
  let rest = text;
  for (let k = dates.length - 1; k >= 0; k--) rest = `${rest.slice(0, dates[k]!.start)} ${rest.slice(dates[k]!.end)}`;
  return rest;
}

/** Every date found in the text, in order of position, each once. */
export function findDatesInText(raw: string): TextDate[] {
  const text = toAsciiDigits(raw);
  // every form below carries a four-digit year; most text blocks have none
  if (!HAS_YEAR.test(text)) return [];
  const found: TextDate[] = [];
  const add = (value: IsoDate | null, start: number, end: number): void => {
    if (value && !found.some((f) => start < f.end && f.start < end)) found.push({ value, start, end });
  };
  for (const m of text.matchAll(ISO)) {
    const value = isoValue(m);
    if (value) add(value, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CJK)) add(makeDay(+m[1]!, +m[2]!, +m[3]!), m.index, m.index + m[0].length);
  for (const m of text.matchAll(YMD)) add(makeDay(+m[1]!, +m[2]!, +m[3]!), m.index, m.index + m[0].length);
  for (const m of text.matchAll(DMY)) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    add(b > 12 && a <= 12 ? makeDay(y, a, b) : makeDay(y, b, a), m.index, m.index + m[0].length);
  }
  if (mayNameMonth(text)) {
    for (const m of text.matchAll(D_MONTH_Y)) add(makeDay(+m[3]!, monthOf(m[2]!), +m[1]!), m.index, m.index + m[0].length);
    for (const m of text.matchAll(MONTH_D_Y)) add(makeDay(+m[3]!, monthOf(m[1]!), +m[2]!), m.index, m.index + m[0].length);
    for (const m of text.matchAll(Y_MONTH_D)) add(makeDay(+m[1]!, monthOf(m[2]!), +m[3]!), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(VI_D_M_Y)) add(makeDay(+m[3]!, +m[2]!, +m[1]!), m.index, m.index + m[0].length);
  for (const d of findAbsoluteDates(raw)) if (d.precision === "day") add(d.value, d.start, d.end);
  return found.sort((a, b) => a.start - b.start);
}

function foldWord(word: string): string {
  return word.toLowerCase().replace(/ς/g, "σ");
}

/** Whether a word of the text opens with a month name's first word (after a day's suffix glued to it). */
function mayNameMonth(text: string): boolean {
  for (const m of text.matchAll(WORD)) {
    const word = foldWord(m[0]);
    if (opensWithMonthWord(word) || (DAY_SUFFIX.test(word) && opensWithMonthWord(word.replace(DAY_SUFFIX, "")))) return true;
  }
  return false;
}

function opensWithMonthWord(word: string): boolean {
  for (let n = Math.min(word.length, MONTH_FIRST_WORD_MAX); n > 0; n--) if (MONTH_FIRST_WORDS.has(word.slice(0, n))) return true;
  return false;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase()] ?? MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

/**
 * Whether the text shows the day `day` (YYYY-MM-DD): as a full date, or as a day and month name
 * without the year (`lundi 24 août`, `Aug 24`), the way page headers and lists show dates.
 */
export function mentionsDay(raw: string, day: IsoDate): boolean {
  if (findDatesInText(raw).some((d) => d.value.startsWith(day))) return true;
  return dayAndMonthPattern(day.slice(5, 10)).test(toAsciiDigits(raw));
}

/** The day–month patterns of mentionsDay, by `MM-DD`, compiled once each (at most 366). */
const DAY_AND_MONTH = new Map<string, RegExp>();

function dayAndMonthPattern(monthDay: string): RegExp {
  let re = DAY_AND_MONTH.get(monthDay);
  if (re) return re;
  const [month, date] = monthDay.split("-").map(Number) as [number, number];
  const names = Object.keys(MONTHS).filter((k) => MONTHS[k] === month).map((m) => m.replace(/\./g, "\\.")).join("|");
  const dd = `0?${date}`;
  re = new RegExp(`${L}${dd}(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?(?:${names})${R}|${L}(?:${names})\\.?\\s+${dd}(?:st|nd|rd|th)?(?!\\d)`, "iu");
  DAY_AND_MONTH.set(monthDay, re);
  return re;
}

/** A day written with a two-digit year: `25.04.24`, `10/12/20 - 10h02`, `11/20/19 6:38 AM`. */
export const SHORT_YEAR = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/.-]?\d)/;
/** A day and a month name without a year: `mardi 17 mars`, `Posted Nov 18, 8:19 PM`. */
const D_MONTH = new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?${MONTH}${R}(?!\\s*,?\\s*(?:19|20)?\\d{2}(?!\\s*[:h]))`, "iu");
const MONTH_D = new RegExp(`${L}${MONTH}${R}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:19|20)?\\d{2}(?!\\s*[:h]))`, "iu");

/**
 * A news agency's dateline opening the lead: a place of at most four words (capitalized, or in
 * Arabic script), a separator, then a day and month without a year, then a separator or an
 * agency credit: `PUTRAJAYA, Nov 22 —`, `МОСКВА, 29 июня. /ТАСС/.`, `Bruselas, 7 oct (EFE).-`,
 * `КИЕВ. 3 декабря. УНН.`. A sentence (`In a statement published Oct. 25, …`) has no separator
 * after its first words; a day with its year is a full date (findDatesInText).
 */
const DATELINE = new RegExp(
  `^[\\p{L}][\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{L}\\p{M}'’.-]+){0,3}\\s*[,.–—-]\\s*` +
    `(?:(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?${MONTH}|${MONTH}${R}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?)` +
    `(?!\\s*,?\\s*(?:19|20)?\\d{2}(?!\\s*[:h]))(?![\\p{L}\\p{N}])\\s*(?:[.,:(/]|[-—–])`,
  "iu",
);

const PLACE_START = /^[\p{Lu}\p{Script=Arabic}]/u;

/** The day of a lead paragraph's dateline (`МОСКВА, 29 июня. /ТАСС/.`) in `year`; null when the text opens otherwise. */
export function readDatelineDay(raw: string, year: number): IsoDate | null {
  const text = toAsciiDigits(raw);
  // the pattern ignores case for the month names; the place itself must be capitalized
  const m = PLACE_START.test(text) ? DATELINE.exec(text) : null;
  if (!m) return null;
  return m[1] ? makeDay(year, monthOf(m[2]!), +m[1]) : makeDay(year, monthOf(m[3]!), +m[4]!);
}

/**
 * The day of a date line written without a four-digit year, the way many CMSs print the story's
 * own date: a two-digit year (`25.04.24`; with slashes month-first where the day slot cannot be a
 * month or the page writes US English, `11/20/19`), or no year at all (`mardi 17 mars`, `Nov 18`),
 * which is then in `year`, the page's current year. Null when the line holds neither.
 */
export function readPartialDate(raw: string, monthFirst: boolean, year: number | null): IsoDate | null {
  const text = toAsciiDigits(raw);
  const short = SHORT_YEAR.exec(text);
  if (short) {
    const a = +short[1]!, b = +short[3]!, yy = +short[4]!;
    const y = yy >= MIN_YEAR % 100 ? 1900 + yy : 2000 + yy;
    const dayFirst = short[2] === "." || a > 12 || (b <= 12 && !monthFirst);
    return dayFirst ? makeDay(y, b, a) : makeDay(y, a, b);
  }
  if (year === null) return null;
  const dm = D_MONTH.exec(text);
  if (dm) return makeDay(year, monthOf(dm[2]!), +dm[1]!);
  const md = MONTH_D.exec(text);
  return md ? makeDay(year, monthOf(md[1]!), +md[2]!) : null;
}
