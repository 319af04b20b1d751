/** The PostgreSQL the benchmarks measure on, and the cleanup of their throwaway schemas. */
import { createPgPool } from "../../src/store/postgres/pg-driver.js";

export const PG_URL = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Drops a benchmark's schema and everything in it (a bench run leaves no table behind). */
export async function dropBenchSchema(schema: string): Promise<void> {
  const pool = createPgPool({ connectionString: PG_URL, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await pool.end();
  }
}
