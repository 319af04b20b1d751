/**
 * Absolute dates in text: Gregorian (Arabic month names in every regional style, English months and
 * ordinals, numeric forms), Hijri (converted through the islamic-umalqura calendar) — with times and
 * zones where written. Provisional: the full parser replaces this body, keeping the signature.
 */
import type { IsoDate } from "../../types.js";

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

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function findAbsoluteDates(text: string): FoundDate[] {
  return [...text.matchAll(ISO_DAY)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: `${m[1]}-${m[2]}-${m[3]}`,
    calendar: "gregorian",
    precision: "day",
  }));
}
