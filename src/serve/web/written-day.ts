/**
 * A date a person types in a search page's date field, read as marsad reads dates in articles:
 * `23 نوفمبر 2026`, `23 تشرين الثاني 2026`, `23/11/2026` or `2026-11-23`. Rule: the whole field must
 * be one day, or it is not read. (Apart from format.ts, which the CLI loads at start-up: the date
 * reader brings the calendar library with it.)
 */
import { findAbsoluteDates } from "../../arabic/dates/absolute.js";
import { toDate } from "./format.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The ISO day a person wrote in a date field, or null when the field is not exactly one day. */
export function parseWrittenDay(text: string): string | null {
  const field = text.trim();
  if (ISO_DAY.test(field)) return toDate(field) ? field : null;
  const days = findAbsoluteDates(field).filter((d) => d.precision === "day");
  if (days.length !== 1) return null;
  const [day] = days;
  const rest = field.slice(0, day!.start) + field.slice(day!.end);
  return /[\p{L}\p{N}]/u.test(rest) ? null : day!.value.slice(0, 10);
}
