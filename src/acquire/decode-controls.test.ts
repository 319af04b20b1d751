import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes } from "./decode.js";
import { decodeResponse } from "./http/charset.js";
import { encodeWindows1256 } from "./http/hostile-site.js";
import { pageFromJsonlLine } from "./local-files.js";
import { parseTree, textOf } from "../extract/html/tree.js";

const PAGE = "<html><head><meta charset=\"windows-1256\"><title>عنوان\u0000 الخبر</title></head><body><p>نص\u0000 الخبر\u0007 هنا</p></body></html>";

test("decodeBytes: a windows-1256 page with a few NUL bytes is read, the NULs removed", () => {
  const r = decodeBytes(encodeWindows1256(PAGE), "nul.html");
  assert.equal(r.value?.charset, "windows-1256");
  assert.equal(r.value?.text, PAGE.replace(/[\u0000\u0007]/g, ""));
});

test("decodeBytes: many NUL bytes still mean binary", () => {
  // NULs in even and odd places alike: not the one-sided pattern of UTF-16 without a BOM
  const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0 : 0x41));
  assert.equal(decodeBytes(bytes, "bin.dat").issues[0]?.code, "input-binary");
});

test("decodeResponse: a fetched body's control characters are removed whatever the charset step", () => {
  const r = decodeResponse(encodeWindows1256(PAGE), "https://example.org/a", "text/html; charset=windows-1256");
  assert.equal(r.value?.step, "header");
  assert.doesNotMatch(r.value?.text ?? "\u0000", /[\u0000\u0007]/);
});

test("a JSONL line's \\u0000 escapes are removed from every field", () => {
  const r = pageFromJsonlLine("d.jsonl#1", JSON.stringify({ title: "عنوان\u0000", text: "نص\u0000 الخبر\u0085", url: "https://example.org/\u0000a" }));
  assert.equal(r.page?.text, "عنوان\nنص الخبر");
  assert.equal(r.page?.url, "https://example.org/a");
});

test("character references to control characters do not reach the tree", () => {
  assert.equal(textOf(parseTree("<p title=\"a&#1;b\">نص&#1;&#x7f; الخبر</p>")), "نص الخبر");
  const p = parseTree("<p title=\"a&#1;b\">x</p>").children[0];
  assert.equal(typeof p === "object" ? p.attrs.title : null, "ab");
});
