/**
 * The contract suite on a real PostgreSQL server (MARSAD_TEST_DATABASE_URL, default the local
 * `test` database). Every store gets a schema of its own, unique to this run, dropped at the end
 * (named from MARSAD_TEST_SCHEMA_PREFIX when set, e.g. one's branch on a shared server).
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describeDeadlines, describeStore, makeArticle, seed } from "../store.contract.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { tfFromRank } from "./bm25.js";
import { describeConnectContract } from "../connect.contract.js";
import { describeJobsContract } from "../jobs.contract.js";
import { ANALYZE_CHECK_ROWS, openPostgresStore, STAT_SLOT_SQL } from "./postgres-store.js";
import { createPgPool, numbered } from "./pg-driver.js";
import type { OpenStoreOptions, Store } from "../store.js";
import type { Entity } from "../../types.js";
import { ENTITY_KEY_VERSION, entityKey } from "../entity-keys.js";
import { nameKey } from "../../understand/entities/merge.js";
import { describeQueueOrder } from "../queue-order.contract.js";
import { normalizeArabic } from "../../arabic/normalize.js";

const URL_ = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RUN = `${process.env.MARSAD_TEST_SCHEMA_PREFIX ?? "marsad_test"}_${process.pid}_${randomBytes(3).toString("hex")}`;
const schemas: string[] = [];

after(async () => {
  const pool = createPgPool({ connectionString: URL_, max: 1 });
  try {
    for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await pool.end();
  }
});

function freshStore(options: OpenStoreOptions = {}) {
  const schema = `${RUN}_${schemas.length}`;
  schemas.push(schema);
  return openPostgresStore(URL_, { schema, poolSize: 2, ...options });
}

describeStore("postgres", () => freshStore());
describeConnectContract("postgres", () => freshStore());
describeJobsContract("postgres", () => freshStore());
describeDeadlines("postgres", freshStore);

describe("BM25 on PostgreSQL", () => {
  it("reads a lexeme's occurrences back from ts_rank exactly, 0 to 256 positions", async () => {
    const pool = createPgPool({ connectionString: URL_, max: 1 });
    try {
      const literal = (n: number) => (n === 0 ? "'other':1" : `'x':${Array.from({ length: n }, (_, i) => i + 1).join(",")}`);
      const counts = Array.from({ length: 257 }, (_, n) => n);
      const r = await pool.query<{ n: number; rank: number }>(
        "SELECT n, ts_rank('{1,1,1,1}', t::tsvector, 'x'::tsquery, 0)::float8 AS rank FROM unnest($1::int[], $2::text[]) AS u(n, t) ORDER BY n",
        [counts, counts.map(literal)],
      );
      assert.deepEqual(r.rows.map((row) => tfFromRank(row.rank)), counts);
    } finally {
      await pool.end();
    }
  });

  it("ranks as SQLite's FTS5 does: same hits, same order, same scores", async () => {
    const pg = await freshStore();
    const sqlite = await openSqliteStore(":memory:");
    try {
      const articles = [
        makeArticle({ title: "أمطار غزيرة تغلق المدارس في جدة", body: "أعلنت إدارة التعليم في جدة تعليق الدراسة في المدارس بسبب الأمطار الغزيرة. وقال المتحدث إن الأمطار مستمرة.", url: "https://a.example/1" }),
        makeArticle({ title: "الدفاع المدني يحذر من السيول", body: "حذر الدفاع المدني من السيول والأمطار في جدة ومكة، ودعا إلى البقاء في المنازل.", url: "https://a.example/2" }),
        makeArticle({ title: "مجلس الأمن يعقد جلسة طارئة", body: "عقد مجلس الأمن جلسة طارئة لبحث الأوضاع الإنسانية بعد السيول في المدينة.", url: "https://b.example/3", source: { name: "وكالة", domain: "b.example" } }),
        makeArticle({ title: "تقرير عن المدارس", body: "المدارس في المدينة تستأنف الدراسة الأسبوع المقبل بعد توقف الأمطار والسيول والمدارس.", url: "https://b.example/4" }),
      ];
      await seed(pg, articles);
      await seed(sqlite, articles);
      for (const q of ["الأمطار", "جدة المدارس", "السيول OR مجلس", '"مجلس الأمن"', "المدينة -طارئة", "الدراس*"]) {
        const [a, b] = [await sqlite.search({ q, collapseDuplicates: false }), await pg.search({ q, collapseDuplicates: false })];
        assert.deepEqual(b.hits.map((h) => h.article.id), a.hits.map((h) => h.article.id), `order of ${q}`);
        if (!q.includes("*") && !q.includes('"')) {
          b.hits.forEach((h, i) => assert.ok(Math.abs(h.score - a.hits[i]!.score) <= 1e-6 * Math.abs(a.hits[i]!.score), `${q}: score ${h.score} vs FTS5 ${a.hits[i]!.score}`));
        }
      }
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });

  it("ranks the newest candidates as SQLite does when more match than it examines (capped words, prefixes, relaxed)", async () => {
    const pg = await freshStore();
    const sqlite = await openSqliteStore(":memory:");
    try {
      const articles = [
        makeArticle({ title: "أمطار غزيرة في جدة", body: "أمطار غزيرة في جدة ومكة. الأمطار مستمرة والمدارس مغلقة.", url: "https://a.example/c1" }),
        makeArticle({ title: "المدارس تعود بعد الأمطار", body: "عادت المدارس في مكة بعد توقف الأمطار الغزيرة.", url: "https://a.example/c2" }),
        makeArticle({ title: "مستشفى جديد في المدينة", body: "افتتح مستشفى جديد في المدينة، والمسؤول قال إن الأمطار لم تؤخر العمل.", url: "https://b.example/c3", source: { name: "وكالة", domain: "b.example" } }),
        makeArticle({ title: "مسجد ومستوصف في مكة", body: "مسجد جديد ومستوصف في مكة، والأمطار في المساء.", url: "https://b.example/c4", source: { name: "وكالة", domain: "b.example" } }),
        makeArticle({ title: "مساعدات إلى جدة", body: "وصلت مساعدات إلى جدة بعد السيول والأمطار.", url: "https://a.example/c5" }),
      ];
      await seed(pg, articles);
      await seed(sqlite, articles);
      for (const q of ["الأمطار", "مس*", "جدة مكة", "سيول مستشفى"]) {
        for (const candidates of [2, 3, 100]) {
          const options = { q, candidates, prefixForms: 2, collapseDuplicates: false };
          const [a, b] = [await sqlite.search(options), await pg.search(options)];
          assert.ok(a.hits.length > 0, `${q} matches`);
          assert.deepEqual(b.hits.map((h) => h.article.id), a.hits.map((h) => h.article.id), `order of ${q}, ${candidates} candidates`);
          assert.equal(b.total, a.total, `total of ${q}, ${candidates} candidates`);
          if (!q.includes("*")) b.hits.forEach((h, i) => assert.ok(Math.abs(h.score - a.hits[i]!.score) <= 1e-6 * Math.abs(a.hits[i]!.score), `${q}: score ${h.score} vs FTS5 ${a.hits[i]!.score}`));
        }
      }
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });

  it("keeps tsvectors compressed with lz4 when the server has it (decompressed for every candidate ranked)", async () => {
    const pg = await freshStore();
    const pool = createPgPool({ connectionString: URL_, max: 1 });
    try {
      const lz4 = await pool.query("CREATE TEMP TABLE lz4_probe (t text COMPRESSION lz4)").then(() => true, () => false);
      const body = Array.from({ length: 400 }, (_, i) => `كلمة${i} في الخبر الطويل عن الأمطار رقم ${i}`).join(". ");
      await seed(pg, [makeArticle({ title: "خبر طويل عن الأمطار", body, url: "https://a.example/long" })]);
      const schema = schemas[schemas.length - 1]!;
      const r = await pool.query<{ method: string | null }>(`SELECT pg_column_compression(tsv) AS method FROM ${schema}.articles`);
      assert.equal(r.rows[0]!.method, lz4 ? "lz4" : "pglz");
      assert.equal((await pg.search({ q: "الأمطار" })).hits.length, 1);
    } finally {
      await pool.end();
      await pg.close();
    }
  });

  it("keeps the statistics when an article gets a new version: as if only the new version had been stored", async () => {
    const pg = await freshStore();
    try {
      const first = makeArticle({ title: "أمطار في جدة", body: "أمطار غزيرة.", url: "https://a.example/v" });
      await seed(pg, [first, makeArticle({ title: "سيول", body: "سيول في مكة.", url: "https://a.example/w" })]);
      await seed(pg, [{ ...first, body: "أمطار غزيرة ورياح في جدة." }]);
      const sqlite = await openSqliteStore(":memory:");
      try {
        // A fresh FTS5 table: its statistics hold only the current versions.
        await seed(sqlite, [{ ...first, body: "أمطار غزيرة ورياح في جدة." }, makeArticle({ title: "سيول", body: "سيول في مكة.", url: "https://a.example/w" })]);
        const [a, b] = [await sqlite.search({ q: "جدة" }), await pg.search({ q: "جدة" })];
        assert.ok(Math.abs(b.hits[0]!.score - a.hits[0]!.score) <= 1e-6 * Math.abs(a.hits[0]!.score), `score ${b.hits[0]!.score} vs FTS5 ${a.hits[0]!.score}`);
      } finally {
        await sqlite.close();
      }
    } finally {
      await pg.close();
    }
  });
});

describe("PostgreSQL searches and the pool", () => {
  it("more concurrent searches than pooled connections all answer (a search never waits for a second connection)", async () => {
    const pg = await freshStore({ poolSize: 1 });
    try {
      await seed(pg, [makeArticle({ title: "أمطار في جدة", body: "أمطار غزيرة في جدة.", url: "https://a.example/p" })]);
      const results = await Promise.all(["جدة", "أمطار", "غزيرة"].map((q) => pg.search({ q, facets: ["source"], entities: ["جدة"], timeoutMs: 30_000 })));
      assert.deepEqual(results.map((r) => r.hits.length >= 0), [true, true, true]);
    } finally {
      await pg.close();
    }
  });

  it("many askers of one search on one pooled connection all get its answer (each gives the connection back while it waits)", async () => {
    const pg = await freshStore({ poolSize: 1 });
    try {
      await seed(pg, [makeArticle({ title: "أمطار في جدة", body: "أمطار غزيرة في جدة.", url: "https://a.example/q" })]);
      const queries = ["أمطار", "أمطار", "جدة", "أمطار", "غزيرة", "أمطار"];
      const results = await Promise.all(queries.map((q) => pg.search({ q, facets: ["source", "day"], timeoutMs: 30_000 })));
      assert.deepEqual(results.map((r) => r.total), [1, 1, 1, 1, 1, 1]);
      assert.deepEqual(results[1], results[0]);
    } finally {
      await pg.close();
    }
  });
});

/** When `table` of `schema` was last analyzed (by anyone), null when never. */
async function lastAnalyzed(schema: string, table: string): Promise<string | null> {
  const pool = createPgPool({ connectionString: URL_, max: 1 });
  try {
    const r = await pool.query<{ at: string | null }>("SELECT coalesce(last_analyze, last_autoanalyze)::text AS at FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = $2", [schema, table]);
    return r.rows[0]?.at ?? null;
  } finally {
    await pool.end();
  }
}

function articlesOf(n: number, from = 0) {
  return Array.from({ length: n }, (_, i) => ({
    input: `fixtures/analyze/${from + i}.html`,
    index: 0,
    article: makeArticle({ title: `خبر رقم ${from + i} عن الأمطار`, body: `نص الخبر رقم ${from + i} عن الأمطار في جدة.`, url: `https://a.example/analyze/${from + i}` }),
  }));
}

async function upsertAll(store: Store, n: number, from = 0): Promise<void> {
  for (let i = 0; i < n; i += 500) await store.upsertArticles(articlesOf(Math.min(500, n - i), from + i), { storedAt: "2026-01-05T10:00:00Z" });
}

describe("PostgreSQL planner statistics (the server's autovacuum may be off)", () => {
  it("refreshStatistics analyzes the tables written and never analyzed, then nothing until they change again", async () => {
    const schema = `${RUN}_${schemas.length}`;
    const pg = await freshStore();
    try {
      await upsertAll(pg, 20);
      assert.equal(await lastAnalyzed(schema, "articles"), null);
      const analyzed = await pg.refreshStatistics();
      for (const t of ["articles", "article_versions", "connect_queue"]) assert.ok(analyzed.includes(t), `${t} analyzed (${analyzed.join(", ")})`);
      assert.ok(!analyzed.includes("stories"), "a table nobody wrote is left alone");
      assert.notEqual(await lastAnalyzed(schema, "articles"), null);
      assert.deepEqual(await pg.refreshStatistics(), [], "nothing changed since");
    } finally {
      await pg.close();
    }
  });

  it(`a store that wrote ${ANALYZE_CHECK_ROWS} rows analyzes what changed on its own, without a call`, async () => {
    const schema = `${RUN}_${schemas.length}`;
    const pg = await freshStore();
    try {
      await upsertAll(pg, ANALYZE_CHECK_ROWS - 500);
      assert.equal(await lastAnalyzed(schema, "articles"), null, "not before the threshold");
      await upsertAll(pg, 500, ANALYZE_CHECK_ROWS - 500);
      assert.notEqual(await lastAnalyzed(schema, "articles"), null);
    } finally {
      await pg.close();
    }
  });
});

describe("PostgreSQL entity rows", () => {
  const entity = (type: Entity["type"], name: string): Entity => ({ type, name, mentions: [name], aliases: [] });

  it("flag a name their article gave before, when written and by migration 14 on rows written before it", async () => {
    const store = await freshStore();
    const schema = schemas.at(-1)!;
    await seed(store, [makeArticle({ title: "جولة في الوادي", body: "زارت سلمى الحارثي وادي الريم.", entities: [entity("person", "سلمى الحارثي"), entity("location", "وادي الريم"), entity("organization", "سلمي الحارثي")] })]);
    await store.close();
    const pool = createPgPool({ connectionString: URL_, max: 1, options: `-c search_path=${schema}` });
    try {
      const flags = async () => (await pool.query<{ ord: number; r: number }>("SELECT ord, repeats_name AS r FROM article_entities ORDER BY article_row, ord")).rows;
      const expected = [{ ord: 0, r: 0 }, { ord: 1, r: 0 }, { ord: 2, r: 1 }];
      assert.deepEqual(await flags(), expected);
      // As a store written before migration 14: the column gone, the migration applied again at open.
      await pool.query("ALTER TABLE article_entities DROP COLUMN repeats_name; DELETE FROM schema_migrations WHERE version = 14");
      await (await openPostgresStore(URL_, { schema, poolSize: 1 })).close();
      assert.deepEqual(await flags(), expected);
    } finally {
      await pool.end();
    }
  });

  it("are re-keyed as the store opens when written under the normalized-name keys: spellings of one name are one entity", async () => {
    const store = await freshStore();
    const schema = schemas.at(-1)!;
    await seed(store, [
      makeArticle({ title: "ترامب يلتقي بوتين", body: "التقى دونالد ترامب فلاديمير بوتين.", entities: [entity("person", "دونالد ترامب"), entity("person", "فلاديمير بوتين")] }),
      makeArticle({ title: "ترمب في هلسنكي", body: "وصل دونالد ترمب إلى هلسنكي للقاء بوتن.", entities: [entity("person", "دونالد ترمب"), entity("location", "هلسنكي"), entity("person", "فلاديمير بوتن")] }),
    ]);
    await store.close();
    const pool = createPgPool({ connectionString: URL_, max: 1, options: `-c search_path=${schema}` });
    try {
      const keys = async () => (await pool.query<{ n: number }>("SELECT count(DISTINCT entity_key)::int AS n FROM article_entities")).rows[0]!.n;
      assert.equal(await keys(), 3);
      // As written before entity-key version 1: each row and spelling keyed by the normalized name.
      await pool.query("UPDATE article_entities SET entity_key = type || ':' || $1::text WHERE name = 'دونالد ترامب'", ["دونالد ترامب"]);
      await pool.query("UPDATE entity_spellings SET entity_key = 'person:دونالد ترامب' WHERE spelling = 'دونالد ترامب'");
      await pool.query("UPDATE entity_key_version SET version = 0");
      assert.equal(await keys(), 4);
      const reopened = await openPostgresStore(URL_, { schema, poolSize: 1 });
      try {
        assert.equal(await keys(), 3);
        assert.equal((await reopened.listEntities({ name: "دونالد ترمب" }))[0]?.articleCount, 2);
        assert.equal((await reopened.listArticles({ entities: ["دونالد ترامب"] })).total, 2);
      } finally {
        await reopened.close();
      }
      assert.equal((await pool.query<{ version: number }>("SELECT version FROM entity_key_version")).rows[0]!.version, ENTITY_KEY_VERSION);
    } finally {
      await pool.end();
    }
  });

  it("are re-keyed from their names when written under an older nameKey: spellings kept apart join, names one stale key held part", async () => {
    const store = await freshStore();
    const schema = schemas.at(-1)!;
    await seed(store, [
      makeArticle({ title: "جايسون ستاثام في لندن", body: "وصل جايسون ستاثام إلى لندن مع سايمون كويل.", entities: [entity("person", "جايسون ستاثام"), entity("location", "لندن"), entity("person", "سايمون كويل")] }),
      makeArticle({ title: "جيسون ستاثام يعود", body: "عاد جيسون ستاثام إلى لندن.", entities: [entity("person", "جيسون ستاثام"), entity("location", "لندن")] }),
    ]);
    const current = (await store.listEntities()).map((e) => [e.type, e.articleCount]).sort();
    await store.close();
    const pool = createPgPool({ connectionString: URL_, max: 1, options: `-c search_path=${schema}` });
    try {
      // As a version-1 writer might have: جايسون and جيسون apart, and the first article's two persons under one made-up key.
      const stale = "person:جايسن ستثم";
      await pool.query("UPDATE article_entities SET entity_key = $1 WHERE name IN ('جايسون ستاثام', 'سايمون كويل')", [stale]);
      await pool.query("UPDATE entity_spellings SET entity_key = $1 WHERE spelling IN ('جايسون ستاثام', 'سايمون كويل') AND article_row IN (SELECT article_row FROM article_entities WHERE name = 'سايمون كويل')", [stale]);
      await pool.query("UPDATE entity_key_version SET version = 1");
      const reopened = await openPostgresStore(URL_, { schema, poolSize: 1 });
      try {
        assert.deepEqual((await reopened.listEntities()).map((e) => [e.type, e.articleCount]).sort(), current);
        assert.equal((await reopened.listEntities({ name: "جايسون ستاثام" }))[0]?.articleCount, 2);
        assert.equal((await reopened.listArticles({ entities: ["سايمون كويل"] })).total, 1);
      } finally {
        await reopened.close();
      }
      const keysOf = async (spelling: string) => (await pool.query<{ k: string }>("SELECT DISTINCT entity_key AS k FROM entity_spellings WHERE spelling = $1", [spelling])).rows.map((r) => r.k);
      assert.deepEqual(await keysOf("سايمون كويل"), [entityKey({ type: "person", name: "سايمون كويل" })]);
      assert.deepEqual(await keysOf("جايسون ستاثام"), [entityKey({ type: "person", name: "جيسون ستاثام" })]);
      assert.equal((await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM article_entities WHERE repeats_name = 1")).rows[0]!.n, 0);
      assert.equal((await pool.query<{ version: number }>("SELECT version FROM entity_key_version")).rows[0]!.version, ENTITY_KEY_VERSION);
    } finally {
      await pool.end();
    }
  });

  it("are re-keyed from their names when written under entity-key version 2: a headed name joins its bare name, a club named for a city stays apart", async () => {
    const store = await freshStore();
    const schema = schemas.at(-1)!;
    await seed(store, [
      makeArticle({ title: "حركة حماس ترد", body: "قالت حركة حماس إن الوفد وصل إلى مخيم الزعتري ونادي نجران.", entities: [entity("organization", "حركة حماس"), entity("location", "مخيم الزعتري"), entity("organization", "نادي نجران")] }),
      makeArticle({ title: "حماس في القاهرة", body: "وصل وفد حماس إلى الزعتري ثم إلى نجران.", entities: [entity("organization", "حماس"), entity("location", "الزعتري"), entity("location", "نجران")] }),
    ]);
    const current = (await store.listEntities()).map((e) => [e.type, e.articleCount]).sort();
    await store.close();
    const pool = createPgPool({ connectionString: URL_, max: 1, options: `-c search_path=${schema}` });
    try {
      const keys = async () => (await pool.query<{ n: number }>("SELECT count(DISTINCT entity_key)::int AS n FROM article_entities")).rows[0]!.n;
      assert.equal(await keys(), 4);
      // As version 2 wrote them: every head kept in the key (no head is left out under the type misc).
      for (const name of ["حركة حماس", "مخيم الزعتري"]) {
        const type = name === "حركة حماس" ? "organization" : "location";
        const stale = `${type}:${nameKey(name, "misc")}`;
        await pool.query("UPDATE article_entities SET entity_key = $1 WHERE name = $2", [stale, name]);
        await pool.query("UPDATE entity_spellings SET entity_key = $1 WHERE spelling = $2", [stale, normalizeArabic(name)]);
      }
      await pool.query("UPDATE entity_key_version SET version = 2");
      assert.equal(await keys(), 6);
      const reopened = await openPostgresStore(URL_, { schema, poolSize: 1 });
      try {
        assert.equal(await keys(), 4);
        assert.deepEqual((await reopened.listEntities()).map((e) => [e.type, e.articleCount]).sort(), current);
        assert.equal((await reopened.listEntities({ name: "حماس" }))[0]?.articleCount, 2);
        assert.equal((await reopened.listArticles({ entities: ["حركة حماس"] })).total, 2);
        assert.equal((await reopened.listArticles({ entities: ["الزعتري"] })).total, 2);
        assert.equal((await reopened.listEntities({ name: "نادي نجران" }))[0]?.articleCount, 1);
      } finally {
        await reopened.close();
      }
      const keysOf = async (spelling: string) => (await pool.query<{ k: string }>("SELECT DISTINCT entity_key AS k FROM entity_spellings WHERE spelling = $1", [spelling])).rows.map((r) => r.k);
      assert.deepEqual(await keysOf(normalizeArabic("حركة حماس")), [entityKey({ type: "organization", name: "حماس" })]);
      assert.equal((await pool.query<{ version: number }>("SELECT version FROM entity_key_version")).rows[0]!.version, ENTITY_KEY_VERSION);
    } finally {
      await pool.end();
    }
  });

  it("are re-keyed from their names when written under entity-key version 4: a foreign club with its country's nisba joins the club, a town's club keeps it", async () => {
    const store = await freshStore();
    const schema = schemas.at(-1)!;
    await seed(store, [
      makeArticle({ title: "ريال مدريد الإسباني يفوز", body: "فاز ريال مدريد الإسباني على يوفنتوس الإيطالي، وتعادل برشلونة الإسباني.", entities: [entity("organization", "ريال مدريد الإسباني"), entity("organization", "يوفنتوس الإيطالي"), entity("organization", "برشلونة الإسباني")] }),
      makeArticle({ title: "ريال مدريد يتعاقد", body: "تعاقد ريال مدريد مع لاعب يوفنتوس، وخسر برشلونة.", entities: [entity("organization", "ريال مدريد"), entity("organization", "يوفنتوس"), entity("organization", "برشلونة")] }),
    ]);
    const current = (await store.listEntities()).map((e) => [e.type, e.articleCount]).sort();
    await store.close();
    const pool = createPgPool({ connectionString: URL_, max: 1, options: `-c search_path=${schema}` });
    try {
      const keys = async () => (await pool.query<{ n: number }>("SELECT count(DISTINCT entity_key)::int AS n FROM article_entities")).rows[0]!.n;
      assert.equal(await keys(), 4);
      // As version 4 wrote them: the nisba kept in the key (the nisba rule reads organizations only, not misc).
      for (const name of ["ريال مدريد الإسباني", "يوفنتوس الإيطالي"]) {
        const stale = `organization:${nameKey(name, "misc")}`;
        await pool.query("UPDATE article_entities SET entity_key = $1 WHERE name = $2", [stale, name]);
        await pool.query("UPDATE entity_spellings SET entity_key = $1 WHERE spelling = $2", [stale, normalizeArabic(name)]);
      }
      await pool.query("UPDATE entity_key_version SET version = 4");
      assert.equal(await keys(), 6);
      const reopened = await openPostgresStore(URL_, { schema, poolSize: 1 });
      try {
        assert.equal(await keys(), 4);
        assert.deepEqual((await reopened.listEntities()).map((e) => [e.type, e.articleCount]).sort(), current);
        assert.equal((await reopened.listEntities({ name: "ريال مدريد" }))[0]?.articleCount, 2);
        assert.equal((await reopened.listArticles({ entities: ["يوفنتوس الإيطالي"] })).total, 2);
        assert.equal((await reopened.listEntities({ name: "برشلونة الإسباني" }))[0]?.articleCount, 1);
      } finally {
        await reopened.close();
      }
      const keysOf = async (spelling: string) => (await pool.query<{ k: string }>("SELECT DISTINCT entity_key AS k FROM entity_spellings WHERE spelling = $1", [spelling])).rows.map((r) => r.k);
      assert.deepEqual(await keysOf(normalizeArabic("ريال مدريد الإسباني")), [entityKey({ type: "organization", name: "ريال مدريد" })]);
      assert.equal((await pool.query<{ version: number }>("SELECT version FROM entity_key_version")).rows[0]!.version, ENTITY_KEY_VERSION);
    } finally {
      await pool.end();
    }
  });
});

describe("PostgreSQL tsvector index", () => {
  it("keeps GIN's pending list short: small writes queue their entries, a write of many articles merges them all (migrations 13, 17)", async () => {
    const schema = `${RUN}_${schemas.length}`;
    const pg = await freshStore();
    const pool = createPgPool({ connectionString: URL_, max: 1 });
    // gin_clean_pending_list merges the list now and answers how many of its pages it merged
    const pendingPages = async () => (await pool.query<{ n: number }>(`SELECT gin_clean_pending_list('${schema}.articles_tsv'::regclass) AS n`)).rows[0]!.n;
    try {
      const r = await pool.query<{ options: string[] | null }>(
        "SELECT c.reloptions AS options FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = 'articles_tsv'", [schema]);
      assert.equal(r.rows[0]?.options, null);
      await pg.upsertArticles(articlesOf(3), { storedAt: "2026-01-05T10:00:00Z" });
      assert.ok((await pendingPages()) > 0);
      await pg.upsertArticles(articlesOf(40, 3), { storedAt: "2026-01-05T10:00:00Z" });
      assert.equal(await pendingPages(), 0);
      assert.equal((await pg.search({ q: "الأمطار", limit: 50 })).total, 43);
    } finally {
      await pool.end();
      await pg.close();
    }
  });
});

describe("PostgreSQL writes of many articles (inserted a chunk at a time)", () => {
  it("store a call's new, unchanged and edited articles in the call's order, in one transaction", async () => {
    const schema = `${RUN}_${schemas.length}`;
    const pg = await freshStore();
    const pool = createPgPool({ connectionString: URL_, max: 1 });
    try {
      await pg.upsertArticles(articlesOf(30), { storedAt: "2026-01-05T10:00:00Z" });
      const known = articlesOf(30).map((a, i) => (i % 3 === 0 ? { ...a, article: { ...a.article, title: `${a.article.title} محدث` } } : a));
      const fresh = articlesOf(250, 30);
      // new articles before, between and after the known ones: more than two chunks of them
      const call = [...fresh.slice(0, 120), ...known, ...fresh.slice(120)];
      const results = await pg.upsertArticles(call, { storedAt: "2026-01-06T10:00:00Z" });
      assert.deepEqual(results.map((r) => r.status), call.map((a) => (!known.includes(a) ? "created" : a.article.title.endsWith("محدث") ? "updated" : "unchanged")));
      const rows = (await pool.query<{ key: string }>(`SELECT key FROM ${schema}.articles WHERE row > 30 ORDER BY row`)).rows.map((r) => r.key);
      assert.deepEqual(rows, fresh.map((a) => a.article.url));
      const stats = await pg.stats();
      assert.equal(stats.articles, 280);
      assert.equal(stats.versions, 290);
      assert.equal((await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.connect_queue`)).rows[0]!.n, 280);
      // merged on the store's merge connection before the commit
      assert.equal((await pool.query<{ n: number }>(`SELECT gin_clean_pending_list('${schema}.articles_tsv'::regclass) AS n`)).rows[0]!.n, 0);
      assert.equal((await pg.search({ q: "الأمطار", limit: 5 })).total, 280);
    } finally {
      await pool.end();
      await pg.close();
    }
  });

  it("store nothing of a call whose article cannot be prepared after chunks were sent", async () => {
    const pg = await freshStore();
    try {
      const call = articlesOf(250);
      call[230] = { ...call[230]!, article: { ...call[230]!.article, entities: null as unknown as Entity[] } };
      await assert.rejects(pg.upsertArticles(call, { storedAt: "2026-01-05T10:00:00Z" }), TypeError);
      assert.equal((await pg.stats()).articles, 0);
      await pg.upsertArticles(articlesOf(250), { storedAt: "2026-01-05T10:00:00Z" });
      assert.equal((await pg.search({ q: "الأمطار", limit: 5 })).total, 250);
    } finally {
      await pg.close();
    }
  });
});

describe("PostgreSQL search results kept between searches", () => {
  it("a store's kept result gives way when another process writes the schema", async () => {
    const schema = `${RUN}_${schemas.length}`;
    const reader = await freshStore();
    const writer = await openPostgresStore(URL_, { schema, poolSize: 1 });
    try {
      await upsertAll(writer, 3);
      assert.equal((await reader.search({ q: "الأمطار" })).total, 3);
      assert.equal((await reader.search({ q: "الأمطار" })).total, 3);
      await upsertAll(writer, 2, 3);
      assert.equal((await reader.search({ q: "الأمطار" })).total, 5);
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});

describe("PostgreSQL writers racing on the same articles", () => {
  it("three stores upserting overlapping batches at once store each article once, none fails", async () => {
    const schema = `${RUN}_${schemas.length}`;
    const first = await freshStore();
    const others = [await openPostgresStore(URL_, { schema, poolSize: 2 }), await openPostgresStore(URL_, { schema, poolSize: 2 })];
    const writers = [first, ...others];
    const all = articlesOf(40, 0);
    try {
      for (let round = 0; round < 5; round++) {
        const fresh = articlesOf(40, 40 * (round + 1));
        // Each writer sends the same new articles in its own order and batch size, so inserts collide mid-batch.
        await Promise.all(writers.map(async (w, k) => {
          const mine = k % 2 === 0 ? [...all, ...fresh] : [...fresh, ...all].reverse();
          const size = 2 + 3 * k;
          for (let i = 0; i < mine.length; i += size) await w.upsertArticles(mine.slice(i, i + size), { storedAt: "2026-01-05T10:00:00Z" });
        }));
        all.push(...fresh);
        const stats = await first.stats();
        assert.equal(stats.articles, all.length, `round ${round}: every article once`);
        assert.equal(stats.versions, all.length, `round ${round}: no second version of an unchanged article`);
      }
    } finally {
      for (const w of others) await w.close();
      await first.close();
    }
  });
});

describe("PostgreSQL statistics slots", () => {
  it("transactions under way at once take different slots, even with the same preferred one; a transaction keeps its slot", async () => {
    const store = await freshStore();
    const schema = schemas.at(-1)!;
    await store.close();
    const pools = [0, 1, 2].map(() => createPgPool({ connectionString: URL_, max: 1, options: `-c search_path=${schema}` }));
    const slotOf = async (pool: (typeof pools)[number], preferred: number) =>
      (await pool.query<{ s: number }>(numbered(`SELECT ${STAT_SLOT_SQL} AS s`), [preferred, preferred])).rows[0]!.s;
    try {
      for (const pool of pools) await pool.query("BEGIN");
      assert.equal(await slotOf(pools[0]!, 15), 15);
      // the next free one from the preferred slot on, wrapping
      assert.equal(await slotOf(pools[1]!, 15), 0);
      assert.equal(await slotOf(pools[2]!, 14), 14);
      assert.equal(await slotOf(pools[0]!, 15), 15, "the same transaction, its slot again");
      await pools[0]!.query("COMMIT");
      assert.equal(await slotOf(pools[1]!, 15), 15, "a slot is free again once its transaction ends");
    } finally {
      for (const pool of pools) {
        await pool.query("ROLLBACK").catch(() => undefined);
        await pool.end();
      }
    }
  });

  it("two stores writing at once, both preferring one slot, write their statistics to two slots and count every article", async () => {
    const schema = `${RUN}_${schemas.length}`;
    const first = await freshStore();
    const second = await openPostgresStore(URL_, { schema, poolSize: 2 });
    const writers = [first, second];
    for (const w of writers) Object.defineProperty(w, "slot", { value: 3 });
    try {
      await Promise.all(writers.map(async (w, k) => {
        const mine = articlesOf(30, 100 * k);
        for (let i = 0; i < mine.length; i += 3) await w.upsertArticles(mine.slice(i, i + 3), { storedAt: "2026-01-05T10:00:00Z" });
      }));
      const pool = createPgPool({ connectionString: URL_, max: 1 });
      try {
        const docs = (await pool.query<{ slot: number; docs: number }>(`SELECT slot, docs::int AS docs FROM ${schema}.corpus_stats ORDER BY slot`)).rows;
        assert.equal(docs.reduce((n, r) => n + r.docs, 0), 60);
        // Each store holds up to two connections (poolSize 2), so up to four transactions may be under way at once: each takes
        // the first free slot from the preferred one, so the slots used lie in 3..6 whatever the timing.
        assert.ok(docs.every((r) => r.slot >= 3 && r.slot < 3 + 2 * 2), `slots from the preferred one on: ${JSON.stringify(docs)}`);
      } finally {
        await pool.end();
      }
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describeQueueOrder("postgres", async () => {
  const schema = `${RUN}_${schemas.length}`;
  const store = await freshStore();
  return {
    store,
    async reopenAsOld(connectedIds) {
      await store.close();
      // As written before migration 19: the queue is its rows alone.
      const pool = createPgPool({ connectionString: URL_, max: 1 });
      try {
        await pool.query(`DELETE FROM ${schema}.connect_queue WHERE article_row IN (SELECT row FROM ${schema}.articles WHERE id = ANY($1::text[]))`, [connectedIds]);
        await pool.query(`DROP INDEX ${schema}.connect_queue_publication_order`);
        await pool.query(`ALTER TABLE ${schema}.connect_queue DROP COLUMN published_ms, DROP COLUMN article_id`);
        await pool.query(`DELETE FROM ${schema}.schema_migrations WHERE version = 19`);
      } finally {
        await pool.end();
      }
      return openPostgresStore(URL_, { schema, poolSize: 2 });
    },
  };
});
