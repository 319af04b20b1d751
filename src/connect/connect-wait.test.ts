/**
 * A connect step that waited for another process's step (`wait`): when that step released the
 * lease and left nothing queued, the waiter ends without loading the saved state; when articles
 * are still queued (stored after the other step's last read, or left by a step that did nothing),
 * it connects them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Connector } from "./connector.js";
import { FLOOD_BODY, UNRELATED_BODY, article } from "./connect-fixtures.js";
import { openStore, type Store } from "../store/store.js";

const NOW = "2026-01-20T00:00:00Z";
const OTHER = "other-host:1";

async function storeTwo(store: Store): Promise<void> {
  const items = [FLOOD_BODY, UNRELATED_BODY].map((body, i) => ({
    input: `wait-${i}.txt`,
    index: 0,
    article: article({ title: body.slice(0, 30), body, url: `https://alwaha.example/${i}`, publishedAt: `2026-01-0${i + 1}T08:00:00Z`, source: { name: "alwaha.example", domain: "alwaha.example" } }),
  }));
  await store.upsertArticles(items, { storedAt: NOW });
}

/** Counts the store's loads of the connector state. */
function countLoads(store: Store): { loads: number } {
  const counter = { loads: 0 };
  const load = store.loadConnectState.bind(store);
  store.loadConnectState = () => (counter.loads++, load());
  return counter;
}

test("a step that waited for another's step, which connected everything, ends without loading the saved state", async () => {
  const store = await openStore(":memory:");
  try {
    await storeTwo(store);
    assert.equal(await store.acquireLease("connect", OTHER, 60_000), true);
    const counter = countLoads(store);
    const waiting = new Connector({ holder: "me:2" }).connectPending(store, NOW, { wait: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    // the other process's step: it holds the lease already, connects and releases
    const other = await new Connector({ holder: OTHER }).connectPending(store, NOW);
    assert.equal(other.connected, 2);
    const loadsByOther = counter.loads;
    const report = await waiting;
    assert.equal(report.skipped, false);
    assert.equal(report.connected, 0);
    assert.equal(counter.loads, loadsByOther, "the waiter loaded no state");
    assert.equal(await store.leaseHolder("connect"), null, "the waiter released the lease");
  } finally {
    await store.close();
  }
});

test("a step that waited for a release connects what is still queued", async () => {
  const store = await openStore(":memory:");
  try {
    await storeTwo(store);
    assert.equal(await store.acquireLease("connect", OTHER, 60_000), true);
    const waiting = new Connector({ holder: "me:2" }).connectPending(store, NOW, { wait: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await store.releaseLease("connect", OTHER);
    const report = await waiting;
    assert.equal(report.connected, 2);
    assert.equal((await store.pendingConnections(1)).length, 0);
  } finally {
    await store.close();
  }
});
