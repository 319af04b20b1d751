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
 * - Dates are read by arabic/dates/absolute.ts (all regional month names, Hijri, times, zones).
 */
import { findAbsoluteDates, type FoundDate } from "../dates/absolute.js";
import { removeOverlaps } from "../spans.js";
import { DATE_LABELS_GLUED, PUBLISHED_LABELS, TIME_LABELS, UPDATED_LABELS } from "./vocabulary.js";

export interface DateLine {
  publishedAt: string | null;
  updatedAt: string | null;
}

/** What may stand around the dates on a date line: separators, "on", "in", "day". */
const FILLER = /[\s|•·,،:：\-–—()[\]/]+|(?<![\p{L}])(?:on|في|يوم)(?![\p{L}])/giu;

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
  for (const span of removeOverlaps([...labels, ...timeLabels, ...dates]).sort((a, b) => b.start - a.start)) rest = rest.slice(0, span.start) + " " + rest.slice(span.end);
  if (rest.replace(FILLER, "").length > 0) return null;
  const result: DateLine = { publishedAt: null, updatedAt: null };
  for (const d of dates) {
    const label = labelBefore(labels, d);
    if (label?.isUpdate) result.updatedAt ??= d.value;
    else result.publishedAt ??= d.value;
  }
  return result;
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
