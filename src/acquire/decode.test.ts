import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes, normalizeCharsetLabel } from "./decode.js";

const ARABIC = "وزارة الصحة تطلق حملة تطعيم في المدارس الابتدائية";

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

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

test("UTF-8 without BOM", () => {
  assert.deepEqual(decodeBytes(new TextEncoder().encode(ARABIC), "a").value, { text: ARABIC, charset: "utf-8" });
});

test("UTF-8 with BOM: the BOM is dropped", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARABIC)]);
  assert.equal(decodeBytes(bytes, "a").value?.text, ARABIC);
});

test("UTF-16LE and UTF-16BE with BOM", () => {
  assert.deepEqual(decodeBytes(utf16(ARABIC, false), "a").value, { text: ARABIC, charset: "utf-16le" });
  assert.deepEqual(decodeBytes(utf16(ARABIC, true), "a").value, { text: ARABIC, charset: "utf-16be" });
});

test("windows-1256 is detected", () => {
  const r = decodeBytes(encodeSingleByte(`${ARABIC}\n`, "windows-1256"), "a");
  assert.deepEqual(r.value, { text: `${ARABIC}\n`, charset: "windows-1256" });
});

test("ISO-8859-6 is detected", () => {
  const text = "وزارة الصحة تطلق حملة في المدارس";
  const r = decodeBytes(encodeSingleByte(text, "iso-8859-6"), "a");
  assert.deepEqual(r.value, { text, charset: "iso-8859-6" });
});

test("a declared charset is used when plausible", () => {
  const r = decodeBytes(encodeSingleByte(ARABIC, "windows-1256"), "a", "cp1256");
  assert.equal(r.value?.charset, "windows-1256");
});

test("empty input is an issue naming the input", () => {
  const r = decodeBytes(new Uint8Array(), "empty.txt");
  assert.equal(r.value, null);
  assert.deepEqual([r.issues[0]?.code, r.issues[0]?.input], ["input-empty", "empty.txt"]);
});

test("binary input (NUL bytes) is refused", () => {
  const r = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "img.png");
  assert.equal(r.issues[0]?.code, "input-binary");
});

test("truncated UTF-8 decodes the complete part with a warning", () => {
  const bytes = new TextEncoder().encode(`${ARABIC}م`);
  const r = decodeBytes(bytes.subarray(0, bytes.length - 1), "cut.txt");
  assert.equal(r.value?.text, ARABIC);
  assert.deepEqual(r.issues.map((i) => [i.code, i.fatal]), [["input-truncated-utf8", false]]);
});

test("UTF-8 with one stray byte stays UTF-8, with a warning", () => {
  const good = new TextEncoder().encode(ARABIC.repeat(30));
  const bytes = new Uint8Array([...good.subarray(0, 100), 0xff, ...good.subarray(100)]);
  const r = decodeBytes(bytes, "stray.txt");
  assert.equal(r.value?.charset, "utf-8");
  assert.equal(r.issues[0]?.code, "input-invalid-utf8-bytes");
});

test("normalizeCharsetLabel maps common labels", () => {
  assert.equal(normalizeCharsetLabel("UTF8"), "utf-8");
  assert.equal(normalizeCharsetLabel("cp1256"), "windows-1256");
  assert.equal(normalizeCharsetLabel("ISO-8859-6"), "iso-8859-6");
  assert.equal(normalizeCharsetLabel("no-such-charset"), null);
  assert.equal(normalizeCharsetLabel(null), null);
});
