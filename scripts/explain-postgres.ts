/**
 * `npx tsx scripts/explain-postgres.ts <postgres-url> <schema> [query…]`: runs marsad's hot reads
 * on a filled PostgreSQL store (a search with facets, its page of hits, an article, a list of a
 * source's articles) and prints EXPLAIN (ANALYZE, BUFFERS) of every statement they sent, as
 * docs/postgres.md shows them. Read-only.
 */
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { createPgPool, numbered, type PgClient, type PgPool, type PgQueryable } from "../src/store/postgres/pg-driver.js";

const [url, schema, ...queries] = process.argv.slice(2);
if (!url || !schema) throw new Error("usage: explain-postgres <postgres-url> <schema> [query…]");

interface Sent {
  sql: string;
  params: unknown[];
}

const recorded = new WeakSet<PgQueryable>();

/**
 * Wraps a queryable (once) so every SELECT it sends is recorded. Every argument is passed on:
 * node-postgres's `pool.query` calls `client.query(sql, params, callback)`, and a wrapper that
 * dropped the callback left every search waiting forever.
 */
function record(target: PgQueryable, sent: Sent[]): void {
  if (recorded.has(target)) return;
  recorded.add(target);
  const query = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    // a search's statements are named ({ name, text, values }: prepared once a connection)
    const [first, second] = args;
    const named = typeof first === "object" && first !== null ? (first as { text: string; values: unknown[] }) : null;
    const sql = named ? named.text : first;
    const params = named ? named.values : second;
    if (typeof sql === "string" && /^\s*(WITH|SELECT)/i.test(sql)) sent.push({ sql, params: Array.isArray(params) ? params : [] });
    return query(...args);
  };
}

const store = await openPostgresStore(url, { schema, poolSize: 1 });
const sent: Sent[] = [];
// searches run on the store's search pool, everything else on its pool: both recorded
const pools = store as unknown as { pool: PgPool; searchPool: PgPool };
// node-postgres's own `pool.query` checks a client out with a callback, so the wrapper keeps both
// forms (an async-only wrapper dropped the callback, and every search hung).
type ConnectCallback = (err: Error | undefined, client: PgClient | undefined, done: () => void) => void;
for (const pool of [pools.pool, pools.searchPool]) {
  const connect = pool.connect.bind(pool) as unknown as (cb?: ConnectCallback) => Promise<PgClient> | undefined;
  (pool as unknown as { connect: (cb?: ConnectCallback) => Promise<PgClient> | undefined }).connect = (cb) => {
    if (cb) {
      return connect((err, client, done) => {
        if (client) record(client, sent);
        cb(err, client, done);
      });
    }
    return connect()!.then((client) => {
      record(client, sent);
      return client;
    });
  };
  record(pool, sent);
}
const probes: [string, () => Promise<unknown>][] = [
  ...(queries.length > 0 ? queries : ["الأمطار", "وزير الخارجية"]).map((q): [string, () => Promise<unknown>] => [`search "${q}" with facets`, () => store.search({ q, facets: ["source", "day", "entity"] })]),
  ["list a source's articles", () => store.listArticles({ sources: ["SkyNews"], limit: 20 })],
];
const explain = createPgPool({ connectionString: url, max: 1, options: `-c search_path=${schema}` });
try {
  for (const [name, run] of probes) {
    sent.length = 0;
    await run();
    console.log(`\n## ${name}\n`);
    for (const s of sent.splice(0)) {
      if (/corpus_stats|term_stats|entity_spellings s JOIN k1/.test(s.sql) && s.sql.length < 200) continue;
      const client = await explain.connect();
      try {
        await client.query("BEGIN READ ONLY");
        // what a search's connection is opened with (SEARCH_SETTINGS)
        await client.query("SET LOCAL enable_seqscan = off; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0");
        const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.sql.includes("$1") ? s.sql : numbered(s.sql)}`, s.params);
        console.log("```sql\n" + s.sql.replace(/\s+/g, " ").trim().slice(0, 600) + "\n```\n```\n" + plan.rows.map((r) => r["QUERY PLAN"]).join("\n") + "\n```");
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    }
  }
} finally {
  await explain.end();
  await store.close();
}
