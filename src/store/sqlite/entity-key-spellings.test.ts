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
const DISTINCT_PAIRS = "SELECT DISTINCT entity_key, spelling FROM entity_spellings ORDER BY entity_key, spelling";

async function store(s: Store, n: number, body: string, entities: Entity[]): Promise<void> {
  const article = makeArticle({ title: `خبر رقم ${n}`, body, url: `https://test.example/news/${n}`, entities });
  await s.upsertPages([{ articles: [{ input: `in${n}`, index: 0, article }] }], { storedAt: STORED_AT });
}

function assertPairsDistinct(db: SqliteDatabase): unknown[] {
  const pairs = db.prepare(PAIRS).all();
  assert.deepEqual(pairs, db.prepare(DISTINCT_PAIRS).all());
  return pairs;
}

test("entity_key_spellings holds the distinct (key, spelling) pairs of entity_spellings through inserts, re-stores, deletes and migration 15", async () => {
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
    db.exec("DELETE FROM articles WHERE row = (SELECT min(article_row) FROM entity_spellings WHERE spelling LIKE '%نخل%')");
    const afterDelete = assertPairsDistinct(db);
    assert.ok(afterDelete.length < pairs.length);
    // As a store written before migration 15: its indexes back, the pairs gone, the migration applied again.
    db.exec(`DROP TRIGGER entity_spellings_pair_insert; DROP TRIGGER entity_spellings_pair_delete; DROP TABLE entity_key_spellings;
      DROP INDEX entity_spellings_spelling_key; CREATE INDEX entity_spellings_spelling ON entity_spellings (spelling, entity_key);
      CREATE INDEX entity_spellings_key ON entity_spellings (entity_key, spelling); CREATE INDEX entity_spellings_spelling_row ON entity_spellings (spelling, article_row);
      DELETE FROM schema_migrations WHERE version = 15`);
    migrateSqlite(db);
    assert.deepEqual(assertPairsDistinct(db), afterDelete);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
