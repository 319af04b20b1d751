/**
 * Date lines: the line (or line part) that states when an article was published or updated.
 *
 * Rules:
 * - Labels: PUBLISHED_LABELS (`تاريخ النشر`, `نُشر في`, `بتاريخ`, `Published on`…) and UPDATED_LABELS
 *   (`آخر تحديث`, `تم التحديث`, `Updated`…) of vocabulary.ts, matched through the normalizer; of
 *   overlapping labels the longer wins (`تاريخ التحديث` is an update label, not `تاريخ`). One line
 *   may hold both (`نشر في … | آخر تحديث …`): each date goes to the label before it.
 * - A labelled line is a date line when the label is followed by a date and little else.
 * - A bare date line: a date (with weekday, time, zone) that covers the line but for separators.
 * - A Hijri and a Gregorian date on one line (`الثلاثاء 25 شوال 1436 هـ - 11 أغسطس 2015 م`): the
 *   Gregorian date is the value, wherever it stands.
 * - A dateline: a place of at most MAX_PLACE_WORDS words before the date, set off by a dash, a
 *   comma or a slash (`القاهرة - 11 مايو 2024`; `وصل الوفد في 20 سبتمبر 2023` is a sentence), or
 *   followed by an agency credit after the date (`جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`, `… (العمانية)`): the
 *   agency is returned as the source. `الموافق` joins the two calendars.
 * - Dates are read by arabic/dates/absolute.ts (all regional month names, Hijri, times, zones).
 */
import { findAbsoluteDates, type FoundDate } from "../dates/absolute.js";
import { removeOverlaps } from "../spans.js";
import { AGENCY_CREDITS, BYLINE_LABELS, DATE_LABELS_GLUED, SOURCE_LABELS, PUBLISHED_LABELS, TIME_LABELS, UPDATED_LABELS } from "./vocabulary.js";

export interface DateLine {
  publishedAt: string | null;
  updatedAt: string | null;
  /** The agency a dateline credits (`… واس`), else null. */
  source: string | null;
}

/**
 * What may stand around the dates on a date line: separators (a tatweel too: `2026 م ـ 04 جمادى`),
 * "on", "in", "day", "corresponding to", a zone stamp the date reader left apart (`… 14:00 (GMT+0400)`,
 * `12:00 م GST`, `KSA`, `AST`, `EET`, `10:30 IST`, `2:20pm EDT`, `MEZ`), a clock word (`17:06 Uhr`), and a
 * time printed before the date or in a form the reader does not take (`03:00 م الجمعة 24 أبريل 2020`,
 * `13:58-5 ديسمبر 2026`, `17h29`): the day is the date's, the time is dropped.
 */
const FILLER =
  /[\s|•·,،:：\-–—ـ()[\]/]+|[\d٠-٩]{1,2}[:：h][\d٠-٩]{2}(?:[:：][\d٠-٩]{2})?(?:\s*(?:صباحا|صباحاً|مساء|مساءً|ص|م|am|pm|h)(?![\p{L}]))?|(?<![\p{L}])(?:on|في|يوم|الموافق|الموافق\s+ل|الموافق ل|gmt|utc|gst|ksa|uhr|ast|eet|eest|ist|[ecmp][sd]t|cest|mez|mesz|bst|pt)(?![\p{L}])/giu;
/** A dateline's place: a city, or a city and its country (`دبي، الإمارات`). */
const MAX_PLACE_WORDS = 3;
const PLACE_SEPARATOR = /^\s*[-–—،,/:]/u;
const WORD = /[\p{L}\p{M}]+/gu;

interface Label {
  start: number;
  end: number;
  isUpdate: boolean;
}

function findLabels(line: string): Label[] {
  return removeOverlaps([
    ...PUBLISHED_LABELS.findAll(line).map((m) => ({ start: m.start, end: m.end, isUpdate: false })),
    ...UPDATED_LABELS.findAll(line).map((m) => ({ start: m.start, end: m.end, isUpdate: true })),
  ]);
}

/** A line longer than this is a sentence that mentions a date, not a date line. */
const MAX_DATE_LINE_CHARS = 160;

/** Reads `line` as a date line, or returns null when it is something else. */
export function readDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE_CHARS) return null;
  const dates = findAbsoluteDates(line).filter((d) => d.precision === "day");
  if (dates.length === 0) return null;
  const labels = findLabels(line);
  // A time label the date reader did not take stays filler (`الساعة` before a lone time).
  const timeLabels = TIME_LABELS.findAll(line);
  let rest = line;
  for (const span of removeOverlaps([...labels, ...timeLabels, ...dates])) rest = blank(rest, span.start, span.end);
  rest = rest.replace(FILLER, (m) => " ".repeat(m.length));
  const source = readDatelineParts(line, rest, dates, labels.length > 0);
  if (source === undefined) return null;
  const result: DateLine = { publishedAt: null, updatedAt: null, source };
  // A Hijri date printed beside the Gregorian one is converted by a computed calendar that may be a
  // day off the publisher's: the Gregorian date wins whatever the order.
  const gregorianFirst = [...dates].sort((a, b) => Number(a.calendar === "hijri") - Number(b.calendar === "hijri"));
  for (const d of gregorianFirst) {
    const label = labelBefore(labels, d);
    if (label?.isUpdate) result.updatedAt ??= d.value;
    else result.publishedAt ??= d.value;
  }
  return result;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/**
 * What is left of a date line once dates, labels and filler are blanked must be a dateline's place
 * and agency: the agency's name (null when none), or undefined when the line is something else.
 */
function readDatelineParts(line: string, rest: string, dates: FoundDate[], isLabelled: boolean): string | null | undefined {
  const words = [...rest.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (words.length === 0) return null;
  if (isLabelled) return undefined;
  const lastDateEnd = dates.at(-1)!.end;
  let source: string | null = null;
  const agency = AGENCY_CREDITS.findAll(line).at(-1);
  if (agency && agency.start >= lastDateEnd && words.every((w) => w.end <= lastDateEnd || (w.start >= agency.start && w.end <= agency.end))) {
    source = line.slice(agency.start, agency.end);
  }
  const place = words.filter((w) => w.end <= dates[0]!.start);
  const others = words.filter((w) => w.end > dates[0]!.start && !(source !== null && w.start >= agency!.start));
  if (others.length > 0 || place.length > MAX_PLACE_WORDS) return undefined;
  if (place.length > 0 && source === null && !PLACE_SEPARATOR.test(line.slice(place.at(-1)!.end))) return undefined;
  // `بقلم: سارة أحمد - 20 سبتمبر 2023` is a byline with a date, not a place.
  if (place.length > 0 && (BYLINE_LABELS.opening(line) || SOURCE_LABELS.opening(line))) return undefined;
  return source;
}

function labelBefore(labels: Label[], d: FoundDate): Label | null {
  let found: Label | null = null;
  for (const l of labels) if (l.end <= d.start) found = l;
  return found;
}

/** True when `text` holds an update label (`آخر تحديث`, `Updated`): a date after it is not the publication date. */
export function mentionsUpdateLabel(text: string): boolean {
  return UPDATED_LABELS.occursIn(text);
}

/** Where a date label glued to the text before it starts (`…المجلس.تاريخ النشر: …`), or -1. */
export function findGluedDateLabel(line: string): number {
  return DATE_LABELS_GLUED.glued(line);
}
