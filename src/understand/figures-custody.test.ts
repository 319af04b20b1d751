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
 * fig118: people held in custody, `رهن` / `قيد` and a noun of custody after them (France 24 `وضع 813 منهم رهن التوقيف`,
 * `وضع أربعة قيد التوقيف المؤقت`, `أربعة منهم قيد الاحتجاز`; Al Arabiya `وضع ثلاثة شرطيين قيد التوقيف الاحترازي`; Sky News
 * Arabia `لأكثر من 50 ألف شخص وظلوا رهن الاحتجاز`), with or without a people noun. Negatives: things held (`سفن`), house arrest,
 * a total in apposition (`البالغ عددهم`), custody past another count, a state of no custody (`قيد الدراسة`), and a count after
 * the custody of people counted before it (`وأحيل 35 إلى النيابة`). Sentences
 * written for the test. [sentence, [kind, value, group]].
 */
check("people held in custody named after them", [
  ["وقررت النيابة وضع خمسة منهم رهن التوقيف على ذمة التحقيق.", [["arrested", 5, null]]],
  ["ووضع ستة متظاهرين قيد الاحتجاز بعد مواجهات ليلية.", [["arrested", 6, null]]],
  ["ومن أصل العشرة وضع سبعة قيد التوقيف الاحتياطي.", [["arrested", 7, null]]],
  ["ومثل 20 متهما أمام القاضي، تسعة منهم رهن الاعتقال.", [["arrested", 9, null]]],
  ["واتهمت السلطات أكثر من 300 شخص ظلوا قيد الحبس منذ الربيع.", [["arrested", 300, null]]],
  ["وقالت النيابة إن ثلاثة جنود لا يزالون رهن الاحتجاز.", [["arrested", 3, "soldiers"]]],
  ["وقالت الشرطة إن 3 سفن قيد الاحتجاز في الميناء.", []],
  ["ووضعت المحكمة 4 معارضين قيد الإقامة الجبرية.", []],
  ["وقال البيان إن المشتبه بهم، البالغ عددهم 40 شخصا، هم قيد الاحتجاز الآن.", []],
  ["وتبقى 12 قضية قيد الدراسة لدى المحكمة.", []],
  // the custody of the people counted first is no event for the count after it: the 35 were referred, not detained
  ["ووضع 20 من القاصرين رهن التوقيف خلال العام وأحيل 35 إلى النيابة.", [["arrested", 20, "children"]]],
]);
