import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../extract/article.js";
import { formatReadable } from "./readable-view.js";

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
