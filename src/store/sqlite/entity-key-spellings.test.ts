import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Entity } from "../../types.js";
import type { Store } from "../store.js";
import { makeArticle } from "../store.contract.js";
import { openSqliteDatabase, type SqliteDatabase } from "./sqlite-driver.js";
import { migrateSqlite, openSqliteStore } from "./sqlite-store.js";

const STORED_AT = "2026-01-05T00:00:00Z";
const entity = (type: Entity["type"], name: string, aliases: string[] = []): Entity => ({ type, name, mentions: [name, ...aliases], aliases });
const PAIRS = "SELECT entity_key, spelling FROM entity_key_spellings ORDER BY entity_key, spelling";
const ROWS = "SELECT s.article_row, p.entity_key, p.spelling FROM entity_spellings s JOIN entity_key_spellings p ON p.id = s.pair_id ORDER BY 1, 2, 3";
const DISTINCT_PAIRS = "SELECT DISTINCT p.entity_key, p.spelling FROM entity_spellings s JOIN entity_key_spellings p ON p.id = s.pair_id ORDER BY p.entity_key, p.spelling";

/** A store of migration 14: entity_spellings with its texts and three indexes, no pairs table. */
const BEFORE_MIGRATION_15 = `
CREATE TABLE entity_spellings_by_text (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  entity_key TEXT NOT NULL, spelling TEXT NOT NULL,
  PRIMARY KEY (article_row, entity_key, spelling)
) WITHOUT ROWID;
INSERT INTO entity_spellings_by_text SELECT s.article_row, p.entity_key, p.spelling FROM entity_spellings s JOIN entity_key_spellings p ON p.id = s.pair_id;
DROP TABLE entity_spellings;
DROP TABLE entity_key_spellings;
ALTER TABLE entity_spellings_by_text RENAME TO entity_spellings;
CREATE INDEX entity_spellings_spelling ON entity_spellings (spelling, entity_key);
CREATE INDEX entity_spellings_key ON entity_spellings (entity_key, spelling);
CREATE INDEX entity_spellings_spelling_row ON entity_spellings (spelling, article_row);
DELETE FROM schema_migrations WHERE version IN (15, 16);`;

async function store(s: Store, n: number, body: string, entities: Entity[]): Promise<void> {
  const article = makeArticle({ title: `خبر رقم ${n}`, body, url: `https://test.example/news/${n}`, entities });
  await s.upsertPages([{ articles: [{ input: `in${n}`, index: 0, article }] }], { storedAt: STORED_AT });
}

function assertPairsDistinct(db: SqliteDatabase): unknown[] {
  const pairs = db.prepare(PAIRS).all();
  assert.deepEqual(pairs, db.prepare(DISTINCT_PAIRS).all());
  return pairs;
}

test("entity_key_spellings holds the distinct (key, spelling) pairs of entity_spellings through inserts, re-stores, deletes and migrations 15 and 16", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-key-spellings-"));
  const path = join(dir, "s.sqlite");
  try {
    const s = await openSqliteStore(path);
    await store(s, 1, "زار سالم الهاشمي مدينة الريم.", [entity("person", "سالم الهاشمي", ["أبو خالد"]), entity("location", "الريم")]);
    await store(s, 2, "قال سالم الهاشمي إن الريم تنمو.", [entity("person", "سالم الهاشمي"), entity("location", "الريم")]);
    await store(s, 3, "افتتح فندق النخلة في الريم.", [entity("organization", "فندق النخلة"), entity("location", "الريم")]);
    const spellingsOf = async () => (await s.listEntities({ limit: 10 })).find((e) => e.name === "سالم الهاشمي")?.spellings ?? [];
    const before = await spellingsOf();
    // article 1 again, its alias gone: the pair only it gave goes; pairs article 2 gives stay
    await store(s, 1, "زار سالم الهاشمي الوادي.", [entity("person", "سالم الهاشمي")]);
    const after = await spellingsOf();
    await s.close();
    assert.ok(before.length > after.length && after.length > 0, `${before} → ${after}`);
    const db = openSqliteDatabase(path);
    const pairs = assertPairsDistinct(db);
    assert.ok(pairs.length >= 3);
    db.exec("DELETE FROM articles WHERE row = (SELECT min(s.article_row) FROM entity_spellings s JOIN entity_key_spellings p ON p.id = s.pair_id WHERE p.spelling LIKE '%نخل%')");
    const afterDelete = assertPairsDistinct(db);
    assert.ok(afterDelete.length < pairs.length);
    const rows = db.prepare(ROWS).all();
    // As a store written before migration 15: its texts and indexes back, the pairs gone, migrations 15 and 16 applied again.
    db.exec(BEFORE_MIGRATION_15);
    migrateSqlite(db);
    assert.deepEqual(assertPairsDistinct(db), afterDelete);
    assert.deepEqual(db.prepare(ROWS).all(), rows);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
