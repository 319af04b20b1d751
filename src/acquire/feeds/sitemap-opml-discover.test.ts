import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSitemap } from "./sitemap.js";
import { parseOpml } from "./opml.js";
import { discoverFeeds, sniffSourceKind } from "./discover.js";
import { canonicalUrl, ItemDeduper } from "./dedupe.js";

test("sitemap index lists child sitemaps, resolved", () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/sitemap-news.xml</loc><lastmod>2026-11-24</lastmod></sitemap>
<sitemap><loc>/sitemap-2026-11.xml.gz</loc></sitemap></sitemapindex>`;
  const map = parseSitemap(xml, "https://s.example/sitemap.xml").value!;
  assert.equal(map.kind, "index");
  assert.deepEqual(map.sitemaps, [
    { url: "https://s.example/sitemap-news.xml", lastModified: "2026-11-24" },
    { url: "https://s.example/sitemap-2026-11.xml.gz", lastModified: null },
  ]);
});

test("news sitemap: publication date, title, language, publication name, images", () => {
  const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://s.example/ar/news/9001</loc>
<news:news><news:publication><news:name>صحيفة المثال</news:name><news:language>ar</news:language></news:publication>
<news:publication_date>2026-11-24T11:00:00+03:00</news:publication_date><news:title>انخفاض درجات الحرارة في نهاية الأسبوع</news:title></news:news>
<image:image><image:loc>https://s.example/img/weather.jpg</image:loc></image:image></url>
<url><loc>https://s.example/ar/about</loc><lastmod>2025-01-01T00:00:00Z</lastmod></url>
<url><loc>javascript:alert(1)</loc></url></urlset>`;
  const map = parseSitemap(xml, "https://s.example/news.xml").value!;
  assert.equal(map.kind, "urlset");
  assert.equal(map.urls.length, 2);
  assert.deepEqual(map.urls[0]?.news, { publishedAt: "2026-11-24T08:00:00Z", title: "انخفاض درجات الحرارة في نهاية الأسبوع", language: "ar", publication: "صحيفة المثال" });
  assert.deepEqual(map.urls[0]?.images, ["https://s.example/img/weather.jpg"]);
  assert.equal(map.urls[1]?.lastModified, "2025-01-01T00:00:00Z");
});

test("plain-text sitemaps are URL lists; junk is an issue", () => {
  const map = parseSitemap("https://t.example/a\nhttps://t.example/b\n", "https://t.example/sitemap.txt").value!;
  assert.deepEqual(map.urls.map((u) => u.url), ["https://t.example/a", "https://t.example/b"]);
  assert.equal(parseSitemap("<html></html>", "u").issues[0]?.code, "sitemap-invalid");
  assert.equal(parseSitemap("hello world", "u").issues[0]?.code, "sitemap-invalid");
});

test("OPML: nested folders become categories; duplicates dropped", () => {
  const xml = `<?xml version="1.0"?><opml version="2.0"><head><title>قائمتي</title></head><body>
<outline text="أخبار عربية">
  <outline type="rss" text="صحيفة أ" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
  <outline type="rss" text="صحيفة ب" xmlUrl="https://b.example/feed.atom"/>
</outline>
<outline type="rss" title="صحيفة أ مكررة" xmlUrl="https://a.example/rss#x"/>
</body></opml>`;
  const feeds = parseOpml(xml, "feeds.opml").value!;
  assert.deepEqual(feeds.map((f) => [f.url, f.title, f.categories]), [
    ["https://a.example/rss", "صحيفة أ", ["أخبار عربية"]],
    ["https://b.example/feed.atom", "صحيفة ب", ["أخبار عربية"]],
  ]);
  assert.equal(parseOpml("<opml><body></body></opml>", "x.opml").issues[0]?.code, "opml-invalid");
  assert.equal(parseOpml("not xml", "x.opml").issues[0]?.code, "opml-invalid");
});

test("autodiscovery: alternate feed links resolved against <base> and the page", () => {
  const html = `<!doctype html><html dir="rtl"><head><base href="https://d.example/ar/">
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="الأخبار" href="rss.xml">
<link rel="alternate" type="application/atom+xml" href='/atom.xml'>
<link rel="alternate feed" type="application/feed+json" href="https://d.example/feed.json">
<link rel="alternate" hreflang="en" href="/en/">
<link rel="alternate" type="application/rss+xml" href="rss.xml#dup">
</head><body><link rel="alternate" type="application/rss+xml" href="/body-link.xml"></body></html>`;
  assert.deepEqual(discoverFeeds(html, "https://d.example/ar/index.html"), [
    "https://d.example/ar/rss.xml",
    "https://d.example/atom.xml",
    "https://d.example/feed.json",
  ]);
  assert.deepEqual(discoverFeeds("<html><head></head><body>لا شيء</body></html>", "https://d.example/"), []);
});

test("sniffSourceKind tells documents apart", () => {
  assert.equal(sniffSourceKind('<?xml version="1.0"?>\n<rss version="2.0">'), "feed");
  assert.equal(sniffSourceKind("<feed xmlns='http://www.w3.org/2005/Atom'>"), "feed");
  assert.equal(sniffSourceKind('<?xml version="1.0"?><!-- generated --><urlset>'), "sitemap");
  assert.equal(sniffSourceKind("<opml version='2.0'>"), "opml");
  assert.equal(sniffSourceKind("<!DOCTYPE html><html>"), "html");
  assert.equal(sniffSourceKind("https://a.example/1\nhttps://a.example/2\n"), "url-list");
  assert.equal(sniffSourceKind("مرحبا"), "unknown");
  assert.equal(sniffSourceKind('{"version":"https://jsonfeed.org/version/1.1","items":[]}'), "feed");
});

test("canonicalUrl drops fragments and tracking parameters, keeps the rest", () => {
  assert.equal(canonicalUrl("HTTPS://News.Example:443/a?id=5&utm_source=rss&fbclid=x#c"), "https://news.example/a?id=5");
  assert.equal(canonicalUrl("https://news.example/a?utm_medium=x"), "https://news.example/a");
  assert.equal(canonicalUrl("https://news.example/خبر"), canonicalUrl("https://news.example/%D8%AE%D8%A8%D8%B1"));
});

test("ItemDeduper: new by neither GUID nor canonical URL", () => {
  const d = new ItemDeduper();
  assert.equal(d.isNew({ key: "g1", url: "https://a.example/1" }), true);
  assert.equal(d.isNew({ key: "g1", url: "https://a.example/other" }), false);
  assert.equal(d.isNew({ key: "g2", url: "https://a.example/1?utm_source=x" }), false);
  assert.equal(d.isNew({ key: "g3", url: null }), true);
});
