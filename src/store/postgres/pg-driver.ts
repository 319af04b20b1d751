/**
 * The subset of `pg` (8.x, pinned) this adapter uses, declared here as Kysely declares its
 * `PostgresPool`: a pool that hands out clients, and plain parameterized queries.
 */
import { createRequire } from "node:module";

export interface PgQueryResult<R> {
  rows: R[];
  rowCount: number | null;
}

/** A statement node-postgres prepares once a connection under `name` (its text must not change under a name). */
export interface PgNamedQuery {
  name: string;
  text: string;
  values: unknown[];
}

export interface PgQueryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<PgQueryResult<R>>;
  query<R = Record<string, unknown>>(named: PgNamedQuery): Promise<PgQueryResult<R>>;
}

export interface PgClient extends PgQueryable {
  release(error?: Error | boolean): void;
}

export interface PgPool extends PgQueryable {
  connect(): Promise<PgClient>;
  end(): Promise<void>;
  on(event: "error", listener: (error: Error) => void): unknown;
}

interface PgPoolConfig {
  connectionString: string;
  max?: number;
  /** Startup options, e.g. `-c search_path=...`. */
  options?: string;
  connectionTimeoutMillis?: number;
  /** How long an idle client stays open (default 10 s); 0 keeps it until the pool ends. */
  idleTimeoutMillis?: number;
}

type PgModule = { Pool: new (config: PgPoolConfig) => PgPool; types: { setTypeParser(oid: number, parse: (value: string) => unknown): void } };

const require = createRequire(import.meta.url);

// int8 (count(*), bigserial) as numbers: marsad's counts stay far below 2^53.
const INT8_OID = 20;

export function createPgPool(config: PgPoolConfig): PgPool {
  const pg = require("pg") as PgModule;
  pg.types.setTypeParser(INT8_OID, (v) => Number(v));
  return new pg.Pool(config);
}

/** Rewrites `?` placeholders to `$1, $2…` (our SQL never has a literal `?`). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Transactions a concurrent writer made fail, run again from the start (deadlock, serialization). */
const RETRIED_SQLSTATES = new Set(["40P01", "40001"]);

/** Whether `error` is one `inTransaction` answers by running the whole transaction again. */
export function isRetriedTransactionError(error: unknown): boolean {
  return RETRIED_SQLSTATES.has((error as { code?: string } | null)?.code ?? "");
}
const MAX_TRANSACTION_TRIES = 5;

/**
 * Runs `fn` in one transaction on one pooled client: COMMIT when it returns, ROLLBACK when it
 * throws. Run again (whole) when another writer made it fail (deadlock, serialization failure),
 * or when no client could be had in time — a long synchronous page in this process can hold the
 * event loop past the pool's connection timeout; nothing was written in either case.
 */
export async function inTransaction<T>(pool: PgPool, fn: (client: PgClient) => Promise<T>): Promise<T> {
  return retried(() => inTransactionOnce(pool, fn));
}

/** Runs `once` again when another writer made it fail or no client could be had in time (see inTransaction). */
export async function retried<T>(once: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once();
    } catch (error) {
      const e = error as { code?: string; isConnectFailure?: boolean };
      if (attempt >= MAX_TRANSACTION_TRIES || !(e.isConnectFailure || RETRIED_SQLSTATES.has(e.code ?? ""))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt * (0.5 + Math.random())));
    }
  }
}

async function inTransactionOnce<T>(pool: PgPool, fn: (client: PgClient) => Promise<T>): Promise<T> {
  let client: PgClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw Object.assign(error as Error, { isConnectFailure: true });
  }
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
