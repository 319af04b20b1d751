/**
 * Bytes → text for local files and fetched bodies.
 *
 * Order of evidence: BOM (UTF-8, UTF-16LE/BE) → a declared charset (HTTP header or `<meta>`,
 * passed in by the caller or read from the first 4 KiB of HTML) checked for sanity → valid UTF-8 →
 * the better-scoring of windows-1256 and ISO-8859-6 (the two legacy Arabic code pages).
 * Decoding is done by the WHATWG TextDecoder that ships with Node's ICU.
 *
 * Rejected with an issue naming the input: empty input, binary content (more than a few NUL bytes
 * or mostly control characters outside a UTF-16 BOM), and text that decodes to garbage in every
 * candidate. Control characters left in decoded text (a stray NUL, C1 junk) are removed
 * (arabic/control-characters.ts), so every backend stores the same text.
 * A UTF-8 file cut in the middle of a character decodes with a non-fatal issue, and so does a UTF-8
 * file with a few stray invalid bytes (at most MAX_INVALID_UTF8_SHARE of its characters): such a
 * file is damaged UTF-8, and reading it as windows-1256 would turn all of it into mojibake.
 */
import { issue, type Issue, type Result } from "../issues.js";
import { removeControlCharacters } from "../arabic/control-characters.js";

export interface DecodedText {
  text: string;
  charset: string;
}

const SNIFF_BYTES = 8192;
/** Above this share of control bytes in the sniffed prefix, a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** NUL bytes a text file may carry as damage; BOM-less UTF-16 has one every two bytes of ASCII. */
const MAX_STRAY_NULS = 8;
const MAX_NUL_SHARE = 0.01;
/** A legacy decode is accepted when at least this share of its letters are Arabic and few are invalid. */
const MIN_ARABIC_LETTER_SHARE = 0.3;

/** Share of U+FFFD above which a non-UTF-8 file is not treated as damaged UTF-8. */
const MAX_INVALID_UTF8_SHARE = 0.001;
/** One stray byte inside a character gives two U+FFFD; a short file may have a couple of those. */
const MIN_INVALID_UTF8_ALLOWED = 4;
const REPLACEMENT = /\uFFFD/g;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function decodeBytes(bytes: Uint8Array, input: string, declaredCharset?: string | null): Result<DecodedText> {
  return withoutControls(decodeAny(bytes, input, declaredCharset));
}

/** The decoded text with its control characters removed (the last step of every decode). */
export function withoutControls<T extends DecodedText>(result: Result<T>): Result<T> {
  if (!result.value) return result;
  return { ...result, value: { ...result.value, text: removeControlCharacters(result.value.text) } };
}

function decodeAny(bytes: Uint8Array, input: string, declaredCharset?: string | null): Result<DecodedText> {
  if (bytes.length === 0) return { value: null, issues: [issue("input-empty", input)] };

  const bom = charsetFromBom(bytes);
  if (bom) return { value: { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.length)), charset: bom.charset }, issues: [] };

  if (looksBinary(bytes)) return { value: null, issues: [issue("input-binary", input)] };

  const declared = normalizeCharsetLabel(declaredCharset ?? sniffMetaCharset(bytes));
  if (declared && declared !== "utf-8") {
    const text = tryDecode(bytes, declared);
    if (text !== null && isPlausibleLegacyDecode(text)) return { value: { text, charset: declared }, issues: [] };
  }

  const utf8 = decodeUtf8(bytes, input) ?? decodeDamagedUtf8(bytes, input);
  if (utf8) return utf8;

  const best = bestLegacyArabic(bytes);
  if (best) return { value: best, issues: [] };
  return { value: null, issues: [issue("input-bad-encoding", input, { detail: "not UTF-8, UTF-16, windows-1256 or ISO-8859-6" })] };
}

function charsetFromBom(b: Uint8Array): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) nul++;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  // a few NULs are damage in a text file (removed when decoded); binaries and BOM-less UTF-16 have many
  return nul > Math.max(MAX_STRAY_NULS, n * MAX_NUL_SHARE) || control / n > MAX_CONTROL_SHARE;
}

function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/** Maps labels to the names TextDecoder knows; latin-1 labels on Arabic pages are usually wrong. */
export function normalizeCharsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l === "utf8") return "utf-8";
  if (l === "cp1256" || l === "windows1256" || l === "x-cp1256") return "windows-1256";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** `bytes` decoded as `charset` (a WHATWG label), or null when the label is unknown. */
export function tryDecode(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array, input: string): Result<DecodedText> | null {
  try {
    return { value: { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" }, issues: [] };
  } catch {
    const cut = incompleteUtf8Tail(bytes);
    if (cut === 0) return null;
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      const warning: Issue = issue("input-truncated-utf8", input, { fatal: false, detail: `last ${cut} byte(s) dropped` });
      return { value: { text, charset: "utf-8" }, issues: [warning] };
    } catch {
      return null;
    }
  }
}

function decodeDamagedUtf8(bytes: Uint8Array, input: string): Result<DecodedText> | null {
  const text = new TextDecoder("utf-8").decode(bytes);
  const invalid = text.match(REPLACEMENT)?.length ?? 0;
  if (invalid === 0 || invalid > Math.max(MIN_INVALID_UTF8_ALLOWED, text.length * MAX_INVALID_UTF8_SHARE)) return null;
  const warning = issue("input-invalid-utf8-bytes", input, { fatal: false, detail: `${invalid} invalid byte sequence(s)` });
  return { value: { text, charset: "utf-8" }, issues: [warning] };
}

/** Number of bytes at the end that start a UTF-8 sequence the file does not finish (0 if none). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function bestLegacyArabic(bytes: Uint8Array): DecodedText | null {
  let best: { text: string; charset: string; score: number } | null = null;
  for (const charset of ["windows-1256", "iso-8859-6"]) {
    const text = tryDecode(bytes, charset);
    if (text === null) continue;
    const score = legacyScore(text);
    if (score > 0 && (!best || score > best.score)) best = { text, charset, score };
  }
  return best ? { text: best.text, charset: best.charset } : null;
}

function isPlausibleLegacyDecode(text: string): boolean {
  return legacyScore(text) > 0 || !/[\u0080-\u00ff]/.test(text);
}

/** Share of Arabic letters among letters, minus invalid characters; ≤ 0 means implausible. */
function legacyScore(text: string): number {
  let arabic = 0;
  let letters = 0;
  let invalid = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c >= 0x80 && c < 0xa0)) invalid++;
    else if (c >= 0x0621 && c <= 0x06ff) {
      arabic++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  if (letters === 0) return 0;
  const share = arabic / letters - invalid / Math.max(1, letters);
  return share >= MIN_ARABIC_LETTER_SHARE ? share : 0;
}
