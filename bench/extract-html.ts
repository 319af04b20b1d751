/**
 * `npm run bench -- extract-html [--rounds N]`
 *
 * Pages per second and peak RSS of HTML extraction on the Zyte benchmark pages
 * (../shared/data/article-extraction/multilingual/zyte/html), marsad (bytes → decode → pipeline, as
 * `marsad extract` does) against @mozilla/readability on linkedom, in the same run. Each system runs
 * in a child process of its own so its peak RSS is its own; pages are read one at a time, so memory
 * held by the harness does not grow with the number of pages. RSS is sampled after each quarter of
 * the pages to show whether it stays flat. One warm-up round precedes the timed rounds.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { pageFromBytes } from "../src/acquire/local-files.js";
import { readPage } from "../src/pipeline.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const PAGES = join(REPO, "..", "shared", "data", "article-extraction", "multilingual", "zyte", "html");

interface ChildReport {
  system: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  rssByQuarterMb: number[];
}

export async function run(args: string[]): Promise<void> {
  if (args[0] === "--child") {
    console.log(JSON.stringify(child(args[1]!, Number(args[2] ?? 2))));
    return;
  }
  const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 2;
  const reports: ChildReport[] = [];
  for (const system of ["marsad", "readability"]) {
    const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", system, String(rounds)], { cwd: REPO, encoding: "utf8", maxBuffer: 1 << 20 });
    reports.push(JSON.parse(out.trim().split("\n").pop()!) as ChildReport);
  }
  for (const r of reports) {
    console.log(`${r.system.padEnd(12)} ${r.pages} pages in ${r.seconds.toFixed(2)} s = ${r.pagesPerSecond.toFixed(1)} pages/s; peak RSS ${r.peakRssMb.toFixed(0)} MB; RSS by quarter ${r.rssByQuarterMb.map((m) => m.toFixed(0)).join(" → ")} MB`);
  }
  const [m, p] = reports as [ChildReport, ChildReport];
  console.log(`ratio marsad/readability: ${(m.pagesPerSecond / p.pagesPerSecond).toFixed(2)}× pages/s, ${(m.peakRssMb / p.peakRssMb).toFixed(2)}× peak RSS`);
}

// the child entry: tsx runs this file directly with `--child <system> <rounds>`
if (process.argv[2] === "--child" && import.meta.url === `file://${process.argv[1]}`) {
  await run(process.argv.slice(2));
}

function child(system: string, rounds: number): ChildReport {
  const files = readdirSync(PAGES).filter((f) => f.endsWith(".html.gz")).sort();
  const extract = system === "marsad" ? marsad : readability;
  for (const f of files) extract(f); // warm-up
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  const total = files.length * rounds;
  let done = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      extract(f);
      done++;
      if (done % Math.ceil(total / 4) === 0 || done === total) samples.push(process.memoryUsage().rss / 2 ** 20);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { system, pages: total, seconds, pagesPerSecond: total / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, rssByQuarterMb: samples };
}

function bytesOf(file: string): Uint8Array {
  return gunzipSync(readFileSync(join(PAGES, file)));
}

function marsad(file: string): number {
  const read = pageFromBytes(file, bytesOf(file));
  return read.page ? (readPage(read.page, { now: null }).value?.articles[0]?.body.length ?? 0) : 0;
}

function readability(file: string): number {
  const { document } = parseHTML(new TextDecoder("utf-8").decode(bytesOf(file)));
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return parsed?.textContent?.length ?? 0;
}
