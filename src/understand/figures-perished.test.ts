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
 * fig118: perished, the Maghreb's word for a death, as a verb and a verbal noun (JawharaFM `هلك 3 أشخاص`, `هلاك 5 أشخاص`,
 * `هلاك نحو 70 تونسيا`, `هلك بداخلها خمسة أشخاص`; BBC `هلاك أكثر من 1700 مهاجر غرقا`). Negatives: the noun with no count
 * (`هلاك محقق`, `هلاك الطاقم`), the deceased in the singular (`الهالك`), and consumption (`استهلك`). Sentences written for the
 * test. [sentence, [kind, value, group]].
 */
check("perished (هلك، هلاك)", [
  ["هلك 4 أشخاص في حادث مرور على الطريق الرابطة بين المدينتين.", [["killed", 4, null]]],
  ["وأسفر الحادث عن هلاك سبعة أشخاص وإصابة 12 آخرين.", [["killed", 7, null], ["injured", 12, null]]],
  ["وهلك في الحريق ثلاثة عمال كانوا داخل المستودع.", [["killed", 3, null]]],
  ["وأحصت المنظمة هلاك أكثر من 900 مهاجر غرقا منذ بداية العام.", [["killed", 900, null]]],
  ["ونجا السائق من هلاك محقق بعد انقلاب الشاحنة.", []],
  ["وتبين أن الهالك يبلغ من العمر 45 عاما.", []],
  ["واستهلك 20 شخصا مياها ملوثة قبل نقلهم.", []],
]);
