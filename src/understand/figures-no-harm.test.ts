import { test } from "node:test";
import assert from "node:assert/strict";
import { findFacts } from "./figures.js";

/**
 * fig119: counts that name no harm done (issue 12, precision classes of a later-ANT audit). Each rule with composed
 * sentences modelled on real ones of the pools, the outlet named after the real sentence that showed it:
 * [rule, outlet, sentence, expected facts as [kind, value, qualifier, group]].
 */
type Expect = Array<[string, number, string, string | null]>;
const cases: Array<[string, string, string, Expect]> = [
  // an indefinite إعدام after a court or a word of sentencing in its clause is a sentence passed or sought, no death
  ["court death sentence", "Al Arabiya", "وأصدرت محكمة في العاصمة أحكاما قضت بـ #إعدام ثلاثة مواطنين بتهمة التخابر.", []],
  ["court death sentence", "CNN Arabic", 'حيث أمرت المحكمة بـ"إعدام 12 متهما" في القضية.', []],
  ["court death sentence", "BBC Arabic", "محكمة عسكرية تطلب رأي المفتي في إعدام 40 شخصا بقضية الاعتصام", []],
  ["court death sentence", "composed", "وقضت محكمة الجنايات بـ إعدام سبعة متهمين وسجن 20 آخرين.", [["arrested", 20, "exact", null]]],
  // carried out, or with no court: a death
  ["court death sentence", "JawharaFM", "إعدام 10 أشخاص في الأردن أدينوا في قضايا إرهابية.", [["killed", 10, "exact", null]]],
  ["court death sentence", "composed", "وأدانت المحكمة المتهمين، ونفذت السلطات إعدام 5 منهم فجر اليوم.", [["killed", 5, "exact", null]]],
  ["court death sentence", "composed", "أمرت المحكمة بالإفراج عن المتهم بعد إعدام 8 رهائن على يد الخاطفين.", [["killed", 8, "exact", null]]],
  ["court death sentence", "Sky News Arabia", "وأكد أن المتهمين شاركوا في إعدام 370 مدنيا في المدينة.", [["killed", 370, "exact", "civilians"]]],
];

for (const [rule, outlet, text, expected] of cases) {
  test(`figures, no harm: ${rule} (${outlet}): ${text.slice(0, 40)}`, () => {
    const got = findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]);
    assert.deepEqual(got, expected);
  });
}
