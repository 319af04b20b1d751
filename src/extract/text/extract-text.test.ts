import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { pageFromBytes } from "../../acquire/local-files.js";
import { contractErrors } from "../../contract.js";
import type { Page } from "../../types.js";
import { readGoldenCase, type GoldenResult } from "./golden.js";
import { extractTextPage } from "./extract-text.js";

// build/extract/text → the fixtures stay in src (they are data, not compiled).
const FIXTURES = new URL("../../../src/extract/text/fixtures/", import.meta.url);
const cases = readdirSync(FIXTURES).sort();

test("there are at least 30 golden pages", () => assert.ok(cases.length >= 30, `${cases.length} cases`));

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), "utf8")) as GoldenResult;
    const actual = readGoldenCase(name, new URL(`${name}/input.txt`, FIXTURES));
    assert.deepEqual(actual, expected);
    if (actual.output) assert.deepEqual(contractErrors(actual.output), []);
  });
}

function page(text: string): Page {
  return { input: "t.txt", text, kind: "text", url: null, charset: "utf-8" };
}

function main(text: string) {
  const r = extractTextPage(page(text));
  assert.ok(r.value, "an article");
  return r.value;
}

test("body keeps its first sentence and none of the embed, tag line, read-also block or credits", () => {
  const text = readFileSync(new URL("composite-glued-cues/input.txt", FIXTURES), "utf8");
  const [article, related] = main(text);
  assert.ok(article!.body.startsWith("وقعت بلديتا الجبل والوادي"));
  for (const absent of ["Our two towns", "@MayorLina", "t.co", "المصدر:", "كلمات دلالية", "إقرأ أيضاً", "دوري الأبطال", "الدفاع المدني يدرب"]) {
    assert.ok(!article!.body.includes(absent), absent);
  }
  assert.ok(article!.body.includes("وأوضح البيان أن الاتفاق"), "body resumes after the glued attribution");
  assert.equal(related?.role, "related");
  assert.ok(!related!.body.includes("وقعت بلديتا"));
});

test("tags carry no Persian letter forms and are unique after folding", () => {
  const [article] = main(readFileSync(new URL("composite-glued-cues/input.txt", FIXTURES), "utf8"));
  assert.ok(article!.tags.every((t) => !/[\u06CC\u06A9]/.test(t.text)));
  const keys = article!.tags.map((t) => t.text.replace(/[\u0622\u0623\u0625]/g, "\u0627"));
  assert.equal(new Set(keys).size, keys.length);
});

test("a page of only white space and controls gives extract-no-text", () => {
  const r = extractTextPage(page("\u200f\n  \n"));
  assert.equal(r.value, null);
  assert.equal(r.issues[0]?.code, "extract-no-text");
});

test("a 20 MB page is read whole, title first", () => {
  const paragraph = "وقالت الوزارة في بيان إن فرق الصيانة أنهت أعمالها في الموعد المحدد دون تسجيل أي حوادث تذكر.\n";
  const lines = ["عنوان صفحة كبيرة جدا", "تاريخ النشر: 20 سبتمبر 2023"];
  let size = 0;
  const target = 20 * 1024 * 1024;
  const chunk = paragraph.repeat(100);
  const parts: string[] = [lines.join("\n"), "\n"];
  while (size < target) {
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  const bytes = new TextEncoder().encode(parts.join(""));
  const read = pageFromBytes("big.txt", bytes);
  assert.ok(read.page);
  const [article] = main(read.page.text);
  assert.equal(article!.title, "عنوان صفحة كبيرة جدا");
  assert.equal(article!.publishedAt, "2023-09-20");
  assert.ok(article!.body.length > 19 * 1024 * 1024 / 2, "body holds the page (2 bytes per Arabic letter)");
});
