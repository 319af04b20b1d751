/**
 * `npm run bench -- serve-load [--articles N] [--seconds S] [--connections C] [--backends sqlite,postgres] [--db path] [--pg-schema name] [--search-cache N,M…] [--routes k,…] [--servers name=DIR,…]`:
 * the server under load (autocannon, loopback only, bounded by S seconds per run): C connections
 * (default 50) on `/api/search` (user-style queries), `/search` (the page), an article page, the
 * pathological prefix queries (`ال*` with every facet, as reported in issue 16, a two-letter prefix,
 * and two-letter prefixes varied per request), and all of them mixed; each backend over N articles
 * (default 100,000). Peer in the same run: `/api/health` (the server's floor). Targets: no 5xx,
 * p99 ≤ 1 s.
 * - Corpus: bench/lib/news-stream.ts (fixed seed), stored with the store's own upserts; `--db`
 *   keeps a SQLite store for the next run (used as it is when it exists), `--pg-schema` a PostgreSQL
 *   schema (kept after the run, filled only up to N; without it a throwaway schema is dropped).
 * - Queries: every request draws the next query of a seeded stream (bench/lib/query-mix.ts): user
 *   queries by Zipf's law over QUERY_POOL distinct ones, prefixes uniformly; connections interleave,
 *   so no two walk the same list in lockstep, and a result cache answers only what really repeats
 *   (the `repeats` column: the share of the load's queries already asked before in it).
 * - The server runs in a child process (bench/lib/serve-child.ts); the load generator here.
 *   `--search-cache N,M…` runs each backend once per value of the store's kept search results
 *   (store/search-cache.ts; 0: none, every search computed); default: 1000 (the store's default) and 0.
 * - CPU a request, beside the latencies: the server process's (all its threads) and, on PostgreSQL,
 *   the sum of the server's database backends' (found by the application name the server connects
 *   with), both from /proc, over the route's run: on a loaded shared machine p99 moves with the
 *   neighbours, CPU a request much less.
 * - `--routes k,…`: only the routes of these keys (health, api, page, article, al, ms, varied,
 *   mixed). `--servers name=DIR,…`: A/B in the same minutes: the server of each worktree DIR (its
 *   bench/lib/serve-child.ts and src), all started fresh together for each cache size, each route
 *   run on each in turn (the first to run alternates between routes).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { openStore } from "../src/store/store.js";
import { baseArticles, benchQueries } from "./lib/grow-corpus.js";
import { dropBenchSchema, PG_URL } from "./lib/postgres.js";
import { createPgPool } from "../src/store/postgres/pg-driver.js";
import { fillStore } from "./lib/fill-store.js";
import { twoLetterPrefixes, uniformStream, zipfStream, type QueryStream } from "./lib/query-mix.js";
import { arg } from "./lib/args.js";

const P99_TARGET_MS = 1000;
/** Distinct user queries the load draws from (Zipf): most of a 10 s load's draws are then distinct. */
const QUERY_POOL = 20_000;
const QUERY_SEED = 16;

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
  requests: LoadRequest[];
}) => Promise<AutocannonResult>;
/** A fixed request, or one whose path is drawn anew each time it is sent (autocannon's setupRequest). */
type LoadRequest = { path: string } | { setupRequest: (request: { path: string }) => { path: string } };

const require = createRequire(import.meta.url);

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU ms a process has used (utime + stime, all its threads), 0 when it is gone. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** A server under test: its worktree (its serve-child and src) and the application name its database connections carry. */
interface Server {
  name: string;
  dir: string;
  appName: string;
}

/** CPU ms of a server's PostgreSQL backends, by pid (those connected now). */
async function backendCpu(appName: string): Promise<Map<number, number>> {
  const pool = createPgPool({ connectionString: PG_URL, max: 1 });
  try {
    const pids = (await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [appName])).rows.map((r) => r.pid);
    return new Map(pids.map((p) => [p, processCpuMs(p)]));
  } finally {
    await pool.end();
  }
}

/** CPU ms the backends used between two readings (a backend that started in between counts whole). */
function backendCpuUsed(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

async function startChild(server: Server, location: string, schema: string | null, searchCache: string): Promise<{ child: ChildProcess; port: number }> {
  const script = join(server.dir, "bench/lib/serve-child.ts");
  const env = { ...process.env, PGAPPNAME: server.appName, ...(searchCache ? { MARSAD_BENCH_SEARCH_CACHE: searchCache } : {}) };
  // $MARSAD_BENCH_NODE_ARGS: more options for the server's node (e.g. --cpu-prof, refused in NODE_OPTIONS)
  const nodeArgs = (process.env.MARSAD_BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script, location, ...(schema ? [schema] : [])], { stdio: ["ignore", "pipe", "inherit"], env, cwd: server.dir });
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

interface Load {
  key: string;
  name: string;
  requests: LoadRequest[];
  /** The query streams its requests draw from (none: fixed requests). */
  streams: QueryStream[];
}

function drawn(stream: QueryStream, path: (q: string) => string): LoadRequest {
  return { setupRequest: (request) => ({ ...request, path: path(stream.next()) }) };
}

/** The loads of one run, each with fresh seeded streams (so every run sends the same sequence). */
function makeLoads(pool: readonly string[], articleId: string): Load[] {
  const prefixes = twoLetterPrefixes(pool);
  const api = (q: string) => `/api/search?q=${enc(q)}&facets=source,day`;
  const page = (q: string) => `/search?q=${enc(q)}`;
  const prefix = (q: string) => `/api/search?q=${enc(q)}&facets=source,day,entity`;
  const apiStream = zipfStream(pool, QUERY_SEED);
  const pageStream = zipfStream(pool, QUERY_SEED + 1);
  const prefixStream = uniformStream(prefixes, QUERY_SEED + 2);
  const mixed = [zipfStream(pool, QUERY_SEED + 3), zipfStream(pool, QUERY_SEED + 4), uniformStream(prefixes, QUERY_SEED + 5)];
  return [
    { key: "health", name: "peer: /api/health", requests: [{ path: "/api/health" }], streams: [] },
    { key: "api", name: "/api/search", requests: [drawn(apiStream, api)], streams: [apiStream] },
    { key: "page", name: "/search page", requests: [drawn(pageStream, page)], streams: [pageStream] },
    { key: "article", name: "article page", requests: [{ path: `/articles/${articleId}` }], streams: [] },
    { key: "al", name: "ال* with every facet", requests: [{ path: prefix("ال*") }], streams: [] },
    { key: "ms", name: "two-letter prefix مس*", requests: [{ path: prefix("مس*") }], streams: [] },
    { key: "varied", name: `two-letter prefixes, varied (${prefixes.length})`, requests: [drawn(prefixStream, prefix)], streams: [prefixStream] },
    {
      key: "mixed",
      name: "mixed",
      // per 10 requests: 4 API searches, 4 pages, 1 article, 1 varied prefix; plus the fixed `ال*`
      requests: [
        ...Array.from({ length: 4 }, () => drawn(mixed[0]!, api)), ...Array.from({ length: 4 }, () => drawn(mixed[1]!, page)),
        { path: `/articles/${articleId}` }, drawn(mixed[2]!, prefix), { path: prefix("ال*") },
      ],
      streams: mixed,
    },
  ];
}

export async function run(args: string[]): Promise<void> {
  const articles = Number(arg(args, "--articles", "100000"));
  const seconds = Number(arg(args, "--seconds", "10"));
  const connections = Number(arg(args, "--connections", "50"));
  const backends = arg(args, "--backends", "sqlite,postgres").split(",");
  const keep = arg(args, "--db", "");
  const keptSchema = arg(args, "--pg-schema", "");
  const cacheSizes = arg(args, "--search-cache", "1000,0").split(",");
  const routes = arg(args, "--routes", "").split(",").filter(Boolean);
  const servers: Server[] = arg(args, "--servers", `this=${join(import.meta.dirname, "..")}`).split(",").map((s, i) => {
    const [name, dir] = s.includes("=") ? (s.split("=") as [string, string]) : [s, s];
    return { name, dir, appName: `marsad_bench_${process.pid}_${i}` };
  });
  const autocannon = require("autocannon") as Autocannon;
  const queries = benchQueries(baseArticles(), QUERY_POOL);
  const dir = mkdtempSync(join(tmpdir(), "marsad-serve-load-"));
  const failures: string[] = [];
  console.log(`| backend | server | cache | load | repeats | req/s | p50 ms | p99 ms | max ms | 2xx | 4xx | 5xx | errors+timeouts | server CPU ms/req | db CPU ms/req | load avg |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`);
  try {
    for (const backend of backends) {
      const schema = keptSchema || `marsad_load_${randomBytes(3).toString("hex")}`;
      const location = backend === "sqlite" ? resolve(keep || join(dir, "load.sqlite")) : `${PG_URL}`;
      const store = backend === "sqlite" ? await openStore(location) : await openStore(PG_URL, { schema });
      const children: ChildProcess[] = [];
      try {
        if (backend === "sqlite" && keep && existsSync(keep)) console.log(`sqlite: using ${keep}`);
        await fillStore(store, articles, "serve-load");
        const article = (await store.listArticles({ limit: 1, offset: 1000 })).items[0]!;
        await store.close();
        for (const cacheLabel of cacheSizes) {
          const started = [];
          for (const server of servers) {
            const s = await startChild(server, location, backend === "sqlite" ? null : schema, cacheLabel);
            children.push(s.child);
            started.push({ server, ...s, loads: makeLoads(queries, article.id).filter((l) => routes.length === 0 || routes.includes(l.key)) });
          }
          const loadCount = started[0]!.loads.length;
          for (let li = 0; li < loadCount; li++) {
            const order = li % 2 === 0 ? started : [...started].reverse();
            for (const { server, child, port, loads } of order) {
              const { name, requests, streams } = loads[li]!;
              const cpuBefore = processCpuMs(child.pid!);
              const dbBefore = backend === "postgres" ? await backendCpu(server.appName) : new Map<number, number>();
              const loadAvg = readFileSync("/proc/loadavg", "utf8").split(" ")[0];
              const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: seconds, timeout: 10, requests });
              const serverCpu = (processCpuMs(child.pid!) - cpuBefore) / Math.max(1, r.requests.total);
              const dbCpu = backend === "postgres" ? backendCpuUsed(dbBefore, await backendCpu(server.appName)) / Math.max(1, r.requests.total) : 0;
              const draws = streams.reduce((n, s) => n + s.draws, 0);
              const repeats = draws === 0 ? "all" : `${((100 * streams.reduce((n, s) => n + s.repeats, 0)) / draws).toFixed(0)}%`;
              console.log(`| ${backend} | ${server.name} | ${cacheLabel} | ${name} | ${repeats} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r["2xx"]} | ${r["4xx"]} | ${r["5xx"]} | ${r.errors + r.timeouts} | ${serverCpu.toFixed(1)} | ${dbCpu.toFixed(1)} | ${loadAvg} |`);
              const label = `${backend}${servers.length > 1 ? ` ${server.name}` : ""} cache ${cacheLabel} ${name}`;
              if (r["2xx"] === 0) failures.push(`${label}: no answer within the run (p99 of nothing)`);
              if (r["5xx"] > 0) failures.push(`${label}: ${r["5xx"]} answers 5xx`);
              if (r.latency.p99 > P99_TARGET_MS) failures.push(`${label}: p99 ${r.latency.p99} ms > ${P99_TARGET_MS} ms`);
              if (r.errors + r.timeouts > 0) failures.push(`${label}: ${r.errors} errors, ${r.timeouts} timeouts`);
            }
          }
          while (children.length > 0) await stopChild(children.pop()!);
        }
      } finally {
        while (children.length > 0) await stopChild(children.pop()!);
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
