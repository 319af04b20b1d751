import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractTextPage } from "./extract-text.js";

// Whole news pages as a crawler's renderer dumps them (innerText, lynx, w3m, Markdown), composed for marsad in
// the shapes of sites of many countries: menus, breadcrumbs, datelines, credit lines, embeds,
// hashtags, read-also blocks, rails and footers. The stories and names are invented.
// page-dumps/gold.json holds what each page's article is.
const DUMPS = new URL("../../../src/extract/text/page-dumps/", import.meta.url);

interface DumpGold {
  file: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  bodyStartsWith: string;
  bodyEndsWith: string;
  absent: string[];
  /** Why the extractor still misses this page, when it does (the test is then a todo). */
  knownMiss?: string;
}

const golds = JSON.parse(readFileSync(new URL("gold.json", DUMPS), "utf8")) as DumpGold[];
/** Quotation marks and tatweel are the page's typography, not the headline's words. */
const fold = (s: string | null): string => (s ?? "").normalize("NFC").replace(/[\u0640"“”«»]/gu, "").replace(/\s+/g, " ").trim();
const HASHTAG_LINE = /^(?:#[^\s#]+\s*)+$/mu;
const EMBED_ATTRIBUTION = /[—–-]\s*[^\n()]{1,60}\(@\w+\)|pic\.twitter\.com\/|t\.me\/\w+\/\d+/u;

test("there are at least 20 composed page dumps", () => assert.ok(golds.length >= 20, `${golds.length} dumps`));

for (const gold of golds) {
  test(`page dump: ${gold.file}`, { todo: gold.knownMiss }, () => {
    const text = readFileSync(new URL(gold.file, DUMPS), "utf8");
    const r = extractTextPage({ input: gold.file, text, kind: "text", url: null, charset: "utf-8" });
    const main = r.value?.[0];
    assert.ok(main, "an article");
    assert.equal(fold(main.title), fold(gold.title), "title");
    assert.equal(main.publishedAt?.slice(0, 10) ?? null, gold.publishedAt, "publishedAt");
    assert.equal(fold(main.source.name) || null, fold(gold.source) || null, "source");
    const body = fold(main.body);
    assert.ok(body.startsWith(fold(gold.bodyStartsWith)), `body starts «${body.slice(0, 60)}»`);
    assert.ok(body.endsWith(fold(gold.bodyEndsWith)), `body ends «${body.slice(-60)}»`);
    for (const absent of gold.absent) assert.ok(!main.body.includes(absent), `body keeps «${absent}»`);
    assert.ok(!HASHTAG_LINE.test(main.body), "body keeps a hashtag line");
    assert.ok(!EMBED_ATTRIBUTION.test(main.body), "body keeps an embed attribution");
  });
}
