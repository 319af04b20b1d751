import { test } from "node:test";
import assert from "node:assert/strict";
import { firstWord, isSurrogate } from "./code-units.js";

test("firstWord is the text before its first white space, as split(/\\s+/)[0] gives it", () => {
  for (const text of ["وزير الخارجية", "الرئيس\u00A0الأمريكي", "قال\tأمس", "سموه", " قبل", "", "English words", "كلمة\u2003واحدة"]) {
    assert.equal(firstWord(text), text.split(/\s+/)[0], JSON.stringify(text));
  }
  assert.equal(firstWord("وزير الخارجية"), "وزير");
  assert.equal(firstWord("سموه"), "سموه");
  assert.equal(firstWord(""), "");
});

test("isSurrogate holds for exactly the UTF-16 units U+D800–U+DFFF (and not for charCodeAt's NaN past the end)", () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isSurrogate(c), c >= 0xd800 && c <= 0xdfff, c.toString(16));
  assert.equal(isSurrogate("😀".charCodeAt(1)), true);
  assert.equal(isSurrogate("قال".charCodeAt(3)), false);
});
