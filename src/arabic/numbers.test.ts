import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "./analyze.js";
import { readNumber } from "./numbers.js";

/** The number read at the first word of `text` (normalized tokens), as [value, words read]. */
function readAtStart(text: string): [number, number] | null {
  const words = tokenize(text).map((t) => t.norm);
  const n = readNumber(words, 0);
  return n ? [n.value, n.end - n.start] : null;
}

// fig93: both spellings of the trillion scale a number as مليار does (`بـ 2 ترليون دولار` was read as 2 people).
test("numbers: a trillion in both spellings scales the number before it", () => {
  assert.deepEqual(readAtStart("2 ترليون دولار"), [2_000_000_000_000, 2]);
  assert.deepEqual(readAtStart("16 تريليون دولار"), [16_000_000_000_000, 2]);
  assert.deepEqual(readAtStart("1.5 تريليون دولار"), [1_500_000_000_000, 2]);
  assert.deepEqual(readAtStart("ثلاثة تريليونات دولار"), [3_000_000_000_000, 2]);
  assert.deepEqual(readAtStart("نصف ترليون دولار"), [500_000_000_000, 2]);
  assert.deepEqual(readAtStart("20 ترليونا من الريالات"), [20_000_000_000_000, 2]);
});

test("numbers: a trillion plural after more than ten is no scale (as ملايين)", () => {
  assert.deepEqual(readAtStart("15 تريليونات"), [15, 1]);
});

// fig114: the plural of the billion after 3..10 scales the number as ملايين does (`نزوح 8 مليارات دولار` was read as 8 displaced).
test("numbers: a billion plural after three to ten scales the number before it", () => {
  assert.deepEqual(readAtStart("8 مليارات دولار"), [8_000_000_000, 2]);
  assert.deepEqual(readAtStart("ثلاثة مليارات يورو"), [3_000_000_000, 2]);
  assert.deepEqual(readAtStart("15 مليارات"), [15, 1]);
});

// fig114: a decimal scaled by a word is a whole number (BBC `و8.2 مليون حالة وفاة` was read 8199999.999999999, no gold value).
test("numbers: a decimal times its scale word is a whole number", () => {
  assert.deepEqual(readAtStart("8.2 مليون حالة"), [8_200_000, 2]);
  assert.deepEqual(readAtStart("4.1 مليون شخص"), [4_100_000, 2]);
  assert.deepEqual(readAtStart("2.01 ألف لاجئ"), [2_010, 2]);
});
