/**
 * `npm run bench -- serve [--articles N] [--requests N] [--db path]`: time to first byte and page
 * weight of each page type of the web reader over a SQLite store of N articles (default 20,000;
 * the target size is 100,000), through a real socket (@hono/node-server). Peers in the same
 * run: the JSON API answering the same search (what the page adds over the data), and a bare route
 * (the server's floor).
 *
 * The store is filled with the sample corpus's articles (read once through the pipeline) and
 * perturbed copies: shuffled paragraphs, a varying number, date and source, so sizes and posting
 * lists grow as they would with real news. Copies are written straight through `upsertArticles`.
 */
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readLocalInputs, DEFAULT_MAX_BYTES } from "../src/acquire/local-files.js";
import { readPage } from "../src/pipeline.js";
import { startServer } from "../src/serve/server.js";
import { openStore, type ArticleInput, type Store } from "../src/store/store.js";
import type { Article } from "../src/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["وكالة الشرق للأنباء", "بوابة الواحة", "نبض المدينة", "صحيفة الضفتين", "قناة الأفق", "موقع السنبلة", "صحيفة الميدان", "إذاعة الصباح"];
const BATCH = 500;
/** Page weight target of the issue, without the font. */
const WEIGHT_TARGET = 250 * 1024;

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function sampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const read of readLocalInputs([join(ROOT, "samples/corpus")], { maxBytes: DEFAULT_MAX_BYTES })) {
    if (!read.page) continue;
    const r = readPage(read.page, { now: "2026-11-25" });
    if (r.value) out.push(r.value.articles[0]!);
  }
  return out;
}

function perturb(a: Article, i: number, rand: () => number): Article {
  const paras = a.body.split(/\n\s*\n/);
  for (let k = paras.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [paras[k], paras[j]] = [paras[j]!, paras[k]!];
  }
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 330) * 86_400_000).toISOString().slice(0, 10);
  const source = SOURCES[Math.floor(rand() * SOURCES.length)]!;
  return { ...a, title: `${a.title} (${i})`, body: `${paras.join("\n\n")}\n\nرقم المتابعة ${i}.`, publishedAt: `${day}T${String(i % 24).padStart(2, "0")}:00`, source: { name: source, domain: null }, url: `https://bench.example/${i}` };
}

async function fill(store: Store, n: number): Promise<number> {
  const base = await sampleArticles();
  const rand = rng(42);
  const started = performance.now();
  for (let i = 0; i < n; i += BATCH) {
    const batch: ArticleInput[] = [];
    for (let k = i; k < Math.min(n, i + BATCH); k++) batch.push({ input: `bench/${k}`, index: 0, article: perturb(base[k % base.length]!, k, rand) });
    await store.upsertArticles(batch, { storedAt: "2026-11-25T00:00:00Z" });
    if ((i / BATCH) % 20 === 0) process.stderr.write(`\rbench serve: filling ${i + batch.length}/${n}`);
  }
  process.stderr.write("\n");
  return (performance.now() - started) / 1000;
}

function ttfb(port: number, path: string): Promise<{ ms: number; bytes: number; status: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let first = -1;
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        if (first < 0) first = performance.now() - t0;
        bytes += chunk.length;
      });
      res.on("end", () => resolve({ ms: first < 0 ? performance.now() - t0 : first, bytes, status: res.statusCode ?? 0 }));
    });
    req.on("error", reject);
    req.end();
  });
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export async function run(args: string[]): Promise<void> {
  const n = arg(args, "--articles", 20_000);
  const requests = arg(args, "--requests", 60);
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-serve-"));
  const dbArg = args.indexOf("--db");
  const dbPath = dbArg >= 0 ? args[dbArg + 1]! : join(dir, "bench.sqlite");
  const reuse = existsSync(dbPath);
  const store = await openStore(dbPath);
  try {
    if (!reuse) {
      const secs = await fill(store, n);
      console.log(`filled ${n} articles in ${secs.toFixed(1)} s (${Math.round(n / secs)} articles/s)`);
    }
    const stats = await store.stats();
    const server = await startServer(store, 0, "127.0.0.1", { log: () => {} });
    const articles = (await store.listArticles({ limit: 100 })).items;
    const entities = await store.listEntities({ limit: 20 });
    const sources = await store.listSources();
    const queries = ["سيول", "وادي الريم", "قمة المياه", "الكهرباء", "إضراب المعلمين", "قطار الأنفاق", "النجمة", "حريق سوق", "تطبيق حرف", "الفسيفساء"];
    const rand = rng(7);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const types: [string, () => string][] = [
      ["home", () => "/"],
      ["search", () => `/search?q=${encodeURIComponent(pick(queries))}`],
      ["article", () => `/articles/${pick(articles).id}`],
      ["source", () => `/sources/${encodeURIComponent(pick(sources).key)}`],
      ...(entities.length ? [["entity", () => `/entities/${encodeURIComponent(pick(entities).name)}`] as [string, () => string]] : []),
      ["peer: /api/search (same queries)", () => `/api/search?q=${encodeURIComponent(pick(queries))}&facets=source,day,entity`],
      ["peer: /api/health (floor)", () => "/api/health"],
    ];
    console.log(`\nstore: ${stats.articles} articles, ${(stats.bytes / 1e6).toFixed(1)} MB; ${requests} sequential requests per page type (after 5 warm-up)\n`);
    console.log("page type                          TTFB p50   TTFB p95   weight (HTML, no font)");
    const results: Record<string, number> = {};
    for (const [name, path] of types) {
      for (let i = 0; i < 5; i++) await ttfb(server.port, path());
      const times: number[] = [];
      const sizes: number[] = [];
      for (let i = 0; i < requests; i++) {
        const r = await ttfb(server.port, path());
        if (r.status !== 200) throw new Error(`bench serve: ${name} answered ${r.status}`);
        times.push(r.ms);
        sizes.push(r.bytes);
      }
      results[name] = pct(times, 50);
      console.log(`${name.padEnd(34)} ${pct(times, 50).toFixed(1).padStart(6)} ms ${pct(times, 95).toFixed(1).padStart(7)} ms   ${(Math.max(...sizes) / 1024).toFixed(1)} KB max`);
    }
    const css = await ttfb(server.port, "/assets/marsad.css");
    const font = await ttfb(server.port, "/assets/fonts/naskh-400.woff2");
    console.log(`\nassets: stylesheet ${(css.bytes / 1024).toFixed(1)} KB, font (regular) ${(font.bytes / 1024).toFixed(1)} KB; no script; target page weight ≤ ${WEIGHT_TARGET / 1024} KB without the font`);
    const api = results["peer: /api/search (same queries)"]!;
    console.log(`ratio search page / API search p50: ${(results.search! / api).toFixed(2)}×`);
    await server.close();
  } finally {
    await store.close();
    if (dbArg < 0) rmSync(dir, { recursive: true, force: true });
  }
}
