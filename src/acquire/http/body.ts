/**
 * Reading a response body under a size cap. Rules:
 * - Content-Encoding gzip, x-gzip, deflate (zlib-wrapped or raw) and br are undone, in reverse
 *   order of application; an unknown coding is an error, never passed through as text.
 * - The cap applies to the DECODED bytes and is checked chunk by chunk while inflating, so a
 *   compression bomb stops as soon as it passes the cap; the raw bytes are capped too.
 */
import { Transform, Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from "node:zlib";

export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly isDecoded: boolean,
  ) {
    super(`body is larger than ${limit} bytes${isDecoded ? " after decompression" : ""}`);
    this.name = "BodyTooLargeError";
  }
}

export class UnsupportedEncodingError extends Error {
  constructor(readonly coding: string) {
    super(`unsupported Content-Encoding "${coding}"`);
    this.name = "UnsupportedEncodingError";
  }
}

/** Splits a Content-Encoding header into codings, in the order they were applied. */
export function parseContentEncoding(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
}

/**
 * Reads `body` through the decoders for `codings`. Once more than `maxBytes` come out it fails, or,
 * with `isTruncating`, stops reading and returns the first `maxBytes`.
 */
export async function readBody(body: Readable, codings: string[], maxBytes: number, isTruncating = false): Promise<Uint8Array> {
  const decoders = [...codings].reverse().map(decoderFor);
  const chunks: Buffer[] = [];
  let decoded = 0;
  const tooLarge = new BodyTooLargeError(maxBytes, codings.length > 0);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (decoded + chunk.length > maxBytes) {
        if (isTruncating) chunks.push(chunk.subarray(0, maxBytes - decoded));
        decoded = Math.min(maxBytes, decoded + chunk.length);
        return done(tooLarge);
      }
      decoded += chunk.length;
      chunks.push(chunk);
      done();
    },
  });
  try {
    await pipeline([body, rawCap(isTruncating ? Infinity : maxBytes), ...decoders, sink]);
  } catch (error) {
    if (!(isTruncating && error === tooLarge)) throw error;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function rawCap(maxBytes: number): Transform {
  let raw = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      raw += chunk.length;
      if (raw > maxBytes) return done(new BodyTooLargeError(maxBytes, false));
      done(null, chunk);
    },
  });
}

function decoderFor(coding: string): Transform {
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "br":
      return createBrotliDecompress();
    case "deflate":
      return deflateDecoder();
    default:
      throw new UnsupportedEncodingError(coding);
  }
}

/** "deflate" is zlib-wrapped per RFC 9110, but some servers send raw deflate: sniff the header byte. */
function deflateDecoder(): Transform {
  let inner: Transform | null = null;
  const outer: Transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!inner) {
        // zlib header: low nibble 8 (deflate method) and the header checksum divisible by 31.
        const isZlib = chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
        inner = isZlib ? createInflate() : createInflateRaw();
        inner.on("data", (d: Buffer) => outer.push(d));
        inner.on("error", (e) => outer.destroy(e));
      }
      if (inner.write(chunk)) done();
      else inner.once("drain", () => done());
    },
    flush(done) {
      if (!inner) return done();
      inner.once("end", () => done());
      inner.end();
    },
    destroy(error, done) {
      inner?.destroy();
      done(error);
    },
  });
  return outer;
}

/** True when bytes start with the gzip magic number (a `.xml.gz` sitemap served as a file). */
export function isGzipped(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
