import { test } from "node:test";
import assert from "node:assert/strict";
import { findFacts } from "./figures.js";

type Row = [string, Array<[string, number, string | null]>];

const check = (name: string, rows: Row[]) => {
  for (const [text, expected] of rows) {
    test(`figures ${name}: ${text.slice(0, 40)}`, () => {
      assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
    });
  }
};

/**
 * fig112: a tally of deaths named by an event noun, not a person noun (JawharaFM `ارتفاع حصيلة الوفيات إلى 107`, `ارتفع عدد
 * حالات الوفاة بسبب وباء الكوليرا في اليمن الى 6 حالات`; Sky News Arabia `بعد ارتفاع عدد الوفيات إلى 20`, `حيث بلغ عدد الوفيات
 * آنذاك 74 حالة`), rising to a number (إلى) or reached (بلغ, no إلى). Negatives: a falling share (`انخفض … 79 في المائة`), a
 * tally of cases that are no deaths (`عدد حالات التسمم`), a tally with no verb of rising (`تراجع عدد الوفيات بنسبة`). Sentences
 * written for the test. [sentence, [kind, value, group]].
 */
check("a rising tally of deaths an event noun names", [
  ["وأعلنت الوزارة ارتفاع حصيلة الوفيات إلى 64 بعد انهيار المبنى.", [["killed", 64, null]]],
  ["وارتفع عدد الوفيات جراء موجة الحر في الإقليم إلى 23.", [["killed", 23, null]]],
  ["وقد ارتفع عدد حالات الوفاة بسبب الحمى في المحافظة الى 9 حالات.", [["killed", 9, null]]],
  ["وبلغ عدد الوفيات حتى مساء الأحد 31 حالة.", [["killed", 31, null]]],
  ["وقالت المنظمة إن عدد الوفيات انخفض 40 في المائة منذ عشر سنوات.", []],
  ["وارتفع عدد حالات التسمم في المدرسة إلى 17 حالة.", []],
  ["وتراجع عدد الوفيات بنسبة 12 بالمائة خلال العام.", []],
]);

/**
 * fig112: a count set against the figure before it by مقابل takes its kind (France 24 and Sky News Arabia `وتم توقيف 2659
 * مهاجرا حاولوا عبور البحر حتى حزيران/يونيو الفائت مقابل 564 شخصا`; France 24, two copies, `ليرتفع بذلك إلى 117 عدد قتلى القوات
 * الموالية للنظام منذ التاسع عشر من حزيران/يونيو، مقابل 74 لعناصر الفصائل`; Sky News Arabia `حصيلة … 203 مقاتلين … مقابل 159
 * مسلحا`), its group from its own phrase. Negatives: مقابل after no figure (`17 لاعبا محترفا مقابل 12 لاعبا`), after a figure
 * but in the next sentence, and with another count between. [sentence, [kind, value, group]].
 */
check("a count set against a figure by مقابل", [
  ["وأسفرت المعارك عن مقتل 40 جنديا مقابل 65 مسلحا.", [["killed", 40, "soldiers"], ["killed", 65, "fighters"]]],
  ["واعتقلت الشرطة 310 أشخاص خلال الشهر الماضي مقابل 280 شخصا في الشهر نفسه من العام السابق.", [["arrested", 310, null], ["arrested", 280, null]]],
  ["وقتل 52 مدنيا منذ الحادي عشر من آذار/مارس، في مقابل 30 لعناصر الميليشيات.", [["killed", 52, "civilians"], ["killed", 30, "fighters"]]],
  ["وضمت القائمة 17 لاعبا محترفا مقابل 12 لاعبا محليا.", []],
  ["وقتل 12 شخصا في الهجوم. وفاز الفريق 3 مرات مقابل 2 للمنافس.", [["killed", 12, null]]],
  ["وأصيب 15 شخصا في 4 حوادث مقابل 9 في الأسبوع الماضي.", [["injured", 15, null]]],
  ["وتم إيقاف 40 شخصا في قضايا تهريب مقابل 55 قضية في العام الماضي.", [["arrested", 40, null]]],
]);

/**
 * fig112: a definite plural of the harmed, then the article and digits, counts them (Al Arabiya `كانوا بين الضحايا الـ298`;
 * France 24 `في إحياء ذكرى الضحايا الـ86 الذين سقطوا`, `حيث تم العثور على غالبية القتلى الـ82`), unless the same digits stand
 * earlier in the text (JawharaFM `إصابة 15 مواطنة … فإن الضحايا الـ15 كنّ`: the injured named back). Negatives: that
 * restatement, a noun of no harm (`المهاجرين الـ18`), and a year or unit after the digits. [sentence, [kind, value, group]].
 */
check("a definite plural of the harmed, then the article and digits", [
  ["وتعرفت السلطات على هويات الضحايا الـ71 جميعا.", [["killed", 71, null]]],
  ["ونقل المصابين الـ 35 إلى مستشفيات المدينة.", [["injured", 35, null]]],
  ["ونقلت السلطات المعتقلين الـ14 إلى سجن آخر مساء الأحد.", [["arrested", 14, null]]],
  ["أسفر الانهيار عن إصابة 9 عمال. وقال المسعفون إن الضحايا الـ9 نقلوا إلى المستشفى.", [["injured", 9, null]]],
  ["ووصل المهاجرين الـ18 إلى الميناء.", []],
  ["وأحيت المدينة ذكرى الضحايا الـ20 عاما على الكارثة.", []],
]);

/** The three rules in one article, with a person-noun tally the older rules read (composed). */
check("a death tally, a count set against a figure and the harmed then digits, composed", [
  [
    "ارتفاع حصيلة الوفيات إلى 58 في الفيضانات. وبلغ عدد القتلى في الولاية المجاورة 12 شخصا، وقتل 7 جنود مقابل 19 مسلحا في الاشتباكات. وكان بين الجرحى الـ40 أطفال.",
    [["killed", 58, null], ["killed", 12, null], ["killed", 7, "soldiers"], ["killed", 19, "fighters"], ["injured", 40, null]],
  ],
]);
