#!/usr/bin/env node
/**
 * `node scripts/read-cpu-blocks.mjs main|worker <dist> [n=2000]`: `readPage` (extract + understand, as a
 * pipeline worker runs it) over the first n lines of the bench's JSONL (the two news samples,
 * alternating), in the main thread or in one worker thread, printing per block of 500 pages the CPU
 * ms a page of that thread and of the whole process (/proc, Linux: V8's compiler and GC threads are
 * the difference). Reads ../shared/data like bench and eval do; never run by the tests.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const SHARED = new URL("../../shared/data/", import.meta.url);
const SAMPLES = ["saudinewsnet-sample", "ant-multisource-sample"];
const BLOCK = 500;
const threadCpuMs = () => {
  const f = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function readBlocks({ dist, n }) {
  const { pageFromJsonlLine } = await import(`${dist}acquire/local-files.js`);
  const { readPage } = await import(`${dist}pipeline.js`);
  const files = SAMPLES.map((s) => readFileSync(new URL(`${s}/articles.jsonl`, SHARED), "utf8").split("\n").filter((l) => l.trim()));
  const lines = [];
  for (let i = 0; lines.length < n && i < Math.max(...files.map((f) => f.length)); i++) for (const f of files) if (f[i] && lines.length < n) lines.push(f[i]);
  const pages = lines.map((l, i) => pageFromJsonlLine(`bench.jsonl#${i + 1}`, l).page).filter(Boolean);
  const blocks = [];
  for (let b = 0; b < pages.length; b += BLOCK) {
    const thread = threadCpuMs();
    const all = processCpuMs();
    const block = pages.slice(b, b + BLOCK);
    for (const page of block) readPage(page, { now: "2026-01-05T00:00:00Z" });
    blocks.push(`${((threadCpuMs() - thread) / block.length).toFixed(2)}/${((processCpuMs() - all) / block.length).toFixed(2)}`);
  }
  return blocks;
}

if (isMainThread) {
  const [where, distArg, n = "2000"] = process.argv.slice(2);
  if (!["main", "worker"].includes(where) || !distArg) throw new Error("usage: node scripts/read-cpu-blocks.mjs main|worker <dist> [n]");
  const job = { dist: pathToFileURL(resolve(distArg) + "/").href, n: Number(n) };
  const blocks =
    where === "worker"
      ? await new Promise((done, fail) => new Worker(new URL(import.meta.url), { workerData: job }).on("message", done).on("error", fail))
      : await readBlocks(job);
  console.log(`${where}: thread/process CPU ms a page, blocks of ${BLOCK}: ${blocks.join("  ")}`);
} else parentPort.postMessage(await readBlocks(workerData));
