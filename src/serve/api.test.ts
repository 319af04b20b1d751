import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { openStore, StoreTimeoutError, type SearchQuery, type Store } from "../store/store.js";
import { createApp } from "./app.js";
import { RETRY_AFTER_SECONDS } from "./errors.js";
import { FIXTURE_ARTICLES, loadFixtures, TEST_DEADLINES } from "./fixtures.js";
import { buildOpenApi } from "./openapi.js";

let store: Store;
let app: Hono;
const logged: string[] = [];

before(async () => {
  store = await openStore(":memory:");
  await loadFixtures(store);
  app = createApp(store, { ...TEST_DEADLINES, clock: () => "2026-03-05T00:00:00Z", log: (m) => logged.push(m) });
});
after(async () => store.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of many shapes, read field by field
async function getJson(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

const q = (s: string) => encodeURIComponent(s);

describe("api: search", () => {
  it("returns ranked hits with highlights cut from the original text", async () => {
    const { status, body } = await getJson(`/api/search?q=${q("الجسر المعلق")}`);
    assert.equal(status, 200);
    assert.ok(body.total >= 2);
    const hit = body.hits[0];
    assert.match(hit.article.title, /الجسر المعلق/);
    assert.ok(hit.title.highlights.length > 0);
    const h = hit.title.highlights[0];
    assert.match(hit.title.text.slice(h.start, h.end), /الجسر|المعلق/);
    assert.ok(body.hits[0].score >= body.hits[1].score);
  });
  it("filters by source and date, pages and counts facets", async () => {
    const { body } = await getJson(`/api/search?q=${q("الجسر")}&source=nahr.example&facets=source,day&limit=1`);
    assert.equal(body.hits.length, 1);
    assert.equal(body.hits[0].article.sourceKey, "nahr.example");
    assert.deepEqual(body.facets.source.map((f: { value: string }) => f.value), ["nahr.example"]);
    const since = await getJson(`/api/search?q=${q("أسعار")}&since=2026-03-02`);
    assert.equal(since.body.total, 0);
  });
  for (const [path, parameter] of [
    ["/api/search", "q"],
    ["/api/search?q=", "q"],
    [`/api/search?q=${"ا".repeat(501)}`, "q"],
    ["/api/search?q=a&limit=0", "limit"],
    ["/api/search?q=a&limit=101", "limit"],
    ["/api/search?q=a&limit=abc", "limit"],
    ["/api/search?q=a&offset=-1", "offset"],
    ["/api/search?q=a&offset=10001", "offset"],
    ["/api/search?q=a&since=2026-02-30", "since"],
    ["/api/search?q=a&until=yesterday", "until"],
    ["/api/search?q=a&since=2026-03-05&until=2026-03-01", "until"],
    ["/api/search?q=a&facets=color", "facets"],
    ["/api/search?q=a&lang=Arabic", "lang"],
    ["/api/search?q=a&snippet=5", "snippet"],
    ["/api/search?q=a&limit=1&limit=2", "limit"],
    ["/api/search?q=a&sort=date", "sort"],
    ["/api/articles?limit=1000", "limit"],
    ["/api/articles?since=2026-13-01", "since"],
    ["/api/articles/zzz", "id"],
    ["/api/articles/0123456789abcdef?version=x", "version"],
    ["/api/sources?x=1", "x"],
  ] as const) {
    it(`answers 400 naming the parameter: ${path.slice(0, 60)}`, async () => {
      const { status, body } = await getJson(path);
      assert.equal(status, 400);
      assert.equal(body.error.status, 400);
      assert.equal(body.error.parameter, parameter);
      assert.match(body.error.message, new RegExp(parameter));
    });
  }
});

describe("api: articles", () => {
  it("lists newest first with filters", async () => {
    const { body } = await getJson("/api/articles?source=nahr.example");
    assert.equal(body.total, 2);
    assert.deepEqual(body.items.map((a: { publishedAt: string }) => a.publishedAt.slice(0, 10)), ["2026-03-02", "2026-03-01"]);
    const until = await getJson("/api/articles?until=2026-03-01");
    assert.equal(until.body.total, 1);
  });
  it("returns an article with its versions, and an earlier version", async () => {
    const list = await getJson(`/api/search?q=${q("تصحيح")}`);
    const id = list.body.hits[0].article.id;
    const { status, body } = await getJson(`/api/articles/${id}`);
    assert.equal(status, 200);
    assert.equal(body.version, 2);
    assert.equal(body.versions.length, 2);
    assert.match(body.body, /450/);
    const v1 = await getJson(`/api/articles/${id}?version=1`);
    assert.equal(v1.status, 200);
    assert.match(v1.body.article.body, /400 متر/);
    assert.doesNotMatch(v1.body.article.body, /450/);
    const v3 = await getJson(`/api/articles/${id}?version=3`);
    assert.equal(v3.status, 400);
    assert.equal(v3.body.error.parameter, "version");
  });
  it("answers 404 in JSON for an unknown id or route", async () => {
    const { status, body } = await getJson("/api/articles/0123456789abcdef");
    assert.equal(status, 404);
    assert.equal(body.error.code, "http-not-found");
    assert.equal((await getJson("/api/nothing")).status, 404);
  });
});

describe("api: sources, entities, health, openapi", () => {
  it("lists sources with counts", async () => {
    const { body } = await getJson("/api/sources");
    const nahr = body.items.find((s: { key: string }) => s.key === "nahr.example");
    assert.equal(nahr.articleCount, 2);
    assert.equal(body.total, 3);
  });
  it("finds entities by name", async () => {
    const { body } = await getJson(`/api/entities?name=${q("سعيد الراشد")}`);
    assert.equal(body.items[0].name, "سعيد الراشد");
    assert.equal(body.items[0].articleCount, 2);
  });
  it("reports health", async () => {
    const { status, body } = await getJson("/api/health");
    assert.equal(status, 200);
    assert.equal(body.status, "ok");
    assert.equal(body.store, "sqlite");
  });
  it("serves an OpenAPI document whose every path answers", async () => {
    const { body } = await getJson("/api/openapi.json");
    assert.equal(body.openapi, "3.1.0");
    assert.deepEqual(body, JSON.parse(JSON.stringify(buildOpenApi("0.1.0"))));
    const id = (await getJson("/api/articles?limit=1")).body.items[0].id;
    const storyId = (await getJson("/api/stories?limit=1")).body.items[0].id;
    for (const [path, item] of Object.entries(body.paths) as [string, { get: { parameters: { name: string; in: string; required?: boolean }[] } }][]) {
      const query = item.get.parameters.filter((p) => p.in === "query" && p.required).map((p) => `${p.name}=${q("الجسر")}`).join("&");
      const res = await app.request(`${path.replace("{id}", id).replace("{storyId}", storyId)}${query ? `?${query}` : ""}`);
      assert.equal(res.status, 200, path);
    }
  });
  it("documents every parameter the search endpoint accepts", async () => {
    const names = buildOpenApi("x").paths["/api/search"]!.get.parameters.map((p) => p.name);
    const values: Record<string, string> = { collapse: "false", q: "الجسر", since: "2026-03-01", until: "2026-03-03", facets: "day", limit: "5", offset: "0", snippet: "100", lang: "ar", source: "nahr.example", tag: "الجسور", entity: "سعيد الراشد" };
    for (const n of names) {
      const res = await app.request(`/api/search?q=${q("الجسر")}&${n}=${q(values[n]!)}${n === "q" ? "" : ""}`.replace(`q=${q("الجسر")}&q=`, "q="));
      assert.equal(res.status, 200, n);
    }
  });
  it("keeps internal errors out of the response and logs them", async () => {
    const broken = createApp({ ...store, search: async () => { throw new Error("disk on fire"); } } as unknown as Store, { log: (m) => logged.push(m) });
    const res = await broken.request(`/api/search?q=a`);
    assert.equal(res.status, 500);
    const body = await res.json() as { error: { message: string } };
    assert.doesNotMatch(body.error.message, /disk on fire/);
    assert.ok(logged.some((m) => m.includes("disk on fire")));
  });
});

describe("feeds and exports", () => {
  it("serves an Atom feed of a search with escaped text", async () => {
    const res = await app.request(`/feeds/search?q=${q("خبيث")}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type")!, /atom\+xml/);
    const xml = await res.text();
    assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.match(xml, /&lt;script&gt;/);
    assert.doesNotMatch(xml, /<script>/);
    assert.match(xml, /<entry>/);
  });
  it("exports JSONL and CSV", async () => {
    const jsonl = await (await app.request(`/export/search?q=${q("الجسر")}`)).text();
    const lines = jsonl.trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(lines.length >= 2);
    assert.ok(lines[0].title);
    const csvRes = await app.request(`/export/search?q=${q("خبيث")}&format=csv`);
    assert.match(csvRes.headers.get("content-type")!, /text\/csv/);
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    assert.match(csv, /^id,url,title/);
    assert.ok(csv.includes('"<script>alert(""xss-title"")'));
    const bad = await getJson(`/export/search?q=a&format=xml`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.parameter, "format");
  });
  it("every fixture is findable", () => assert.equal(FIXTURE_ARTICLES.length, 4));
});

describe("api: stories, related, collapsed search", () => {
  it("lists stories and serves one with its articles; bad and unknown ids answer 400 and 404", async () => {
    const list = await getJson("/api/stories");
    assert.equal(list.status, 200);
    assert.ok(list.body.total >= 1);
    const bridge = list.body.items.find((s: { title: string }) => s.title.includes("الجسر"));
    assert.ok(bridge, "the bridge story is listed");
    const story = await getJson(`/api/stories/${bridge.id}`);
    assert.equal(story.status, 200);
    assert.equal(story.body.id, bridge.id);
    assert.ok(story.body.articles.items.length >= 2, "both reports of the bridge opening are in the story");
    assert.ok(Array.isArray(story.body.conflicts));
    assert.equal((await getJson("/api/stories/not-a-story")).status, 400);
    assert.equal((await getJson("/api/stories/story-0000000000000000")).status, 404);
    assert.equal((await getJson("/api/stories?min_articles=0")).body.error.parameter, "min_articles");
  });
  it("relates an article to its story's other articles", async () => {
    const hit = (await getJson(`/api/search?q=${q("الجسر المعلق")}`)).body.hits[0];
    const related = await getJson(`/api/articles/${hit.article.id}/related`);
    assert.equal(related.status, 200);
    assert.ok(related.body.storyId);
    assert.ok(related.body.duplicateGroup.earliestId);
    assert.ok(related.body.storyMembers.length >= 1);
    assert.ok(related.body.storyMembers.every((m: { article: { id: string } }) => m.article.id !== hit.article.id));
    assert.equal((await getJson("/api/articles/0000000000000000/related")).status, 404);
  });
  it("takes collapse=true|false on search and refuses other values", async () => {
    assert.equal((await getJson(`/api/search?q=${q("الجسر")}&collapse=false`)).status, 200);
    const bad = await getJson(`/api/search?q=${q("الجسر")}&collapse=maybe`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.parameter, "collapse");
  });
});

describe("api: bounded queries", () => {
  it("every search carries the server's deadline to the store", async () => {
    const seen: (number | undefined)[] = [];
    const spy = new Proxy(store, { get: (t, p) => (p === "search" ? (q: SearchQuery) => (seen.push(q.timeoutMs), t.search(q)) : (Reflect.get(t, p) as (...a: unknown[]) => unknown).bind?.(t) ?? Reflect.get(t, p)) });
    const bounded = createApp(spy, { searchTimeoutMs: 1234 });
    assert.equal((await bounded.request(`/api/search?q=${q("الجسر")}`)).status, 200);
    assert.equal((await bounded.request(`/search?q=${q("الجسر")}`)).status, 200);
    assert.equal(seen.length, 2);
    for (const t of seen) assert.ok(t !== undefined && t >= 1 && t <= 1234, `what is left of 1234 ms, got ${t}`);
  });
  it("a search that waited out its deadline for its turn answers 503 with Retry-After without reaching the store", async () => {
    let reached = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = new Proxy(store, { get: (t, p) => (p === "search" ? async (sq: SearchQuery) => { reached++; await held; return t.search(sq); } : (Reflect.get(t, p) as (...a: unknown[]) => unknown).bind?.(t) ?? Reflect.get(t, p)) });
    const capabilities = { ...store.capabilities, searchConcurrency: 1 };
    const bounded = createApp(new Proxy(slow, { get: (t, p) => (p === "capabilities" ? capabilities : Reflect.get(t, p)) }), { searchTimeoutMs: 20, log: () => undefined });
    const first = bounded.request(`/api/search?q=${q("الجسر")}`);
    const second = await bounded.request(`/api/search?q=${q("الجسر")}`);
    release();
    assert.equal(second.status, 503);
    assert.equal(second.headers.get("retry-after"), String(RETRY_AFTER_SECONDS));
    assert.equal(((await second.json()) as { error: { code: string } }).error.code, "query-timeout");
    assert.equal((await first).status, 200);
    assert.equal(reached, 1, "the second search never started");
  });
  it("a search stopped at its deadline answers 503 with the JSON error, a page 503 in Arabic", async () => {
    const timingOut = new Proxy(store, { get: (t, p) => (p === "search" ? async () => { throw new StoreTimeoutError(1000); } : (Reflect.get(t, p) as (...a: unknown[]) => unknown).bind?.(t) ?? Reflect.get(t, p)) });
    const bounded = createApp(timingOut, { log: () => undefined });
    const res = await bounded.request(`/api/search?q=${q("ال*")}`);
    assert.equal(res.status, 503);
    const body = (await res.json()) as { error: { code: string; status: number } };
    assert.deepEqual([body.error.status, body.error.code], [503, "query-timeout"]);
    assert.equal(res.headers.get("retry-after"), String(RETRY_AFTER_SECONDS));
    const page = await bounded.request(`/search?q=${q("ال*")}`);
    assert.equal(page.status, 503);
    assert.equal(page.headers.get("retry-after"), String(RETRY_AFTER_SECONDS));
    assert.match(await page.text(), /dir="rtl"/);
  });
  it("a request that does not answer by the request deadline gets 503 with the JSON error", async () => {
    const hanging = new Proxy(store, { get: (t, p) => (p === "listSources" ? () => new Promise(() => undefined) : (Reflect.get(t, p) as (...a: unknown[]) => unknown).bind?.(t) ?? Reflect.get(t, p)) });
    const bounded = createApp(hanging, { requestTimeoutMs: 50, log: () => undefined });
    const res = await bounded.request("/api/sources");
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, "request-timeout");
    assert.ok(res.headers.get("content-security-policy"), "security headers on the 503 too");
    assert.equal(res.headers.get("retry-after"), String(RETRY_AFTER_SECONDS));
  });
});
