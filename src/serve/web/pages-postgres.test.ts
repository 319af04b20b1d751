/**
 * Every page of the web reader over the PostgreSQL store (MARSAD_TEST_DATABASE_URL, default the
 * local `test` database), in a schema of its own dropped at the end: the same fixtures render the
 * same pages as on SQLite (search: the same hits; the order is each backend's ranking).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import type { Hono } from "hono";
import { createPgPool } from "../../store/postgres/pg-driver.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp } from "../app.js";
import { loadFixtures } from "../fixtures.js";

const URL_ = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const SCHEMA = `marsad_web_${process.pid}_${randomBytes(3).toString("hex")}`;

describe("web reader on PostgreSQL", () => {
  let pg: Store;
  let sqlite: Store;
  let onPg: Hono;
  let onSqlite: Hono;
  before(async () => {
    pg = await openStore(URL_, { schema: SCHEMA, poolSize: 2 });
    sqlite = await openStore(":memory:");
    for (const s of [pg, sqlite]) await loadFixtures(s);
    // Deadlines far out: this test compares renderings, and a loaded machine must not turn a page into a 503.
    const options = { clock: () => "2026-03-05T00:00:00Z", log: () => {}, searchTimeoutMs: 60_000, requestTimeoutMs: 300_000 };
    onPg = createApp(pg, options);
    onSqlite = createApp(sqlite, options);
  });
  after(async () => {
    await pg?.close();
    await sqlite?.close();
    const pool = createPgPool({ connectionString: URL_, max: 1 });
    try {
      await pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    } finally {
      await pool.end();
    }
  });

  it("renders every page as on SQLite", async () => {
    const story = ((await pg.listStories({ minArticles: 2 })).items[0])!;
    const article = (await pg.listArticles({ limit: 1 })).items[0]!;
    const paths = ["/", `/articles/${article.id}`, "/stories", `/stories/${story.id}`, "/sources", "/sources/nahr.example", "/entities", `/entities/${encodeURIComponent("سعيد الراشد")}`];
    for (const path of paths) {
      const [a, b] = await Promise.all([onPg.request(path), onSqlite.request(path)]);
      assert.equal(a.status, 200, path);
      assert.equal(await a.text(), await b.text(), path);
    }
  });
  it("finds the same articles in search (ranked by each backend: BM25 or ts_rank)", async () => {
    const path = "/search?q=%D8%A7%D9%84%D8%AC%D8%B3%D8%B1";
    const ids = async (app: Hono) => [...(await (await app.request(path)).text()).matchAll(/<h3 class="hit-title"><a href="\/articles\/([0-9a-f]{16})">/g)].map((m) => m[1]).sort();
    const fromPg = await ids(onPg);
    assert.ok(fromPg.length >= 2);
    assert.deepEqual(fromPg, await ids(onSqlite));
  });
});
