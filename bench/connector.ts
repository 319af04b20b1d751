/**
 * `npm run bench -- connector [--sizes 10000,100000] [--measure 500]`: the persisted connect step
 * (connect/connector.ts) on a SQLite store that already holds and has connected N articles.
 * - Corpus: bench/lib/grow-corpus.ts (the news samples, then perturbed copies a day apart).
 * - Measured: `measure` more articles stored, then one connect step over them: articles/s, the
 *   snapshot the connector saves, the process's peak RSS. A fresh Connector is used, so the time
 *   includes loading the saved snapshot, as a new CLI process pays it.
 * - Peer, same run: recomputing every story from all stored articles (connect-corpus.ts, what
 *   `marsad stories` did before stories were persisted) for the same new articles.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Connector } from "../src/connect/connector.js";
import { connectArticles } from "../src/connect/connect-corpus.js";
import { openStore, type Store } from "../src/store/store.js";
import type { Article } from "../src/types.js";
import { baseArticles, growCorpus, type BenchDoc } from "./lib/grow-corpus.js";

const BATCH = 500;
const NOW = "2026-01-01T00:00:00Z";

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function store(s: Store, docs: BenchDoc[]): Promise<void> {
  await s.upsertArticles(docs.map((d) => ({ input: d.key, index: 0, article: { ...d.article, url: `https://bench.example/${encodeURIComponent(d.key)}` } })), { storedAt: NOW });
}

interface Row {
  size: number;
  prefillPerSecond: number;
  stepPerSecond: number;
  snapshotBytes: number;
  peakRssMb: number;
  peerPerSecond: number;
}

async function measureSize(size: number, measure: number, base: Article[]): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-connector-"));
  const s = await openStore(join(dir, "bench.sqlite"));
  try {
    const all: Article[] = [];
    const batches = growCorpus(base, size + measure, BATCH);
    let stored = 0;
    let prefillMs = 0;
    // the generator is read by hand: a for-of that breaks would close it
    while (stored < size) {
      const next = batches.next();
      if (next.done) break;
      await store(s, next.value);
      all.push(...next.value.map((d) => d.article));
      stored += next.value.length;
    }
    let t = performance.now();
    await new Connector({ holder: "bench" }).connectPending(s, NOW);
    prefillMs = performance.now() - t;
    const extra: BenchDoc[] = [];
    for (let next = batches.next(); !next.done; next = batches.next()) extra.push(...next.value);
    await store(s, extra);
    all.push(...extra.map((d) => d.article));
    t = performance.now();
    const report = await new Connector({ holder: "bench" }).connectPending(s, NOW);
    const stepMs = performance.now() - t;
    if (report.connected !== extra.length) throw new Error(`bench connector: connected ${report.connected} of ${extra.length}`);
    const snapshotBytes = (await s.loadConnectState())?.data.byteLength ?? 0;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    t = performance.now();
    connectArticles(all.map((article, i) => ({ id: String(i), article })));
    const peerMs = performance.now() - t;
    return {
      size,
      prefillPerSecond: size / (prefillMs / 1000),
      stepPerSecond: extra.length / (stepMs / 1000),
      snapshotBytes,
      peakRssMb,
      peerPerSecond: extra.length / (peerMs / 1000),
    };
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const sizes = option(args, "--sizes", "10000,100000").split(",").map(Number);
  const measure = Number(option(args, "--measure", "500"));
  const base = baseArticles();
  const rows: Row[] = [];
  for (const size of sizes) {
    console.error(`bench connector: ${size} stored and connected, then ${measure} more…`);
    rows.push(await measureSize(size, measure, base));
  }
  console.log("size     prefill art/s  step art/s  snapshot MB  peak RSS MB  peer (recompute) art/s  step/peer");
  for (const r of rows) {
    console.log(
      `${String(r.size).padEnd(9)}${r.prefillPerSecond.toFixed(0).padStart(13)}${r.stepPerSecond.toFixed(0).padStart(12)}${(r.snapshotBytes / 1e6).toFixed(2).padStart(13)}${r.peakRssMb.toFixed(0).padStart(13)}${r.peerPerSecond.toFixed(1).padStart(24)}${(r.stepPerSecond / r.peerPerSecond).toFixed(1).padStart(11)}×`,
    );
  }
  if (rows.length > 1) {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    console.log(`step cost per article at ${last.size} vs ${first.size}: ${(first.stepPerSecond / last.stepPerSecond).toFixed(2)}× (flat = 1)`);
  }
}
