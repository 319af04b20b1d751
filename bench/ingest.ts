/**
 * `npm run bench -- ingest [--n 1000] [--backends sqlite,postgres] [--workers 0,1,2]`: JSONL end to
 * end (read, extract, understand, store, connect) of the first n articles of the two news samples
 * in ../shared/data, into a fresh store per run, with 0 (the peer: everything in one thread), 1 and
 * 2 worker threads (pipeline-pool.ts). Prints articles/s and the ratio to the one-thread peer.
 * Target (issue 14): ≥ 300 articles/s on 2 cores into SQLite.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { ingestLocalInputs } from "../src/ingest.js";
import { Connector } from "../src/connect/connector.js";
import { openStore } from "../src/store/store.js";
import { SAMPLES, SHARED_DATA } from "../eval/lib/news-corpus.js";
import { dropBenchSchema, PG_URL } from "./lib/postgres.js";

const TARGET_PER_SECOND = 300;

function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/** The first n lines of the samples, alternating between them. */
function sampleLines(n: number): string[] {
  const files = SAMPLES.map((s) => readFileSync(`${SHARED_DATA}${s}/articles.jsonl`, "utf8").split("\n").filter((l) => l.trim()));
  const out: string[] = [];
  for (let i = 0; out.length < n && i < Math.max(...files.map((f) => f.length)); i++) for (const f of files) if (f[i] && out.length < n) out.push(f[i]!);
  return out;
}

export async function run(args: string[]): Promise<void> {
  const n = Number(arg(args, "--n", "1000"));
  const backends = arg(args, "--backends", "sqlite,postgres").split(",");
  const workerCounts = arg(args, "--workers", "0,1,2").split(",").map(Number);
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-ingest-"));
  const jsonl = join(dir, "news.jsonl");
  writeFileSync(jsonl, sampleLines(n).join("\n") + "\n");
  console.log(`| backend | worker threads | articles | seconds | articles/s | × one thread |\n|---|---|---|---|---|---|`);
  const misses: string[] = [];
  try {
    for (const backend of backends) {
      let peer: number | null = null;
      for (const workers of workerCounts) {
        const schema = `marsad_bench_ingest_${randomBytes(3).toString("hex")}`;
        const store = backend === "sqlite" ? await openStore(join(dir, `w${workers}.sqlite`)) : await openStore(PG_URL, { schema });
        try {
          const started = performance.now();
          const s = await ingestLocalInputs(store, [jsonl], { concurrency: 4, now: null, maxBytes: 50 * 1024 * 1024, storedAt: "2026-01-05T00:00:00Z", workers });
          await new Connector().connectPending(store, "2026-01-05T00:00:00Z");
          const seconds = (performance.now() - started) / 1000;
          const rate = s.created / seconds;
          peer ??= workers === 0 ? rate : null;
          console.log(`| ${backend} | ${workers === 0 ? "0 (peer: one thread)" : workers} | ${s.created} | ${seconds.toFixed(1)} | ${rate.toFixed(1)} | ${peer ? (rate / peer).toFixed(2) : "-"} |`);
          if (backend === "sqlite" && workers === 2 && rate < TARGET_PER_SECOND) misses.push(`SQLite with 2 workers: ${rate.toFixed(0)}/s < ${TARGET_PER_SECOND}/s`);
        } finally {
          await store.close();
          if (backend === "postgres") {
            await dropBenchSchema(schema);
          }
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const m of misses) console.log(`TARGET MISSED: ${m}`);
}
