import { test } from "node:test";
import assert from "node:assert/strict";
import { findFacts } from "./figures.js";

/**
 * fig106: figures of the wrong kind or group, and counts of no people (issue 12, precision classes of the fig102
 * census). Each rule with composed sentences modelled on real ones of the pool, the outlets named after the real
 * sentence that showed it: [rule, outlet, sentence, expected facts as [kind, value, qualifier, group]].
 */
type Expect = Array<[string, number, string, string | null]>;
const cases: Array<[string, string, string, Expect]> = [
  // fighters or members of a state force (من / في / ب + a force) are its soldiers or police
  ["member of a state force", "Sky News Arabia", "وأسفرت المعارك عن مقتل 40 مقاتلا من قوات النظام في ريف حماة.", [["killed", 40, "exact", "soldiers"]]],
  ["member of a state force", "France 24", "وقتل 9 عناصر من الحرس الثوري في هجوم على نقطة حدودية.", [["killed", 9, "exact", "soldiers"]]],
  ["member of a state force", "Sky News Arabia", "وقتل في المواجهات 17 عنصرا من قوات الأمن وأصيب آخرون.", [["killed", 17, "exact", "police"]]],
  ["member of a state force", "Sky News Arabia", "وأصيب ستة عناصر في الأمن الرئاسي في التفجير.", [["injured", 6, "exact", "police"]]],
  ["member of a state force", "Sky News Arabia", "قتل 30 مقاتلا من قوات النظام السوري والمسلحين الموالين لها.", [["killed", 30, "exact", "soldiers"]]],
  // Iran's Basij (قوات التعبئة، الباسيج) is a state force
  ["member of a state force", "CNN Arabic", "وأعلنت الوكالة اختطاف 12 من قوات التعبئة الشعبية وحرس الحدود.", [["arrested", 12, "exact", "soldiers"]]],
  ["member of a state force", "Sky News Arabia", "وقتل 11 عنصرا من التعبئة في اشتباكات مع مسلحين.", [["killed", 11, "exact", "soldiers"]]],
  ["member of a state force", "BBC Arabic", "وأصيب سبعة من قوات الباسيج في الاشتباكات.", [["injured", 7, "exact", "soldiers"]]],
  ["member of a state force", "France 24", "ما أدى إلى إصابة تسعة شرطيين وستة عناصر من قوات مكافحة الإرهاب.", [["injured", 9, "exact", "police"], ["injured", 6, "exact", "police"]]],
  ["member of a state force", "Sky News Arabia", "وأصيب 12 عنصرا من قوات مكافحة الشغب في المواجهات.", [["injured", 12, "exact", "police"]]],
  // not a rebel army, not people in general with a mixed force, not a force that is no state's
  ["member of a state force", "composed", "وقتل 20 مقاتلا من الجيش السوري الحر في المعارك.", [["killed", 20, "exact", "fighters"]]],
  ["member of a state force", "Sky News Arabia", "وقتل 50 شخصا من أفراد قوات النظام والمسلحين الموالين لها.", [["killed", 50, "exact", null]]],
  ["member of a state force", "composed", "وقتل 8 مقاتلين من قوات سوريا الديمقراطية.", [["killed", 8, "exact", "fighters"]]],
  // detainees who flee escape: no arrest (and no displacement)
  ["prisoners who flee", "Sky News Arabia", "وعمت الفوضى المدينة حيث هرب 300 معتقل من السجن المركزي.", []],
  ["prisoners who flee", "BBC Arabic", "وأسفر الهجوم عن فرار 120 سجينا من السجن.", []],
  ["prisoners who flee", "JawharaFM", "وفر نحو 200 سجين من سجن قرب العاصمة.", []],
  ["prisoners who flee", "composed", "واعتقلت الشرطة 30 شخصا بعد هروب السجناء.", [["arrested", 30, "exact", null]]],
  // a death word right before people named by a state, or a relative clause telling what befell them
  ["death of detainees", "France 24", "وبدأت السلطات إعلان وفاة المئات من المعتقلين في السجون.", [["killed", 200, "exact", null]]],
  ["death of detainees", "France 24", "واعترف النظام بقتل آلاف المعتقلين دون أن يسلم جثثهم.", [["killed", 2000, "exact", null]]],
  ["death of detainees", "France 24", "ووضعوا الورود في إشارة إلى آلاف المعتقلين الذين قُتلوا تحت التعذيب.", [["killed", 2000, "exact", null]]],
  ["death of detainees", "BBC Arabic", "ونشرت المنظمة أسماء 40 من المعتقلين الذين لقوا حتفهم في السجون.", [["killed", 40, "exact", null]]],
  // not past و: the death word closes the count before it
  ["death of detainees", "Sky News Arabia", "وسجلت 22 حالة وفاة وأكثر من 180 حالة إصابة.", [["killed", 22, "exact", null], ["injured", 180, "more_than", null]]],
  ["death of detainees", "Al Yaum via SaudiNewsNet", "وأربع حالات وفاة واثنين مصابين في محافظة مطروح.", [["killed", 4, "exact", null], ["injured", 2, "exact", null]]],
  // two numbers joined by أو count what follows the second: a unit there counts no people
  ["N أو M", "BBC Arabic", "وبعد تكرار الإصابة نحو 20 أو 30 مرة تصبح العدوى مقاومة.", []],
  ["N أو M", "Al Arabiya", "وقال إن الإصابة تتكرر 4 أو 5 مرات في الموسم.", []],
  // the number of a channel's name
  ["فرانس 24", "France 24", "وأفاد مراسل فرانس24 بمقتل قائد عسكري في مأرب.", []],
  ["فرانس 24", "CNN Arabic", "وقال لقناة فرانس 24 إن 5 أشخاص قتلوا.", [["killed", 5, "exact", null]]],
  // بينهم / منهم after a count of people that is no figure is a part of those people, not of the figure before them
  ["part of a count between", "Al Arabiya", "وأسفرت الأمطار عن وفاة 40 شخصا وحصار نحو ألف في المدينة من بينهم نحو مئة في مستشفى.", [["killed", 40, "exact", null]]],
  ["part of a count between", "Sky News Arabia", "وقتل 12 شخصا وقالت إن تسعة أشخاص مازالوا في المستشفى بينهم أربعة في حالة حرجة.", [["killed", 12, "exact", null]]],
  ["part of a count between", "JawharaFM", "وتأكدت وفاة خمسة أشخاص وتم إنقاذ تسعة بينهم أربعة أطفال أحياء.", [["killed", 5, "exact", null]]],
  // of the kind a cue before that count names; a year or a unit between is no count of people; N منهم is a part of the figure
  ["part of a count between", "Sky News Arabia", "وتورط في مقتل 3 حراس وخطف 96 أجنبيا في لبنان عام 1982، من بينهم 25 أميركيا.", [["killed", 3, "exact", null], ["arrested", 96, "exact", null], ["arrested", 25, "exact", null]]],
  ["part of a count between", "France 24", "وقتل 12 شخصا في 3 هجمات بينهم 4 أطفال.", [["killed", 12, "exact", null], ["killed", 4, "exact", "children"]]],
  ["part of a count between", "France 24", "وأصيب 80 شخصا، 71 منهم لا يزالون يتلقون العلاج، بينهم نحو عشرة أطفال.", [["injured", 80, "exact", null], ["injured", 71, "exact", null], ["injured", 10, "about", "children"]]],
  // an attempted killing (a charge) is no death
  ["الشروع في قتل", "Al Yaum via SaudiNewsNet", "ووجهت إليهم تهم قتل ضابط، والشروع في قتل 9 آخرين وحيازة أسلحة.", []],
  ["الشروع في قتل", "Sky News Arabia", "واتهم الرجل بالشروع في قتل 3 أشخاص في الحي.", []],
  ["الشروع في قتل", "composed", "وأسفر الهجوم عن قتل 3 أشخاص.", [["killed", 3, "exact", null]]],
  // the duals of tourists and visitors count two
  ["سائحان", "Sky News Arabia", "قتل حارس واختطف سائحان بريطانيان في المحمية.", [["arrested", 2, "exact", null]]],
  ["سائحان", "BBC Arabic", "وتوفي سائحان بريطانيان في الفندق الشهر الماضي.", [["killed", 2, "exact", null]]],
];

for (const [rule, outlet, text, expected] of cases) {
  test(`figures, wrong kind: ${rule} (${outlet}): ${text.slice(0, 40)}`, () => {
    const got = findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]);
    assert.deepEqual(got, expected);
  });
}
