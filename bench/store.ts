/**
 * `npm run bench -- store [--sizes 10000,100000] [--backends sqlite,postgres] [--queries 1000] [--peer-dist DIR] [--rounds 1]`
 * Ingest rate (store + index), bytes per article and search latency (p50/p95/p99 over the queries)
 * for marsad on SQLite and PostgreSQL, with SQLite FTS5 unicode61 on raw text as the peer in the
 * same run; the CPU of this process while it ingests, per article, and for PostgreSQL also the
 * server CPU of the store's sessions (/proc, when the server runs on this machine).
 * `--peer-dist DIR`: another build's store (DIR: its dist/) runs beside this build's, on each backend
 * asked (then from this build's dist/: `npm run build` first), `--rounds` times, the order swapped each
 * round (this build first in odd rounds), each on a fresh file or schema; a row of ratios per round.
 * Only the store's calls are timed: building the synthetic articles (~0.05–0.1 ms an article) is
 * not. Beside wall time, each row gives the CPU an article and the time its threads waited for a
 * core (run-queue wait, /proc/self/task/N/schedstat): on a loaded machine the wall rate is mostly
 * that wait, so compare CPU (and articles per CPU-second) between builds. Targets: SQLite ingest ≥ 1,000 articles/s; search p95 ≤ 50 ms at 100k; p95 at the
 * largest size ≤ 3× p95 at the smallest.
 * marsad's search time includes query analysis, entity lookup, counting and snippets; the peer's
 * only MATCH + bm25 + count, as a bare engine would.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../src/store/store.js";
import { openUnicode61, type SearchEngine } from "../eval/lib/peers.js";
import { baseArticles, benchQueries, growCorpus } from "./lib/grow-corpus.js";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import type * as StoreModule from "../src/store/store.js";
import { benchSchemaName, dropBenchSchema, PG_URL, sampleServer } from "./lib/postgres.js";

const BATCH = 500;
const LIMIT = 10;

interface Row {
  engine: string;
  size: number;
  ingestPerSecond: number;
  bytesPerArticle: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU ms an article of this process (all its threads) while it ingested. */
  clientMs: number;
  /** ms an article this process's threads waited for a core while it ingested (NaN: not Linux). */
  runQueueMs: number;
  /** PostgreSQL only: server CPU ms an article of the store's sessions while it ingested (NaN: not read). */
  serverMs?: number;
}

/** CPU time and run-queue wait (ns) summed over this process's threads (Linux schedstat; NaN elsewhere). */
function threadTimes(): { run: number; wait: number } {
  try {
    let run = 0;
    let wait = 0;
    for (const t of readdirSync("/proc/self/task")) {
      const [ran, waited] = readFileSync(`/proc/self/task/${t}/schedstat`, "utf8").split(" ").map(Number);
      run += ran!;
      wait += waited!;
    }
    return { run, wait };
  } catch {
    return { run: NaN, wait: NaN };
  }
}

/**
 * Wall time, process CPU and run-queue wait of the store's calls alone (each batch built before its
 * call starts the clocks); a thread that ends in between takes its schedstat with it (none here).
 */
class StoreClock {
  private wallMs = 0;
  private cpuUs = 0;
  private waitNs = 0;

  async time(call: () => Promise<unknown>): Promise<void> {
    const cpu = process.cpuUsage();
    const sched = threadTimes();
    const started = performance.now();
    await call();
    this.wallMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    this.cpuUs += used.user + used.system;
    this.waitNs += threadTimes().wait - sched.wait;
  }

  row(size: number): { ingestPerSecond: number; clientMs: number; runQueueMs: number } {
    return { ingestPerSecond: size / (this.wallMs / 1000), clientMs: this.cpuUs / 1000 / size, runQueueMs: this.waitNs / 1e6 / size };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeQueries(run: (q: string) => Promise<unknown>, queries: string[]): Promise<{ p50: number; p95: number; p99: number }> {
  for (const q of queries.slice(0, 20)) await run(q); // warm caches
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await run(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

async function benchStore(name: string, store: Store, size: number, queries: string[], afterIngest: () => Promise<void> = async () => undefined): Promise<Row> {
  const base = baseArticles();
  const clock = new StoreClock();
  for (const batch of growCorpus(base, size, BATCH)) {
    const inputs = batch.map((d) => ({ input: d.key, index: 0, article: d.article }));
    await clock.time(() => store.upsertArticles(inputs, { storedAt: "2026-01-05T00:00:00Z" }));
  }
  await afterIngest();
  const stats = await store.stats();
  if (stats.articles !== size) throw new Error(`bench: ${name} holds ${stats.articles} articles, expected ${size}`);
  const lat = await timeQueries((q) => store.search({ q, limit: LIMIT }), queries);
  return { engine: name, size, bytesPerArticle: stats.bytes / size, ...lat, ...clock.row(size) };
}

async function benchPeer(engine: SearchEngine, size: number, queries: string[]): Promise<Row> {
  const base = baseArticles();
  const clock = new StoreClock();
  for (const batch of growCorpus(base, size, BATCH)) {
    const docs = batch.map((d) => ({ id: d.key, title: d.article.title, body: d.article.body }));
    await clock.time(() => engine.add(docs));
  }
  const bytes = await engine.bytes();
  const lat = await timeQueries((q) => engine.search(q, LIMIT), queries);
  return { engine: engine.name, size, bytesPerArticle: bytes / size, ...lat, ...clock.row(size) };
}

/** marsad on PostgreSQL from `openStore` (this build's source or a built dist's) in a fresh schema, with its sessions' server CPU. */
async function benchPostgres(name: string, open: typeof StoreModule.openStore, size: number, queries: string[]): Promise<Row> {
  const schema = benchSchemaName("store");
  // node-postgres names its sessions from PGAPPNAME: the sampler follows this store's
  const app = schema;
  const previousApp = process.env.PGAPPNAME;
  process.env.PGAPPNAME = app;
  const server = sampleServer(app);
  let serverSeconds = NaN;
  try {
    const store = await open(PG_URL, { schema });
    try {
      const row = await benchStore(name, store, size, queries, async () => {
        serverSeconds = (await server.stop()).cpuSeconds;
      });
      return { ...row, serverMs: (serverSeconds * 1000) / size };
    } finally {
      await store.close();
    }
  } finally {
    if (previousApp === undefined) delete process.env.PGAPPNAME;
    else process.env.PGAPPNAME = previousApp;
    if (Number.isNaN(serverSeconds)) await server.stop();
    await dropBenchSchema(schema);
  }
}

/** marsad on SQLite from `openStore` (this build's source or a built dist's) in a fresh file under `dir`. */
async function benchSqlite(name: string, open: typeof StoreModule.openStore, file: string, size: number, queries: string[]): Promise<Row> {
  const store = await open(file);
  try {
    return await benchStore(name, store, size, queries);
  } finally {
    await store.close();
  }
}

/** Each build's row in `rounds` rounds, the order swapped each round, with a line of ratios (this build / peer) per round. */
async function alternate(builds: [string, typeof StoreModule.openStore][], rounds: number, size: number, bench: (name: string, open: typeof StoreModule.openStore, round: number) => Promise<Row>, rows: Row[], print: (r: Row) => void): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    const done = new Map<string, Row>();
    for (const [name, open] of round % 2 === 1 ? builds : [...builds].reverse()) {
      const row = await bench(name, open, round);
      done.set(name, row);
      rows.push(row);
      print(row);
    }
    const [mine, peer] = [done.get(builds[0]![0])!, done.get(builds[1]![0])!];
    const server = mine.serverMs === undefined ? "-" : `×${(mine.serverMs / peer.serverMs!).toFixed(3)}`;
    console.log(`| round ${round} (${round % 2 === 1 ? "this build first" : "peer first"}): this/peer | ${size} | ×${(mine.ingestPerSecond / peer.ingestPerSecond).toFixed(3)} | | | | | ×${(mine.clientMs / peer.clientMs).toFixed(3)} | ×${(mine.runQueueMs / peer.runQueueMs).toFixed(3)} | ${server} |`);
  }
}

/** `openStore` of a built package (`dist`: its dist/ folder). */
async function builtOpenStore(dist: string): Promise<typeof StoreModule.openStore> {
  return ((await import(pathToFileURL(`${resolve(dist)}/store/store.js`).href)) as typeof StoreModule).openStore;
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

export async function run(args: string[]): Promise<void> {
  const sizes = option(args, "--sizes", "10000,100000").split(",").map(Number);
  const backends = option(args, "--backends", "sqlite,postgres").split(",");
  const queries = benchQueries(baseArticles(), Number(option(args, "--queries", "1000")));
  const peerDist = option(args, "--peer-dist", "");
  const rounds = Number(option(args, "--rounds", "1"));
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
  const rows: Row[] = [];
  const print = (r: Row) =>
    console.log(`| ${r.engine} | ${r.size} | ${r.ingestPerSecond.toFixed(0)} | ${(r.bytesPerArticle / 1024).toFixed(1)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.clientMs.toFixed(3)} | ${r.runQueueMs.toFixed(3)} | ${r.serverMs === undefined ? "-" : r.serverMs.toFixed(3)} |`);
  console.log("| engine | articles | ingest/s | KiB/article | p50 ms | p95 ms | p99 ms | CPU ms / article | run-queue wait ms / article | server CPU ms / article |\n|---|---|---|---|---|---|---|---|---|---|");
  try {
    for (const size of sizes) {
      if (backends.includes("sqlite") && !peerDist) {
        rows.push(await benchSqlite("marsad SQLite", openStore, join(dir, `marsad-${size}.sqlite`), size, queries));
        print(rows.at(-1)!);
      }
      if (backends.includes("sqlite") && peerDist) {
        const builds: [string, typeof StoreModule.openStore][] = [["marsad SQLite", await builtOpenStore(new URL("../dist", import.meta.url).pathname)], [`peer ${peerDist} (SQLite)`, await builtOpenStore(peerDist)]];
        await alternate(builds, rounds, size, (name, open, round) => benchSqlite(name, open, join(dir, `${name === "marsad SQLite" ? "this" : "peer"}-${size}-${round}.sqlite`), size, queries), rows, print);
      }
      if (backends.includes("sqlite")) {
        const peer = openUnicode61(join(dir, `unicode61-${size}.sqlite`));
        try {
          rows.push(await benchPeer(peer, size, queries));
        } finally {
          await peer.close();
        }
        print(rows.at(-1)!);
      }
      if (backends.includes("postgres") && !peerDist) {
        rows.push(await benchPostgres("marsad PostgreSQL", openStore, size, queries));
        print(rows.at(-1)!);
      }
      if (backends.includes("postgres") && peerDist) {
        const builds: [string, typeof StoreModule.openStore][] = [["marsad PostgreSQL", await builtOpenStore(new URL("../dist", import.meta.url).pathname)], [`peer ${peerDist}`, await builtOpenStore(peerDist)]];
        await alternate(builds, rounds, size, (name, open) => benchPostgres(name, open, size, queries), rows, print);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("");
  for (const size of sizes) {
    const m = rows.find((r) => r.engine === "marsad SQLite" && r.size === size);
    const u = rows.find((r) => r.engine === "FTS5 unicode61" && r.size === size);
    if (m && u) {
      console.log(`${size}: marsad/unicode61 ingest rate ${(m.ingestPerSecond / u.ingestPerSecond).toFixed(2)}×, bytes ${(m.bytesPerArticle / u.bytesPerArticle).toFixed(2)}×, p95 ${(m.p95 / u.p95).toFixed(2)}×`);
    }
  }
  const targets: string[] = [];
  const sqlite = rows.filter((r) => r.engine === "marsad SQLite");
  for (const r of sqlite) if (r.ingestPerSecond < 1000) targets.push(`SQLite ingest ${r.ingestPerSecond.toFixed(0)}/s at ${r.size} is below 1,000/s (${(1000 / r.clientMs).toFixed(0)} articles per CPU-second; ${r.runQueueMs.toFixed(3)} ms an article waiting for a core)`);
  const big = sqlite.find((r) => r.size >= 100_000);
  if (big && big.p95 > 50) targets.push(`SQLite search p95 ${big.p95.toFixed(1)} ms at ${big.size} is above 50 ms`);
  const small = sqlite[0];
  const large = sqlite.at(-1);
  if (small && large && large.size > small.size) {
    const growth = large.p95 / small.p95;
    console.log(`SQLite p95 growth ${small.size} → ${large.size}: ${growth.toFixed(2)}×`);
    if (large.size >= 10 * small.size && growth > 3) targets.push(`SQLite p95 grows ${growth.toFixed(2)}× from ${small.size} to ${large.size} (target ≤ 3×)`);
  }
  for (const t of targets) console.log(`TARGET MISSED: ${t}`);
  if (targets.length === 0) console.log("targets met");
}
