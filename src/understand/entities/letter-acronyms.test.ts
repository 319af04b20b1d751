import { test } from "node:test";
import assert from "node:assert/strict";
import { joinLetterAcronyms } from "./letter-acronyms.js";
import { candidates, texts } from "./candidate-fixtures.js";

test("the letters of a dotted acronym are one organization, with the words a mention runs on over", () => {
  const text = "وقال لهيئة الإذاعة البريطانية (بي.بي.سي) إن شركة جي.آي.بي كابيتال تقدم المشورة.";
  const spans = candidates(text, [["organization", "بي"], ["organization", "بي", text.indexOf("بي") + 3], ["person", "سي"], ["organization", "بي كابيتال"]]);
  joinLetterAcronyms(text, spans);
  assert.deepEqual(texts(spans), ["organization:بي.بي.سي", "organization:جي.آي.بي كابيتال"]);
});

test("an acronym's mention does not run on over a word that is one more letter name (وقالت إن.بي.سي إن …)", () => {
  const text = "وقالت إن.بي.سي إن الرسائل وصلت.";
  const spans = candidates(text, [["organization", "سي إن"]]);
  joinLetterAcronyms(text, spans);
  assert.deepEqual(texts(spans), ["organization:إن.بي.سي"]);
});

test("letters before a model number are no mention (سي-130, إس.إي 370)", () => {
  const text = "سقطت طائرة من طراز سي-130 قرب المطار، وأعلنت الشركة شاشتها إس.إي 370 الجديدة.";
  const spans = candidates(text, [["organization", "طراز سي"], ["organization", "إس"], ["organization", "الشركة"]]);
  joinLetterAcronyms(text, spans);
  assert.deepEqual(texts(spans), ["organization:الشركة"]);
});
