import { test } from "node:test";
import assert from "node:assert/strict";
import { findServiceCuts } from "./service-cuts.js";
import { findFacts } from "./figures.js";

/**
 * Homes and people cut off from a service, in sentences written for this test after real ones of
 * different outlets (Al Eqtisadiya and Al Yaum via SaudiNewsNet: Chile's floods cut power to 120,000
 * people; JawharaFM: 600 families without drinking water, 4 million in Damascus deprived of water):
 * [sentence, expected [value, qualifier, group]]. Negative cases expect nothing.
 */
const cases: Array<[string, Array<[number, string, string]>]> = [
  ["وتسببت العاصفة في انقطاع التيار الكهربائي عن نحو 80 ألف مشترك في المدينة.", [[80_000, "about", "homes without power"]]],
  ["كما انقطعت الكهرباء عن 45 ألف شخص في الإقليم الشمالي.", [[45_000, "exact", "people without power"]]],
  ["وبقي أكثر من 12 ألف منزل بلا كهرباء حتى صباح اليوم.", [[12_000, "more_than", "homes without power"]]],
  ["وقالت المنظمة إن ثلاثة ملايين شخص في المدينة ما زالوا محرومين من المياه منذ أسبوع.", [[3_000_000, "exact", "people without water"]]],
  ["القيروان : 300 عائلة دون ماء صالح للشراب منذ أيام .", [[300, "exact", "homes without water"]]],
  ["وأدى العطل إلى انقطاع الإنترنت عن آلاف المستخدمين.", [[2000, "exact", "people without internet"]]],
  // no cut named, or the cut tells no count of homes or people
  ["وستزود المحطة الجديدة حوالي 12 ألف مواطن بمياه الشرب.", []],
  ["وكانت المحطة تمد سبعة ملايين نسمة بأكثر من نصف حاجتهم من مياه الشرب.", []],
  ["وقتل 5 أشخاص في العاصفة التي تسببت في انقطاع الكهرباء.", []],
  ["وأعلنت الشركة قطع التيار عن 3 أحياء يوم الأحد للصيانة.", []],
];

test("service cuts: the homes or people cut off, with what they lack as the group", () => {
  for (const [sentence, expected] of cases) {
    const got = findServiceCuts(sentence).map((f) => [f.value, f.qualifier, f.group]);
    assert.deepEqual(got, expected, sentence);
  }
});

test("service cuts are facts of kind other beside the casualty figures, in text order", () => {
  const facts = findFacts("قتل 3 أشخاص في العاصفة. وانقطعت الكهرباء عن 20 ألف منزل.");
  assert.deepEqual(facts.map((f) => [f.kind, f.value, f.group]), [["killed", 3, null], ["other", 20_000, "homes without power"]]);
  assert.equal(facts[1]!.kind === "other" && facts[1]!.scope?.extent, "event");
});
