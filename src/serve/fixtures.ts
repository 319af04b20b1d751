/**
 * Articles for the serve tests, written for them: two sources, three days, one edited article,
 * one agency story republished, and hostile titles/bodies (script tags, `javascript:` links,
 * event handlers) that must render as text.
 */
import { newArticle } from "../extract/article.js";
import { Connector } from "../connect/connector.js";
import type { ArticleInput, Store } from "../store/store.js";
import type { Article } from "../types.js";

export const HOSTILE_TITLE = `<script>alert("xss-title")</script><img src=x onerror=alert(1)> عنوان خبيث`;
export const HOSTILE_BODY = `فقرة أولى عن الجسر الخبيث.\n\n<a href="javascript:alert('xss-body')">اضغط هنا</a> <svg onload=alert(2)></svg> "><script>alert(3)</script>`;

function art(over: Partial<Article> & { title: string; body: string }): Article {
  return newArticle({ language: "ar", ...over });
}

export const FIXTURE_ARTICLES: { input: string; article: Article }[] = [
  {
    input: "fixtures/bridge-1.txt",
    article: art({
      title: "افتتاح الجسر المعلق فوق النهر في مدينة الواحة",
      publishedAt: "2026-03-02T09:00",
      source: { name: "صحيفة الجسر", domain: "jisr.example" },
      url: "https://jisr.example/news/bridge",
      body: "افتتح المحافظ سعيد الراشد اليوم الجسر المعلق فوق النهر بطول 400 متر.\n\nوقال الراشد إن الجسر \"سيختصر الطريق إلى السوق ساعة كاملة\".",
      entities: [{ type: "person", name: "سعيد الراشد", mentions: ["سعيد الراشد", "الراشد"], aliases: [] }],
      quotes: [{ speaker: "سعيد الراشد", text: "سيختصر الطريق إلى السوق ساعة كاملة", channel: null }],
      tags: [{ text: "الجسور", origin: "page", scope: "article" }],
      facts: [{ kind: "other", value: 400, valueMax: null, qualifier: "exact", group: null, text: "بطول 400 متر" }],
      embeds: [{ platform: "x", author: "سعيد الراشد", handle: "@rashed", postedAt: "2026-03-02", language: "ar", text: "افتتحنا اليوم الجسر الجديد", links: ["https://t.example/abc", "javascript:alert(9)"] }],
    }),
  },
  {
    input: "fixtures/bridge-agency.txt",
    article: art({
      title: "الجسر المعلق في الواحة يفتح أبوابه للمارة",
      publishedAt: "2026-03-02T11:00",
      source: { name: "وكالة النهر", domain: "nahr.example" },
      body: "افتتح المحافظ سعيد الراشد اليوم الجسر المعلق فوق النهر بطول 400 متر، وفق وكالة النهر.",
      entities: [{ type: "person", name: "سعيد الراشد", mentions: ["سعيد الراشد"], aliases: [] }, { type: "location", name: "الواحة", mentions: ["الواحة"], aliases: [] }],
    }),
  },
  {
    input: "fixtures/market.txt",
    article: art({
      title: "أسعار الخضار ترتفع في سوق المدينة",
      publishedAt: "2026-03-01",
      source: { name: "وكالة النهر", domain: "nahr.example" },
      body: "ارتفعت أسعار الطماطم والبطاطا في سوق المدينة بنسبة عشرين في المئة.",
    }),
  },
  {
    input: "fixtures/hostile.txt",
    article: art({ title: HOSTILE_TITLE, publishedAt: "2026-03-03", source: { name: "<b>مصدر</b>", domain: "evil.example" }, url: "javascript:alert('url')", body: HOSTILE_BODY }),
  },
];

/** The edited second version of the first fixture (same key, changed figure and a new sentence). */
export const FIXTURE_EDIT: { input: string; article: Article } = {
  input: "fixtures/bridge-1.txt",
  article: { ...FIXTURE_ARTICLES[0]!.article, body: FIXTURE_ARTICLES[0]!.article.body.replace("400 متر", "450 متراً") + "\n\nتصحيح: طول الجسر 450 متراً." },
};

export async function loadFixtures(store: Store): Promise<void> {
  const inputs: ArticleInput[] = FIXTURE_ARTICLES.map((f) => ({ input: f.input, index: 0, article: f.article }));
  for (const i of inputs) await store.upsertArticles([i], { storedAt: "2026-03-03T12:00:00Z" });
  await store.upsertArticles([{ input: FIXTURE_EDIT.input, index: 0, article: FIXTURE_EDIT.article }], { storedAt: "2026-03-04T08:00:00Z" });
  await new Connector().connectPending(store, "2026-03-04T08:00:00Z");
}

/** Deadlines for tests that are not about deadlines: a loaded machine must not turn a page into a 503. */
export const TEST_DEADLINES = { searchTimeoutMs: 60_000, requestTimeoutMs: 300_000 } as const;
