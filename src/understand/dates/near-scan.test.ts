import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { scanEveryOffset } from "../../arabic/near-scan.js";
import { findDateMentions, findDateSpans } from "./mentions.js";

// The date rules are tried only a few words before the words their matches hold (near-scan.ts),
// each rule with its own count of words; a count too small loses matches silently. Every fixture
// text must give the same spans as a scan from every offset.
const FIXTURES = new URL("../../../src/understand/fixtures/", import.meta.url);
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as T;

const texts = [
  ...["dates.json", "figures.json", "quotes.json"].flatMap((name) => load<{ cases: Array<{ text: string }> }>(name).cases.map((c) => c.text)),
  ...load<{ cases: Array<{ body: string }> }>("pages.json").cases.map((c) => c.body),
];

/** The date spans of `text` scanned from every offset, asserted equal to the near scan's. */
function spansFoundBothWays(text: string, reference: string | null): ReturnType<typeof findDateSpans> {
  scanEveryOffset(true);
  const everywhere = findDateSpans(text, reference);
  scanEveryOffset(false);
  assert.deepEqual(findDateSpans(text, reference), everywhere, text);
  return everywhere;
}

test("dates: the near scan finds the spans a scan from every offset finds, on every fixture text", () => {
  assert.ok(texts.length > 80);
  let spans = 0;
  for (const reference of ["2024-03-13", "2019-11-30", null]) {
    for (const text of texts) {
      const everywhere = spansFoundBothWays(text, reference);
      spans += everywhere.length;
    }
  }
  assert.ok(spans > 60);
});

test("dates: era years and hours read by the near scan are the ones a scan from every offset reads", () => {
  const composed = [
    "وصل الوفد سنة 1436 هـ إلى المدينة، وغادرها عام 1437هـ بعد أن زار مسجدها.",
    "بنيت القلعة في 623 هجرية، ورممت ب1226 ميلادية ثم عام  1890 م.",
    "تبدأ الجلسة في الساعة العاشرة صباحاً وتنتهي عند الحادية عشرة ليلا بتوقيت مكة.",
    "وقع الانفجار الساعة 10:30 مساء، وأعلن عنه عند الثانية عشرة ظهرا والسابعة والنصف مساء.",
    "صدر القرار في الحادي والعشرين من شهر أيلول/سبتمبر من عام 2023، وفي الـ15 تشرين الثاني 2022 و(غرة رمضان 1445هـ).",
    "نشر يوم 20th, September 2023 ثم le 1er septembre 2023 و Sep 5, 2022، وفي أواخر آب 2021 ومنتصف 2020.",
  ];
  let spans = 0;
  for (const text of composed) {
    const everywhere = spansFoundBothWays(text, "2024-03-13");
    spans += everywhere.length;
  }
  assert.ok(spans >= 8, `${spans} spans`);
});

test("dates: years alone read by the near scan at a year's digits are the ones a scan from every offset reads", () => {
  const composed = [
    "فاز المنتخب في مونديال 2018، وخسر في 2014 و2010 ثم في نسخة 2022.",
    "بلغ عدد السكان 120000 نسمة و2019 شخصاً، ورقم 2010 ليس عاماً، أما 1999.5 فنسبة.",
    "امتدت الحرب بين 1980-1988 ثم 2003 /2011، ومن 1975 و1976 إلى (1962).",
    "شارك في دورة 1896 وفي 1850، و12019 رقم، وكتب العدد 2020م في الصفحة ١٩٩٩.",
  ];
  let spans = 0;
  for (const text of composed) {
    const everywhere = spansFoundBothWays(text, "2024-03-13");
    spans += everywhere.filter((s) => s.precision === "year").length;
  }
  assert.ok(spans >= 10, `${spans} years`);
});

test("dates: the mentions are the date spans of a mention's precision, also in texts that read no years or periods for want of one", () => {
  const composed = ["زار الوفد المدينة عام 2015 في الصيف، ومنذ ذلك الحين لم يعد حتى الآن.", "قال الوزير أمس الثلاثاء إن الاجتماع سيعقد في 12 أبريل المقبل."];
  let empty = 0;
  for (const reference of ["2024-03-13", null]) {
    for (const text of [...texts, ...composed]) {
      const mentions = findDateMentions(text, reference);
      const fromSpans = findDateSpans(text, reference).filter((s) => ["day", "week", "month"].includes(s.precision));
      assert.deepEqual(mentions, fromSpans.map((s) => ({ text: s.text, value: s.value, start: s.start, kind: s.kind, precision: s.precision })), text);
      if (mentions.length === 0) empty++;
    }
  }
  assert.ok(empty > 10, `${empty} texts without mentions`);
});
