import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { openSqliteStore } from "./sqlite-store.js";

test("a store opened while another process holds its file's lock past the busy timeout opens once the lock goes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-open-busy-"));
  try {
    const path = join(dir, "shared.sqlite");
    const other = openSqliteDatabase(path);
    other.exec("BEGIN EXCLUSIVE");
    // the first try blocks inside SQLite for the whole busy timeout, so this runs only between retries
    setTimeout(() => other.exec("COMMIT"), 10);
    const store = await openSqliteStore(path);
    try {
      assert.equal((await store.stats()).articles, 0);
    } finally {
      await store.close();
      other.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
