/**
 * Day arithmetic on ISO calendar days (`YYYY-MM-DD`), in UTC so that no local zone or clock enters.
 * A reference such as `2023-09-20T23:30:00+03:00` counts as its written day (2023-09-20): the day the
 * publisher's readers saw.
 */

import { createRequire } from "node:module";
import type { Temporal as TemporalApi } from "@js-temporal/polyfill";
import { memoized } from "../bounded-memo.js";

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Milliseconds at UTC midnight of the written day of `iso`, or null when it is not an ISO date. */
export function dayStart(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

/** formatDay remembers this many days: the date rules of an article resolve to a few days around its publication, each asked many times. */
const DAY_TEXT_LIMIT = 4096;

export const formatDay = memoized((ms: number): string => new Date(ms).toISOString().slice(0, 10), DAY_TEXT_LIMIT);

export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(ms: number): number {
  return new Date(ms).getUTCDay();
}

/** The first day of the month `months` away from the month of `ms`. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** Midnight of year/month(1-12)/day, or null when the day does not exist (31 April). */
export function makeDay(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? t : null;
}

/** Monday of the ISO week holding `ms`. */
export function isoWeekStart(ms: number): number {
  return addDays(ms, -((weekdayOf(ms) + 6) % 7));
}

// The calendar polyfill is slow and articles ask for the same few days again and again (the
// publication day, the Hijri days they name): conversions are remembered, bounded.
const MAX_REMEMBERED = 4096;
const hijriOfDay = new Map<number, { year: number; month: number; day: number }>();
const dayOfHijri = new Map<string, number | null>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(key, value);
  return value;
}

let temporal: typeof TemporalApi | null = null;

/**
 * The Temporal polyfill, loaded at its first use: loading it builds its calendars (~25 ms of CPU
 * as CommonJS, twice that through its ESM build), and only Hijri dates need it.
 */
export function loadedTemporal(): typeof TemporalApi {
  temporal ??= (createRequire(import.meta.url)("@js-temporal/polyfill") as typeof import("@js-temporal/polyfill")).Temporal;
  return temporal;
}

/** The Umm al-Qura Hijri date of the day `ms`. */
export function hijriOf(ms: number): { year: number; month: number; day: number } {
  let h = hijriOfDay.get(ms);
  if (h === undefined) {
    const d = loadedTemporal().PlainDate.from(formatDay(ms)).withCalendar("islamic-umalqura");
    h = remember(hijriOfDay, ms, { year: d.year, month: d.month, day: d.day });
  }
  return { ...h };
}

/** Midnight (UTC) of the Gregorian day of Hijri year/month/day (Umm al-Qura), or null when it does not exist. */
export function hijriDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const key = `${year}-${month}-${day}`;
  const known = dayOfHijri.get(key);
  return known !== undefined ? known : remember(dayOfHijri, key, convertHijriDay(year, month, day));
}

function convertHijriDay(year: number, month: number, day: number): number | null {
  try {
    const iso = loadedTemporal().PlainDate.from({ year, month, day, calendar: "islamic-umalqura" }, { overflow: "reject" }).withCalendar("iso8601").toString();
    return dayStart(iso);
  } catch {
    return null;
  }
}
