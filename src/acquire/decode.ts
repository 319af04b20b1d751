/**
 * Bytes → text for local files and fetched bodies: the encoding sniffing algorithm of the HTML
 * standard (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding),
 * with marsad's Arabic sniffing on top. Order of evidence, the first that holds wins (the step is
 * returned):
 * 1. `bom`: a UTF-8 / UTF-16LE / UTF-16BE byte-order mark.
 * 2. `header`: the transport layer's label (HTTP Content-Type charset), passed in by the caller.
 * 3. `document`: the prescan of the first PRESCAN_BYTES for `<meta charset>`, `<meta http-equiv
 *    content-type>` or an XML declaration (encoding-sniffer); a UTF-16 label there means UTF-8 and
 *    `x-user-defined` means windows-1252, as the standard says.
 * 4. `detector`: UTF-16 without a BOM (NUL bytes in every other place), valid UTF-8, UTF-8 with a
 *    few damaged bytes, then the better of windows-1256 and ISO-8859-6.
 * 5. `default`: windows-1252, the standard's default for pages that say nothing.
 * Every WHATWG label is understood and decoded by the standard's own tables (@exodus/bytes). A label of
 * the `replacement` encoding (ISO-2022-KR, HZ…) or an unknown label is not obeyed: the next step
 * decides, with a non-fatal issue naming the label.
 * Arabic sniffing on a declared label (news sites mislabel often):
 * - bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the label says (a
 *   legacy page is practically never valid UTF-8 by chance), and so are bytes that are UTF-8 but
 *   for a few stray bytes;
 * - a Latin label (windows-1252 and its aliases, ISO-8859-15) on bytes that read as mostly Arabic
 *   letters in windows-1256 or ISO-8859-6 is a mislabelled Arabic page: the Arabic reading wins;
 * - windows-1256 and ISO-8859-6 mislabelled as each other: the one with more Arabic letters wins;
 * - a UTF-8 label on bytes that are not UTF-8 is ignored and the detector decides.
 * Never rejected for its encoding: bytes invalid in the chosen encoding become U+FFFD with a
 * non-fatal issue counting them. Rejected with an issue naming the input: empty input and binary
 * content (more than a few NUL bytes or mostly control characters, outside UTF-16).
 * Control characters left in the decoded text (a stray NUL, C1 junk) are removed as the last step
 * (arabic/control-characters.ts), so every backend stores the same text.
 */
import { labelToName, TextDecoder as WhatwgTextDecoder } from "@exodus/bytes/encoding.js";
import { ResultType, Sniffer } from "encoding-sniffer/sniffer";
import { issue, type Issue, type Result } from "../issues.js";
import { removeControlCharacters } from "../arabic/control-characters.js";

export type CharsetStep = "bom" | "header" | "document" | "detector" | "default";

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding the bytes were read in (lower case). */
  charset: string;
  step: CharsetStep;
}

export interface DecodeOptions {
  /** The transport layer's label (an HTTP Content-Type charset); default none. */
  transportCharset?: string | null;
}

/** The standard prescans 1024 bytes; the parser then obeys a later `<meta>` in the head, so read on. */
const PRESCAN_BYTES = 16384;
const BINARY_SNIFF_BYTES = 8192;
/** Above this share of control bytes in the sniffed prefix, a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** NUL bytes a text file may carry as damage before it is taken for a binary. */
const MAX_STRAY_NULS = 8;
const MAX_NUL_SHARE = 0.01;
/**
 * UTF-16 without BOM: NUL in at least this share of the high-byte places (every ASCII space and
 * tag gives one) and ten times fewer in the low-byte places (only rare characters like U+4E00).
 */
const UTF16_NUL_SHARE = 0.1;
const UTF16_NUL_CONTRAST = 10;
/** A legacy Arabic decode is accepted when at least this share of its letters are Arabic. */
const MIN_ARABIC_LETTER_SHARE = 0.3;
/** An Arabic re-decode must turn at least this share of letters Arabic to overrule a Latin label. */
const MIN_ARABIC_SHARE_TO_OVERRULE = 0.5;
/**
 * Real Arabic words are runs of Arabic letters; a Latin page forced into an Arabic code page gives
 * Arabic letters glued to Latin ones ("café" → "cafى"). Above this share of such letters the
 * Arabic reading is rejected.
 */
const MAX_MIXED_SCRIPT_SHARE = 0.2;
/** Share of U+FFFD above which bytes are not damaged UTF-8. */
const MAX_INVALID_UTF8_SHARE = 0.001;
/** One stray byte inside a character gives two U+FFFD; a short file may have a couple of those. */
const MIN_INVALID_UTF8_ALLOWED = 4;
/**
 * Damaged UTF-8: its valid multi-byte characters must outnumber the damage this much; a few
 * accented letters of a Latin-1 page are invalid UTF-8 too, with nothing valid around them.
 */
const DAMAGED_UTF8_MIN_VALID_RATIO = 10;
const LATIN_LABELS = new Set(["windows-1252", "iso-8859-15"]);
const ARABIC_LEGACY = ["windows-1256", "iso-8859-6"] as const;
const REPLACEMENT = /\uFFFD/g;

export function decodeBytes(bytes: Uint8Array, input: string, options: DecodeOptions = {}): Result<DecodedText> {
  if (bytes.length === 0) return { value: null, issues: [issue("input-empty", input)] };

  const bom = charsetFromBom(bytes);
  if (bom) return done(decodeAs(bytes.subarray(bom.length), bom.charset), bom.charset, "bom", input, []);

  const issues: Issue[] = [];
  const header = resolveLabel(options.transportCharset, "header", input, issues);
  if (header === "utf-16le" || header === "utf-16be") return done(decodeAs(bytes, header), header, "header", input, issues);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return done(decodeAs(bytes, utf16), utf16, "detector", input, issues);
  if (looksBinary(bytes)) return { value: null, issues: [issue("input-binary", input)] };

  const declared = header ? { charset: header, step: "header" as const } : documentCharset(bytes, input, issues);
  if (declared) {
    const decoded = decodeDeclared(bytes, declared.charset, input);
    if (decoded) return done(decoded.text, decoded.charset, decoded.charset === declared.charset ? declared.step : "detector", input, [...issues, ...decoded.issues]);
  }
  const detected = detect(bytes, input);
  return done(detected.text, detected.charset, detected.step, input, [...issues, ...detected.issues]);
}

interface Decoded {
  text: string;
  charset: string;
  issues: Issue[];
}

/** The result, with a non-fatal issue when bytes had to be replaced by U+FFFD. */
function done(text: string, charset: string, step: CharsetStep, input: string, issues: Issue[]): Result<DecodedText> {
  const alreadyCounted = issues.some((i) => i.code === "input-invalid-utf8-bytes" || i.code === "input-truncated-utf8");
  if (!alreadyCounted && text.includes("\uFFFD")) {
    const replaced = text.match(REPLACEMENT)!.length;
    issues.push(issue("input-undecodable-bytes", input, { fatal: false, detail: `${replaced} byte sequence(s) not valid ${charset} replaced by U+FFFD` }));
  }
  return { value: { text: removeControlCharacters(text), charset, step }, issues };
}

function charsetFromBom(b: Uint8Array): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

/** The WHATWG encoding of a label (lower case), or null with an issue when it cannot be obeyed. */
function resolveLabel(label: string | null | undefined, step: CharsetStep, input: string, issues: Issue[]): string | null {
  if (!label) return null;
  const name = normalizeCharsetLabel(label);
  if (name) return name;
  const why = labelToName(label.trim()) === "replacement" ? "an encoding browsers refuse to decode (replacement)" : "no known encoding";
  issues.push(issue("input-unknown-charset", input, { fatal: false, actual: label, detail: `the ${step} label names ${why}; the encoding was detected instead` }));
  return null;
}

/** Maps a WHATWG label to the lower-case name of its encoding; null for unknown and `replacement` labels. */
export function normalizeCharsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = labelToName(label.trim())?.toLowerCase() ?? null;
  return name === "replacement" ? null : name;
}

/** The prescan's label (`document` step), following the standard's two substitutions. */
function documentCharset(bytes: Uint8Array, input: string, issues: Issue[]): { charset: string; step: CharsetStep } | null {
  const label = prescanLabel(bytes);
  const name = resolveLabel(label, "document", input, issues);
  if (!name) return null;
  if (name === "utf-16le" || name === "utf-16be") return { charset: "utf-8", step: "document" };
  if (name === "x-user-defined") return { charset: "windows-1252", step: "document" };
  return { charset: name, step: "document" };
}

/** The label a `<meta>` or XML declaration states in the head of the bytes, as written; null when none. */
export function prescanLabel(bytes: Uint8Array): string | null {
  const sniffer = new Sniffer({ maxBytes: PRESCAN_BYTES, defaultEncoding: "" });
  sniffer.write(bytes.subarray(0, PRESCAN_BYTES));
  const found = sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING;
  return found && sniffer.encoding ? sniffer.encoding : null;
}

/**
 * `bytes` read as `charset` (a WHATWG name or label), invalid sequences as U+FFFD. UTF-8 and UTF-16
 * go through Node's decoder; the legacy encodings through @exodus/bytes, which follows the
 * standard's tables: Node's ICU lacks ISO-8859-16 and x-user-defined, reads windows-1252 as
 * Latin-1 (0x80–0x9F become C1 controls instead of € and curly quotes) and differs in koi8-u,
 * windows-874, Big5, EUC-JP, Shift_JIS and EUC-KR.
 */
export function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset === "utf-8" || charset === "utf-16le" || charset === "utf-16be") return new TextDecoder(charset).decode(bytes);
  return new WhatwgTextDecoder(charset).decode(bytes);
}

/** `bytes` decoded as `charset`, or null when the label names no encoding. */
export function tryDecode(bytes: Uint8Array, charset: string): string | null {
  const name = normalizeCharsetLabel(charset);
  return name ? decodeAs(bytes, name) : null;
}

/** Decodes with a declared encoding after the Arabic and UTF-8 checks; null to let the detector decide. */
function decodeDeclared(bytes: Uint8Array, charset: string, input: string): Decoded | null {
  const utf8 = strictUtf8(bytes);
  if (charset === "utf-8") return utf8 === null ? (decodeDamagedUtf8(bytes, input) ?? decodeTruncatedUtf8(bytes, input)) : { text: utf8, charset, issues: [] };
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, charset: "utf-8", issues: [] };
  const damaged = decodeDamagedUtf8(bytes, input);
  if (damaged) return damaged;
  const text = decodeAs(bytes, charset);
  if (LATIN_LABELS.has(charset) && bytes.some((b) => b >= 0x80)) {
    const arabic = bestArabic(bytes);
    if (arabic && arabic.share >= MIN_ARABIC_SHARE_TO_OVERRULE && mixedScriptShare(arabic.text) <= MAX_MIXED_SCRIPT_SHARE) {
      return { text: arabic.text, charset: arabic.charset, issues: [] };
    }
  }
  if ((ARABIC_LEGACY as readonly string[]).includes(charset)) {
    const arabic = bestArabic(bytes);
    if (arabic && arabic.charset !== charset && arabic.share > arabicShare(text) + 0.1) return { text: arabic.text, charset: arabic.charset, issues: [] };
  }
  return { text, charset, issues: [] };
}

/** No usable label: UTF-8 (whole, truncated or slightly damaged), legacy Arabic, else the default. */
function detect(bytes: Uint8Array, input: string): Decoded & { step: CharsetStep } {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: "utf-8", issues: [], step: "detector" };
  const damaged = decodeTruncatedUtf8(bytes, input) ?? decodeDamagedUtf8(bytes, input);
  if (damaged) return { ...damaged, step: "detector" };
  const arabic = bestLegacyArabic(bytes);
  if (arabic) return { ...arabic, issues: [], step: "detector" };
  return { text: decodeAs(bytes, "windows-1252"), charset: "windows-1252", issues: [], step: "default" };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 cut in the middle of its last character: the complete part, with a warning. */
function decodeTruncatedUtf8(bytes: Uint8Array, input: string): Decoded | null {
  const cut = incompleteUtf8Tail(bytes);
  if (cut === 0) return null;
  const text = strictUtf8(bytes.subarray(0, bytes.length - cut));
  if (text === null) return null;
  return { text, charset: "utf-8", issues: [issue("input-truncated-utf8", input, { fatal: false, detail: `last ${cut} byte(s) dropped` })] };
}

/**
 * UTF-8 with a few stray bytes: at most MAX_INVALID_UTF8_SHARE of its characters, and its valid
 * multi-byte characters outnumber them DAMAGED_UTF8_MIN_VALID_RATIO times.
 */
function decodeDamagedUtf8(bytes: Uint8Array, input: string): Decoded | null {
  const text = new TextDecoder("utf-8").decode(bytes);
  const invalid = text.match(REPLACEMENT)?.length ?? 0;
  if (invalid === 0 || invalid > Math.max(MIN_INVALID_UTF8_ALLOWED, text.length * MAX_INVALID_UTF8_SHARE)) return null;
  if (countNonAscii(text) - invalid < invalid * DAMAGED_UTF8_MIN_VALID_RATIO) return null;
  return { text, charset: "utf-8", issues: [issue("input-invalid-utf8-bytes", input, { fatal: false, detail: `${invalid} invalid byte sequence(s)` })] };
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
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

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every high-byte place. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * UTF16_NUL_SHARE && evenNul * UTF16_NUL_CONTRAST <= oddNul) return "utf-16le";
  if (evenNul >= pairs * UTF16_NUL_SHARE && oddNul * UTF16_NUL_CONTRAST <= evenNul) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) nul++;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  // a few NULs are damage in a text file (removed when decoded); a binary has many
  return nul > Math.max(MAX_STRAY_NULS, n * MAX_NUL_SHARE) || control / n > MAX_CONTROL_SHARE;
}

function bestArabic(bytes: Uint8Array): { text: string; charset: string; share: number } | null {
  let best: { text: string; charset: string; share: number } | null = null;
  for (const charset of ARABIC_LEGACY) {
    const text = decodeAs(bytes, charset);
    const share = arabicShare(text);
    if (!best || share > best.share) best = { text, charset, share };
  }
  return best;
}

function bestLegacyArabic(bytes: Uint8Array): { text: string; charset: string } | null {
  let best: { text: string; charset: string; score: number } | null = null;
  for (const charset of ARABIC_LEGACY) {
    const text = decodeAs(bytes, charset);
    const score = legacyScore(text);
    if (score > 0 && (!best || score > best.score)) best = { text, charset, score };
  }
  return best ? { text: best.text, charset: best.charset } : null;
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

const LATIN_LETTER = /^[A-Za-z\u00c0-\u024f]$/;

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
