/**
 * Sitemaps → URLs. Pure. Rules:
 * - `<sitemapindex>` lists child sitemaps; `<urlset>` lists pages with `lastmod`, Google News
 *   fields (`news:publication_date`, `news:title`, `news:language`, `news:name`) and images.
 * - A plain-text sitemap (one URL per line) is accepted too.
 * - Locations are resolved against the sitemap URL; non-http(s) ones are dropped.
 * - robots.txt `Sitemap:` lines come from robots.ts; gzipped sitemaps are inflated by the client.
 * - Entries are parsed apart, a thousand at a time (split-elements.ts): a 50,000-URL sitemap never
 *   stands whole as a tree.
 */
import { issue, type Result } from "../../issues.js";
import type { Sitemap, SitemapUrl } from "./feed-types.js";
import { entryNodes, rootTest, splitEntries, type EntryParents } from "./split-elements.js";
import { child, children, childText, parseXml, resolveUrl, textOf, toIsoDate } from "./xml.js";

const SITEMAP_ENTRIES: EntryParents = new Map([
  ["url", new Set(["urlset"])],
  ["sitemap", new Set(["sitemapindex"])],
]);

export function parseSitemap(text: string, url: string, input: string = url): Result<Sitemap> {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed.startsWith("<")) return parseTextSitemap(trimmed, url, input);
  const { rest, entries } = splitEntries(trimmed, SITEMAP_ENTRIES);
  const tree = parseXml(rest);
  const nodes = (name: string): unknown[] => entryNodes(entries, name);
  const isRoot = rootTest(entries.length);
  if (isRoot(tree?.sitemapindex)) {
    const sitemaps = nodes("sitemap").flatMap((s) => {
      const loc = resolveUrl(childText(s, "loc"), url);
      return loc ? [{ url: loc, lastModified: toIsoDate(childText(s, "lastmod")) }] : [];
    });
    return { value: { kind: "index", url, sitemaps, urls: [] }, issues: [] };
  }
  if (isRoot(tree?.urlset)) {
    const urls = nodes("url").flatMap((u): SitemapUrl[] => {
      const loc = resolveUrl(childText(u, "loc"), url);
      if (!loc) return [];
      const news = child(u, "news:news");
      const images = children(u, "image:image")
        .map((i) => resolveUrl(childText(i, "image:loc"), url))
        .filter((i): i is string => i !== null);
      return [
        {
          url: loc,
          lastModified: toIsoDate(childText(u, "lastmod")),
          news: news
            ? {
                publishedAt: toIsoDate(childText(news, "news:publication_date")),
                title: childText(news, "news:title"),
                language: childText(child(news, "news:publication"), "news:language"),
                publication: childText(child(news, "news:publication"), "news:name"),
              }
            : null,
          images,
        },
      ];
    });
    return { value: { kind: "urlset", url, sitemaps: [], urls }, issues: [] };
  }
  const root = tree ? Object.keys(tree)[0] : null;
  return { value: null, issues: [issue("sitemap-invalid", input, { detail: root ? `root element <${root}>` : "not XML" })] };
}

function parseTextSitemap(text: string, url: string, input: string): Result<Sitemap> {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const urls = lines.map((l) => resolveUrl(textOf(l), url)).filter((u): u is string => u !== null && /^https?:\/\//i.test(u));
  if (urls.length === 0 || urls.length < lines.length / 2) {
    return { value: null, issues: [issue("sitemap-invalid", input, { detail: "neither XML nor a list of URLs" })] };
  }
  return { value: { kind: "urlset", url, sitemaps: [], urls: urls.map((u) => ({ url: u, lastModified: null, news: null, images: [] })) }, issues: [] };
}
