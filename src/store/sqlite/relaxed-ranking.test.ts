import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openSqliteStore } from "./sqlite-store.js";
import { makeArticle, seed } from "../store.contract.js";
import { parseQuery } from "../../search/query.js";
import { ftsExpression } from "./fts-query.js";
import { WEIGHTS } from "../search-engine.js";
import type { SqliteDatabase } from "./sqlite-driver.js";

describe("SQLite relaxed ranking by clauses", () => {
  it("scores each hit as FTS5's bm25 of the whole relaxed expression, more clauses matched first", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      await seed(store, [
        makeArticle({ title: "أمطار على جدة", body: "أمطار غزيرة في جدة والطائف، وسيول في الأودية.", url: "https://test.example/r1" }),
        makeArticle({ title: "سيول", body: "سيول سيول جرفت السيارات في الطائف.", url: "https://test.example/r2" }),
        makeArticle({ title: "طقس", body: "أمطار أمطار أمطار على مكة.", url: "https://test.example/r3" }),
        makeArticle({ title: "رياضة", body: "فاز الهلال على النصر.", url: "https://test.example/r4" }),
      ]);
      const q = "أمطار سيول الطائف كسوف";
      const r = await store.search({ q, collapseDuplicates: false });
      assert.equal(r.relaxed, true);
      const db = (store as unknown as { db: SqliteDatabase }).db;
      const bm25 = `-bm25(article_fts, ${WEIGHTS.title}, ${WEIGHTS.titleSurface}, ${WEIGHTS.body}, ${WEIGHTS.bodySurface}, ${WEIGHTS.meta})`;
      const whole = db.prepare(`SELECT a.title AS title, ${bm25} AS score FROM article_fts JOIN articles a ON a.row = article_fts.rowid WHERE article_fts MATCH ?`).all(ftsExpression(parseQuery(q), true)!) as { title: string; score: number }[];
      const expected = new Map(whole.map((w) => [w.title, w.score]));
      assert.deepEqual(r.hits.map((h) => h.article.title), ["أمطار على جدة", "سيول", "طقس"]);
      for (const h of r.hits) assert.ok(Math.abs(h.score - expected.get(h.article.title)!) < 1e-9, `${h.article.title}: ${h.score} vs ${expected.get(h.article.title)}`);
    } finally {
      await store.close();
    }
  });
});
