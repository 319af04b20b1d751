/**
 * Feed autodiscovery from an HTML page. Pure. Rules:
 * - `<link rel="alternate">` (rel may hold several tokens) with an RSS, Atom, RDF or JSON Feed type
 *   (`application/rss+xml`, `application/atom+xml`, `application/rdf+xml`,
 *   `application/feed+json`, `application/json` with rel alternate);
 * - hrefs resolved against `<base href>`, then the page URL; duplicates dropped, order kept;
 * - only the `<head>` region (up to `</head>` or the first 256 KiB) is scanned: discovery links
 *   live there and pages can be large.
 * `sniffSourceKind` tells feeds, sitemaps, OPML, HTML and URL lists apart by their first bytes.
 */
import { canonicalUrl } from "./dedupe.js";
import { resolveUrl } from "./xml.js";

const HEAD_LIMIT = 256 * 1024;
const LINK_TAG = /<link\b[^>]*>/gi;
const BASE_TAG = /<base\b[^>]*>/i;
const ATTRIBUTE = /([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const FEED_TYPES = /^application\/(rss|atom|rdf|feed)\+(xml|json)$|^application\/json$|^text\/xml$/i;

export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const inner = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const m of inner.matchAll(ATTRIBUTE)) out[m[1]!.toLowerCase()] = decodeAttr(m[2] ?? m[3] ?? m[4] ?? "");
  return out;
}

function decodeAttr(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");
}

export function discoverFeeds(html: string, pageUrl: string): string[] {
  const headEnd = html.search(/<\/head>/i);
  const head = html.slice(0, headEnd >= 0 ? headEnd : HEAD_LIMIT);
  const baseHref = BASE_TAG.exec(head);
  const base = (baseHref && resolveUrl(attributesOf(baseHref[0]).href ?? null, pageUrl)) || pageUrl;
  const found: string[] = [];
  const seen = new Set<string>();
  for (const tag of head.match(LINK_TAG) ?? []) {
    const a = attributesOf(tag);
    const rels = (a.rel ?? "").toLowerCase().split(/\s+/);
    if (!rels.includes("alternate") || !FEED_TYPES.test((a.type ?? "").trim())) continue;
    const url = resolveUrl(a.href ?? null, base);
    if (!url || seen.has(canonicalUrl(url))) continue;
    seen.add(canonicalUrl(url));
    found.push(url);
  }
  return found;
}

export type SourceKind = "feed" | "sitemap" | "opml" | "html" | "url-list" | "unknown";

/** What a fetched or local document is, from its start (and Content-Type when known). */
export function sniffSourceKind(text: string, contentType: string | null = null): SourceKind {
  const head = text.replace(/^\uFEFF/, "").slice(0, 4096).trimStart();
  const type = (contentType ?? "").toLowerCase();
  if (head.startsWith("{") && /jsonfeed\.org/.test(head)) return "feed";
  // a DOCTYPE may carry an internal subset in brackets, with `>` inside its declarations
  const stripped = head.replace(/^<\?xml[^>]*>\s*/i, "").replace(/^(<!--[\s\S]*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>\s*)*/i, "");
  if (/^<(rss|rdf:RDF|feed)\b/i.test(stripped)) return "feed";
  if (/^<(urlset|sitemapindex)\b/i.test(stripped)) return "sitemap";
  if (/^<opml\b/i.test(stripped)) return "opml";
  if (/^<(html|head|body|meta|title|link|div|p)\b/i.test(stripped) || /^<!doctype html/i.test(head) || type.includes("html")) return "html";
  const lines = head.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  if (lines.length > 0 && lines.every((l) => /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(l))) return "url-list";
  return "unknown";
}
