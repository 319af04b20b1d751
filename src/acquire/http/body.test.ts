import { test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { BodyTooLargeError, parseContentEncoding, readBody, UnsupportedEncodingError } from "./body.js";

const TEXT = "خبر عاجل: ".repeat(100);
const stream = (b: Uint8Array) => Readable.from([Buffer.from(b)]);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

test("gzip, deflate (zlib and raw), br and stacked codings are undone", async () => {
  const raw = Buffer.from(TEXT);
  assert.equal(text(await readBody(stream(gzipSync(raw)), ["gzip"], 1e6)), TEXT);
  assert.equal(text(await readBody(stream(deflateSync(raw)), ["deflate"], 1e6)), TEXT);
  assert.equal(text(await readBody(stream(deflateRawSync(raw)), ["deflate"], 1e6)), TEXT);
  assert.equal(text(await readBody(stream(brotliCompressSync(raw)), ["br"], 1e6)), TEXT);
  assert.equal(text(await readBody(stream(brotliCompressSync(gzipSync(raw))), ["gzip", "br"], 1e6)), TEXT);
});

test("the cap applies after decompression", async () => {
  await assert.rejects(readBody(stream(gzipSync(Buffer.alloc(2e6))), ["gzip"], 1e6), BodyTooLargeError);
  await assert.rejects(readBody(stream(deflateRawSync(Buffer.alloc(2e6))), ["deflate"], 1e6), BodyTooLargeError);
});

test("truncating mode keeps the first bytes", async () => {
  const b = await readBody(stream(Buffer.from("abcdefghij")), [], 4, true);
  assert.equal(text(b), "abcd");
});

test("unknown codings fail; identity is ignored", async () => {
  assert.deepEqual(parseContentEncoding("gzip, identity, BR"), ["gzip", "br"]);
  await assert.rejects(readBody(stream(Buffer.from("x")), ["compress"], 10), UnsupportedEncodingError);
});
