/**
 * OPML feed lists → feeds. Pure. Rules:
 * - Every `<outline>` with an `xmlUrl` is a feed, at any depth; enclosing outlines without one
 *   are folders whose titles become the feed's categories.
 * - `xmlUrl` is resolved against the OPML file's URL or path; duplicates are dropped (first kept).
 */
import { issue, type Result } from "../../issues.js";
import type { OpmlFeed } from "./feed-types.js";
import { canonicalUrl } from "./dedupe.js";
import { attr, child, children, parseXml, resolveUrl } from "./xml.js";

export function parseOpml(text: string, base: string, input: string = base): Result<OpmlFeed[]> {
  const tree = parseXml(text.replace(/^\uFEFF/, ""));
  const body = child(tree?.opml, "body");
  if (!tree?.opml || !body) return { value: null, issues: [issue("opml-invalid", input, { detail: "no <opml><body>" })] };
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown, folders: string[]): void => {
    for (const outline of children(node, "outline")) {
      const title = attr(outline, "title") ?? attr(outline, "text");
      const xmlUrl = resolveUrl(attr(outline, "xmlUrl") ?? attr(outline, "xmlurl"), baseUrl(base));
      if (xmlUrl) {
        const key = canonicalUrl(xmlUrl);
        if (!seen.has(key)) {
          seen.add(key);
          feeds.push({ url: xmlUrl, title, siteUrl: resolveUrl(attr(outline, "htmlUrl"), baseUrl(base)), categories: folders });
        }
      }
      walk(outline, xmlUrl || !title ? folders : [...folders, title]);
    }
  };
  walk(body, []);
  if (feeds.length === 0) return { value: null, issues: [issue("opml-invalid", input, { detail: "no outline with an xmlUrl" })] };
  return { value: feeds, issues: [] };
}

/** A file path is not a URL base; feed URLs in a local OPML must then be absolute. */
function baseUrl(base: string): string {
  return /^https?:\/\//i.test(base) ? base : "http://invalid.local/";
}
