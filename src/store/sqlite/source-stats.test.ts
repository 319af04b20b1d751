import { test } from "node:test";
import assert from "node:assert/strict";
import { openSqliteDatabase, type SqliteDatabase } from "./sqlite-driver.js";
import { migrateSqlite } from "./sqlite-store.js";
import { seededRandom } from "../../seeded-random.js";

const GROUPED = `SELECT source_key, source_name, source_domain, count(*) AS article_count, min(published_at) AS first_published_at,
  max(published_at) AS last_published_at FROM articles GROUP BY source_key, source_name, source_domain ORDER BY source_key, source_name, source_domain`;
const KEPT = `SELECT source_key, source_name, source_domain, article_count, first_published_at, last_published_at
  FROM source_stats ORDER BY source_key, source_name, source_domain`;

const KEYS = ["aljazeera.net", "bbc.com", "hespress.com"];
const NAMES = [null, "الجزيرة", "BBC عربي", ""];
const DOMAINS = [null, "aljazeera.net", "www.bbc.com"];
const DATES = [null, "2024-05-11T09:00:00Z", "2023-09-20T18:25:00Z", "2024-01-02T00:00:00Z", "2022-12-31T23:59:00Z"];

function insert(db: SqliteDatabase, n: number, source: [string, string | null, string | null], publishedAt: string | null): void {
  db.prepare(`INSERT INTO articles (id, key, input, content_hash, version, title, published_at, language, source_name, source_domain, source_key,
    first_stored_at, last_stored_at) VALUES (?, ?, ?, 'h', 1, 't', ?, 'ar', ?, ?, ?, 'now', 'now')`).run(`id${n}`, `key${n}`, `input${n}`, publishedAt, source[1], source[2], source[0]);
}

test("source_stats equals grouping the articles after inserts, updates of source and date, and deletes", () => {
  const db = openSqliteDatabase(":memory:");
  migrateSqlite(db);
  const next = seededRandom(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const source = (): [string, string | null, string | null] => [pick(KEYS), pick(NAMES), pick(DOMAINS)];
  for (let n = 0; n < 400; n++) {
    const roll = next();
    const rows = (db.prepare("SELECT row FROM articles").all() as { row: number }[]).map((r) => r.row);
    if (roll < 0.6 || rows.length === 0) insert(db, n, source(), pick(DATES));
    else if (roll < 0.75) db.prepare("UPDATE articles SET published_at = ? WHERE row = ?").run(pick(DATES), pick(rows));
    else if (roll < 0.85) {
      const [key, name, domain] = source();
      db.prepare("UPDATE articles SET source_key = ?, source_name = ?, source_domain = ? WHERE row = ?").run(key, name, domain, pick(rows));
    } else if (roll < 0.9) db.prepare("UPDATE articles SET title = 'changed' WHERE row = ?").run(pick(rows));
    else db.prepare("DELETE FROM articles WHERE row = ?").run(pick(rows));
    if (n % 40 === 39) assert.deepEqual(db.prepare(KEPT).all(), db.prepare(GROUPED).all(), `after write ${n}`);
  }
  assert.deepEqual(db.prepare(KEPT).all(), db.prepare(GROUPED).all());
  db.close();
});

test("migration 11 fills source_stats from the articles already stored", () => {
  const db = openSqliteDatabase(":memory:");
  migrateSqlite(db);
  insert(db, 1, ["a.example", "أ", null], "2024-01-01T00:00:00Z");
  insert(db, 2, ["a.example", "أ", null], null);
  insert(db, 3, ["b.example", null, "b.example"], "2023-01-01T00:00:00Z");
  // As a store written before migration 11: the kept rows gone, the migration applied again.
  db.exec("DROP TRIGGER articles_source_stats_insert; DROP TRIGGER articles_source_stats_delete; DROP TRIGGER articles_source_stats_update; DROP TABLE source_stats");
  db.exec("DELETE FROM schema_migrations WHERE version = 11");
  migrateSqlite(db);
  assert.deepEqual(db.prepare(KEPT).all(), db.prepare(GROUPED).all());
  assert.equal((db.prepare("SELECT count(*) AS n FROM source_stats").get() as { n: number }).n, 2);
  db.close();
});
