/**
 * The connect queue's order, for a store that reads it from an index (SQLite migration 18,
 * PostgreSQL 19): a batch is the first entries in the order the whole queue sorted in JavaScript
 * gives (connect-sql.ts pendingInPublicationOrder: time, undated and unparsable last, then id),
 * whether queued by the current writer or filled by the migration in a store written before it.
 * Run by sqlite/sqlite-store.test.ts and postgres/postgres-store.test.ts.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { makeArticle } from "./store.contract.js";
import { pendingInPublicationOrder } from "./connect-sql.js";
import type { ArticleInput, Store } from "./store.js";

/** A fresh store, and how to turn it into one written before the queue had its order (closed, rewritten, reopened). */
export interface QueueOrderSubject {
  store: Store;
  /** Closes `store`, removes the queue entries of `connectedIds` (as a connect step would have), drops the order columns, index and migration record, and reopens. */
  reopenAsOld(connectedIds: readonly string[]): Promise<Store>;
}

/** Undated, unparsable, offset, date-only, before 1970, the same instant spelt two ways: each thrice. */
const DATES = [null, "2026-11-02T10:00:00Z", "2026-11-02T13:00:00+03:00", "2026-11-01T23:59:59.500Z", "not a date", "2026-11-02T10:00:00.000Z", "1969-12-31T00:00:00Z", "2026-11-02"];

function queueInputs(): ArticleInput[] {
  return Array.from({ length: 24 }, (_, i) => ({
    input: `fixtures/queue/${i}.html`,
    index: 0,
    article: makeArticle({ title: `خبر رقم ${i}`, body: `نص الخبر رقم ${i} عن الطقس.`, url: `https://a.example/queue/${i}`, publishedAt: DATES[i % DATES.length] ?? null }),
  }));
}

/** Stores the inputs the two ways an entry is queued (one article at a time, then a batch). */
async function queueAll(store: Store, inputs: readonly ArticleInput[]): Promise<void> {
  for (const one of inputs.slice(0, 5)) await store.upsertArticles([one], { storedAt: "2026-11-05T00:00:00Z" });
  await store.upsertArticles(inputs.slice(5), { storedAt: "2026-11-05T00:00:00Z" });
}

/** The JavaScript sort of the stored articles among `ids`: the order the index must give. */
async function sortedInJs(store: Store, ids: readonly string[]): Promise<string[]> {
  const stored = await store.getArticles([...ids]);
  return pendingInPublicationOrder(stored.map((a) => ({ id: a.id, published_at: a.publishedAt })), 100);
}

async function pendingIds(store: Store, limit: number): Promise<string[]> {
  return (await store.pendingConnections(limit)).map((a) => a.id);
}

export function describeQueueOrder(name: string, open: () => Promise<QueueOrderSubject>): void {
  describe(`${name} connect queue order`, () => {
    it("reads a batch from its index in the order the whole queue sorted in JavaScript gives: time, undated last, then id", async () => {
      const { store } = await open();
      try {
        await queueAll(store, queueInputs());
        const ids = (await store.listArticles({ limit: 100 })).items.map((a) => a.id);
        const expected = await sortedInJs(store, ids);
        assert.equal(expected.length, 24);
        assert.deepEqual(await pendingIds(store, 100), expected);
        assert.deepEqual(await pendingIds(store, 7), expected.slice(0, 7));
      } finally {
        await store.close();
      }
    });

    it("moves an entry re-queued by a new version to its new date's place", async () => {
      const { store } = await open();
      try {
        const inputs = queueInputs();
        await queueAll(store, inputs);
        const last = (await pendingIds(store, 100)).at(-1)!;
        const url = (await store.getArticle(last))!.url;
        const moved = inputs.find((x) => x.article.url === url)!;
        await store.upsertArticles([{ ...moved, article: { ...moved.article, body: `${moved.article.body} تحديث.`, publishedAt: "1960-01-01T00:00:00Z" } }], { storedAt: "2026-11-06T00:00:00Z" });
        const ids = await pendingIds(store, 100);
        assert.equal(ids[0], last);
        assert.deepEqual(ids, await sortedInJs(store, ids));
      } finally {
        await store.close();
      }
    });

    it("fills the entries queued before its migration: an old-format store opens to the same order", async () => {
      const subject = await open();
      let store = subject.store;
      try {
        await queueAll(store, queueInputs());
        const before = await pendingIds(store, 100);
        const connected = before.filter((_, i) => i % 5 === 2);
        const left = before.filter((id) => !connected.includes(id));
        store = await subject.reopenAsOld(connected);
        assert.deepEqual(await pendingIds(store, 100), left);
        assert.deepEqual(await pendingIds(store, 7), left.slice(0, 7));
        assert.deepEqual(left, await sortedInJs(store, left));
      } finally {
        await store.close();
      }
    });
  });
}
