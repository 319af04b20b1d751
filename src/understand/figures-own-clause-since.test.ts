import { test } from "node:test";
import assert from "node:assert/strict";
import { findFacts } from "./figures.js";

/**
 * fig120: منذ counts for a figure only in the figure's own clause (issue 12, the scope class fig119 left). A
 * منذ after لكن, حيث or لا يزال dates that clause's verb, not the count. Composed sentences modelled on real
 * ones of the pools, the outlet named after the real sentence that showed the shape:
 * [outlet, sentence, expected scope extent of each fact].
 */
const cases: Array<[string, string, string[]]> = [
  // منذ in a clause of its own after the figure: the figure keeps its own (event) scope
  ["BBC Arabic", "وبلغت الوفيات ذروتها، إذ توفي نحو 50 ألف شخص جراء المرض، ولكنها انخفضت منذ ذلك الحين.", ["event"]],
  ["BBC Arabic", "وقتل مئات الأشخاص في الاشتباكات، ولا يزال العنف المتبادل مستمرا منذ عدة سنوات.", ["event"]],
  ["France 24", "وأجلت السفينة 9 منهم إلى مستشفى في الجزيرة، لكن السفينة تنتظر منذ مساء الخميس قبالة السواحل.", ["event"]],
  ["Sky News Arabia", "وقتل 20 سائحا أجنبيا في هجوم قرب الشاطئ، حيث أصبحت الفنادق فارغة منذ ذلك الحين.", ["event"]],
  ["composed", "أصيب 12 شخصا في الحادث، وما زالت الطريق مغلقة منذ الصباح.", ["event"]],
  // منذ in the figure's own clause: a count since then
  ["composed", "قتل 500 شخص منذ بداية الحرب.", ["cumulative"]],
  ["composed", "وأصيب أكثر من 17500 آخرين، منذ انطلاق المسيرات.", ["cumulative"]],
  ["composed", "واعتقلت السلطات 300 شخص منذ بدء الاحتجاجات، لكنها أفرجت عن بعضهم.", ["cumulative"]],
  // a relative clause after the figure is its frame: منذ still counts (`التي تشنها في اليمن منذ`)
  ["composed", "وقتل 40 شخصا جراء الأمطار الغزيرة التي يشهدها الإقليم منذ الخميس.", ["cumulative"]],
  // a clause of a start after لكن: still the frame
  ["composed", "قتل 60 شخصا في المواجهات، لكن العنف الذي اندلع منذ أسبوع لم يتوقف.", ["cumulative"]],
];

for (const [outlet, text, expected] of cases) {
  test(`figures, own-clause منذ (${outlet}): ${text.slice(0, 40)}`, () => {
    const got = findFacts(text).map((f) => f.scope?.extent);
    assert.deepEqual(got, expected);
  });
}
