/**
 * `npm run bench -- serve-load [--articles N] [--seconds S] [--connections C] [--backends sqlite,postgres] [--db path] [--pg-schema name] [--search-cache N,M…]`:
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
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { openStore } from "../src/store/store.js";
import { baseArticles, benchQueries } from "./lib/grow-corpus.js";
import { dropBenchSchema, PG_URL } from "./lib/postgres.js";
import { fillStore } from "./lib/fill-store.js";
import { twoLetterPrefixes, uniformStream, zipfStream, type QueryStream } from "./lib/query-mix.js";

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

function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
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

interface Load {
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
    { name: "peer: /api/health", requests: [{ path: "/api/health" }], streams: [] },
    { name: "/api/search", requests: [drawn(apiStream, api)], streams: [apiStream] },
    { name: "/search page", requests: [drawn(pageStream, page)], streams: [pageStream] },
    { name: "article page", requests: [{ path: `/articles/${articleId}` }], streams: [] },
    { name: "ال* with every facet", requests: [{ path: prefix("ال*") }], streams: [] },
    { name: "two-letter prefix مس*", requests: [{ path: prefix("مس*") }], streams: [] },
    { name: `two-letter prefixes, varied (${prefixes.length})`, requests: [drawn(prefixStream, prefix)], streams: [prefixStream] },
    {
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
  const autocannon = require("autocannon") as Autocannon;
  const queries = benchQueries(baseArticles(), QUERY_POOL);
  const dir = mkdtempSync(join(tmpdir(), "marsad-serve-load-"));
  const failures: string[] = [];
  console.log(`| backend | cache | load | repeats | req/s | p50 ms | p99 ms | max ms | 2xx | 4xx | 5xx | errors+timeouts |\n|---|---|---|---|---|---|---|---|---|---|---|---|`);
  try {
    for (const backend of backends) {
      const schema = keptSchema || `marsad_load_${randomBytes(3).toString("hex")}`;
      const location = backend === "sqlite" ? keep || join(dir, "load.sqlite") : `${PG_URL}`;
      const store = backend === "sqlite" ? await openStore(location) : await openStore(PG_URL, { schema });
      let child: ChildProcess | null = null;
      try {
        if (backend === "sqlite" && keep && existsSync(keep)) console.log(`sqlite: using ${keep}`);
        await fillStore(store, articles, "serve-load");
        const article = (await store.listArticles({ limit: 1, offset: 1000 })).items[0]!;
        await store.close();
        for (const cacheLabel of cacheSizes) {
          const started = await startChild(location, backend === "sqlite" ? null : schema, cacheLabel);
          child = started.child;
          const url = `http://127.0.0.1:${started.port}`;
          for (const { name, requests, streams } of makeLoads(queries, article.id)) {
            const r = await autocannon({ url, connections, duration: seconds, timeout: 10, requests });
            const draws = streams.reduce((n, s) => n + s.draws, 0);
            const repeats = draws === 0 ? "all" : `${((100 * streams.reduce((n, s) => n + s.repeats, 0)) / draws).toFixed(0)}%`;
            console.log(`| ${backend} | ${cacheLabel} | ${name} | ${repeats} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r["2xx"]} | ${r["4xx"]} | ${r["5xx"]} | ${r.errors + r.timeouts} |`);
            if (r["2xx"] === 0) failures.push(`${backend} cache ${cacheLabel} ${name}: no answer within the run (p99 of nothing)`);
            if (r["5xx"] > 0) failures.push(`${backend} cache ${cacheLabel} ${name}: ${r["5xx"]} answers 5xx`);
            if (r.latency.p99 > P99_TARGET_MS) failures.push(`${backend} cache ${cacheLabel} ${name}: p99 ${r.latency.p99} ms > ${P99_TARGET_MS} ms`);
            if (r.errors + r.timeouts > 0) failures.push(`${backend} cache ${cacheLabel} ${name}: ${r.errors} errors, ${r.timeouts} timeouts`);
          }
          await stopChild(child);
          child = null;
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
