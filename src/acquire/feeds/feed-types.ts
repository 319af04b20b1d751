/** The records of the acquisition side: feeds, their items, sitemaps, OPML outlines. */
import type { IsoDate } from "../../types.js";

export type FeedFormat = "rss" | "rdf" | "atom" | "json";

export interface FeedMedia {
  url: string;
  /** MIME type when given (`image/jpeg`). */
  type: string | null;
  /** Media RSS `medium` (image, video, audio), or guessed from the type. */
  medium: string | null;
  title: string | null;
}

export interface FeedItem {
  /** Dedup key: the GUID / id when the feed gives one, else the canonical URL. */
  key: string;
  guid: string | null;
  /** Absolute link to the article, resolved against the feed URL. */
  url: string | null;
  title: string | null;
  /** Plain-text summary (tags stripped). */
  summary: string | null;
  /** Full content when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
  publishedAt: IsoDate | null;
  updatedAt: IsoDate | null;
  author: string | null;
  categories: string[];
  media: FeedMedia[];
}

export interface Feed {
  format: FeedFormat;
  /** The URL (or path) the feed was read from; item links are resolved against it. */
  url: string;
  title: string | null;
  /** The site the feed belongs to. */
  siteUrl: string | null;
  /** RSS `<ttl>` in minutes, or the syndication module's update period. */
  ttlMinutes: number | null;
  items: FeedItem[];
}

export interface SitemapUrl {
  url: string;
  lastModified: IsoDate | null;
  /** Google News sitemap fields, when present. */
  news: { publishedAt: IsoDate | null; title: string | null; language: string | null; publication: string | null } | null;
  images: string[];
}

export interface Sitemap {
  /** `index`: a sitemap of sitemaps; `urlset`: a list of pages (XML or plain text). */
  kind: "index" | "urlset";
  url: string;
  /** For an index: the child sitemaps. */
  sitemaps: { url: string; lastModified: IsoDate | null }[];
  urls: SitemapUrl[];
}

export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  /** Titles of the enclosing outlines, outermost first (OPML folders). */
  categories: string[];
}
