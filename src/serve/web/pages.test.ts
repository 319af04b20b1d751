import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { openStore, type SearchHit, type Store } from "../../store/store.js";
import { createApp, CONTENT_SECURITY_POLICY } from "../app.js";
import { loadFixtures } from "../fixtures.js";
import { diffText } from "./diff.js";
import { escapeHtml, html, safeHref } from "./html.js";
import { titleQuery } from "../related.js";

let store: Store;
let app: Hono;

before(async () => {
  store = await openStore(":memory:");
  await loadFixtures(store);
  app = createApp(store, { clock: () => "2026-03-05T00:00:00Z", log: () => {} });
});
after(async () => store.close());

const page = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, text: await res.text(), headers: res.headers };
};
const idOf = async (q: string) => ((await (await app.request(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { hits: SearchHit[] }).hits[0]!.article.id;

describe("html", () => {
  it("escapes every interpolated value, nested arrays too", () => {
    assert.equal(html`<p>${"<b>&\"'"}</p>`.value, "<p>&lt;b&gt;&amp;&quot;&#39;</p>");
    assert.equal(html`${["<i>", html`<i>ok</i>`]}`.value, "&lt;i&gt;<i>ok</i>");
    assert.equal(html`${null}${undefined}${false}`.value, "");
    assert.equal(escapeHtml("سلام"), "سلام");
  });
  it("lets only http(s) URLs into links", () => {
    assert.equal(safeHref("https://a.example/x"), "https://a.example/x");
    assert.equal(safeHref("javascript:alert(1)"), null);
    assert.equal(safeHref(" JaVaScRiPt:alert(1)"), null);
    assert.equal(safeHref("data:text/html,x"), null);
    assert.equal(safeHref(null), null);
  });
});

describe("diff", () => {
  it("marks removed and added words and re-joins into both texts", () => {
    const parts = diffText("طول الجسر 400 متر", "طول الجسر 450 متراً");
    assert.equal(parts.filter((p) => p.kind !== "added").map((p) => p.text).join(""), "طول الجسر 400 متر");
    assert.equal(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join(""), "طول الجسر 450 متراً");
    assert.deepEqual(parts[0], { kind: "same", text: "طول الجسر " });
  });
  it("reports no change for equal texts and handles empty ones", () => {
    assert.deepEqual(diffText("نص", "نص"), [{ kind: "same", text: "نص" }]);
    assert.deepEqual(diffText("", "جديد"), [{ kind: "added", text: "جديد" }]);
  });
});

describe("related", () => {
  it("builds a related query from title words without operators", () => {
    assert.equal(titleQuery('الجسر "المعلق" -في OR الواحة*'), "الجسر المعلق الواحة");
  });
});

describe("pages", () => {
  it("serves Arabic RTL pages with a strict CSP and no script", async () => {
    for (const path of ["/", "/search?q=%D8%A7%D9%84%D8%AC%D8%B3%D8%B1", "/sources", "/entities", "/sources/nahr.example"]) {
      const { status, text, headers } = await page(path);
      assert.equal(status, 200, path);
      assert.match(text, /<html lang="ar" dir="rtl">/);
      assert.equal(headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
      assert.doesNotMatch(text, /<script/i);
      assert.match(text, /<main id="main"/);
    }
  });
  it("renders hostile titles, bodies, sources and URLs as text", async () => {
    const id = await idOf("خبيث");
    const { text } = await page(`/articles/${id}`);
    assert.match(text, /&lt;script&gt;alert\(&quot;xss-title&quot;\)&lt;\/script&gt;/);
    assert.doesNotMatch(text, /<script|<img|<svg onload|href="javascript:/i);
    assert.match(text, /&lt;b&gt;مصدر&lt;\/b&gt;/);
    const search = await page(`/search?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    assert.doesNotMatch(search.text, /<script>alert/);
  });
  it("shows an article's embeds as quoted posts, entities, quotes, figures and the diff between versions", async () => {
    const id = await idOf("تصحيح");
    const { text } = await page(`/articles/${id}`);
    assert.match(text, /<blockquote class="embed" lang="ar">/);
    assert.match(text, /href="https:\/\/t.example\/abc"/);
    assert.doesNotMatch(text, /href="javascript:alert\(9\)"/);
    assert.match(text, /href="\/entities\/%D8%B3%D8%B9%D9%8A%D8%AF/);
    assert.match(text, /سيختصر الطريق إلى السوق ساعة كاملة/);
    assert.match(text, /النسخ \(2\)/);
    assert.match(text, /<del>400<\/del>/);
    assert.match(text, /<ins>450<\/ins>/);
    const bad = await page(`/articles/${id}?from=2&to=1`);
    assert.equal(bad.status, 400);
  });
  it("keeps search state in the URL: filters, facets, pages, feed and export links", async () => {
    const { text } = await page(`/search?q=${encodeURIComponent("الجسر")}&source=nahr.example`);
    assert.match(text, /value="الجسر"/);
    assert.match(text, /href="\/feeds\/search\?q=%D8%A7%D9%84%D8%AC%D8%B3%D8%B1&amp;source=nahr.example"/);
    assert.match(text, /format=csv/);
    assert.match(text, /إزالة المصدر: nahr.example/);
  });
  it("answers bad parameters and unknown pages with Arabic error pages", async () => {
    const bad = await page("/search?q=a&page=0");
    assert.equal(bad.status, 400);
    assert.match(bad.text, /طلب غير صالح/);
    assert.match(bad.text, /<code>page<\/code>/);
    const missing = await page("/articles/0123456789abcdef");
    assert.equal(missing.status, 404);
    assert.match(missing.text, /الصفحة غير موجودة/);
  });
  it("serves the stylesheet and the Arabic font locally", async () => {
    const css = await app.request("/assets/marsad.css");
    assert.match(await css.text(), /font-family:"Noto Naskh Arabic"/);
    const font = await app.request("/assets/fonts/naskh-400.woff2");
    assert.equal(font.headers.get("content-type"), "font/woff2");
    assert.ok((await font.arrayBuffer()).byteLength > 10_000);
    assert.equal((await app.request("/assets/fonts/x.woff2")).status, 404);
  });
  it("draws the attention chart as SVG with its numbers in a table", async () => {
    const { text } = await page("/");
    assert.match(text, /<svg viewBox="0 0 640 200" role="img"/);
    assert.match(text, /<table><thead><tr><th scope="col">اليوم<\/th>/);
  });
});

describe("aggregate cache", () => {
  it("reuses a value within its time, recomputes after, and forgets failures", async () => {
    const { TtlCache } = await import("./cache.js");
    let t = 0;
    let calls = 0;
    const cache = new TtlCache(100, 2, () => t);
    const compute = async () => ++calls;
    assert.equal(await cache.get("a", compute), 1);
    assert.equal(await cache.get("a", compute), 1);
    t = 150;
    assert.equal(await cache.get("a", compute), 2);
    await assert.rejects(cache.get("b", async () => { throw new Error("x"); }));
    await new Promise((r) => setImmediate(r));
    assert.equal(await cache.get("b", compute), 3);
  });
});

describe("aggregate cache, refreshed behind the reader", () => {
  it("answers an expired value at once and swaps in the recomputed one", async () => {
    const { TtlCache } = await import("./cache.js");
    let t = 0;
    let calls = 0;
    const cache = new TtlCache(100, 5, () => t);
    let release: () => void = () => {};
    const slow = () => new Promise<number>((resolve) => { const n = ++calls; release = () => resolve(n); });
    const first = cache.getOrRefresh("k", slow);
    release();
    assert.equal(await first, 1);
    t = 150;
    assert.equal(await cache.getOrRefresh("k", slow), 1, "the expired value, while 2 is computed");
    assert.equal(await cache.getOrRefresh("k", slow), 1, "one recomputation at a time");
    assert.equal(calls, 2);
    release();
    await new Promise((r) => setImmediate(r));
    assert.equal(await cache.getOrRefresh("k", slow), 2);
  });
  it("recomputes every time when the time to live is 0", async () => {
    const { TtlCache } = await import("./cache.js");
    let calls = 0;
    const cache = new TtlCache(0, 5);
    assert.equal(await cache.getOrRefresh("k", async () => ++calls), 1);
    assert.equal(await cache.getOrRefresh("k", async () => ++calls), 2);
  });
});

describe("Arabic counted nouns", () => {
  it("agrees the noun with the number", async () => {
    const { ARTICLES, formatCount } = await import("./format.js");
    assert.deepEqual([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000].map((n) => formatCount(n, ARTICLES)), [
      "0 خبر", "خبر واحد", "خبران", "3 أخبار", "10 أخبار", "11 خبراً", "99 خبراً", "100 خبر", "102 خبر", "103 أخبار", "111 خبراً", "1,000 خبر",
    ]);
  });
});
