import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Entity } from "../../types.js";
import { makeArticle, seed } from "../store.contract.js";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { migrateSqlite, openSqliteStore } from "./sqlite-store.js";

const entity = (type: Entity["type"], name: string): Entity => ({ type, name, mentions: [name], aliases: [] });
const FLAGS = "SELECT ord, repeats_name AS r FROM article_entities ORDER BY article_row, ord";

test("entity rows flag a name their article gave before, when written and by migration 12 on rows written before it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-entity-rows-"));
  const path = join(dir, "s.sqlite");
  try {
    const store = await openSqliteStore(path);
    await seed(store, [makeArticle({ title: "جولة في الوادي", body: "زارت سلمى الحارثي وادي الريم.", entities: [entity("person", "سلمى الحارثي"), entity("location", "وادي الريم"), entity("organization", "سلمي الحارثي")] })]);
    await store.close();
    const db = openSqliteDatabase(path);
    const expected = [{ ord: 0, r: 0 }, { ord: 1, r: 0 }, { ord: 2, r: 1 }];
    assert.deepEqual(db.prepare(FLAGS).all(), expected);
    // As a store written before migration 12: the column gone, the migration applied again.
    db.exec("ALTER TABLE article_entities DROP COLUMN repeats_name; DELETE FROM schema_migrations WHERE version = 12");
    migrateSqlite(db);
    assert.deepEqual(db.prepare(FLAGS).all(), expected);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
