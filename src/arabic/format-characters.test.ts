import { test } from "node:test";
import assert from "node:assert/strict";
import { indexTerms, tokenize } from "./analyze.js";
import { analyzedTerms, analyzeText } from "../search/analyzer.js";

const INVISIBLE: [name: string, char: string][] = [
  ["soft hyphen", "\u00AD"],
  ["zero-width space", "\u200B"],
  ["word joiner", "\u2060"],
  ["zero-width no-break space", "\uFEFF"],
  ["right-to-left mark", "\u200F"],
  ["right-to-left override", "\u202E"],
  ["left-to-right isolate", "\u2066"],
];

for (const [name, char] of INVISIBLE) {
  test(`a ${name} inside a word leaves one token with the word's terms`, () => {
    const text = `نتائج اخ${char}تبار القبول`;
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.norm), ["نتائج", "اختبار", "القبول"]);
    assert.equal(text.slice(tokens[1]!.start, tokens[1]!.end), `اخ${char}تبار`);
    assert.deepEqual(indexTerms(text), indexTerms("نتائج اختبار القبول"));
    assert.deepEqual(analyzeText(text), tokens, "search analyzer in sync");
    assert.deepEqual(analyzedTerms(text), analyzedTerms("نتائج اختبار القبول"));
  });
}

test("bidi overrides around a word are not part of its terms", () => {
  assert.deepEqual(indexTerms("\u202Eاختبار\u202C \u2067القبول\u2069"), indexTerms("اختبار القبول"));
});

test("an invisible character alone between spaces makes no token", () => {
  assert.deepEqual(tokenize("كلمة \u200B \u202E أخرى").map((t) => t.norm), ["كلمه", "اخري"]);
});
