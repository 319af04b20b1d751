import { test } from "node:test";
import assert from "node:assert/strict";
import { charsetFromContentType, decodeResponse, sniffDocumentCharset } from "./charset.js";
import { encodeWindows1256 } from "./hostile-site.js";

const ARABIC = "<p>قال المتحدث باسم الوزارة إن الاجتماع سيعقد غداً</p>";
const utf8 = (s: string) => new TextEncoder().encode(s);

test("the header charset wins over <meta> when both are sane", () => {
  const bytes = encodeWindows1256(`<meta charset="utf-8">${ARABIC}`);
  const d = decodeResponse(bytes, "x", "text/html; charset=windows-1256");
  assert.equal(d.value?.charset, "windows-1256");
  assert.equal(d.value?.step, "header");
});

test("a BOM wins over everything", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]);
  const d = decodeResponse(bytes, "x", "text/html; charset=windows-1256");
  assert.equal(d.value?.step, "bom");
  assert.equal(d.value?.text, ARABIC);
});

test("windows-1256 labelled ISO-8859-1 is re-read as Arabic", () => {
  const d = decodeResponse(encodeWindows1256(ARABIC), "x", "text/html; charset=ISO-8859-1");
  assert.equal(d.value?.text, ARABIC);
  assert.equal(d.value?.charset, "windows-1256");
});

test("a real Latin-1 page labelled ISO-8859-1 stays Latin-1", () => {
  const bytes = new Uint8Array([...utf8("<p>Le caf"), 0xe9, ...utf8(" est fran"), 0xe7, ...utf8("ais</p>")]);
  const d = decodeResponse(bytes, "x", "text/html; charset=iso-8859-1");
  assert.equal(d.value?.text, "<p>Le café est français</p>");
});

test("no label anywhere: the detector finds UTF-8 or windows-1256", () => {
  assert.equal(decodeResponse(utf8(ARABIC), "x", "text/html").value?.step, "detector");
  const legacy = decodeResponse(encodeWindows1256(ARABIC), "x", null);
  assert.equal(legacy.value?.text, ARABIC);
});

test("an XML declaration's encoding is honoured for feeds", () => {
  const xml = `<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>أخبار</title></channel></rss>`;
  assert.equal(sniffDocumentCharset(encodeWindows1256(xml)), "windows-1256");
  const d = decodeResponse(encodeWindows1256(xml), "x", "application/rss+xml");
  assert.equal(d.value?.step, "document");
  assert.ok(d.value?.text.includes("أخبار"));
});

test("charsetFromContentType reads quoted and bare parameters", () => {
  assert.equal(charsetFromContentType('text/html; charset="UTF-8"'), "UTF-8");
  assert.equal(charsetFromContentType("text/html;charset=windows-1256"), "windows-1256");
  assert.equal(charsetFromContentType("text/html"), null);
  assert.equal(charsetFromContentType(null), null);
});

test("empty bodies are an issue", () => {
  assert.equal(decodeResponse(new Uint8Array(0), "x", "text/html").issues[0]?.code, "input-empty");
});
