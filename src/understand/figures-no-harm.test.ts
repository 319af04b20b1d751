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
  // a noun of a thing or an animal right after the number: what it counts is no people
  ["thing or animal counted", "BBC Arabic", "فيسبوك يوقف 300 مليون حساب مزيف في الربع الأول.", []],
  ["thing or animal counted", "JawharaFM", "وبتفقد الحاوية تبين فقدان نحو 9 آلاف علبة سجائر.", []],
  ["thing or animal counted", "JawharaFM", "وبالتثبت تبين فقدان 150 قرص مخدر من الصيدلية.", []],
  ["thing or animal counted", "Sky News Arabia", "وقال المسؤولون إنهم أعدموا 5000 خنزيرا بعد تفشي المرض.", []],
  ["thing or animal counted", "Sky News Arabia", "هاجمت الدبابير الخلايا متسببة بقتل 3 ملايين نحلة في المقاطعة.", []],
  ["thing or animal counted", "composed", "فيروس نادر يقتل 12 أسدا في المحمية", []],
  // people, and a thing that is no count of theirs
  ["thing or animal counted", "composed", "واعتقلت الشرطة 3 أشخاص وضبطت بحوزتهم 12 جهاز هاتف.", [["arrested", 3, "exact", null]]],
  ["thing or animal counted", "composed", "وقتل 5 من قوات الأسد في القصف.", [["killed", 5, "exact", null]]],
  ["thing or animal counted", "composed", "وأصيب 4 أشخاص في انفجار جهاز قرب السوق.", [["injured", 4, "exact", null]]],
  // the whole a part is counted out of (من أصل / من مجموع N) is no people harmed, unless a state participle names them
  ["whole out of", "Al Arabiya", "وقال متحدث باسم الشرطة إن 20 راكبا من أصل 150 راكبا كانوا على متن الطائرة نقلوا إلى المستشفى.", []],
  ["whole out of", "Sky News Arabia", "وعثر فريق الإنقاذ على ما مجموعه 30 جثة من أصل 70 طالبا كانوا في المركز.", [["killed", 30, "exact", null]]],
  ["whole out of", "JawharaFM", "عاد 7 شبان كانوا نجوا من غرق مركبهم أثناء عملية هجرة غير شرعية وذلك من مجموع 10 شبان نجوا من هذه الحادثة.", []],
  ["whole out of", "France 24", "ومن أصل 200 شخص محتجزين رهن التحقيق، أفرج عن 20.", [["arrested", 200, "exact", null]]],
  ["whole out of", "composed", "وقتل 5 أشخاص من أصل 12 راكبا.", [["killed", 5, "exact", null]]],
  ["whole out of", "composed", "وارتفع مجموع القتلى إلى 40 شخصا.", [["killed", 40, "exact", null]]],
];

for (const [rule, outlet, text, expected] of cases) {
  test(`figures, no harm: ${rule} (${outlet}): ${text.slice(0, 40)}`, () => {
    const got = findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]);
    assert.deepEqual(got, expected);
  });
}
