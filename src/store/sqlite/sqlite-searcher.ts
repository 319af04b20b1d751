/**
 * A SQLite store opened for searching only (`marsad search`: one search, then the process ends).
 * Rules:
 * - The same connection settings and the same search as the full store (sqlite-store.ts
 *   `openSqliteStore` then `search`): sqlite-driver.ts `openStoreConnection`, the deadline
 *   function, and search-engine.ts's algorithm over sqlite-search.ts's SQL, so every result is the
 *   store's own.
 * - Only when the file's schema is current (every migration recorded, its entity rows under the
 *   current entity keys); otherwise null, and the caller opens the full store, which migrates it. No write, no write lock: the full store's open
 *   takes the write lock once a migration to check it, waiting behind an ingest's transactions.
 * - Without the store's write side: its ~30 write statements, its migrations' SQL, the document
 *   preparation (node:crypto), connect, jobs and feed modules, search threads: a CLI search's
 *   start-up loads and compiles none of them.
 */
import { openStoreConnection, type SqliteDatabase } from "./sqlite-driver.js";
import { registerDeadline, SqliteSearch, StatementCache } from "./sqlite-search.js";
import type { SearchQuery, SearchResult } from "../store.js";
import { ENTITY_KEY_VERSION } from "../entity-sql.js";

/**
 * migrations.ts's migrations: how many, and the last version (a test checks both against
 * SQLITE_MIGRATIONS, so a new migration updates them).
 */
export const SQLITE_SCHEMA = { migrations: 18, lastVersion: 18 } as const;

/** What a one-search command uses of a store. */
export interface StoreSearcher {
  search(query: SearchQuery): Promise<SearchResult>;
  close(): Promise<void>;
}

function schemaIsCurrent(db: SqliteDatabase): boolean {
  const table = db.prepare("SELECT 1 AS ok FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (table === undefined) return false;
  const r = db.prepare("SELECT count(*) AS n, max(version) AS v FROM schema_migrations").get() as { n: number; v: number | null };
  if (r.n !== SQLITE_SCHEMA.migrations || r.v !== SQLITE_SCHEMA.lastVersion) return false;
  return (db.prepare("SELECT version FROM entity_key_version").get() as { version: number }).version >= ENTITY_KEY_VERSION;
}

/** The store at `path` opened for searches, or null when its schema needs a migration (open the full store). */
export async function openSqliteSearcher(path: string): Promise<StoreSearcher | null> {
  const db = await openStoreConnection(path);
  try {
    if (!schemaIsCurrent(db)) {
      db.close();
      return null;
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const clock = Date.now;
  registerDeadline(db, clock);
  const reads = new SqliteSearch(new StatementCache(db), clock);
  return {
    search: (query) => reads.search(query),
    close: async () => db.close(),
  };
}
