/**
 * The connect part of the Store contract (queue, links, duplicate groups, stories, redirects,
 * connector state, leases, collapsed search) and the Connector over a real store. Run by
 * sqlite/sqlite-store.test.ts and postgres/postgres-store.test.ts; each test opens a fresh store.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Connector } from "../connect/connector.js";
import { buildStoryRecord } from "../connect/story-record.js";
import { contentHash } from "../connect/fingerprint.js";
import type { Fact } from "../types.js";
import { makeArticle, seed, storeTest } from "./store.contract.js";
import type { ArticleConnection, ConnectBatch, Store } from "./store.js";

const NOW = "2026-02-01T10:00:00Z";

const QUAKE_BODY = "ضرب زلزال بقوة ست درجات مدينة الساحل فجر اليوم وانهارت عشرات المباني القديمة في الحي الشرقي.\n\nوقال الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض، وإن المستشفيات استقبلت أعداداً كبيرة من المصابين.";

function killed(value: number): Fact {
  return { kind: "killed", value, valueMax: null, qualifier: "exact", group: null, text: `قتل ${value} أشخاص` };
}

const QUAKE_A = makeArticle({
  title: "زلزال يضرب مدينة الساحل ويهدم مباني قديمة",
  body: QUAKE_BODY,
  url: "https://a.example/quake",
  source: { name: "صحيفة الشاطئ", domain: "a.example" },
  publishedAt: "2026-01-30T06:00:00Z",
  facts: [killed(12)],
});

const QUAKE_COPY = makeArticle({
  title: "(وكالات) زلزال يضرب مدينة الساحل",
  body: `(وكالات) - ${QUAKE_BODY}`,
  url: "https://b.example/news/77",
  source: { name: "موقع الخبر", domain: "b.example" },
  publishedAt: "2026-01-30T07:00:00Z",
  facts: [killed(12)],
});

const QUAKE_OTHER_TOLL = makeArticle({
  title: "ارتفاع حصيلة زلزال الساحل",
  body: "أفادت مصادر طبية بأن حصيلة ضحايا الزلزال الذي ضرب مدينة الساحل فجر اليوم ارتفعت، فيما تواصل فرق الدفاع المدني البحث تحت أنقاض المباني المنهارة في الحي الشرقي.",
  url: "https://c.example/quake-toll",
  source: { name: "إذاعة الوادي", domain: "c.example" },
  publishedAt: "2026-01-30T08:00:00Z",
  facts: [killed(20)],
});

const MARKET = makeArticle({
  title: "افتتاح سوق الكتاب السنوي في العاصمة",
  body: "افتتح وزير الثقافة سوق الكتاب السنوي بمشاركة مئتي دار نشر عربية، ويستمر المعرض عشرة أيام مع ندوات يومية للأطفال.",
  url: "https://a.example/books",
  source: { name: "صحيفة الشاطئ", domain: "a.example" },
  publishedAt: "2026-01-30T09:00:00Z",
});

function link(articleId: string, seq: number, dupGroup: string, storyId: string): ArticleConnection {
  return { articleId, seq, dupGroup, dupKind: dupGroup === articleId ? "new" : "near", dupMatched: dupGroup === articleId ? null : dupGroup, dupSimilarity: dupGroup === articleId ? null : 0.8, storyId, bodyHash: `hash-of-${dupGroup}` };
}

function batch(over: Partial<ConnectBatch> & Pick<ConnectBatch, "connections" | "done">, seq: number, previousSeq: number | null): ConnectBatch {
  return { groups: [], stories: [], merged: [], splits: [], state: { seq, data: new Uint8Array([seq, 1, 2, 3]) }, previousSeq, savedAt: NOW, ...over };
}

export function describeConnectContract(name: string, openStore: () => Promise<Store>): void {
  const withStore = storeTest(openStore);

  describe(`Store contract, connect: ${name}`, () => {
    it("a search asked again after a connect step answers with the copies folded (no result kept from before)", withStore(async (store) => {
      const [a, b] = await seed(store, [QUAKE_A, QUAKE_COPY]);
      const q = QUAKE_A.title.split(" ")[0]!;
      assert.equal((await store.search({ q })).total, 2);
      await store.saveConnections(batch({ connections: [link(a!, 1, a!, `story-${a}`), link(b!, 2, a!, `story-${a}`)], done: [a!, b!], groups: [{ groupId: a!, earliestId: a! }] }, 2, null));
      const after = await store.search({ q });
      assert.equal(after.total, 1);
      assert.equal(after.hits[0]!.duplicates, 1);
    }));

    it("queues new articles and new versions, and a connect step takes them off with links, groups, stories and state", withStore(async (store) => {
      const [a, b] = await seed(store, [QUAKE_A, QUAKE_COPY]);
      assert.deepEqual((await store.pendingConnections(10)).map((x) => x.id), [a, b]);
      assert.equal(await store.loadConnectState(), null);
      const members = [{ id: a!, article: QUAKE_A }, { id: b!, article: QUAKE_COPY }];
      const record = buildStoryRecord(`story-${a}`, members);
      await store.saveConnections(batch({ connections: [link(a!, 1, a!, `story-${a}`), link(b!, 2, a!, `story-${a}`)], done: [a!, b!], groups: [{ groupId: a!, earliestId: a! }], stories: [record] }, 2, null));
      assert.deepEqual(await store.pendingConnections(10), []);
      const state = await store.loadConnectState();
      assert.equal(state?.seq, 2);
      assert.deepEqual([...state!.data], [2, 1, 2, 3]);
      const links = await store.getArticleLinks(b!);
      assert.equal(links?.dupGroup, a);
      assert.equal(links?.dupKind, "near");
      assert.equal(links?.earliestId, a);
      assert.deepEqual(links?.duplicates.map((d) => d.id), [a]);
      assert.equal(links?.storyId, `story-${a}`);
      assert.deepEqual(await store.storyMembers(`story-${a}`), [a, b]);
      assert.deepEqual(await store.getStory(`story-${a}`), record);
      const list = await store.listStories({});
      assert.deepEqual(list.items.map((s) => [s.id, s.articleCount, s.sourceCount]), [[`story-${a}`, 2, 2]]);

      await store.upsertArticles([{ input: "fixtures/a0.html", index: 0, article: { ...QUAKE_A, title: `${QUAKE_A.title} (محدث)` } }], { storedAt: NOW });
      await store.upsertArticles([{ input: "fixtures/a1.html", index: 0, article: QUAKE_COPY }], { storedAt: NOW });
      assert.deepEqual((await store.pendingConnections(10)).map((x) => x.id), [a], "a new version is queued again, an unchanged one is not");
      assert.equal(await store.getArticleLinks("no-such-id"), null);
    }));

    it("refuses a step whose state moved in between, and writes nothing of it", withStore(async (store) => {
      const [a, b] = await seed(store, [QUAKE_A, MARKET]);
      await store.saveConnections(batch({ connections: [link(a!, 1, a!, `story-${a}`)], done: [a!] }, 1, null));
      await assert.rejects(store.saveConnections(batch({ connections: [link(b!, 2, b!, `story-${b}`)], done: [b!] }, 2, 0)), /connect step refused/);
      await assert.rejects(store.saveConnections(batch({ connections: [link(b!, 2, b!, `story-${b}`)], done: [b!] }, 2, null)), /connect step refused/);
      assert.equal(await store.getArticleLinks(b!), null);
      assert.deepEqual((await store.pendingConnections(10)).map((x) => x.id), [b]);
      assert.equal((await store.loadConnectState())?.seq, 1);
    }));

    it("moves the members of a merged story to the survivor and resolves the old id", withStore(async (store) => {
      const [a, b, c] = await seed(store, [QUAKE_A, QUAKE_OTHER_TOLL, MARKET]);
      const sa = `story-${a}`;
      const sb = `story-${b}`;
      await store.saveConnections(batch({
        connections: [link(a!, 1, a!, sa), link(b!, 2, b!, sb)], done: [a!, b!],
        stories: [buildStoryRecord(sa, [{ id: a!, article: QUAKE_A }]), buildStoryRecord(sb, [{ id: b!, article: QUAKE_OTHER_TOLL }])],
      }, 2, null));
      const merged = buildStoryRecord(sa, [{ id: a!, article: QUAKE_A }, { id: b!, article: QUAKE_OTHER_TOLL }, { id: c!, article: MARKET }]);
      await store.saveConnections(batch({ connections: [link(c!, 3, c!, sb)], done: [c!], merged: [{ from: sb, into: sa }], stories: [merged] }, 3, 2));
      assert.deepEqual(await store.storyMembers(sb), [a, b, c]);
      assert.deepEqual(await store.storiesMembers([sb, "no-such-story", sa, sb]), [[a, b, c], [], [a, b, c], [a, b, c]], "each id's members, its redirect followed, in the order asked");
      assert.deepEqual((await store.getArticles([c!, "no-such-id", a!, c!])).map((x) => [x.id, x.title]), [[c, MARKET.title], [a, QUAKE_A.title], [c, MARKET.title]], "getArticle of each, unknown left out");
      const page = await store.storyArticles(sb, { limit: 2 });
      assert.equal(page.total, 3);
      assert.deepEqual(page.items.map((x) => [x.article.id, x.seq]), [[c, 3], [b, 2]], "newest first");
      assert.equal((await store.getStory(sb))?.id, sa);
      assert.equal((await store.getArticleLinks(c!))?.storyId, sa);
      assert.deepEqual((await store.listStories({})).items.map((s) => s.id), [sa]);
      assert.equal((await store.listStories({ minArticles: 4 })).total, 0);
      assert.equal((await store.listStories({ since: "2026-01-31" })).total, 0);

      const kept = buildStoryRecord(sa, [{ id: a!, article: QUAKE_A }, { id: b!, article: QUAKE_OTHER_TOLL }]);
      const left = buildStoryRecord(`story-${c}`, [{ id: c!, article: MARKET }]);
      await store.saveConnections(batch({ connections: [], done: [], splits: [{ from: sa, into: `story-${c}`, articleIds: [c!] }], stories: [kept, left] }, 4, 3));
      assert.deepEqual(await store.storyMembers(sa), [a, b]);
      assert.deepEqual(await store.storyMembers(`story-${c}`), [c]);
      assert.deepEqual(await store.storiesMembers([`story-${c}`, sa]), [[c], [a, b]]);
      assert.equal((await store.getArticleLinks(c!))?.storyId, `story-${c}`);
      assert.equal((await store.listStories({})).total, 2);
    }));

    it("collapses a duplicate group into one search hit by default", withStore(async (store) => {
      const [a, b, c] = await seed(store, [QUAKE_A, QUAKE_COPY, QUAKE_OTHER_TOLL]);
      await store.saveConnections(batch({ connections: [link(a!, 1, a!, "s"), link(b!, 2, a!, "s"), link(c!, 3, c!, "s")], done: [a!, b!, c!] }, 3, null));
      const collapsed = await store.search({ q: "زلزال الساحل" });
      assert.equal(collapsed.total, 2);
      const lead = collapsed.hits.find((h) => h.duplicateGroup === a);
      assert.equal(lead?.duplicates, 1);
      assert.equal(collapsed.hits.find((h) => h.article.id === c)?.duplicates, 0);
      const all = await store.search({ q: "زلزال الساحل", collapseDuplicates: false });
      assert.equal(all.total, 3);
      assert.ok(all.hits.every((h) => h.duplicates === 0));
    }));

    it("folds a group with more copies than one read of matches, on every page", withStore(async (store) => {
      const copies = Array.from({ length: 15 }, (_, i) => ({ ...QUAKE_A, url: `https://copies.example/${i}` }));
      const ids = await seed(store, [...copies, QUAKE_OTHER_TOLL]);
      const lead = ids[0]!;
      await store.saveConnections(batch({
        connections: ids.map((id, i) => link(id, i + 1, i < copies.length ? lead : id, "s")), done: ids,
      }, ids.length, null));
      const pages = [await store.search({ q: "زلزال", limit: 1 }), await store.search({ q: "زلزال", limit: 1, offset: 1 })];
      assert.deepEqual(pages.map((p) => p.total), [2, 2]);
      const hits = pages.map((p) => p.hits[0]!);
      assert.deepEqual(hits.map((h) => h.article.id).sort(), [lead, ids[ids.length - 1]].sort());
      assert.equal(hits.find((h) => h.duplicateGroup === lead)?.duplicates, 14);
      assert.equal((await store.search({ q: "زلزال", limit: 1, offset: 2 })).hits.length, 0);
      const filtered = await store.search({ q: "زلزال", sources: ["c.example"] });
      assert.deepEqual([filtered.total, filtered.hits[0]?.duplicates], [1, 0], "filters apply before folding");
      const copiesOnly = await store.search({ q: "زلزال", sources: ["a.example"], limit: 1 });
      assert.deepEqual([copiesOnly.total, copiesOnly.hits[0]?.duplicates], [1, 14]);
    }));

    it("gives a lease to one holder at a time until released or expired", withStore(async (store) => {
      assert.equal(await store.acquireLease("connect", "w1", 60_000), true);
      assert.equal(await store.acquireLease("connect", "w2", 60_000), false);
      assert.equal(await store.acquireLease("connect", "w1", 60_000), true, "the holder renews");
      await store.releaseLease("connect", "w2");
      assert.equal(await store.acquireLease("connect", "w2", 60_000), false, "only the holder releases");
      await store.releaseLease("connect", "w1");
      assert.equal(await store.acquireLease("connect", "w2", -1), true);
      assert.equal(await store.acquireLease("connect", "w3", 60_000), true, "an expired lease is taken over");
    }));

    it("connects: a copy joins its original's group and story, a disagreeing toll is a conflict, a second connector resumes from the saved state", withStore(async (store) => {
      const [a, b, c] = await seed(store, [QUAKE_A, QUAKE_COPY, QUAKE_OTHER_TOLL]);
      const first = await new Connector({ holder: "first" }).connectPending(store, NOW);
      assert.equal(first.connected, 3);
      const linkB = await store.getArticleLinks(b!);
      assert.equal(linkB?.dupGroup, (await store.getArticleLinks(a!))?.dupGroup);
      assert.notEqual(linkB?.dupKind, "new");
      const storyId = (await store.getArticleLinks(a!))!.storyId!;
      assert.equal(linkB?.storyId, storyId);
      assert.equal((await store.getArticleLinks(c!))?.storyId, storyId, "another source's report of the event joins the story");
      const record = (await store.getStory(storyId))!;
      assert.equal(record.articleCount, 3);
      assert.ok(record.conflicts.some((k) => k.kind === "killed" && k.figures.some((f) => f.value === 12) && k.figures.some((f) => f.value === 20)));

      const [d] = await seed(store, [MARKET]);
      const second = await new Connector({ holder: "second" }).connectPending(store, NOW);
      assert.deepEqual([second.connected, second.newStories], [1, 1]);
      assert.notEqual((await store.getArticleLinks(d!))?.storyId, storyId);
      assert.equal((await store.listStories({})).total, 2);
      assert.equal((await new Connector().connectPending(store, NOW)).connected, 0);
    }));

    it("finds an exact copy of an article the connector no longer holds in memory, through the store", withStore(async (store) => {
      const [a] = await seed(store, [QUAKE_A, MARKET]);
      // a day of memory, checked after every article (the saved state keeps these options)
      await new Connector({ holder: "t", dedup: { retainHours: 24, evictEvery: 1 } }).connectPending(store, NOW);
      // a month later, the same text republished: far outside the connector's near-duplicate window
      const later = [{ ...MARKET, url: "https://a.example/later-1", publishedAt: "2026-03-05T09:00:00Z" }, { ...QUAKE_A, url: "https://z.example/old-news", source: { name: "موقع آخر", domain: "z.example" }, publishedAt: "2026-03-06T09:00:00Z" }];
      await store.upsertArticles(later.map((article, i) => ({ input: `fixtures/later-${i}.html`, index: 0, article })), { storedAt: NOW });
      const report = await new Connector({ holder: "t" }).connectPending(store, NOW);
      assert.equal(report.exactDuplicates, 2);
      const copy = (await store.search({ q: "زلزال", collapseDuplicates: false, sources: ["z.example"] })).hits[0]!.article.id;
      const links = await store.getArticleLinks(copy);
      assert.equal(links?.dupGroup, (await store.getArticleLinks(a!))?.dupGroup);
      assert.equal(links?.earliestId, a);
      assert.equal(links?.storyId, (await store.getArticleLinks(a!))?.storyId, "the copy joins the old story");
      assert.deepEqual(await store.findExactCopy("no-such-hash"), null);
      // the batch reads answer as the single ones do
      const hash = contentHash(QUAKE_A.body);
      const single = await store.findExactCopy(hash);
      assert.equal(single?.articleId, a, "the first connected of the copies");
      assert.deepEqual(await store.findExactCopies([hash, "no-such-hash", hash]), new Map([[hash, single]]));
      assert.deepEqual(await store.findExactCopies([]), new Map());
      const unconnected = (await seed(store, [{ ...MARKET, url: "https://a.example/not-connected-yet" }]))[0]!;
      assert.deepEqual([...(await store.connectedArticles([a!, copy, unconnected, "no-such-id"]))].sort(), [a!, copy].sort());
      assert.deepEqual(await store.connectedArticles([]), new Set());
    }));

    it("a story is named after its earliest member, whatever the storage order and however many connectors took turns", withStore(async (store) => {
      // latest first, one article per step, two connectors alternating
      const ids: string[] = [];
      for (const [i, article] of [MARKET, QUAKE_OTHER_TOLL, QUAKE_COPY, QUAKE_A].entries()) {
        ids.push(...(await seed(store, [article])));
        await new Connector({ holder: `worker-${i % 2}` }).connectPending(store, NOW);
      }
      const [market, other, copy, first] = ids;
      const quake = (await store.getArticleLinks(first!))!.storyId;
      assert.equal(quake, `story-${first}`, "the earliest report names the story");
      for (const id of [other, copy]) assert.equal((await store.getArticleLinks(id!))?.storyId, quake);
      assert.equal((await store.getArticleLinks(market!))?.storyId, `story-${market}`);
      assert.equal((await store.getStory(`story-${other}`))?.id, quake, "the id the story had before its earliest member arrived redirects");
      assert.equal((await store.getStory(quake))?.articleCount, 3);
      assert.deepEqual((await store.storyMembers(quake)).sort(), [first, other, copy].sort());
    }));

    it("a duplicate group is named after its earliest member, whatever the storage order", withStore(async (store) => {
      // the copy is stored and connected first; the original, published earlier, comes in a later step
      const [copy] = await seed(store, [QUAKE_COPY]);
      await new Connector({ holder: "t" }).connectPending(store, NOW);
      assert.equal((await store.getArticleLinks(copy!))?.dupGroup, copy);
      const [first] = await seed(store, [QUAKE_A]);
      await new Connector({ holder: "t" }).connectPending(store, NOW);
      for (const id of [first, copy]) {
        const links = (await store.getArticleLinks(id!))!;
        assert.deepEqual([links.dupGroup, links.earliestId], [first, first], `links of ${id}`);
        assert.deepEqual(links.duplicates.map((d) => d.id), [first, copy].filter((x) => x !== id));
      }
      assert.equal((await store.search({ q: "زلزال" })).hits.length, 1, "the renamed group still folds into one hit");
    }));

    it("a story the repair pass renames and closes in the same step keeps its record", withStore(async (store) => {
      // the quake's copy first, alone: it opens a story; a step later come the original, which the
      // repair names the story after, and the latest news, which puts the quake (ten days before it)
      // past the story window, so the same repair closes it (a step connects in publication order,
      // so the copy must come a step before its original to open the story)
      const [copy] = await seed(store, [QUAKE_COPY]);
      await new Connector({ holder: "t" }).connectPending(store, NOW);
      const later = { ...MARKET, url: "https://a.example/books-later", publishedAt: "2026-02-09T09:00:00Z" };
      const [market, first] = await seed(store, [later, QUAKE_A]);
      const report = await new Connector({ holder: "t" }).connectPending(store, NOW);
      assert.ok(report.repairMoves > 0, "the repair moved the quake's articles");
      const quake = `story-${first}`;
      for (const id of [first, copy]) assert.equal((await store.getArticleLinks(id!))?.storyId, quake, `story of ${id}`);
      const record = await store.getStory(quake);
      assert.equal(record?.articleCount, 2);
      assert.equal((await store.getStory(`story-${copy}`))?.id, quake, "the earlier id redirects");
      assert.equal((await store.listStories({})).total, 2);
      assert.equal((await store.getArticleLinks(market!))?.storyId, `story-${market}`);
    }));

    it("skips the step while another process holds the lease", withStore(async (store) => {
      await seed(store, [MARKET]);
      assert.equal(await store.acquireLease("connect", "someone-else", 60_000), true);
      const report = await new Connector({ holder: "me" }).connectPending(store, NOW);
      assert.equal(report.skipped, true);
      assert.equal((await store.pendingConnections(10)).length, 1);
    }));
  });
}
