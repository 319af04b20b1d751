import { test } from "node:test";
import assert from "node:assert/strict";
import { taggerSentences, taggerSentencesByRegex } from "./tokens.js";

const texts = [
  "قال الوزير إن 1,250.5 مليون دولار (12%) صُرفت.\nوأضاف: ٢٠٢٤٫٥ ليس ١٢٬٣؟ نعم… لا!",
  "الـــرئيس وال\u200cوزير «يا» 3.\u00a0x 4,a 5٫ 6%% é\u0301t\u00e9 \u3000 \u2028سطر\r\nآخر ٥۳५",
  "رمز 𝐀𝐁 ورقم 𝟙𝟚 ثم 😀 وكلمة",
];

test("taggerSentences: the kinds table cuts as the token regex does", () => {
  for (const text of texts) assert.deepEqual(taggerSentences(text), taggerSentencesByRegex(text));
});

test("taggerSentences: digit runs with separators and a percent, marks inside words, line breaks end sentences", () => {
  const words = taggerSentences("بلغ 1,250.5% عامٍ ١٢٫٣.\nثم 4,")
    .map((s) => s.map((t) => t.text));
  assert.deepEqual(words, [["بلغ", "1,250.5%", "عامٍ", "١٢٫٣", "."], ["ثم", "4", ","]]);
});

const MARKS: [name: string, mark: string][] = [
  ["right-to-left mark", "\u200F"],
  ["left-to-right mark", "\u200E"],
  ["Arabic letter mark", "\u061C"],
  ["zero-width space", "\u200B"],
  ["pop directional formatting", "\u202C"],
];

for (const [name, mark] of MARKS) {
  test(`taggerSentences: a ${name} inside a word leaves one word; around words it is no token`, () => {
    const text = `قال ترا${mark}مب ${mark}إن ${mark} بوتين${mark}.`;
    assert.deepEqual(taggerSentences(text).flat().map((t) => t.text), [`قال`, `ترا${mark}مب`, "إن", "بوتين", "."]);
    assert.deepEqual(taggerSentences(text), taggerSentencesByRegex(text));
  });
}
