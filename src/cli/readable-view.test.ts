import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../extract/article.js";
import { formatReadable } from "./readable-view.js";
import { setOutputLanguage } from "./messages.js";

setOutputLanguage("en");

test("formatReadable: title, dates, source, counts and a bounded body preview", () => {
  const main = newArticle({
    title: "عنوان",
    publishedAt: "2023-09-20",
    updatedAt: "2023-09-21",
    language: "ar",
    source: { name: "موقع 24", domain: null },
    body: "ب".repeat(1000),
    tags: [{ text: "وسم", origin: "page", scope: "article" }, { text: "آخر", origin: "page", scope: "site" }],
  });
  const text = formatReadable({ input: "a.txt", articles: [main, newArticle({ role: "related", title: "خبر آخر" })] });
  assert.match(text, /^== a\.txt {2}\(main \+ 1 related\)/);
  assert.match(text, /date: {3}2023-09-20 {2}updated 2023-09-21/);
  assert.match(text, /source: موقع 24/);
  assert.match(text, /1\/2 page tags about the article/);
  assert.match(text, /-- \[1\] related/);
  assert.ok(!text.includes("ب".repeat(300)), "body preview is cut");
});

test("formatReadable: empty fields are shown as (none)", () => {
  const text = formatReadable({ input: "b.txt", articles: [newArticle()] });
  assert.match(text, /title: {2}\(none\)/);
  assert.match(text, /date: {3}\(none\)/);
});

test("formatReadable --lang ar: every label in Arabic, dates and values as stored", () => {
  setOutputLanguage("ar");
  try {
    const text = formatReadable({ input: "a.txt", articles: [newArticle({ title: "عنوان", publishedAt: "2023-09-20", source: { name: "موقع 24", domain: null } }), newArticle({ role: "related" })] });
    assert.match(text, /العنوان: عنوان/);
    assert.match(text, /التاريخ: 2023-09-20/);
    assert.match(text, /المصدر: موقع 24/);
    assert.match(text, /-- \[1\] ذو صلة/);
    const latinWords = text.replace(/a\.txt|\(ar\)|\(und\)/g, "").match(/[A-Za-z]{2,}/g);
    assert.equal(latinWords, null, `no English label: ${latinWords?.join(", ")}`);
  } finally {
    setOutputLanguage("en");
  }
});
