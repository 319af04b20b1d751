/**
 * Page metadata, read in one walk over the tree. Rules, strongest source first:
 * - JSON-LD objects typed Article / NewsArticle / BlogPosting / Report… (also inside `@graph` and
 *   arrays): headline, datePublished, dateModified, author, publisher, image, keywords, articleBody;
 * - OpenGraph and `article:*` meta, Twitter cards, Dublin Core and the usual `name=` date metas;
 * - microdata / RDFa on any element (`itemprop`, `property` with `content` or `datetime`);
 * - `<link rel=canonical>` then `og:url` for the URL, `<html lang>` for the declared language;
 * - the page's other addresses (ADDRESS_METAS, `<link rel=amphtml>`, `rel=alternate` with `hreflang`
 *   or a feed type): the same story's path, which may hold its day where the canonical one does not;
 * - the first `<base href>`: what the page's relative links resolve against (HTML's document base URL).
 * Values are kept as written; choosing among them happens in the extractor.
 */
import { attr, cleanText, elements, textOf, type El } from "./tree.js";

export interface PageMeta {
  /** meta name/property/itemprop (lower-cased) → contents, in document order. */
  metas: Map<string, string[]>;
  jsonLd: JsonLdArticle[];
  /** Elements carrying `itemprop` or RDFa `property`, by the (lower-cased) property name. */
  props: Map<string, El[]>;
  times: El[];
  titleTag: string;
  canonical: string | null;
  lang: string | null;
  /** Anchors with rel=tag. */
  tagLinks: El[];
  /**
   * The page's own addresses besides `<link rel=canonical>`, in document order: og:url,
   * twitter:url, al:web:url, `<link rel=amphtml>` (its AMP version), `rel=alternate` with
   * `hreflang` (the story in another language) or a feed type (the story's comment feed).
   */
  addresses: string[];
  /** The first `<base href>`, as written; null when the page has none. */
  base: string | null;
}

/** Metas naming the page's own address (Open Graph, Twitter cards, App Links). */
const ADDRESS_METAS = new Set(["og:url", "twitter:url", "al:web:url"]);
/** A feed's MIME type: a story's `rel=alternate` feed is its comment feed, filed under the story's path. */
const FEED_TYPE = /rss|atom/i;

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  image: string | null;
  keywords: string[];
  articleBody: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|ItemPage|Blog)$/;

export function readMeta(root: El): PageMeta {
  const meta: PageMeta = { metas: new Map(), jsonLd: [], props: new Map(), times: [], titleTag: "", canonical: null, lang: null, tagLinks: [], addresses: [], base: null };
  for (const el of elements(root)) {
    switch (el.tag) {
      case "html":
        meta.lang ??= el.attrs.lang ?? el.attrs["xml:lang"] ?? null;
        break;
      case "title":
        if (!meta.titleTag) meta.titleTag = cleanText(textOf(el));
        break;
      case "meta": {
        const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? "").toLowerCase().trim();
        const content = el.attrs.content;
        if (key && content !== undefined) push(meta.metas, key, cleanText(decodeEntities(content)));
        if (ADDRESS_METAS.has(key) && content) meta.addresses.push(content.trim());
        if (el.attrs["http-equiv"]?.toLowerCase() === "content-language" && content) meta.lang ??= content;
        break;
      }
      case "link": {
        const rel = attr(el, "rel").toLowerCase();
        const rels = rel.split(/\s+/);
        if (rels.includes("canonical") && el.attrs.href && !meta.canonical) meta.canonical = el.attrs.href.trim();
        if (el.attrs.href && (rels.includes("amphtml") || (rels.includes("alternate") && (el.attrs.hreflang !== undefined || FEED_TYPE.test(attr(el, "type")))))) meta.addresses.push(el.attrs.href.trim());
        break;
      }
      case "base":
        if (el.attrs.href?.trim()) meta.base ??= el.attrs.href.trim();
        break;
      case "script":
        if (/ld\+json/i.test(attr(el, "type"))) readJsonLd(textOf(el), meta.jsonLd);
        break;
      case "time":
        meta.times.push(el);
        break;
      case "a":
        if (/\btag\b/i.test(attr(el, "rel"))) meta.tagLinks.push(el);
        break;
    }
    const prop = el.attrs.itemprop ?? (el.tag !== "meta" ? el.attrs.property : undefined);
    if (prop) for (const p of prop.toLowerCase().split(/\s+/)) push(meta.props, p, el);
  }
  return meta;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First meta content among the keys (in the keys' order of preference). */
export function firstMeta(meta: PageMeta, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.metas.get(k)?.find((x) => x !== "");
    if (v) return v;
  }
  return null;
}

/** The value of an itemprop/property element: content, datetime, href/src, else its text. */
export function propValue(el: El): string {
  return cleanText(el.attrs.content ?? el.attrs.datetime ?? (el.tag === "meta" ? "" : el.attrs.href ?? el.attrs.src ?? textOf(el)));
}

function readJsonLd(text: string, out: JsonLdArticle[]): void {
  let data: unknown;
  try {
    data = JSON.parse(unwrapScript(text).replace(/[\u0000-\u001f]+/g, " "));
  } catch {
    return;
  }
  visit(data, out, 0);
}

/**
 * The JSON inside a script body, without the wrappers that XHTML-era templates and CMS plugins put
 * around it: an HTML comment (`<!-- … -->`) or a CDATA section (`<![CDATA[ … ]]>`, often behind
 * `//` or in `/* … *\/` so that scripts still parse).
 */
function unwrapScript(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/|\/\*)?\s*(?:<!--|<!\[CDATA\[)\s*(?:\*\/)?/, "")
    .replace(/(?:\/\/|\/\*)?\s*(?:-->|\]\]>)\s*(?:\*\/)?$/, "")
    .trim();
}

function visit(node: unknown, out: JsonLdArticle[], depth: number): void {
  if (depth > 6 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) visit(n, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
  const type = types.find((t) => ARTICLE_TYPES.test(t));
  if (type) {
    out.push({
      type,
      headline: str(o.headline) ?? str(o.name),
      datePublished: str(o.datePublished) ?? str(o.dateCreated),
      dateModified: str(o.dateModified),
      authors: names(o.author),
      publisher: names(o.publisher)[0] ?? null,
      image: imageUrl(o.image),
      keywords: keywords(o.keywords),
      articleBody: str(o.articleBody),
      url: str(o.url) ?? str(o.mainEntityOfPage),
    });
  }
  if (o["@graph"]) visit(o["@graph"], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === "object") visit(o.mainEntity, out, depth + 1);
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", laquo: "«", raquo: "»", hellip: "…", ndash: "–", mdash: "—" };

/** JSON-LD and meta values are often HTML-escaped twice (`&amp;quot;`): undo the inner layer. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

function str(v: unknown): string | null {
  if (typeof v === "string") return cleanText(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object" && "@id" in v) return str((v as Record<string, unknown>)["@id"]);
  return null;
}

function names(v: unknown): string[] {
  const out: string[] = [];
  for (const x of ([] as unknown[]).concat(v ?? [])) {
    const name = typeof x === "string" ? x : x && typeof x === "object" ? (x as Record<string, unknown>).name : null;
    if (typeof name === "string" && cleanText(name)) out.push(cleanText(decodeEntities(name)));
  }
  return out;
}

function imageUrl(v: unknown): string | null {
  const first = ([] as unknown[]).concat(v ?? [])[0];
  if (typeof first === "string") return first;
  if (first && typeof first === "object") {
    const o = first as Record<string, unknown>;
    return typeof o.url === "string" ? o.url : typeof o.contentUrl === "string" ? o.contentUrl : null;
  }
  return null;
}

function keywords(v: unknown): string[] {
  if (typeof v === "string") return decodeEntities(v).split(/[,،]/).map(cleanText).filter(Boolean);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").map(cleanText).filter(Boolean);
  return [];
}
