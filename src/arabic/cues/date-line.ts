/**
 * Date lines: the line (or line part) that states when an article was published or updated.
 *
 * Rules:
 * - Labels: publication `تاريخ النشر`, `نشر في`, `نُشر في`, `نشر بتاريخ`, `بتاريخ`, `التاريخ`,
 *   `Published`, `Published on`, `Posted on`, `Date`; update `آخر تحديث`, `اخر تحديث`, `تم التحديث`,
 *   `تحديث`, `Updated`, `Last updated`, `Modified`. One line may hold both (`نشر في … | آخر تحديث …`):
 *   each date goes to the label before it.
 * - A labelled line is a date line when the label is followed by a date and little else.
 * - A bare date line: a date (with weekday, time, zone) that covers the line but for separators.
 * - Dates are read by arabic/dates/absolute.ts (all regional month names, Hijri, times, zones).
 */
import { findAbsoluteDates, type FoundDate } from "../dates/absolute.js";

export interface DateLine {
  publishedAt: string | null;
  updatedAt: string | null;
}

const LABEL =
  /(?<![\p{L}\p{M}])(تاريخ\s+النشر|نُ?شِ?رَ?\s+(?:في|بتاريخ|يوم)|بتاريخ|التاريخ|تاريخ|(?:آخر|اخر|أخر)\s+تحديث|تم\s+التحديث|تحديث|published(?:\s+on)?|posted(?:\s+on)?|first\s+published|date|(?:last\s+)?updated(?:\s+on)?|modified)(?![\p{L}\p{M}])\s*[:：]?/giu;
const UPDATE_LABEL = /تحديث|updated|modified/i;
/** What may stand around the dates on a date line: separators, "at", a trailing city dateline dash. */
const FILLER = /[\s|•·,،:：\-–—()[\]/]+|(?<![\p{L}])(?:at|on|في|الساعة|يوم)(?![\p{L}])/giu;
/** A line longer than this is a sentence that mentions a date, not a date line. */
const MAX_DATE_LINE_CHARS = 160;

/** Reads `line` as a date line, or returns null when it is something else. */
export function readDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE_CHARS) return null;
  const dates = findAbsoluteDates(line).filter((d) => d.precision === "day");
  if (dates.length === 0) return null;
  const labels = [...line.matchAll(LABEL)].map((m) => ({ start: m.index, end: m.index + m[0].length, isUpdate: UPDATE_LABEL.test(m[1]!) }));
  let rest = line;
  for (const span of [...labels, ...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, span.start) + " " + rest.slice(span.end);
  if (rest.replace(FILLER, "").length > 0) return null;
  const result: DateLine = { publishedAt: null, updatedAt: null };
  for (const d of dates) {
    const label = labelBefore(labels, d);
    if (label?.isUpdate) result.updatedAt ??= d.value;
    else result.publishedAt ??= d.value;
  }
  return result;
}

function labelBefore(labels: Array<{ end: number; isUpdate: boolean }>, d: FoundDate): { isUpdate: boolean } | null {
  let found: { isUpdate: boolean } | null = null;
  for (const l of labels) if (l.end <= d.start) found = l;
  return found;
}

/** Labels that start a date statement; used to split a date glued to the text before it. */
export const DATE_LABEL_GLUED = /(?<=\S)\s*(?=(?:تاريخ\s+النشر|(?:آخر|اخر)\s+تحديث|Published|Last\s+updated)\s*[:：])/u;
