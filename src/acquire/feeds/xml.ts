/**
 * Shared XML helpers for feeds, sitemaps and OPML, over fast-xml-parser (pinned 5.12.1: it is
 * tolerant of unclosed elements, bare ampersands and HTML entities that real feeds carry).
 * Rules:
 * - Tag values are kept as strings (no number parsing: a GUID of digits stays text).
 * - Namespace prefixes are kept (`media:content`, `dc:date`), and looked up by the conventional
 *   prefixes feeds use.
 * - Text helpers collapse white space and decode entities a second time when a feed escaped
 *   them twice (`&amp;quot;`), which is common.
 * - Dates become UTC ISO strings; RFC 822 dates with zone names Arabic sites use (EET, EEST, AST)
 *   are understood.
 */
import { XMLParser } from "fast-xml-parser";
import type { IsoDate } from "../../types.js";

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Parses XML leniently; null when the text is not XML at all. */
export function parseXml(text: string): XmlNode | null {
  const start = text.search(/<[A-Za-z?!]/);
  if (start < 0) return null;
  try {
    const tree = parser.parse(text.slice(start)) as XmlNode;
    return tree && typeof tree === "object" ? tree : null;
  } catch {
    return null;
  }
}

/** Children with this name, always as an array. */
export function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== "object") return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function child(node: unknown, name: string): unknown {
  return children(node, name)[0];
}

export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== "object") return null;
  const value = (node as XmlNode)[`@_${name}`];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The text of a node: a string, `#text` of an element with attributes, or null. */
export function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === "string" || typeof node === "number") {
    const s = String(node).trim();
    return s === "" ? null : s;
  }
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === "object") return textOf((node as XmlNode)["#text"]);
  return null;
}

export function childText(node: unknown, ...names: string[]): string | null {
  for (const name of names) {
    const t = textOf(child(node, name));
    if (t !== null) return t;
  }
  return null;
}

const DOUBLE_ESCAPED = /&(quot|amp|apos|lt|gt|nbsp|#\d+|#x[0-9a-f]+);/gi;
const NAMED: Record<string, string> = { quot: '"', amp: "&", apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

/** Decodes entities left by double escaping (`&amp;quot;` arrives as `&quot;`). */
export function decodeLeftoverEntities(text: string): string {
  return text.replace(DOUBLE_ESCAPED, (m, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16), m);
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10), m);
    return NAMED[lower] ?? m;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

const TAG = /<[^>]*>/g;
const SPACE = /[\s\u00a0]+/g;

/** HTML → plain text on one line: tags dropped, entities decoded, white space collapsed. */
export function plainText(html: string | null): string | null {
  if (html === null) return null;
  const text = decodeLeftoverEntities(html.replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, " ").replace(TAG, "")).replace(SPACE, " ").trim();
  return text === "" ? null : text;
}

/** Resolves `href` against `base`; null when it is not an http(s) URL. */
export function resolveUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

// Zone names seen in Arabic sites' RFC 822 dates that Date.parse does not know.
const ZONES: Record<string, string> = { EET: "+0200", EEST: "+0300", AST: "+0300", KSA: "+0300", GST: "+0400", CET: "+0100", CEST: "+0200", BST: "+0100", IST: "+0530" };
const ZONE_NAME = /\s([A-Z]{2,4})$/;

/** A feed or sitemap date → UTC ISO (`2026-11-24T07:00:00Z`); null when unreadable. */
export function toIsoDate(raw: string | null): IsoDate | null {
  if (!raw) return null;
  let text = raw.trim();
  const zone = ZONE_NAME.exec(text)?.[1];
  if (zone && ZONES[zone]) text = text.replace(ZONE_NAME, ` ${ZONES[zone]}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // A date-time without a zone is read as UTC, never as the machine's local time.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text = `${text.replace(" ", "T")}Z`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
