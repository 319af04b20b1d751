/**
 * The stock engines marsad's search is measured against, fed the same documents and queries:
 * - SQLite FTS5 with `unicode61 remove_diacritics 2` over the raw title and body, BM25 with the same
 *   column weights as marsad (title 4 : body 1);
 * - PostgreSQL `to_tsvector('arabic', …)` (Snowball Arabic) with GIN and ts_rank, weights A/D as marsad.
 * Both use marsad's query cascade: all words (AND); when that fills less than a page, any word (OR).
 */
import { openSqliteDatabase, type SqliteDatabase } from "../../src/store/sqlite/sqlite-driver.js";
import { createPgPool, type PgPool } from "../../src/store/postgres/pg-driver.js";

export interface PeerDoc {
  id: string;
  title: string;
  body: string;
}

export interface SearchEngine {
  name: string;
  add(docs: PeerDoc[]): Promise<void>;
  /** Ids of the best `limit` documents, best first. */
  search(q: string, limit: number): Promise<string[]>;
  bytes(): Promise<number>;
  close(): Promise<void>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function openUnicode61(path = ":memory:"): SearchEngine {
  const db: SqliteDatabase = openSqliteDatabase(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE IF NOT EXISTS docs (row INTEGER PRIMARY KEY, id TEXT NOT NULL)");
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5 (title, body, tokenize = "unicode61 remove_diacritics 2")`);
  const insDoc = db.prepare("INSERT INTO docs (id) VALUES (?)");
  const insFts = db.prepare("INSERT INTO docs_fts (rowid, title, body) VALUES (?, ?, ?)");
  const add = db.transaction((docs: PeerDoc[]) => {
    for (const d of docs) insFts.run(Number(insDoc.run(d.id).lastInsertRowid), d.title, d.body);
  });
  const count = db.prepare("SELECT count(*) AS n FROM docs_fts WHERE docs_fts MATCH ?");
  const top = db.prepare("SELECT d.id FROM (SELECT rowid, bm25(docs_fts, 4, 1) AS s FROM docs_fts WHERE docs_fts MATCH ? ORDER BY s LIMIT ?) m JOIN docs d ON d.row = m.rowid ORDER BY m.s");
  return {
    name: "FTS5 unicode61",
    async add(docs) {
      add(docs);
    },
    async search(q, limit) {
      const words = [...new Set(q.match(WORD) ?? [])].map((w) => `"${w}"`);
      if (words.length === 0) return [];
      let expr = words.join(" AND ");
      if ((count.get(expr) as { n: number }).n < limit && words.length > 1) expr = words.join(" OR ");
      return (top.all(expr, limit) as { id: string }[]).map((r) => r.id);
    },
    async bytes() {
      return (db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number);
    },
    async close() {
      db.close();
    },
  };
}

export async function openPgArabic(url: string, schema: string): Promise<SearchEngine> {
  const pool: PgPool = createPgPool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query("CREATE TABLE IF NOT EXISTS docs (row bigserial PRIMARY KEY, id text NOT NULL, tsv tsvector NOT NULL)");
  await pool.query("CREATE INDEX IF NOT EXISTS docs_tsv ON docs USING GIN (tsv)");
  const strict = "plainto_tsquery('arabic', $1)";
  const loose = "to_tsquery('simple', replace(plainto_tsquery('arabic', $1)::text, ' & ', ' | '))";
  return {
    name: "PostgreSQL arabic",
    async add(docs) {
      await pool.query(
        `INSERT INTO docs (id, tsv) SELECT id, setweight(to_tsvector('arabic', title), 'A') || to_tsvector('arabic', body)
         FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, title, body)`,
        [docs.map((d) => d.id), docs.map((d) => d.title), docs.map((d) => d.body)],
      );
    },
    async search(q, limit) {
      let query = strict;
      const n = (await pool.query<{ n: number }>(`SELECT count(*) AS n FROM docs WHERE tsv @@ ${strict}`, [q])).rows[0]!.n;
      if (n < limit) query = loose;
      const rows = await pool.query<{ id: string }>(
        `SELECT id FROM docs, ${query} AS q(q) WHERE tsv @@ q.q ORDER BY ts_rank('{0.25, 0, 0.5, 1}', tsv, q.q, 1) DESC, row LIMIT $2`, [q, limit]);
      return rows.rows.map((r) => r.id);
    },
    async bytes() {
      return (await pool.query<{ b: number }>(`SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::float8 AS b FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [schema])).rows[0]!.b;
    },
    async close() {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    },
  };
}
