import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeStore, makeArticle } from "../store.contract.js";
import { StoreTimeoutError, type OpenStoreOptions, type Store } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";

/** A store on a fresh file (threads need one), removed with the store. */
async function fileStore(options: OpenStoreOptions): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-search-threads-"));
  const store = await openSqliteStore(join(dir, "store.sqlite"), options);
  const close = store.close.bind(store);
  return Object.assign(store, { close: async () => { await close(); rmSync(dir, { recursive: true, force: true }); } });
}

// Every search of the contract answered by a search thread on its own read-only connection.
describeStore("sqlite, searches in a thread", () => fileStore({ searchThreads: 1 }));

const NOW = "2026-01-05T10:00:00Z";

describe("sqlite search threads", () => {
  it("answers as the store's own connection does, and sees what was written after it started", async () => {
    const threaded = await fileStore({ searchThreads: 2, searchCacheEntries: 0 });
    try {
      assert.equal(threaded.capabilities.searchConcurrency, 2);
      const flood = (i: number) => ({ input: `fixtures/flood${i}.html`, index: 0, article: makeArticle({ title: `سيول تغمر شوارع المدينة ${i}`, body: "غمرت السيول شوارع المدينة بعد أمطار غزيرة.", url: `https://test.example/flood/${i}` }) });
      await threaded.upsertArticles([flood(1), flood(2)], { storedAt: NOW });
      const both = await Promise.all([threaded.search({ q: "سيول", facets: ["source", "day"] }), threaded.search({ q: "أمطار" })]);
      assert.deepEqual(both.map((r) => r.total), [2, 2]);
      assert.equal(both[0].facets.source?.[0]?.count, 2);
      await threaded.upsertArticles([flood(3)], { storedAt: NOW });
      assert.equal((await threaded.search({ q: "سيول" })).total, 3);
      // a query carrying the asker's signal (the server's) is answered the same
      assert.equal((await threaded.search({ q: "سيول", signal: new AbortController().signal })).total, 3);
    } finally {
      await threaded.close();
    }
  });

  it("a search past its deadline comes back as StoreTimeoutError", async () => {
    const threaded = await fileStore({ searchThreads: 1, searchCacheEntries: 0 });
    try {
      const many = Array.from({ length: 3000 }, (_, i) => ({ input: `fixtures/f${i}.html`, index: 0, article: makeArticle({ title: `سيول رقم ${i}`, body: "سيول غمرت الشوارع والأحياء.", url: `https://test.example/f/${i}` }) }));
      await threaded.upsertArticles(many, { storedAt: NOW });
      await assert.rejects(threaded.search({ q: "سيول", facets: ["source", "day", "entity"], candidates: 3000, timeoutMs: 1 }), StoreTimeoutError);
      assert.equal((await threaded.search({ q: "سيول", limit: 1 })).hits.length, 1);
    } finally {
      await threaded.close();
    }
  });

  it("refuses threads for a :memory: store", async () => {
    await assert.rejects(openSqliteStore(":memory:", { searchThreads: 1 }), /needs a store file/);
  });
});
