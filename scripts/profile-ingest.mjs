#!/usr/bin/env node
/**
 * `node [--cpu-prof] scripts/profile-ingest.mjs [n] [workers] [store]`: the bench's ingest
 * (bench/ingest.ts) run from the compiled build/ so the main thread can be profiled: the first n
 * articles of the two news samples (alternating) into a fresh SQLite file (or `store`, a URL), then
 * the final connect. Prints wall seconds, articles/s, and per article: the main thread's CPU time
 * (Linux /proc/self/task/<pid>/stat: Node 20 has no per-thread CPU clock), its event-loop busy time
 * and the process's CPU time (worker threads included). On a shared machine, compare CPU, not wall.
 * Reads ../shared/data like bench and eval do; never run by the tests.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** CPU ms of this process's main thread (its task id is the pid), from /proc; NaN elsewhere. */
function mainThreadCpuMs() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100/s)
  } catch {
    return NaN;
  }
}
import { ingestLocalInputs } from "../build/ingest.js";
import { Connector, emptyReport } from "../build/connect/connector.js";
import { openStore } from "../build/store/store.js";

const SHARED = new URL("../../shared/data/", import.meta.url);
const SAMPLES = ["saudinewsnet-sample", "ant-multisource-sample"];
const [n = 400, workers = 2] = process.argv.slice(2, 4).map(Number);
const storeUrl = process.argv[4];

const files = SAMPLES.map((s) => readFileSync(new URL(`${s}/articles.jsonl`, SHARED), "utf8").split("\n").filter((l) => l.trim()));
const lines = [];
for (let i = 0; lines.length < n; i++) for (const f of files) if (f[i] && lines.length < n) lines.push(f[i]);
const dir = mkdtempSync(join(tmpdir(), "marsad-profile-ingest-"));
const jsonl = join(dir, "news.jsonl");
writeFileSync(jsonl, lines.join("\n") + "\n");
const store = await openStore(storeUrl ?? join(dir, "p.sqlite"));
try {
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const started = performance.now();
  const connector = new Connector();
  // full connect batches during the ingest, as `marsad ingest` does: "connect" below is the step after
  const connectAlong = { every: connector.options.batchSize, connect: () => connector.connectFullBatch(store, "2026-01-05T00:00:00Z", emptyReport()) };
  const s = await ingestLocalInputs(store, [jsonl], { concurrency: 4, now: null, maxBytes: 50 * 1024 * 1024, storedAt: "2026-01-05T00:00:00Z", workers, connectAlong });
  const ingested = performance.now();
  const mainIngest = mainThreadCpuMs() - main0;
  await connector.connectPending(store, "2026-01-05T00:00:00Z");
  const seconds = (performance.now() - started) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  const cpu = process.cpuUsage(cpu0);
  const main = mainThreadCpuMs() - main0;
  const per = (ms) => (ms / s.created).toFixed(2);
  console.log(`${s.created} articles, workers ${workers}: ${seconds.toFixed(2)} s, ${(s.created / seconds).toFixed(1)}/s; ingest ${((ingested - started) / 1000).toFixed(2)} s, connect ${(seconds - (ingested - started) / 1000).toFixed(2)} s`);
  console.log(`main thread CPU ms/article: ${per(main)} (ingest ${per(mainIngest)}, connect ${per(main - mainIngest)}); busy ${per(elu.active)}; process CPU ${per((cpu.user + cpu.system) / 1000)}`);
  const stats = await store.stats();
  console.log(JSON.stringify(stats));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
