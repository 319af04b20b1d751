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
  it("folds related hits: one per duplicate group, none already shown or a copy of the article", async () => {
    const { foldRelated } = await import("./article-view.js");
    const hit = (id: string, group: string | null) => ({ article: { id }, duplicateGroup: group }) as unknown as SearchHit;
    const hits = [hit("a", "g0"), hit("b", "g1"), hit("c", "g1"), hit("d", null), hit("e", "g2"), hit("f", "g3")];
    assert.deepEqual(foldRelated(hits, new Set(["e"]), "g0", 3).map((h) => h.article.id), ["b", "d", "f"]);
    assert.deepEqual(foldRelated(hits, new Set(), null, 10).map((h) => h.article.id), ["a", "b", "d", "e", "f"]);
  });
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
  it("shows the search page's dates in Arabic and reads dates typed in Arabic", async () => {
    const { text } = await page(`/search?q=${encodeURIComponent("الجسر")}&since=2026-03-01&until=2026-03-04`);
    assert.doesNotMatch(text, /type="date"/, "no browser date input (its format follows the browser, mm/dd/yyyy in English)");
    assert.match(text, /id="since" name="since" value="1 مارس 2026"/);
    assert.match(text, /id="until" name="until" value="4 مارس 2026"/);
    const typed = await app.request(`/search?q=${encodeURIComponent("الجسر")}&since=${encodeURIComponent("1 مارس 2026")}&until=${encodeURIComponent("4 آذار 2026")}`);
    assert.equal(typed.status, 303);
    assert.equal(typed.headers.get("location"), `/search?q=${encodeURIComponent("الجسر")}&since=2026-03-01&until=2026-03-04`);
    const wrong = await page(`/search?q=a&since=${encodeURIComponent("الأسبوع الماضي")}`);
    assert.equal(wrong.status, 400);
    assert.match(wrong.text, /<code>since<\/code>/);
  });
  it("sets code samples in the Arabic font and keeps chart labels readable on a phone", async () => {
    const css = await (await app.request("/assets/marsad.css")).text();
    assert.match(css, /code\{font-family:"Noto Naskh Arabic"/);
    assert.match(css, /@media \(max-width:36rem\)\{\.day-chart text\{font-size:17px\}\.day-chart text\.day\.alt\{display:none\}/);
    const home = await page("/");
    const labels = [...home.text.matchAll(/<text class="day( alt)?"/g)];
    assert.ok(labels.length >= 4 && labels.some((m) => m[1]) && labels.some((m) => !m[1]), "day labels alternate, every other one hidden on a phone");
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
    assert.match(text, /<svg viewBox="0 0 480 190" role="img"/);
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

describe("story pages and connections", () => {
  const bridgeStory = async () => ((await (await app.request("/api/stories")).json()) as { items: { id: string; title: string }[] }).items.find((s) => s.title.includes("الجسر"))!.id;
  it("lists stories of two articles or more, on /stories and on the home page", async () => {
    const list = await page("/stories");
    assert.equal(list.status, 200);
    assert.match(list.text, /<a href="\/stories\/story-[0-9a-f]{16}"><bdi>افتتاح الجسر المعلق فوق النهر في مدينة الواحة<\/bdi><\/a>/);
    assert.doesNotMatch(list.text, /أسعار الخضار/, "a one-article story is not listed");
    assert.match((await page("/")).text, /<h2 id="stories-h">أحدث القصص<\/h2>/);
    assert.equal((await page("/stories?page=0")).status, 400);
    assert.equal((await page("/stories?x=1")).status, 400);
  });
  it("shows a story: its articles by source on a timeline, entities and sources", async () => {
    const { status, text } = await page(`/stories/${await bridgeStory()}`);
    assert.equal(status, 200);
    assert.match(text, /<h1 id="story-h"><bdi>افتتاح الجسر المعلق فوق النهر في مدينة الواحة<\/bdi><\/h1>/);
    assert.equal((/<svg[^>]*aria-labelledby="timeline-cap"[\s\S]*?<\/svg>/.exec(text)![0].match(/<circle /g) ?? []).length, 2);
    assert.match(text, /صحيفة الجسر<\/text>/);
    assert.match(text, /وكالة النهر<\/text>/);
    assert.match(text, /<a href="\/entities\/%D8%B3%D8%B9%D9%8A%D8%AF%20%D8%A7%D9%84%D8%B1%D8%A7%D8%B4%D8%AF">سعيد الراشد<\/a>/);
    assert.match(text, /<figcaption><a href="\/entities\/%D8%B3%D8%B9%D9%8A%D8%AF%20%D8%A7%D9%84%D8%B1%D8%A7%D8%B4%D8%AF">سعيد الراشد<\/a>/, "a quote's speaker links to the entity");
    assert.doesNotMatch(text, /<script/i);
  });
  it("escapes a hostile story title, and answers bad or unknown story ids with 400 and 404", async () => {
    const hostile = ((await (await app.request("/api/stories")).json()) as { items: { id: string; title: string }[] }).items.find((s) => s.title.includes("<script>"))!;
    const { text } = await page(`/stories/${hostile.id}`);
    assert.match(text, /&lt;script&gt;alert\(&quot;xss-title&quot;\)&lt;\/script&gt;/);
    assert.doesNotMatch(text, /<script|<img/i);
    assert.equal((await page("/stories/not-a-story")).status, 400);
    assert.equal((await page("/stories/story-0000000000000000")).status, 404);
  });
  it("links an article to its story and lists the story's other articles", async () => {
    const { text } = await page(`/articles/${await idOf("تصحيح")}`);
    assert.match(text, new RegExp(`<h2 id="story-box-h">القصة</h2>\\s*<p><a href="/stories/${await bridgeStory()}">`));
    assert.match(text, /<h2 id="story-members-h">من القصة نفسها<\/h2>[\s\S]*الجسر المعلق في الواحة يفتح أبوابه للمارة/);
    assert.doesNotMatch(text, /copies-h/, "no copies");
  });
  it("folds one outlet stored under its domain and its name", async () => {
    const s = await openStore(":memory:");
    try {
      const { newArticle } = await import("../../extract/article.js");
      await s.upsertArticles([
        { input: "a", index: 0, article: newArticle({ title: "خبر أول عن المطر", body: "هطلت أمطار غزيرة على المدينة.", publishedAt: "2026-03-01", source: { name: "صحيفة الغيم", domain: "ghaim.example" } }) },
        { input: "b", index: 0, article: newArticle({ title: "خبر ثان عن الرياح", body: "هبت رياح قوية على الساحل.", publishedAt: "2026-03-02", source: { name: "صحيفة الغيم", domain: null } }) },
      ], { storedAt: "2026-03-03T00:00:00Z" });
      const a = createApp(s, { clock: () => "2026-03-05T00:00:00Z", log: () => {} });
      const sources = await (await a.request("/sources")).text();
      assert.equal((sources.match(/صحيفة الغيم/g) ?? []).length, 1);
      assert.match(sources, /href="\/sources\/ghaim.example">صحيفة الغيم<\/a> <span class="count">\(خبران\)/);
      for (const key of ["ghaim.example", encodeURIComponent("صحيفة الغيم")]) {
        const one = await (await a.request(`/sources/${key}`)).text();
        assert.match(one, /خبر أول عن المطر/);
        assert.match(one, /خبر ثان عن الرياح/);
      }
    } finally {
      await s.close();
    }
  });
});

describe("copies", () => {
  let s: Store;
  let a: Hono;
  before(async () => {
    s = await openStore(":memory:");
    await loadFixtures(s);
    const { FIXTURE_ARTICLES } = await import("../fixtures.js");
    const { Connector } = await import("../../connect/connector.js");
    const agency = FIXTURE_ARTICLES[1]!.article;
    await s.upsertArticles([{ input: "fixtures/copy.txt", index: 0, article: { ...agency, publishedAt: "2026-03-02T13:00", source: { name: "موقع الصدى", domain: "sada.example" } } }], { storedAt: "2026-03-04T09:00:00Z" });
    await new Connector().connectPending(s, "2026-03-04T09:00:00Z");
    a = createApp(s, { clock: () => "2026-03-05T00:00:00Z", log: () => {} });
  });
  after(async () => s.close());
  it("lists an article's copies, the earliest marked, and folds them in search", async () => {
    const search = await (await a.request(`/search?q=${encodeURIComponent("يفتح أبوابه للمارة")}`)).text();
    assert.match(search, /نسخ مطابقة أخرى من هذا الخبر طابقت البحث: 1/);
    const id = /<h3 class="hit-title"><a href="\/articles\/([0-9a-f]{16})">/.exec(search)![1]!;
    const text = await (await a.request(`/articles/${id}`)).text();
    assert.match(text, /<h2 id="copies-h">نسخ مطابقة \(1\)<\/h2>/);
    assert.match(text, /وهذا الخبر أقدمها نشراً/);
    const copyId = /<h2 id="copies-h">[\s\S]*?<a href="\/articles\/([0-9a-f]{16})">/.exec(text)![1]!;
    const copy = await (await a.request(`/articles/${copyId}`)).text();
    assert.match(copy, /هذا الخبر مطابق تماماً لـ <a href="\/articles\/[0-9a-f]{16}">وكالة النهر<\/a>/);
    assert.match(copy, /<span class="badge">الأقدم<\/span>/);
  });
});

describe("entity page", () => {
  it("shows the articles naming a person, its quotes, who is named with it and its mentions per day", async () => {
    const { status, text } = await page(`/entities/${encodeURIComponent("الراشد")}`);
    assert.equal(status, 200);
    assert.match(text, /<h1>سعيد الراشد<\/h1>/);
    assert.match(text, /شخص<\/span><span>خبران<\/span>/);
    assert.equal((/<section aria-labelledby="mentions-h">[\s\S]*?<\/section>/.exec(text)![0].match(/<li>/g) ?? []).length, 2);
    assert.equal((text.match(/سيختصر الطريق إلى السوق ساعة كاملة/g) ?? []).length, 1, "the quote once");
    assert.match(text, /<h2 id="co-h">يُذكر معه<\/h2><ul class="items"><li><a href="\/entities\/%D8%A7%D9%84%D9%88%D8%A7%D8%AD%D8%A9">الواحة<\/a>/);
    assert.match(text, /<title id="mentions-title">أخبار تذكر سعيد الراشد في اليوم: 2 في 14 يوماً<\/title>/);
    assert.equal((await page(`/entities/${encodeURIComponent("لا أحد بهذا الاسم")}`)).status, 404);
  });
});
