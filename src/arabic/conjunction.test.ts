import { test } from "node:test";
import assert from "node:assert/strict";
import { withoutConjunction } from "./conjunction.js";

test("withoutConjunction cuts one و or ف in front, as the regex replace does", () => {
  for (const word of ["وقال", "فإن", "ووزير", "قال", "الوزير", "و", "English", ""]) {
    assert.equal(withoutConjunction(word), word.replace(/^[وف]/, ""), word);
  }
  assert.equal(withoutConjunction("وقال"), "قال");
  assert.equal(withoutConjunction("فالوزير"), "الوزير");
  assert.equal(withoutConjunction("ووزير"), "وزير");
});

test("withoutConjunction leaves a word without one as it is: too short, no conjunction, not Arabic, empty", () => {
  assert.equal(withoutConjunction("قال"), "قال");
  assert.equal(withoutConjunction("English"), "English");
  assert.equal(withoutConjunction(""), "");
});
