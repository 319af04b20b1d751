/**
 * `npm run bench -- serve [--articles N] [--requests N] [--db path]`: time to first byte (p50/p95)
 * and page weight of each page type of the web reader over a SQLite store of N articles (default
 * 100,000, the target: p95 ≤ 150 ms, page ≤ 250 KB without the font), through a real
 * socket (@hono/node-server), requests one after another. Peers in the same run: the JSON API
 * answering the same searches (what a page adds over its data) and a bare route (the floor).
 * - Corpus: bench/lib/news-stream.ts (samples/corpus + the ../shared/data news samples, understood
 *   once, copied cycle after cycle with perturbations; fixed seed). `--db` keeps the filled store
 *   for the next run (an existing file is used as it is).
 * - After storing, the connect step `npm start` runs (duplicate groups, stories) fills the stories.
 * - Picks (fixed seed): searches are title words of base articles; articles the newest 100 and the
 *   1,001st–1,100th; stories any of the 2,000 most recent with two articles or more; entities the
 *   50 most mentioned (the heaviest pages); sources any source key.
 * - Overview aggregates (home, source pages) are cached up to 30 s by the server; the first home
 *   request after start (cold) is reported apart.
 */
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../src/seeded-random.js";
import { startServer } from "../src/serve/server.js";
import { Connector } from "../src/connect/connector.js";
import { openStore, type Store } from "../src/store/store.js";
import { baseArticles, benchQueries } from "./lib/grow-corpus.js";
import { loadBase, newsStream } from "./lib/news-stream.js";

const BATCH = 500;
const WARM_UP = 5;
/** Page weight target of the issue, without the font. */
const WEIGHT_TARGET_KB = 250;
const TTFB_TARGET_MS = 150;

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function fill(store: Store, n: number): Promise<void> {
  let t = performance.now();
  const base = await loadBase((done, total) => process.stderr.write(`\rbench serve: understanding the base ${done}/${total}`));
  process.stderr.write("\n");
  console.log(`base: ${base.length} articles understood in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  let stored = 0;
  for (const batch of newsStream(base, n, BATCH)) {
    await store.upsertArticles(batch, { storedAt: "2026-11-25T00:00:00Z" });
    stored += batch.length;
    if ((stored / BATCH) % 10 === 0 || stored === n) process.stderr.write(`\rbench serve: stored ${stored}/${n}`);
  }
  process.stderr.write("\n");
  const secs = (performance.now() - t) / 1000;
  console.log(`stored ${n} articles in ${secs.toFixed(1)} s (${Math.round(n / secs)} articles/s)`);
}

/** The connect step `npm start` runs after ingest: duplicate groups and stories. */
async function connect(store: Store): Promise<void> {
  const t = performance.now();
  const r = await new Connector().connectPending(store, "2026-11-25T00:00:00Z");
  if (r.connected === 0 && r.refreshed === 0) return;
  const secs = (performance.now() - t) / 1000;
  console.log(`connected ${r.connected} articles in ${secs.toFixed(1)} s (${Math.round(r.connected / secs)} articles/s): ${r.exactDuplicates} exact and ${r.nearDuplicates} near copies, ${r.newStories} stories`);
}

interface Timed {
  ms: number;
  bytes: number;
  status: number;
}

function ttfb(port: number, path: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let first = -1;
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        if (first < 0) first = performance.now() - t0;
        bytes += chunk.length;
      });
      res.on("end", () => resolve({ ms: first < 0 ? performance.now() - t0 : first, bytes, status: res.statusCode ?? 0 }));
    });
    req.on("error", reject);
    req.end();
  });
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export async function run(args: string[]): Promise<void> {
  const n = arg(args, "--articles", 100_000);
  const requests = arg(args, "--requests", 100);
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-serve-"));
  const dbArg = args.indexOf("--db");
  const dbPath = dbArg >= 0 ? args[dbArg + 1]! : join(dir, "bench.sqlite");
  const reuse = existsSync(dbPath);
  const store = await openStore(dbPath);
  try {
    if (!reuse) await fill(store, n);
    await connect(store);
    const stats = await store.stats();
    const server = await startServer(store, 0, "127.0.0.1", { log: (m) => process.stderr.write(`${m}\n`) });
    const cold = await ttfb(server.port, "/");
    const articles = (await Promise.all([0, 1000].map((offset) => store.listArticles({ limit: 100, offset })))).flatMap((l) => l.items);
    const entities = await store.listEntities({ limit: 50 });
    const sources = await store.listSources();
    // Stories of several articles (the ones people open), from the newest to the 2,000th.
    const stories = (await Promise.all(Array.from({ length: 20 }, (_, i) => store.listStories({ minArticles: 2, limit: 100, offset: i * 100 })))).flatMap((l) => l.items);
    const queries = benchQueries(baseArticles(), 200);
    const rand = seededRandom(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const types: [string, () => string][] = [
      ["home", () => "/"],
      ["search", () => `/search?q=${encodeURIComponent(pick(queries))}`],
      ["article", () => `/articles/${pick(articles).id}`],
      ["story", () => `/stories/${pick(stories).id}`],
      ["stories (list)", () => `/stories?page=${1 + Math.floor(rand() * 20)}`],
      ["entity", () => `/entities/${encodeURIComponent(pick(entities).name)}`],
      ["source", () => `/sources/${encodeURIComponent(pick(sources).key)}`],
      ["peer: /api/search (same queries)", () => `/api/search?q=${encodeURIComponent(pick(queries))}&facets=source,day,entity`],
      ["peer: /api/health (floor)", () => "/api/health"],
    ];
    console.log(`\nstore: ${stats.articles} articles, ${(stats.bytes / 1e6).toFixed(0)} MB; ${requests} sequential requests per page type after ${WARM_UP} warm-up`);
    console.log(`home, first request after start (aggregates not cached yet): ${cold.ms.toFixed(0)} ms\n`);
    console.log("page type                          TTFB p50   TTFB p95   HTML max");
    const p50: Record<string, number> = {};
    let css = 0;
    for (const [name, path] of types) {
      for (let i = 0; i < WARM_UP; i++) await ttfb(server.port, path());
      const times: number[] = [];
      const sizes: number[] = [];
      for (let i = 0; i < requests; i++) {
        const p = path();
        const r = await ttfb(server.port, p);
        if (r.status !== 200) throw new Error(`bench serve: ${p} answered ${r.status}`);
        times.push(r.ms);
        sizes.push(r.bytes);
      }
      p50[name] = pct(times, 50);
      const p95 = pct(times, 95);
      const flag = name.startsWith("peer") ? "" : p95 <= TTFB_TARGET_MS ? "" : "  over target";
      console.log(`${name.padEnd(34)} ${pct(times, 50).toFixed(1).padStart(6)} ms ${p95.toFixed(1).padStart(7)} ms   ${(Math.max(...sizes) / 1024).toFixed(1).padStart(6)} KB${flag}`);
    }
    css = (await ttfb(server.port, "/assets/marsad.css")).bytes;
    const font = await ttfb(server.port, "/assets/fonts/naskh-400.woff2");
    console.log(`\npage weight = HTML + stylesheet ${(css / 1024).toFixed(1)} KB (no script, no image); target ≤ ${WEIGHT_TARGET_KB} KB without the font (regular ${(font.bytes / 1024).toFixed(1)} KB, cached); TTFB target p95 ≤ ${TTFB_TARGET_MS} ms`);
    console.log(`ratio search page / API search p50: ${(p50.search! / p50["peer: /api/search (same queries)"]!).toFixed(2)}×`);
    await server.close();
  } finally {
    await store.close();
    if (dbArg < 0) rmSync(dir, { recursive: true, force: true });
  }
}
