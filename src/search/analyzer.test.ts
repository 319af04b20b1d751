import { it } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../arabic/analyze.js";
import { analyzedTerms, analyzeText } from "./analyzer.js";

it("gives exactly the tokens of the shared analyzer (memo and pattern in sync)", () => {
  const text = "وقالَ الوزيرُ إنّ ٣٫٥ مليون طالبٍ عادوا إلى المدارس — COVID-19 والـمستشفيات‌ ، في 2025.";
  assert.deepEqual(analyzeText(text), tokenize(text));
  assert.deepEqual(analyzeText(text), tokenize(text), "second call, from the memo");
  assert.deepEqual(analyzeText(""), []);
});

it("index terms are the stems and normalized forms of non-stopwords, in order", () => {
  const text = "وقالَ الوزيرُ إنّ المدارس في جدة";
  const tokens = tokenize(text).filter((t) => !t.isStopword);
  assert.deepEqual(analyzedTerms(text), [tokens.map((t) => t.stem).join(" "), tokens.map((t) => t.norm).join(" ")]);
});
