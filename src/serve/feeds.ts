/**
 * Alerts without accounts: every search as an Atom feed (`/feeds/search`) and as data
 * (`/export/search?format=jsonl|csv`). Rules:
 * - The same parameters and validation as `/api/search` (plus `format` for exports).
 * - Feed entries are the best hits re-ordered newest first (a feed reader shows new items on top);
 *   entry ids are stable (`urn:marsad:article:<id>:v<version>`), so an edited article shows again.
 * - XML text is escaped and stripped of characters XML 1.0 forbids; CSV cells are quoted and a
 *   leading = + - @ is defused so spreadsheets do not run them as formulas.
 */
import { Hono } from "hono";
import type { SearchHit, Store } from "../store/store.js";
import { LIST_PARAMS, parseSearchParams, single, badParameter } from "./params.js";
import { clientSignal } from "./client-signal.js";

export const FEED_SIZE = 50;
const FEED_PARAMS = ["q", ...LIST_PARAMS.filter((p) => p !== "limit" && p !== "offset")];
const EXPORT_PARAMS = ["q", ...LIST_PARAMS, "format"];
const XML_FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(s: string): string {
  return s.replace(XML_FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An RFC 3339 time for Atom from a stored date (bare dates become midnight UTC). */
export function atomTime(date: string | null, fallback: string): string {
  if (!date) return fallback;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(date)) return `${date}:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(date)) return `${date}Z`;
  return date;
}

export function renderAtom(hits: SearchHit[], q: string, selfUrl: string, origin: string, updatedFallback: string): string {
  const sorted = [...hits].sort((a, b) => (b.article.publishedAt ?? "").localeCompare(a.article.publishedAt ?? ""));
  const updated = atomTime(sorted[0]?.article.publishedAt ?? null, updatedFallback);
  const entries = sorted.map((h) => {
    const link = `${origin}/articles/${h.article.id}`;
    return `  <entry>
    <id>urn:marsad:article:${h.article.id}:v${h.article.version}</id>
    <title>${escapeXml(h.article.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>${h.article.url ? `\n    <link rel="via" href="${escapeXml(h.article.url)}"/>` : ""}
    <updated>${atomTime(h.article.publishedAt, updatedFallback)}</updated>
    <author><name>${escapeXml(h.article.outlet.name)}</name></author>
    <summary>${escapeXml(h.snippet.text)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>${escapeXml(selfUrl)}</id>
  <title>${escapeXml(`مرصد: ${q}`)}</title>
  <subtitle>نتائج البحث عن «${escapeXml(q)}»</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/search?q=${encodeURIComponent(q)}`)}"/>
  <updated>${updated}</updated>
  <generator>marsad</generator>
${entries.join("\n")}
</feed>
`;
}

const CSV_HEADER = ["id", "url", "title", "publishedAt", "source", "language", "version", "score", "snippet"];

export function hitRecord(h: SearchHit) {
  return {
    id: h.article.id, url: h.article.url, title: h.article.title, publishedAt: h.article.publishedAt,
    source: h.article.outlet.name, language: h.article.language, version: h.article.version,
    score: Math.round(h.score * 1000) / 1000, snippet: h.snippet.text,
  };
}

export function renderCsv(hits: SearchHit[]): string {
  const rows = hits.map((h) => {
    const r = hitRecord(h);
    return [r.id, r.url, r.title, r.publishedAt, r.source, r.language, r.version, r.score, r.snippet].map(csvCell).join(",");
  });
  // The BOM makes spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${[CSV_HEADER.join(","), ...rows].join("\r\n")}\r\n`;
}

export function feedRoutes(store: Store, clock: () => string): Hono {
  const app = new Hono();
  app.get("/feeds/search", async (c) => {
    const url = new URL(c.req.url);
    const query = parseSearchParams(url.searchParams, FEED_PARAMS);
    const result = await store.search({ ...query, limit: FEED_SIZE, signal: clientSignal(c) });
    c.header("Content-Type", "application/atom+xml; charset=utf-8");
    return c.body(renderAtom(result.hits, query.q, url.toString(), url.origin, clock()));
  });
  app.get("/export/search", async (c) => {
    const params = new URL(c.req.url).searchParams;
    const format = single(params, "format") ?? "jsonl";
    if (format !== "jsonl" && format !== "csv") throw badParameter("format", "must be jsonl or csv", format);
    params.delete("format");
    const query = parseSearchParams(params, EXPORT_PARAMS);
    const result = await store.search({ ...query, limit: query.limit ?? 100, signal: clientSignal(c) });
    const name = `marsad-search.${format}`;
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    if (format === "csv") {
      c.header("Content-Type", "text/csv; charset=utf-8");
      return c.body(renderCsv(result.hits));
    }
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    return c.body(result.hits.map((h) => JSON.stringify(hitRecord(h))).join("\n") + (result.hits.length ? "\n" : ""));
  });
  return app;
}
