import { test } from "node:test";
import assert from "node:assert/strict";
import { neutralizeBidi } from "./bidi.js";
import { html } from "./html.js";

test("neutralizeBidi drops an override and the PDF that closes it", () => {
  assert.equal(neutralizeBidi("نتائج \u202Eاختبار\u202C القبول"), "نتائج اختبار القبول");
  assert.equal(neutralizeBidi("\u202Dabc\u202C"), "abc");
});

test("neutralizeBidi keeps matched embeddings and isolates", () => {
  for (const text of ["قال \u2067Reuters\u2069 إن", "\u202Bنص\u202C", "\u2068a \u202Ab\u202C c\u2069"]) assert.equal(neutralizeBidi(text), text);
});

test("neutralizeBidi drops unmatched controls", () => {
  assert.equal(neutralizeBidi("عنوان\u202B بلا إغلاق"), "عنوان بلا إغلاق");
  assert.equal(neutralizeBidi("عنوان\u2067 بلا إغلاق"), "عنوان بلا إغلاق");
  assert.equal(neutralizeBidi("\u202Cعنوان\u2069"), "عنوان");
  // a PDI closes the embedding left open inside its isolate
  assert.equal(neutralizeBidi("\u2067a\u202Bb\u2069\u202C"), "\u2067ab\u2069");
});

test("neutralizeBidi leaves text without controls alone", () => {
  for (const text of ["", "English", "نص عربي", "\u200Fنص\u200E"]) assert.equal(neutralizeBidi(text), text);
});

test("html escapes neutralize bidi controls in every interpolated text", () => {
  assert.equal(html`<h1>${"\u202Eاختبار"}</h1>`.value, "<h1>اختبار</h1>");
});
