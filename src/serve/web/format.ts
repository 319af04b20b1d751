/**
 * Arabic display of dates and numbers. Rules:
 * - Dates are shown with Arabic month names and Western digits (`ar-u-nu-latn`: what most Arabic
 *   news sites print), in UTC, since stored dates carry no reliable zone.
 * - A missing date is shown as «بلا تاريخ», never as an invented one.
 */
const DAY = new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DAY_SHORT = new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "short", timeZone: "UTC" });
const WEEKDAY = new Intl.DateTimeFormat("ar-u-nu-latn", { weekday: "long", timeZone: "UTC" });
const NUMBER = new Intl.NumberFormat("ar-u-nu-latn");

export function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDay(iso: string | null | undefined): string {
  const d = toDate(iso);
  return d ? DAY.format(d) : "بلا تاريخ";
}

export function formatDayShort(iso: string): string {
  const d = toDate(iso);
  return d ? DAY_SHORT.format(d) : iso;
}

export function formatWeekdayDay(iso: string | null | undefined): string {
  const d = toDate(iso);
  return d ? `${WEEKDAY.format(d)} ${DAY.format(d)}` : "بلا تاريخ";
}

export function formatNumber(n: number): string {
  return NUMBER.format(n);
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
