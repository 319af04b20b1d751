import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Tag } from "../../types.js";
import type { Store } from "../store.js";
import { makeArticle } from "../store.contract.js";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { migrateSqlite, openSqliteStore } from "./sqlite-store.js";

const STORED_AT = "2026-01-05T00:00:00Z";
const tag = (text: string): Tag => ({ text, origin: "page", scope: "article" });
const TAG_ROWS = "SELECT a.article_row, a.ord, a.text, t.norm, a.origin, a.scope FROM article_tags a JOIN tags t ON t.id = a.tag_id ORDER BY a.article_row, a.ord";

/** A store of migration 15: article_tags keyed by their norm again, `tags` gone. */
const BEFORE_MIGRATION_16 = `
CREATE TABLE article_tags_by_norm (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL, origin TEXT NOT NULL, scope TEXT NOT NULL,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;
INSERT INTO article_tags_by_norm SELECT a.article_row, a.ord, a.text, t.norm, a.origin, a.scope FROM article_tags a JOIN tags t ON t.id = a.tag_id;
DROP TABLE article_tags;
DROP TABLE tags;
ALTER TABLE article_tags_by_norm RENAME TO article_tags;
CREATE INDEX article_tags_norm ON article_tags (norm);
DELETE FROM schema_migrations WHERE version = 16;`;

async function store(s: Store, n: number, tags: Tag[]): Promise<void> {
  const article = makeArticle({ title: `خبر رقم ${n}`, body: `نص الخبر ${n}.`, url: `https://test.example/news/${n}`, publishedAt: `2026-01-0${n}T08:00:00Z`, tags });
  await s.upsertPages([{ articles: [{ input: `in${n}`, index: 0, article }] }], { storedAt: STORED_AT });
}

async function taggedTitles(s: Store, tags: string[], since?: string): Promise<string[]> {
  return (await s.listArticles({ tags, since })).items.map((a) => a.title).sort();
}

test("tags are filtered by their dictionary id, through re-stores and migration 16, as by their text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-tag-ids-"));
  const path = join(dir, "s.sqlite");
  try {
    let s = await openSqliteStore(path);
    await store(s, 1, [tag("الطّقس"), tag("محليات")]);
    await store(s, 2, [tag("الطقس")]);
    await store(s, 3, [tag("رياضة"), tag("محليات")]);
    // article 3 again without «محليات»: its id stays in the dictionary, its row goes
    await store(s, 3, [tag("رياضة")]);
    const answers = async () => [
      await taggedTitles(s, ["الطقس"]), await taggedTitles(s, ["الطقس"], "2026-01-02"), await taggedTitles(s, ["محليات"]),
      await taggedTitles(s, ["محليات", "الطقس"]), await taggedTitles(s, ["اقتصاد"]), await taggedTitles(s, ["رياضة"], "2026-01-01"),
    ];
    const before = await answers();
    assert.deepEqual(before, [["خبر رقم 1", "خبر رقم 2"], ["خبر رقم 2"], ["خبر رقم 1"], ["خبر رقم 1"], [], ["خبر رقم 3"]]);
    await s.close();
    const db = openSqliteDatabase(path);
    const rows = db.prepare(TAG_ROWS).all();
    assert.equal(rows.length, 4);
    db.exec(BEFORE_MIGRATION_16);
    migrateSqlite(db);
    assert.deepEqual(db.prepare(TAG_ROWS).all(), rows);
    db.close();
    s = await openSqliteStore(path);
    assert.deepEqual(await answers(), before);
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
