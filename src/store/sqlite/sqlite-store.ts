/**
 * The SQLite adapter: one file (WAL), better-sqlite3, FTS5 over marsad's analyzed terms with BM25.
 * Rules:
 * - `openSqliteStore` sets WAL, NORMAL sync (durable at checkpoints, never corrupt), foreign keys,
 *   and applies pending migrations in one transaction each.
 * - An upsert call is one SQLite transaction; a killed process leaves the last committed state.
 *   `upsertPages` writes its pages in one transaction with a savepoint per page: a page that fails
 *   is rolled back to its savepoint alone; one commit (and one FTS5 segment flush) for all of them.
 *   A group is first written without the savepoints (each copies every database page it changes to
 *   its journal: ~8% of the store's CPU in an ingest); only when a page fails is that transaction
 *   rolled back and the group written again, a savepoint a page. Same rows either way.
 * - Writers in other processes wait for each other: every write transaction begins IMMEDIATE (it
 *   holds the write lock from its start, so it never fails half-way upgrading a read lock), waits
 *   out a busy lock, and is retried while another process holds it (retryWhileBusy).
 * - Search is store/search-engine.ts's algorithm over this adapter's SQL (sqlite-search.ts), on the
 *   store's connection or, with `searchThreads`, in worker threads on read-only connections of their
 *   own (search-threads.ts); the result cache and the store generation stay on the store's thread.
 * - `form_stats` keeps each title/body form's document frequency (a prefix's most frequent forms):
 *   an upsert adds the new version's forms and takes away the replaced version's, summed over the
 *   transaction (a page's only once its savepoint is through) and appended to `form_pending`, in the
 *   articles' transaction. Once FOLD_ROWS rows are pending, and at refreshStatistics and close, a
 *   commit sums them into form_stats and empties form_pending; readers count both tables
 *   (sqlite-search.ts prefixForms).
 * - The FTS5 rows of a transaction are written at its end, after the pages' savepoints (a page's only
 *   once its savepoint is through), in the order they were made: FTS5 writes its pending terms out
 *   as a new segment at every savepoint, so rows written inside them cost a segment (and its later
 *   merges) per page instead of one per transaction. Same rows, same index contents.
 */
import { statSync } from "node:fs";
import type { Article } from "../../types.js";
import { readEntitySummaries, repeatsName } from "../entity-sql.js";
import { connectStatements, publicationMs, type SqlReader } from "../connect-sql.js";
import { completeJobStatement, SqlJobQueue, type JobStatement, type JobStatementResult } from "../job-sql.js";
import { prepareArticle, type IndexFields, type PreparedArticle } from "../document.js";
import { ENTITY_KEY_VERSION, newKeysByArticle, rekeyedEntityRows, spellingTargets, type EntityKeyRow } from "../entity-keys.js";
import { registerDeadline, SqliteSearch, StatementCache, SUMMARY_COLUMNS } from "./sqlite-search.js";
import { SearchThreads } from "./search-threads.js";
import { SQLITE_MIGRATIONS } from "./migrations.js";
import { isBusyError, openStoreConnection, retryWhileBusy, type SqliteDatabase, type SqliteStatement } from "./sqlite-driver.js";
import { listOptions } from "../search-engine.js";
import { expandSources } from "../outlets.js";
import { summaryFromRow, type ArticleRow } from "../article-row.js";
import type {
  ArticleInput, ArticleList, ConnectBatch, ArticleListQuery, ArticleVersionSummary, EntitySummary,
  IngestFailure, InputMark, JobDone, OpenStoreOptions, PageWrite, PageWriteOutcome, SearchQuery, SearchResult, SourceSummary, Store, StoreCapabilities, StoredArticle, StoreStats,
  UpsertResult,
} from "../store.js";
import { asError } from "../store.js";
import { DEFAULT_SEARCH_CACHE_ENTRIES, SearchCache } from "../search-cache.js";

/** A write that can change a search's answer: the store generation (search-cache.ts) goes up. */
const NOTE_CHANGE = "INSERT INTO store_changes (slot, n) VALUES (0, 1) ON CONFLICT (slot) DO UPDATE SET n = n + 1";

/**
 * form_pending rows that a commit folds into form_stats. Upserting a commit's forms (thousands, in
 * no order) into form_stats rewrote most of its pages each commit; appended to form_pending they
 * fill new pages only, and a fold rewrites form_stats' pages once for many commits.
 */
const FOLD_ROWS = 100_000;

/** The distinct forms of an article's title and body (the form_stats it counts in). */
function indexForms(index: IndexFields): Set<string> {
  const forms = new Set(`${index.titleNorms} ${index.bodyNorms}`.split(" "));
  forms.delete("");
  return forms;
}

/**
 * The form_stats changes of one transaction (or one page's savepoint), summed in memory and written
 * once per distinct form: one upsert per form and article cost 2 ms an article, most of the store's
 * time (news forms recur, so a batch's articles share most of theirs). Each article's forms are
 * kept as they come and summed once, at the transaction's end: a page's own sum, then the
 * transaction's over it, cost the writer thread two passes over every form.
 */
class FormDeltas {
  private readonly changes: { forms: Iterable<string>; delta: number }[] = [];

  add(forms: Iterable<string>, delta: number): void {
    this.changes.push({ forms, delta });
  }

  addAll(other: FormDeltas): void {
    for (const c of other.changes) this.changes.push(c);
  }

  /**
   * The forms by their change, each list as a JSON array (one insert per list; changes are few small
   * numbers). In no order: form_pending is only appended to and summed (GROUP BY) at a fold, so its
   * row order changes nothing read; sorting each list (from when lists were upserted into form_stats
   * in key order) was ~4.5 % of the store bench's writer CPU.
   */
  byChange(): [number, string][] {
    const deltas = new Map<string, number>();
    for (const { forms, delta } of this.changes) for (const f of forms) deltas.set(f, (deltas.get(f) ?? 0) + delta);
    const lists = new Map<number, string[]>();
    for (const [form, delta] of deltas) {
      if (delta === 0) continue;
      const list = lists.get(delta);
      if (list) list.push(form);
      else lists.set(delta, [form]);
    }
    return [...lists].map(([delta, forms]) => [delta, JSON.stringify(forms)]);
  }
}

/**
 * FTS5 row changes kept until the end of the transaction (see the rules above): an article row
 * whose old row is deleted (a new version) and the index fields of its new row.
 */
class FtsChanges {
  private readonly changes: { row: number; isReplacing: boolean; index: IndexFields }[] = [];

  add(row: number, isReplacing: boolean, index: IndexFields): void {
    this.changes.push({ row, isReplacing, index });
  }

  addAll(other: FtsChanges): void {
    for (const c of other.changes) this.changes.push(c);
  }

  write(deleteRow: SqliteStatement, insertRow: SqliteStatement): void {
    for (const { row, isReplacing, index: ix } of this.changes) {
      if (isReplacing) deleteRow.run(row);
      insertRow.run(row, ix.titleStems, ix.titleNorms, ix.bodyStems, ix.bodyNorms, ix.meta);
    }
  }
}

/** What a transaction writes at its end: its form_stats changes and its FTS5 rows. */
interface Deferred {
  forms: FormDeltas;
  fts: FtsChanges;
}

function newDeferred(): Deferred {
  return { forms: new FormDeltas(), fts: new FtsChanges() };
}

export const SQLITE_CAPABILITIES: StoreCapabilities = {
  ranking: "bm25",
  supportsConcurrentWriters: false,
  supportsParallelUpserts: false,
  supportsGroupedPages: true,
  maxBatchSize: 1000,
  searchConcurrency: 1,
};

/** The migration that gives the connect queue its publication order (migrations.ts, 18). */
const QUEUE_ORDER_MIGRATION = 18;

/** Writes a queue entry with its article's order; an entry re-queued (a new version) takes the new date's place. */
const ENQUEUE_CONNECT = `INSERT INTO connect_queue (article_row, published_ms, article_id) VALUES (?, ?, ?)
  ON CONFLICT (article_row) DO UPDATE SET published_ms = excluded.published_ms, article_id = excluded.article_id`;

/** A connect batch from the queue's index (migration 18) in pendingInPublicationOrder's order: undated last, then id. */
export const PENDING_IN_ORDER = "SELECT article_id AS id FROM connect_queue ORDER BY published_ms IS NULL, published_ms, article_id LIMIT ?";

/** Fills the publication time and id of the entries queued before migration 18, as pendingInPublicationOrder reads them. */
function orderQueuedArticles(db: SqliteDatabase): void {
  const rows = db.prepare("SELECT q.article_row AS row, a.id, a.published_at FROM connect_queue q JOIN articles a ON a.row = q.article_row").all() as
    { row: number; id: string; published_at: string | null }[];
  const fill = db.prepare("UPDATE connect_queue SET published_ms = ?, article_id = ? WHERE article_row = ?");
  for (const r of rows) fill.run(publicationMs(r.published_at), r.id, r.row);
}

export function migrateSqlite(db: SqliteDatabase): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = db.prepare("SELECT 1 AS ok FROM schema_migrations WHERE version = ?");
  for (const m of SQLITE_MIGRATIONS) {
    // IMMEDIATE and checked inside: two processes opening a new file apply each migration once
    db.transaction(() => {
      if (applied.get(m.version) !== undefined) return;
      db.exec(m.sql);
      if (m.version === QUEUE_ORDER_MIGRATION) orderQueuedArticles(db);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}

/**
 * Re-makes the entity keys of rows written under an older entityKey (entity-keys.ts ENTITY_KEY_VERSION), once, in one
 * transaction: each row's key from its type and name, each article's (key, spelling) pairs after its row (a pair no
 * row of its article keeps any more goes), and the repeats_name flags of the articles whose keys changed; one store
 * change is noted (store_changes). Keep in sync with postgres-store.ts rekeyEntities.
 */
export function rekeyEntities(db: SqliteDatabase): void {
  db.transaction(() => {
    const stored = (db.prepare("SELECT version FROM entity_key_version").get() as { version: number }).version;
    if (stored >= ENTITY_KEY_VERSION) return;
    const rows = db.prepare("SELECT DISTINCT entity_key AS key, type, name FROM article_entities").all() as EntityKeyRow[];
    db.exec("CREATE TEMP TABLE entity_rekey (old TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, new TEXT NOT NULL, PRIMARY KEY (old, type, name))");
    const add = db.prepare("INSERT INTO temp.entity_rekey (old, type, name, new) VALUES (?, ?, ?, ?)");
    for (const r of rekeyedEntityRows(rows)) add.run(r.key, r.type, r.name, r.to);
    db.exec(`
CREATE TEMP TABLE article_rekey AS SELECT DISTINCT e.article_row, r.old, r.new FROM article_entities e
  JOIN temp.entity_rekey r ON r.old = e.entity_key AND r.type = e.type AND r.name = e.name;
UPDATE article_entities SET entity_key = r.new FROM temp.entity_rekey r
  WHERE r.old = article_entities.entity_key AND r.type = article_entities.type AND r.name = article_entities.name;
CREATE TEMP TABLE spelling_moves (article_row INTEGER NOT NULL, old_pair INTEGER NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL, spelling TEXT NOT NULL);`);
    const newKeys = newKeysByArticle(db.prepare("SELECT article_row, old, new FROM temp.article_rekey").all() as { article_row: number; old: string; new: string }[]);
    const spellings = db.prepare(`SELECT DISTINCT s.article_row, s.pair_id, p.entity_key AS old, p.spelling FROM temp.article_rekey m
  JOIN entity_key_spellings p ON p.entity_key = m.old JOIN entity_spellings s ON s.pair_id = p.id AND s.article_row = m.article_row`).all() as { article_row: number; pair_id: number; old: string; spelling: string }[];
    const addMove = db.prepare("INSERT INTO temp.spelling_moves (article_row, old_pair, old, new, spelling) VALUES (?, ?, ?, ?, ?)");
    for (const sp of spellings) {
      for (const to of spellingTargets(sp.old, sp.spelling, newKeys.get(`${sp.article_row}\u0000${sp.old}`) ?? [])) addMove.run(sp.article_row, sp.pair_id, sp.old, to, sp.spelling);
    }
    db.exec(`
INSERT OR IGNORE INTO entity_key_spellings (entity_key, spelling) SELECT DISTINCT new, spelling FROM temp.spelling_moves;
INSERT OR IGNORE INTO entity_spellings (article_row, pair_id)
  SELECT m.article_row, p.id FROM temp.spelling_moves m JOIN entity_key_spellings p ON p.entity_key = m.new AND p.spelling = m.spelling;
DELETE FROM entity_spellings WHERE (article_row, pair_id) IN (SELECT m.article_row, m.old_pair FROM temp.spelling_moves m
  WHERE NOT EXISTS (SELECT 1 FROM article_entities e WHERE e.article_row = m.article_row AND e.entity_key = m.old));
UPDATE article_entities SET repeats_name = EXISTS (SELECT 1 FROM article_entities f WHERE f.article_row = article_entities.article_row
  AND f.ord < article_entities.ord AND substr(f.entity_key, length(f.type) + 2) = substr(article_entities.entity_key, length(article_entities.type) + 2))
  WHERE article_row IN (SELECT article_row FROM temp.article_rekey);
DROP TABLE temp.spelling_moves;
DROP TABLE temp.article_rekey;
DROP TABLE temp.entity_rekey;`);
    // Entity filters and facets answer otherwise now: searches other processes keep for this store are stale.
    db.prepare(NOTE_CHANGE).run();
    db.prepare("UPDATE entity_key_version SET version = ?").run(ENTITY_KEY_VERSION);
  }).immediate();
}

export async function openSqliteStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const db = await openStoreConnection(path);
  // Savepoint journals in memory: upsertPages runs a savepoint per page, and SQLite copies every page
  // a savepoint changes into its journal, spilled to a temporary file past 64 KB: 418 MB in 202,000
  // writes for 1,000 news articles (a 25 MB store), a third of the write's CPU in the kernel.
  db.pragma("temp_store = MEMORY");
  // Checkpoints every ~40 MB of WAL instead of SQLite's ~4 MB: a group commit of an ingest writes
  // megabytes (most form_stats pages and FTS5's segments among them), so a checkpoint followed
  // nearly every commit and copied the same hot pages into the file again each time. Storing 10,000
  // articles (a capture replayed into one store, groups of 64) cost 1.16–1.25 → 1.01–1.06 ms an article.
  db.pragma("wal_autocheckpoint = 10000");
  // Like the journal-mode switch, the migration may wait behind another process's (retried like a write).
  await retryWhileBusy(() => migrateSqlite(db));
  await retryWhileBusy(() => rekeyEntities(db));
  const clock = options.clock ?? Date.now;
  registerDeadline(db, clock);
  const threads = options.searchThreads ?? 0;
  if (threads > 0 && path === ":memory:") throw new Error("store/sqlite: searchThreads needs a store file (a :memory: store has no other connection)");
  return new SqliteStore(db, path, clock, options.searchCacheEntries ?? DEFAULT_SEARCH_CACHE_ENTRIES, threads > 0 ? new SearchThreads(path, threads) : null);
}

/** What one upsert call writes besides its articles: the input mark and the job it completes. */
interface UpsertExtras {
  mark?: InputMark;
  job?: JobDone;
}

/** A page of `upsertPages` with its articles prepared. */
interface PreparedPage extends UpsertExtras {
  articles: PreparedArticle[];
}

class SqliteStore extends SqlJobQueue implements Store {
  readonly kind = "sqlite" as const;
  readonly capabilities: StoreCapabilities;
  /** One page's articles, mark and job, run as a savepoint inside writePages. */
  private readonly writePage: (articles: PreparedArticle[], storedAt: string, extras: UpsertExtras, deferred: Deferred) => UpsertResult[];
  private readonly writeArticles: ((articles: PreparedArticle[], storedAt: string, extras: UpsertExtras) => UpsertResult[]) & {
    immediate: (articles: PreparedArticle[], storedAt: string, extras: UpsertExtras) => UpsertResult[];
  };
  private readonly writePages: ((pages: PreparedPage[], storedAt: string) => PageWriteOutcome[]) & {
    immediate: (pages: PreparedPage[], storedAt: string) => PageWriteOutcome[];
  };
  /** writePages without the savepoints: every page stored, or the call throws and nothing is. */
  private readonly writePagesAtOnce: ((pages: PreparedPage[], storedAt: string) => PageWriteOutcome[]) & {
    immediate: (pages: PreparedPage[], storedAt: string) => PageWriteOutcome[];
  };
  protected readonly claimRowLock = "";
  private readonly stmt;
  private readonly searchCache: SearchCache;
  private readonly statements: StatementCache;
  private readonly reads: SqliteSearch;
  /** form_pending's rows as this connection last knew them (another process's folds only make it fold early). */
  private pendingRows: number;

  constructor(
    private readonly db: SqliteDatabase,
    readonly location: string,
    private readonly clock: () => number,
    searchCacheEntries: number,
    private readonly threads: SearchThreads | null,
  ) {
    super();
    this.capabilities = { ...SQLITE_CAPABILITIES, searchConcurrency: threads?.size ?? 1 };
    this.searchCache = new SearchCache(searchCacheEntries);
    this.statements = new StatementCache(db);
    this.reads = new SqliteSearch(this.statements, clock);
    this.stmt = {
      find: db.prepare("SELECT row, content_hash, version FROM articles WHERE key = ?"),
      insertArticle: db.prepare(`INSERT INTO articles (id, key, input, content_hash, version, title, published_at, day, updated_at, language,
        source_name, source_domain, source_key, author, url, first_stored_at, last_stored_at)
        VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updateArticle: db.prepare(`UPDATE articles SET input = ?, content_hash = ?, version = ?, title = ?, published_at = ?, day = ?,
        updated_at = ?, language = ?, source_name = ?, source_domain = ?, source_key = ?, author = ?, url = ?, last_stored_at = ? WHERE row = ?`),
      insertVersion: db.prepare("INSERT INTO article_versions (article_row, version, content_hash, stored_at, input, title, record) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      deleteFts: db.prepare("DELETE FROM article_fts WHERE rowid = ?"),
      insertFts: db.prepare("INSERT INTO article_fts (rowid, title_s, title_n, body_s, body_n, meta) VALUES (?, ?, ?, ?, ?, ?)"),
      deleteChildren: ["article_tags", "article_entities", "entity_spellings", "article_embeds", "article_quotes", "article_facts", "article_dates"].map((t) =>
        db.prepare(`DELETE FROM ${t} WHERE article_row = ?`),
      ),
      insertTag: db.prepare("INSERT INTO article_tags (article_row, ord, text, norm, origin, scope) VALUES (?, ?, ?, ?, ?, ?)"),
      insertEntity: db.prepare("INSERT INTO article_entities (article_row, ord, entity_key, type, name, mentions, aliases, repeats_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      pairId: db.prepare("SELECT id FROM entity_key_spellings WHERE entity_key = ? AND spelling = ?"),
      addPair: db.prepare("INSERT INTO entity_key_spellings (entity_key, spelling) VALUES (?, ?)"),
      insertSpelling: db.prepare("INSERT OR IGNORE INTO entity_spellings (article_row, pair_id) VALUES (?, ?)"),
      insertEmbed: db.prepare("INSERT INTO article_embeds (article_row, ord, platform, author, handle, posted_at, language, text, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insertQuote: db.prepare("INSERT INTO article_quotes (article_row, ord, speaker, text, channel) VALUES (?, ?, ?, ?, ?)"),
      insertFact: db.prepare("INSERT INTO article_facts (article_row, ord, kind, value, value_max, qualifier, grp, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      insertDate: db.prepare("INSERT INTO article_dates (article_row, ord, text, value, start, kind) VALUES (?, ?, ?, ?, ?, ?)"),
      mark: db.prepare("INSERT INTO inputs (input, page_hash, stored_at) VALUES (?, ?, ?) ON CONFLICT (input) DO UPDATE SET page_hash = excluded.page_hash, stored_at = excluded.stored_at"),
      clearFailure: db.prepare("DELETE FROM failures WHERE input = ?"),
      enqueueConnect: db.prepare(ENQUEUE_CONNECT),
      hasInput: db.prepare("SELECT 1 AS ok FROM inputs WHERE input = ? AND page_hash = ?"),
      pendForms: db.prepare("INSERT INTO form_pending (form, df) SELECT value, ? FROM json_each(?)"),
      foldForms: db.prepare("INSERT INTO form_stats (form, df) SELECT form, sum(df) FROM form_pending WHERE true GROUP BY form ON CONFLICT (form) DO UPDATE SET df = df + excluded.df"),
      clearPending: db.prepare("DELETE FROM form_pending"),
      pendingRows: db.prepare("SELECT count(*) AS n FROM form_pending"),
      anyPending: db.prepare("SELECT 1 AS ok FROM form_pending LIMIT 1"),
      currentRecord: db.prepare("SELECT input, record FROM article_versions WHERE article_row = ? AND version = ?"),
      noteChange: db.prepare(NOTE_CHANGE),
      generation: db.prepare("SELECT coalesce(sum(n), 0) AS n FROM store_changes"),
    };
    this.pendingRows = (this.stmt.pendingRows.get() as { n: number }).n;
    this.writePage = db.transaction((articles: PreparedArticle[], storedAt: string, extras: UpsertExtras, deferred: Deferred) => this.writeBatch(articles, storedAt, extras, deferred));
    this.writeArticles = db.transaction((articles: PreparedArticle[], storedAt: string, extras: UpsertExtras) => {
      const deferred = newDeferred();
      const results = this.writeBatch(articles, storedAt, extras, deferred);
      this.writeDeferred(deferred);
      return results;
    });
    // writePage called inside a transaction runs as a savepoint: a page that throws is undone alone
    // (its form changes and FTS5 rows are kept apart until it is through)
    this.writePages = db.transaction((pages: PreparedPage[], storedAt: string) => {
      const deferred = newDeferred();
      const outcomes = pages.map((page): PageWriteOutcome => {
        const pageDeferred = newDeferred();
        try {
          const results = this.writePage(page.articles, storedAt, page, pageDeferred);
          deferred.forms.addAll(pageDeferred.forms);
          deferred.fts.addAll(pageDeferred.fts);
          return { results };
        } catch (error) {
          // an error that ended the whole transaction (disk full, I/O) fails every page of the call
          if (!this.db.inTransaction) throw error;
          return { error: asError(error) };
        }
      });
      this.writeDeferred(deferred);
      return outcomes;
    });
    this.writePagesAtOnce = db.transaction((pages: PreparedPage[], storedAt: string) => {
      const deferred = newDeferred();
      const outcomes = pages.map((page): PageWriteOutcome => ({ results: this.writeBatch(page.articles, storedAt, page, deferred) }));
      this.writeDeferred(deferred);
      return outcomes;
    });
  }

  /** A group of pages: at once, and again a savepoint a page when one fails (a busy store is left to retryWhileBusy). */
  private writeGroup(pages: PreparedPage[], storedAt: string): PageWriteOutcome[] {
    try {
      return this.writePagesAtOnce.immediate(pages, storedAt);
    } catch (error) {
      if (isBusyError(error)) throw error;
      return this.writePages.immediate(pages, storedAt);
    }
  }

  private statement(sql: string): SqliteStatement {
    return this.statements.get(sql);
  }

  /** Articles with their mark and job; their form_stats changes and FTS5 rows go to `deferred`, which the caller writes (writeDeferred). */
  private writeBatch(articles: PreparedArticle[], storedAt: string, { mark, job }: UpsertExtras, deferred: Deferred): UpsertResult[] {
    const results = articles.map((p) => this.writeOne(p, storedAt, deferred));
    if (results.some((r) => r.status !== "unchanged")) this.stmt.noteChange.run();
    if (mark) {
      this.stmt.mark.run(mark.input, mark.pageHash, storedAt);
      this.stmt.clearFailure.run(mark.input);
    }
    if (job) {
      const complete = completeJobStatement(job);
      this.statement(complete.sql).run(...complete.params);
    }
    return results;
  }

  /** The end of a write transaction: its FTS5 rows, then its form_stats changes (folded once enough are pending). */
  private writeDeferred({ forms, fts }: Deferred): void {
    fts.write(this.stmt.deleteFts, this.stmt.insertFts);
    for (const [delta, json] of forms.byChange()) this.pendingRows += this.stmt.pendForms.run(delta, json).changes;
    if (this.pendingRows >= FOLD_ROWS) this.foldForms();
  }

  /**
   * Sums form_pending into form_stats, inside a write transaction. Every pending form gets its row,
   * a zero sum included: as when each commit upserted its nonzero changes into form_stats.
   */
  private foldForms(): void {
    this.stmt.foldForms.run();
    this.stmt.clearPending.run();
    this.pendingRows = 0;
  }

  private writeOne(p: PreparedArticle, storedAt: string, { forms, fts }: Deferred): UpsertResult {
    const a = p.article;
    const existing = this.stmt.find.get(p.key) as { row: number; content_hash: string; version: number } | undefined;
    if (existing && existing.content_hash === p.contentHash) return { id: p.id, key: p.key, status: "unchanged", version: existing.version, contentHash: p.contentHash };
    const common = [a.title, a.publishedAt, p.day, a.updatedAt, a.language, a.source.name, a.source.domain, p.sourceKey, a.author, a.url] as const;
    let row: number;
    let version: number;
    if (existing) {
      row = existing.row;
      version = existing.version + 1;
      this.stmt.updateArticle.run(p.input, p.contentHash, version, ...common, storedAt, row);
      for (const d of this.stmt.deleteChildren) d.run(row);
      this.subtractForms(row, existing.version, forms);
    } else {
      version = 1;
      row = Number(this.stmt.insertArticle.run(p.id, p.key, p.input, p.contentHash, ...common, storedAt, storedAt).lastInsertRowid);
    }
    this.stmt.insertVersion.run(row, version, p.contentHash, storedAt, p.input, a.title, p.record);
    fts.add(row, existing !== undefined, p.index);
    forms.add(indexForms(p.index), 1);
    a.tags.forEach((t, i) => this.stmt.insertTag.run(row, i, t.text, p.tagNorms[i], t.origin, t.scope));
    const keys = p.entityKeys;
    const repeats = repeatsName(keys);
    a.entities.forEach((e, i) => this.stmt.insertEntity.run(row, i, keys[i], e.type, e.name, JSON.stringify(e.mentions), JSON.stringify(e.aliases), repeats[i]));
    for (const s of p.spellings) this.stmt.insertSpelling.run(row, this.pairId(s.entityKey, s.spelling));
    a.embeds.forEach((e, i) => this.stmt.insertEmbed.run(row, i, e.platform, e.author, e.handle, e.postedAt, e.language, e.text, JSON.stringify(e.links)));
    a.quotes.forEach((q, i) => this.stmt.insertQuote.run(row, i, q.speaker, q.text, q.channel));
    a.facts.forEach((f, i) => this.stmt.insertFact.run(row, i, f.kind, f.value, f.valueMax, f.qualifier, f.group, f.text));
    a.dates.forEach((d, i) => this.stmt.insertDate.run(row, i, d.text, d.value, d.start, d.kind));
    this.stmt.enqueueConnect.run(row, publicationMs(a.publishedAt), p.id);
    return { id: p.id, key: p.key, status: existing ? "updated" : "created", version, contentHash: p.contentHash };
  }

  /** The id of an entity key's spelling in entity_key_spellings, added when new. */
  private pairId(entityKey: string, spelling: string): number {
    const found = this.stmt.pairId.get(entityKey, spelling) as { id: number } | undefined;
    return found?.id ?? Number(this.stmt.addPair.run(entityKey, spelling).lastInsertRowid);
  }

  /** Takes a replaced version's forms out of form_stats (its index is rebuilt from its record, as it was built). */
  private subtractForms(row: number, version: number, forms: FormDeltas): void {
    const old = this.stmt.currentRecord.get(row, version) as { input: string; record: string } | undefined;
    if (!old) return;
    const index = prepareArticle({ input: old.input, index: 0, article: JSON.parse(old.record) as Article }).index;
    forms.add(indexForms(index), -1);
  }

  async upsertArticles(articles: ArticleInput[], options: { storedAt: string; mark?: InputMark; job?: JobDone }): Promise<UpsertResult[]> {
    const prepared = articles.map((a) => a.prepared ?? prepareArticle(a));
    const results = await retryWhileBusy(() => this.writeArticles.immediate(prepared, options.storedAt, { mark: options.mark, job: options.job }));
    this.noteWritten(prepared);
    return results;
  }

  async upsertPages(pages: PageWrite[], options: { storedAt: string }): Promise<PageWriteOutcome[]> {
    const prepared = pages.map((page) => ({ ...page, articles: page.articles.map((a) => a.prepared ?? prepareArticle(a)) }));
    const outcomes = await retryWhileBusy(() => this.writeGroup(prepared, options.storedAt));
    this.noteWritten(prepared.flatMap((page, i) => (outcomes[i]!.results ? page.articles : [])));
    return outcomes;
  }

  /** Tells the outlet cache which sources the stored articles came from. */
  private noteWritten(articles: PreparedArticle[]): void {
    this.reads.outlets.noteWritten(articles.map((p) => ({ key: p.sourceKey, name: p.article.source.name })));
  }

  protected outletIndex() {
    return this.reads.outlets.get();
  }

  async isInputStored(input: string): Promise<boolean> {
    return this.statement("SELECT 1 AS ok FROM inputs WHERE input = ?").get(input) !== undefined;
  }

  async hasInput(mark: InputMark): Promise<boolean> {
    return this.stmt.hasInput.get(mark.input, mark.pageHash) !== undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.statement("SELECT * FROM articles WHERE id = ?").get(id) as ArticleRow | undefined;
    if (!row) return null;
    const versions = this.statement("SELECT version, content_hash, stored_at, title, record FROM article_versions WHERE article_row = ? ORDER BY version").all(row.row) as {
      version: number; content_hash: string; stored_at: string; title: string; record: string;
    }[];
    const current = versions.find((v) => v.version === row.version)!;
    const article = JSON.parse(current.record) as Article;
    const summaries: ArticleVersionSummary[] = versions.map((v) => ({ version: v.version, contentHash: v.content_hash, storedAt: v.stored_at, title: v.title }));
    return { ...article, id: row.id, key: row.key, input: row.input, contentHash: row.content_hash, version: row.version, versions: summaries, firstStoredAt: row.first_stored_at, lastStoredAt: row.last_stored_at };
  }

  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    const found: StoredArticle[] = [];
    for (const id of ids) {
      const article = await this.getArticle(id);
      if (article) found.push(article);
    }
    return found;
  }

  async getArticleVersion(id: string, version: number): Promise<Article | null> {
    const r = this.statement("SELECT v.record FROM article_versions v JOIN articles a ON a.row = v.article_row WHERE a.id = ? AND v.version = ?").get(id, version) as { record: string } | undefined;
    return r ? (JSON.parse(r.record) as Article) : null;
  }

  async listArticles(query: ArticleListQuery): Promise<ArticleList> {
    const { limit, offset } = listOptions(query.limit, query.offset);
    const f = this.reads.filters({ ...query, sources: expandSources(query.sources, await this.reads.outlets.get()) });
    const total = (this.statement(`SELECT count(*) AS n FROM articles a WHERE ${f.sql}`).get(...f.params) as { n: number }).n;
    const rows = this.statement(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${f.sql} ORDER BY a.published_at DESC NULLS LAST, a.row DESC LIMIT ? OFFSET ?`).all(...f.params, limit, offset) as ArticleRow[];
    const outlets = await this.reads.outlets.get();
    return { total, items: rows.map((r) => outlets.decorate(summaryFromRow(r))) };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const generation = Number((this.stmt.generation.get() as { n: number }).n);
    return this.searchCache.get(generation, query, async () => (this.threads ? this.threads.search(query, await this.reads.outlets.get()) : this.reads.search(query)));
  }

  async listSources(): Promise<SourceSummary[]> {
    return [...(await this.reads.outlets.get()).outlets];
  }

  async listEntities(options: { name?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    let keys: string[] | null = null;
    if (options.name !== undefined) {
      keys = [...new Set(this.reads.spellingsOfName(options.name).flatMap((s) => this.reads.spellingKeys(s)))];
      if (keys.length === 0) return [];
    }
    return readEntitySummaries(this.reader, keys, options.limit ?? 50, "entity_key_spellings");
  }

  async recordFailure(failure: Omit<IngestFailure, "attempts">): Promise<void> {
    await retryWhileBusy(() => this.statement(`INSERT INTO failures (input, stage, code, reason, failed_at, attempts) VALUES (?, ?, ?, ?, ?, 1)
      ON CONFLICT (input) DO UPDATE SET stage = excluded.stage, code = excluded.code, reason = excluded.reason, failed_at = excluded.failed_at, attempts = failures.attempts + 1`)
      .run(failure.input, failure.stage, failure.code, failure.reason, failure.failedAt));
  }

  async clearFailure(input: string): Promise<void> {
    await retryWhileBusy(() => this.stmt.clearFailure.run(input));
  }

  async listFailures(options: { limit?: number } = {}): Promise<IngestFailure[]> {
    return this.statement("SELECT input, stage, code, reason, failed_at AS failedAt, attempts FROM failures ORDER BY failed_at DESC, input LIMIT ?").all(options.limit ?? 1000) as IngestFailure[];
  }

  protected readonly reader: SqlReader = {
    all: async <R>(sql: string, params: unknown[] = []) => this.statement(sql).all(...params) as R[],
  };

  protected runJobStatements(statements: JobStatement[]): Promise<JobStatementResult[]> {
    return retryWhileBusy(() =>
      this.db.transaction(() =>
        statements.map((st): JobStatementResult => {
          const prepared = this.statement(st.sql);
          let result: JobStatementResult;
          if (st.returnsRows) {
            const rows = prepared.all(...st.params) as Record<string, unknown>[];
            result = { changes: rows.length, rows };
          } else {
            result = { changes: prepared.run(...st.params).changes, rows: [] };
          }
          if (st.expectOneChange && result.changes !== 1) throw new Error(`store/sqlite: connect step refused: ${st.expectOneChange}`);
          return result;
        }),
      ).immediate(),
    );
  }

  /**
   * The first `limit` of the queue in publication order (connect-sql.ts pendingInPublicationOrder's
   * order), read from the queue's index (migration 18): a batch reads its own entries, not the whole queue.
   */
  pendingConnections(limit: number): Promise<StoredArticle[]> {
    const ids = (this.statement(PENDING_IN_ORDER).all(limit) as { id: string }[]).map((r) => r.id);
    return this.getArticles(ids);
  }

  async saveConnections(batch: ConnectBatch): Promise<void> {
    await this.runStatements([...connectStatements(batch), { sql: NOTE_CHANGE, params: [] }]);
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => (this.statement(sql).get() as { n: number }).n;
    let bytes = 0;
    if (this.location !== ":memory:") {
      for (const suffix of ["", "-wal"]) bytes += statSync(this.location + suffix, { throwIfNoEntry: false })?.size ?? 0;
    } else {
      bytes = (this.db.pragma("page_count", { simple: true }) as number) * (this.db.pragma("page_size", { simple: true }) as number);
    }
    return {
      articles: one("SELECT count(*) AS n FROM articles"),
      versions: one("SELECT count(*) AS n FROM article_versions"),
      failures: one("SELECT count(*) AS n FROM failures"),
      sources: one("SELECT count(DISTINCT source_key) AS n FROM articles"),
      bytes,
    };
  }

  /** Folds form_pending into form_stats (an ingest's end, a watch round's: prefix reads go back to one table). */
  async refreshStatistics(): Promise<string[]> {
    await this.foldPending();
    return [];
  }

  /** The write lock only when there is something to fold: a store opened to read never waits for it. */
  private async foldPending(): Promise<void> {
    if (this.stmt.anyPending.get() === undefined) return;
    await retryWhileBusy(() =>
      this.db.transaction(() => {
        if (this.stmt.anyPending.get() !== undefined) this.foldForms();
      }).immediate(),
    );
  }

  async ping(): Promise<void> {
    this.statement("SELECT 1").get();
  }

  async warmSearch(): Promise<void> {}

  async close(): Promise<void> {
    await this.threads?.close();
    await this.foldPending();
    this.db.close();
  }
}

