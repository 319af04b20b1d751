import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { markPartial, SearchCache, searchKey } from "./search-cache.js";
import type { SearchResult } from "./store.js";

function result(total: number): SearchResult {
  return { total, hits: [], facets: {}, facetSample: null, relaxed: false, candidateCap: null, cappedPrefixes: [], warnings: [] };
}

/** A computation that counts its calls and answers `total`. */
function counted(total: number) {
  const c = { calls: 0, run: async () => (c.calls++, result(total)) };
  return c;
}

describe("SearchCache", () => {
  it("computes a query once per generation and hands each caller its own copy", async () => {
    const cache = new SearchCache(10);
    const c = counted(3);
    const a = await cache.get(1, { q: "جدة" }, c.run);
    a.total = 99;
    const b = await cache.get(1, { q: "جدة", timeoutMs: 500 }, c.run);
    assert.equal(c.calls, 1, "the deadline is not part of the key");
    assert.equal(b.total, 3, "a caller's change does not reach the cache");
    await cache.get(1, { q: "جدة", facets: ["source"] }, c.run);
    assert.equal(c.calls, 2, "another option is another query");
  });

  it("a newer generation forgets every result; a reader of an older one computes and keeps nothing", async () => {
    const cache = new SearchCache(10);
    const c = counted(1);
    await cache.get(1, { q: "جدة" }, c.run);
    await cache.get(2, { q: "جدة" }, c.run);
    assert.equal(c.calls, 2);
    const old = counted(7);
    assert.equal((await cache.get(1, { q: "جدة" }, old.run)).total, 7);
    assert.equal((await cache.get(2, { q: "جدة" }, c.run)).total, 1, "the older reader's result was not kept");
    assert.equal(c.calls, 2);
  });

  it("concurrent misses share one computation; failures and partial results are not kept", async () => {
    const cache = new SearchCache(10);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow = async () => (calls++, await gate, result(5));
    const both = Promise.all([cache.get(1, { q: "مس*" }, slow), cache.get(1, { q: "مس*" }, slow)]);
    release();
    assert.deepEqual((await both).map((r) => r.total), [5, 5]);
    assert.equal(calls, 1);
    await assert.rejects(cache.get(1, { q: "خطأ" }, async () => { throw new Error("boom"); }));
    assert.equal((await cache.get(1, { q: "خطأ" }, async () => result(2))).total, 2, "a failure is computed again");
    const partial = counted(4);
    await cache.get(1, { q: "جزئي" }, async () => (partial.calls++, markPartial(result(4))));
    await cache.get(1, { q: "جزئي" }, async () => (partial.calls++, result(4)));
    assert.equal(partial.calls, 2, "a result without all its facets is computed again");
  });

  it("an asker waits at most its own time; the computation goes on and the next asker gets its result", async () => {
    const cache = new SearchCache(10);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow = async () => (calls++, await gate, result(8));
    const wait = { ms: 5, expired: () => new Error("waited too long") };
    await assert.rejects(cache.get(1, { q: "مس*" }, slow, wait), /waited too long/);
    release();
    assert.equal((await cache.get(1, { q: "مس*" }, slow, wait)).total, 8);
    assert.equal(calls, 1);
  });

  it("keeps at most maxEntries, the least recently used leaving first; 0 keeps none", async () => {
    const cache = new SearchCache(2);
    const c = counted(1);
    await cache.get(1, { q: "أ" }, c.run);
    await cache.get(1, { q: "ب" }, c.run);
    await cache.get(1, { q: "أ" }, c.run);
    await cache.get(1, { q: "ج" }, c.run);
    assert.equal(cache.size, 2);
    await cache.get(1, { q: "أ" }, c.run);
    assert.equal(c.calls, 3, "أ was used last, so ب left");
    const none = new SearchCache(0);
    await none.get(1, { q: "أ" }, c.run);
    await none.get(1, { q: "أ" }, c.run);
    assert.equal(c.calls, 5);
  });

  it("keys ignore field order and unset fields", () => {
    assert.equal(searchKey({ q: "x", limit: 5, offset: undefined }), searchKey({ limit: 5, q: "x" }));
    assert.notEqual(searchKey({ q: "x", limit: 5 }), searchKey({ q: "x", limit: 6 }));
  });
});
