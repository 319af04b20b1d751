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

/**
 * A bomb of 1 GiB of zeros in 64 gzip members (a multi-member gzip file is one valid stream): about
 * 1 MB compressed, fed in 4 KB chunks that are counted as the reader pulls them.
 */
function countedBomb(): { stream: Readable; pulled: () => number; size: number } {
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024));
  const bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
  let offset = 0;
  const CHUNK = 4096;
  const source = new Readable({
    read() {
      if (offset >= bomb.length) return void this.push(null);
      this.push(bomb.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
  return { stream: source, pulled: () => offset, size: bomb.length };
}

test("a gzip bomb is stopped at the cap: only the compressed bytes the cap needs are read", async () => {
  const bomb = countedBomb();
  const cap = 1024 * 1024;
  await assert.rejects(readBody(bomb.stream, ["gzip"], cap), (e: unknown) => e instanceof BodyTooLargeError && e.isDecoded);
  // 1 MiB of output needs ~1 KB of input; the streams' buffers add a few hundred KB at most.
  assert.ok(bomb.pulled() < bomb.size / 4, `read ${bomb.pulled()} of ${bomb.size} compressed bytes`);
});

test("truncating mode keeps the first bytes", async () => {
  const b = await readBody(stream(Buffer.from("abcdefghij")), [], 4, true);
  assert.equal(text(b), "abcd");
});

test("unknown codings fail; identity is ignored", async () => {
  assert.deepEqual(parseContentEncoding("gzip, identity, BR"), ["gzip", "br"]);
  await assert.rejects(readBody(stream(Buffer.from("x")), ["compress"], 10), UnsupportedEncodingError);
});
