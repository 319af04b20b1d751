#!/usr/bin/env node
/**
 * `perf script -i perf.data -F pid,tid,ip,sym,dso | node scripts/perf-stages.mjs <articles>`: CPU ms
 * an article per thread role (main, pipeline worker, V8's helper threads) and stage, from a
 * `perf record -F 499 -g -- node --perf-basic-prof --interpreted-frames-native-stack dist/cli.js ingest …`.
 * perf samples threads only while they run on a core, so under load these figures stay CPU time,
 * where `--cpu-prof` also counts the time a thread waits for a core (it inflated the main thread's
 * share ~2× at load 10–15). A sample belongs to the outermost stage function on its stack
 * (connect/, understandArticle's callee, extractArticles, prepareArticle), else to what it runs in
 * (SQLite, messages, module loading, GC). Set PERF_HZ when recorded at another rate than 499.
 */
import { readFileSync } from "node:fs";

const articles = Number(process.argv[2]);
if (!(articles > 0)) throw new Error("usage: perf script … | node scripts/perf-stages.mjs <articles>");
const HZ = Number(process.env.PERF_HZ ?? 499);
const COMPONENTS = { findDateMentions: "dates", recognizeEntities: "entities", mergeEntities: "entities", findQuotes: "quotes", findFacts: "facts", generateTags: "tags", addGeneratedTags: "tags", detectLanguage: "language" };

/** Samples as { tid, frames } (leaf first); the main thread is the process's own id. */
function parse(text) {
  const samples = [];
  let mainTid = null;
  for (const block of text.split("\n\n")) {
    const lines = block.split("\n").filter((l) => l.trim());
    if (lines.length === 0) continue;
    const [pid, tid] = lines[0].trim().split(/\s+/)[0].split("/").map(Number);
    mainTid ??= pid;
    samples.push({ tid, frames: lines.slice(1).map((l) => l.trim().replace(/^[0-9a-f]+ /, "")) });
  }
  return { samples, mainTid };
}

/** A JIT frame's function name and file ("JS:*name file:///…"), or null for native frames. */
function jsFrame(frame) {
  const m = /^JS:[*~^+-]?(\S*) (\S+)/.exec(frame);
  return m ? { name: m[1], url: m[2] } : null;
}

function stageOf(role, frames) {
  const top = frames.slice(0, 12).join(" ");
  if (role === "helper") return frames.slice(0, 8).some((f) => f.includes("compiler::")) ? "compile (TurboFan)" : /Mark|Scaveng|Sweep|Evacuat|Heap/.test(top) ? "gc" : "other";
  const js = frames.map(jsFrame).filter(Boolean).reverse();
  for (let i = 0; i < js.length; i++) {
    const { name, url } = js[i];
    if (url.includes("/connect/")) return "connect";
    if (name === "understandArticle") return `understand: ${COMPONENTS[js[i + 1]?.name] ?? "other"}`;
    if (name === "extractArticles") return "extract";
    if (name === "prepareArticle" || name === "preparedArticles") return "prepare for the store";
  }
  if (/Scavenger|MarkCompact|Heap::|Sweeper|IncrementalMarking/.test(top)) return "gc";
  const all = frames.join(" ");
  const urls = js.map((f) => f.url).join(" ");
  if (/ValueSerializer|postMessage/.test(all)) return "messages (serialize)";
  if (urls.includes("/store/") || all.includes("better_sqlite3")) return "store (SQLite)";
  if (/ValueDeserializer|MessagePort/.test(all)) return "messages (deserialize)";
  if (urls.includes("/acquire/")) return "read input";
  if (/node:internal\/modules|CompileFunction|ModuleWrap|Deserializer</.test(all)) return "module loading";
  return frames[0]?.includes("kernel") ? "kernel" : "other";
}

const { samples, mainTid } = parse(readFileSync(0, "utf8"));
const byThread = new Map();
for (const s of samples) {
  const list = byThread.get(s.tid);
  if (list) list.push(s);
  else byThread.set(s.tid, [s]);
}
const roleOf = (tid, list) => (tid === mainTid ? "main" : list.some((s) => s.frames.some((f) => f.includes("pipeline-pool.js") || f.includes("readPage"))) ? "worker" : "helper");
const ms = (n) => ((n / HZ) * 1000) / articles;
const table = new Map();
for (const [tid, list] of byThread) {
  const role = roleOf(tid, list);
  const stages = table.get(role) ?? new Map();
  for (const s of list) {
    const stage = stageOf(role, s.frames);
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
  }
  table.set(role, stages);
}
console.log(`${samples.length} samples: ${ms(samples.length).toFixed(2)} CPU ms an article (${articles} articles)`);
for (const role of ["main", "worker", "helper"]) {
  const stages = table.get(role);
  if (!stages) continue;
  console.log(`${role}: ${ms([...stages.values()].reduce((a, b) => a + b, 0)).toFixed(2)}`);
  for (const [stage, n] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`  ${ms(n).toFixed(2).padStart(6)}  ${stage}`);
}
