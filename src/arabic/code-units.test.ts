import { test } from "node:test";
import assert from "node:assert/strict";
import { firstWord } from "./code-units.js";

test("firstWord is the text before its first white space, as split(/\\s+/)[0] gives it", () => {
  for (const text of ["وزير الخارجية", "الرئيس\u00A0الأمريكي", "قال\tأمس", "سموه", " قبل", "", "English words", "كلمة\u2003واحدة"]) {
    assert.equal(firstWord(text), text.split(/\s+/)[0], JSON.stringify(text));
  }
  assert.equal(firstWord("وزير الخارجية"), "وزير");
  assert.equal(firstWord("سموه"), "سموه");
  assert.equal(firstWord(""), "");
});
