/**
 * Date mentions in an article body, each with its span, resolved against the publication day:
 * - absolute dates (absolute.ts: Gregorian in every written style, and Hijri, converted);
 * - relative expressions and weekdays (relative.ts), when a reference day is known;
 * - a weekday written right before an absolute date (`الثلاثاء 19 سبتمبر 2023`, `الثلاثاء، الموافق
 *   19 سبتمبر`) joins it: one mention, the absolute value;
 * - of overlapping spans the longest is kept, an absolute one on a tie;
 * - years alone (`حرب 2020`, `عام 2015`, `2002م`, `العام الماضي`) are found as spans of precision
 *   year but are not mentions: a year is not a day, and DateMention values are days.
 */
import type { DateMention } from "../../types.js";
import { foldWithOffsets, originalSpan, WORD_END, WORD_START } from "../../arabic/fold.js";
import { findAbsoluteDates } from "../../arabic/dates/absolute.js";
import { matchesNear } from "../../arabic/near-scan.js";
import { findRelativeDates, removeOverlaps, type DatePrecision } from "./relative.js";
import { findPeriods, type PeriodPrecision } from "./periods.js";

// A year alone: after a word that introduces one, or with the Gregorian mark م (2002م). Not a
// mention (a year is not a day) but a date span all the same, kept for evaluation and for callers
// that want years.
const YEAR = new RegExp(
  `${WORD_START}(?:[وب]?(?:عام|العام|سنه|السنه|لعام|لسنه|حرب|منذ|خلال|حتي|مطلع|اواخر|اوائل|نهايه|بدايه|منتصف|ربيع|صيف|خريف|شتاء)\\s+)(1[89]\\d\\d|20\\d\\d)(?:\\s?م)?${WORD_END}|${WORD_START}(1[89]\\d\\d|20\\d\\d)\\s?م${WORD_END}`,
  "yu",
);
/** The year digits every YEAR match holds, one run of white space at most after its start (`خلال 2017`). */
const YEAR_DIGITS = /1[89]\d\d|20\d\d/gu;

function findYears(body: string): DateSpan[] {
  const f = foldWithOffsets(body);
  const out: DateSpan[] = [];
  for (const m of matchesNear(f.folded, YEAR, YEAR_DIGITS, 1)) {
    // a preposition introduces the year but is not part of it (خلال 2017 → 2017); عام 2015 keeps عام
    const lead = /^[وب]?(?:منذ|خلال|حتي)\s+/u.exec(m[0])?.[0].length ?? 0;
    const { start, end } = originalSpan(f, m.index + lead, m.index + m[0].length);
    out.push({ text: body.slice(start, end), value: `${m[1] ?? m[2]}-01-01`, start, end, kind: "absolute", precision: "year" });
  }
  return out;
}

const WEEKDAY_JOINS_ABSOLUTE = /^[\s،,\-–]*(?:(?:ال)?موافق[\s،,]*)?$/u;

/** A date found in text, any precision, with its end offset. */
export interface DateSpan extends Omit<DateMention, "precision"> {
  end: number;
  precision: DatePrecision | PeriodPrecision;
}

const MENTION_PRECISIONS: ReadonlySet<string> = new Set(["day", "week", "month"]);

/** Every date span in `body`, years included (for evaluation); `findDateMentions` keeps the mentions. */
export function findDateSpans(body: string, reference: string | null): DateSpan[] {
  const { absolute, relative } = dayAndRelativeSpans(body, reference);
  // Absolute spans come first, so a stable sort in removeOverlaps lets them win ties.
  return removeOverlaps([...absolute, ...findYears(body), ...periodSpans(body, reference), ...relative]);
}

/**
 * The spans a mention may come from: absolute dates, and relative expressions when a reference day is
 * known, each weekday written right before a day joined to it. Years and periods are never mentions
 * (their precisions are not MENTION_PRECISIONS) and only take part in the overlaps.
 */
function dayAndRelativeSpans(body: string, reference: string | null): { absolute: DateSpan[]; relative: DateSpan[] } {
  const absolute: DateSpan[] = findAbsoluteDates(body).map((d) => ({
    text: d.text,
    value: d.value,
    start: d.start,
    end: d.end,
    kind: d.calendar === "hijri" ? "hijri" : "absolute",
    precision: d.precision,
  }));
  const relative: DateSpan[] = [];
  if (reference) {
    const found = findRelativeDates(body, reference);
    // a weekday joins a day written after it, absolute or not (`يوم الأربعاء 27 شوال الجاري`)
    const days: DateSpan[] = [...absolute.filter((s) => s.precision === "day"), ...found.filter((r) => r.kind === "relative" && r.precision === "day" && /\d|من/u.test(r.text))];
    for (const r of found) {
      if (r.kind === "weekday") {
        const next = days.find((a) => a.start >= r.end && WEEKDAY_JOINS_ABSOLUTE.test(body.slice(r.end, a.start)));
        if (next) {
          next.text = body.slice(r.start, next.end);
          next.start = r.start;
          continue;
        }
      }
      relative.push(r);
    }
  }
  return { absolute, relative };
}

function periodSpans(body: string, reference: string | null): DateSpan[] {
  return findPeriods(body, reference).map((p) => ({ ...p, kind: "relative" as const }));
}

const isMention = (s: DateSpan): boolean => MENTION_PRECISIONS.has(s.precision);

/**
 * Date mentions of `body`: days, weeks and months, no bare years; in text order. A body with no
 * absolute or relative span of a mention's precision has none, whatever the overlaps: its years and
 * periods are not read then (half the stream's articles; they cost most of the dates stage).
 */
export function findDateMentions(body: string, reference: string | null): DateMention[] {
  const { absolute, relative } = dayAndRelativeSpans(body, reference);
  if (!absolute.some(isMention) && !relative.some(isMention)) return [];
  const out: DateMention[] = [];
  for (const s of removeOverlaps([...absolute, ...findYears(body), ...periodSpans(body, reference), ...relative])) {
    if (!isMention(s)) continue;
    out.push({ text: s.text, value: s.value, start: s.start, kind: s.kind, precision: s.precision as DateMention["precision"] });
  }
  return out;
}
