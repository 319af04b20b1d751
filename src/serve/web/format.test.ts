import { it } from "node:test";
import assert from "node:assert/strict";
import { formatCount, formatDay, formatDayTime, formatNumber, formatWeekdayDay, RESULTS } from "./format.js";

const INTL_DAY = new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const INTL_WEEKDAY = new Intl.DateTimeFormat("ar-u-nu-latn", { weekday: "long", timeZone: "UTC" });
const INTL_NUMBER = new Intl.NumberFormat("ar-u-nu-latn");

const iso = (d: Date) => d.toISOString().slice(0, 10);

it("formatDay writes every day of 1900–2100 as Intl's ar-u-nu-latn long date", () => {
  let days = 0;
  for (const d = new Date(Date.UTC(1900, 0, 1)); d.getUTCFullYear() <= 2100; d.setUTCDate(d.getUTCDate() + 1)) {
    const text = formatDay(iso(d));
    if (text !== INTL_DAY.format(d)) assert.equal(text, INTL_DAY.format(d), iso(d));
    days++;
  }
  assert.equal(days, 73_414);
});

it("formatDay writes the first and last day of every year 0100–9999 as Intl does", () => {
  for (let year = 100; year <= 9999; year++) {
    for (const [month, day] of [[0, 1], [11, 31]] as const) {
      const d = new Date(Date.UTC(2000, month, day));
      d.setUTCFullYear(year);
      const text = formatDay(`${String(year).padStart(4, "0")}-${month === 0 ? "01-01" : "12-31"}`);
      if (text !== INTL_DAY.format(d)) assert.equal(text, INTL_DAY.format(d), iso(d));
    }
  }
});

it("formatDay keeps its answers for a missing or malformed date, a time of day and a weekday", () => {
  assert.equal(formatDay(null), "بلا تاريخ");
  assert.equal(formatDay("someday"), "بلا تاريخ");
  assert.equal(formatDay("2026-12-03T14:05:00Z"), "3 ديسمبر 2026");
  assert.equal(formatDayTime("2026-11-24T14:05:00Z"), "24 نوفمبر 2026، 14:05");
  const d = new Date(Date.UTC(2026, 11, 3));
  assert.equal(formatWeekdayDay("2026-12-03"), `${INTL_WEEKDAY.format(d)} ${INTL_DAY.format(d)}`);
});

it("formatNumber writes whole numbers ≥ 0 as Intl's ar-u-nu-latn, and leaves every other number to Intl", () => {
  const whole: number[] = [];
  for (let n = 0; n <= 20_000; n++) whole.push(n);
  for (let p = 1; p <= Number.MAX_SAFE_INTEGER; p *= 10) whole.push(p - 1, p, p + 1, 2 * p, 99 * p + 7);
  let x = 12_345;
  for (let i = 0; i < 2_000; i++) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    whole.push(x, x * 4_194_301);
  }
  whole.push(Number.MAX_SAFE_INTEGER);
  for (const n of whole) if (formatNumber(n) !== INTL_NUMBER.format(n)) assert.equal(formatNumber(n), INTL_NUMBER.format(n), String(n));
  for (const n of [-0, -1, -1234, 0.5, 1234.5678, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(formatNumber(n), INTL_NUMBER.format(n), String(n));
  assert.equal(formatNumber(1_234_567), "1,234,567");
  assert.equal(formatCount(1_250, RESULTS), "1,250 نتيجة");
});
