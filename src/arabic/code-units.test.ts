import { test } from "node:test";
import assert from "node:assert/strict";
import { firstWord, isSurrogate, standsAlone } from "./code-units.js";

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

test("standsAlone answers as the regex of the word between non-letters: occurrences, marks, edges, punctuation, beyond the BMP", () => {
  const reference = (text: string, word: string) =>
    new RegExp(`(?:^|[^\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(text);
  const cases: [string, string, boolean][] = [
    ["قال رونالدو لزيدان إن زيدان مدرب كبير", "زيدان", true],
    ["قال رونالدو لزيدان إن المدرب كبير", "زيدان", false],
    ["زيدان قال لزيدان", "زيدان", true],
    ["قال لزيدان: زيدان", "زيدان", true],
    ["قال لزيدانَ إن", "زيدان", false],
    ["قال «زيدان» إن", "زيدان", true],
    ["وقال للصحفيين إن الصحفيين", "لصحفيين", false],
    ["مع بزنس ستاندرد. قال لبزنس", "بزنس", true],
    ["سعر (3.5) دولار", "(3.5)", true],
    ["رمز 😀زيدان هنا", "زيدان", true],
    ["رمز 𝐀زيدان هنا", "زيدان", false],
    ["كلمة 😀 هنا", "😀", true],
    ["", "زيدان", false],
    ["زيدان", "", false],
    ["زيدان، ", "", true],
  ];
  for (const [text, word, want] of cases) {
    assert.equal(reference(text, word), want, `reference: ${text} / ${word}`);
    assert.equal(standsAlone(text, word), want, `${text} / ${word}`);
  }
});
