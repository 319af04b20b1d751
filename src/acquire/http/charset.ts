/**
 * Bytes of a fetched response → text. Order of evidence (the first that holds wins, and the winning
 * step is returned):
 * 1. `bom`: a UTF-8 / UTF-16 byte-order mark.
 * 2. `header`: the charset of the HTTP Content-Type, after the sanity checks below.
 * 3. `document`: `<meta charset>` / http-equiv, or an XML declaration's encoding, same checks.
 * 4. `detector`: valid UTF-8, else the better of windows-1256 / ISO-8859-6 (decode.ts).
 * Sanity checks on a declared single-byte charset:
 * - bytes that are valid UTF-8 with multi-byte sequences are UTF-8, whatever the label says
 *   (a legacy page is practically never valid UTF-8 by chance);
 * - a Latin label (ISO-8859-1, windows-1252, ASCII) on bytes that decode to mostly Arabic letters
 *   as windows-1256 or ISO-8859-6 is a mislabelled Arabic page: the Arabic decode wins;
 * - windows-1256 and ISO-8859-6 mislabelled as each other: the one with more Arabic letters wins.
 */
import { issue, type Result } from "../../issues.js";
import { decodeBytes, normalizeCharsetLabel, tryDecode, withoutControls } from "../decode.js";

export type CharsetStep = "bom" | "header" | "document" | "detector";

export interface DecodedResponse {
  text: string;
  charset: string;
  step: CharsetStep;
}

const LATIN_LABELS = new Set(["windows-1252", "iso-8859-1", "us-ascii", "iso-8859-15"]);
const ARABIC_LEGACY = ["windows-1256", "iso-8859-6"];
/** An Arabic re-decode must turn at least this share of letters Arabic to overrule a Latin label. */
const MIN_ARABIC_SHARE_TO_OVERRULE = 0.5;
/**
 * Real Arabic words are runs of Arabic letters; a Latin page forced into an Arabic code page gives
 * Arabic letters glued to Latin ones ("café" → "cafى"). Above this share of such letters the
 * Arabic reading is rejected.
 */
const MAX_MIXED_SCRIPT_SHARE = 0.2;
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset parameter of a Content-Type header, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  return contentType ? (CONTENT_TYPE_CHARSET.exec(contentType)?.[1] ?? null) : null;
}

/** The charset a document declares in its first 4 KiB: XML declaration or `<meta>`. */
export function sniffDocumentCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, SNIFF_BYTES));
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}

export function decodeResponse(bytes: Uint8Array, input: string, contentType: string | null | undefined): Result<DecodedResponse> {
  return withoutControls(decodeResponseText(bytes, input, contentType));
}

function decodeResponseText(bytes: Uint8Array, input: string, contentType: string | null | undefined): Result<DecodedResponse> {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return withStep(decodeBytes(bytes, input), "bom");
  if (bytes.length === 0) return { value: null, issues: [issue("input-empty", input)] };

  for (const [step, label] of [
    ["header", charsetFromContentType(contentType)],
    ["document", sniffDocumentCharset(bytes)],
  ] as const) {
    const charset = normalizeCharsetLabel(label);
    if (!charset) continue;
    const decoded = decodeDeclared(bytes, charset);
    if (decoded) return { value: { ...decoded, step: decoded.charset === charset ? step : "detector" }, issues: [] };
  }
  return withStep(decodeBytes(bytes, input, null), "detector");
}

function withStep(result: Result<{ text: string; charset: string }>, step: CharsetStep): Result<DecodedResponse> {
  return { value: result.value ? { ...result.value, step } : null, issues: result.issues };
}

/** Decodes with a declared charset after the sanity checks; null when the label cannot be right. */
function decodeDeclared(bytes: Uint8Array, charset: string): { text: string; charset: string } | null {
  const utf8 = strictUtf8(bytes);
  if (charset === "utf-8") return utf8 === null ? null : { text: utf8, charset };
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8) && !charset.startsWith("utf-16")) return { text: utf8, charset: "utf-8" };
  const text = tryDecode(bytes, charset);
  if (text === null) return null;
  if (LATIN_LABELS.has(charset) && bytes.some((b) => b >= 0x80)) {
    const arabic = bestArabic(bytes);
    if (arabic && arabic.share >= MIN_ARABIC_SHARE_TO_OVERRULE && mixedScriptShare(arabic.text) <= MAX_MIXED_SCRIPT_SHARE) {
      return { text: arabic.text, charset: arabic.charset };
    }
  }
  if (ARABIC_LEGACY.includes(charset)) {
    const arabic = bestArabic(bytes);
    if (arabic && arabic.charset !== charset && arabic.share > arabicShare(text) + 0.1) return { text: arabic.text, charset: arabic.charset };
  }
  if (text.includes("\ufffd")) return null;
  return { text, charset };
}

/** Share of Arabic letters that touch a Latin letter on either side. */
function mixedScriptShare(text: string): number {
  let arabic = 0;
  let mixed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) continue;
    arabic++;
    if (LATIN_LETTER.test(text[i - 1] ?? "") || LATIN_LETTER.test(text[i + 1] ?? "")) mixed++;
  }
  return arabic === 0 ? 1 : mixed / arabic;
}
const LATIN_LETTER = /^[A-Za-z\u00c0-\u024f]$/;

function bestArabic(bytes: Uint8Array): { text: string; charset: string; share: number } | null {
  let best: { text: string; charset: string; share: number } | null = null;
  for (const charset of ARABIC_LEGACY) {
    const text = tryDecode(bytes, charset);
    if (text === null) continue;
    const share = arabicShare(text);
    if (!best || share > best.share) best = { text, charset, share };
  }
  return best;
}

/**
 * Share of Arabic characters among the non-ASCII letters of a decode, counting U+FFFD and C1
 * controls as failed letters. ASCII is left out: HTML markup would swamp the text.
 */
export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if (c >= 0x0600 && c <= 0x06ff) {
      arabic++;
      letters++;
    } else if (c === 0xfffd || (c >= 0x80 && c < 0xa0) || /\p{L}/u.test(ch)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
