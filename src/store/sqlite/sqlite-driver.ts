/**
 * The subset of better-sqlite3 (12.x, pinned) this adapter uses, declared here so nothing else of
 * the library leaks in. better-sqlite3 is synchronous: one connection, transactions are plain
 * function calls, and WAL lets readers in other processes see committed data.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface SqliteRunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface SqliteStatement {
  run(...params: unknown[]): SqliteRunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(source: string, options?: { simple: boolean }): unknown;
  /** Registers a scalar SQL function written in JavaScript (an exception it throws aborts the statement). */
  function(name: string, options: { deterministic?: boolean; varargs?: boolean }, fn: (...args: unknown[]) => unknown): void;
  /**
   * The returned function runs `fn` in BEGIN … COMMIT; its `.immediate` variant takes the write lock
   * at BEGIN. Called inside another transaction it runs as a SAVEPOINT: if `fn` throws, only its
   * own writes are rolled back and the error goes on to the caller.
   */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate: (...args: A) => R };
  /** Whether a transaction is open (false again after an error that rolled the whole one back). */
  readonly inTransaction: boolean;
  close(): void;
}

type SqliteConstructor = new (path: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number; nativeBinding?: string }) => SqliteDatabase;

const require = createRequire(import.meta.url);

/**
 * The compiled addon better-sqlite3 would load, named to it directly: left to itself it finds the
 * file with the `bindings` package, which reads a stack trace to find its caller's package and tries
 * paths one by one (~5 ms of a CLI command's start-up). Only node-gyp's release build, where
 * `bindings` finds it too (its two earlier candidates absent); otherwise undefined: the default search.
 */
function nativeBinding(): string | undefined {
  const build = join(dirname(require.resolve("better-sqlite3/package.json")), "build");
  const release = join(build, "Release", "better_sqlite3.node");
  const earlier = [join(build, "better_sqlite3.node"), join(build, "Debug", "better_sqlite3.node")];
  return existsSync(release) && !earlier.some((p) => existsSync(p)) ? release : undefined;
}

let binding: { path: string | undefined } | undefined;

export function openSqliteDatabase(path: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const Database = require("better-sqlite3") as SqliteConstructor;
  binding ??= { path: nativeBinding() };
  // A second writer (another ingest) waits this long for the lock instead of failing at once.
  return new Database(path, { readonly: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS, ...(binding.path ? { nativeBinding: binding.path } : {}) });
}

/**
 * A store file opened with the store's connection settings (WAL, synchronous NORMAL, foreign keys),
 * for the full store and the search-only open alike; an error names the file. A process opening the
 * file while another creates or migrates it can outwait the busy timeout (the other's migration,
 * then its first group of pages): the journal-mode switch is retried like a write.
 */
export async function openStoreConnection(path: string): Promise<SqliteDatabase> {
  let db: SqliteDatabase;
  try {
    db = openSqliteDatabase(path);
  } catch (cause) {
    throw new Error(`store/sqlite: cannot open ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    await retryWhileBusy(() => db.pragma("journal_mode = WAL"));
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** One wait for the write lock, inside SQLite (it blocks the thread, so it stays short). */
const BUSY_TIMEOUT_MS = 5_000;
/** Waits for the write lock over all retries: another process's transaction is long, not stuck. */
const BUSY_RETRY_TOTAL_MS = 180_000;
const BUSY_CODES = new Set(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_LOCKED"]);

export function isBusyError(error: unknown): boolean {
  return BUSY_CODES.has((error as { code?: string } | null)?.code ?? "");
}

/**
 * Runs a write (a whole transaction, begun IMMEDIATE so it holds the write lock from its start and
 * never fails half-way on an upgrade) and runs it again while another process holds the lock,
 * with growing pauses between tries that let this process's timers run; gives up after
 * BUSY_RETRY_TOTAL_MS with the last error.
 */
export async function retryWhileBusy<T>(write: () => T): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (error) {
      if (!isBusyError(error) || Date.now() - started > BUSY_RETRY_TOTAL_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1000) * (0.5 + Math.random())));
    }
  }
}
