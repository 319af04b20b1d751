/**
 * `npm run bench -- ner [seconds]`: the entity tagger beside the tagger shipped before
 * (eval/ner/baseline.ts), each in its own child process, so load time and peak RSS are its own:
 * - load: CPU and wall time to read the model file, in a fresh process, and with the second stage's
 *   file (models/ner-stack.bin.gz, read by `marsad ner`) read too;
 * - tagger tokens/s: the CoNLL path (`marsad ner`: ANERcorp test sentences with document windows),
 *   the first stage alone and with the second (stacking.ts: a second tagging pass, its model loaded too);
 * - articles/s: recognize + merge over ARTICLES public news articles (ANT multisource and
 *   SaudiNewsNet samples, read whole), with their tokens/s;
 * - model file size (and with the second stage's) and the child's peak RSS.
 * CPU time, not wall time: the machine is shared. Ratios current / before are printed.
 */
import { fork } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { anercorpTest, SHARED_DATA } from "../scripts/ner/corpora.js";
import { DEFAULT_MODEL_URL, DEFAULT_STAGE2_URL, deserializeModel, loadDefaultStage2 } from "../src/understand/entities/model-file.js";
import { mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";
import { tagSentences } from "../src/understand/entities/tag-sentences.js";
import { taggerSentences } from "../src/understand/entities/tokens.js";
import { loadBaseline } from "../eval/ner/baseline.js";

const ARTICLES = 300;

interface ChildReport {
  label: string;
  loadCpuMs: number;
  loadWallMs: number;
  /** Both stages' files read (the before tagger had one stage: its load). */
  twoStageLoadCpuMs: number;
  twoStageLoadWallMs: number;
  modelBytes: number;
  twoStageModelBytes: number;
  taggerTokensPerSecond: number;
  twoStageTokensPerSecond: number;
  articlesPerSecond: number;
  articleTokensPerSecond: number;
  peakRssMb: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

/** Runs fn repeatedly for about `seconds` of wall time; returns work units per CPU second. */
function perCpuSecond(fn: () => number, seconds: number): number {
  fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let units = 0;
  while (performance.now() - t0 < seconds * 1000) units += fn();
  return units / (cpuMs(c0) / 1000);
}

function newsArticles(): string[] {
  const read = (file: string) =>
    readFileSync(new URL(file, SHARED_DATA), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { title?: string; body?: string })
      .map((a) => `${a.title ?? ""}\n${a.body ?? ""}`);
  return [...read("ant-multisource-sample/articles.jsonl").slice(0, ARTICLES / 2), ...read("saudinewsnet-sample/articles.jsonl").slice(0, ARTICLES / 2)];
}

async function child(which: string, seconds: number): Promise<ChildReport> {
  const test = anercorpTest();
  const articles = newsArticles();
  const testTokens = test.reduce((a, s) => a + s.tokens.length, 0);
  const articleTokens = articles.reduce((a, t) => a + taggerSentences(t).reduce((b, s) => b + s.length, 0), 0);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let tag: (s: { tokens: string[] }[]) => unknown;
  let tagTwoStages: (s: { tokens: string[] }[]) => unknown;
  let entities: (text: string) => unknown;
  let label: string;
  let modelBytes: number;
  if (which === "before") {
    const baseline = await loadBaseline();
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    baseline.load();
    const loadCpuMs = cpuMs(c1);
    const loadWallMs = performance.now() - t1;
    tag = (s) => baseline.tagSentences(s);
    tagTwoStages = tag;
    entities = (t) => baseline.entities(t);
    label = baseline.label;
    modelBytes = baseline.modelBytes;
    return measure({ label, loadCpuMs, loadWallMs, twoStageLoadCpuMs: loadCpuMs, twoStageLoadWallMs: loadWallMs, modelBytes, twoStageModelBytes: modelBytes });
  }
  const model = deserializeModel(readFileSync(DEFAULT_MODEL_URL));
  const loadCpuMs = cpuMs(c0);
  const loadWallMs = performance.now() - t0;
  const c2 = process.cpuUsage();
  const t2 = performance.now();
  const stage2 = loadDefaultStage2();
  const twoStageLoadCpuMs = loadCpuMs + cpuMs(c2);
  const twoStageLoadWallMs = loadWallMs + performance.now() - t2;
  tag = (s) => tagSentences(s, model);
  tagTwoStages = (s) => tagSentences(s, model, { stage2 });
  entities = (t) => mergeEntities(recognizeEntities(t, { model }));
  label = "current";
  modelBytes = statSync(DEFAULT_MODEL_URL).size;
  return measure({ label, loadCpuMs, loadWallMs, twoStageLoadCpuMs, twoStageLoadWallMs, modelBytes, twoStageModelBytes: modelBytes + statSync(DEFAULT_STAGE2_URL).size });

  function measure(head: Pick<ChildReport, "label" | "loadCpuMs" | "loadWallMs" | "twoStageLoadCpuMs" | "twoStageLoadWallMs" | "modelBytes" | "twoStageModelBytes">): ChildReport {
    const taggerTokensPerSecond = perCpuSecond(() => {
      tag(test);
      return testTokens;
    }, seconds);
    const twoStageTokensPerSecond = perCpuSecond(() => {
      tagTwoStages(test);
      return testTokens;
    }, seconds);
    const articlesPerSecond = perCpuSecond(() => {
      for (const a of articles) entities(a);
      return articles.length;
    }, seconds);
    return { ...head, taggerTokensPerSecond, twoStageTokensPerSecond, articlesPerSecond, articleTokensPerSecond: (articlesPerSecond * articleTokens) / articles.length, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  }
}

function runChild(which: string, seconds: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const p = fork(fileURLToPath(import.meta.url), ["--ner-bench-child", which, String(seconds)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    p.once("message", (m) => resolve(m as ChildReport));
    p.once("exit", (code) => (code ? reject(new Error(`bench ner: the ${which} child exited with ${code}`)) : undefined));
  });
}

export async function run(args: string[]): Promise<void> {
  const seconds = Number(args[0] ?? 5);
  const before = await runChild("before", seconds);
  const current = await runChild("current", seconds);
  const row = (name: string, f: (r: ChildReport) => number, digits = 0, higherIsBetter = true) => {
    const a = f(current);
    const b = f(before);
    const ratio = higherIsBetter ? a / b : b / a;
    console.log(`${name.padEnd(28)} ${a.toFixed(digits).padStart(12)} ${b.toFixed(digits).padStart(12)}   ${ratio.toFixed(2)}× ${higherIsBetter ? "" : "(before / current)"}`);
  };
  console.log(`${"".padEnd(28)} ${"current".padStart(12)} ${before.label.padStart(12)}`);
  row("tagger tokens/CPU-s", (r) => r.taggerTokensPerSecond);
  row("two stages tokens/CPU-s", (r) => r.twoStageTokensPerSecond);
  row("articles/CPU-s (rec+merge)", (r) => r.articlesPerSecond, 1);
  row("article tokens/CPU-s", (r) => r.articleTokensPerSecond);
  row("model load, CPU ms", (r) => r.loadCpuMs, 0, false);
  row("model load, wall ms", (r) => r.loadWallMs, 0, false);
  row("two-stage load, CPU ms", (r) => r.twoStageLoadCpuMs, 0, false);
  row("two-stage load, wall ms", (r) => r.twoStageLoadWallMs, 0, false);
  row("model file, MB", (r) => r.modelBytes / 1e6, 2, false);
  row("two-stage files, MB", (r) => r.twoStageModelBytes / 1e6, 2, false);
  row("peak RSS, MB", (r) => r.peakRssMb, 0, false);
}

if (process.argv[2] === "--ner-bench-child") {
  const report = await child(process.argv[3]!, Number(process.argv[4]));
  process.send!(report, () => process.exit(0));
}
