import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeDeadlines, describeStore } from "../store.contract.js";
import { describeConnectContract } from "../connect.contract.js";
import { describeJobsContract } from "../jobs.contract.js";
import { describeQueueOrder } from "../queue-order.contract.js";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { openSqliteStore, PENDING_IN_ORDER } from "./sqlite-store.js";

// A fresh in-memory database per test; the file-backed path is exercised by the ingest tests.
describeStore("sqlite", () => openSqliteStore(":memory:"));
describeConnectContract("sqlite", () => openSqliteStore(":memory:"));
describeJobsContract("sqlite", () => openSqliteStore(":memory:"));
describeDeadlines("sqlite", (options) => openSqliteStore(":memory:", options));

// The queue order on files: the old-format case closes, rewrites and reopens one.
const dir = mkdtempSync(join(tmpdir(), "marsad-queue-order-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describeQueueOrder("sqlite", async () => {
  const path = join(dir, `q${files++}.sqlite`);
  const store = await openSqliteStore(path);
  return {
    store,
    async reopenAsOld(connectedIds) {
      await store.close();
      // As written before migration 18: the queue is its rows alone.
      const db = openSqliteDatabase(path);
      const drop = db.prepare("DELETE FROM connect_queue WHERE article_row = (SELECT row FROM articles WHERE id = ?)");
      for (const id of connectedIds) drop.run(id);
      db.exec(`DROP INDEX connect_queue_publication_order;
        ALTER TABLE connect_queue DROP COLUMN published_ms;
        ALTER TABLE connect_queue DROP COLUMN article_id;
        DELETE FROM schema_migrations WHERE version = 18;`);
      db.close();
      return openSqliteStore(path);
    },
  };
});

test("a connect batch reads the queue's index in order: no sort of the whole queue", async () => {
  const path = join(dir, "plan.sqlite");
  await (await openSqliteStore(path)).close();
  const db = openSqliteDatabase(path);
  try {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${PENDING_IN_ORDER}`).all(10) as { detail: string }[]).map((r) => r.detail);
    assert.deepEqual(plan, ["SCAN connect_queue USING COVERING INDEX connect_queue_publication_order"]);
  } finally {
    db.close();
  }
});
