/**
 * `npm run bench -- serve-load [--articles N] [--seconds S] [--connections C] [--backends sqlite,postgres] [--db path] [--pg-schema name] [--search-cache N]`:
 * the server under load (autocannon, loopback only, bounded by S seconds per run): C connections
 * (default 50) on `/api/search` (rotating user-style queries), `/search` (the page), an article
 * page, the pathological prefix queries (`ال*` with every facet, as reported in issue 16, and a
 * two-letter prefix), and all of them mixed; each backend over N articles (default 100,000).
 * Peer in the same run: `/api/health` (the server's floor). Targets: no 5xx, p99 ≤ 1 s.
 * - Corpus: bench/lib/news-stream.ts (fixed seed), stored with the store's own upserts; `--db`
 *   keeps a SQLite store for the next run (used as it is when it exists), `--pg-schema` a PostgreSQL
 *   schema (kept after the run, filled only up to N; without it a throwaway schema is dropped).
 * - The server runs in a child process (bench/lib/serve-child.ts); the load generator here.
 *   `--search-cache N` sets the store's kept search results (store/search-cache.ts; 0: none, every
 *   search computed). Every connection walks the same list of requests, so with the cache most
 *   answers after the first of each query are kept ones: 0 measures what the searches cost.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { openStore, type Store } from "../src/store/store.js";
import { baseArticles, benchQueries } from "./lib/grow-corpus.js";
import { loadBase, newsStream } from "./lib/news-stream.js";
import { dropBenchSchema, PG_URL } from "./lib/postgres.js";

const BATCH = 500;
const P99_TARGET_MS = 1000;

/** The subset of autocannon (8.x, pinned) this benchmark uses. */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  "2xx": number;
  non2xx: number;
  "4xx": number;
  "5xx": number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { path: string }[];
}) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);

function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function fill(store: Store, n: number): Promise<void> {
  const have = (await store.stats()).articles;
  // as an ingest ends: the planner's statistics brought up to date (a kept store filled before included)
  if (have >= n) {
    await store.refreshStatistics();
    return;
  }
  const base = await loadBase();
  const t = performance.now();
  let stored = 0;
  for (const batch of newsStream(base, n, BATCH)) {
    await store.upsertArticles(batch, { storedAt: "2026-11-25T00:00:00Z" });
    stored += batch.length;
    if ((stored / BATCH) % 20 === 0) process.stderr.write(`\rbench serve-load: stored ${stored}/${n}`);
  }
  process.stderr.write("\n");
  await store.refreshStatistics();
  console.log(`${store.kind}: stored ${n} articles in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

async function startChild(location: string, schema: string | null, searchCache: string): Promise<{ child: ChildProcess; port: number }> {
  const script = new URL("./lib/serve-child.ts", import.meta.url).pathname;
  const env = searchCache ? { ...process.env, MARSAD_BENCH_SEARCH_CACHE: searchCache } : process.env;
  const child = spawn(process.execPath, ["--import", "tsx", script, location, ...(schema ? [schema] : [])], { stdio: ["ignore", "pipe", "inherit"], env });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const m = /^listening (\d+)$/.exec(line);
    if (m) return { child, port: Number(m[1]) };
  }
  throw new Error("bench serve-load: the server did not start");
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const enc = encodeURIComponent;

export async function run(args: string[]): Promise<void> {
  const articles = Number(arg(args, "--articles", "100000"));
  const seconds = Number(arg(args, "--seconds", "10"));
  const connections = Number(arg(args, "--connections", "50"));
  const backends = arg(args, "--backends", "sqlite,postgres").split(",");
  const keep = arg(args, "--db", "");
  const keptSchema = arg(args, "--pg-schema", "");
  const searchCache = arg(args, "--search-cache", "");
  const autocannon = require("autocannon") as Autocannon;
  const queries = benchQueries(baseArticles(), 200);
  const dir = mkdtempSync(join(tmpdir(), "marsad-serve-load-"));
  const failures: string[] = [];
  console.log(`| backend | load | req/s | p50 ms | p99 ms | max ms | 2xx | 4xx | 5xx | errors+timeouts |\n|---|---|---|---|---|---|---|---|---|---|`);
  try {
    for (const backend of backends) {
      const schema = keptSchema || `marsad_load_${randomBytes(3).toString("hex")}`;
      const location = backend === "sqlite" ? keep || join(dir, "load.sqlite") : `${PG_URL}`;
      const store = backend === "sqlite" ? await openStore(location) : await openStore(PG_URL, { schema });
      let child: ChildProcess | null = null;
      try {
        if (backend === "sqlite" && keep && existsSync(keep)) console.log(`sqlite: using ${keep}`);
        await fill(store, articles);
        const article = (await store.listArticles({ limit: 1, offset: 1000 })).items[0]!;
        await store.close();
        const started = await startChild(location, backend === "sqlite" ? null : schema, searchCache);
        child = started.child;
        const url = `http://127.0.0.1:${started.port}`;
        const loads: Record<string, { path: string }[]> = {
          "peer: /api/health": [{ path: "/api/health" }],
          "/api/search": queries.map((q) => ({ path: `/api/search?q=${enc(q)}&facets=source,day` })),
          "/search page": queries.map((q) => ({ path: `/search?q=${enc(q)}` })),
          "article page": [{ path: `/articles/${article.id}` }],
          "ال* with every facet": [{ path: `/api/search?q=${enc("ال*")}&facets=source,day,entity` }],
          "two-letter prefix مس*": [{ path: `/api/search?q=${enc("مس*")}&facets=source,day,entity` }],
        };
        loads.mixed = [...loads["/api/search"]!.slice(0, 20), ...loads["/search page"]!.slice(0, 20), ...loads["article page"]!, ...loads["ال* with every facet"]!, ...loads["two-letter prefix مس*"]!];
        for (const [name, requests] of Object.entries(loads)) {
          const r = await autocannon({ url, connections, duration: seconds, timeout: 10, requests });
          console.log(`| ${backend} | ${name} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r["2xx"]} | ${r["4xx"]} | ${r["5xx"]} | ${r.errors + r.timeouts} |`);
          if (r["2xx"] === 0) failures.push(`${backend} ${name}: no answer within the run (p99 of nothing)`);
          if (r["5xx"] > 0) failures.push(`${backend} ${name}: ${r["5xx"]} answers 5xx`);
          if (r.latency.p99 > P99_TARGET_MS) failures.push(`${backend} ${name}: p99 ${r.latency.p99} ms > ${P99_TARGET_MS} ms`);
          if (r.errors + r.timeouts > 0) failures.push(`${backend} ${name}: ${r.errors} errors, ${r.timeouts} timeouts`);
        }
      } finally {
        if (child) await stopChild(child);
        if (backend === "postgres" && !keptSchema) {
          await dropBenchSchema(schema);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const f of failures) console.log(`TARGET MISSED: ${f}`);
  if (failures.length === 0) console.log("targets met: no 5xx, p99 ≤ 1 s");
}
