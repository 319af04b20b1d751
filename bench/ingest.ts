/**
 * `npm run bench -- ingest [--n 1000] [--backends sqlite,postgres] [--workers 0,1,2] [--processes 1,2] [--warmup 500]`:
 * JSONL end to end (read, extract, understand, store, connect) of the first n articles of the two
 * news samples in ../shared/data, into a fresh store per run:
 * - in one `ingest` with 0 (the peer: everything in one thread), 1 and 2 worker threads
 *   (pipeline-pool.ts); articles/s and the ratio to the one-thread peer. These runs load the built
 *   package (dist/, as `marsad ingest` does): from src/ under tsx every worker thread would first
 *   register tsx and transform each module again (about 0.6 s of CPU a worker here), a cost the
 *   package never pays that fell on the threaded runs only;
 * - on PostgreSQL, through the job queue: the JSONL enqueued, then 1 and 2 `marsad worker --drain`
 *   processes (the built dist/cli.js) started together, timed from their start to the last one's
 *   exit (start-up and the final connect included); the ratio to one process, and the CPU seconds
 *   the worker processes spent per article (the same in both when nothing is done twice or waited
 *   for: on a machine shared with other work, the wall-clock ratio says more about the load). Each
 *   process is started in a session of its own (as separate service units run): with autogroup
 *   scheduling (Linux `sched_autogroup_enabled`) a loaded machine shares its CPU between sessions, not
 *   processes, so two processes of one session get one's CPU (10 s of a busy loop on a shared machine:
 *   one process 3.52 CPU s; two in one session 1.74 + 1.78; two in sessions of their own 3.12 + 3.07).
 *   The worker threads of one `ingest` share its session as they would in use: their "× one thread"
 *   on a loaded machine is near 1 whatever the code does (compare their CPU columns there).
 * `--workers none` / `--processes none` skips a part; `--peer-dist DIR` runs another build (DIR: its
 * dist/, e.g. main's copied into the repo) beside this one in the same run: its thread runs each right
 * after this build's of the same thread count (rows marked "peer DIR"; its "× one thread" against its
 * own one-thread run), its worker processes after this one's, on fresh schemas. Beside the wall time, each thread run prints the
 * CPU an article cost on the main thread (reading, storing, connecting: the part no worker takes)
 * and in all threads (workers and V8's compiler and GC threads included): unlike articles/s, these
 * hardly move when the machine is shared, and they say whether a run was bound by the main thread.
 * The main thread's CPU is read from /proc (Linux); elsewhere that column says "-". With worker
 * threads, full connect batches run during the ingest (as `marsad ingest` does): "of which connect"
 * is the step after it (the rest of the queue and the repair).
 * Steady state (`--warmup W`, default 500 articles): a backfill of millions runs for hours, long
 * after every thread's JIT has warmed up and its word memos have filled, so beside each run's cold
 * numbers (from the call, thread start-up and the first pages included) the same run also prints its
 * rate and CPU over the articles stored after the first W: from the page that took the count past
 * W to the last page stored (connect batches along included, the connect step after the ingest not,
 * as it is paid once a run); "-" when n ≤ W. Same articles, same stages: only the window differs.
 * Targets (issue 14): ≥ 300 articles/s on 2 cores into SQLite; 2 worker processes ≥ 1.7× one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { enqueue, localPages } from "../src/queue.js";
import type * as IngestModule from "../src/ingest.js";
import type * as ConnectorModule from "../src/connect/connector.js";
import type * as StoreModule from "../src/store/store.js";
import { openStore } from "../src/store/store.js";
import { SAMPLES, SHARED_DATA } from "../eval/lib/news-corpus.js";
import { benchSchemaName, dropBenchSchema, PG_URL, sampleServer, type ServerSample } from "./lib/postgres.js";
import type { WorkerTime } from "../src/queue.js";
import { arg } from "./lib/args.js";

const TARGET_PER_SECOND = 300;
const TARGET_PROCESS_RATIO = 1.7;
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
/**
 * Preloaded into each worker process: writes its own CPU time (user + system, µs) at exit, and the
 * statements it sent (node-postgres `Client.query` calls of the `pg` its CLI loads) beside it.
 */
const CPU_HOOK = `data:text/javascript,${encodeURIComponent(`import { realpathSync, writeFileSync } from "node:fs"; import { createRequire } from "node:module";
let statements = 0;
try { const pg = createRequire(realpathSync(process.argv[1]))("pg"); const query = pg.Client.prototype.query; pg.Client.prototype.query = function (...a) { statements++; return query.apply(this, a); }; } catch {}
process.on("exit", () => { const u = process.cpuUsage(); writeFileSync(process.env.MARSAD_BENCH_CPU_FILE, String(u.user + u.system)); writeFileSync(process.env.MARSAD_BENCH_CPU_FILE + ".statements", String(statements)); });`)}`;

/** CPU time of the calling thread in ms (Linux /proc, 10 ms ticks), or null where there is none. */
function threadCpuMs(): number | null {
  try {
    const fields = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The first n lines of the samples, alternating between them. */
function sampleLines(n: number): string[] {
  const files = SAMPLES.map((s) => readFileSync(`${SHARED_DATA}${s}/articles.jsonl`, "utf8").split("\n").filter((l) => l.trim()));
  const out: string[] = [];
  for (let i = 0; out.length < n && i < Math.max(...files.map((f) => f.length)); i++) for (const f of files) if (f[i] && out.length < n) out.push(f[i]!);
  return out;
}

/** The built package's ingest, connector and store (`dist`: its dist/ folder; `npm run build` first). */
async function builtPackage(dist: URL): Promise<{
  ingestLocalInputs: typeof IngestModule.ingestLocalInputs;
  Connector: typeof ConnectorModule.Connector;
  emptyConnectReport: typeof ConnectorModule.emptyReport;
  openStore: typeof StoreModule.openStore;
}> {
  const module = async <T>(path: string): Promise<T> => {
    const url = new URL(path, dist);
    if (!existsSync(url)) throw new Error(`bench ingest: ${fileURLToPath(url)} is missing: run npm run build first`);
    return (await import(url.href)) as T;
  };
  const [ingest, connector, store] = await Promise.all([module<typeof IngestModule>("ingest.js"), module<typeof ConnectorModule>("connect/connector.js"), module<typeof StoreModule>("store/store.js")]);
  return { ingestLocalInputs: ingest.ingestLocalInputs, Connector: connector.Connector, emptyConnectReport: connector.emptyReport, openStore: store.openStore };
}

export async function run(args: string[]): Promise<void> {
  const n = Number(arg(args, "--n", "1000"));
  const backends = arg(args, "--backends", "sqlite,postgres").split(",");
  const counts = (name: string, fallback: string) => (arg(args, name, fallback) === "none" ? [] : arg(args, name, fallback).split(",").map(Number));
  const workerCounts = counts("--workers", "0,1,2");
  const warmup = Number(arg(args, "--warmup", "500"));
  const processCounts = backends.includes("postgres") ? counts("--processes", "1,2") : [];
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-ingest-"));
  const jsonl = join(dir, "news.jsonl");
  writeFileSync(jsonl, sampleLines(n).join("\n") + "\n");
  console.log(`| backend | worker threads | articles | seconds | of which connect | articles/s | × one thread | main-thread CPU ms / article | all threads CPU ms / article | steady articles/s (after ${warmup}) | steady main-thread CPU ms / article | steady all threads CPU ms / article |\n|---|---|---|---|---|---|---|---|---|---|---|---|`);
  const misses: string[] = [];
  // `--peer-dist DIR`: another build (its dist/) runs beside this one: its thread runs after each of this build's, its worker processes after these
  const peerDist = arg(args, "--peer-dist", "");
  const distUrls: [string, URL][] = [["", new URL("../dist/", import.meta.url)], ...(peerDist ? [[`peer ${peerDist}: `, pathToFileURL(`${resolve(peerDist)}/`)] as [string, URL]] : [])];
  let runs = 0;
  try {
    for (const backend of backends) {
      const peers = new Map<string, number>();
      for (const workers of workerCounts) for (const [build, distUrl] of distUrls) {
        const schema = benchSchemaName("ingest");
        const { ingestLocalInputs, Connector, emptyConnectReport, openStore: openBuiltStore } = await builtPackage(distUrl);
        // a fresh store file for every run (`--workers 2,2` runs twice)
        const store = backend === "sqlite" ? await openBuiltStore(join(dir, `run${++runs}.sqlite`)) : await openBuiltStore(PG_URL, { schema });
        try {
          const mainCpuStart = threadCpuMs();
          const cpuStart = processCpuMs();
          const started = performance.now();
          const connector = new Connector();
          const connectAlong = { every: connector.options.batchSize, connect: () => connector.connectFullBatch(store, "2026-01-05T00:00:00Z", emptyConnectReport()) };
          const steady = steadyWindow(warmup);
          const s = await ingestLocalInputs(store, [jsonl], { concurrency: 4, now: null, maxBytes: 50 * 1024 * 1024, storedAt: "2026-01-05T00:00:00Z", workers, connectAlong, onProgress: steady.onProgress });
          const connectStarted = performance.now();
          await connector.connectPending(store, "2026-01-05T00:00:00Z");
          const connectSeconds = (performance.now() - connectStarted) / 1000;
          const seconds = (performance.now() - started) / 1000;
          const mainCpuEnd = threadCpuMs();
          const mainCpu = mainCpuStart !== null && mainCpuEnd !== null ? ((mainCpuEnd - mainCpuStart) / s.created).toFixed(2) : "-";
          const allCpu = ((processCpuMs() - cpuStart) / s.created).toFixed(2);
          const rate = s.created / seconds;
          if (workers === 0 && !peers.has(build)) peers.set(build, rate);
          const peer = peers.get(build);
          console.log(`| ${backend} | ${build}${workers === 0 ? "0 (peer: one thread)" : workers} | ${s.created} | ${seconds.toFixed(1)} | ${connectSeconds.toFixed(1)} | ${rate.toFixed(1)} | ${peer ? (rate / peer).toFixed(2) : "-"} | ${mainCpu} | ${allCpu} | ${steady.columns()} |`);
          if (!build && backend === "sqlite" && workers === 2 && rate < TARGET_PER_SECOND) misses.push(`SQLite with 2 workers: ${rate.toFixed(0)}/s < ${TARGET_PER_SECOND}/s`);
        } finally {
          await store.close();
          if (backend === "postgres") {
            await dropBenchSchema(schema);
          }
        }
      }
    }
    const builds: [string, string][] = peerDist ? [["this build", CLI], [`peer ${peerDist}`, join(peerDist, "cli.js")]] : [["", CLI]];
    if (processCounts.length > 0) misses.push(...(await workerProcesses(jsonl, processCounts, builds)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const m of misses) console.log(`TARGET MISSED: ${m}`);
}

/** A point of a run: articles stored, wall ms, this thread's and the process's CPU ms. */
interface Mark {
  articles: number;
  at: number;
  mainCpu: number | null;
  cpu: number;
}

function markNow(articles: number): Mark {
  return { articles, at: performance.now(), mainCpu: threadCpuMs(), cpu: processCpuMs() };
}

/** The steady-state window of one ingest: from the page that takes the stored count past `warmup` to the last page stored. */
function steadyWindow(warmup: number): { onProgress: (counts: IngestModule.IngestCounts) => void; columns: () => string } {
  let start: Mark | null = null;
  let end: Mark | null = null;
  return {
    onProgress: (counts) => {
      const stored = counts.created + counts.updated;
      if (!start) {
        if (stored > warmup) start = markNow(stored);
      } else if (stored > (end?.articles ?? start.articles)) {
        end = markNow(stored);
      }
    },
    columns: () => {
      if (!start || !end) return "- | - | -";
      const articles = end.articles - start.articles;
      const mainCpu = start.mainCpu !== null && end.mainCpu !== null ? ((end.mainCpu - start.mainCpu) / articles).toFixed(2) : "-";
      return `${((1000 * articles) / (end.at - start.at)).toFixed(1)} | ${mainCpu} | ${((end.cpu - start.cpu) / articles).toFixed(2)}`;
    },
  };
}

interface WorkerRun {
  code: number | null;
  jobs: number;
  cpuSeconds: number;
  /** Statements it sent to the server (CPU_HOOK). */
  statements: number;
  stderr: string;
  /** Its time budget (the --json summary's `time`), null when it printed none. */
  time: WorkerTime | null;
}

/** Exit of one `marsad worker --drain`: its code, the jobs it did (its --json summary) and its CPU seconds. */
function runWorkerProcess(cli: string, db: string, cpuFile: string, appName: string): Promise<WorkerRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", CPU_HOOK, cli, "worker", "--drain", "--concurrency", "4", "--db", db, "--json"], {
      stdio: ["ignore", "pipe", "pipe"],
      // PGAPPNAME names the worker's database sessions, which the sampler follows
      env: { ...process.env, MARSAD_BENCH_CPU_FILE: cpuFile, PGAPPNAME: appName },
      // a session of its own, as a service unit is: with the kernel's autogroup scheduling the processes of one session
      // share one session's CPU, so on a loaded machine two workers started in the bench's session got one worker's CPU
      detached: true,
    });
    const stopWithBench = () => child.kill("SIGKILL");
    process.once("exit", stopWithBench);
    child.once("exit", () => process.off("exit", stopWithBench));
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (code) => {
      let jobs = 0;
      let time: WorkerTime | null = null;
      try {
        ({ jobs, time } = JSON.parse(stdout) as { jobs: number; time: WorkerTime });
      } catch {
        // no summary: the run failed, its code says so
      }
      const cpuSeconds = existsSync(cpuFile) ? Number(readFileSync(cpuFile, "utf8")) / 1e6 : NaN;
      const statements = existsSync(`${cpuFile}.statements`) ? Number(readFileSync(`${cpuFile}.statements`, "utf8")) : NaN;
      resolve({ code, jobs, cpuSeconds, statements, stderr, time });
    });
  });
}

/** The enqueue and store of the built package whose CLI is `cli`. */
async function builtQueue(cli: string): Promise<{ enqueue: typeof enqueue; localPages: typeof localPages; openStore: typeof openStore }> {
  const dist = pathToFileURL(`${dirname(cli)}/`);
  const [queue, store] = await Promise.all([import(new URL("queue.js", dist).href) as Promise<typeof import("../src/queue.js")>, import(new URL("store/store.js", dist).href) as Promise<typeof StoreModule>]);
  return { enqueue: queue.enqueue, localPages: queue.localPages, openStore: store.openStore };
}

/** The queue bench: 1 and 2 worker processes over the same enqueued JSONL, each on a fresh schema. */
async function workerProcesses(jsonl: string, processCounts: number[], builds: [string, string][]): Promise<string[]> {
  console.log(`\n| backend | \`marsad worker\` processes | articles | seconds | articles/s | × one process | jobs per process | worker CPU ms per article | server CPU ms per article | statements per article |\n|---|---|---|---|---|---|---|---|---|---|`);
  const budgets: string[] = [];
  const misses: string[] = [];
  let peer: number | null = null;
  for (const [build, cli] of builds) for (const processes of processCounts) {
    if (processes === processCounts[0]) peer = null;
    const schema = benchSchemaName("queue");
    const db = `${PG_URL}#${schema}`;
    try {
      // enqueued by the build's own package: its migrations make the schema its workers run on
      const own = await builtQueue(cli);
      const store = await own.openStore(db);
      try {
        await own.enqueue(store, own.localPages([jsonl], 50 * 1024 * 1024), { now: Date.now, failedAt: "2026-01-05T00:00:00Z" });
      } finally {
        await store.close();
      }
      const appPrefix = `marsad_bench_${process.pid}_${processes}_`;
      const server = sampleServer(appPrefix);
      const started = performance.now();
      const runs = await Promise.all(Array.from({ length: processes }, (_, i) => runWorkerProcess(cli, db, join(dirname(jsonl), `cpu-${processes}-${i}`), `${appPrefix}${i}`)));
      const seconds = (performance.now() - started) / 1000;
      const sampled = await server.stop();
      for (const r of runs) if (r.code !== 0) throw new Error(`bench ingest: a worker exited ${r.code}: ${r.stderr.slice(-500)}`);
      const articles = await (async () => {
        const s = await own.openStore(db);
        try {
          return (await s.stats()).articles;
        } finally {
          await s.close();
        }
      })();
      const rate = articles / seconds;
      peer ??= processes === 1 ? rate : null;
      const ratio = peer ? rate / peer : null;
      console.log(`| postgres${build ? ` (${build})` : ""} | ${processes}${processes === 1 ? " (peer)" : ""} | ${articles} | ${seconds.toFixed(1)} | ${rate.toFixed(1)} | ${ratio ? ratio.toFixed(2) : "-"} | ${runs.map((r) => r.jobs).join(" + ")} | ${((1000 * runs.reduce((t, r) => t + r.cpuSeconds, 0)) / articles).toFixed(1)} | ${((1000 * sampled.cpuSeconds) / articles).toFixed(1)} | ${(runs.reduce((t, r) => t + r.statements, 0) / articles).toFixed(2)} |`);
      runs.forEach((r, i) => budgets.push(timeBudget(`${build ? `${build}: ` : ""}${processes} process${processes > 1 ? "es" : ""}, #${i + 1}`, r, sampled, i === 0)));
      if (processes === 2 && ratio !== null && ratio < TARGET_PROCESS_RATIO) misses.push(`2 worker processes on PostgreSQL: ${ratio.toFixed(2)}× one < ${TARGET_PROCESS_RATIO}×`);
    } finally {
      await dropBenchSchema(schema);
    }
  }
  console.log(`\nWhere each worker's time went (seconds of wall time; the lanes overlap, so the steps add up to more than the run; loop idle: the process had nothing to run). Server sessions: what their active moments waited on, share of samples.\n\n| run | jobs | CPU s | run s | loop idle s | claim | fetch | read | store | connect | sleep | server waits |\n|---|---|---|---|---|---|---|---|---|---|---|---|`);
  for (const b of budgets) console.log(b);
  return misses;
}

/** One row of the time-budget table. */
function timeBudget(name: string, r: WorkerRun, server: ServerSample, withServer: boolean): string {
  const t = r.time;
  const s = (ms: number | undefined) => (ms === undefined ? "-" : (ms / 1000).toFixed(1));
  const active = [...server.waits.values()].reduce((a, b) => a + b, 0);
  const waits = withServer && active > 0
    ? [...server.waits].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w, n]) => `${w} ${((100 * n) / active).toFixed(0)}%`).join(", ") + ` (${(active / Math.max(1, server.samples)).toFixed(2)} active sessions on average)`
    : "";
  return `| ${name} | ${r.jobs} | ${r.cpuSeconds.toFixed(1)} | ${s(t?.run)} | ${s(t?.loopIdle)} | ${s(t?.claim)} | ${s(t?.fetch)} | ${s(t?.read)} | ${s(t?.store)} | ${s(t?.connect)} | ${s(t?.idle)} | ${waits} |`;
}
