/**
 * Search over one SQLite connection: store/search-engine.ts's algorithm with this backend's SQL
 * (FTS5 MATCH + BM25 with column weights, joined to the article filters), and the reads it needs
 * (entity spellings, filters, the outlet index). The store runs it on its own connection, and each
 * search thread (search-threads.ts) on a read-only connection of its own. Rules:
 * - A search's candidate window is a lower bound on the FTS5 rowid, which FTS5 applies while it
 *   reads the doclists.
 * - Every statement of a search stops at its deadline (`marsad_live`, registered per connection).
 */
import { normalizeArabic } from "../../arabic/normalize.js";
import { ftsClauses, ftsExpression } from "./fts-query.js";
import type { SqliteDatabase, SqliteStatement } from "./sqlite-driver.js";
import { entityFilterNames, filterConditions, type SqlFragment } from "../sql-filters.js";
import { prefixEnd, runSearch, WEIGHTS, type Deadline, type HitRow, type RankedMatch, type SearchBackend } from "../search-engine.js";
import { OutletCache, OUTLET_TTL_MS, type OutletIndex, type SourceRow } from "../outlets.js";
import type { ArticleListQuery, SearchQuery, SearchResult } from "../store.js";
import { StoreTimeoutError } from "../store.js";

export const SUMMARY_COLUMNS = "a.row, a.id, a.key, a.url, a.title, a.published_at, a.language, a.source_name, a.source_domain, a.source_key, a.version";
const BODY = "(SELECT json_extract(v.record, '$.body') FROM article_versions v WHERE v.article_row = a.row AND v.version = a.version)";
const BM25 = `bm25(article_fts, ${WEIGHTS.title}, ${WEIGHTS.titleSurface}, ${WEIGHTS.body}, ${WEIGHTS.bodySurface}, ${WEIGHTS.meta})`;

/** Prepared statements kept by SQL text (see StatementCache.get). */
const STATEMENT_CACHE_SIZE = 500;

/** A prefix's forms in most articles first (ties by form): form_stats alone, or with the changes pending in form_pending (migration 14). */
const PREFIX_FORMS = "SELECT form FROM form_stats WHERE form >= @from AND form < @to AND df > 0 ORDER BY df DESC, form LIMIT @limit";
const PENDING_PREFIX_FORMS = `SELECT form FROM (SELECT form, sum(df) AS df FROM (SELECT form, df FROM form_stats WHERE form >= @from AND form < @to
  UNION ALL SELECT form, df FROM form_pending WHERE form >= @from AND form < @to) GROUP BY form) WHERE df > 0 ORDER BY df DESC, form LIMIT @limit`;

/**
 * Statements prepared once per SQL text: reads and connect steps run the same few texts for every
 * article (preparing is a parse and plan each time). Search builds varying texts, so the cache is
 * emptied when it reaches STATEMENT_CACHE_SIZE.
 */
export class StatementCache {
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(private readonly db: SqliteDatabase) {}

  get(sql: string): SqliteStatement {
    let cached = this.statements.get(sql);
    if (!cached) {
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.clear();
      cached = this.db.prepare(sql);
      this.statements.set(sql, cached);
    }
    return cached;
  }
}

/** A compiled query: the MATCH string and, relaxed, one MATCH string per clause (for ranking by clauses matched). */
interface FtsMatch {
  expr: string;
  clauses: string[] | null;
  deadline: Deadline | null;
  /** Lowest FTS5 rowid of the candidate window; null: every match. */
  floor: number | null;
  /** The candidates (`narrow`'s rows, highest first); null until narrowed. */
  candidates: number[] | null;
}

/**
 * `marsad_live(deadline_ms, timeout_ms)` is true until the deadline and then aborts the statement
 * with a StoreTimeoutError: better-sqlite3 has no interrupt, and a search runs on one thread, so
 * the statement itself must stop. The clock is read every CLOCK_EVERY rows (it costs more than the
 * test).
 */
const CLOCK_EVERY = 256;

export function registerDeadline(db: SqliteDatabase, clock: () => number): void {
  let calls = 0;
  db.function("marsad_live", { deterministic: false }, (at, timeoutMs) => {
    if (++calls % CLOCK_EVERY === 0 && clock() > Number(at)) throw new StoreTimeoutError(Number(timeoutMs));
    return 1;
  });
}

/**
 * The conditions (and their parameters) that keep a statement in the match's candidate window
 * (`rowid` names the FTS5 rowid in the statement) and stop it at the match's deadline.
 */
function live(m: FtsMatch, rowid = "article_fts.rowid"): { sql: string; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (m.floor !== null) {
    sql.push(` AND ${rowid} >= ?`);
    params.push(m.floor);
  }
  if (m.deadline !== null) {
    sql.push(" AND marsad_live(?, ?)");
    params.push(m.deadline.at, m.deadline.timeoutMs);
  }
  return { sql: sql.join(""), params };
}

export class SqliteSearch {
  readonly outlets = new OutletCache(async () => this.sourceRows(), OUTLET_TTL_MS);

  constructor(
    private readonly statements: StatementCache,
    private readonly clock: () => number,
  ) {}

  /** Runs a search with the outlet index given, or this connection's own. */
  async search(query: SearchQuery, outlets?: OutletIndex): Promise<SearchResult> {
    return runSearch(this.backend, query, outlets ?? (await this.outlets.get()));
  }

  /** Every spelling of the entities a normalized spelling names (two hops), itself included. */
  relatedSpellings(spelling: string): string[] {
    const keys1 = this.spellingKeys(spelling);
    if (keys1.length === 0) return [];
    const spellings1 = new Set(keys1.flatMap((k) => this.keySpellings(k)));
    const keys2 = new Set([...spellings1].flatMap((s) => this.spellingKeys(s)));
    const all = new Set([spelling, ...[...keys2].flatMap((k) => this.keySpellings(k))]);
    return [...all].sort();
  }

  /** The entity keys a spelling names. */
  spellingKeys(spelling: string): string[] {
    return this.distinctAfter("SELECT entity_key AS v FROM entity_key_spellings WHERE spelling = ? AND entity_key > ? ORDER BY entity_key LIMIT 1", spelling);
  }

  private keySpellings(key: string): string[] {
    return this.distinctAfter("SELECT spelling AS v FROM entity_key_spellings WHERE entity_key = ? AND spelling > ? ORDER BY spelling LIMIT 1", key);
  }

  /**
   * The distinct second values of an index after `first`, one index probe each (a skip scan): a
   * country's spelling is in one row per article that names it, and `SELECT DISTINCT` read every
   * one of them («ايران», «ترامب»: 30-100 ms a search at 70k articles, growing with the store).
   */
  private distinctAfter(nextSql: string, first: string): string[] {
    const next = this.statement(nextSql);
    const out: string[] = [];
    for (let r = next.get(first, "") as { v: string } | undefined; r; r = next.get(first, r.v) as { v: string } | undefined) out.push(r.v);
    return out;
  }

  filters(q: ArticleListQuery): SqlFragment {
    const spellings = entityFilterNames(q).map((n) => {
      const r = this.relatedSpellings(n);
      return r.length > 0 ? r : [n];
    });
    return filterConditions(q, spellings, "a.row", "pair ids");
  }

  /** Every spelling of the entities a name (as written) names. */
  spellingsOfName(name: string): string[] {
    return this.relatedSpellings(normalizeArabic(name));
  }

  /** One row per stored (source key, name, domain), with counts: what outlets fold (kept by migration 11's triggers). */
  sourceRows(): SourceRow[] {
    return this.statement(`SELECT source_key AS key, source_name AS name, source_domain AS domain, article_count AS articleCount,
      first_published_at AS firstPublishedAt, last_published_at AS lastPublishedAt FROM source_stats ORDER BY source_key, source_name, source_domain`).all() as SourceRow[];
  }

  private hasPendingForms(): boolean {
    return this.statement("SELECT 1 AS ok FROM form_pending LIMIT 1").get() !== undefined;
  }

  private statement(sql: string): SqliteStatement {
    return this.statements.get(sql);
  }

  private readonly backend: SearchBackend<FtsMatch> = {
    relatedSpellings: async (s) => this.relatedSpellings(s),
    filters: async (q) => this.filters(q),
    prefixForms: async (prefix, limit) => (this.statement(this.hasPendingForms() ? PENDING_PREFIX_FORMS : PREFIX_FORMS).all({ from: prefix, to: prefixEnd(prefix), limit }) as { form: string }[]).map((r) => r.form),
    compile: async (parsed, mode, deadline) => {
      const expr = ftsExpression(parsed, mode === "any");
      return expr === null ? null : { expr, clauses: mode === "any" ? ftsClauses(parsed) : null, deadline, floor: null, candidates: null };
    },
    newest: async (m, f, n) => {
      const l = live(m);
      const join = f.params.length > 0 ? `JOIN articles a ON a.row = article_fts.rowid WHERE article_fts MATCH ? AND ${f.sql}` : "WHERE article_fts MATCH ?";
      const rows = this.statement(`SELECT article_fts.rowid AS r FROM article_fts ${join}${l.sql} ORDER BY article_fts.rowid DESC LIMIT ?`).all(m.expr, ...f.params, ...l.params, n) as { r: number }[];
      return rows.map((r) => Number(r.r));
    },
    // Uncapped, FTS5 already reads only the matches; capped, the window's lowest row bounds them.
    narrow: (m, candidates, capped) => ({ ...m, floor: capped ? candidates[candidates.length - 1]! : null, candidates }),
    ranked: async (m, f, k) => this.rankedMatches(m, f, k),
    hitRows: async (rows) =>
      rows.length === 0 ? [] : (this.statement(`SELECT ${SUMMARY_COLUMNS}, ${BODY} AS body FROM articles a WHERE a.row IN (SELECT value FROM json_each(?))`).all(JSON.stringify(rows)) as HitRow[]),
    rowList: (rows) => ({ sql: "SELECT value FROM json_each(?)", params: [JSON.stringify(rows)] }),
    all: async <R>(sql: string, params: unknown[]) => this.statement(sql).all(...params) as R[],
    now: () => this.clock(),
  };

  /**
   * The best `k` matches in rank order with their duplicate groups: by BM25; relaxed, by the number
   * of clauses matched first (rankedByClauses). A relaxed match is always narrowed to its candidates
   * before it is ranked (SearchBackend.narrow).
   */
  private rankedMatches(m: FtsMatch, f: SqlFragment, k: number): RankedMatch[] {
    if (m.clauses !== null) return this.rankedByClauses(m, m.clauses, m.candidates ?? [], k);
    const group = "(SELECT l.dup_group FROM article_links l WHERE l.article_row = m.rowid) AS grp";
    const l = live(m);
    const inner = `SELECT rowid, -${BM25} AS score FROM article_fts WHERE article_fts MATCH ?${l.sql}`;
    const rows = (
      f.params.length > 0
        ? this.statement(`SELECT m.rowid AS r, m.score, ${group} FROM (${inner}) m JOIN articles a ON a.row = m.rowid WHERE ${f.sql}
            ORDER BY m.score DESC, m.rowid LIMIT ?`).all(m.expr, ...l.params, ...f.params, k)
        : this.statement(`SELECT m.rowid AS r, m.score, ${group} FROM (${inner} ORDER BY score DESC, rowid LIMIT ?) m
            ORDER BY m.score DESC, m.rowid`).all(m.expr, ...l.params, k)
    ) as RankedMatch[];
    return rows;
  }

  /**
   * Relaxed: each clause's matches among the candidates, with the clause's BM25, summed per
   * candidate (FTS5's bm25 is a sum over the query's phrases, each clause's phrases its own, so the
   * clauses' sums are the whole query's), and the clauses matched counted from the same rows. The
   * candidates already passed the filters and exclusions. One FTS5 scan a clause: the whole
   * expression matched and scored again beside a membership subquery a clause cost about half as
   * much again (search eval queries of 12–16 words, 100k articles).
   */
  private rankedByClauses(m: FtsMatch, clauses: string[], candidates: number[], k: number): RankedMatch[] {
    if (candidates.length === 0) return [];
    const l = live({ ...m, floor: candidates[candidates.length - 1]! });
    const perClause = clauses.map(() => `SELECT article_fts.rowid AS r, -${BM25} AS s FROM article_fts WHERE article_fts MATCH ?${l.sql}`).join(" UNION ALL ");
    // MATERIALIZED: the candidates' test pushed into each FTS5 scan would run it once a candidate.
    const sql = `WITH hits AS MATERIALIZED (${perClause})
      SELECT m.r, m.score, (SELECT l.dup_group FROM article_links l WHERE l.article_row = m.r) AS grp FROM (
        SELECT r, count(*) AS coverage, sum(s) AS score FROM hits WHERE r IN (SELECT value FROM json_each(?)) GROUP BY r
        ORDER BY coverage DESC, score DESC, r LIMIT ?) m ORDER BY m.coverage DESC, m.score DESC, m.r`;
    return this.statement(sql).all(...clauses.flatMap((c) => [c, ...l.params]), JSON.stringify(candidates), k) as RankedMatch[];
  }
}
