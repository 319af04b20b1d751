/**
 * The PostgreSQL adapter: `pg` pool, one schema (default `public`), tsvector over marsad's analyzed
 * terms with the 'simple' configuration and a GIN index. Rules:
 * - `openPostgresStore` creates the schema if missing and applies migrations under an advisory lock.
 * - An upsert call is one transaction on one pooled client; a concurrent writer of the same key
 *   waits on the row lock (SELECT … FOR UPDATE / INSERT … ON CONFLICT) and then sees the hash.
 * - Ranking: ts_rank with weights A (title) 1.0, B (entities, tags) 0.5, D (body) 0.25 and length
 *   normalization 1 (divide by 1 + log length) — the closest to BM25's saturation and length
 *   terms that PostgreSQL computes from the index alone. Child tables are written with one
 *   statement each from JSON, to keep round trips per article low.
 */
import type { Article } from "../../types.js";
import { connectStatements, leaseHolder, leaseStatement, pendingArticles, releaseStatement, SqlConnectReads, type SqlReader, type SqlStatement } from "../connect-sql.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { prepareArticle, type PreparedArticle } from "../document.js";
import { entityFilterNames, filterConditions } from "../sql-filters.js";
import { foldPage, foldWindow, listOptions, makeHit, MAX_FACET_VALUES, planQuery, searchOptions, WEIGHTS, type RankedMatch } from "../search-common.js";
import { summaryFromRow, type ArticleRow as Row } from "../article-row.js";
import type {
  ArticleInput, ArticleList, ConnectBatch, ArticleListQuery, ArticleVersionSummary, EntitySummary, FacetCount, FacetName, IngestFailure, InputMark,
  OpenStoreOptions, SearchQuery, SearchResult, SourceSummary, Store, StoreCapabilities, StoredArticle, StoreStats, UpsertResult,
} from "../store.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";
import { createPgPool, inTransaction, numbered, type PgClient, type PgPool, type PgQueryable } from "./pg-driver.js";
import { tsqueryText } from "./tsquery.js";

type SearchRow = Row & { score: number; grp: string | null; copies: number };

export const POSTGRES_CAPABILITIES: StoreCapabilities = {
  ranking: "ts_rank",
  supportsConcurrentWriters: true,
  supportsParallelUpserts: true,
  maxBatchSize: 500,
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const DEFAULT_POOL_SIZE = 4;
// {D, C, B, A}: PostgreSQL's weight order. Ratios follow search-common WEIGHTS (title 4 : meta 2 : body 1).
const RANK_WEIGHTS = `'{${WEIGHTS.body / WEIGHTS.title}, 0, ${WEIGHTS.meta / WEIGHTS.title}, 1}'`;
const RANK = `ts_rank(${RANK_WEIGHTS}, a.tsv, q.q, 1)`;
const SUMMARY_COLUMNS = "a.row, a.id, a.key, a.url, a.title, a.published_at, a.language, a.source_name, a.source_domain, a.source_key, a.version";
const TSV = `setweight(to_tsvector('simple', ?) || to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')
  || to_tsvector('simple', ?) || to_tsvector('simple', ?)`;

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}

export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`store/postgres: schema "${schema}" must be lower-case letters, digits and _`);
  const pool = createPgPool({ connectionString: url, max: options.poolSize ?? DEFAULT_POOL_SIZE, options: `-c search_path=${schema}`, connectionTimeoutMillis: 10_000 });
  pool.on("error", () => undefined); // idle-client errors surface on the next query instead of crashing the process
  try {
    await migratePostgres(pool, schema);
  } catch (cause) {
    await pool.end();
    throw new Error(`store/postgres: cannot open ${redact(url)} (schema ${schema}): ${(cause as Error).message}`, { cause });
  }
  return new PostgresStore(pool, `${redact(url)}${schema === "public" ? "" : `#${schema}`}`);
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
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
    }
  });
}

class PostgresStore extends SqlConnectReads implements Store {
  readonly kind = "postgres" as const;
  readonly capabilities = POSTGRES_CAPABILITIES;

  constructor(
    private readonly pool: PgPool,
    readonly location: string,
  ) {
    super();
  }

  private q<R>(sql: string, params: unknown[] = [], on: PgQueryable = this.pool) {
    return on.query<R>(numbered(sql), params);
  }

  async upsertArticles(articles: ArticleInput[], options: { storedAt: string; mark?: InputMark }): Promise<UpsertResult[]> {
    const prepared = articles.map((a) => prepareArticle(a));
    return inTransaction(this.pool, async (client) => {
      const results: UpsertResult[] = [];
      for (const p of prepared) results.push(await this.writeOne(client, p, options.storedAt));
      if (options.mark) {
        await this.q("INSERT INTO inputs (input, page_hash, stored_at) VALUES (?, ?, ?) ON CONFLICT (input) DO UPDATE SET page_hash = excluded.page_hash, stored_at = excluded.stored_at",
          [options.mark.input, options.mark.pageHash, options.storedAt], client);
        await this.q("DELETE FROM failures WHERE input = ?", [options.mark.input], client);
      }
      return results;
    });
  }

  private async writeOne(client: PgClient, p: PreparedArticle, storedAt: string): Promise<UpsertResult> {
    const a = p.article;
    const find = () => this.q<{ row: number; content_hash: string; version: number }>("SELECT row, content_hash, version FROM articles WHERE key = ? FOR UPDATE", [p.key], client);
    let existing = (await find()).rows[0];
    if (existing && existing.content_hash === p.contentHash) return { id: p.id, key: p.key, status: "unchanged", version: existing.version, contentHash: p.contentHash };
    const ix = p.index;
    const tsvParams = [ix.titleStems, ix.titleNorms, ix.meta, ix.bodyStems, ix.bodyNorms];
    const common = [a.title, a.publishedAt, p.day, a.updatedAt, a.language, a.source.name, a.source.domain, p.sourceKey, a.author, a.url];
    let row: number | undefined;
    let version = 1;
    if (!existing) {
      const inserted = await this.q<{ row: number }>(`INSERT INTO articles (id, key, input, content_hash, version, title, published_at, day, updated_at, language,
          source_name, source_domain, source_key, author, url, first_stored_at, last_stored_at, tsv)
          VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${TSV}) ON CONFLICT (key) DO NOTHING RETURNING row`,
        [p.id, p.key, p.input, p.contentHash, ...common, storedAt, storedAt, ...tsvParams], client);
      row = inserted.rows[0]?.row;
      if (row === undefined) {
        // Another writer inserted the key between our SELECT and INSERT: continue as an update.
        existing = (await find()).rows[0]!;
        if (existing.content_hash === p.contentHash) return { id: p.id, key: p.key, status: "unchanged", version: existing.version, contentHash: p.contentHash };
      }
    }
    if (existing) {
      row = existing.row;
      version = existing.version + 1;
      await this.q(`UPDATE articles SET input = ?, content_hash = ?, version = ?, title = ?, published_at = ?, day = ?, updated_at = ?, language = ?,
          source_name = ?, source_domain = ?, source_key = ?, author = ?, url = ?, last_stored_at = ?, tsv = ${TSV} WHERE row = ?`,
        [p.input, p.contentHash, version, ...common, storedAt, ...tsvParams, row], client);
      for (const t of ["article_tags", "article_entities", "entity_spellings", "article_embeds", "article_quotes", "article_facts", "article_dates"]) {
        await this.q(`DELETE FROM ${t} WHERE article_row = ?`, [row], client);
      }
    }
    await this.q("INSERT INTO article_versions (article_row, version, content_hash, stored_at, input, title, record) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)",
      [row, version, p.contentHash, storedAt, p.input, a.title, p.record], client);
    await this.writeChildren(client, row!, p);
    await this.q("INSERT INTO connect_queue (article_row) VALUES (?) ON CONFLICT DO NOTHING", [row], client);
    return { id: p.id, key: p.key, status: existing ? "updated" : "created", version, contentHash: p.contentHash };
  }

  private async writeChildren(client: PgClient, row: number, p: PreparedArticle): Promise<void> {
    const a = p.article;
    const each = (json: unknown[], columns: string, select: string) =>
      json.length === 0
        ? Promise.resolve()
        : this.q(`INSERT INTO ${columns} SELECT ?::bigint, (e.ord - 1)::int, ${select} FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(j, ord)`, [row, JSON.stringify(json)], client);
    await each(a.tags.map((t) => ({ ...t, norm: normalizeArabic(t.text) })), "article_tags (article_row, ord, text, norm, origin, scope)", "j->>'text', j->>'norm', j->>'origin', j->>'scope'");
    await each(a.entities.map((e) => ({ ...e, key: `${e.type}:${normalizeArabic(e.name)}` })), "article_entities (article_row, ord, entity_key, type, name, mentions, aliases)",
      "j->>'key', j->>'type', j->>'name', j->'mentions', j->'aliases'");
    if (p.spellings.length > 0) {
      await this.q(`INSERT INTO entity_spellings (article_row, entity_key, spelling) SELECT ?::bigint, j->>'entityKey', j->>'spelling'
          FROM jsonb_array_elements(?::jsonb) AS j ON CONFLICT DO NOTHING`, [row, JSON.stringify(p.spellings)], client);
    }
    await each(a.embeds, "article_embeds (article_row, ord, platform, author, handle, posted_at, language, text, links)",
      "j->>'platform', j->>'author', j->>'handle', j->>'postedAt', j->>'language', j->>'text', j->'links'");
    await each(a.quotes, "article_quotes (article_row, ord, speaker, text, channel)", "j->>'speaker', j->>'text', j->>'channel'");
    await each(a.facts, "article_facts (article_row, ord, kind, value, value_max, qualifier, grp, text)",
      "j->>'kind', (j->>'value')::float8, (j->>'valueMax')::float8, j->>'qualifier', j->>'group', j->>'text'");
    await each(a.dates, "article_dates (article_row, ord, text, value, start, kind)", "j->>'text', j->>'value', (j->>'start')::int, j->>'kind'");
  }

  async hasInput(mark: InputMark): Promise<boolean> {
    return (await this.q("SELECT 1 FROM inputs WHERE input = ? AND page_hash = ?", [mark.input, mark.pageHash])).rows.length > 0;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = (await this.q<Row>("SELECT * FROM articles WHERE id = ?", [id])).rows[0];
    if (!row) return null;
    const versions = (await this.q<{ version: number; content_hash: string; stored_at: string; title: string; record: Article }>(
      "SELECT version, content_hash, stored_at, title, record FROM article_versions WHERE article_row = ? ORDER BY version", [row.row])).rows;
    const article = versions.find((v) => v.version === row.version)!.record;
    const summaries: ArticleVersionSummary[] = versions.map((v) => ({ version: v.version, contentHash: v.content_hash, storedAt: v.stored_at, title: v.title }));
    return { ...article, id: row.id, key: row.key, input: row.input, contentHash: row.content_hash, version: row.version, versions: summaries, firstStoredAt: row.first_stored_at, lastStoredAt: row.last_stored_at };
  }

  async getArticleVersion(id: string, version: number): Promise<Article | null> {
    const r = (await this.q<{ record: Article }>("SELECT v.record FROM article_versions v JOIN articles a ON a.row = v.article_row WHERE a.id = ? AND v.version = ?", [id, version])).rows[0];
    return r ? r.record : null;
  }

  private async relatedSpellings(spelling: string): Promise<string[]> {
    const r = await this.q<{ spelling: string }>(`WITH k1 AS (SELECT DISTINCT entity_key FROM entity_spellings WHERE spelling = ?),
        s1 AS (SELECT DISTINCT s.spelling FROM entity_spellings s JOIN k1 USING (entity_key)),
        k2 AS (SELECT DISTINCT s.entity_key FROM entity_spellings s JOIN s1 USING (spelling))
      SELECT DISTINCT s.spelling FROM entity_spellings s JOIN k2 USING (entity_key)`, [spelling]);
    if (r.rows.length === 0) return [];
    return [...new Set([spelling, ...r.rows.map((x) => x.spelling)])].sort();
  }

  private async filters(q: ArticleListQuery) {
    const spellings: string[][] = [];
    for (const n of entityFilterNames(q)) {
      const r = await this.relatedSpellings(n);
      spellings.push(r.length > 0 ? r : [n]);
    }
    return filterConditions(q, spellings, "a.row");
  }

  async listArticles(query: ArticleListQuery): Promise<ArticleList> {
    const { limit, offset } = listOptions(query.limit, query.offset);
    const f = await this.filters(query);
    const total = (await this.q<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE ${f.sql}`, f.params)).rows[0]!.n;
    const rows = (await this.q<Row>(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${f.sql} ORDER BY a.published_at DESC NULLS LAST, a.row DESC LIMIT ? OFFSET ?`,
      [...f.params, limit, offset])).rows;
    return { total, items: rows.map(summaryFromRow) };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { limit, offset, snippetLength, facetSample } = searchOptions(query);
    const parsed = await planQuery(query.q, (s) => this.relatedSpellings(s));
    const empty: SearchResult = { total: 0, hits: [], facets: {}, facetSample: null, relaxed: false, warnings: parsed.warnings };
    const strict = tsqueryText(parsed, false);
    if (strict === null) return empty;
    const f = await this.filters(query);
    const from = `articles a, to_tsquery('simple', ?) AS q(q) WHERE a.tsv @@ q.q AND ${f.sql}`;
    const count = async (text: string) => (await this.q<{ n: number }>(`SELECT count(*) AS n FROM ${from}`, [text, ...f.params])).rows[0]!.n;
    let text = strict;
    let total = await count(strict);
    let relaxed = false;
    if (total < limit && parsed.must.length > 1) {
      const loose = tsqueryText(parsed, true)!;
      const looseTotal = await count(loose);
      if (looseTotal > total) {
        text = loose;
        total = looseTotal;
        relaxed = true;
      }
    }
    const facets: SearchResult["facets"] = {};
    if (total === 0) {
      for (const name of query.facets ?? []) facets[name] = [];
      return { ...empty, facets };
    }
    const sample = total > facetSample && (query.facets?.length ?? 0) > 0 ? facetSample : null;
    const matched =
      sample === null
        ? { sql: `SELECT a.row FROM ${from}`, params: [text, ...f.params] }
        : { sql: "SELECT unnest(?::bigint[])", params: [(await this.q<{ row: number }>(`SELECT a.row FROM ${from} ORDER BY ${RANK} DESC, a.row LIMIT ?`, [text, ...f.params, sample])).rows.map((r) => r.row)] };
    for (const name of query.facets ?? []) facets[name] = await this.facet(name, matched);
    const collapse = query.collapseDuplicates ?? true;
    const page = collapse ? await this.collapsedRows(f.sql, [text, ...f.params], limit, offset, total) : null;
    if (page) total = page.groups;
    const rows = page?.rows ?? (await this.q<SearchRow>(`SELECT s.*, v.record->>'body' AS body FROM (SELECT ${SUMMARY_COLUMNS}, ${RANK} AS score,
        (SELECT l.dup_group FROM article_links l WHERE l.article_row = a.row) AS grp, 1 AS copies FROM ${from} ORDER BY score DESC, a.row LIMIT ? OFFSET ?) s
        JOIN article_versions v ON v.article_row = s.row AND v.version = s.version ORDER BY s.score DESC, s.row`,
      [text, ...f.params, limit, offset])).rows;
    const hits = rows.map((r) => makeHit(summaryFromRow(r), r.score, r.body, parsed, snippetLength, { group: r.grp, copies: r.copies }));
    return { total, hits, facets, facetSample: sample, relaxed, warnings: parsed.warnings };
  }

  /** As the SQLite adapter: the page folded from the best matches (read until full), groups = matches − folded copies. */
  private async collapsedRows(filterSql: string, params: unknown[], limit: number, offset: number, total: number): Promise<{ rows: SearchRow[]; groups: number }> {
    const from = `articles a, to_tsquery('simple', ?) AS q(q) WHERE a.tsv @@ q.q AND ${filterSql}`;
    const extra = (await this.q<{ n: number }>(`SELECT (count(*) - count(DISTINCT l.dup_group))::int AS n
        FROM articles a JOIN article_links l ON l.article_row = a.row, to_tsquery('simple', ?) AS q(q) WHERE a.tsv @@ q.q AND ${filterSql}
        AND l.dup_group IN (SELECT dup_group FROM article_links WHERE dup_kind <> 'new')`, params)).rows[0]!.n;
    let leads: RankedMatch[] | null = null;
    for (let k = foldWindow(offset, limit); leads === null; k *= 4) {
      const ranked = (await this.q<RankedMatch>(`SELECT a.row AS r, ${RANK} AS score, (SELECT l.dup_group FROM article_links l WHERE l.article_row = a.row) AS grp
          FROM ${from} ORDER BY score DESC, a.row LIMIT ?`, [...params, k])).rows;
      leads = foldPage(ranked, offset, limit, ranked.length < k);
    }
    if (leads.length === 0) return { rows: [], groups: total - extra };
    const groups = [...new Set(leads.flatMap((m) => (m.grp === null ? [] : [m.grp])))];
    const copies = new Map<string, number>();
    if (groups.length > 0) {
      const counted = await this.q<{ grp: string; n: number }>(`SELECT l.dup_group AS grp, count(*)::int AS n FROM article_links l
          WHERE l.dup_group = ANY(?::text[]) AND l.article_row IN (SELECT a.row FROM ${from}) GROUP BY l.dup_group`, [groups, ...params]);
      for (const c of counted.rows) copies.set(c.grp, c.n);
    }
    const found = await this.q<SearchRow>(`SELECT ${SUMMARY_COLUMNS}, v.record->>'body' AS body FROM articles a JOIN article_versions v ON v.article_row = a.row AND v.version = a.version
        WHERE a.row = ANY(?::bigint[])`, [leads.map((m) => m.r)]);
    const byRow = new Map(found.rows.map((r) => [Number(r.row), r]));
    const rows = leads.map((m) => ({ ...byRow.get(Number(m.r))!, score: m.score, grp: m.grp, copies: m.grp === null ? 1 : (copies.get(m.grp) ?? 1) }));
    return { rows, groups: total - extra };
  }

  private async facet(name: FacetName, matched: { sql: string; params: unknown[] }): Promise<FacetCount[]> {
    const sql =
      name === "source"
        ? `SELECT a.source_key AS value, count(*)::int AS count FROM articles a WHERE a.row IN (${matched.sql}) GROUP BY a.source_key ORDER BY count DESC, value LIMIT ${MAX_FACET_VALUES}`
        : name === "day"
          ? `SELECT a.day AS value, count(*)::int AS count FROM articles a WHERE a.row IN (${matched.sql}) AND a.day IS NOT NULL GROUP BY a.day ORDER BY value DESC LIMIT ${MAX_FACET_VALUES}`
          : `SELECT min(e.name) AS value, count(DISTINCT e.article_row)::int AS count FROM article_entities e WHERE e.article_row IN (${matched.sql})
             GROUP BY e.entity_key ORDER BY count DESC, value LIMIT ${MAX_FACET_VALUES}`;
    return (await this.q<FacetCount>(sql, matched.params)).rows;
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.q<SourceSummary>(`SELECT source_key AS key, max(source_name) AS name, max(source_domain) AS domain, count(*)::int AS "articleCount",
      min(published_at) AS "firstPublishedAt", max(published_at) AS "lastPublishedAt" FROM articles GROUP BY source_key ORDER BY "articleCount" DESC, key`)).rows;
  }

  async listEntities(options: { name?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    const limit = options.limit ?? 50;
    let keys: string[] | null = null;
    if (options.name !== undefined) {
      const spellings = await this.relatedSpellings(normalizeArabic(options.name));
      if (spellings.length === 0) return [];
      keys = (await this.q<{ entity_key: string }>("SELECT DISTINCT entity_key FROM entity_spellings WHERE spelling = ANY(?::text[])", [spellings])).rows.map((r) => r.entity_key);
    }
    const rows = (await this.q<{ key: string; type: string; name: string; n: number; spellings: string[] }>(`SELECT e.entity_key AS key, min(e.type) AS type, min(e.name) AS name,
        count(DISTINCT e.article_row)::int AS n,
        (SELECT array_agg(DISTINCT s.spelling ORDER BY s.spelling) FROM entity_spellings s WHERE s.entity_key = e.entity_key) AS spellings
      FROM article_entities e ${keys ? "WHERE e.entity_key = ANY(?::text[])" : ""} GROUP BY e.entity_key ORDER BY n DESC, key LIMIT ?`, keys ? [keys, limit] : [limit])).rows;
    return rows.map((r) => ({ type: r.type as EntitySummary["type"], name: r.name, spellings: r.spellings ?? [], articleCount: r.n }));
  }

  async recordFailure(failure: Omit<IngestFailure, "attempts">): Promise<void> {
    await this.q(`INSERT INTO failures (input, stage, code, reason, failed_at, attempts) VALUES (?, ?, ?, ?, ?, 1)
      ON CONFLICT (input) DO UPDATE SET stage = excluded.stage, code = excluded.code, reason = excluded.reason, failed_at = excluded.failed_at, attempts = failures.attempts + 1`,
      [failure.input, failure.stage, failure.code, failure.reason, failure.failedAt]);
  }

  async clearFailure(input: string): Promise<void> {
    await this.q("DELETE FROM failures WHERE input = ?", [input]);
  }

  async listFailures(options: { limit?: number } = {}): Promise<IngestFailure[]> {
    return (await this.q<IngestFailure>(`SELECT input, stage, code, reason, failed_at AS "failedAt", attempts FROM failures ORDER BY failed_at DESC, input LIMIT ?`,
      [options.limit ?? 1000])).rows;
  }

  protected readonly reader: SqlReader = {
    all: async <R>(sql: string, params: unknown[] = []) => (await this.q<R>(sql, params)).rows,
  };

  private async runStatements(statements: SqlStatement[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const st of statements) {
        const changes = (await this.q(st.sql, st.params, client)).rowCount;
        if (st.expectOneChange && changes !== 1) throw new Error(`store/postgres: connect step refused: ${st.expectOneChange}`);
      }
    });
  }

  pendingConnections(limit: number): Promise<StoredArticle[]> {
    return pendingArticles(this.reader, limit, (id) => this.getArticle(id));
  }

  saveConnections(batch: ConnectBatch): Promise<void> {
    return this.runStatements(connectStatements(batch));
  }

  async acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    await this.runStatements([leaseStatement(name, holder, ttlMs, Date.now())]);
    return (await leaseHolder(this.reader, name)) === holder;
  }

  releaseLease(name: string, holder: string): Promise<void> {
    return this.runStatements([releaseStatement(name, holder)]);
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

  async close(): Promise<void> {
    await this.pool.end();
  }
}
