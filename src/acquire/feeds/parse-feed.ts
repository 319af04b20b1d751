/**
 * Feeds → items. Pure. Formats: RSS 0.9x and 2.0, RSS 1.0 (RDF), Atom 1.0 (and 0.3), JSON Feed
 * 1.0/1.1, with Media RSS (`media:content`, `media:thumbnail`, `media:group`), `content:encoded`,
 * Dublin Core (`dc:date`, `dc:creator`, `dc:subject`) and the syndication module (`sy:`).
 * Rules:
 * - Item links are resolved against `xml:base`, then the feed's URL; non-http(s) links are dropped.
 * - Atom: the `alternate` link (or the first link without rel) is the article.
 * - An item's key is its GUID / id when present, else its canonical URL (dedupe.ts); items with
 *   neither title nor link are dropped; repeated keys within a feed are dropped (first kept).
 * - A broken feed still yields what can be read: unclosed elements, HTML entities and bare `&`
 *   are tolerated by the parser; a document that is no feed at all is a `feed-invalid` issue.
 * - Items and entries are parsed apart, a thousand at a time (split-elements.ts): a feed of 100,000
 *   items never stands whole as a tree, and an item the parser cannot read is dropped alone.
 */
import { issue, type Result } from "../../issues.js";
import type { Feed, FeedItem, FeedMedia } from "./feed-types.js";
import { canonicalUrl } from "./dedupe.js";
import { entryNodes, rootTest, splitEntries, type EntryParents } from "./split-elements.js";
import { attr, child, children, childText, decodeLeftoverEntities, parseXml, plainText, resolveUrl, textOf, toIsoDate, type XmlNode } from "./xml.js";

const FEED_ENTRIES: EntryParents = new Map([
  ["item", new Set(["channel", "rss", "rdf:RDF"])],
  ["entry", new Set(["feed"])],
]);

/** `input` names the feed in issues; `url` resolves relative links (usually the same). */
export function parseFeed(text: string, url: string, input: string = url): Result<Feed> {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("{")) return parseJsonFeed(trimmed, url, input);
  const { rest, entries } = splitEntries(trimmed, FEED_ENTRIES);
  const tree = parseXml(rest);
  if (!tree) return invalid(input, "not XML or JSON");
  const nodes = (name: string): XmlNode[] => entryNodes(entries, name) as XmlNode[];
  let feed: Feed | null = null;
  const isRoot = rootTest(entries.length);
  if (isRoot(tree.rss)) feed = parseRss(tree.rss, url, "rss", nodes("item"));
  else if (isRoot(tree["rdf:RDF"])) feed = parseRss(tree["rdf:RDF"], url, "rdf", nodes("item"));
  else if (isRoot(tree.feed)) feed = parseAtom(tree.feed, url, nodes("entry"));
  if (!feed) {
    const root = Object.keys(tree).find((k) => !k.startsWith("?") && !k.startsWith("#"));
    return invalid(input, root ? `root element <${root}>` : "no root element");
  }
  return { value: { ...feed, items: dedupeWithin(feed.items) }, issues: [] };
}

function invalid(input: string, detail: string): Result<Feed> {
  return { value: null, issues: [issue("feed-invalid", input, { detail })] };
}

/** `itemNodes`: the feed's items, inside the channel (RSS 0.9x/2.0) or beside it (RSS 1.0). */
function parseRss(root: unknown, url: string, format: "rss" | "rdf", itemNodes: XmlNode[]): Feed {
  const channel = child(root, "channel") ?? {};
  const base = resolveUrl(attr(channel, "xml:base") ?? attr(root, "xml:base"), url) ?? url;
  const ttl = Number(childText(channel, "ttl"));
  return {
    format,
    url,
    title: cleanTitle(childText(channel, "title")),
    siteUrl: resolveUrl(childText(channel, "link"), base),
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : syndicationMinutes(channel),
    items: itemNodes.map((node) => rssItem(node, base)).filter((i): i is FeedItem => i !== null),
  };
}

const SY_PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

function syndicationMinutes(channel: unknown): number | null {
  const period = childText(channel, "sy:updatePeriod")?.toLowerCase();
  if (!period || !SY_PERIOD_MINUTES[period]) return null;
  const frequency = Number(childText(channel, "sy:updateFrequency") ?? 1);
  return SY_PERIOD_MINUTES[period]! / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1);
}

function rssItem(node: unknown, feedBase: string): FeedItem | null {
  const base = resolveUrl(attr(node, "xml:base"), feedBase) ?? feedBase;
  const guidNode = child(node, "guid");
  const guid = textOf(guidNode);
  const isPermaLink = guid !== null && attr(guidNode, "isPermaLink") !== "false" && /^https?:\/\//i.test(guid);
  const url = resolveUrl(childText(node, "link") ?? attr(node, "rdf:about") ?? (isPermaLink ? guid : null), base);
  const contentHtml = childText(node, "content:encoded");
  const description = childText(node, "description");
  const media = [...mediaOf(node, base), ...enclosures(node, base)];
  return makeItem({
    guid: guid ?? attr(node, "rdf:about"),
    url,
    title: cleanTitle(childText(node, "title")),
    summary: plainText(description),
    contentHtml: contentHtml ?? null,
    publishedAt: toIsoDate(childText(node, "pubDate", "dc:date", "dcterms:issued")),
    updatedAt: toIsoDate(childText(node, "dcterms:modified", "atom:updated")),
    author: cleanTitle(childText(node, "dc:creator", "author")),
    categories: [...children(node, "category"), ...children(node, "dc:subject")].map(textOf).filter((c): c is string => c !== null).map(decodeLeftoverEntities),
    media,
  });
}

function enclosures(node: unknown, base: string): FeedMedia[] {
  return children(node, "enclosure").flatMap((e) => {
    const url = resolveUrl(attr(e, "url"), base);
    const type = attr(e, "type");
    return url ? [{ url, type, medium: type?.split("/")[0] ?? null, title: null }] : [];
  });
}

/** Media RSS: media:content / media:thumbnail, directly or inside media:group. */
function mediaOf(node: unknown, base: string): FeedMedia[] {
  const holders = [node, ...children(node, "media:group")];
  const out: FeedMedia[] = [];
  for (const holder of holders) {
    for (const m of [...children(holder, "media:content"), ...children(holder, "media:thumbnail")]) {
      const url = resolveUrl(attr(m, "url"), base);
      if (!url || out.some((o) => o.url === url)) continue;
      const type = attr(m, "type");
      out.push({ url, type, medium: attr(m, "medium") ?? type?.split("/")[0] ?? "image", title: cleanTitle(childText(m, "media:title") ?? childText(holder, "media:title")) });
    }
  }
  return out;
}

function parseAtom(root: unknown, url: string, entryNodes: XmlNode[]): Feed {
  const base = resolveUrl(attr(root, "xml:base"), url) ?? url;
  return {
    format: "atom",
    url,
    title: cleanTitle(atomText(child(root, "title"))),
    siteUrl: atomLink(root, base),
    ttlMinutes: syndicationMinutes(root),
    items: entryNodes
      .map((entry) => atomEntry(entry, base))
      .filter((i): i is FeedItem => i !== null),
  };
}

function atomEntry(node: unknown, feedBase: string): FeedItem | null {
  const base = resolveUrl(attr(node, "xml:base"), feedBase) ?? feedBase;
  const content = child(node, "content");
  const contentType = attr(content, "type");
  const contentText = atomText(content);
  const summary = atomText(child(node, "summary"));
  const enclosureLinks: FeedMedia[] = children(node, "link")
    .filter((l) => attr(l, "rel") === "enclosure")
    .flatMap((l) => {
      const href = resolveUrl(attr(l, "href"), base);
      const type = attr(l, "type");
      return href ? [{ url: href, type, medium: type?.split("/")[0] ?? null, title: null }] : [];
    });
  return makeItem({
    guid: childText(node, "id"),
    url: atomLink(node, base),
    title: cleanTitle(plainText(atomText(child(node, "title")))),
    summary: plainText(summary ?? (contentType === "text" ? contentText : null)),
    contentHtml: contentType === "text" ? null : contentText,
    publishedAt: toIsoDate(childText(node, "published", "issued", "updated", "modified")),
    updatedAt: toIsoDate(childText(node, "updated", "modified")),
    author: cleanTitle(childText(child(node, "author"), "name")),
    categories: children(node, "category").map((c) => attr(c, "label") ?? attr(c, "term")).filter((c): c is string => c !== null),
    media: [...mediaOf(node, base), ...enclosureLinks],
  });
}

/** Atom text constructs: plain string, or an element whose `#text` is the (escaped) content. */
function atomText(node: unknown): string | null {
  return textOf(node);
}

function atomLink(node: unknown, base: string): string | null {
  const links = children(node, "link");
  const alternate = links.find((l) => attr(l, "rel") === "alternate" && (attr(l, "type") ?? "text/html").includes("html")) ?? links.find((l) => attr(l, "rel") === null || attr(l, "rel") === "alternate");
  return resolveUrl(attr(alternate, "href") ?? textOf(alternate), base);
}

interface JsonFeedItem {
  id?: unknown;
  url?: unknown;
  external_url?: unknown;
  title?: unknown;
  content_html?: unknown;
  content_text?: unknown;
  summary?: unknown;
  image?: unknown;
  banner_image?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  author?: { name?: unknown };
  authors?: { name?: unknown }[];
  tags?: unknown;
  attachments?: { url?: unknown; mime_type?: unknown; title?: unknown }[];
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : null);

function parseJsonFeed(text: string, url: string, input: string): Result<Feed> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return invalid(input, "not valid JSON");
  }
  const d = doc as { version?: unknown; title?: unknown; home_page_url?: unknown; items?: unknown; feed_url?: unknown };
  if (typeof d !== "object" || d === null || !Array.isArray(d.items) || !/jsonfeed\.org\/version\//.test(String(d.version ?? ""))) {
    return invalid(input, "JSON without a jsonfeed.org version and an items array");
  }
  const items = (d.items as JsonFeedItem[]).flatMap((raw): FeedItem[] => {
    if (!raw || typeof raw !== "object") return [];
    const author = str(raw.authors?.[0]?.name) ?? str(raw.author?.name);
    const media: FeedMedia[] = [];
    for (const image of [raw.image, raw.banner_image]) {
      const u = resolveUrl(str(image), url);
      if (u) media.push({ url: u, type: null, medium: "image", title: null });
    }
    for (const a of Array.isArray(raw.attachments) ? raw.attachments : []) {
      const u = resolveUrl(str(a?.url), url);
      const type = str(a?.mime_type);
      if (u) media.push({ url: u, type, medium: type?.split("/")[0] ?? null, title: str(a?.title) });
    }
    const item = makeItem({
      guid: str(raw.id),
      url: resolveUrl(str(raw.url) ?? str(raw.external_url), url),
      title: cleanTitle(str(raw.title)),
      summary: str(raw.summary) ?? plainText(str(raw.content_text)),
      contentHtml: str(raw.content_html),
      publishedAt: toIsoDate(str(raw.date_published)),
      updatedAt: toIsoDate(str(raw.date_modified)),
      author,
      categories: Array.isArray(raw.tags) ? raw.tags.map(str).filter((t): t is string => t !== null) : [],
      media,
    });
    return item ? [item] : [];
  });
  return {
    value: { format: "json", url, title: cleanTitle(str(d.title)), siteUrl: resolveUrl(str(d.home_page_url), url), ttlMinutes: null, items: dedupeWithin(items) },
    issues: [],
  };
}

function makeItem(fields: Omit<FeedItem, "key">): FeedItem | null {
  if (!fields.url && !fields.title) return null;
  const key = fields.guid ?? (fields.url ? canonicalUrl(fields.url) : null);
  if (!key) return null;
  return { key, ...fields };
}

function cleanTitle(text: string | null): string | null {
  if (text === null) return null;
  const t = decodeLeftoverEntities(text).replace(/[\s\u00a0]+/g, " ").trim();
  return t === "" ? null : t;
}

function dedupeWithin(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const keys = [item.key, item.url ? canonicalUrl(item.url) : null].filter((k): k is string => k !== null);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}
