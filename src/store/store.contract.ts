/**
 * The contract every Store adapter passes: one suite, run by sqlite/sqlite-store.test.ts and
 * postgres/postgres-store.test.ts against real databases. Each test opens a fresh, empty store.
 * Fixtures are short Arabic articles written for these tests.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Article, Entity } from "../types.js";
import { StoreTimeoutError, type ArticleInput, type OpenStoreOptions, type Store } from "./store.js";
import { newArticle } from "../extract/article.js";
import { emptyFeedState } from "../acquire/feeds/feed-state.js";
import { normalizeArabic } from "../arabic/normalize.js";

const NOW = "2026-01-05T10:00:00Z";
const LATER = "2026-01-06T10:00:00Z";

export function makeArticle(over: Partial<Article> & { title: string; body: string }): Article {
  return newArticle({
    publishedAt: "2025-12-01T08:00:00Z",
    language: "ar",
    source: { name: "صحيفة الاختبار", domain: "test.example" },
    ...over,
  });
}

function input(name: string, article: Article, index = 0): ArticleInput {
  return { input: `fixtures/${name}.html`, index, article };
}

const RAIN = makeArticle({
  title: "أمطار غزيرة تغلق المدارس في جدة",
  body: "أعلنت إدارة التعليم في جدة تعليق الدراسة في المدارس بسبب الأمطارِ الغزيرة.\n\nوقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ تعاملت مع عشرات البلاغات.",
  url: "https://test.example/news/rain",
  publishedAt: "2025-12-01T08:00:00Z",
  tags: [{ text: "طقس", origin: "page", scope: "article" }],
});

const COUNCIL = makeArticle({
  title: "مجلس الأمن يعقد جلسة طارئة",
  body: "عقد مجلس الأمن الدولي جلسة طارئة لبحث الأوضاع الإنسانية، ودعا الأعضاء إلى وقف إطلاق النار فوراً.",
  url: "https://other.example/un",
  source: { name: "وكالة أخرى", domain: "other.example" },
  publishedAt: "2025-12-02T12:00:00Z",
  tags: [{ text: "سياسة", origin: "page", scope: "article" }],
});

const SECURITY = makeArticle({
  title: "الأمن في المدينة",
  body: "قالت الشرطة إن الأمن مستتب في المدينة، وإن المجلس البلدي سيجتمع الأسبوع المقبل لمناقشة خطة المرور.",
  url: "https://test.example/news/security",
  publishedAt: "2025-12-03T09:00:00Z",
});

const TRUMP_A: Entity = { type: "person", name: "دونالد ترامب", mentions: ["ترامب"], aliases: ["Donald Trump", "Trump"] };
const TRUMP_B: Entity = { type: "person", name: "ترمب", mentions: ["ترمب"], aliases: [] };
const TRUMP_LINK: Entity = { type: "person", name: "ترمب", mentions: ["ترمب", "ترامب"], aliases: [] };

const VISIT_A = makeArticle({
  title: "زيارة رئاسية إلى الرياض",
  body: "وصل الرئيس الأمريكي ترامب إلى الرياض في زيارة رسمية تستمر يومين.",
  url: "https://test.example/news/visit",
  language: "ar",
  entities: [TRUMP_A],
  publishedAt: "2025-12-02T07:00:00Z",
});

const VISIT_B = makeArticle({
  title: "قمة اقتصادية في الخليج",
  body: "التقى ترمب قادة دول الخليج في قمة اقتصادية ناقشت الاستثمار والطاقة.",
  url: "https://other.example/summit",
  source: { name: "وكالة أخرى", domain: "other.example" },
  entities: [TRUMP_B],
  publishedAt: "2025-12-04T07:00:00Z",
});

const VISIT_LINK = makeArticle({
  title: "تحليل: السياسة الخارجية",
  body: "يرى محللون أن ترمب غيّر أولويات السياسة الخارجية.",
  url: "https://third.example/analysis",
  source: { name: null, domain: "third.example" },
  entities: [TRUMP_LINK],
  publishedAt: "2025-12-05T07:00:00Z",
});

const ENGLISH = makeArticle({
  title: "Floods close schools",
  body: "Heavy rain closed schools in the city on Monday.",
  url: "https://en.example/floods",
  language: "en",
  source: { name: "English Wire", domain: "en.example" },
  publishedAt: "2025-12-01T06:00:00Z",
});

/** Forms that start with «مست»: مستشفى and مستقبل in two articles each, مستوى in two, مستمر in one. */
const PREFIX_ARTICLES = [
  "افتتح مستشفى جديد أبوابه للمرضى.",
  "أقيم مستشفى ميداني قرب الحدود، وقال الأطباء إن مستقبل الخدمات واعد.",
  "تحدث الخبراء عن مستقبل التعليم.",
  "ارتفع مستوى المياه في السد.",
  "العمل مستمر في المشروع.",
  "تحسن مستوى الخدمات.",
].map((body, i) => makeArticle({ title: `خبر محلي رقم ${i + 1}`, body, url: `https://test.example/local/${i}` }));

/** Stores each article on its own (input `fixtures/a<i>.html`) and returns their ids in order. */
export async function seed(store: Store, articles: Article[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, a] of articles.entries()) {
    const [r] = await store.upsertArticles([input(`a${i}`, a)], { storedAt: NOW });
    ids.push(r!.id);
  }
  return ids;
}

/** A test body that gets a fresh store from `openStore` and closes it afterwards, pass or fail. */
export function storeTest(openStore: () => Promise<Store>) {
  return (fn: (store: Store) => Promise<void>) => async () => {
    const store = await openStore();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  };
}

export function describeStore(name: string, openStore: () => Promise<Store>): void {
  const withStore = storeTest(openStore);

  describe(`Store contract: ${name}`, () => {
    describe("upsert", () => {
      it("stores an article whole and returns it with id, key and one version", withStore(async (store) => {
        const [r] = await store.upsertArticles([input("rain", RAIN)], { storedAt: NOW });
        assert.equal(r!.status, "created");
        assert.equal(r!.version, 1);
        assert.equal(r!.key, RAIN.url);
        const got = await store.getArticle(r!.id);
        assert.ok(got);
        assert.equal(got.title, RAIN.title);
        assert.equal(got.body, RAIN.body, "original text kept, harakat included");
        assert.deepEqual(got.tags, RAIN.tags);
        assert.equal(got.version, 1);
        assert.equal(got.versions.length, 1);
        assert.equal(got.firstStoredAt, NOW);
        assert.equal(await store.getArticle("0000000000000000"), null);
      }));

      it("re-ingesting the same page changes nothing", withStore(async (store) => {
        const [first] = await store.upsertArticles([input("rain", RAIN)], { storedAt: NOW });
        const [again] = await store.upsertArticles([input("rain", structuredClone(RAIN))], { storedAt: LATER });
        assert.equal(again!.status, "unchanged");
        assert.equal(again!.id, first!.id);
        const got = await store.getArticle(first!.id);
        assert.equal(got!.versions.length, 1);
        assert.equal(got!.lastStoredAt, NOW);
        assert.equal((await store.stats()).articles, 1);
      }));

      it("an edited page becomes version 2 and keeps version 1", withStore(async (store) => {
        const [first] = await store.upsertArticles([input("rain", RAIN)], { storedAt: NOW });
        const edited = { ...RAIN, body: `${RAIN.body}\n\nتحديث: استئناف الدراسة غداً.` };
        const [second] = await store.upsertArticles([input("rain", edited)], { storedAt: LATER });
        assert.equal(second!.status, "updated");
        assert.equal(second!.version, 2);
        assert.equal(second!.id, first!.id);
        const got = await store.getArticle(first!.id);
        assert.equal(got!.body, edited.body);
        assert.deepEqual(got!.versions.map((v) => v.version), [1, 2]);
        assert.equal((await store.getArticleVersion(first!.id, 1))!.body, RAIN.body);
        assert.equal(await store.getArticleVersion(first!.id, 3), null);
        const found = await store.search({ q: "استئناف" });
        assert.equal(found.total, 1, "the index follows the current version");
        const stats = await store.stats();
        assert.equal(stats.articles, 1);
        assert.equal(stats.versions, 2);
      }));

      it("a related article without URL gets its own key under the page", withStore(async (store) => {
        const related = makeArticle({ role: "related", title: "خبر ذو صلة", body: "نص قصير عن خبر آخر.", url: null });
        const main = { ...RAIN, url: null };
        const rs = await store.upsertArticles([input("page", main, 0), input("page", related, 1)], { storedAt: NOW });
        assert.deepEqual(rs.map((r) => r.key), ["fixtures/page.html", "fixtures/page.html#1"]);
        assert.notEqual(rs[0]!.id, rs[1]!.id);
      }));

      it("a batch is written in one transaction: one bad article stores none, and no input mark", withStore(async (store) => {
        const bad = { ...COUNCIL, title: null } as unknown as Article;
        await assert.rejects(store.upsertArticles([input("rain", RAIN), input("bad", bad)], { storedAt: NOW, mark: { input: "fixtures/batch.html", pageHash: "h1" } }));
        assert.equal((await store.stats()).articles, 0);
        assert.equal(await store.hasInput({ input: "fixtures/batch.html", pageHash: "h1" }), false);
        const found = await store.search({ q: "أمطار" });
        assert.equal(found.total, 0, "no index row without its article");
      }));

      it("upsertPages stores each page whole: a bad page is undone alone, with its mark, and the others are stored", withStore(async (store) => {
        const bad = { ...COUNCIL, title: null } as unknown as Article;
        const outcomes = await store.upsertPages([
          { articles: [input("rain", RAIN)], mark: { input: "fixtures/rain.html", pageHash: "h1" } },
          { articles: [input("council", COUNCIL), input("bad", bad)], mark: { input: "fixtures/batch.html", pageHash: "h2" } },
          { articles: [input("council", COUNCIL)], mark: { input: "fixtures/council.html", pageHash: "h3" } },
        ], { storedAt: NOW });
        assert.deepEqual(outcomes.map((o) => o.results?.map((r) => r.status) ?? "error"), [["created"], "error", ["created"]]);
        assert.ok(outcomes[1]!.error instanceof Error);
        assert.equal((await store.stats()).articles, 2);
        assert.equal(await store.hasInput({ input: "fixtures/rain.html", pageHash: "h1" }), true);
        assert.equal(await store.hasInput({ input: "fixtures/batch.html", pageHash: "h2" }), false);
        assert.equal(await store.hasInput({ input: "fixtures/council.html", pageHash: "h3" }), true);
        assert.equal((await store.search({ q: "أمطار" })).total, 1);
      }));

      it("upsertPages indexes only what it stores: an undone page's words find nothing, a version replaced in the same call is found by its new words only", withStore(async (store) => {
        const bad = { ...COUNCIL, title: null } as unknown as Article;
        const rainAgain = { ...RAIN, body: "تواصل هطول الأمطار على مدينة جدة لليوم الثالث." };
        const outcomes = await store.upsertPages([
          { articles: [input("rain", RAIN)] },
          { articles: [input("security", SECURITY), input("bad", bad)] },
          { articles: [input("rain", rainAgain)] },
        ], { storedAt: NOW });
        assert.deepEqual(outcomes.map((o) => o.results?.map((r) => r.status) ?? "error"), [["created"], "error", ["updated"]]);
        assert.equal((await store.search({ q: "الشرطة" })).total, 0, "the undone page left no index row");
        assert.equal((await store.search({ q: "الثالث" })).total, 1, "the new version's words");
        assert.equal((await store.search({ q: "الإنقاذ" })).total, 0, "the replaced version's words are gone");
      }));

      it("marks inputs in the same transaction and clears their failures", withStore(async (store) => {
        await store.recordFailure({ input: "fixtures/rain.html", stage: "store", code: "store-failed", reason: "disk full", failedAt: NOW });
        await store.recordFailure({ input: "fixtures/rain.html", stage: "store", code: "store-failed", reason: "disk full", failedAt: LATER });
        assert.equal((await store.listFailures())[0]!.attempts, 2);
        await store.upsertArticles([input("rain", RAIN)], { storedAt: NOW, mark: { input: "fixtures/rain.html", pageHash: "abc" } });
        assert.equal(await store.hasInput({ input: "fixtures/rain.html", pageHash: "abc" }), true);
        assert.equal(await store.hasInput({ input: "fixtures/rain.html", pageHash: "changed" }), false);
        assert.deepEqual(await store.listFailures(), []);
      }));
    });

    describe("feed state", () => {
      it("keeps a feed's polling state whole, replaces it on the next save, and lists feeds by URL", withStore(async (store) => {
        assert.equal(await store.getFeedState("https://b.example/feed"), null);
        const polled = {
          ...emptyFeedState("https://b.example/feed"),
          etag: '"v1"',
          lastModified: "Tue, 01 Dec 2026 08:00:00 GMT",
          nextPollAt: "2026-12-01T08:15:00.000Z",
          seenKeys: ["https://b.example/news/1", "guid-٢"],
          quietPolls: 1,
          ttlMinutes: 15,
          recentItemDates: ["2026-12-01T07:55:00.000Z"],
          lastOutcome: "200 2 new",
        };
        await store.putFeedState(polled, { savedAt: NOW });
        await store.putFeedState(emptyFeedState("https://a.example/rss"), { savedAt: NOW });
        assert.deepEqual(await store.getFeedState(polled.url), polled);
        const next = { ...polled, etag: null, seenKeys: [...polled.seenKeys, "https://b.example/news/3"], quietPolls: 0, lastOutcome: "304" };
        await store.putFeedState(next, { savedAt: LATER });
        assert.deepEqual(await store.getFeedState(polled.url), next);
        assert.deepEqual((await store.listFeedStates()).map((f) => [f.url, f.lastOutcome]), [["https://a.example/rss", null], [polled.url, "304"]]);
      }));
    });

    describe("search", () => {
      it("a search asked again after an upsert sees what was written (no result kept from before)", withStore(async (store) => {
        await seed(store, [RAIN]);
        const first = await store.search({ q: "جدة", facets: ["source"] });
        assert.equal(first.total, 1);
        first.hits.pop();
        assert.equal((await store.search({ q: "جدة", facets: ["source"] })).hits.length, 1, "a caller's change to a result reaches no other caller");
        await store.upsertArticles([input("jeddah-2", makeArticle({ title: "زحام في جدة", body: "زحام في شوارع جدة بعد الأمطار.", url: "https://test.example/news/jeddah-2" }))], { storedAt: NOW });
        const again = await store.search({ q: "جدة", facets: ["source"] });
        assert.equal(again.total, 2);
        assert.equal(again.facets.source![0]!.count, 2);
      }));

      it("finds inflected and differently spelled forms with marsad's analyzer", withStore(async (store) => {
        await seed(store, [RAIN, COUNCIL, SECURITY]);
        for (const q of ["مدارس", "بالمدارس", "والأمطار", "امطار", "جده"]) {
          const r = await store.search({ q });
          assert.equal(r.hits[0]?.article.title, RAIN.title, `query ${q}`);
        }
      }));

      it("ranks a title match above a body-only match", withStore(async (store) => {
        await seed(store, [COUNCIL, SECURITY]);
        const r = await store.search({ q: "الأمن" });
        assert.equal(r.total, 2);
        assert.equal(r.hits[0]!.article.title, SECURITY.title);
        assert.ok(r.hits[0]!.score >= r.hits[1]!.score);
      }));

      it("matches a phrase only when its words are adjacent", withStore(async (store) => {
        await seed(store, [COUNCIL, SECURITY]);
        const r = await store.search({ q: '"مجلس الأمن"' });
        assert.deepEqual(r.hits.map((h) => h.article.title), [COUNCIL.title]);
      }));

      it("supports OR, -exclusion and prefix*", withStore(async (store) => {
        await seed(store, [RAIN, COUNCIL, SECURITY]);
        const or = await store.search({ q: "جدة OR طارئة" });
        assert.deepEqual(or.hits.map((h) => h.article.title).sort(), [COUNCIL.title, RAIN.title].sort());
        const not = await store.search({ q: "الأمن -طارئة" });
        assert.deepEqual(not.hits.map((h) => h.article.title), [SECURITY.title]);
        const prefix = await store.search({ q: "الإنسا*" });
        assert.deepEqual(prefix.hits.map((h) => h.article.title), [COUNCIL.title]);
      }));

      it("relaxes to any word when all words find nothing, and says so", withStore(async (store) => {
        await seed(store, [RAIN, COUNCIL]);
        const r = await store.search({ q: "أمطار كسوف" });
        assert.equal(r.relaxed, true);
        assert.equal(r.hits[0]!.article.title, RAIN.title);
        const strict = await store.search({ q: "أمطار جدة" });
        assert.equal(strict.relaxed, false);
      }));

      it("does not relax when some article has every word: those hits alone, and relaxed is false", withStore(async (store) => {
        const every = [1, 2].map((i) => makeArticle({ title: `سيول في وادي الريم ${i}`, body: "جرفت السيول سيارات في وادي الريم.", url: `https://test.example/flood/${i}` }));
        const some = [1, 2, 3, 4, 5].map((i) => makeArticle({ title: `سيول وسيول وسيول ${i}`, body: "سيول سيول سيول غمرت الشوارع.", url: `https://test.example/rain/${i}` }));
        await seed(store, [...some, ...every]);
        const r = await store.search({ q: 'سيول "وادي الريم"' });
        assert.equal(r.relaxed, false);
        assert.equal(r.total, 2);
        assert.deepEqual(r.hits.map((h) => h.article.title).sort(), every.map((a) => a.title).sort());
      }));

      it("relaxed, an article with more of the words ranks above one with fewer, however often it repeats them", withStore(async (store) => {
        const two = makeArticle({ title: "تقرير", body: "أمطار على جدة اليوم.", url: "https://test.example/two" });
        const one = makeArticle({ title: "أمطار أمطار أمطار", body: "أمطار أمطار أمطار أمطار أمطار غزيرة.", url: "https://test.example/one" });
        await seed(store, [one, two]);
        const r = await store.search({ q: "أمطار جدة كسوف" });
        assert.equal(r.relaxed, true);
        assert.deepEqual(r.hits.map((h) => h.article.title), [two.title, one.title]);
      }));

      it("folds an outlet stored under its domain and under its name: sources, facets, filters and hits agree", withStore(async (store) => {
        const byDomain = makeArticle({ title: "سيول في المدينة", body: "سيول غمرت الشوارع.", url: "https://ofoq.example/1", source: { name: "قناة الأفق", domain: "ofoq.example" } });
        const byName = makeArticle({ title: "سيول في القرية", body: "سيول جرفت الطرق.", url: "https://test.example/ofoq-2", source: { name: "قناة الأفق", domain: null } });
        const other = makeArticle({ title: "سيول في الوادي", body: "سيول في الوادي.", url: "https://other.example/3", source: { name: "وكالة أخرى", domain: "other.example" } });
        await seed(store, [byDomain, byName, other]);
        const sources = await store.listSources();
        assert.deepEqual(sources.map((s) => [s.key, s.name, s.articleCount, s.keys]), [["ofoq.example", "قناة الأفق", 2, ["ofoq.example", "قناة الأفق"]], ["other.example", "وكالة أخرى", 1, ["other.example"]]]);
        const r = await store.search({ q: "سيول", facets: ["source"] });
        assert.deepEqual(r.facets.source, [{ value: "ofoq.example", count: 2, label: "قناة الأفق" }, { value: "other.example", count: 1, label: "وكالة أخرى" }]);
        assert.deepEqual(new Set(r.hits.map((h) => h.article.outlet.key)), new Set(["ofoq.example", "other.example"]));
        for (const value of ["ofoq.example", "قناة الأفق"]) {
          assert.equal((await store.search({ q: "سيول", sources: [value] })).total, 2, `filter ${value}`);
          assert.equal((await store.listArticles({ sources: [value] })).total, 2, `list ${value}`);
        }
      }));

      it("cuts highlighted snippets from the original text", withStore(async (store) => {
        await seed(store, [RAIN]);
        const r = await store.search({ q: "الامطار" });
        const hit = r.hits[0]!;
        const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
        assert.ok(marked.includes("الأمطارِ"), `original spelling with hamza and kasra, got ${JSON.stringify(marked)}`);
        assert.deepEqual(hit.title.highlights.map((h) => hit.title.text.slice(h.start, h.end)), ["أمطار"]);
      }));

      it("filters by source, date range, language, tag and entity", withStore(async (store) => {
        await seed(store, [RAIN, COUNCIL, SECURITY, ENGLISH, VISIT_A, VISIT_B, VISIT_LINK]);
        const titles = async (q: Parameters<Store["search"]>[0]) => (await store.search(q)).hits.map((h) => h.article.title).sort();
        assert.deepEqual(await titles({ q: "الأمن", sources: ["other.example"] }), [COUNCIL.title]);
        assert.deepEqual(await titles({ q: "الأمن", since: "2025-12-03" }), [SECURITY.title]);
        assert.deepEqual(await titles({ q: "الأمن", until: "2025-12-02" }), [COUNCIL.title]);
        assert.deepEqual(await titles({ q: "schools", languages: ["en"] }), [ENGLISH.title]);
        assert.deepEqual(await titles({ q: "schools", languages: ["ar"] }), []);
        assert.deepEqual(await titles({ q: "جلسة OR المدارس", tags: ["طقس"] }), [RAIN.title]);
        assert.deepEqual(await titles({ q: "الخليج OR الرياض", entities: ["ترامب"] }), [VISIT_B.title, VISIT_A.title].sort());
      }));

      it("an entity's spellings find each other (Arabic variants and Latin name)", withStore(async (store) => {
        await seed(store, [VISIT_A, VISIT_B, VISIT_LINK, RAIN]);
        const latin = await store.search({ q: "Trump" });
        assert.deepEqual(latin.hits.map((h) => h.article.title).sort(), [VISIT_A.title, VISIT_B.title, VISIT_LINK.title].sort());
        const variant = await store.search({ q: "ترمب" });
        assert.ok(variant.hits.some((h) => h.article.title === VISIT_A.title), "ترمب finds the article that writes ترامب");
        const ents = await store.listEntities({ name: "Trump" });
        assert.ok(ents.length >= 1);
        assert.ok(ents.flatMap((e) => e.spellings).includes("ترمب"));
      }));

      it("lists one entity per name, typed by its head word or most of its articles", withStore(async (store) => {
        const tagged = (i: number, entities: Entity[]) =>
          makeArticle({ title: `جولة ميدانية رقم ${i}`, body: `زارت سلمى الحارثي وادي الريم في الجولة رقم ${i}.`, url: `https://test.example/tour/${i}`, entities });
        const salma = (type: Entity["type"]): Entity => ({ type, name: "سلمى الحارثي", mentions: ["سلمى الحارثي"], aliases: [] });
        const valley = (type: Entity["type"]): Entity => ({ type, name: "وادي الريم", mentions: ["وادي الريم", "الوادي"], aliases: [] });
        await seed(store, [
          tagged(1, [salma("person"), valley("person")]),
          tagged(2, [salma("person"), valley("person")]),
          tagged(3, [salma("location"), valley("location")]),
          tagged(4, [salma("person"), salma("organization")]),
        ]);
        const all = await store.listEntities();
        assert.deepEqual(all.map((e) => [e.type, e.name, e.articleCount]).sort(), [["location", "وادي الريم", 3], ["person", "سلمى الحارثي", 4]]);
        assert.deepEqual(all.find((e) => e.type === "location")!.spellings, ["الوادي", "وادي الريم"]);
        const byName = await store.listEntities({ name: "سلمي الحارثي" });
        assert.deepEqual(byName.map((e) => [e.type, e.name, e.articleCount]), [["person", "سلمى الحارثي", 4]]);
        const facet = (await store.search({ q: "الجولة", facets: ["entity"] })).facets.entity!;
        assert.deepEqual(facet.map((f) => [f.value, f.count]).sort(), [["سلمى الحارثي", 4], ["وادي الريم", 3]]);
        const [third, fourth] = await Promise.all(["3", "4"].map(async (n) => store.getArticle((await store.listArticles({ limit: 10 })).items.find((a) => a.title.endsWith(n))!.id)));
        assert.deepEqual(third!.entities.map((e) => e.type), ["location", "location"], "each article keeps the types it was stored with");
        assert.deepEqual(fourth!.entities.map((e) => e.type), ["person", "organization"]);
      }));

      it("counts facets by source, day and entity over all matches", withStore(async (store) => {
        await seed(store, [RAIN, COUNCIL, SECURITY, VISIT_A, VISIT_B]);
        const r = await store.search({ q: "في OR الأمن OR ترامب OR قمة", facets: ["source", "day", "entity"], limit: 1 });
        assert.equal(r.hits.length, 1);
        const sources = Object.fromEntries(r.facets.source!.map((f) => [f.value, f.count]));
        assert.equal(sources["other.example"], 2);
        assert.equal(r.facets.source!.reduce((s, f) => s + f.count, 0), r.total);
        assert.deepEqual(r.facets.day!.map((f) => f.value), [...r.facets.day!.map((f) => f.value)].sort().reverse());
        assert.ok(r.facets.entity!.length >= 1);
        assert.equal(r.facetSample, null);
        const sampled = await store.search({ q: "في OR الأمن OR ترامب OR قمة", facets: ["source", "day"], limit: 1, facetSample: 2 });
        assert.equal(sampled.facetSample, 2);
        assert.equal(sampled.total, r.total, "the total still counts every match");
        assert.equal(sampled.facets.source!.reduce((s, f) => s + f.count, 0), 2, "the best two matches counted");
        await assert.rejects(store.search({ q: "في", facetSample: 0 }), /facetSample/);
      }));

      it("searches a prefix that starts more forms than prefixForms as its most frequent ones (ties by form), and says so", withStore(async (store) => {
        const ids = await seed(store, PREFIX_ARTICLES);
        const capped = await store.search({ q: "مست*", prefixForms: 2, limit: 10 });
        const top2 = ["مستشفى", "مستقبل"].map(normalizeArabic);
        assert.deepEqual(capped.cappedPrefixes, [{ prefix: normalizeArabic("مست"), forms: top2 }]);
        assert.deepEqual(capped.hits.map((h) => h.article.id).sort(), [ids[0], ids[1], ids[2]].sort(), "only the articles with the two forms searched");
        assert.ok(capped.warnings.some((w) => w.includes("مست*")));
        assert.deepEqual(await store.search({ q: "مست*", prefixForms: 2, limit: 10 }), capped, "the same answer every time");
        const third = await store.search({ q: "مست*", prefixForms: 3 });
        assert.deepEqual(third.cappedPrefixes[0]!.forms, [...top2, normalizeArabic("مستوى")], "df 2 before df 1");
        const all = await store.search({ q: "مست*", prefixForms: 4, limit: 10 });
        assert.deepEqual(all.cappedPrefixes, [], "as many forms as the cap: every form is searched");
        assert.equal(all.total, PREFIX_ARTICLES.length);
      }));

      it("counts a prefix's forms by the articles' current versions", withStore(async (store) => {
        await seed(store, PREFIX_ARTICLES);
        const rewritten = { ...PREFIX_ARTICLES[3]!, body: "ارتفع منسوب المياه في السد." };
        await store.upsertArticles([input("a3", rewritten)], { storedAt: LATER });
        const r = await store.search({ q: "مست*", prefixForms: 3 });
        assert.deepEqual(r.cappedPrefixes[0]!.forms.slice(2), [normalizeArabic("مستمر")], "مستوى is in one article now: the tie with مستمر goes by form");
      }));

      it("counts a prefix's forms in the pages upsertPages stores, not in a page it undoes", withStore(async (store) => {
        const [a0, a1, , a3, a4, a5] = PREFIX_ARTICLES.map((a, i) => input(`a${i}`, a));
        const bad = input("bad", { ...COUNCIL, title: null } as unknown as Article);
        const outcomes = await store.upsertPages([{ articles: [a0!, a1!] }, { articles: [a3!, a5!, bad] }, { articles: [a4!] }], { storedAt: NOW });
        assert.deepEqual(outcomes.map((o) => (o.results ? "stored" : "error")), ["stored", "error", "stored"]);
        const r = await store.search({ q: "مست*", prefixForms: 2 });
        assert.deepEqual(r.cappedPrefixes[0]!.forms, ["مستشفى", "مستقبل"].map(normalizeArabic), "مستوى (two undone articles) is counted in none");
      }));

      it("examines only the newest `candidates` matches when more match, and says so", withStore(async (store) => {
        const summits = Array.from({ length: 5 }, (_, i) => makeArticle({ title: `قمة رقم ${i + 1}`, body: `انعقدت القمة في يومها ${i + 1}.`, url: `https://test.example/summit/${i}` }));
        const ids = await seed(store, summits);
        const capped = await store.search({ q: "قمة", candidates: 3, limit: 10, facets: ["source"] });
        assert.equal(capped.candidateCap, 3);
        assert.equal(capped.total, 3);
        assert.deepEqual(capped.hits.map((h) => h.article.id).sort(), ids.slice(2).sort(), "the three stored last");
        assert.equal(capped.facets.source!.reduce((n, f) => n + f.count, 0), 3);
        assert.ok(capped.warnings.some((w) => w.includes("3")));
        const page2 = await store.search({ q: "قمة", candidates: 3, limit: 2, offset: 2 });
        assert.deepEqual(page2.hits.length, 1, "pages end at the cap");
        const all = await store.search({ q: "قمة", candidates: 5, limit: 10 });
        assert.equal(all.candidateCap, null);
        assert.equal(all.total, 5);
        await assert.rejects(store.search({ q: "قمة", candidates: 0 }), /candidates/);
        await assert.rejects(store.search({ q: "قمة", prefixForms: 0 }), /prefixForms/);
      }));

      it("pages through results without overlap", withStore(async (store) => {
        const many = Array.from({ length: 7 }, (_, i) => makeArticle({ title: `تقرير رقم ${i + 1} عن الاقتصاد`, body: `نمو الاقتصاد في الربع ${i + 1}.`, url: `https://test.example/eco/${i}` }));
        await seed(store, many);
        const p1 = await store.search({ q: "الاقتصاد", limit: 3 });
        const p2 = await store.search({ q: "الاقتصاد", limit: 3, offset: 3 });
        const p3 = await store.search({ q: "الاقتصاد", limit: 3, offset: 6 });
        assert.equal(p1.total, 7);
        const ids = [...p1.hits, ...p2.hits, ...p3.hits].map((h) => h.article.id);
        assert.equal(ids.length, 7);
        assert.equal(new Set(ids).size, 7);
      }));

      it("answers an empty or stopword-only query with no hits and a warning", withStore(async (store) => {
        await seed(store, [RAIN]);
        const r = await store.search({ q: "في" });
        assert.equal(r.total, 0);
        assert.ok(r.warnings.length > 0);
      }));
    });

    describe("listing", () => {
      it("lists articles newest first with filters, and sources with counts", withStore(async (store) => {
        await seed(store, [RAIN, COUNCIL, SECURITY, ENGLISH]);
        const all = await store.listArticles({});
        assert.equal(all.total, 4);
        assert.deepEqual(all.items.map((a) => a.title), [SECURITY.title, COUNCIL.title, RAIN.title, ENGLISH.title]);
        const filtered = await store.listArticles({ sources: ["test.example"], since: "2025-12-02", until: "2025-12-31" });
        assert.deepEqual(filtered.items.map((a) => a.title), [SECURITY.title]);
        const page = await store.listArticles({ limit: 2, offset: 2 });
        assert.equal(page.items.length, 2);
        const sources = await store.listSources();
        assert.deepEqual(sources.map((s) => [s.key, s.articleCount]), [["test.example", 2], ["en.example", 1], ["other.example", 1]]);
        assert.equal(sources[0]!.firstPublishedAt, RAIN.publishedAt);
        assert.equal(sources[0]!.lastPublishedAt, SECURITY.publishedAt);
        const stats = await store.stats();
        assert.equal(stats.sources, 3);
        assert.ok(stats.bytes > 0);
        await store.ping();
      }));
    });
  });
}

/**
 * Deadlines, on a store opened with a clock that jumps a second at every reading: any search that
 * reads it twice is past a 500 ms deadline, whatever the machine's speed.
 */
export function describeDeadlines(name: string, openStore: (options: OpenStoreOptions) => Promise<Store>): void {
  describe(`Store deadlines: ${name}`, () => {
    it("a search past its deadline stops with StoreTimeoutError, and the store answers the next one", async () => {
      let t = 0;
      const store = await openStore({ clock: () => (t += 1000) });
      try {
        const many = Array.from({ length: 600 }, (_, i) => input(`flood${i}`, makeArticle({ title: `سيول رقم ${i}`, body: "سيول غمرت الشوارع.", url: `https://test.example/flood/${i}` })));
        await store.upsertArticles(many, { storedAt: NOW });
        await assert.rejects(store.search({ q: "سيول", facets: ["source", "day"], timeoutMs: 500 }), StoreTimeoutError);
        assert.equal((await store.search({ q: "سيول", limit: 1 })).total, 600);
      } finally {
        await store.close();
      }
    });
  });
}
