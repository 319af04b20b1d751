/** The PostgreSQL the benchmarks measure on, and the cleanup of their throwaway schemas. */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
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

/** What the database sessions of a benchmark did: their server CPU and what their active moments waited on. */
export interface ServerSample {
  cpuSeconds: number;
  /** Samples of an active session by wait (`CPU` when it waited on nothing), over all samples. */
  waits: Map<string, number>;
  samples: number;
}

/** Clock ticks a second of /proc/<pid>/stat (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * Samples, every SAMPLE_MS until `stop`, the sessions whose application_name starts with `appPrefix`
 * (pg_stat_activity): their wait events, and the CPU of their server processes (/proc, when the
 * server runs on this machine; the last value seen of each).
 */
export function sampleServer(appPrefix: string): { stop: () => Promise<ServerSample> } {
  const SAMPLE_MS = 100;
  const pool = createPgPool({ connectionString: PG_URL, max: 1 });
  const cpuTicks = new Map<number, number>();
  const result: ServerSample = { cpuSeconds: 0, waits: new Map(), samples: 0 };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const rows = (await pool.query<{ pid: number; state: string | null; wait_event_type: string | null; wait_event: string | null }>(
          // not the sampler's own session (it inherits the application name from PGAPPNAME)
          "SELECT pid, state, wait_event_type, wait_event FROM pg_stat_activity WHERE application_name LIKE $1 AND pid <> pg_backend_pid()", [`${appPrefix}%`])).rows;
        result.samples++;
        for (const r of rows) {
          try {
            const fields = readFileSync(`/proc/${r.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
            cpuTicks.set(r.pid, Number(fields[11]) + Number(fields[12]));
          } catch {
            // the session ended, or the server runs elsewhere
          }
          if (r.state !== "active") continue;
          const wait = r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : "CPU";
          result.waits.set(wait, (result.waits.get(wait) ?? 0) + 1);
        }
      } catch {
        // a failed sample is skipped
      }
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      await pool.end();
      result.cpuSeconds = [...cpuTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
      return result;
    },
  };
}
