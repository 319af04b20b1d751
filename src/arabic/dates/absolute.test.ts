import { test } from "node:test";
import assert from "node:assert/strict";
import { findAbsoluteDates, mayHoldAbsoluteDate } from "./absolute.js";

/** [rule, text, expected values in order] */
const cases: Array<[string, string, string[]]> = [
  ["standard month name", "وصل الوفد في 20 سبتمبر 2023 إلى العاصمة", ["2023-09-20"]],
  ["Levantine month name", "بيروت في 3 أيلول 2023", ["2023-09-03"]],
  ["Levantine two-word month", "دمشق 15 تشرين الثاني 2022", ["2022-11-15"]],
  ["Levantine two-word month without the article", "بيروت 11 تشرين أول 2024", ["2024-10-11"]],
  ["the article-less name first in a doubled name", "تولت السلطة في كانون أول/ديسمبر 2012 بعد الانتخابات", ["2012-12-01"]],
  ["the article-less name second in a doubled name", "صدر الحكم في 3 أكتوبر/تشرين أول 2018", ["2018-10-03"]],
  ["Tunisian/Algerian month", "تونس في 7 جويلية 2021", ["2021-07-07"]],
  ["Moroccan month", "الرباط 20 شتنبر 2023", ["2023-09-20"]],
  ["Moroccan December", "1 دجنبر 2020", ["2020-12-01"]],
  ["Mauritanian month", "نواكشوط 9 أغشت 2019", ["2019-08-09"]],
  ["hamza variant spelled without hamza", "10 ابريل 2024", ["2024-04-10"]],
  ["doubled month name with slash", "20 أيلول/سبتمبر 2023", ["2023-09-20"]],
  ["doubled month name in brackets", "20 أيلول (سبتمبر) 2023", ["2023-09-20"]],
  ["English ordinal day before month", "تاريخ النشر: 20th, September 2023 GMT", ["2023-09-20"]],
  ["English month first", "(@someone) September 19, 2023وقالت", ["2023-09-19"]],
  ["English abbreviated month", "Sep 5, 2022", ["2022-09-05"]],
  ["French date", "le 1er septembre 2023", ["2023-09-01"]],
  ["year slash month slash day", "نشر في 2023/09/20", ["2023-09-20"]],
  ["day dash month dash year", "20-09-2023", ["2023-09-20"]],
  ["day first is preferred", "05/09/2023", ["2023-09-05"]],
  ["month first only when day first is impossible", "09/25/2023", ["2023-09-25"]],
  ["Arabic-Indic digits", "٢٠ سبتمبر ٢٠٢٣", ["2023-09-20"]],
  ["Persian digits", "۲۰/۰۹/۲۰۲۳", ["2023-09-20"]],
  ["Hijri date converted with Umm al-Qura", "5 ربيع الأول 1445 هـ", ["2023-09-20"]],
  ["Hijri Ramadan", "1 رمضان 1445هـ", ["2024-03-11"]],
  ["Hijri Dhu al-Hijjah with ذي", "10 ذي الحجة 1444 ه", ["2023-06-28"]],
  ["month and year only", "في مايو 2023 وقعت", ["2023-05-01"]],
  ["Gregorian era letter", "20 سبتمبر 2023م", ["2023-09-20"]],
  ["two dates in one text", "من 1 يناير 2020 حتى 31 ديسمبر 2021", ["2020-01-01", "2021-12-31"]],
];
/**
 * The day form's month name (DAY_MONTH_NAME): a word after the month is the year's word, not a
 * second word of the name; two names of one month side by side with a space alone (the Reuters
 * Arabic wire's `14 يوليو تموز`, taken by Sky News Arabia, Al Arabiya, France 24 and Saudi papers)
 * are one month. Composed sentences; [rule, text, value, matched text].
 */
const dayFormNames: Array<[string, string, string, string]> = [
  ["year word after the month", "ولد الكاتب في 8 نوفمبر عام 1946 بالقاهرة", "1946-11-08", "8 نوفمبر عام 1946"],
  ["من العام after the month", "وقعت الحادثة في 11 يوليو من العام 1988 قرب الحدود", "1988-07-11", "11 يوليو من العام 1988"],
  ["سنة after a Maghrebi month", "انطلقت الدورة يوم 17 أفريل سنة 2013 بتونس", "2013-04-17", "17 أفريل سنة 2013"],
  ["ordinal day, year word", "منذ الحادي عشر من سبتمبر عام 2001 تغير", "2001-09-11", "الحادي عشر من سبتمبر عام 2001"],
  ["two names of one month with a space", "هبط المؤشر إلى أدنى مستوى منذ 14 يوليو تموز 2017 عند الإغلاق", "2017-07-14", "14 يوليو تموز 2017"],
  ["a one-word name then a two-word name", "سجل أدنى مستوياته منذ 30 يناير كانون الثاني 2017.", "2017-01-30", "30 يناير كانون الثاني 2017"],
  ["ordinal day, two names", "أعلن في الثامن من ديسمبر كانون الأول 2016 عن", "2016-12-08", "الثامن من ديسمبر كانون الأول 2016"],
  ["a two-word name alone", "دمشق في 15 تشرين الثاني 2022 صباحا", "2022-11-15", "15 تشرين الثاني 2022"],
  ["a two-word Hijri name", "الجمعة 3 ذو القعدة 1445 هـ", "2024-05-11", "الجمعة 3 ذو القعدة 1445 هـ"],
  ["a mark between two names keeps the first", "في 3 أكتوبر/تشرين أول 2018 أعلن", "2018-10-03", "3 أكتوبر/تشرين أول 2018"],
];
for (const [rule, text, value, matched] of dayFormNames) {
  test(`findAbsoluteDates day form: ${rule}`, () => {
    const [d] = findAbsoluteDates(text);
    assert.deepEqual([d?.value, d?.precision, d?.text], [value, "day", matched]);
  });
}

test("findAbsoluteDates day form: a month and a word that names none are no day (`مايو الماضي`)", () => {
  assert.deepEqual(findAbsoluteDates("في 14 مايو الماضي 2018").filter((d) => d.precision === "day"), []);
});

for (const [rule, text, expected] of cases) {
  test(`findAbsoluteDates: ${rule}`, () => assert.deepEqual(findAbsoluteDates(text).map((d) => d.value), expected));
}

const withTime: Array<[string, string, string]> = [
  ["pm marker م adds twelve hours", "الأربعاء 20 سبتمبر 2023 - 10:30 م", "2023-09-20T22:30"],
  ["am marker ص keeps the hour", "20 سبتمبر 2023 08:15 ص", "2023-09-20T08:15"],
  ["12 ص is midnight", "20 سبتمبر 2023 12:05 ص", "2023-09-20T00:05"],
  ["zone بتوقيت مكة", "20 سبتمبر 2023 الساعة 14:00 بتوقيت مكة المكرمة", "2023-09-20T14:00+03:00"],
  ["zone GMT", "2023/09/20 09:00 GMT", "2023-09-20T09:00Z"],
  // Zone phrases of Palestinian, Egyptian and pan-Arab sites, composed here: bracketed, without ب, local.
  ["zone in brackets without ب", "20/9/2023 08:27 م (توقيت مكة المكرمة)", "2023-09-20T20:27+03:00"],
  ["a daylight-saving zone keeps the local time", "السبت 5 ديسمبر 2026 12:00 م بتوقيت القدس", "2026-12-05T12:00"],
  ["local time", "20 سبتمبر 2023 الساعة 14:00 بالتوقيت المحلي", "2023-09-20T14:00"],
  ["Maghreb zone", "20 سبتمبر 2023 - 14:00 بتوقيت تونس", "2023-09-20T14:00+01:00"],
  ["numeric zone", "20-09-2023 18:45 +03:00", "2023-09-20T18:45+03:00"],
  ["GMT with offset and PM", "Wed, Sep 20, 2023 at 3:05 PM GMT+3", "2023-09-20T15:05+03:00"],
  ["ISO timestamp", "2023-09-20T10:30:00+03:00", "2023-09-20T10:30:00+03:00"],
  ["Arabic-Indic time digits", "٢٠ سبتمبر ٢٠٢٣ ١٠:٣٠ ص", "2023-09-20T10:30"],
];
for (const [rule, text, expected] of withTime) {
  test(`findAbsoluteDates time: ${rule}`, () => assert.equal(findAbsoluteDates(text)[0]?.value, expected));
}

test("findAbsoluteDates: weekday and zone belong to the matched text, offsets point into the text", () => {
  const text = "نشر: الأربعاء، 20 سبتمبر 2023 GMT وبعدها";
  const [d] = findAbsoluteDates(text);
  assert.ok(d);
  assert.equal(d.text, "الأربعاء، 20 سبتمبر 2023 GMT");
  assert.equal(text.slice(d.start, d.end), d.text);
  assert.equal(d.value, "2023-09-20");
});

test("findAbsoluteDates: a zone phrase belongs to the match only as a whole word", () => {
  assert.equal(findAbsoluteDates("20 سبتمبر 2023 14:00 بتوقيت القدسية")[0]?.text, "20 سبتمبر 2023 14:00");
  assert.equal(findAbsoluteDates("20 سبتمبر 2023 (بتوقيت غرينتش)")[0]?.text, "20 سبتمبر 2023 (بتوقيت غرينتش)");
});

test("findAbsoluteDates: calendar and precision are reported", () => {
  const [h] = findAbsoluteDates("5 ربيع الأول 1445 هـ");
  assert.equal(h?.calendar, "hijri");
  const [m] = findAbsoluteDates("سبتمبر 2023");
  assert.equal(m?.precision, "month");
});

const rejected: Array<[string, string]> = [
  ["impossible day", "31 أبريل 2023"],
  ["month thirteen", "2023/13/01"],
  ["day range without year", "يومي 10-11 يوليو"],
  ["phone-like digits", "اتصل على 0123-456-7890"],
  ["bare number", "قتل 27 شخصا عام"],
  ["Hijri year out of range", "5 رمضان 2023"],
  ["empty", ""],
  ["English text without dates", "English only"],
];
for (const [rule, text] of rejected) {
  test(`findAbsoluteDates rejects: ${rule}`, () => assert.deepEqual(findAbsoluteDates(text), []));
}

test("mayHoldAbsoluteDate: four digits in a row, in any of the read digit sets; without them no date is found", () => {
  for (const text of ["القاهرة - ١١ مايو ٢٠٢٤", "الرياض، 11 مايو 2024", "۱۱ مه ۱۴۰۳", "التاسع من أبريل 2018"]) assert.equal(mayHoldAbsoluteDate(text), true, text);
  for (const text of ["القاهرة - ١١ مايو", "الساعة 10:30 ص", "التاسع من أبريل عام ألفين", "20 24 مايو 11"]) {
    assert.equal(mayHoldAbsoluteDate(text), false, text);
    assert.deepEqual(findAbsoluteDates(text), [], text);
  }
});
