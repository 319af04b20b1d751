/**
 * `npm run bench -- search-explain --db <store.sqlite> [--runs 3] <query> [<query>…]`: where one
 * SQLite search spends its time — every statement the search runs, in order, with its CPU and wall
 * ms (the repeat of least CPU of `--runs` repeats of the whole search, cache off), the rows it
 * returned and SQLite's `EXPLAIN QUERY PLAN` (of those that took 1 ms or more). For profiling the slow queries `search-cost --slowest K` names.
 */
import { openStore } from "../src/store/store.js";
import type { SqliteDatabase, SqliteStatement } from "../src/store/sqlite/sqlite-driver.js";
import { arg } from "./lib/args.js";

interface Step {
  sql: string;
  ms: number;
  cpuMs: number;
  rows: number;
}

/** Wraps `db.prepare` (its own, `prepare`) so that each statement's runs are recorded in `steps`. */
function recordSteps(db: SqliteDatabase, prepare: SqliteDatabase["prepare"], steps: Step[]): void {
  db.prepare = (sql: string): SqliteStatement => {
    const s = prepare(sql);
    const timed = <R>(run: () => R, count: (r: R) => number): R => {
      const t = performance.now();
      const c = process.cpuUsage();
      const r = run();
      const used = process.cpuUsage(c);
      steps.push({ sql, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, rows: count(r) });
      return r;
    };
    return {
      run: (...p) => timed(() => s.run(...p), () => 0),
      get: (...p) => timed(() => s.get(...p), (r) => (r === undefined ? 0 : 1)),
      all: (...p) => timed(() => s.all(...p), (r) => r.length),
    };
  };
}

export async function run(args: string[]): Promise<void> {
  const db = arg(args, "--db", "");
  const runs = Number(arg(args, "--runs", "3"));
  const queries = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (!db || queries.length === 0) throw new Error("bench search-explain: --db <store.sqlite> and at least one query");
  const store = await openStore(db, { searchCacheEntries: 0 });
  const raw = (store as unknown as { db: SqliteDatabase }).db;
  const prepare = raw.prepare.bind(raw);
  try {
    for (const q of queries) {
      let best: { ms: number; cpuMs: number; steps: Step[]; total: number } | null = null;
      for (let i = 0; i < runs; i++) {
        const steps: Step[] = [];
        // a fresh statement cache each run, so every statement goes through the recording prepare
        (store as unknown as { statements: { statements: Map<string, unknown> } }).statements.statements.clear();
        recordSteps(raw, prepare, steps);
        const t = performance.now();
        const c = process.cpuUsage();
        const r = await store.search({ q });
        const ms = performance.now() - t;
        const used = process.cpuUsage(c);
        const cpuMs = (used.user + used.system) / 1000;
        if (!best || cpuMs < best.cpuMs) best = { ms, cpuMs, steps, total: r.total };
      }
      console.log(`\n## ${JSON.stringify(q)}: ${best!.cpuMs.toFixed(1)} CPU ms, ${best!.ms.toFixed(1)} ms wall (the run of least CPU of ${runs}), total ${best!.total}; statements ${best!.steps.reduce((s, x) => s + x.cpuMs, 0).toFixed(1)} CPU ms`);
      for (const step of best!.steps) {
        console.log(`- ${step.cpuMs.toFixed(1)} CPU ms, ${step.ms.toFixed(1)} wall, ${step.rows} rows: ${step.sql.replace(/\s+/g, " ").slice(0, 400)}`);
        if (step.cpuMs >= 1 && /^\s*SELECT/i.test(step.sql)) {
          const plan = prepare(`EXPLAIN QUERY PLAN ${step.sql}`);
          try {
            const params = (step.sql.match(/\?/g) ?? []).map(() => null);
            for (const row of plan.all(...params) as { detail: string }[]) console.log(`    plan: ${row.detail}`);
          } catch (e) {
            console.log(`    plan: (not shown: ${(e as Error).message})`);
          }
        }
      }
    }
  } finally {
    await store.close();
  }
}
