import { test } from "node:test";
import assert from "node:assert/strict";
import { removeControlCharacters } from "./control-characters.js";

test("removeControlCharacters drops NUL, C0 and C1 controls inside words", () => {
  assert.equal(removeControlCharacters("اخت\u0000بار"), "اختبار");
  assert.equal(removeControlCharacters("عنوان\u0007 الخبر\u001b"), "عنوان الخبر");
  assert.equal(removeControlCharacters("نص\u0085 آخر\u009f\u007f"), "نص آخر");
});

test("removeControlCharacters keeps tab and newline, turns CR, CR LF, VT and FF into newlines", () => {
  assert.equal(removeControlCharacters("أ\tب\nج"), "أ\tب\nج");
  assert.equal(removeControlCharacters("سطر\r\nسطر\rسطر\u000bسطر\u000cسطر"), "سطر\nسطر\nسطر\nسطر\nسطر");
});

test("removeControlCharacters leaves other text alone", () => {
  for (const text of ["", "English", "نص عربي", "\u200fنص\u200c", "\u00ad\u00a0"]) assert.equal(removeControlCharacters(text), text);
});
