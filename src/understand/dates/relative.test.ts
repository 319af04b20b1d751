import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateMentions } from "./mentions.js";

test("relative dates: a distance of millions of years is not a day and does not throw", () => {
  const body = "عاشت هذه الكائنات قبل 200 مليون عام، وظهرت أقدم أحافيرها منذ 3000000 سنة.";
  assert.deepEqual(findDateMentions(body, "2018-05-03"), []);
});

test("relative dates: a near distance still resolves", () => {
  const found = findDateMentions("وقع الحادث قبل ثلاثة أيام في المدينة.", "2018-05-03");
  assert.deepEqual(found.map((d) => d.value), ["2018-04-30"]);
});

/**
 * Two names of one month side by side with a space alone (the Reuters Arabic wire's `12 مايو أيار`,
 * taken by Sky News Arabia, Al Arabiya, France 24, BBC Arabic and Saudi papers): one mention of the
 * day or month, not a second mention of the month. Composed sentences; [rule, text, reference, mentions].
 */
const spacedMonthPairs: Array<[string, string, string, Array<[string, string]>]> = [
  ["a day, two names", "وقال إن الانتخابات تجرى في 24 يونيو حزيران وفق الجدول.", "2018-05-09", [["24 يونيو حزيران", "2018-06-24"]]],
  ["an ordinal day, two names", "وقعت المواجهة في السابع من أغسطس آب قرب الحدود.", "2018-08-12", [["السابع من أغسطس آب", "2018-08-07"]]],
  ["a day in brackets", "زار الوزير موسكو الثلاثاء (11 أغسطس آب) لبحث العلاقات.", "2015-08-12", [["الثلاثاء", "2015-08-11"], ["11 أغسطس آب", "2015-08-11"]]],
  ["a month and its qualifier", "تراجع الإنتاج منذ فبراير شباط الماضي بنسبة كبيرة.", "2018-08-10", [["فبراير شباط الماضي", "2018-02-01"]]],
  ["a marked pair keeps its first name", "ستعقد القمة في 4 أكتوبر/تشرين الثاني المقبل.", "2018-08-10", [["4 أكتوبر/تشرين الثاني المقبل", "2018-10-04"]]],
];
for (const [rule, text, reference, expected] of spacedMonthPairs) {
  test(`relative dates, a month named twice with a space: ${rule}`, () => {
    assert.deepEqual(findDateMentions(text, reference).map((d) => [d.text, d.value]), expected);
  });
}

test("relative dates: two different months side by side are no pair", () => {
  const found = findDateMentions("تستمر العروض في يونيو يوليو من كل عام.", "2018-05-03");
  assert.ok(found.every((d) => d.text !== "يونيو يوليو"));
});

test("relative dates: a doubled month with the Levantine name written without its article takes its qualifier", () => {
  const found = findDateMentions("وكان قد أعلن في يناير/كانون ثاني الماضي عزمه خوض الانتخابات.", "2018-05-10");
  assert.deepEqual(found.map((d) => [d.text, d.value]), [["يناير/كانون ثاني الماضي", "2018-01-01"]]);
});
