import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateMentions, findDateSpans } from "./mentions.js";

/**
 * Each rule with at least three sentences modelled on real news of different outlets (short
 * fixtures written for this test, after sentences of the DEV half of the facts gold): [rule,
 * outlet the sentence is modelled on, sentence, reference day, expected spans as [text, value]].
 */
const cases: Array<[string, string, string, string, Array<[string, string]>]> = [
  // years alone
  ["year after في", "Sky News Arabia", "وهي الهيئة التي تشكلت في 2016 بهدف تسهيل دخول السلع.", "2018-05-12", [["2016", "2016-01-01"]]],
  ["year after في", "France 24", "وقال إن الاتفاق الذي أبرم في 2015 كان يتناول البرنامج النووي.", "2018-05-09", [["2015", "2015-01-01"]]],
  ["year after بحلول", "BBC Arabic", "وستمنع السيارات الجديدة بحلول 2040 في بريطانيا.", "2018-05-06", [["2040", "2040-01-01"]]],
  ["year closing a name", "Sky News Arabia", "وحصل على تصريح دخول لتغطية مونديال 2018. وقال المسؤول", "2018-05-12", [["2018", "2018-01-01"]]],
  ["year closing a name", "CNN Arabic", "أحيا حفل افتتاح كأس العالم 2018، وسيمثل مصر هناك.", "2018-05-02", [["2018", "2018-01-01"]]],
  ["year in brackets", "SPA via SaudiNewsNet", "في فيلم «الشمس تشرق أيضا» (1962). وقد قتل 15 شخصا.", "2015-08-10", [["1962", "1962-01-01"]]],
  ["both years of a range", "SPA via SaudiNewsNet", "في المرحلة الأولى 2016-2018 بناء القدرات المؤسسية.", "2015-08-10", [["2016", "2016-01-01"], ["2018", "2018-01-01"]]],
  ["both years of a range", "BBC Arabic", "وأعلنت ما بين 1975 و1976 تأسيس الجمهورية.", "2018-05-06", [["1975", "1975-01-01"], ["1976", "1976-01-01"]]],
  ["both years of a range", "France 24", "لكتابة سيناريو جديد مشترك خلال 2017 /2018 .", "2018-05-11", [["2017", "2017-01-01"], ["2018", "2018-01-01"]]],
  // a count is not a year
  ["a counted noun follows", "Al Arabiya", "ونزح 2000 شخص من القرى الحدودية.", "2018-05-06", []],
  ["a quantity word precedes", "Sky News Arabia", "وارتفع عدد المعتقلين إلى نحو 1950 في الشهر.", "2018-05-06", []],
  ["a number inside running text", "SPA via SaudiNewsNet", "وزعت الجمعية 2015 سلة غذائية على الأسر.", "2015-08-10", []],
  // months alone
  ["month after a preposition", "Sky News Arabia", "ويعتزم بيع سندات في يونيو أو يوليو، ليصل الإجمالي", "2018-05-02", [["يونيو", "2018-06-01"], ["يوليو", "2018-07-01"]]],
  ["month after a preposition", "SPA via SaudiNewsNet", "تراجع التضخم في السودان إلى 14.1 % في يوليو من 18.3 %", "2015-08-11", [["يوليو", "2015-07-01"]]],
  ["doubled month after a preposition", "Al Arabiya", "لكن مسلحين هاجموا في كانون الثاني/يناير مكتبا للهيئة.", "2018-05-04", [["كانون الثاني/يناير", "2018-01-01"]]],
  ["part of a month", "France 24", "ضربات صاروخية استهدفت في نهاية نيسان/أبريل قواعد عسكرية.", "2018-05-08", [["نهاية نيسان/أبريل", "2018-04-01"]]],
  ["no preposition, no month", "BBC Arabic", "وقال مارس الرياضة منذ صغره.", "2018-05-06", []],
  // days without a year
  ["day across a doubled month name", "France 24", "وكان قد وصل في 30 آذار/مارس الماضي إلى المدينة.", "2018-05-08", [["30 آذار/مارس الماضي", "2018-03-30"]]],
  ["ordinal day before من", "France 24", "واتهمت دمشق في التاسع من نيسان/أبريل الطيران الإسرائيلي", "2018-05-08", [["التاسع من نيسان/أبريل", "2018-04-09"]]],
  ["ordinal day before من", "Sky News Arabia", "بينما يستعدان لانتخابات في الرابع والعشرين من يونيو.", "2018-05-08", [["الرابع والعشرين من يونيو", "2018-06-24"]]],
  ["ordinal day before من", "BBC Arabic", "خلال الفترة من 30 مارس وحتى السابع من أبريل.", "2018-05-06", [["30 مارس", "2018-03-30"], ["السابع من أبريل", "2018-04-07"]]],
  // decades and centuries
  ["decade of a century", "BBC Arabic", "في حوض سباحة عام في السبعينيات من القرن العشرين في ولاية فيكتوريا.", "2018-05-01", [["السبعينيات من القرن العشرين", "197"]]],
  ["decade of the last century", "BBC Arabic", "وقد قام المغرب بدءا من ثمانينيات القرن الماضي ببناء جدار.", "2018-05-06", [["ثمانينيات القرن الماضي", "198"]]],
  ["Hijri century", "SPA via SaudiNewsNet", "قامت الإمامة في اليمن في القرن السابع الهجري وتوالت جولاتها.", "2015-08-10", [["القرن السابع الهجري", "H06"]]],
  // present, past, future
  ["present", "Sky News Arabia", "ولم يتم الكشف إلى الآن عن سبب الانفجار.", "2018-05-12", [["الآن", "PRESENT_REF"]]],
  ["present", "SPA via SaudiNewsNet", "ضمن الرحلات التي يجري التخطيط لها حاليا إلى المريخ.", "2015-08-10", [["حاليا", "PRESENT_REF"]]],
  ["present season", "Sky News Arabia", "ورغم أنه كان مهمشا هذا الموسم إلا أن النادي يسعى", "2018-05-08", [["هذا الموسم", "PRESENT_REF"]]],
  ["past", "BBC Arabic", "ومن بين إنجازاته في السنوات الأخيرة تحرير سلسلة كتب.", "2018-05-11", [["السنوات الأخيرة", "PAST_REF"]]],
  ["past", "France 24", "وشنت إسرائيل خلال الأشهر الماضية غارات عدة.", "2018-05-08", [["الأشهر الماضية", "PAST_REF"]]],
  ["past", "SPA via SaudiNewsNet", "وأعلن البر الأول الذي انطلق مؤخرا في بللسمر.", "2015-08-10", [["مؤخرا", "PAST_REF"]]],
  ["future", "Sky News Arabia", "وقد يلعب في الدوري مع فريق آخر خلال الموسم المقبل.", "2018-05-08", [["الموسم المقبل", "FUTURE_REF"]]],
  ["future", "France 24", "ودنيا التي تسافر قريبا إلى فرنسا للدراسة.", "2018-05-11", [["قريبا", "FUTURE_REF"]]],
  ["future", "CNN Arabic", "إلا أنها مشكلة سيتوجب علينا الالتفات لها في المستقبل.", "2018-05-02", [["في المستقبل", "FUTURE_REF"]]],
  ["a name is not now", "France 24", "والتقى آلان جوبيه وزير الخارجية.", "2018-05-02", []],
  // times of day
  ["clock time with a zone", "SPA via SaudiNewsNet", "وأكد أن الرحلة مستمرة. // انتهى // 11:03 ت م", "2015-08-11", [["11:03 ت م", "2015-08-11T11:03"]]],
  ["clock time with a zone", "France 24", "أغلقت مراكز الاقتراع عند الساعة 18,00 (15,00 ت.غ) كما هو متوقع", "2018-05-12", [["الساعة 18,00", "2018-05-12T18:00"], ["15,00 ت.غ", "2018-05-12T15:00"]]],
  ["clock time with a zone", "BBC Arabic", "توفي في الساعة (10:30 بتوقيت غرينتش) في عيادة.", "2018-05-11", [["10:30 بتوقيت غرينتش", "2018-05-11T10:30"]]],
  ["hour word with a part of day", "SPA via SaudiNewsNet", "ويبدأ اللقاء في التاسعة مساء بتوقيت الرياض.", "2015-08-11", [["التاسعة مساء", "2015-08-11T21:00"]]],
  ["part of the day alone", "France 24", "وبلغت نسبة المشاركة 19 في المئة في فترة ما بعد الظهر.", "2018-05-12", [["بعد الظهر", "2018-05-12TTAF"]]],
  ["part of the day alone", "France 24", "عندما يستيقظون فجرا، يختفي يحيى.", "2018-05-11", [["فجرا", "2018-05-11TTMO"]]],
  ["part of the day alone", "France 24", "وجاء القصف هذا المساء بعد وقت قصير على الإعلان.", "2018-05-08", [["هذا المساء", "2018-05-08TTEV"]]],
];

for (const [rule, outlet, text, reference, expected] of cases) {
  test(`date spans: ${rule} (${outlet}): ${text.slice(0, 40)}`, () => {
    const got = findDateSpans(text, reference).map((s) => [s.text, s.value.slice(0, 16)]);
    assert.deepEqual(got, expected);
  });
}

test("date spans: years, decades, references and times are not date mentions", () => {
  const text = "في 2016 وفي التسعينيات، والآن عند الساعة 18,00 قال إنه زار المدينة في يونيو.";
  assert.deepEqual(findDateMentions(text, "2018-05-12").map((d) => d.text), ["يونيو"]);
});
