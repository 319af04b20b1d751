import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { groupWriter, MAX_GROUP_PAGES } from "./group-writer.js";
import { openSqliteStore } from "./store/sqlite/sqlite-store.js";
import { makeArticle } from "./store/store.contract.js";
import type { Article } from "./types.js";
import type { PageWrite, Store } from "./store/store.js";

const NOW = "2026-01-05T00:00:00Z";

function pageWrite(n: number, article: Article = makeArticle({ title: `خبر رقم ${n}`, body: `نص الخبر رقم ${n} عن افتتاح مدرسة جديدة في جدة.` })): PageWrite {
  return { articles: [{ input: `p${n}.txt`, index: 0, article }], mark: { input: `p${n}.txt`, pageHash: `h${n}` } };
}

/** A SQLite store in a fresh directory whose upsertPages calls are counted by size. */
async function withCountingStore(run: (store: Store, groups: number[]) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-group-writer-"));
  const store = await openSqliteStore(join(dir, "db.sqlite"));
  const groups: number[] = [];
  const upsertPages = store.upsertPages.bind(store);
  store.upsertPages = (pages, options) => {
    groups.push(pages.length);
    return upsertPages(pages, options);
  };
  try {
    await run(store, groups);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("groupWriter", () => {
  it("writes the pages handed over together in one call, a full group at once", async () => {
    await withCountingStore(async (store, groups) => {
      const writer = groupWriter(store, NOW);
      const results = await Promise.all(Array.from({ length: MAX_GROUP_PAGES + 2 }, (_, n) => writer.write(pageWrite(n))));
      assert.deepEqual(groups, [MAX_GROUP_PAGES, 2]);
      assert.deepEqual(results.map((r) => r.map((a) => a.status)), Array.from({ length: MAX_GROUP_PAGES + 2 }, () => ["created"]));
      assert.equal((await store.stats()).articles, MAX_GROUP_PAGES + 2);
    });
  });

  it("a bad page rejects alone; the others of its group are stored with their marks", async () => {
    await withCountingStore(async (store, groups) => {
      const writer = groupWriter(store, NOW);
      const bad = { ...makeArticle({ title: "x", body: "نص" }), title: null } as unknown as Article;
      const outcomes = await Promise.allSettled([writer.write(pageWrite(1)), writer.write(pageWrite(2, bad)), writer.write(pageWrite(3))]);
      assert.deepEqual(groups, [3]);
      assert.deepEqual(outcomes.map((o) => o.status), ["fulfilled", "rejected", "fulfilled"]);
      assert.equal(await store.hasInput({ input: "p2.txt", pageHash: "h2" }), false);
      assert.equal(await store.hasInput({ input: "p3.txt", pageHash: "h3" }), true);
    });
  });

  it("once drained, a page is written without waiting for others", async () => {
    await withCountingStore(async (store, groups) => {
      const writer = groupWriter(store, NOW);
      writer.drain();
      await writer.write(pageWrite(1));
      await writer.write(pageWrite(2));
      assert.deepEqual(groups, [1, 1]);
    });
  });
});
