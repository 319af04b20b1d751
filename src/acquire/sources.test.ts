import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpClient } from "./http/client.js";
import { ARTICLES, rssOf, startHostileSite, type HostileSite } from "./http/hostile-site.js";
import { discoverFeedItems, fetchPage, fetchPages, markTaken, pollFeed, type DiscoveryEvent } from "./sources.js";
import { emptyFeedState, feedValidators, FileFeedStateStore, importFeedStateFile, MemoryFeedStateStore } from "./feeds/feed-state.js";
import { readPage } from "../pipeline.js";

let site: HostileSite;
let client: HttpClient;
let dir: string;
const quick = { allowPrivate: true, totalTimeoutMs: 2000, retries: 0, limiter: { hostIntervalMs: 0, hostConcurrency: 4 } };

before(async () => {
  site = await startHostileSite();
  client = new HttpClient(quick);
  dir = await mkdtemp(join(tmpdir(), "marsad-sources-"));
});
after(async () => {
  await client.close();
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

async function collect(source: string, c: HttpClient = client): Promise<{ pages: string[]; titles: (string | null)[]; issues: string[]; events: DiscoveryEvent[] }> {
  const events: DiscoveryEvent[] = [];
  for await (const e of discoverFeedItems(c, source)) events.push(e);
  return {
    events,
    pages: events.flatMap((e) => (e.type === "page" ? [e.page.url] : [])),
    titles: events.flatMap((e) => (e.type === "page" ? [e.page.item?.title ?? null] : [])),
    issues: events.flatMap((e) => (e.type === "issue" ? [e.issue.code] : [])),
  };
}

describe("discovery on the hostile site", () => {
  test("a feed with relative links: resolved, and the repeated item (tracking parameters) dropped", async () => {
    const r = await collect(site.url("/feeds/main.xml"));
    assert.deepEqual(r.pages, [site.url("/articles/1"), site.url("/articles/2")]);
    assert.deepEqual(r.titles, [ARTICLES["1"]!.title, ARTICLES["2"]!.title]);
  });

  test("a malformed feed still yields its items", async () => {
    const r = await collect(site.url("/feeds/broken.xml"));
    assert.deepEqual(r.pages, [site.url("/articles/2"), site.url("/articles/3")]);
    assert.equal(r.titles[0], 'تقرير "خاص" عن المدارس');
    assert.deepEqual(r.issues, []);
  });

  test("a windows-1256 feed mislabelled ISO-8859-1 gives Arabic titles", async () => {
    const r = await collect(site.url("/feeds/cp1256.xml"));
    assert.deepEqual(r.titles, [ARTICLES["3"]!.title]);
  });

  test("XML that is no feed or sitemap is an issue naming it", async () => {
    const r = await collect(site.url("/feeds/not-a-feed.xml"));
    assert.deepEqual(r.pages, []);
    assert.deepEqual(r.issues, ["source-unrecognized"]);
  });

  test("a sitemap index of sitemaps (one gzipped) yields every page", async () => {
    const r = await collect(site.url("/sitemap-index.xml"));
    assert.deepEqual(r.pages, [site.url("/articles/1"), site.url("/articles/2"), site.url("/articles/3")]);
  });

  test("an HTML page's <link rel=alternate> (relative) leads to its feed", async () => {
    const r = await collect(site.url("/home"));
    assert.deepEqual(r.pages, [site.url("/articles/1"), site.url("/articles/2")]);
  });

  test("a site root without feeds falls back to robots.txt Sitemap: lines", async () => {
    const r = await collect(site.url("/"));
    assert.deepEqual(r.pages, [site.url("/articles/1"), site.url("/articles/2"), site.url("/articles/3")]);
  });

  test("an OPML file and a URL list on disk", async () => {
    const opml = join(dir, "feeds.opml");
    await writeFile(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="اختبار"><outline type="rss" text="أ" xmlUrl="${site.url("/feeds/main.xml")}"/><outline type="rss" text="ب" xmlUrl="${site.url("/feeds/broken.xml")}"/></outline></body></opml>`);
    const r = await collect(opml);
    assert.deepEqual(r.pages, [site.url("/articles/1"), site.url("/articles/2"), site.url("/articles/3")]);
    const list = join(dir, "urls.txt");
    await writeFile(list, `# قائمة\n${site.url("/articles/3")}\n\n${site.url("/articles/3")}#again\nftp://x.example/y\n`);
    const l = await collect(list);
    assert.deepEqual(l.pages, [site.url("/articles/3")]);
    assert.deepEqual(l.issues, ["fetch-failed"]);
  });

  test("a missing local source is an issue", async () => {
    assert.deepEqual((await collect(join(dir, "nope.opml"))).issues, ["input-not-found"]);
  });

  test("without allowPrivate the feed itself is refused, saying why", async () => {
    const strict = new HttpClient({ ...quick, allowPrivate: false });
    try {
      const r = await collect(site.url("/feeds/main.xml"), strict);
      assert.deepEqual(r.issues, ["fetch-refused"]);
      const detail = r.events.find((e) => e.type === "issue")!;
      assert.match(detail.type === "issue" ? (detail.issue.detail ?? "") : "", /loopback/);
    } finally {
      await strict.close();
    }
  });
});

describe("pages", () => {
  test("fetchPage decodes, and readPage extracts the Arabic article with its URL", async () => {
    const read = await fetchPage(client, site.url("/articles/2"));
    assert.equal(read.page?.kind, "html");
    assert.equal(read.page?.url, site.url("/articles/2"));
    const out = readPage(read.page!, { now: null });
    assert.equal(out.value?.articles[0]?.title, ARTICLES["2"]!.title);
    assert.match(out.value?.articles[0]?.body ?? "", /خمسمئة طالب/);
  });

  test("fetchPages yields every URL once, failures as issues", async () => {
    const urls = [site.url("/articles/1"), site.url("/nowhere"), site.url("/articles/3"), site.url("/cp1256")];
    const got = new Map<string, string | null>();
    for await (const r of fetchPages(client, urls, 2)) got.set(r.input, r.page ? r.page.charset : r.issues[0]!.code);
    assert.deepEqual([...got.keys()].sort(), [...urls].sort());
    assert.equal(got.get(site.url("/nowhere")), "fetch-http-error");
    assert.equal(got.get(site.url("/cp1256")), "windows-1256");
  });
});

describe("polling", () => {
  test("first poll takes every item; 304 takes none; a new item is picked up on the next poll", async () => {
    const states = new MemoryFeedStateStore();
    const c = new HttpClient({ ...quick, validators: feedValidators(states) });
    let version = 1;
    site.route("/feeds/live.xml", (req, res) => {
      const etag = `"live-${version}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag, "cache-control": "max-age=3600" });
      res.end(rssOf(version === 1 ? ["1"] : ["1", "2"]));
    });
    try {
      const url = site.url("/feeds/live.xml");
      const now = Date.parse("2026-11-25T10:00:00Z");
      const first = await pollFeed(c, states, url, now);
      assert.deepEqual(first.newItems.map((i) => i.key), ["art-1"]);
      assert.match(first.line, /200 1 items 1 new, next in 1.0h \(cache-control\)/);
      await states.put(markTaken(first.state, first.newItems));

      const second = await pollFeed(c, states, url, now + 600_000);
      assert.equal(second.newItems.length, 0);
      assert.match(second.line, /304 not modified/);
      await states.put(second.state);

      version = 2;
      const third = await pollFeed(c, states, url, now + 1_200_000);
      assert.deepEqual(third.newItems.map((i) => i.key), ["art-2"]);
      assert.equal(third.state.quietPolls, 0);
    } finally {
      await c.close();
    }
  });

  test("feed state survives a restart (file store)", async () => {
    const path = join(dir, "state", "feeds.json");
    const a = new FileFeedStateStore(path);
    await a.put({ ...emptyFeedState("u"), etag: '"e"', nextPollAt: "2026-11-25T10:00:00.000Z", seenKeys: ["k1"], quietPolls: 2 });
    const b = new FileFeedStateStore(path);
    const s = await b.get("u");
    assert.equal(s?.etag, '"e"');
    assert.deepEqual(s?.seenKeys, ["k1"]);
    assert.equal(s?.quietPolls, 2);
  });

  test("a state file of an earlier version moves into the store once, and is renamed", async () => {
    const path = join(dir, "legacy", "feeds.json");
    await new FileFeedStateStore(path).put({ ...emptyFeedState("https://x.example/rss"), etag: '"old"', seenKeys: ["k1", "k2"] });
    const target = new MemoryFeedStateStore();
    assert.equal(await importFeedStateFile(path, target), 1);
    assert.deepEqual((await target.get("https://x.example/rss"))?.seenKeys, ["k1", "k2"]);
    assert.equal(existsSync(path), false);
    assert.equal(existsSync(`${path}.imported`), true);
    assert.equal(await importFeedStateFile(path, target), 0, "nothing left to import");
    await new FileFeedStateStore(path).put(emptyFeedState("https://y.example/rss"));
    assert.equal(await importFeedStateFile(path, target), 0, "a store that already holds feeds is not overwritten");
    assert.equal(await target.get("https://y.example/rss"), null);
  });

  test("a failing feed backs off and says why", async () => {
    const states = new MemoryFeedStateStore();
    const poll = await pollFeed(client, states, site.url("/feeds/missing.xml"), Date.parse("2026-11-25T10:00:00Z"));
    assert.equal(poll.newItems.length, 0);
    assert.match(poll.line, /failed: fetch-http-error/);
    assert.equal(poll.state.quietPolls, 1);
  });
});
