/**
 * Opening the store for a command, with errors a person understands. Rules:
 * - A store that cannot be opened is one line naming the store (a postgres:// URL with its password
 *   hidden, or the SQLite path) and the cause in words: no server answers, no such database, no such
 *   role, a malformed URL, a folder that does not exist, a file that cannot be written, a file that is
 *   not a SQLite database. The command exits 1; the stack is printed only with `--debug`.
 * - Read commands (`search`, `stories`, `story`, `serve` without `--ingest`) never create a SQLite
 *   file: a path that does not exist is refused, saying how a store is made.
 * - `marsad search` opens a SQLite file for searching only (store/sqlite/sqlite-searcher.ts: the
 *   same search, without loading the store's write side), the full store when the file needs a
 *   migration or the store is PostgreSQL; the same errors either way.
 */
import { existsSync } from "node:fs";
import { isPostgresUrl, openStore, type Store } from "../store/store.js";
import type { StoreSearcher } from "../store/sqlite/sqlite-searcher.js";

/** A store that could not be opened; `message` is the one line to print. */
export class StoreOpenError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot open the store ${shownLocation(location)}: ${reason}`, options);
    this.name = "StoreOpenError";
  }
}

/** The location as printed: a PostgreSQL URL without its password. */
export function shownLocation(location: string): string {
  return isPostgresUrl(location) ? location.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@") : location;
}

interface ErrorLike {
  code?: string;
  message?: string;
  cause?: unknown;
  address?: string;
  port?: number;
  hostname?: string;
}

/** The error and its causes, outermost first. */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  for (let e = error as ErrorLike | undefined; e && typeof e === "object" && out.length < 8; e = e.cause as ErrorLike | undefined) out.push(e);
  return out;
}

const PG_URL_PARTS = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/:?]*)(?::(\d+))?\/?([^?]*)/i;

function postgresReason(location: string, causes: ErrorLike[]): string {
  const [, host = "localhost", port = "5432", database = ""] = PG_URL_PARTS.exec(location) ?? [];
  const codes = new Set(causes.map((c) => c.code).filter(Boolean));
  const message = causes.at(-1)?.message ?? "";
  if (codes.has("ECONNREFUSED")) return `no PostgreSQL server answers at ${host || "localhost"}:${port} (is it running?)`;
  if (codes.has("ENOTFOUND") || codes.has("EAI_AGAIN")) return `the host "${host}" is not known`;
  if (codes.has("ETIMEDOUT") || codes.has("EHOSTUNREACH") || codes.has("ENETUNREACH")) return `the server at ${host}:${port} cannot be reached`;
  if (codes.has("3D000")) return `the database "${decodeURIComponent(database) || "(none)"}" does not exist on ${host}:${port} (create it: createdb ${decodeURIComponent(database)})`;
  if (codes.has("28000") || codes.has("28P01")) return `the server refused the login: ${message}`;
  if (causes.some((c) => /Invalid URL/i.test(c.message ?? "")) || codes.has("ERR_INVALID_URL")) return "it is not a valid postgres:// URL (postgres://user[:password]@host[:port]/database)";
  return message || "unknown error";
}

function sqliteReason(location: string, causes: ErrorLike[]): string {
  const codes = new Set(causes.map((c) => c.code).filter(Boolean));
  const message = causes.at(-1)?.message ?? "";
  if (/directory does not exist/i.test(message)) return "its folder does not exist";
  if (codes.has("SQLITE_NOTADB")) return "the file is not a SQLite database";
  if (codes.has("SQLITE_CANTOPEN") || codes.has("EACCES") || codes.has("EPERM") || codes.has("SQLITE_READONLY") || codes.has("SQLITE_READONLY_DIRECTORY")) return "the file cannot be written here (permission denied or a read-only file system)";
  if (codes.has("SQLITE_CORRUPT")) return "the file is damaged (not a readable SQLite database)";
  return message || "unknown error";
}

/** One line saying why `location` could not be opened. */
export function storeErrorReason(location: string, error: unknown): string {
  const causes = chain(error);
  return isPostgresUrl(location) ? postgresReason(location, causes) : sqliteReason(location, causes);
}

export interface OpenCliStoreOptions {
  /** Refuse a SQLite path that does not exist (read commands); default false. */
  mustExist?: boolean;
  /** SQLite search threads (store.ts `searchThreads`); default 0. */
  searchThreads?: number;
}

function refuseMissingFile(location: string): void {
  if (!isPostgresUrl(location) && location !== ":memory:" && !existsSync(location)) {
    throw new StoreOpenError(location, "no such file (this command only reads a store; `marsad ingest <files> --db <path>` makes one)");
  }
}

/** Opens the store for a command; throws StoreOpenError with a one-line reason. */
export async function openCliStore(location: string, options: OpenCliStoreOptions = {}): Promise<Store> {
  if (options.mustExist) refuseMissingFile(location);
  try {
    return await openStore(location, options.searchThreads ? { searchThreads: options.searchThreads } : {});
  } catch (error) {
    throw new StoreOpenError(location, storeErrorReason(location, error), { cause: error });
  }
}

/** Opens the store for one search (a read command); throws StoreOpenError with a one-line reason. */
export async function openCliSearcher(location: string): Promise<StoreSearcher> {
  refuseMissingFile(location);
  if (!isPostgresUrl(location) && location !== ":memory:") {
    try {
      const { openSqliteSearcher } = await import("../store/sqlite/sqlite-searcher.js");
      const searcher = await openSqliteSearcher(location.trim());
      if (searcher) return searcher;
    } catch (error) {
      throw new StoreOpenError(location, storeErrorReason(location, error), { cause: error });
    }
  }
  return openCliStore(location);
}
