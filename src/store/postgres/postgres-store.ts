/**
 * The PostgreSQL adapter: `pg` pool, one schema (default `public`), tsvector over marsad's analyzed
 * terms with the 'simple' configuration and a GIN index. Rules:
 * - `openPostgresStore` creates the schema if missing and applies migrations under an advisory lock.
 * - An upsert call is one transaction on one pooled client; a concurrent writer of the same key
 *   waits on the row lock (SELECT … FOR UPDATE / INSERT … ON CONFLICT) and then sees the hash.
 *   `upsertPages` writes its pages in one transaction with a savepoint per page (a page that fails
 *   is rolled back alone) and the statistics once for all of them.
 * - Search is store/search-engine.ts's algorithm; this adapter supplies its SQL: a GIN-indexed
 *   tsvector of marsad's analyzed terms laid out as FTS5's columns (tsquery.ts) and BM25 computed
 *   as FTS5 computes it (bm25.ts) from statistics every upsert keeps (`term_stats`, `corpus_stats`,
 *   in the writer's own slot), so both backends rank alike.
 * - Child tables are written with one statement each from JSON, to keep round trips per article low.
 */
import { createHash } from "node:crypto";
import type { Article } from "../../types.js";
import { readEntitySummaries, repeatsName } from "../entity-sql.js";
import { ENTITY_KEY_VERSION, newKeysByArticle, rekeyedEntityRows, spellingTargets, type EntityKeyRow } from "../entity-keys.js";
import { connectStatements, publicationMs, SET_BASED, type SqlReader, type SqlStatement } from "../connect-sql.js";
import { completeJobsStatement, completeJobStatement, SqlJobQueue, type JobStatement, type JobStatementResult } from "../job-sql.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { articleKey, prepareArticle, type PreparedArticle } from "../document.js";
import { entityFilterNames, filterConditions, type SqlFragment } from "../sql-filters.js";
import { listOptions, MAX_TIMEOUT_MS, prefixEnd, runSearch, type HitRow, type RankedMatch, type SearchBackend } from "../search-engine.js";
import { expandSources, OutletCache, OUTLET_TTL_MS, type OutletIndex, type SourceRow } from "../outlets.js";
import { summaryFromRow, type ArticleRow as Row } from "../article-row.js";
import type {
  ArticleInput, ArticleList, ConnectBatch, ArticleListQuery, ArticleVersionSummary, EntitySummary, IngestFailure, InputMark, JobDone,
  OpenStoreOptions, PageWrite, PageWriteOutcome, SearchQuery, SearchResult, SourceSummary, Store, StoreCapabilities, StoredArticle, StoreStats, UpsertResult,
} from "../store.js";
import { asError, StoreTimeoutError } from "../store.js";
import { DEFAULT_SEARCH_CACHE_ENTRIES, SearchCache } from "../search-cache.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";
import { createPgPool, inTransaction, isRetriedTransactionError, numbered, retried, type PgClient, type PgPool, type PgQueryable } from "./pg-driver.js";
import { pgIndex, rankPhrases, tsqueryClauses, tsqueryPieces, tsqueryText, type PgIndex, type RankPhrase } from "./tsquery.js";
import { bm25Sql, PREFIX_DF_CAP, type Bm25Stats } from "./bm25.js";


const DEFAULT_POOL_SIZE = 4;

export const POSTGRES_CAPABILITIES: StoreCapabilities = {
  ranking: "bm25",
  supportsConcurrentWriters: true,
  supportsParallelUpserts: true,
  supportsGroupedPages: true,
  maxBatchSize: 500,
  // a search holds one connection of the pool from start to end
  searchConcurrency: DEFAULT_POOL_SIZE,
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const SUMMARY_COLUMNS = "a.row, a.id, a.key, a.url, a.title, a.published_at, a.language, a.source_name, a.source_domain, a.source_key, a.version";
/** A search's first statement: the store generation, and the statement timeout of the search on this connection. */
const GENERATION_SQL = "SELECT coalesce(sum(n), 0) AS n, set_config('statement_timeout', ?, false) FROM store_changes";
/** The rows of a search's hits, by primary key. */
const HIT_ROWS_SQL = `SELECT ${SUMMARY_COLUMNS}, v.record->>'body' AS body FROM articles a JOIN article_versions v ON v.article_row = a.row AND v.version = a.version
            WHERE a.row = ANY(?::bigint[])`;
/**
 * Plans over the tables a search reads that the warm-up's other statements do not, so that each
 * connection has their catalog entries (and their indexes') loaded; finds no row.
 */
const WARM_TABLES_SQL = "SELECT 1 FROM article_links l, article_entities e, entity_spellings s, article_tags t WHERE false";
/** Every column of `articles` but the tsvector (large, and read only by search). */
const ARTICLE_COLUMNS = `${SUMMARY_COLUMNS}, a.input, a.content_hash, a.first_stored_at, a.last_stored_at`;
/** Version of the tsvector layout (tsquery.ts); rows of an earlier layout are rebuilt at open. */
const INDEX_VERSION = 2;
/** A list of placeholders in a statement's text (`IN (?, ?, …)`): its text changes with the list's length. */
const PLACEHOLDER_LIST = /\?\s*,\s*\?/;
/** Statistics slots: rows of `term_stats`, `corpus_stats` and `store_changes` that concurrent write transactions keep apart. */
const STAT_SLOTS = 16;

/**
 * The statistics slot of a write transaction, as a SQL expression (`?`: the process's preferred
 * slot, drawn at open): the first slot from the preferred one on (wrapping) whose transaction-level
 * advisory lock (keyed by the schema and the slot) it can take, so two transactions under way at
 * once never share a slot and never wait on each other's statistics rows (a slot drawn at random
 * from 16 was shared by 2 processes 1 time in 16, by 4 a third of the time: pgw1). The lock is held
 * to the transaction's end; taken again by the same transaction it is granted at once, so its
 * statements keep their slot (or take another free one: any slot is right, the statistics are
 * summed over slots). With every slot taken (more than STAT_SLOTS writers at once) it is the
 * preferred slot, shared as before. `generate_series` yields in order and LIMIT stops at the first
 * lock taken: the slots after it are not locked.
 */
export const STAT_SLOT_SQL = `coalesce((SELECT s FROM (SELECT ((?::int + i) % ${STAT_SLOTS})::smallint AS s FROM generate_series(0, ${STAT_SLOTS - 1}) AS i) AS slots
  WHERE pg_try_advisory_xact_lock(hashtext(current_schema()), s) LIMIT 1), ?::smallint)`;
const REINDEX_BATCH = 200;
/**
 * The tsvector index's pending list (GIN fast update) a write merges into the index once it passes
 * this many kB: short, since every scan of the index reads the list whole (migration 13); set by
 * each of the store's writing connections since migration 17.
 */
const GIN_PENDING_LIST_KB = 256;
/**
 * A call that inserts at least this many articles queues all their index entries (the limit raised
 * to BULK_PENDING_LIST_KB for its transaction) and merges the list once after it: a merge costs about
 * one index insertion per distinct term, so merging 500 articles' entries at once instead of ~24
 * articles' at a time (256 kB) inserts each common term once instead of ~20 times (store bench,
 * 10k articles: the insert and its merges 9.9 → 7.1–7.4 s of server CPU).
 */
const BULK_INDEX_ARTICLES = 32;
/** Above the entries of maxBatchSize articles (~1 MB a hundred). */
const BULK_PENDING_LIST_KB = 65_536;
/**
 * work_mem of a call's transaction when it inserts BULK_INDEX_ARTICLES articles or more: the
 * statistics upsert sorts its terms (~41,000 for 500 bench articles), which spilled to disk under
 * the server default of 4 MB (an external merge of 2 MB; that statement's CPU −15 to −30% in memory).
 */
const BULK_WORK_MEM = "32MB";
/**
 * New articles a write inserts with one statement a table (see insertFresh): the writer prepares the
 * next chunk (analysis, tsvector literal, parameters) while the server inserts this one.
 */
const PIPELINE_ARTICLES = 100;
/** Articles the writer prepares between two turns of the event loop, in which node-postgres sends the next queued statement. */
const PREPARED_BETWEEN_YIELDS = 4;
/** Spelling lookups a store keeps for its current generation (see keptSpellings). */
const SPELLINGS_KEPT = 10_000;
/** A search computed for several askers may run this many times an asker's deadline (see `search`). */
const SHARED_SEARCH_STRETCH = 3;
/** SQLSTATE of a statement stopped by statement_timeout. */
const QUERY_CANCELED = "57014";
/**
 * Rows a process writes between two checks of the planner statistics (`refreshStatistics`). The
 * server's autovacuum may be off (the test server's is), and then nothing ever analyzes the tables:
 * at 100k articles the entity facet walked a whole index (0.6–0.84 s) instead of probing it (19 ms).
 */
export const ANALYZE_CHECK_ROWS = 5_000;
/**
 * A table is analyzed when it was never analyzed, or when more rows changed since its last analyze
 * than this base plus this fraction of its rows: autovacuum's own default rule.
 */
const ANALYZE_BASE_ROWS = 50;
const ANALYZE_SCALE = 0.1;

/**
 * The settings of a search's connections, given once when each connects (see `searchNow`): no
 * sequential scan where an index serves, no JIT, no parallel workers.
 */
export const SEARCH_SETTINGS = "-c enable_seqscan=off -c jit=off -c max_parallel_workers_per_gather=0";

/** A search's statement_timeout: none (0) without a deadline, else the deadline in whole ms, at most MAX_TIMEOUT_MS. */
function statementTimeoutMs(ms: number | undefined): number {
  return ms === undefined || !(ms > 0) ? 0 : Math.min(Math.ceil(ms), MAX_TIMEOUT_MS);
}

/** Names of prepared statements by their text; past this many texts the memo starts again. */
const STATEMENT_NAMES_KEPT = 2_000;
const statementNames = new Map<string, string>();

/**
 * The name a statement's text is prepared under on every connection: a hash of the text, so one
 * name never stands for two texts (node-postgres refuses that) and every connection shares names.
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `m${createHash("sha1").update(text).digest("hex").slice(0, 30)}`;
    if (statementNames.size >= STATEMENT_NAMES_KEPT) statementNames.clear();
    statementNames.set(text, name);
  }
  return name;
}

/** A compiled query: the tsquery text, per-clause texts when relaxed, the BM25 SQL and the candidate window. */
interface PgMatch {
  text: string;
  /** A capped prefix's clause, strict: tsquery texts whose union is `text` (tsquery.ts `tsqueryPieces`); null: `text` alone. */
  pieces: string[] | null;
  clauses: string[] | null;
  rank: ReturnType<typeof bm25Sql>;
  /** The rows `newest` found (every match when not capped); null: not narrowed yet. */
  candidates: number[] | null;
}

/**
 * The articles a ranking reads: its candidates by primary key when narrowed, each tsvector detoasted
 * once. Matching the tsquery again over the window read every match's posting in the GIN index (a
 * prefix searched as 20 forms is a 60-lexeme OR) and fetched every match below the window too
 * (100k articles, backend CPU of the ranking statement: «مس*» 300 → 215 ms, «ال*» 185 → 145 ms).
 * Outside a search's transaction (sequential scans on) the planner scanned all 100k instead: 2 s.
 */
function rankSource(m: PgMatch, f: SqlFragment): { sql: string; params: unknown[] } {
  if (m.candidates !== null) return { sql: "articles a WHERE a.row = ANY(?::bigint[])", params: [m.candidates] };
  return { sql: `articles a WHERE a.tsv @@ ?::tsquery AND ${f.sql}`, params: [m.text, ...f.params] };
}


/** A ranked row as the ranking statement reads it: the source and day ride along for the facets. */
type RankedRow = Omit<RankedMatch, "facetColumns"> & { source_key: string; day: string | null };

/** What an upsert adds to the statistics (subtracting a replaced version's terms). */
class StatsDelta {
  /**
   * Whether the write queued its index entries in the tsvector index's pending list (a bulk insert,
   * see BULK_INDEX_ARTICLES): the list is merged with the statistics, before the commit.
   */
  indexPending = false;
  docs = 0;
  tokens = 0;
  /** Document frequencies by term of the stem side (`s:<term>` in term_stats) and of the form side (`n:<term>`). */
  readonly stems = new Map<string, number>();
  readonly forms = new Map<string, number>();
  /** An article's index counted once (sign 1), or a replaced version's taken back (-1). */
  addIndex(ix: { docLength: number; stemTerms: string[]; formTerms: string[] }, sign: 1 | -1): void {
    this.docs += sign;
    this.tokens += sign * ix.docLength;
    addEach(this.stems, ix.stemTerms, sign);
    addEach(this.forms, ix.formTerms, sign);
  }
  addDelta(other: StatsDelta): void {
    this.indexPending ||= other.indexPending;
    this.docs += other.docs;
    this.tokens += other.tokens;
    for (const [t, n] of other.stems) this.stems.set(t, (this.stems.get(t) ?? 0) + n);
    for (const [t, n] of other.forms) this.forms.set(t, (this.forms.get(t) ?? 0) + n);
  }
  /** The changed `term_stats` keys and their document frequency changes. */
  changes(): { terms: string[]; dfs: number[] } {
    const terms: string[] = [];
    const dfs: number[] = [];
    for (const [prefix, side] of [["s:", this.stems], ["n:", this.forms]] as const) {
      for (const [term, df] of side) {
        if (df === 0) continue;
        terms.push(prefix + term);
        dfs.push(df);
      }
    }
    return { terms, dfs };
  }
}

function addEach(counts: Map<string, number>, terms: string[], sign: 1 | -1): void {
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + sign);
}

/**
 * An article to write: its key at once, its preparation (the analysis) when the writer reaches it,
 * computed once: a call's articles are prepared chunk by chunk while the server inserts the chunk before.
 */
interface PendingArticle {
  key: string;
  prepared(): PreparedArticle;
}

function preparedAlready(p: PreparedArticle): PendingArticle {
  return { key: p.key, prepared: () => p };
}

function preparedWhenReached(input: ArticleInput): PendingArticle {
  if (input.prepared) return preparedAlready(input.prepared);
  let prepared: PreparedArticle | null = null;
  return { key: articleKey(input.input, input.index, input.article, null), prepared: () => (prepared ??= prepareArticle(input)) };
}

/** A turn of the event loop: node-postgres reads the answers that came and sends the next queued statement. */
function yieldToSocket(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Statements sent without waiting for their answers: node-postgres runs a client's statements in
 * the order they were sent, so the server works through them while the writer prepares what follows.
 */
class SentStatements {
  private readonly sent: Promise<unknown>[] = [];

  send<T>(statement: Promise<T>): Promise<T> {
    // a failure is reported by `drain` (or by whoever awaits the statement), never as an unhandled rejection
    statement.catch(() => undefined);
    this.sent.push(statement);
    return statement;
  }

  /** Waits for every sent statement; throws the first failure in the order sent (later ones only saw the transaction aborted). */
  async drain(): Promise<void> {
    const settled = await Promise.allSettled(this.sent.splice(0));
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
  }

  /** After `error`: waits for every sent statement and returns the first failure among them, else `error`. */
  async failure(error: unknown): Promise<unknown> {
    return this.drain().then(() => error, (first: unknown) => first);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}

export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`store/postgres: schema "${schema}" must be lower-case letters, digits and _`);
  const max = options.poolSize ?? DEFAULT_POOL_SIZE;
  const pool = createPgPool({ connectionString: url, max, options: `-c search_path=${schema} -c gin_pending_list_limit=${GIN_PENDING_LIST_KB}`, connectionTimeoutMillis: 10_000 });
  // idle search connections stay open (idleTimeoutMillis 0): opened at a server's start (warmSearch),
  // they would otherwise close after 10 s without searches, and the next readers wait to open them again
  const searchPool = createPgPool({ connectionString: url, max, options: `-c search_path=${schema} ${SEARCH_SETTINGS}`, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 0 });
  // idle-client errors surface on the next query instead of crashing the process
  pool.on("error", () => undefined);
  searchPool.on("error", () => undefined);
  // one connection that merges the tsvector index's pending list beside a write's statistics (see writeStats)
  const mergePool = createPgPool({ connectionString: url, max: 1, options: `-c search_path=${schema}`, connectionTimeoutMillis: 10_000 });
  mergePool.on("error", () => undefined);
  try {
    await migratePostgres(pool, schema);
    await rekeyEntities(pool, schema);
  } catch (cause) {
    await Promise.all([pool.end(), searchPool.end(), mergePool.end()]);
    throw new Error(`store/postgres: cannot open ${redact(url)} (schema ${schema}): ${(cause as Error).message}`, { cause });
  }
  const store = new PostgresStore(pool, searchPool, mergePool, max, `${redact(url)}${schema === "public" ? "" : `#${schema}`}`, options.clock ?? Date.now, options.searchCacheEntries ?? DEFAULT_SEARCH_CACHE_ENTRIES);
  await store.reindexOutdated();
  await store.checkIndexOwner();
  return store;
}

async function migratePostgres(pool: PgPool, schema: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`marsad-migrate:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const done = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    for (const m of POSTGRES_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      if (m.version === QUEUE_ORDER_MIGRATION) await orderQueuedArticles(client);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
    }
  });
}

/** A queue entry's order follows its article's latest version (an article re-queued with a new date moves). */
const QUEUE_ORDER_UPSERT = "ON CONFLICT (article_row) DO UPDATE SET published_ms = excluded.published_ms, article_id = excluded.article_id";

/** The migration that gives the connect queue its publication order (migrations.ts, 19). */
const QUEUE_ORDER_MIGRATION = 19;

/** Fills the publication time and id of the entries queued before migration 19, as pendingInPublicationOrder reads them. */
async function orderQueuedArticles(client: PgClient): Promise<void> {
  const rows = (await client.query<{ row: number; id: string; published_at: string | null }>(
    "SELECT q.article_row AS row, a.id, a.published_at FROM connect_queue q JOIN articles a ON a.row = q.article_row")).rows;
  if (rows.length === 0) return;
  await client.query("UPDATE connect_queue q SET published_ms = u.ms, article_id = u.id FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS u(row, ms, id) WHERE q.article_row = u.row",
    [rows.map((r) => r.row), rows.map((r) => publicationMs(r.published_at)), rows.map((r) => r.id)]);
}

/**
 * Re-makes the entity keys of rows written under an older entityKey (entity-keys.ts ENTITY_KEY_VERSION), once, in one
 * transaction under the migration lock: each row's key from its type and name, each article's spellings after its row
 * (a spelling no row of its article keeps any more goes), and the repeats_name flags of the articles whose keys
 * changed; one store change is noted (store_changes), so workers' kept searches are dropped. Keep in sync with
 * sqlite-store.ts rekeyEntities.
 */
async function rekeyEntities(pool: PgPool, schema: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`marsad-migrate:${schema}`]);
    const stored = (await client.query<{ version: number }>("SELECT version FROM entity_key_version")).rows[0]!.version;
    if (stored >= ENTITY_KEY_VERSION) return;
    const rows = (await client.query<EntityKeyRow>("SELECT DISTINCT entity_key AS key, type, name FROM article_entities")).rows;
    const moves = rekeyedEntityRows(rows);
    await client.query("CREATE TEMP TABLE entity_rekey (old text NOT NULL, type text NOT NULL, name text NOT NULL, new text NOT NULL) ON COMMIT DROP");
    await client.query("INSERT INTO entity_rekey (old, type, name, new) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])", [
      moves.map((m) => m.key),
      moves.map((m) => m.type),
      moves.map((m) => m.name),
      moves.map((m) => m.to),
    ]);
    await client.query(`
CREATE TEMP TABLE article_rekey ON COMMIT DROP AS SELECT DISTINCT e.article_row, r.old, r.new FROM article_entities e
  JOIN entity_rekey r ON r.old = e.entity_key AND r.type = e.type AND r.name = e.name;
UPDATE article_entities e SET entity_key = r.new FROM entity_rekey r WHERE e.entity_key = r.old AND e.type = r.type AND e.name = r.name;`);
    const newKeys = newKeysByArticle((await client.query<{ article_row: string; old: string; new: string }>("SELECT article_row, old, new FROM article_rekey")).rows);
    const spellings = (await client.query<{ article_row: string; old: string; spelling: string }>(
      "SELECT DISTINCT s.article_row, s.entity_key AS old, s.spelling FROM entity_spellings s JOIN article_rekey m ON m.article_row = s.article_row AND m.old = s.entity_key",
    )).rows;
    const spellingMoves = spellings.flatMap((sp) => spellingTargets(sp.old, sp.spelling, newKeys.get(`${sp.article_row}\u0000${sp.old}`) ?? []).map((to) => ({ ...sp, to })));
    await client.query(
      `INSERT INTO entity_spellings (article_row, entity_key, spelling)
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [spellingMoves.map((m) => m.article_row), spellingMoves.map((m) => m.to), spellingMoves.map((m) => m.spelling)],
    );
    await client.query(`
DELETE FROM entity_spellings s USING article_rekey m WHERE s.article_row = m.article_row AND s.entity_key = m.old
  AND NOT EXISTS (SELECT 1 FROM article_entities e WHERE e.article_row = m.article_row AND e.entity_key = m.old);
UPDATE article_entities e SET repeats_name = CASE WHEN EXISTS (SELECT 1 FROM article_entities f WHERE f.article_row = e.article_row AND f.ord < e.ord
  AND substr(f.entity_key, length(f.type) + 2) = substr(e.entity_key, length(e.type) + 2)) THEN 1 ELSE 0 END
  WHERE e.article_row IN (SELECT article_row FROM article_rekey);
INSERT INTO store_changes (slot, n) VALUES (0, 1) ON CONFLICT (slot) DO UPDATE SET n = store_changes.n + 1;`);
    await client.query("UPDATE entity_key_version SET version = $1", [ENTITY_KEY_VERSION]);
  });
}

class PostgresStore extends SqlJobQueue implements Store {
  readonly kind = "postgres" as const;
  readonly capabilities = POSTGRES_CAPABILITIES;
  private readonly outlets = new OutletCache(() => this.sourceRows(), OUTLET_TTL_MS);
  /** The preferred statistics slot (STAT_SLOT_SQL). */
  private readonly slot = Math.floor(Math.random() * STAT_SLOTS);
  protected readonly claimRowLock = " FOR UPDATE SKIP LOCKED";
  protected override readonly supportsOneStatementClaim = true;
  /** Rows this process wrote since it last checked the planner statistics. */
  private writtenSinceCheck = 0;
  private refreshing: Promise<string[]> | null = null;
  /** The statistics check before this process's first job statement (see runJobStatements). */
  private jobStatisticsChecked: Promise<void> | null = null;
  private readonly searchCache: SearchCache;
  private spellings: { generation: number; found: Map<string, string[]> } = { generation: -1, found: new Map() };
  /** Whether this store's role owns the tsvector index, as `gin_clean_pending_list` requires (see BULK_INDEX_ARTICLES). */
  private ownsTsvIndex = false;

  constructor(
    private readonly pool: PgPool,
    /** Connections of searches only, opened with SEARCH_SETTINGS. */
    private readonly searchPool: PgPool,
    /** One connection: the merges of the tsvector index's pending list (see writeStats). */
    private readonly mergePool: PgPool,
    /** How many connections the search pool opens at most. */
    private readonly searchConnections: number,
    readonly location: string,
    private readonly clock: () => number,
    searchCacheEntries: number,
  ) {
    super();
    this.searchCache = new SearchCache(searchCacheEntries);
  }

  private q<R>(sql: string, params: unknown[] = [], on: PgQueryable = this.pool) {
    return on.query<R>(numbered(sql), params);
  }

  /**
   * A statement of fixed text, prepared once a connection under a name of its text (see
   * `statementName`): parsed once, and after five runs planned once when PostgreSQL finds its
   * generic plan no costlier (plan_cache_mode auto). Only for statements whose plan cannot turn on
   * their values: a search's rows by primary key, the statistics, the spellings' index walk (a
   * search's matches with filters stay unprepared, where a generic plan could walk a filter's index
   * and test every tsvector); every statement of a write, of the job queue and of connect's reads
   * but those whose text grows with a list (`reader`). A worker sends ~40 statements an article,
   * many of them small: parsing and analyzing them was ~9% of its server process's CPU.
   */
  private qs<R>(sql: string, params: unknown[], on: PgQueryable = this.pool) {
    const text = numbered(sql);
    return on.query<R>({ name: statementName(text), text, values: params });
  }

  async checkIndexOwner(): Promise<void> {
    this.ownsTsvIndex = (await this.q<{ owns: boolean }>("SELECT pg_has_role(relowner, 'USAGE') AS owns FROM pg_class WHERE oid = 'articles_tsv'::regclass")).rows[0]?.owns === true;
  }

  async upsertArticles(articles: ArticleInput[], options: { storedAt: string; mark?: InputMark; job?: JobDone }): Promise<UpsertResult[]> {
    const pending = articles.map(preparedWhenReached);
    const results = await inTransaction(this.pool, async (client) => {
      const delta = new StatsDelta();
      const results = await this.writePage(client, pending, { mark: options.mark, job: options.job }, options.storedAt, delta);
      await this.writeStats(client, delta);
      if (results.some((r) => r.status !== "unchanged")) await this.noteChange(client);
      return results;
    });
    // every article was prepared by the write (an unchanged one to compare its content hash)
    await this.afterWrite([pending.map((p) => p.prepared())], [results]);
    return results;
  }

  /**
   * The pages in one transaction, a savepoint each: a page that fails is rolled back alone (its
   * statistics with it), and the statistics, the store generation and the commit are written once
   * for the group: pages stored one transaction each updated every word's `term_stats` row of the
   * writer's slot once a page, and the writers of one process waited for each other on those rows.
   * A deadlock or serialization failure runs the whole group again (inTransaction).
   */
  async upsertPages(pages: PageWrite[], options: { storedAt: string }): Promise<PageWriteOutcome[]> {
    const prepared = pages.map((page): PreparedArticle[] | Error => {
      try {
        return page.articles.map((a) => a.prepared ?? prepareArticle(a));
      } catch (error) {
        return asError(error);
      }
    });
    const outcomes = await inTransaction(this.pool, async (client) => {
      const { outcomes, delta } = (await this.writePagesTogether(client, pages, prepared, options.storedAt)) ?? (await this.writePagesOneByOne(client, pages, prepared, options.storedAt));
      await this.writeStats(client, delta);
      if (outcomes.some((o) => o.results?.some((r) => r.status !== "unchanged"))) await this.noteChange(client);
      return outcomes;
    });
    const stored = outcomes.flatMap((o, i) => (o.results ? [i] : []));
    await this.afterWrite(stored.map((i) => prepared[i] as PreparedArticle[]), stored.map((i) => outcomes[i]!.results!));
    return outcomes;
  }

  /**
   * All the pages' articles, marks and jobs with the statements of one page (writeBatch over all
   * their articles, then one statement for the marks, the failures and the jobs), in a savepoint:
   * a group's round trips do not grow with its pages (a worker reading in the same thread answers
   * each round trip between two pages it reads). Null, with nothing written, when a page fails (or
   * cannot be prepared, or two pages share an input): the caller then writes page by page.
   */
  private async writePagesTogether(client: PgClient, pages: PageWrite[], prepared: (PreparedArticle[] | Error)[], storedAt: string): Promise<{ outcomes: PageWriteOutcome[]; delta: StatsDelta } | null> {
    if (pages.length < 2 || prepared.some((p) => p instanceof Error)) return null;
    const marks = pages.flatMap((p) => (p.mark ? [p.mark] : []));
    const jobs = pages.flatMap((p) => (p.job ? [p.job] : []));
    if (new Set(marks.map((m) => m.input)).size !== marks.length || new Set(jobs.map((j) => j.key)).size !== jobs.length) return null;
    const delta = new StatsDelta();
    await client.query("SAVEPOINT pages");
    try {
      const all = await this.writeBatch(client, (prepared as PreparedArticle[][]).flat().map(preparedAlready), storedAt, delta);
      if (marks.length > 0) {
        await this.qs(`INSERT INTO inputs (input, page_hash, stored_at) SELECT input, page_hash, ? FROM unnest(?::text[], ?::text[]) AS u(input, page_hash)
            ON CONFLICT (input) DO UPDATE SET page_hash = excluded.page_hash, stored_at = excluded.stored_at`, [storedAt, marks.map((m) => m.input), marks.map((m) => m.pageHash)], client);
        await this.qs("DELETE FROM failures WHERE input = ANY(?::text[])", [marks.map((m) => m.input)], client);
      }
      if (jobs.length > 0) {
        const complete = completeJobsStatement(jobs);
        await this.qs(complete.sql, complete.params, client);
      }
      await client.query("RELEASE SAVEPOINT pages");
      let at = 0;
      const outcomes = (prepared as PreparedArticle[][]).map((articles): PageWriteOutcome => ({ results: all.slice(at, (at += articles.length)) }));
      return { outcomes, delta };
    } catch (error) {
      if (isRetriedTransactionError(error)) throw error;
      await client.query("ROLLBACK TO SAVEPOINT pages");
      return null;
    }
  }

  /** The pages one by one, a savepoint each: a page that fails (or could not be prepared) is left out alone, its statistics with it. */
  private async writePagesOneByOne(client: PgClient, pages: PageWrite[], prepared: (PreparedArticle[] | Error)[], storedAt: string): Promise<{ outcomes: PageWriteOutcome[]; delta: StatsDelta }> {
    const delta = new StatsDelta();
    const outcomes: PageWriteOutcome[] = [];
    for (const [i, page] of pages.entries()) {
      const articles = prepared[i]!;
      if (articles instanceof Error) {
        outcomes.push({ error: articles });
        continue;
      }
      const pageDelta = new StatsDelta();
      await client.query("SAVEPOINT page");
      try {
        const results = await this.writePage(client, articles.map(preparedAlready), page, storedAt, pageDelta);
        await client.query("RELEASE SAVEPOINT page");
        delta.addDelta(pageDelta);
        outcomes.push({ results });
      } catch (error) {
        if (isRetriedTransactionError(error)) throw error;
        await client.query("ROLLBACK TO SAVEPOINT page");
        outcomes.push({ error: asError(error) });
      }
    }
    return { outcomes, delta };
  }

  /** One page's articles with its mark and job, inside the caller's transaction; its statistics go to `delta`. */
  private async writePage(client: PgClient, prepared: PendingArticle[], extras: { mark?: InputMark; job?: JobDone }, storedAt: string, delta: StatsDelta): Promise<UpsertResult[]> {
    const results = await this.writeBatch(client, prepared, storedAt, delta);
    if (extras.mark) {
      await this.qs("INSERT INTO inputs (input, page_hash, stored_at) VALUES (?, ?, ?) ON CONFLICT (input) DO UPDATE SET page_hash = excluded.page_hash, stored_at = excluded.stored_at",
        [extras.mark.input, extras.mark.pageHash, storedAt], client);
      await this.qs("DELETE FROM failures WHERE input = ?", [extras.mark.input], client);
    }
    if (extras.job) {
      const complete = completeJobStatement(extras.job);
      await this.qs(complete.sql, complete.params, client);
    }
    return results;
  }

  /** After a commit: the outlet list, and the planner statistics every ANALYZE_CHECK_ROWS written rows. */
  private async afterWrite(pages: PreparedArticle[][], results: UpsertResult[][]): Promise<void> {
    for (const prepared of pages) this.outlets.noteWritten(prepared.map((p) => ({ key: p.sourceKey, name: p.article.source.name })));
    await this.noteRowsChanged(results.flat().filter((r) => r.status !== "unchanged").length);
  }

  /** Counts rows this process changed, and checks the planner statistics every ANALYZE_CHECK_ROWS of them. */
  private async noteRowsChanged(rows: number): Promise<void> {
    this.writtenSinceCheck += rows;
    if (this.writtenSinceCheck >= ANALYZE_CHECK_ROWS) {
      // What was written is committed: stale statistics slow searches but must not fail this call.
      await this.refreshStatistics().catch(() => undefined);
    }
  }

  /**
   * ANALYZEs this schema's tables that hold rows and were never analyzed, or changed by more than
   * autovacuum's threshold since their last analyze (pg_stat_user_tables, whoever wrote them; its
   * counts reach it up to a second late, the table's size at once); returns their names. Concurrent calls in this process share one run.
   */
  refreshStatistics(): Promise<string[]> {
    this.refreshing ??= this.analyzeStale().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async analyzeStale(): Promise<string[]> {
    this.writtenSinceCheck = 0;
    const stale = (await this.q<{ name: string }>(`SELECT s.relname AS name FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname = current_schema()
          AND ((c.reltuples < 0 AND pg_relation_size(c.oid) > 0) OR s.n_mod_since_analyze > ? + ? * greatest(c.reltuples, 0)) ORDER BY s.relname`, [ANALYZE_BASE_ROWS, ANALYZE_SCALE])).rows.map((r) => r.name);
    if (stale.length > 0) await this.q(`ANALYZE ${stale.map((t) => `"${t.replaceAll('"', '""')}"`).join(", ")}`);
    return stale;
  }

  protected outletIndex() {
    return this.outlets.get();
  }

  /** A write that can change a search's answer: the store generation (search-cache.ts) goes up. */
  private async noteChange(client: PgClient): Promise<void> {
    const { sql, params } = this.noteChangeStatement();
    await this.qs(sql, params, client);
  }

  private noteChangeStatement(): SqlStatement {
    return { sql: `INSERT INTO store_changes (slot, n) VALUES (${STAT_SLOT_SQL}, 1) ON CONFLICT (slot) DO UPDATE SET n = store_changes.n + 1`, params: [this.slot, this.slot] };
  }

  /**
   * Adds an upsert's statistics to this process's slot, terms in key order (no deadlock between two
   * writers of one slot): sorted by the server in "C", the primary key's order (sorting a 500-article
   * call's ~50k terms in JavaScript cost ~85 ms of the writer's CPU, several times the server's sort).
   * When the write queued its index entries (`indexPending`), the pending list is merged meanwhile
   * on a connection of its own (`mergeIndexPendingList`), and this waits for it: the commit comes
   * after both, as when the write's own connection merged the list before its statistics (which it
   * still does when the merge connection failed).
   */
  private async writeStats(client: PgClient, delta: StatsDelta): Promise<void> {
    const merged = delta.indexPending ? this.mergeIndexPendingList().then(() => true, () => false) : null;
    let written = false;
    try {
      const { terms, dfs } = delta.changes();
      if (terms.length > 0) {
        await this.qs(`INSERT INTO term_stats (term, slot, df) SELECT t, ${STAT_SLOT_SQL}, n FROM unnest(?::text[], ?::bigint[]) AS u(t, n) ORDER BY t COLLATE "C"
            ON CONFLICT (term, slot) DO UPDATE SET df = term_stats.df + excluded.df`, [this.slot, this.slot, terms, dfs], client);
      }
      if (delta.docs !== 0 || delta.tokens !== 0) {
        await this.qs(`INSERT INTO corpus_stats (slot, docs, tokens) VALUES (${STAT_SLOT_SQL}, ?, ?)
            ON CONFLICT (slot) DO UPDATE SET docs = corpus_stats.docs + excluded.docs, tokens = corpus_stats.tokens + excluded.tokens`, [this.slot, this.slot, delta.docs, delta.tokens], client);
      }
      written = true;
    } finally {
      // never rejects: a statistics failure is thrown once the merge is over
      const wasMerged = await merged;
      if (wasMerged === false && written) await this.qs("SELECT gin_clean_pending_list('articles_tsv'::regclass)", [], client);
    }
  }

  /**
   * Merges the tsvector index's pending list into the index on the merge connection, beside the
   * write's statistics upsert on its own (each on a core of the server): the list holds the
   * write's uncommitted entries, which any backend may merge (a scan checks each entry's row; an
   * entry of a write rolled back points to a dead row, as any aborted insert's).
   */
  private async mergeIndexPendingList(): Promise<void> {
    await this.mergePool.query("SELECT gin_clean_pending_list('articles_tsv'::regclass)");
  }

  /** The statistics a replaced row counted (only rows of the current layout were counted). */
  private async subtractStats(client: PgClient, row: number, delta: StatsDelta): Promise<void> {
    const old = (await this.qs<{ doc_len: number; stems: string[] | null; forms: string[] | null }>(`SELECT a.doc_len,
        (SELECT array_agg(DISTINCT substr(u.lexeme, 2)) FILTER (WHERE left(u.lexeme, 1) IN ('1', '3', '5')) FROM unnest(a.tsv) AS u) AS stems,
        (SELECT array_agg(DISTINCT substr(u.lexeme, 2)) FILTER (WHERE left(u.lexeme, 1) NOT IN ('1', '3', '5')) FROM unnest(a.tsv) AS u) AS forms
        FROM articles a WHERE a.row = ? AND a.index_version = ?`, [row, INDEX_VERSION], client)).rows[0];
    if (!old) return;
    delta.addIndex({ docLength: old.doc_len, stemTerms: old.stems ?? [], formTerms: old.forms ?? [] }, -1);
  }

  /** Rebuilds the tsvector of rows stored before the current layout, and counts them in the statistics. */
  async reindexOutdated(): Promise<void> {
    for (;;) {
      const done = await inTransaction(this.pool, async (client) => {
        const rows = (await this.q<{ row: number; input: string; record: Article }>(`SELECT a.row, a.input, v.record FROM articles a
            JOIN article_versions v ON v.article_row = a.row AND v.version = a.version WHERE a.index_version < ? ORDER BY a.row LIMIT ? FOR UPDATE OF a SKIP LOCKED`,
          [INDEX_VERSION, REINDEX_BATCH], client)).rows;
        const delta = new StatsDelta();
        for (const r of rows) {
          const ix = pgIndex(prepareArticle({ input: r.input, index: 0, article: r.record }).index);
          await this.q("UPDATE articles SET tsv = ?::tsvector, doc_len = ?, index_version = ? WHERE row = ?", [ix.tsvector, ix.docLength, INDEX_VERSION, r.row], client);
          delta.addIndex(ix, 1);
        }
        await this.writeStats(client, delta);
        if (rows.length > 0) await this.noteChange(client);
        return rows.length < REINDEX_BATCH;
      });
      if (done) return;
    }
  }

  private async writeOne(client: PgClient, p: PreparedArticle, storedAt: string, delta: StatsDelta): Promise<UpsertResult> {
    const a = p.article;
    const find = () => this.qs<{ row: number; content_hash: string; version: number }>("SELECT row, content_hash, version FROM articles WHERE key = ? FOR UPDATE", [p.key], client);
    let existing = (await find()).rows[0];
    if (existing && existing.content_hash === p.contentHash) return { id: p.id, key: p.key, status: "unchanged", version: existing.version, contentHash: p.contentHash };
    const ix = pgIndex(p.index);
    const tsvParams = [ix.tsvector, ix.docLength, INDEX_VERSION];
    const common = [a.title, a.publishedAt, p.day, a.updatedAt, a.language, a.source.name, a.source.domain, p.sourceKey, a.author, a.url];
    let row: number | undefined;
    let version = 1;
    if (!existing) {
      const inserted = await this.qs<{ row: number }>(`INSERT INTO articles (id, key, input, content_hash, version, title, published_at, day, updated_at, language,
          source_name, source_domain, source_key, author, url, first_stored_at, last_stored_at, tsv, doc_len, index_version)
          VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector, ?, ?) ON CONFLICT DO NOTHING RETURNING row`,
        [p.id, p.key, p.input, p.contentHash, ...common, storedAt, storedAt, ...tsvParams], client);
      row = inserted.rows[0]?.row;
      if (row === undefined) {
        // Another writer inserted the key between our SELECT and INSERT: continue as an update. The
        // conflict has no target on purpose: the id is unique too (derived from the key), and a
        // conflict there raised "duplicate key … articles_id_key" instead of waiting like this.
        existing = (await find()).rows[0]!;
        if (existing.content_hash === p.contentHash) return { id: p.id, key: p.key, status: "unchanged", version: existing.version, contentHash: p.contentHash };
      }
    }
    if (existing) {
      row = existing.row;
      version = existing.version + 1;
      await this.subtractStats(client, row, delta);
      await this.qs(`UPDATE articles SET input = ?, content_hash = ?, version = ?, title = ?, published_at = ?, day = ?, updated_at = ?, language = ?,
          source_name = ?, source_domain = ?, source_key = ?, author = ?, url = ?, last_stored_at = ?, tsv = ?::tsvector, doc_len = ?, index_version = ? WHERE row = ?`,
        [p.input, p.contentHash, version, ...common, storedAt, ...tsvParams, row], client);
      for (const t of ["article_tags", "article_entities", "entity_spellings", "article_embeds", "article_quotes", "article_facts", "article_dates"]) {
        await this.qs(`DELETE FROM ${t} WHERE article_row = ?`, [row], client);
      }
    }
    await this.qs("INSERT INTO article_versions (article_row, version, content_hash, stored_at, input, title, record) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)",
      [row, version, p.contentHash, storedAt, p.input, a.title, p.record], client);
    await this.writeChildren(client, [[row!, p]]);
    await this.qs(`INSERT INTO connect_queue (article_row, published_ms, article_id) VALUES (?, ?, ?) ${QUEUE_ORDER_UPSERT}`, [row, publicationMs(a.publishedAt), p.id], client);
    delta.addIndex(ix, 1);
    return { id: p.id, key: p.key, status: existing ? "updated" : "created", version, contentHash: p.contentHash };
  }

  /** The enrichment rows of written articles, one statement per table for all of them. */
  private async writeChildren(client: PgClient, written: [number, PreparedArticle][]): Promise<void> {
    const each = async (rows: Record<string, unknown>[], columns: string, select: string, conflict = "") => {
      if (rows.length > 0) await this.qs(`INSERT INTO ${columns} SELECT (j->>'row')::bigint, ${select} FROM jsonb_array_elements(?::jsonb) AS j${conflict}`, [JSON.stringify(rows)], client);
    };
    const rowsOf = <T>(pick: (p: PreparedArticle) => T[], shape: (item: T) => Record<string, unknown>) =>
      written.flatMap(([row, p]) => pick(p).map((item, ord) => ({ row, ord, ...shape(item) })));
    await each(rowsOf((p) => p.article.tags.map((t, i) => ({ ...t, norm: p.tagNorms[i] })), (t) => t), "article_tags (article_row, ord, text, norm, origin, scope)",
      "(j->>'ord')::int, j->>'text', j->>'norm', j->>'origin', j->>'scope'");
    const entities = (p: PreparedArticle) => {
      const repeats = repeatsName(p.entityKeys);
      return p.article.entities.map((e, i) => ({ ...e, key: p.entityKeys[i], repeats: repeats[i] }));
    };
    await each(rowsOf(entities, (e) => ({ ...e })), "article_entities (article_row, ord, entity_key, type, name, mentions, aliases, repeats_name)",
      "(j->>'ord')::int, j->>'key', j->>'type', j->>'name', j->'mentions', j->'aliases', (j->>'repeats')::smallint");
    await each(rowsOf((p) => p.spellings, (sp) => ({ ...sp })), "entity_spellings (article_row, entity_key, spelling)", "j->>'entityKey', j->>'spelling'", " ON CONFLICT DO NOTHING");
    await each(rowsOf((p) => p.article.embeds, (e) => ({ ...e })), "article_embeds (article_row, ord, platform, author, handle, posted_at, language, text, links)",
      "(j->>'ord')::int, j->>'platform', j->>'author', j->>'handle', j->>'postedAt', j->>'language', j->>'text', j->'links'");
    await each(rowsOf((p) => p.article.quotes, (q) => ({ ...q })), "article_quotes (article_row, ord, speaker, text, channel)", "(j->>'ord')::int, j->>'speaker', j->>'text', j->>'channel'");
    await each(rowsOf((p) => p.article.facts, (f) => ({ ...f })), "article_facts (article_row, ord, kind, value, value_max, qualifier, grp, text)",
      "(j->>'ord')::int, j->>'kind', (j->>'value')::float8, (j->>'valueMax')::float8, j->>'qualifier', j->>'group', j->>'text'");
    await each(rowsOf((p) => p.article.dates, (d) => ({ ...d })), "article_dates (article_row, ord, text, value, start, kind)", "(j->>'ord')::int, j->>'text', j->>'value', (j->>'start')::int, j->>'kind'");
  }

  /**
   * Writes a call's articles with a fixed number of statements a chunk of new articles: one read of
   * the known keys (locked, in key order), then per PIPELINE_ARTICLES new articles one insert of the
   * articles, their versions, child rows and queue entries (insertFresh). A key seen twice in the
   * call, a new version of a known article, or a key another writer inserted meanwhile goes through
   * `writeOne`. The insert's conflict has no target, as in `writeOne`: with `(key)` as the only
   * arbiter, a concurrent insert of the same article was caught on the id's unique index first and
   * raised "duplicate key … articles_id_key".
   */
  private async writeBatch(client: PgClient, pending: PendingArticle[], storedAt: string, delta: StatsDelta): Promise<UpsertResult[]> {
    const keys = pending.map((p) => p.key);
    if (new Set(keys).size !== keys.length) {
      const results: UpsertResult[] = [];
      for (const p of pending) results.push(await this.writeOne(client, p.prepared(), storedAt, delta));
      return results;
    }
    const known = new Map((await this.qs<{ key: string; content_hash: string; version: number }>(
      "SELECT key, content_hash, version FROM articles WHERE key = ANY(?::text[]) ORDER BY key FOR UPDATE", [keys], client)).rows.map((r) => [r.key, r]));
    const results = new Map<string, UpsertResult>();
    const fresh = pending.filter((p) => !known.has(p.key));
    const bulk = fresh.length >= BULK_INDEX_ARTICLES && this.ownsTsvIndex;
    const sent = new SentStatements();
    try {
      if (bulk) sent.send(this.qs("SELECT set_config('gin_pending_list_limit', ?, true), set_config('work_mem', ?, true)", [String(BULK_PENDING_LIST_KB), BULK_WORK_MEM], client));
      const written = await this.insertFresh(client, fresh, storedAt, sent);
      delta.indexPending ||= bulk;
      // counted while the server inserts the last chunk's versions and child rows
      for (const { prepared: p, index } of written) {
        delta.addIndex(index, 1);
        results.set(p.key, { id: p.id, key: p.key, status: "created", version: 1, contentHash: p.contentHash });
      }
      await sent.drain();
    } catch (error) {
      throw await sent.failure(error);
    }
    for (const item of pending) {
      const p = item.prepared();
      const k = known.get(p.key);
      if (k && k.content_hash === p.contentHash) results.set(p.key, { id: p.id, key: p.key, status: "unchanged", version: k.version, contentHash: p.contentHash });
      else if (!results.has(p.key)) results.set(p.key, await this.writeOne(client, p, storedAt, delta));
    }
    return pending.map((p) => results.get(p.key)!);
  }

  /**
   * Inserts new articles PIPELINE_ARTICLES at a time, each chunk's statements sent without waiting
   * (`sent`): while the server inserts a chunk, the writer prepares the next (the analysis, when the
   * call brought none, the tsvector literal and the parameters), turning the event loop every
   * PREPARED_BETWEEN_YIELDS articles so that node-postgres sends the next queued statement. A
   * chunk's versions, child rows and queue entries follow its articles (they need the rows those
   * got) behind the next chunk's articles. Rows are numbered in the articles' order, as one insert
   * numbered them. The articles another writer inserted meanwhile are left out (the caller writes them).
   */
  private async insertFresh(client: PgClient, fresh: PendingArticle[], storedAt: string, sent: SentStatements): Promise<{ row: number; prepared: PreparedArticle; index: PgIndex }[]> {
    const written: { row: number; prepared: PreparedArticle; index: PgIndex }[] = [];
    let previous: { chunk: PreparedArticle[]; indexes: PgIndex[]; rows: Promise<Map<string, number>> } | null = null;
    const finish = async (done: NonNullable<typeof previous>) => {
      const rows = await done.rows;
      const inserted = done.chunk.flatMap((p, i) => (rows.has(p.key) ? [{ row: rows.get(p.key)!, prepared: p, index: done.indexes[i]! }] : []));
      this.sendRest(client, inserted, storedAt, sent);
      written.push(...inserted);
    };
    for (let at = 0; at < fresh.length; at += PIPELINE_ARTICLES) {
      const chunk: PreparedArticle[] = [];
      const indexes: PgIndex[] = [];
      for (const item of fresh.slice(at, at + PIPELINE_ARTICLES)) {
        const p = item.prepared();
        chunk.push(p);
        indexes.push(pgIndex(p.index));
        if (previous && chunk.length % PREPARED_BETWEEN_YIELDS === 0) await yieldToSocket();
      }
      const rows = sent.send(this.insertArticles(client, chunk, indexes, storedAt));
      if (previous) await finish(previous);
      previous = { chunk, indexes, rows };
    }
    if (previous) await finish(previous);
    return written;
  }

  /** One insert of new articles; the rows they got, by key (an article another writer inserted meanwhile has none). */
  private async insertArticles(client: PgClient, chunk: PreparedArticle[], indexes: PgIndex[], storedAt: string): Promise<Map<string, number>> {
    const col = <T>(pick: (p: PreparedArticle) => T) => chunk.map(pick);
    const r = await this.qs<{ row: number; key: string }>(`INSERT INTO articles (id, key, input, content_hash, version, title, published_at, day, updated_at, language,
        source_name, source_domain, source_key, author, url, first_stored_at, last_stored_at, tsv, doc_len, index_version)
      SELECT id, key, input, hash, 1, title, published_at, day, updated_at, language, source_name, source_domain, source_key, author, url, ?, ?, tsv::tsvector, doc_len, ?
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])
        WITH ORDINALITY AS u(id, key, input, hash, title, published_at, day, updated_at, language, source_name, source_domain, source_key, author, url, tsv, doc_len, ord)
      ORDER BY ord ON CONFLICT DO NOTHING RETURNING row, key`,
    [storedAt, storedAt, INDEX_VERSION, col((p) => p.id), col((p) => p.key), col((p) => p.input), col((p) => p.contentHash), col((p) => p.article.title),
      col((p) => p.article.publishedAt), col((p) => p.day), col((p) => p.article.updatedAt), col((p) => p.article.language), col((p) => p.article.source.name),
      col((p) => p.article.source.domain), col((p) => p.sourceKey), col((p) => p.article.author), col((p) => p.article.url),
      indexes.map((ix) => ix.tsvector), indexes.map((ix) => ix.docLength)], client);
    return new Map(r.rows.map((x) => [x.key, Number(x.row)]));
  }

  /** The versions, child rows and queue entries of inserted articles, sent without waiting (`sent`). */
  private sendRest(client: PgClient, inserted: { row: number; prepared: PreparedArticle }[], storedAt: string, sent: SentStatements): void {
    if (inserted.length === 0) return;
    const written = inserted.map(({ row, prepared }): [number, PreparedArticle] => [row, prepared]);
    sent.send(this.qs(`INSERT INTO article_versions (article_row, version, content_hash, stored_at, input, title, record)
        SELECT row, 1, hash, ?, input, title, record::jsonb FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(row, hash, input, title, record)`,
      [storedAt, written.map(([row]) => row), written.map(([, p]) => p.contentHash), written.map(([, p]) => p.input), written.map(([, p]) => p.article.title), written.map(([, p]) => p.record)], client));
    sent.send(this.writeChildren(client, written));
    sent.send(this.qs(`INSERT INTO connect_queue (article_row, published_ms, article_id) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[]) ${QUEUE_ORDER_UPSERT}`,
      [written.map(([row]) => row), written.map(([, p]) => publicationMs(p.article.publishedAt)), written.map(([, p]) => p.id)], client));
  }

  async isInputStored(input: string): Promise<boolean> {
    return (await this.qs("SELECT 1 FROM inputs WHERE input = ?", [input])).rows.length > 0;
  }

  async hasInput(mark: InputMark): Promise<boolean> {
    return (await this.qs("SELECT 1 FROM inputs WHERE input = ? AND page_hash = ?", [mark.input, mark.pageHash])).rows.length > 0;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return (await this.getArticles([id]))[0] ?? null;
  }

  /** The stored articles of these ids (unknown ones left out), in the order given: two statements for all of them. */
  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    if (ids.length === 0) return [];
    const rows = (await this.qs<Row>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ANY(?::text[])`, [ids])).rows;
    if (rows.length === 0) return [];
    const versions = new Map<number, { version: number; content_hash: string; stored_at: string; title: string; record: Article }[]>();
    for (const v of (await this.qs<{ article_row: number; version: number; content_hash: string; stored_at: string; title: string; record: Article }>(
      "SELECT article_row, version, content_hash, stored_at, title, record FROM article_versions WHERE article_row = ANY(?::bigint[]) ORDER BY article_row, version", [rows.map((r) => r.row)])).rows) {
      const row = Number(v.article_row);
      (versions.get(row) ?? versions.set(row, []).get(row)!).push(v);
    }
    const byId = new Map(rows.map((row) => {
      const all = versions.get(Number(row.row))!;
      const article = all.find((v) => v.version === row.version)!.record;
      const summaries: ArticleVersionSummary[] = all.map((v) => ({ version: v.version, contentHash: v.content_hash, storedAt: v.stored_at, title: v.title }));
      const stored: StoredArticle = { ...article, id: row.id, key: row.key, input: row.input, contentHash: row.content_hash, version: row.version, versions: summaries, firstStoredAt: row.first_stored_at, lastStoredAt: row.last_stored_at };
      return [row.id, stored];
    }));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async getArticleVersion(id: string, version: number): Promise<Article | null> {
    const r = (await this.q<{ record: Article }>("SELECT v.record FROM article_versions v JOIN articles a ON a.row = v.article_row WHERE a.id = ? AND v.version = ?", [id, version])).rows[0];
    return r ? r.record : null;
  }

  private async relatedSpellings(spelling: string, db: PgQueryable = this.pool): Promise<string[]> {
    // Each hop walks the distinct (spelling, key) pairs with one index probe each (a skip scan over
    // entity_spellings_spelling and entity_spellings_key): a country's spelling is in one row per
    // article that names it, and reading those rows cost a search 250-360 ms at 100k articles
    // («السعوديه»: 5,130 rows, then 8,244 at each next hop, for 3 keys and 15k distinct pairs in all).
    // Joined as sets, the planner hashed the whole table at every hop (930k rows: 420 ms).
    const r = await this.qs<{ spelling: string }>(`WITH RECURSIVE
        k1 (k) AS (SELECT min(entity_key) FROM entity_spellings WHERE spelling = ?
          UNION ALL SELECT (SELECT min(e.entity_key) FROM entity_spellings e WHERE e.spelling = ? AND e.entity_key > k1.k) FROM k1 WHERE k1.k IS NOT NULL),
        s1 (k, s) AS (SELECT k1.k, (SELECT min(e.spelling) FROM entity_spellings e WHERE e.entity_key = k1.k) FROM k1 WHERE k1.k IS NOT NULL
          UNION ALL SELECT s1.k, (SELECT min(e.spelling) FROM entity_spellings e WHERE e.entity_key = s1.k AND e.spelling > s1.s) FROM s1 WHERE s1.s IS NOT NULL),
        k2 (s, k) AS (SELECT d.s, (SELECT min(e.entity_key) FROM entity_spellings e WHERE e.spelling = d.s) FROM (SELECT DISTINCT s1.s FROM s1 WHERE s1.s IS NOT NULL) d
          UNION ALL SELECT k2.s, (SELECT min(e.entity_key) FROM entity_spellings e WHERE e.spelling = k2.s AND e.entity_key > k2.k) FROM k2 WHERE k2.k IS NOT NULL),
        s2 (k, s) AS (SELECT d.k, (SELECT min(e.spelling) FROM entity_spellings e WHERE e.entity_key = d.k) FROM (SELECT DISTINCT k2.k FROM k2 WHERE k2.k IS NOT NULL) d
          UNION ALL SELECT s2.k, (SELECT min(e.spelling) FROM entity_spellings e WHERE e.entity_key = s2.k AND e.spelling > s2.s) FROM s2 WHERE s2.s IS NOT NULL)
      SELECT DISTINCT s2.s AS spelling FROM s2 WHERE s2.s IS NOT NULL`, [spelling, spelling], db);
    if (r.rows.length === 0) return [];
    return [...new Set([spelling, ...r.rows.map((x) => x.spelling)])].sort();
  }

  private async filters(q: ArticleListQuery, db: PgQueryable = this.pool) {
    const spellings: string[][] = [];
    for (const n of entityFilterNames(q)) {
      const r = await this.relatedSpellings(n, db);
      spellings.push(r.length > 0 ? r : [n]);
    }
    return filterConditions(q, spellings, "a.row");
  }

  async listArticles(query: ArticleListQuery): Promise<ArticleList> {
    const { limit, offset } = listOptions(query.limit, query.offset);
    const outlets = await this.outlets.get();
    const f = await this.filters({ ...query, sources: expandSources(query.sources, outlets) });
    const total = (await this.q<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE ${f.sql}`, f.params)).rows[0]!.n;
    const rows = (await this.q<Row>(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${f.sql} ORDER BY a.published_at DESC NULLS LAST, a.row DESC LIMIT ? OFFSET ?`,
      [...f.params, limit, offset])).rows;
    return { total, items: rows.map((r) => outlets.decorate(summaryFromRow(r))) };
  }

  /**
   * A search runs on one connection of the search pool, where sequential scans are a last resort
   * (and JIT is off: SEARCH_SETTINGS), and, with `timeoutMs`, every statement stops at the timeout.
   * Without the first, the planner scans the table for a selective word: the tsvectors live out of
   * line, so the heap it costs is small while reading each tsvector is not (40 matches of 4,000
   * articles: 1,033 ms scanning, a few ms through the GIN index).
   *
   * A kept result when the store generation has not moved, else a search computed on the connection
   * the generation was read on (searchNow; given back at once when the result is kept or is being
   * computed for another asker). One connection a search: taking a second one queued the search
   * again behind every request that arrived meanwhile. A search many ask at once is computed once
   * with SHARED_SEARCH_STRETCH times the asker's deadline, while each asker waits its own: under load
   * a costly search that missed the first asker's deadline was cancelled and started again by every
   * next asker, so it never finished (`مس*` at 100k articles, 50 connections: 196 of 200 answers 503).
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const started = this.clock();
    // before the connection: loading the outlets takes one of its own
    const outlets = await this.outlets.get();
    const client = await this.connectWithin(query.timeoutMs);
    let isHandedOn = false;
    let isClean = false;
    try {
      // the time a search computed here may take: the wait for the connection is part of it
      const computeMs = query.timeoutMs === undefined ? undefined : this.computeMs(query.timeoutMs - (this.clock() - started));
      // one round trip: the generation, and the statement timeout of a search computed on this connection
      const generation = Number((await this.qs<{ n: string }>(GENERATION_SQL, [String(statementTimeoutMs(computeMs))], client)).rows[0]!.n);
      isClean = true;
      const computeOn = (q: SearchQuery) => {
        isHandedOn = true;
        return this.searchNow(q, generation, client, outlets);
      };
      let answer: Promise<SearchResult>;
      if (query.timeoutMs === undefined) answer = this.searchCache.get(generation, query, () => computeOn(query));
      else {
        // the wait for the connection and the generation are part of the asker's time
        const left = Math.max(1, query.timeoutMs - (this.clock() - started));
        const expired = () => new StoreTimeoutError(query.timeoutMs!);
        answer = this.searchCache.get(generation, query, () => computeOn({ ...query, timeoutMs: computeMs }), { ms: left, expired });
      }
      // the cache calls computeOn (or not) before its first await: a connection not handed on goes back now
      if (!isHandedOn) {
        isHandedOn = true;
        client.release();
      }
      return await answer;
    } finally {
      if (!isHandedOn) client.release(!isClean);
    }
  }

  /** A computed search's time, `left` of its asker's: stretched when others may share it (see `search`). */
  private computeMs(left: number): number {
    const ms = Math.max(1, left);
    return this.searchCache.isEnabled ? Math.min(MAX_TIMEOUT_MS, ms * SHARED_SEARCH_STRETCH) : ms;
  }

  /**
   * Runs a search on `client` (taken from the search pool by `search`) and gives the connection back.
   * No transaction: its statements are reads each with its own snapshot (as they had in a READ
   * COMMITTED transaction), the settings were given when the connection opened (SEARCH_SETTINGS)
   * and the statement timeout with the generation, so a search sends only its own statements. With
   * sequential scans priced out, every plan costs more than jit_above_cost: each statement, however
   * small, was JIT-compiled first (a 1-row sum over corpus_stats: 175 ms, 0.04 ms without). No
   * parallel workers: a search is one of up to `searchConcurrency` at once on cores they already
   * fill, and the workers only doubled the CPU of a broad prefix's candidate scan (100k articles:
   * 190-250 ms either way).
   */
  private async searchNow(query: SearchQuery, generation: number, client: PgClient, outlets: OutletIndex): Promise<SearchResult> {
    let isClean = false;
    try {
      const result = await runSearch(this.searchBackend(client, generation), query, outlets);
      isClean = true;
      return result;
    } catch (error) {
      // a statement's error or a passed deadline leaves the connection usable (nothing is left open on it)
      const code = (error as { code?: unknown }).code;
      isClean = error instanceof StoreTimeoutError || typeof code === "string";
      if (code === QUERY_CANCELED) throw new StoreTimeoutError(query.timeoutMs ?? 0);
      throw error;
    } finally {
      client.release(!isClean);
    }
  }

  /**
   * A pooled connection, or StoreTimeoutError when none frees up within `timeoutMs`: under load the
   * searches queue for the pool, and one that waited out its deadline is answered at once (503)
   * instead of starting late. A connection granted after the deadline goes back to the pool.
   */
  private async connectWithin(timeoutMs: number | undefined): Promise<PgClient> {
    if (timeoutMs === undefined) return this.searchPool.connect();
    const pending = this.searchPool.connect();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      return await Promise.race([pending, expired]);
    } catch (error) {
      pending.then((c) => c.release(), () => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Entity spellings of a search at store generation `generation`, kept until the generation moves
   * (every write of entities raises it): the two-hop lookup cost ~2 ms of backend CPU a query word,
   * a seventh of a search's at 100k articles, and a reader's words repeat across their queries. A
   * reader of an older generation looks up for itself; at most SPELLINGS_KEPT are kept.
   */
  private async keptSpellings(spelling: string, db: PgQueryable, generation: number): Promise<string[]> {
    if (generation < this.spellings.generation) return this.relatedSpellings(spelling, db);
    if (generation > this.spellings.generation || this.spellings.found.size >= SPELLINGS_KEPT) this.spellings = { generation, found: new Map() };
    const kept = this.spellings.found.get(spelling);
    if (kept) return [...kept];
    // Looked up on this search's own connection (and deadline); only an answer is kept.
    const found = await this.relatedSpellings(spelling, db);
    if (this.spellings.generation === generation) this.spellings.found.set(spelling, found);
    return [...found];
  }

  private searchBackend = (db: PgQueryable, generation: number): SearchBackend<PgMatch> => ({
    // Every statement of a search on its one connection: a search waiting for a second connection
    // while holding one would deadlock as many concurrent searches as the pool has connections.
    relatedSpellings: (s) => this.keptSpellings(s, db, generation),
    filters: (q) => this.filters(q, db),
    compile: async (parsed, mode) => {
      const text = tsqueryText(parsed, mode === "any");
      if (text === null) return null;
      const phrases = rankPhrases(parsed);
      const pieces = mode === "all" ? tsqueryPieces(parsed) : null;
      return { text, pieces: pieces && pieces.length > 1 ? pieces : null, clauses: mode === "any" ? tsqueryClauses(parsed) : null, rank: bm25Sql(phrases, await this.bm25Stats(phrases, db)), candidates: null };
    },
    prefixForms: async (prefix, limit) =>
      (await this.qs<{ form: string }>(`SELECT substr(term, 3) AS form FROM term_stats WHERE term COLLATE "C" >= ? AND term COLLATE "C" < ?
          GROUP BY term HAVING sum(df) > 0 ORDER BY sum(df) DESC, term COLLATE "C" LIMIT ?`, [`n:${prefix}`, `n:${prefixEnd(prefix)}`, limit], db)).rows.map((r) => r.form),
    newest: async (m, f, n) => {
      // `a.row + 0`: sorted by the primary key, the planner walked it backwards testing every
      // tsvector («ال», 100k articles: 1.9 s); the GIN bitmap and a top-N sort read only the matches.
      // One condition a piece: the planner ORs their GIN bitmaps (see tsqueryPieces).
      const match = m.pieces ? `(${m.pieces.map(() => "a.tsv @@ ?::tsquery").join(" OR ")})` : "a.tsv @@ ?::tsquery";
      // With filters not prepared (see `qs`): a generic plan could walk a filter's index and test
      // every tsvector. Without, the GIN index is its only path whatever the values, so it is
      // prepared: planning a capped prefix's 20 pieces cost about as much as running them.
      const sql = `SELECT a.row AS r FROM articles a WHERE ${match} AND ${f.sql} ORDER BY a.row + 0 DESC LIMIT ?`;
      const params = [...(m.pieces ?? [m.text]), ...f.params, n];
      const rows = f.params.length === 0 ? await this.qs<{ r: number }>(sql, params, db) : await this.q<{ r: number }>(sql, params, db);
      return rows.rows.map((r) => Number(r.r));
    },
    narrow: (m, candidates) => ({ ...m, candidates }),
    ranked: (m, f, k) => this.rankedMatches(m, f, k, db),
    hitRows: async (rows) =>
      rows.length === 0
        ? []
        : (await this.qs<HitRow>(HIT_ROWS_SQL, [rows], db)).rows,
    rowList: (rows) => ({ sql: "SELECT unnest(?::bigint[])", params: [rows] }),
    all: async <R>(sql: string, params: unknown[]) => (await this.qs<R>(sql, params, db)).rows,
    now: () => this.clock(),
  });

  /** Store size and each phrase's document frequency (see bm25.ts). */
  private async bm25Stats(phrases: RankPhrase[], db: PgQueryable): Promise<Bm25Stats> {
    const keys = [...new Set(phrases.flatMap((p) => (p.dfKey ? [p.dfKey] : p.wordKeys)))];
    // one statement, one round trip: a search's statements wait on each other, each for a turn of the server's loop
    const stats = (await this.qs<{ docs: number | null; tokens: number | null; dfs: [string, number][] }>(`SELECT c.docs, c.tokens,
        (SELECT coalesce(json_agg(json_build_array(t.term, t.df)), '[]') FROM (SELECT term, sum(df)::float8 AS df FROM term_stats WHERE term = ANY(?::text[]) GROUP BY term) t) AS dfs
        FROM (SELECT sum(docs)::float8 AS docs, sum(tokens)::float8 AS tokens FROM corpus_stats) c`, [keys], db)).rows[0]!;
    const df = new Map(stats.dfs);
    const frequencies: number[] = [];
    for (const p of phrases) {
      if (p.dfKey) frequencies.push(df.get(p.dfKey) ?? 0);
      else if (p.prefixQuery) {
        frequencies.push((await this.q<{ n: number }>("SELECT count(*) AS n FROM (SELECT 1 FROM articles a WHERE a.tsv @@ ?::tsquery LIMIT ?) x", [p.prefixQuery, PREFIX_DF_CAP], db)).rows[0]!.n);
      } else frequencies.push(Math.min(...p.wordKeys.map((k) => df.get(k) ?? 0)));
    }
    return { documents: stats.docs ?? 0, tokens: stats.tokens ?? 0, frequencies };
  }

  /**
   * The best `k` matches by BM25 (relaxed: by the number of clauses matched first). Each matching
   * tsvector is decompressed once: `setweight` returns a plain copy that the lexeme columns read;
   * on the stored value each ts_rank call decompressed it again (4 lexemes over 4,000 articles:
   * 883 → 362 ms). Its form with a lexeme list (here empty: no weight changes, and ts_rank weighs
   * every class alike anyway) only copies the value, where the plain form rewrote every position's
   * weight (2,000 candidates at 100k articles: ~5 of the statement's ~45 ms of backend CPU, a
   * quarter of the detoasting itself). The second OFFSET 0 keeps the planner from
   * inlining the lexeme columns into the score, which reads each of them twice. Each row's source
   * key and day come along (read with the row), so the source and day facets need no statement.
   */
  private async rankedMatches(m: PgMatch, f: SqlFragment, k: number, db: PgQueryable): Promise<RankedMatch[]> {
    const source = rankSource(m, f);
    const coverage = m.clauses === null ? "0" : m.clauses.map(() => "(src.v @@ ?::tsquery)::int").join(" + ");
    const rows = await this.qs<RankedRow>(`SELECT m.row AS r, ${m.rank.score} AS score, (SELECT l.dup_group FROM article_links l WHERE l.article_row = m.row) AS grp, m.source_key, m.day
        FROM (SELECT src.row, src.doc_len, src.source_key, src.day, ${coverage} AS coverage${m.rank.tfColumns ? `, ${m.rank.tfColumns}` : ""}
          FROM (SELECT a.row, a.doc_len, a.source_key, a.day, setweight(a.tsv, 'D', '{}') AS v FROM ${source.sql} OFFSET 0) src OFFSET 0) m
        ORDER BY m.coverage DESC, score DESC, m.row LIMIT ?`, [...m.rank.scoreParams, ...(m.clauses ?? []), ...m.rank.tfParams, ...source.params, k], db);
    return rows.rows.map((r) => ({ r: Number(r.r), score: Number(r.score), grp: r.grp, facetColumns: { source: r.source_key, day: r.day } }));
  }

  async listSources(): Promise<SourceSummary[]> {
    return [...(await this.outlets.get()).outlets];
  }

  /** One row per stored (source key, name, domain), with counts: what outlets fold. */
  private async sourceRows(): Promise<SourceRow[]> {
    return (await this.q<SourceRow>(`SELECT source_key AS key, source_name AS name, source_domain AS domain, count(*) AS "articleCount",
      min(published_at) AS "firstPublishedAt", max(published_at) AS "lastPublishedAt" FROM articles GROUP BY source_key, source_name, source_domain`)).rows;
  }

  async listEntities(options: { name?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    let keys: string[] | null = null;
    if (options.name !== undefined) {
      const spellings = await this.relatedSpellings(normalizeArabic(options.name));
      if (spellings.length === 0) return [];
      keys = (await this.q<{ entity_key: string }>("SELECT DISTINCT entity_key FROM entity_spellings WHERE spelling = ANY(?::text[])", [spellings])).rows.map((r) => r.entity_key);
    }
    return readEntitySummaries(this.reader, keys, options.limit ?? 50);
  }

  async recordFailure(failure: Omit<IngestFailure, "attempts">): Promise<void> {
    await this.qs(`INSERT INTO failures (input, stage, code, reason, failed_at, attempts) VALUES (?, ?, ?, ?, ?, 1)
      ON CONFLICT (input) DO UPDATE SET stage = excluded.stage, code = excluded.code, reason = excluded.reason, failed_at = excluded.failed_at, attempts = failures.attempts + 1`,
      [failure.input, failure.stage, failure.code, failure.reason, failure.failedAt]);
  }

  async clearFailure(input: string): Promise<void> {
    await this.qs("DELETE FROM failures WHERE input = ?", [input]);
  }

  async listFailures(options: { limit?: number } = {}): Promise<IngestFailure[]> {
    return (await this.q<IngestFailure>(`SELECT input, stage, code, reason, failed_at AS "failedAt", attempts FROM failures ORDER BY failed_at DESC, input LIMIT ?`,
      [options.limit ?? 1000])).rows;
  }

  protected readonly reader: SqlReader = {
    // a text whose placeholder list grows with its values stays unnamed: each length would be a
    // prepared statement kept on every connection
    all: async <R>(sql: string, params: unknown[] = []) => (await (PLACEHOLDER_LIST.test(sql) ? this.q<R>(sql, params) : this.qs<R>(sql, params))).rows,
  };

  /**
   * The job queue's and connect's statements. Before the first, the planner statistics are checked
   * (`refreshStatistics`), and again after every ANALYZE_CHECK_ROWS rows they change: a queue
   * another process filled (`marsad enqueue`) was never analyzed, and a claim then read and sorted
   * every queued job (3,000 queued: ~10 ms of server CPU a claim, a quarter of a worker's server
   * CPU an article) instead of walking `jobs_open` to its first rows (0.2 ms).
   */
  protected async runJobStatements(statements: JobStatement[]): Promise<JobStatementResult[]> {
    this.jobStatisticsChecked ??= this.refreshStatistics().then(() => undefined, () => undefined);
    await this.jobStatisticsChecked;
    const results = await this.runJobStatementsNow(statements);
    await this.noteRowsChanged(results.reduce((n, r) => n + r.changes, 0));
    return results;
  }

  private async runJobStatementsNow(statements: JobStatement[]): Promise<JobStatementResult[]> {
    const [only] = statements;
    if (statements.length === 1 && !only!.expectOneChange) {
      // one statement is a transaction of its own: one round trip instead of BEGIN, it and COMMIT
      const r = await retried(() => this.qs<Record<string, unknown>>(only!.sql, only!.params));
      return [{ changes: r.rowCount ?? r.rows.length, rows: r.rows }];
    }
    return inTransaction(this.pool, async (client) => {
      const out: JobStatementResult[] = [];
      for (const st of statements) {
        const r = await this.qs<Record<string, unknown>>(st.sql, st.params, client);
        const changes = r.rowCount ?? r.rows.length;
        if (st.expectOneChange && changes !== 1) throw new Error(`store/postgres: connect step refused: ${st.expectOneChange}`);
        out.push({ changes, rows: r.rows });
      }
      return out;
    });
  }

  /**
   * The first `limit` of the queue in publication order (connect-sql.ts pendingInPublicationOrder's
   * order), read from the queue's index (migration 19): a batch reads its own entries, not the whole
   * queue; then the articles together (one at a time would be two round trips an article).
   */
  async pendingConnections(limit: number): Promise<StoredArticle[]> {
    const ids = (await this.qs<{ id: string }>("SELECT article_id AS id FROM connect_queue ORDER BY published_ms, article_id LIMIT ?", [limit])).rows.map((r) => r.id);
    return this.getArticles(ids);
  }

  saveConnections(batch: ConnectBatch): Promise<void> {
    return this.runStatements([...connectStatements(batch, SET_BASED), this.noteChangeStatement()]);
  }

  async stats(): Promise<StoreStats> {
    const r = (await this.q<StoreStats>(`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM article_versions)::int AS versions,
      (SELECT count(*) FROM failures)::int AS failures, (SELECT count(DISTINCT source_key) FROM articles)::int AS sources,
      (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r')::float8 AS bytes`)).rows[0]!;
    return r;
  }

  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  /**
   * Opens every connection of the search pool at once and runs on each the statements every search
   * starts with (prepared there, as a search prepares them) and a plan over the other tables searches
   * read: a fresh server's first searches found no connection open, and waited for one to open and
   * load its catalog caches (100k articles, 50 readers, loaded machine: 0.55–1.05 s). The connections
   * stay open (the search pool closes no idle connection).
   */
  async warmSearch(): Promise<void> {
    const clients: PgClient[] = [];
    // every connection held until all are open: one given back early would be handed out again
    const opening = await Promise.allSettled(Array.from({ length: this.searchConnections }, () => this.searchPool.connect()));
    for (const o of opening) if (o.status === "fulfilled") clients.push(o.value);
    await Promise.all(
      clients.map(async (client) => {
        let isClean = false;
        try {
          await this.qs(GENERATION_SQL, [String(statementTimeoutMs(undefined))], client);
          await this.bm25Stats([], client);
          await this.qs(HIT_ROWS_SQL, [[]], client);
          await this.q(WARM_TABLES_SQL, [], client);
          isClean = true;
        } finally {
          client.release(!isClean);
        }
      }),
    );
    const failed = opening.find((o) => o.status === "rejected");
    if (failed) throw failed.reason;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.searchPool.end(), this.mergePool.end()]);
  }
}
