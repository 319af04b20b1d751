/**
 * `npm run bench -- understand [--seconds S] [--warm N] [--articles N] [--stream N] [--stream-warm N] [--batch N] [--dist DIR] [--peer DIR]... [--source]`:
 * the whole understanding stage (understandArticle: language, dates, entities, quotes, figures,
 * tags) on seed-sized (~6 KB) Arabic articles composed from the project's own fixture sentences,
 * one core, in-process, CPU time.
 * What it measures is the built package (`--dist`, default this checkout's dist/: run `npm run
 * build` first), the JavaScript users run, not the TypeScript source through tsx (esbuild's output:
 * names kept on every function, `__name` calls, other inlining; `--source` adds the source as a
 * peer to show the difference). Reports: NER model load time, articles/s and KB/s for the stage, the
 * time share of each part, and ratios to peers over the same articles in the same process:
 * - the shared analyzer alone (tokenize + normalize + stem), the cheapest pass any stage makes;
 * - each `--peer DIR` (another build, e.g. a worktree of main's dist/) and `--source`: the stage of
 *   each build in turn, article by article, over the same articles, CPU time per build; the ratio
 *   per block of time, its median, and the ratio of the articles' least times over all passes.
 * Before the loops, one pass (reported: cold memos and JIT), then `--warm` more passes (default 3)
 * of the whole stage, not measured: after one pass V8 still compiles the stage's functions on its
 * helper threads, whose CPU the process's CPU time counts; counted in passes, not seconds, since a
 * loaded machine runs fewer articles a second and the compiler follows the articles. The helper
 * threads' share of the whole stage's CPU is printed (Linux): the compiler's (~0.3-0.4 ms an
 * article once warm, with --single-threaded-gc) and the parallel scavenger's (the stage allocates
 * ~1.9 MB an article since perf40 (2.2 before): a scavenge every ~8-9 articles; 0.3-1 ms more, more
 * under load).
 * The parts are each timed in a loop of their own, each given what the stage hands it (the
 * entities to quotes and tags, the dates and places to figures), where each keeps its own data in
 * the CPU's caches: inside the stage the same work may cost more. The
 * last line times the whole stage and the parts alone over the same blocks of articles,
 * alternated (same seconds, same load): the ratio is that difference, not work the stage adds.
 * The stream rows measure what a news monitor feels: real articles each seen once (`--stream`,
 * default 600, 0 to skip; bench/lib/unseen-stream.ts: SaudiNewsNet, ANT and JawharaFM in turn),
 * after the steady loops and a warm-up on `--stream-warm` other real articles (default 300), so the
 * JIT is warm and the common words are remembered but the stream's rarer words are new to every
 * memo. Printed: the stream seen once, the same articles seen again (the difference is the cost of
 * first sight), CPU ms a KB of each beside the steady loop's; with peers, a second slice of as
 * many articles taken by every build in turn, each article once, ratios per block of 100; with
 * `--batch N` too (and every build has understandArticles), a further slice taken by every build in
 * turn in blocks of N through understandArticles (the batch path an ingest takes), ratios likewise.
 * With `--batch N` (default 16, 0 for none; builds that have understandArticles): the stage over
 * blocks of N articles by understandArticles (part by part over the block) against understandArticle
 * of each, whole passes alternated; and a third slice of the stream in blocks of N, the
 * blocks taken in turn by each way (different articles, each seen once).
 * Target: ≥ 200 articles/s.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { Article } from "../src/types.js";
import { unseenArticles } from "./lib/unseen-stream.js";

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

/** The stage's entry points, from one build (a dist/ directory) or from the source through tsx. */
interface Stage {
  label: string;
  understandArticle: typeof import("../src/understand/index.js").understandArticle;
  /** Absent from a build older than the batch entry point. */
  understandArticles?: typeof import("../src/understand/index.js").understandArticles;
  tokenize: typeof import("../src/arabic/analyze.js").tokenize;
  findDateMentions: typeof import("../src/understand/dates/mentions.js").findDateMentions;
  entities: typeof import("../src/understand/entities/index.js");
  findFacts: typeof import("../src/understand/figures.js").findFacts;
  findQuotes: typeof import("../src/understand/quotes.js").findQuotes;
  generateTags: typeof import("../src/understand/tags.js").generateTags;
}

/** Loads the stage from `root` (a dist/ directory, modules ending in `ext`). */
async function loadStage(label: string, root: string, ext: ".js" | ".ts"): Promise<Stage> {
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(root, path + ext)).href)) as T;
  if (ext === ".js" && !existsSync(resolve(root, "understand/index.js"))) throw new Error(`understand bench: no build at ${root} (run npm run build)`);
  return {
    label,
    ...(await load<Pick<Stage, "understandArticle" | "understandArticles">>("understand/index")),
    tokenize: (await load<Pick<Stage, "tokenize">>("arabic/analyze")).tokenize,
    findDateMentions: (await load<Pick<Stage, "findDateMentions">>("understand/dates/mentions")).findDateMentions,
    entities: await load<Stage["entities"]>("understand/entities/index"),
    findFacts: (await load<Pick<Stage, "findFacts">>("understand/figures")).findFacts,
    findQuotes: (await load<Pick<Stage, "findQuotes">>("understand/quotes")).findQuotes,
    generateTags: (await load<Pick<Stage, "generateTags">>("understand/tags")).generateTags,
  };
}

/** What understandArticle hands quotes, figures and tags of an article (src/understand/index.ts), from `stage`'s own parts. */
function handedInputs(stage: Stage, a: Article) {
  const dates = stage.findDateMentions(a.body, a.publishedAt);
  const spans = stage.entities.recognizeEntities(a.body);
  const entities = stage.entities.mergeEntities([...spans, ...a.embeds.flatMap((e) => stage.entities.recognizeEntities(e.text))]);
  return {
    quotes: { spans, entities },
    figures: {
      dateSpans: dates.map((d) => ({ start: d.start, end: d.start + d.text.length, value: d.value, kind: d.kind })),
      publishedAt: a.publishedAt,
      places: spans.filter((s) => s.type === "location"),
    },
  };
}

const cpuMicros = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

/**
 * The whole stage of every build in turn, article by article (the order of the builds reversed
 * every other article), over the same articles, for about `seconds` of wall time in `blocks`
 * blocks of whole passes. Per build: articles per CPU second per block (a block's builds ran in
 * the same seconds, so under the same load), and the sum over the articles of each article's
 * least CPU time over all passes (a neighbour's burst on a shared machine only ever adds time, so
 * the least is the steadiest measure; 0 when one pass did not end).
 */
function alternateStages(stages: Stage[], articles: Article[], seconds: number, blocks: number): { rates: number[][]; leastSums: number[] } {
  const rates = stages.map((): number[] => []);
  const least = stages.map(() => articles.map(() => Infinity));
  for (let b = 0; b < blocks; b++) {
    const cpu = stages.map(() => 0);
    const runs = stages.map(() => 0);
    const start = performance.now();
    do {
      for (let i = 0; i < articles.length; i++) {
        for (let turn = 0; turn < stages.length; turn++) {
          const k = i % 2 ? stages.length - 1 - turn : turn;
          const c0 = cpuMicros();
          stages[k]!.understandArticle(articles[i]!, { referenceDate: null });
          const spent = cpuMicros() - c0;
          cpu[k]! += spent;
          runs[k]!++;
          if (spent < least[k]![i]!) least[k]![i] = spent;
        }
      }
    } while (performance.now() - start < (seconds * 1000) / blocks);
    stages.forEach((_, k) => rates[k]!.push(runs[k]! / (cpu[k]! / 1e6)));
  }
  return { rates, leastSums: least.map((xs) => xs.reduce((sum, x) => sum + x, 0)) };
}

/** Linux's USER_HZ is 100: /proc times count clock ticks of 10 ms. */
const MS_PER_CLOCK_TICK = 10;

/** CPU milliseconds of this process's threads other than the main one (V8's collector and compiler helpers), or null off Linux. */
function helperThreadsCpuMs(): number | null {
  try {
    let ticks = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      if (tid === String(process.pid)) continue;
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // utime and stime: fields 14 and 15 of stat, indexes 11 and 12 of what follows the name; in clock ticks
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * MS_PER_CLOCK_TICK;
  } catch {
    return null;
  }
}

/**
 * The whole stage over a block of articles, then each part over the same block in a loop of its
 * own (in the other order every other block), blocks in turn for about `seconds`: CPU ms an
 * article of each, measured in the same seconds.
 */
function wholeAgainstParts(articles: Article[], seconds: number, whole: (a: Article) => unknown, parts: Array<[string, (a: Article) => unknown]>): { whole: number; parts: number } {
  const BLOCK = 20;
  let wholeUs = 0;
  let partsUs = 0;
  let n = 0;
  const start = performance.now();
  for (let b = 0; performance.now() - start < seconds * 1000; b++) {
    const from = (b * BLOCK) % articles.length;
    const block = articles.slice(from, from + BLOCK);
    const runWhole = () => {
      const c0 = cpuMicros();
      for (const a of block) whole(a);
      wholeUs += cpuMicros() - c0;
    };
    const runParts = () => {
      const c0 = cpuMicros();
      for (const [, fn] of parts) for (const a of block) fn(a);
      partsUs += cpuMicros() - c0;
    };
    if (b % 2) {
      runWhole();
      runParts();
    } else {
      runParts();
      runWhole();
    }
    n += block.length;
  }
  return { whole: wholeUs / n / 1000, parts: partsUs / n / 1000 };
}

/**
 * Whole passes over the articles in turn (the other first every other round), for about `seconds`:
 * understandArticles over blocks of `size` articles, and understandArticle of each article. Passes,
 * not blocks, are alternated: run back to back over the same block, the second way found that
 * block's data in the caches from the first and the two came out alike (×1.00), where a pass reads
 * every article of the set once in one way, as an ingest reads a stream. CPU ms an article of each.
 */
function batchesAgainstSingle(articles: Article[], seconds: number, size: number, batch: (as: Article[]) => unknown, single: (a: Article) => unknown): { batched: number; single: number; rounds: number } {
  const us = [0, 0];
  let rounds = 0;
  const runBatches = () => {
    const c0 = cpuMicros();
    for (let from = 0; from < articles.length; from += size) batch(articles.slice(from, from + size));
    us[0]! += cpuMicros() - c0;
  };
  const runSingle = () => {
    const c0 = cpuMicros();
    for (const a of articles) single(a);
    us[1]! += cpuMicros() - c0;
  };
  const start = performance.now();
  do {
    if (rounds % 2) {
      runBatches();
      runSingle();
    } else {
      runSingle();
      runBatches();
    }
    rounds++;
  } while (performance.now() - start < seconds * 1000);
  const n = rounds * articles.length;
  return { batched: us[0]! / n / 1000, single: us[1]! / n / 1000, rounds };
}

/**
 * A stream of articles each seen once, in blocks of `size`, the blocks read in turn by
 * understandArticles and by understandArticle one article at a time (different articles each way,
 * so the two are comparable only over many blocks): CPU ms an article of each.
 */
function streamInBatches(articles: Article[], size: number, batch: (as: Article[]) => unknown, single: (a: Article) => unknown): { batched: number; single: number } {
  const us = [0, 0];
  const count = [0, 0];
  for (let b = 0, from = 0; from < articles.length; b++, from += size) {
    const block = articles.slice(from, from + size);
    const c0 = cpuMicros();
    if (b % 2) batch(block);
    else for (const a of block) single(a);
    us[b % 2]! += cpuMicros() - c0;
    count[b % 2]! += block.length;
  }
  return { batched: us[1]! / count[1]! / 1000, single: us[0]! / count[0]! / 1000 };
}

/**
 * Each build in turn over a stream of articles it sees once (the order of the builds reversed every
 * other article, or every other block): CPU µs per article per build, and the articles' UTF-8 body
 * bytes. `size` > 1: blocks of `size` articles through understandArticles, each article of a block
 * given an equal share of the block's time.
 */
function streamOnce(stages: Stage[], articles: Article[], size = 1): { us: number[][]; bytes: number[] } {
  const us = stages.map(() => articles.map(() => 0));
  for (let b = 0, from = 0; from < articles.length; b++, from += size) {
    const block = articles.slice(from, from + size);
    for (let turn = 0; turn < stages.length; turn++) {
      const k = b % 2 ? stages.length - 1 - turn : turn;
      const c0 = cpuMicros();
      if (size > 1) stages[k]!.understandArticles!(block, block.map(() => ({ referenceDate: null })));
      else stages[k]!.understandArticle(block[0]!, { referenceDate: null });
      const share = (cpuMicros() - c0) / block.length;
      for (let i = from; i < from + block.length; i++) us[k]![i] = share;
    }
  }
  return { us, bytes: articles.map((a) => Buffer.byteLength(a.title + a.body, "utf8")) };
}

/** streamOnce's CPU µs of each build as a table: articles/CPU-s per build, per block of 100 articles, and ratios to this build. */
function printStreamAlternated(title: string, stages: Stage[], us: number[][]): void {
  const STREAM_BLOCK = 100;
  const blockRates = us.map((xs) => {
    const out: number[] = [];
    for (let from = 0; from < xs.length; from += STREAM_BLOCK) out.push((Math.min(STREAM_BLOCK, xs.length - from) * 1e6) / sum(xs.slice(from, from + STREAM_BLOCK)));
    return out;
  });
  console.log(`\n${title}, ${us[0]!.length} articles each seen once by each build, blocks of ${STREAM_BLOCK} (ratio = this build / peer):`);
  console.log(`| build | articles/CPU-s | CPU ms/article | per block | ratio per block | median ratio | ratio of totals |`);
  console.log(`|---|---|---|---|---|---|---|`);
  stages.forEach((s, k) => {
    const ratios = blockRates[0]!.map((r, b) => r / blockRates[k]![b]!);
    console.log(
      `| ${s.label} | ${((us[k]!.length * 1e6) / sum(us[k]!)).toFixed(1)} | ${(sum(us[k]!) / us[k]!.length / 1000).toFixed(2)} | ${blockRates[k]!.map((r) => r.toFixed(0)).join(" ")} | ${k ? ratios.map((r) => r.toFixed(3)).join(" ") : ""} | ${k ? median(ratios).toFixed(3) : ""} | ${k ? (sum(us[k]!) / sum(us[0]!)).toFixed(3) : ""} |`,
    );
  });
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

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
  const distArg = args.indexOf("--dist");
  const dist = distArg >= 0 ? resolve(args[distArg + 1]!) : new URL("../dist/", import.meta.url).pathname;
  const stage = await loadStage(`this build (${dist})`, dist, ".js");
  const peers: Stage[] = [];
  for (let i = args.indexOf("--peer"); i >= 0; i = args.indexOf("--peer", i + 1)) peers.push(await loadStage(`peer build (${resolve(args[i + 1]!)})`, resolve(args[i + 1]!), ".js"));
  if (args.includes("--source")) peers.push(await loadStage("peer: this checkout's source through tsx", new URL("../src/", import.meta.url).pathname, ".ts"));
  const { loadDefaultModel, mergeEntities, recognizeEntities } = stage.entities;
  const streamLength = opt("--stream", 600);
  // understandArticles part by part over blocks of --batch articles (default 16; 0: not measured).
  const batchSize = opt("--batch", 16);
  const understandBatch = stage.understandArticles && batchSize > 0 ? stage.understandArticles : null;
  // Every build in blocks of --batch over a slice of the stream of its own (builds without understandArticles: not measured).
  const peersInBatches = understandBatch !== null && peers.length > 0 && peers.every((p) => p.understandArticles);
  // Read before anything is timed; with peers, a second slice of as many articles, unseen by all; with batches, one more, and one more for peersInBatches.
  const slices = 1 + (peers.length ? 1 : 0) + (understandBatch ? 1 : 0) + (peersInBatches ? 1 : 0);
  const unseen = streamLength > 0 ? unseenArticles(streamLength * slices, opt("--stream-warm", 300)) : null;

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
  const understand = (a: Article) => stage.understandArticle(a, { referenceDate: null });
  const firstPassCpu = process.cpuUsage();
  for (const a of articles) understand(a);
  const firstPass = process.cpuUsage(firstPassCpu);
  const firstPassRate = articles.length / ((firstPass.user + firstPass.system) / 1e6);
  for (const p of peers) for (const a of articles) p.understandArticle(a, { referenceDate: null });
  for (let pass = 0; pass < opt("--warm", 3); pass++) for (const a of articles) understand(a);

  const helpers0 = helperThreadsCpuMs();
  const whole = timeLoop(articles, seconds, understand);
  const helpers1 = helperThreadsCpuMs();
  const analyzer = timeLoop(articles, seconds, (a) => stage.tokenize(a.body));

  // Each part is given what the stage hands it (quotes the body's spans and the merged entities,
  // figures the date spans and places, tags the entities), computed once here: without them quotes
  // names no speaker from the entities and the parts' sum was a third below the stage's cost.
  const handed = new Map(articles.map((a) => [a, handedInputs(stage, a)] as const));
  const parts: Array<[string, (a: Article) => unknown]> = [
    ["dates", (a) => stage.findDateMentions(a.body, a.publishedAt)],
    ["entities (recognize + merge)", (a) => mergeEntities([...recognizeEntities(a.body), ...a.embeds.flatMap((e) => recognizeEntities(e.text))])],
    ["quotes", (a) => stage.findQuotes(a.body, handed.get(a)!.quotes)],
    ["figures", (a) => stage.findFacts(a.body, handed.get(a)!.figures)],
    ["tags", (a) => stage.generateTags(a.title, a.body, handed.get(a)!.quotes.entities)],
  ];
  const partRates = parts.map(([name, fn]) => [name, timeLoop(articles, Math.max(1, seconds / 3), fn)] as const);
  const sameBlocks = wholeAgainstParts(articles, seconds, understand, parts);
  const batchOf = (as: Article[]) => understandBatch!(as, as.map(() => ({ referenceDate: null })));
  const batched = understandBatch ? batchesAgainstSingle(articles, 2 * seconds, batchSize, batchOf, understand) : null;
  // The stream rows, after the steady loops (the JIT as warm as it gets): every build first runs the
  // warm-up articles (real news, not the stream's), alternated; then with peers the builds take the
  // second slice of the stream in turn, each article once; then this build alone takes the first
  // slice once (unseen articles) and again (the same articles, their words now remembered).
  let streamRows: { once: number[]; again: number[]; bytes: number[] } | null = null;
  let streamAlternated: ReturnType<typeof streamOnce> | null = null;
  let streamAlternatedInBatches: ReturnType<typeof streamOnce> | null = null;
  let streamBatched: ReturnType<typeof streamInBatches> | null = null;
  if (unseen) {
    streamOnce([stage, ...peers], unseen.warm);
    // its own slice, after the other stream rows' (the builds in turn take streamLength articles after the first slice)
    if (understandBatch) streamBatched = streamInBatches(unseen.stream.slice(streamLength * (slices - 1)), batchSize, batchOf, understand);
    if (peersInBatches) streamAlternatedInBatches = streamOnce([stage, ...peers], unseen.stream.slice(2 * streamLength, 3 * streamLength), batchSize);
    if (peers.length) streamAlternated = streamOnce([stage, ...peers], unseen.stream.slice(streamLength, 2 * streamLength));
    const first = unseen.stream.slice(0, streamLength);
    const once = streamOnce([stage], first);
    streamRows = { once: once.us[0]!, again: streamOnce([stage], first).us[0]!, bytes: once.bytes };
  }
  const blocks = Math.max(3, Math.round(seconds));
  // The peers were warmed by one pass only: a block of the same alternation first, not counted, so
  // every build enters the measured blocks as warm as the others.
  if (peers.length) alternateStages([stage, ...peers], articles, 0, 1);
  const alternated = peers.length ? alternateStages([stage, ...peers], articles, 2 * seconds * (1 + peers.length), blocks) : null;

  console.log(`understand bench: ${articles.length} composed articles, ${(avgBytes / 1024).toFixed(1)} KB UTF-8 body on average, one core, ${seconds}s per loop`);
  console.log(`measured: ${stage.label}`);
  console.log(`NER model load: ${loadMs.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU (loadDefaultModel), first recognize call after load: ${firstCallMs.toFixed(1)} ms`);
  console.log(`| pass | articles/CPU-s | CPU ms/article | articles/wall-s |`);
  console.log(`|---|---|---|---|`);
  const line = (name: string, r: { perSecond: number; perWallSecond: number }) => console.log(`| ${name} | ${r.perSecond.toFixed(0)} | ${(1000 / r.perSecond).toFixed(2)} | ${r.perWallSecond.toFixed(0)} |`);
  console.log(`| understandArticle, first pass (cold memos and JIT) | ${firstPassRate.toFixed(0)} | ${(1000 / firstPassRate).toFixed(2)} | |`);
  line("understandArticle (whole stage)", whole);
  if (streamRows && unseen) {
    const { once, again, bytes } = streamRows;
    const kb = sum(bytes) / 1024 / once.length;
    const row = (name: string, us: number[]) => console.log(`| ${name} | ${((once.length * 1e6) / sum(us)).toFixed(0)} | ${(sum(us) / us.length / 1000).toFixed(2)} | |`);
    row(`understandArticle, stream of unseen articles (${once.length} real articles, ${kb.toFixed(1)} KB on average, each seen once, after ${unseen.warm.length} others)`, once);
    row(`understandArticle, the same ${once.length} articles seen again (their words remembered)`, again);
  }
  for (const [name, r] of partRates) line(name, r);
  line("peer: analyzer only (tokenize)", analyzer);
  console.log(`whole stage: ${((whole.perSecond * avgBytes) / 1024).toFixed(0)} KB/CPU-s; ${(analyzer.perSecond / whole.perSecond).toFixed(1)}× the analyzer-only peer's time; target ≥ 200 articles/s (one core, CPU time): ${whole.perSecond >= 200 ? "met" : "NOT met"}`);
  if (helpers0 !== null && helpers1 !== null) console.log(`whole stage: V8's helper threads (collector, compiler) ${((helpers1 - helpers0) / whole.runs).toFixed(2)} of its ${(1000 / whole.perSecond).toFixed(2)} CPU ms an article`);
  console.log(
    `whole stage ${sameBlocks.whole.toFixed(2)} CPU ms an article against its parts each in a loop of its own ${sameBlocks.parts.toFixed(2)} (their sum), over the same blocks of articles alternated: ×${(sameBlocks.whole / sameBlocks.parts).toFixed(2)} (alone, a part keeps its data in the caches; the stage also detects languages and copies the article)`,
  );
  if (batched) {
    console.log(
      `whole stage in batches of ${batchSize} (understandArticles: every article's dates, then entities, quotes, figures, tags) ${batched.batched.toFixed(2)} CPU ms an article (${(1000 / batched.batched).toFixed(0)} articles/CPU-s) against understandArticle of each article ${batched.single.toFixed(2)}, ${batched.rounds} rounds of a pass each way alternated: ×${(batched.single / batched.batched).toFixed(3)}`,
    );
  }
  if (streamBatched) {
    console.log(
      `stream of unseen articles in blocks of ${batchSize}, the blocks in turn: understandArticles ${streamBatched.batched.toFixed(2)} CPU ms an article, understandArticle one by one ${streamBatched.single.toFixed(2)} (different articles: ×${(streamBatched.single / streamBatched.batched).toFixed(3)})`,
    );
  }
  if (streamRows) {
    const { once, again, bytes } = streamRows;
    const perKb = (us: number[]) => (sum(us) / 1000) / (sum(bytes) / 1024);
    console.log(
      `stream: ${perKb(once).toFixed(2)} CPU ms a KB seen once, ${perKb(again).toFixed(2)} seen again (×${(sum(once) / sum(again)).toFixed(2)}), steady composed articles ${(1000 / whole.perSecond / (avgBytes / 1024)).toFixed(2)}; at 6 KB: ${(perKb(once) * 6).toFixed(2)} ms seen once`,
    );
  }
  if (streamAlternated) printStreamAlternated("stream of unseen articles alternated in one process, article by article", [stage, ...peers], streamAlternated.us);
  if (streamAlternatedInBatches) printStreamAlternated(`stream of unseen articles alternated in one process, in blocks of ${batchSize} (understandArticles)`, [stage, ...peers], streamAlternatedInBatches.us);
  if (!alternated) return;
  const { rates, leastSums } = alternated;
  console.log(`\nalternated in one process, article by article, ${blocks} blocks of whole passes (ratio = this build / peer; the build loaded first tends to run a few % faster: swap --dist and --peer to balance):`);
  console.log(`| build | median articles/CPU-s | per block | ratio per block | median ratio | articles/CPU-s at each article's least time | ratio |`);
  console.log(`|---|---|---|---|---|---|---|`);
  [stage, ...peers].forEach((s, k) => {
    const ratios = rates[0]!.map((r, b) => r / rates[k]![b]!);
    const leastRate = (articles.length * 1e6) / leastSums[k]!;
    console.log(
      `| ${s.label} | ${median(rates[k]!).toFixed(1)} | ${rates[k]!.map((r) => r.toFixed(0)).join(" ")} | ${k ? ratios.map((r) => r.toFixed(3)).join(" ") : ""} | ${k ? median(ratios).toFixed(3) : ""} | ${leastRate.toFixed(1)} | ${k ? (leastSums[k]! / leastSums[0]!).toFixed(3) : ""} |`,
    );
  });
}
