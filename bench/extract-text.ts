/**
 * `npm run bench -- extract-text [--sizes 10000,100000] [--keep]`
 *
 * The text extractor's golden fixtures (src/extract/text/fixtures/*\/input.txt, bad inputs included)
 * repeated into a temp directory of N pages (1,000 per sub-directory), then read exactly as
 * `marsad extract <dir>` reads them: readLocalInputs (walk, size cap, decode) + readPage (extract →
 * understand). Prints pages/s, peak RSS (sampled during the run) and the 100k/10k time ratio, which
 * stays near 10 when cost grows linearly. Throughput is given per wall-clock second and per CPU second
 * of this process, since the machine may be shared.
 *
 * Peer, in the same process on the same pages: the same reading path with the naive segmenter
 * (first line title, rest body) in place of readPage, i.e. the cost of I/O and decoding alone;
 * "marsad / peer" says how much the segmentation adds on top of reading the files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, readLocalInputs } from "../src/acquire/local-files.js";
import { readPage } from "../src/pipeline.js";
import type { Page } from "../src/types.js";

const FIXTURES = new URL("../src/extract/text/fixtures/", import.meta.url);
const PAGES_PER_DIR = 1000;
const RSS_SAMPLE_MS = 20;
const TARGET_PAGES_PER_SECOND = 2000;

interface RunResult {
  pages: number;
  articles: number;
  failed: number;
  seconds: number;
  /** CPU seconds (user + system) of this process: the fair measure on a machine shared with others. */
  cpuSeconds: number;
  peakRssMb: number;
}

function writeCorpus(size: number): string {
  const inputs = readdirSync(FIXTURES).sort().map((name) => readFileSync(new URL(`${name}/input.txt`, FIXTURES)));
  const root = mkdtempSync(join(tmpdir(), `marsad-bench-${size}-`));
  for (let i = 0; i < size; i++) {
    const dir = join(root, String(Math.floor(i / PAGES_PER_DIR)).padStart(4, "0"));
    if (i % PAGES_PER_DIR === 0) mkdirSync(dir);
    writeFileSync(join(dir, `${String(i).padStart(7, "0")}.txt`), inputs[i % inputs.length]!);
  }
  return root;
}

function naiveSegment(page: Page): number {
  const lines = page.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 ? 1 : 0;
}

async function measure(root: string, reader: "marsad" | "peer"): Promise<RunResult> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  const result: RunResult = { pages: 0, articles: 0, failed: 0, seconds: 0, cpuSeconds: 0, peakRssMb: 0 };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for await (const read of readLocalInputs([root], { maxBytes: DEFAULT_MAX_BYTES })) {
    result.pages++;
    if (!read.page) {
      result.failed++;
      continue;
    }
    if (reader === "marsad") {
      const out = readPage(read.page, { now: null });
      if (out.value) result.articles += out.value.articles.length;
      else result.failed++;
    } else result.articles += naiveSegment(read.page);
    if (result.pages % PAGES_PER_DIR === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  result.seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  result.peakRssMb = Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024;
  return result;
}

function line(label: string, r: RunResult): string {
  const rate = r.pages / r.seconds;
  const cpuRate = r.pages / r.cpuSeconds;
  return `${label.padEnd(16)} ${String(r.pages).padStart(7)} pages  ${r.seconds.toFixed(2).padStart(7)} s  ${rate.toFixed(0).padStart(6)} pages/s  ${cpuRate.toFixed(0).padStart(6)} pages/CPU-s  peak RSS ${r.peakRssMb.toFixed(0)} MB  (${r.articles} articles, ${r.failed} failed inputs)`;
}

export async function run(args: string[]): Promise<void> {
  const sizesArg = args[args.indexOf("--sizes") + 1];
  const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [10_000, 100_000];
  const keep = args.includes("--keep");
  const results = new Map<number, { marsad: RunResult; peer: RunResult }>();
  for (const size of sizes) {
    const root = writeCorpus(size);
    try {
      const peer = await measure(root, "peer");
      const marsad = await measure(root, "marsad");
      results.set(size, { marsad, peer });
      console.log(line(`peer ${size}`, peer));
      console.log(line(`marsad ${size}`, marsad));
      const ratio = (marsad.pages / marsad.seconds) / (peer.pages / peer.seconds);
      const cpuRate = marsad.pages / marsad.cpuSeconds;
      console.log(`  marsad / peer throughput: ${ratio.toFixed(2)} wall, ${(cpuRate / (peer.pages / peer.cpuSeconds)).toFixed(2)} CPU`);
      console.log(`  target ≥ ${TARGET_PAGES_PER_SECOND} pages/s on one core: ${cpuRate >= TARGET_PAGES_PER_SECOND ? "met" : "NOT met"} per CPU-second; wall clock ${marsad.pages / marsad.seconds >= TARGET_PAGES_PER_SECOND ? "met" : "NOT met"} (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
    } finally {
      if (keep) console.log(`  kept ${root}`);
      else rmSync(root, { recursive: true, force: true });
    }
  }
  const small = results.get(10_000);
  const large = results.get(100_000);
  if (small && large) {
    console.log(`100k/10k time ratio: marsad ${(large.marsad.seconds / small.marsad.seconds).toFixed(2)} wall, ${(large.marsad.cpuSeconds / small.marsad.cpuSeconds).toFixed(2)} CPU; peer ${(large.peer.seconds / small.peer.seconds).toFixed(2)} wall (10 = linear)`);
    console.log(`peak RSS 10k → 100k: marsad ${small.marsad.peakRssMb.toFixed(0)} → ${large.marsad.peakRssMb.toFixed(0)} MB`);
  }
}
