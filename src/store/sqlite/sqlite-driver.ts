/**
 * The subset of better-sqlite3 (12.x, pinned) this adapter uses, declared here so nothing else of
 * the library leaks in. better-sqlite3 is synchronous: one connection, transactions are plain
 * function calls, and WAL lets readers in other processes see committed data.
 */
import { createRequire } from "node:module";

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
  /** The returned function runs `fn` in BEGIN … COMMIT; its `.immediate` variant takes the write lock at BEGIN. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate: (...args: A) => R };
  close(): void;
}

type SqliteConstructor = new (path: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => SqliteDatabase;

const require = createRequire(import.meta.url);

export function openSqliteDatabase(path: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const Database = require("better-sqlite3") as SqliteConstructor;
  // A second writer (another ingest) waits this long for the lock instead of failing at once.
  return new Database(path, { readonly: options.readonly ?? false, timeout: 10_000 });
}
