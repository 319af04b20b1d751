import { test } from "node:test";
import assert from "node:assert/strict";
import { TextDecoder as WhatwgTextDecoder } from "@exodus/bytes/encoding.js";
import { decodeBytes, normalizeCharsetLabel, prescanLabel } from "./decode.js";

const ARABIC = "وزارة الصحة تطلق حملة تطعيم في المدارس الابتدائية";
const ascii = (s: string): number[] => [...new TextEncoder().encode(s)];
const hex = (s: string): number[] => s.split(" ").map((h) => parseInt(h, 16));

/** Encoder for a single-byte code page, built from TextDecoder's own table (no encoder ships in Node). */
function encodeSingleByte(text: string, charset: string): Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`decode.test: ${ch} not in ${charset}`);
    return b;
  }));
}

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const head = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  const out = new Uint8Array(head.length + text.length * 2);
  out.set(head);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[head.length + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[head.length + 1 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** A page declaring `label` in `<meta>`, with `body` bytes inside a paragraph. */
function metaPage(label: string, body: number[]): Uint8Array {
  return new Uint8Array([...ascii(`<!doctype html><html><head><meta charset="${label}"><title>t</title></head><body><p>`), ...body, ...ascii("</p></body></html>")]);
}

const bodyOf = (text: string | undefined): string => /<p>([\s\S]*)<\/p>/.exec(text ?? "")?.[1] ?? "";

test("UTF-8 without BOM", () => {
  assert.deepEqual(decodeBytes(new TextEncoder().encode(ARABIC), "a").value, { text: ARABIC, charset: "utf-8", step: "detector" });
});

test("UTF-8 with BOM: the BOM is dropped", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARABIC)]);
  assert.deepEqual(decodeBytes(bytes, "a").value, { text: ARABIC, charset: "utf-8", step: "bom" });
});

test("UTF-16LE and UTF-16BE with BOM", () => {
  assert.equal(decodeBytes(utf16(ARABIC, false), "a").value?.charset, "utf-16le");
  assert.equal(decodeBytes(utf16(ARABIC, true), "a").value?.text, ARABIC);
});

test("family UTF-8: its labels in <meta> and in the header", () => {
  for (const label of ["utf-8", "UTF8", "unicode-1-1-utf-8", "x-unicode20utf8"]) {
    const r = decodeBytes(metaPage(label, ascii("ok")), "a");
    assert.equal(r.value?.charset, "utf-8", label);
    assert.equal(r.value?.step, "document", label);
  }
  const r = decodeBytes(new TextEncoder().encode(`<p>${ARABIC}</p>`), "a", { transportCharset: "utf8" });
  assert.deepEqual([r.value?.charset, r.value?.step], ["utf-8", "header"]);
});

test("family legacy single-byte: every encoding, declared by one of its labels, reads its own letters", () => {
  const encodings = [
    ["ibm866", "cp866"], ["iso-8859-2", "latin2"], ["iso-8859-3", "l3"], ["iso-8859-4", "latin4"], ["iso-8859-5", "cyrillic"],
    ["iso-8859-6", "arabic"], ["iso-8859-7", "greek"], ["iso-8859-8", "hebrew"], ["iso-8859-8-i", "logical"], ["iso-8859-10", "latin6"],
    ["iso-8859-13", "iso8859-13"], ["iso-8859-14", "iso885914"], ["iso-8859-15", "l9"], ["iso-8859-16", "iso-8859-16"],
    ["koi8-r", "koi8"], ["koi8-u", "koi8-ru"], ["macintosh", "mac"], ["windows-874", "tis-620"], ["windows-1250", "cp1250"],
    ["windows-1251", "x-cp1251"], ["windows-1252", "latin1"], ["windows-1253", "cp1253"], ["windows-1254", "iso-8859-9"],
    ["windows-1255", "cp1255"], ["windows-1256", "cp1256"], ["windows-1257", "cp1257"], ["windows-1258", "cp1258"],
    ["x-mac-cyrillic", "x-mac-ukrainian"],
  ] as const;
  for (const [name, label] of encodings) {
    assert.equal(normalizeCharsetLabel(label), name, label);
    // sixteen letters of the encoding's upper half, each inside an ASCII word as in real text
    const reference = new WhatwgTextDecoder(name);
    const letters = Array.from({ length: 96 }, (_, i) => 0xa0 + i).filter((b) => /\p{L}/u.test(reference.decode(new Uint8Array([b])))).slice(0, 16);
    const body = letters.flatMap((b) => [0x6b, b, 0x61, 0x20]);
    const r = decodeBytes(metaPage(label, body), "a");
    assert.deepEqual([r.value?.charset, r.value?.step], [name, "document"], label);
    assert.equal(bodyOf(r.value?.text), reference.decode(new Uint8Array(body)), label);
    assert.deepEqual(r.issues, [], label);
  }
});

test("family legacy single-byte: the German ISO-8859-1 and the Polish windows-1250 pages are read, not rejected", () => {
  const german = decodeBytes(metaPage("ISO-8859-1", hex("4d fc 6c 6c 65 72 20 73 63 68 6c 69 65 df 74 20 64 69 65 20 54 fc 72")), "de.html");
  assert.equal(bodyOf(german.value?.text), "Müller schließt die Tür");
  assert.equal(german.value?.charset, "windows-1252");
  const polish = decodeBytes(metaPage("windows-1250", hex("5a 61 bf f3 b3 e6 20 67 ea 9c 6c b9 20 6a 61 9f f1")), "pl.html");
  assert.equal(bodyOf(polish.value?.text), "Zażółć gęślą jaźń");
  const header = decodeBytes(new Uint8Array(hex("5a 61 bf f3 b3 e6")), "pl.html", { transportCharset: "iso-8859-2" });
  assert.deepEqual([header.value?.text, header.value?.step], ["Zażółć", "header"]);
});

test("family legacy multi-byte Chinese (simplified): gbk, gb2312, gb18030", () => {
  for (const label of ["gbk", "GB2312", "gb18030", "x-gbk", "chinese"]) {
    const r = decodeBytes(metaPage(label, hex("d6 d0 ce c4 d0 c2 ce c5")), "a");
    assert.equal(bodyOf(r.value?.text), "中文新闻", label);
  }
});

test("family legacy multi-byte Chinese (traditional): big5", () => {
  for (const label of ["big5", "big5-hkscs", "x-x-big5", "cn-big5"]) {
    assert.equal(bodyOf(decodeBytes(metaPage(label, hex("a4 a4 a4 e5 b7 73 bb 44")), "a").value?.text), "中文新聞", label);
  }
});

test("family legacy multi-byte Japanese: euc-jp, iso-2022-jp, shift_jis", () => {
  assert.equal(bodyOf(decodeBytes(metaPage("euc-jp", hex("c6 fc cb dc b8 ec")), "a").value?.text), "日本語");
  assert.equal(bodyOf(decodeBytes(metaPage("csISO2022JP", hex("1b 24 42 46 7c 4b 5c 38 6c 1b 28 42")), "a").value?.text), "日本語");
  for (const label of ["shift_jis", "sjis", "windows-31j", "x-sjis"]) {
    assert.equal(bodyOf(decodeBytes(metaPage(label, hex("93 fa 96 7b 8c ea")), "a").value?.text), "日本語", label);
  }
});

test("family legacy multi-byte Korean: euc-kr", () => {
  for (const label of ["euc-kr", "ks_c_5601-1987", "windows-949", "korean"]) {
    assert.equal(bodyOf(decodeBytes(metaPage(label, hex("c7 d1 b1 b9 be ee")), "a").value?.text), "한국어", label);
  }
});

test("family legacy miscellaneous: replacement labels are not obeyed; UTF-16 and x-user-defined", () => {
  for (const label of ["iso-2022-kr", "hz-gb-2312", "csiso2022kr", "iso-2022-cn"]) {
    assert.equal(normalizeCharsetLabel(label), null, label);
    const r = decodeBytes(metaPage(label, ascii("plain text")), "kr.html");
    assert.equal(bodyOf(r.value?.text), "plain text", label);
    assert.equal(r.issues[0]?.code, "input-unknown-charset", label);
    assert.equal(r.issues[0]?.fatal, false);
  }
  // a UTF-16 label inside the bytes can only be read if the bytes are ASCII-compatible: UTF-8
  assert.equal(decodeBytes(metaPage("utf-16le", ascii("x")), "a").value?.charset, "utf-8");
  assert.equal(decodeBytes(utf16(`<p>${ARABIC}</p>`, false, false), "a", { transportCharset: "utf-16le" }).value?.text, `<p>${ARABIC}</p>`);
  // x-user-defined: as the header says; in <meta>, windows-1252
  assert.equal(decodeBytes(new Uint8Array([0x41, 0x80]), "a", { transportCharset: "x-user-defined" }).value?.text, "A\uF780");
  assert.equal(decodeBytes(metaPage("x-user-defined", [...ascii("caf"), 0xe9, ...ascii(" au lait")]), "a").value?.charset, "windows-1252");
});

test("UTF-16 without a BOM is recognized by its NUL bytes, not refused as binary", () => {
  const le = decodeBytes(utf16(`<html><body><p>${ARABIC}</p></body></html>`, false, false), "a");
  assert.deepEqual([le.value?.charset, le.value?.text.includes(ARABIC)], ["utf-16le", true]);
  const be = decodeBytes(utf16("<html><body><p>plain</p></body></html>", true, false), "a");
  assert.equal(be.value?.charset, "utf-16be");
});

test("the header label wins over <meta>", () => {
  const bytes = metaPage("utf-8", hex("5a 61 bf f3"));
  const r = decodeBytes(bytes, "a", { transportCharset: "windows-1250" });
  assert.deepEqual([bodyOf(r.value?.text), r.value?.step], ["Zażó", "header"]);
});

test("prescan: meta http-equiv, XML declaration, comments skipped", () => {
  assert.equal(prescanLabel(new Uint8Array(ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'))), "windows-1256");
  assert.equal(prescanLabel(new Uint8Array(ascii('<?xml version="1.0" encoding="ISO-8859-6"?><rss/>'))), "ISO-8859-6");
  assert.equal(prescanLabel(new Uint8Array(ascii('<!-- <meta charset="koi8-r"> --><p>x</p>'))), null);
  assert.equal(prescanLabel(new Uint8Array(ascii("<p>no label</p>"))), null);
});

test("Arabic on top: windows-1256 labelled ISO-8859-1 is read as Arabic", () => {
  const r = decodeBytes(metaPage("iso-8859-1", [...encodeSingleByte(ARABIC, "windows-1256")]), "a");
  assert.equal(bodyOf(r.value?.text), ARABIC);
  assert.deepEqual([r.value?.charset, r.value?.step], ["windows-1256", "detector"]);
});

test("Arabic on top: ISO-8859-6 labelled windows-1256 is read as ISO-8859-6", () => {
  const text = "وزارة الصحة تطلق حملة في المدارس";
  const r = decodeBytes(metaPage("windows-1256", [...encodeSingleByte(text, "iso-8859-6")]), "a");
  assert.deepEqual([bodyOf(r.value?.text), r.value?.charset], [text, "iso-8859-6"]);
});

test("Arabic on top: UTF-8 labelled windows-1256 is UTF-8", () => {
  const r = decodeBytes(metaPage("windows-1256", ascii(ARABIC)), "a");
  assert.deepEqual([bodyOf(r.value?.text), r.value?.charset], [ARABIC, "utf-8"]);
});

test("Arabic on top: a real Latin-1 page labelled ISO-8859-1 stays Latin-1", () => {
  const r = decodeBytes(metaPage("iso-8859-1", [...ascii("Le caf"), 0xe9, ...ascii(" est fran"), 0xe7, ...ascii("ais")]), "a");
  assert.equal(bodyOf(r.value?.text), "Le café est français");
});

test("no label: windows-1256 and ISO-8859-6 are detected", () => {
  assert.deepEqual(decodeBytes(encodeSingleByte(`${ARABIC}\n`, "windows-1256"), "a").value, { text: `${ARABIC}\n`, charset: "windows-1256", step: "detector" });
  const text = "وزارة الصحة تطلق حملة في المدارس";
  assert.equal(decodeBytes(encodeSingleByte(text, "iso-8859-6"), "a").value?.charset, "iso-8859-6");
});

test("no label and not UTF-8 or Arabic: windows-1252, the standard's default", () => {
  const r = decodeBytes(new Uint8Array([...ascii("Gr"), 0xfc, ...ascii("n und gro"), 0xdf]), "a");
  assert.deepEqual(r.value, { text: "Grün und groß", charset: "windows-1252", step: "default" });
  assert.deepEqual(r.issues, []);
});

test("a UTF-8 label on Latin-1 bytes is ignored: the detector decides", () => {
  const r = decodeBytes(metaPage("utf-8", [...ascii("Gr"), 0xfc, ...ascii("n")]), "a");
  assert.equal(bodyOf(r.value?.text), "Grün");
});

test("undecodable bytes become U+FFFD with a non-fatal issue, never a rejected page", () => {
  const r = decodeBytes(metaPage("shift_jis", [...hex("93 fa 96 7b"), 0x85, 0x20]), "bad.html");
  assert.ok(bodyOf(r.value?.text).startsWith("日本\uFFFD"));
  assert.deepEqual(r.issues.map((i) => [i.code, i.fatal, i.input]), [["input-undecodable-bytes", false, "bad.html"]]);
});

test("empty input is an issue naming the input", () => {
  const r = decodeBytes(new Uint8Array(), "empty.txt");
  assert.equal(r.value, null);
  assert.deepEqual([r.issues[0]?.code, r.issues[0]?.input], ["input-empty", "empty.txt"]);
});

test("binary input (NUL bytes) is refused", () => {
  const r = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x1a, 0x0a, 0, 0]), "img.png");
  assert.equal(r.issues[0]?.code, "input-binary");
});

test("truncated UTF-8 decodes the complete part with a warning", () => {
  const bytes = new TextEncoder().encode(`${ARABIC}م`);
  const r = decodeBytes(bytes.subarray(0, bytes.length - 1), "cut.txt");
  assert.equal(r.value?.text, ARABIC);
  assert.deepEqual(r.issues.map((i) => [i.code, i.fatal]), [["input-truncated-utf8", false]]);
});

test("UTF-8 with one stray byte stays UTF-8, with a warning, even under a legacy label", () => {
  const good = new TextEncoder().encode(ARABIC.repeat(30));
  const bytes = new Uint8Array([...good.subarray(0, 100), 0xff, ...good.subarray(100)]);
  const r = decodeBytes(bytes, "stray.txt");
  assert.equal(r.value?.charset, "utf-8");
  assert.deepEqual(r.issues.map((i) => i.code), ["input-invalid-utf8-bytes"]);
  assert.equal(decodeBytes(bytes, "stray.txt", { transportCharset: "windows-1252" }).value?.charset, "utf-8");
});

test("normalizeCharsetLabel maps WHATWG labels to encoding names", () => {
  assert.equal(normalizeCharsetLabel(" UTF8 "), "utf-8");
  assert.equal(normalizeCharsetLabel("cp1256"), "windows-1256");
  assert.equal(normalizeCharsetLabel("ISO-8859-6"), "iso-8859-6");
  assert.equal(normalizeCharsetLabel("ascii"), "windows-1252");
  assert.equal(normalizeCharsetLabel("no-such-charset"), null);
  assert.equal(normalizeCharsetLabel(null), null);
});
