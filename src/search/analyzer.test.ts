import { it } from "node:test";
import assert from "node:assert/strict";
import { tokenize, tokenizeByRegex } from "../arabic/analyze.js";
import { analyzedTerms, analyzeText, forEachToken } from "./analyzer.js";

it("gives exactly the tokens of the shared analyzer (memo and pattern in sync)", () => {
  const text = "وقالَ الوزيرُ إنّ ٣٫٥ مليون طالبٍ عادوا إلى المدارس — COVID-19 والـمستشفيات‌ ، في 2025.";
  assert.deepEqual(analyzeText(text), tokenize(text));
  assert.deepEqual(analyzeText(text), tokenize(text), "second call, from the memo");
  assert.deepEqual(analyzeText(""), []);
});

it("finds TOKEN's runs by the code-unit table, and by TOKEN itself in text beyond the BMP", () => {
  const texts = ["قال 3.5 و٣٫٥، 1,000. ثم 12.. و\u200Cالـ\u0640مدرسة\u00AD؟", "خبر 𝟙𝟚 عن 😀 الطقس في جدة 2025", "a 𐐀b ١٢,٣"];
  for (const text of texts) {
    const expected = tokenizeByRegex(text);
    assert.deepEqual(analyzeText(text), expected, text);
    const visited: [number, number, string][] = [];
    forEachToken(text, (start, end, norm) => visited.push([start, end, norm]));
    assert.deepEqual(visited, expected.map((t) => [t.start, t.end, t.norm]), text);
  }
});

it("index terms are the stems and normalized forms of non-stopwords, in order", () => {
  const text = "وقالَ الوزيرُ إنّ المدارس في جدة";
  const tokens = tokenize(text).filter((t) => !t.isStopword);
  assert.deepEqual(analyzedTerms(text), [tokens.map((t) => t.stem).join(" "), tokens.map((t) => t.norm).join(" ")]);
});
