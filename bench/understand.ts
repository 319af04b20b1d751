/**
 * `npm run bench -- understand [--seconds S] [--articles N]`: the whole understanding stage
 * (understandArticle: language, dates, entities, quotes, figures, tags) on seed-sized (~6 KB)
 * Arabic articles composed from the project's own fixture sentences, one core, in-process.
 * Reports: NER model load time (the first call loads it lazily), articles/s and KB/s for the
 * stage, the time share of each part, and the ratio to a peer run over the same texts in the same
 * process: the shared analyzer alone (tokenize + normalize + stem), the cheapest pass any stage
 * makes over a body. Target: ≥ 200 articles/s.
 */
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import type { Article } from "../src/types.js";
import { tokenize } from "../src/arabic/analyze.js";
import { findDateMentions } from "../src/understand/dates/mentions.js";
import { loadDefaultModel, mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";
import { findFacts } from "../src/understand/figures.js";
import { understandArticle } from "../src/understand/index.js";
import { findQuotes } from "../src/understand/quotes.js";
import { generateTags } from "../src/understand/tags.js";

const FIXTURES = new URL("../src/understand/fixtures/", import.meta.url);
/** The seed page's body is about 6 KB of text (UTF-16 code units ≈ characters). */
const TARGET_CHARS = 3400;

function sentences(): string[] {
  const out: string[] = [];
  for (const name of ["dates.json", "figures.json", "quotes.json"]) {
    const cases = (JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as { cases: Array<{ text: string }> }).cases;
    out.push(...cases.map((c) => c.text));
  }
  const pages = (JSON.parse(readFileSync(new URL("pages.json", FIXTURES), "utf8")) as { cases: Array<{ body: string }> }).cases;
  for (const p of pages) out.push(...p.body.split(/\n+/).filter(Boolean));
  return out;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same articles. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function composeArticles(n: number): Article[] {
  const pool = sentences();
  const next = rng(20230920);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const paras: string[] = [];
    let size = 0;
    while (size < TARGET_CHARS) {
      const para = [0, 1, 2].map(() => pool[Math.floor(next() * pool.length)]!).join(" ");
      paras.push(para);
      size += para.length + 2;
    }
    out.push({
      role: "main", title: pool[Math.floor(next() * pool.length)]!.slice(0, 80), publishedAt: "2024-03-13", updatedAt: null, language: "und",
      body: paras.join("\n\n"), source: { name: null, domain: null }, author: null, url: null,
      embeds: [{ platform: "x", author: null, handle: "@example", postedAt: null, language: null, text: "The minister spoke to Prime Minister Ahmed Salem about the ceasefire in Gaza today.", links: [] }],
      tags: [], entities: [], quotes: [], facts: [], dates: [],
    });
  }
  return out;
}

/**
 * Runs fn over the articles for about `seconds` of wall time. perSecond is per CPU second of this
 * process (the machine may be shared: wall time would measure the neighbours); perWallSecond is
 * printed beside it.
 */
function timeLoop(articles: Article[], seconds: number, fn: (a: Article) => unknown): { perSecond: number; perWallSecond: number; runs: number } {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let runs = 0;
  while (performance.now() - start < seconds * 1000) {
    fn(articles[runs % articles.length]!);
    runs++;
  }
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: runs / ((cpu.user + cpu.system) / 1e6), perWallSecond: runs / ((performance.now() - start) / 1000), runs };
}

export async function run(args: string[]): Promise<void> {
  const opt = (name: string, dflt: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const seconds = opt("--seconds", 3);
  const articles = composeArticles(opt("--articles", 200));
  const avgBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.body, "utf8"), 0) / articles.length;

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  loadDefaultModel();
  const loadCpu = process.cpuUsage(c0);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  recognizeEntities("قال الرئيس في دمشق");
  const firstCallMs = performance.now() - t1;

  // One pass over every article before measuring, reported on its own: the per-word memos (token
  // analyses, word scores) and the JIT start cold. Measured from the second pass on, the whole
  // stage is in the state its parts below are measured in (a loaded machine did not finish one
  // pass in the measuring time, so the whole stage was timed cold and its parts warm).
  const firstPassCpu = process.cpuUsage();
  for (const a of articles) understandArticle(a, { referenceDate: null });
  const firstPass = process.cpuUsage(firstPassCpu);
  const firstPassRate = articles.length / ((firstPass.user + firstPass.system) / 1e6);

  const whole = timeLoop(articles, seconds, (a) => understandArticle(a, { referenceDate: null }));
  const peer = timeLoop(articles, seconds, (a) => tokenize(a.body));

  const parts: Array<[string, (a: Article) => unknown]> = [
    ["dates", (a) => findDateMentions(a.body, a.publishedAt)],
    ["entities (recognize + merge)", (a) => mergeEntities([...recognizeEntities(a.body), ...a.embeds.flatMap((e) => recognizeEntities(e.text))])],
    ["quotes", (a) => findQuotes(a.body)],
    ["figures", (a) => findFacts(a.body)],
    ["tags", (a) => generateTags(a.title, a.body, [])],
  ];
  const partRates = parts.map(([name, fn]) => [name, timeLoop(articles, Math.max(1, seconds / 3), fn)] as const);

  console.log(`understand bench: ${articles.length} composed articles, ${(avgBytes / 1024).toFixed(1)} KB UTF-8 body on average, one core, ${seconds}s per loop`);
  console.log(`NER model load: ${loadMs.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU (loadDefaultModel), first recognize call after load: ${firstCallMs.toFixed(1)} ms`);
  console.log(`| pass | articles/CPU-s | CPU ms/article | articles/wall-s |`);
  console.log(`|---|---|---|---|`);
  const line = (name: string, r: { perSecond: number; perWallSecond: number }) => console.log(`| ${name} | ${r.perSecond.toFixed(0)} | ${(1000 / r.perSecond).toFixed(2)} | ${r.perWallSecond.toFixed(0)} |`);
  console.log(`| understandArticle, first pass (cold memos and JIT) | ${firstPassRate.toFixed(0)} | ${(1000 / firstPassRate).toFixed(2)} | |`);
  line("understandArticle (whole stage)", whole);
  for (const [name, r] of partRates) line(name, r);
  line("peer: analyzer only (tokenize)", peer);
  console.log(`whole stage: ${((whole.perSecond * avgBytes) / 1024).toFixed(0)} KB/CPU-s; ${(peer.perSecond / whole.perSecond).toFixed(1)}× the analyzer-only peer's time; target ≥ 200 articles/s (one core, CPU time): ${whole.perSecond >= 200 ? "met" : "NOT met"}`);
}
