/** The PostgreSQL the benchmarks measure on, and the cleanup of their throwaway schemas. */
import { randomBytes } from "node:crypto";
import { createPgPool } from "../../src/store/postgres/pg-driver.js";

export const PG_URL = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A fresh schema name for a benchmark's store: `<prefix>_<kind>_<random>`, the prefix from
 * MARSAD_BENCH_SCHEMA_PREFIX (default `marsad_bench`), so runs sharing one server can tell their schemas apart.
 */
export function benchSchemaName(kind: string): string {
  const prefix = process.env.MARSAD_BENCH_SCHEMA_PREFIX ?? "marsad_bench";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`bench: MARSAD_BENCH_SCHEMA_PREFIX "${prefix}" must be lower-case letters, digits and _`);
  return `${prefix}_${kind}_${randomBytes(3).toString("hex")}`;
}

/** Drops a benchmark's schema and everything in it (a bench run leaves no table behind). */
export async function dropBenchSchema(schema: string): Promise<void> {
  const pool = createPgPool({ connectionString: PG_URL, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await pool.end();
  }
}
