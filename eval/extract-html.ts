/**
 * `npm run eval -- extract-html [--suite NAME] [--marsad-only] [--worst N] [--json FILE]`
 * `npm run eval -- extract-html --without-urls …`: marsad reads every page without its address, as
 * htmldate's own comparison reads its pages (and as this eval did before html92); not gated.
 * `npm run eval -- extract-html --dev [--pages FILE] [--against FILE] …`: the DEV halves only (no
 * TEST or `all` row is computed, so tuning runs never show TEST; not gated); `--pages` writes each
 * DEV page's marsad score and body, `--against` lists the pages whose body differs from such a file.
 * `npm run eval -- extract-html --date-sources [--stripped] [--show]`: each page-date source judged by
 * the stated date over the DEV pages of every suite (eval/lib/date-sources.ts), nothing else;
 * `--stripped`: the whole fallback chain on those pages with their stated dates taken out (`--deep`:
 * their scripts and own addresses too). `npm run eval -- extract-html --date-gold [--stripped|--deep]
 * [--show]`: marsad's page date against the date gold of the other suites' DEV pages (eval/lib/date-gold.ts).
 *
 * HTML extraction quality over ../shared/data/article-extraction, for marsad, @mozilla/readability
 * (on linkedom) and @extractus/article-extractor, in the same run on the same pages:
 * - arabic: the hand-written gold checks, graded by shared/tools/check-html-gold.mjs;
 * - zyte, readability, trafilatura, fundus, newspaper4k: body scored by shared/tools/suites.mjs with
 *   each suite's own metric (Zyte shingles, bag of words, trafilatura snippets), plus title/date
 *   accuracy where the suite has that gold; Arabic pages reported apart;
 * - htmldate: page-date accuracy (same day) and coverage.
 * marsad reads each page exactly as `marsad extract <file> --url <address> --json` does (bytes →
 * decode → detect kind → pipeline) with the page's address where the suite's gold gives one (zyte,
 * trafilatura, fundus, newspaper4k, htmldate, the Arabic gold; readability's pages have only the
 * placeholder its tests use, and are read without one): a page marsad fetches carries its URL.
 * Floors (marsad's scores only) in eval/floors/extract-html.json, checked by the gate (eval/gate.ts)
 * after a run over every suite, with or without the peers.
 * Every suite is also scored on its DEV and TEST halves (lib/html-split.ts: a hash of suite and
 * page id, fixed before any weight was learned): weights are learned on DEV (`npm run train -- extract-html`),
 * TEST is what to report. `--worst N` lists each suite's N worst marsad DEV pages with the cascade step,
 * the peers' scores on the same page (without `--marsad-only`) and the start of what was returned
 * (htmldate: each miss with its date source and every date the page offers).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Readability } from "@mozilla/readability";
import { extractFromHtml } from "@extractus/article-extractor";
import { parseHTML } from "linkedom";
import { pageFromBytes } from "../src/acquire/local-files.js";
import { extractHtml, type CascadeStep } from "../src/extract/html/extract-html.js";
import { readPage } from "../src/pipeline.js";
import { dateCandidates, printDateSources, printStrippedChain } from "./lib/date-sources.js";
import { printDateGold } from "./lib/date-gold.js";
import { splitOf } from "./lib/html-split.js";
import { pageAddress } from "./lib/page-address.js";
import type { EvalOutcome } from "./gate.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const DATA = join(SHARED, "data", "article-extraction");
const TOOLS = join(SHARED, "tools");
const ALL_SYSTEMS = ["marsad", "readability", "article-extractor"] as const;
type System = (typeof ALL_SYSTEMS)[number];
/** `--marsad-only` skips the peers (quick iterations; floors are checked only on full runs). */
let SYSTEMS: readonly System[] = ALL_SYSTEMS;
/** `--without-urls`: marsad reads every page without its address (lib/page-address.ts). */
let WITHOUT_URLS = false;
/** `--dev`: every suite's DEV half only (tuning runs); rows are labelled `dev`. */
let DEV_ONLY = false;
/** `--pages` / `--against`: marsad's score and body of each DEV page, by suite and page id. */
type PageRecords = Record<string, Record<string, { score: number; body: string }>>;
const pageRecords: PageRecords = {};
const BODY_SUITES = ["zyte", "readability", "trafilatura", "fundus", "newspaper4k"] as const;

interface Item {
  id: string;
  page: string;
  url: string;
  gold: unknown;
}
type SuiteScore = Record<string, unknown> & { f1: number };
interface Suite {
  forceUtf8?: boolean;
  list(dir: string): Item[];
  score(items: Item[], preds: string[]): SuiteScore;
}
interface SuitesModule {
  SUITES: Record<string, Suite>;
  readBytes(file: string): Uint8Array;
  decodeHtml(buf: Uint8Array, forceUtf8?: boolean): string;
  htmlToText(html: string): string;
}
interface Extracted {
  title: string;
  publishedAt: string | null;
  body: string;
  /** marsad only: the cascade step (or why nothing was read) and the date's source. */
  step?: string;
  dateSource?: string | null;
}


const tools = (await import(pathToFileURL(join(TOOLS, "suites.mjs")).href)) as SuitesModule;
/** Pages marsad read and pages it rejected (bad bytes, unknown encoding…), over every suite of the run. */
const reads = { pages: 0, rejected: 0 };

/** One page read by `system`: marsad from the saved file with the page's address, a peer given the suite's URL as it was. */
async function runSystem(system: System, bytes: Uint8Array, file: string, url: string, forceUtf8: boolean, steps: Map<string, number>): Promise<Extracted> {
  if (system === "marsad") {
    const read = pageFromBytes(file, bytes, undefined, WITHOUT_URLS ? null : pageAddress(url));
    reads.pages++;
    if (!read.page) reads.rejected++;
    if (!read.page) return { title: "", publishedAt: null, body: "", step: `rejected (${read.issues.map((i) => i.code).join(", ")})` };
    let step: CascadeStep | "detected-as-text" = "detected-as-text";
    if (read.page.kind === "html") step = extractHtml(read.page.text, read.page.url).step;
    steps.set(step, (steps.get(step) ?? 0) + 1);
    const a = readPage(read.page, { now: null }).value?.articles[0];
    return { title: a?.title ?? "", publishedAt: a?.publishedAt ?? null, body: a?.body ?? "", step, dateSource: a?.publishedAtSource ?? null };
  }
  const html = tools.decodeHtml(bytes, forceUtf8);
  try {
    if (system === "readability") {
      const { document } = parseHTML(html);
      const r = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      return { title: r?.title ?? "", publishedAt: r?.publishedTime ?? null, body: r?.content ? tools.htmlToText(r.content) : "" };
    }
    const r = await extractFromHtml(html, url.startsWith("http") ? url : undefined);
    return { title: r?.title ?? "", publishedAt: r?.published ?? null, body: r?.content ? tools.htmlToText(r.content) : "" };
  } catch {
    return { title: "", publishedAt: null, body: "" };
  }
}

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const LETTER = /\p{L}/gu;
function isArabicText(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(ARABIC_LETTER)?.length ?? 0) / letters > 0.5 && !/[پچژگ]/.test(text);
}

const fold = (s: string): string => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
const sameDay = (a: string | null, b: string | null): boolean => !!a && !!b && a.slice(0, 10) === b.slice(0, 10);

/** Title and date gold of the suites that have it. */
function goldMeta(suite: string, dir: string, item: Item): { title: string | null; date: string | null } {
  try {
    if (suite === "fundus") {
      const [group, publisher] = item.id.split("/");
      const j = JSON.parse(readFileSync(join(dir, group!, `${publisher}.json`), "utf8"));
      return { title: j.expected?.title ?? null, date: j.expected?.publishing_date ?? null };
    }
    if (suite === "readability") {
      const j = JSON.parse(readFileSync(join(dir, item.id, "expected-metadata.json"), "utf8"));
      return { title: j.title ?? null, date: j.publishedTime ?? null };
    }
    if (suite === "trafilatura") {
      // trafilatura's evaldata: the title a person read off the page (100 of the 108 pages have one)
      const j = JSON.parse(readFileSync(join(dir, "evaldata.json"), "utf8")) as Record<string, { title?: string }>;
      return { title: j[item.url]?.title ?? null, date: null };
    }
    if (suite === "newspaper4k") {
      const j = JSON.parse(readFileSync(join(dir, "metadata", `${item.id}.json`), "utf8"));
      return { title: j.title ?? null, date: j.publish_date ?? null };
    }
  } catch {
    // no metadata file for this item
  }
  return { title: null, date: null };
}

interface Row {
  suite: string;
  subset: string;
  pages: number;
  metric: string;
  scores: Record<System, number>;
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const only = args.includes("--suite") ? args[args.indexOf("--suite") + 1] : null;
  const worst = args.includes("--worst") ? Number(args[args.indexOf("--worst") + 1]) : 0;
  const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
  if (args.includes("--marsad-only")) SYSTEMS = ["marsad"];
  DEV_ONLY = args.includes("--dev");
  WITHOUT_URLS = args.includes("--without-urls");
  const pagesOut = args.includes("--pages") ? args[args.indexOf("--pages") + 1] : null;
  const against = args.includes("--against") ? args[args.indexOf("--against") + 1] : null;
  if (args.includes("--date-gold")) {
    printDateGold(DATA, tools.SUITES, tools.readBytes, args.includes("--deep") ? "deep" : args.includes("--stripped") ? "stated" : null, args.includes("--show"));
    return { metrics: {}, data: ["../shared/data/article-extraction"], partial: true };
  }
  if (args.includes("--date-sources")) {
    if (args.includes("--stripped")) printStrippedChain(DATA, tools.SUITES, BODY_SUITES, tools.readBytes, args.includes("--show"), args.includes("--deep"));
    else printDateSources(DATA, tools.SUITES, BODY_SUITES, tools.readBytes, args.includes("--show"));
    return { metrics: {}, data: ["../shared/data/article-extraction"], partial: true };
  }
  const rows: Row[] = [];
  const steps = new Map<string, number>();
  const started = Date.now();

  const show = (suiteRows: Row[]): void => {
    for (const r of suiteRows) console.log(formatRow(r));
    rows.push(...suiteRows);
  };
  console.log(header());
  if (!only || only === "arabic") show(await evalArabicGold(steps, worst > 0));
  for (const name of BODY_SUITES) if (!only || only === name) show(await evalBodySuite(name, steps, worst));
  if (!only || only === "htmldate") show(await evalHtmldate(worst));
  // no page of any suite may be rejected (for its encoding or anything else): the peers read them all
  show([{ suite: "every-suite", subset: DEV_ONLY ? "dev" : "all", pages: reads.pages, metric: "pages rejected", scores: { marsad: reads.rejected, readability: 0, "article-extractor": 0 } }]);

  console.log(`\n${header()}`);
  for (const r of rows) console.log(formatRow(r));
  console.log(`\nmarsad cascade steps: ${[...steps.entries()].map(([k, v]) => `${k}=${v}`).join(" ")}  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, steps: Object.fromEntries(steps) }, null, 1));
  if (pagesOut) writeFileSync(pagesOut, JSON.stringify(pageRecords));
  if (against) printChangedPages(JSON.parse(readFileSync(against, "utf8")) as PageRecords);
  return { metrics: marsadMetrics(rows), data: ["../shared/data/article-extraction"], partial: only !== null || DEV_ONLY || WITHOUT_URLS };
}

function header(): string {
  return `${"suite".padEnd(12)} ${"subset".padEnd(7)} ${"pages".padStart(5)}  ${"metric".padEnd(22)} ${SYSTEMS.map((s) => s.padStart(17)).join(" ")}`;
}

function formatRow(r: Row): string {
  return `${r.suite.padEnd(12)} ${r.subset.padEnd(7)} ${String(r.pages).padStart(5)}  ${r.metric.padEnd(22)} ${SYSTEMS.map((s) => fmt(r.scores[s]).padStart(17)).join(" ")}`;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

async function evalArabicGold(steps: Map<string, number>, showFailures: boolean): Promise<Row[]> {
  const dir = join(DATA, "arabic");
  const goldPath = join(dir, "gold.jsonl");
  const gold = readFileSync(goldPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { file: string; url: string });
  const tmp = mkdtempSync(join(tmpdir(), "marsad-eval-html-"));
  const passed = {} as Record<System, number>;
  const failed = {} as Record<System, number>;
  try {
    for (const system of SYSTEMS) {
      const out = join(tmp, system);
      mkdirSync(out);
      for (const g of gold) {
        const bytes = readFileSync(join(dir, g.file));
        const a = await runSystem(system, bytes, g.file, g.url, false, system === "marsad" ? steps : new Map());
        writeFileSync(join(out, `${basename(g.file)}.json`), JSON.stringify({ input: g.file, articles: [a] }));
      }
      let report = "";
      try {
        report = execFileSync(process.execPath, [join(TOOLS, "check-html-gold.mjs"), goldPath, out], { encoding: "utf8" });
      } catch (e) {
        report = String((e as { stdout?: string }).stdout ?? "");
      }
      const m = /(\d+) passed, (\d+) failed/.exec(report);
      passed[system] = m ? +m[1]! : 0;
      failed[system] = m ? +m[2]! : NaN;
      if (showFailures && system === "marsad") process.stdout.write(report.split("\n").filter((l) => l.startsWith("FAIL")).map((l) => `  marsad ${l}\n`).join(""));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return [
    { suite: "arabic-gold", subset: "ar", pages: gold.length, metric: "checks passed", scores: passed },
    { suite: "arabic-gold", subset: "ar", pages: gold.length, metric: "checks failed", scores: failed },
  ];
}

async function evalBodySuite(name: string, steps: Map<string, number>, worst: number): Promise<Row[]> {
  const suite = tools.SUITES[name]!;
  const dir = join(DATA, "multilingual", name);
  const items = suite.list(dir).filter((it) => !DEV_ONLY || splitOf(name, it.id) === "dev");
  const preds = {} as Record<System, Extracted[]>;
  for (const system of SYSTEMS) {
    preds[system] = [];
    for (const it of items) {
      const bytes = tools.readBytes(join(dir, it.page));
      preds[system].push(await runSystem(system, bytes, it.page, it.url, !!suite.forceUtf8, system === "marsad" ? steps : new Map()));
    }
  }
  const goldText = (it: Item): string => (typeof it.gold === "string" ? it.gold : ((it.gold as { with: string[] }).with ?? []).join(" "));
  const all = items.map((_, i) => i);
  const subsets: [string, number[]][] = DEV_ONLY ? [["dev", all]] : [["all", all], ["dev", all.filter((i) => splitOf(name, items[i]!.id) === "dev")], ["test", all.filter((i) => splitOf(name, items[i]!.id) === "test")]];
  const arabic = items.map((it, i) => (isArabicText(goldText(it)) ? i : -1)).filter((i) => i >= 0);
  if (arabic.length > 0 && !DEV_ONLY) subsets.push(["ar", arabic], ["non-ar", all.filter((i) => !arabic.includes(i))]);
  const rows: Row[] = [];
  const metric = name === "zyte" ? "F1 (shingles)" : name === "trafilatura" ? "F1 (snippets)" : "F1 (bag of words)";
  for (const [subset, idx] of subsets) {
    const scores = {} as Record<System, number>;
    const results = {} as Record<System, SuiteScore>;
    for (const system of SYSTEMS) {
      results[system] = suite.score(idx.map((i) => items[i]!), idx.map((i) => preds[system][i]!.body));
      scores[system] = results[system].f1;
    }
    // per-page scores are indexed like the items on the subset of every page ("all", or "dev" alone)
    if (subset === subsets[0]![0]) {
      if (worst > 0) printWorst(name, results, preds.marsad, worst);
      recordDevPages(name, results.marsad, preds.marsad);
    }
    rows.push({ suite: name, subset, pages: idx.length, metric, scores });
  }
  // title and date accuracy on every page, then on the DEV and TEST halves
  const metas = items.map((it) => goldMeta(name, dir, it));
  if (worst > 0) printDateMisses(name, items, metas, preds.marsad);
  for (const [subset, within] of subsets.filter(([s]) => s === "all" || s === "dev" || s === "test")) {
    for (const field of ["title", "date"] as const) {
      const idx = within.filter((i) => !!metas[i]![field]);
      if (idx.length === 0) continue;
      const scores = {} as Record<System, number>;
      for (const system of SYSTEMS) {
        let ok = 0;
        for (const i of idx) {
          const p = preds[system][i]!;
          ok += field === "title" ? Number(fold(p.title) === fold(metas[i]!.title!)) : Number(sameDay(p.publishedAt, metas[i]!.date));
        }
        scores[system] = ok / idx.length;
      }
      rows.push({ suite: name, subset, pages: idx.length, metric: `${field} accuracy`, scores });
    }
  }
  return rows;
}

/** `--worst`: every DEV page of a suite with date gold whose date marsad misses (gold, returned, source). */
function printDateMisses(name: string, items: Item[], metas: { date: string | null }[], marsad: Extracted[]): void {
  const misses = items.map((it, i) => ({ it, gold: metas[i]!.date, got: marsad[i]! }))
    .filter(({ it, gold, got }) => !!gold && splitOf(name, it.id) === "dev" && !sameDay(got.publishedAt, gold));
  if (misses.length === 0) return;
  console.log(`  ${name}: every DEV page whose date marsad misses (gold, returned, source)`);
  for (const { it, gold, got } of misses) console.log(`    ${it.id} gold ${gold} got ${got.publishedAt} from ${got.dateSource ?? "-"}`);
}

type PageScore = { id: string; f1?: number; precision?: number; recall?: number; tp?: number; fp?: number; fn?: number; tn?: number };

/** One page's score on the suite's own scale: F1, or for snippet suites the share of snippets right. */
function pageScore(p: PageScore): number {
  if (p.f1 !== undefined) return p.f1;
  if (p.precision !== undefined && p.recall !== undefined) return (2 * p.precision * p.recall) / (p.precision + p.recall || 1);
  const right = (p.tp ?? 0) + (p.tn ?? 0);
  return right / (right + (p.fp ?? 0) + (p.fn ?? 0) || 1);
}

/**
 * The failure table: the suite's `n` worst marsad pages, with the cascade step and what came back,
 * and when the peers ran, each peer's score on the same page; on the suites scored as a mean of page
 * F1s (bag of words), also the page's share of the DEV difference between Readability and marsad
 * (`gap`: the page's F1 difference over the DEV page count; a suite's gaps add up to it).
 */
function printWorst(name: string, results: Record<System, SuiteScore>, preds: Extracted[], n: number): void {
  // DEV pages only: rules are designed on DEV, TEST stays unseen
  const perPage = (system: System): PageScore[] => (results[system]?.perPage as PageScore[] | undefined) ?? [];
  const per = perPage("marsad").map((p, i) => ({ p, i })).filter(({ p }) => splitOf(name, p.id) === "dev");
  const peers = SYSTEMS.filter((s) => s !== "marsad");
  const peerScores = (i: number): string => peers.map((s) => {
    const q = perPage(s)[i];
    if (!q) return "";
    const gap = s === "readability" && q.f1 !== undefined ? ` gap=${((pageScore(q) - pageScore(perPage("marsad")[i]!)) / per.length).toFixed(4)}` : "";
    return ` ${s}=${pageScore(q).toFixed(3)}${gap}`;
  }).join("");
  console.log(`  ${name}: the ${Math.min(n, per.length)} worst DEV pages (score, split, cascade step${peers.length ? ", peers on the page" : ""}, what was returned)`);
  for (const { p, i } of per.sort((a, b) => pageScore(a.p) - pageScore(b.p)).slice(0, n)) {
    const detail = Object.entries(p).filter(([k]) => k !== "id").map(([k, v]) => `${k}=${typeof v === "number" ? +v.toFixed(3) : v}`).join(" ");
    const body = preds[i]!.body;
    console.log(`    ${pageScore(p).toFixed(3)} ${splitOf(name, p.id).padEnd(4)} ${p.id}  [${detail}] step=${preds[i]!.step}${peerScores(i)}`);
    console.log(`          returned ${body.length} chars: «${cleanSnippet(body.slice(0, 110))}»${body.length > 110 ? ` … «${cleanSnippet(body.slice(-60))}»` : ""}`);
  }
}

/** Keeps marsad's score and body of each DEV page of the suite for `--pages` and `--against`. */
function recordDevPages(name: string, result: SuiteScore, preds: Extracted[]): void {
  const pages: Record<string, { score: number; body: string }> = {};
  ((result.perPage as PageScore[] | undefined) ?? []).forEach((p, i) => {
    if (splitOf(name, p.id) === "dev") pages[p.id] = { score: pageScore(p), body: preds[i]!.body };
  });
  pageRecords[name] = pages;
}

/** The DEV pages whose body differs from an earlier `--pages` file, with the score before and after. */
function printChangedPages(before: PageRecords): void {
  console.log("\nDEV pages whose body changed (suite, page, score before -> after)");
  for (const [name, pages] of Object.entries(pageRecords)) {
    for (const [id, now] of Object.entries(pages)) {
      const was = before[name]?.[id];
      if (was && was.body !== now.body) console.log(`  ${name} ${id}: ${was.score.toFixed(3)} -> ${now.score.toFixed(3)}`);
    }
  }
}

function cleanSnippet(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * htmldate's MediaCloud set: exact-day accuracy is the share of the pages with a gold date (136 of
 * 138: the other two, a Google image-search frame and a JSTOR stub, have NaN for gold, no date to
 * find) whose returned date falls on the gold day; coverage is the share of those pages given any
 * date. Each page is read with its URL (the gold's key), as a crawler that fetched it would read it;
 * htmldate's own comparison (tests/comparison.py) reads the HTML alone, which `--without-urls`
 * reproduces for marsad (the peers get the URL either way). htmldate reports accuracy as (tp + tn) / every page; its loader reads NaN as a float, not
 * None, so its two NaN pages count as misses for every tool: on its scale a figure here is × 136/138.
 * Coverage is ours (htmldate reports precision tp / (tp + fp) and recall tp / (tp + fn)).
 */
async function evalHtmldate(worst: number): Promise<Row[]> {
  const dir = join(DATA, "multilingual", "htmldate-mediacloud");
  // the upstream file writes a missing date as NaN, which is not JSON
  const gold = JSON.parse(readFileSync(join(dir, "eval_mediacloud_2020.json"), "utf8").replace(/:\s*NaN/g, ": null")) as Record<string, { file: string; date: string | null }>;
  const arabicIds = new Set(
    readFileSync(join(DATA, "arabic", "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { upstream?: { path: string } }).upstream?.path)
      .filter((p): p is string => !!p)
      .map((p) => basename(p)),
  );
  const entries = Object.entries(gold)
    .filter((e): e is [string, { file: string; date: string }] => !!e[1].date && (!DEV_ONLY || splitOf("htmldate", e[1].file) === "dev"))
    .sort((a, b) => (a[1].file < b[1].file ? -1 : 1));
  const found = {} as Record<System, Extracted[]>;
  for (const system of SYSTEMS) {
    found[system] = [];
    for (const [url, g] of entries) {
      const bytes = tools.readBytes(join(dir, "pages", `${g.file}.gz`));
      found[system].push(await runSystem(system, bytes, g.file, url, false, new Map()));
    }
  }
  if (worst > 0) {
    console.log("  htmldate: every DEV page whose date marsad misses (gold, returned, source, split, URL)");
    entries.forEach(([url, g], i) => {
      const got = found.marsad[i]!;
      if (splitOf("htmldate", g.file) !== "dev" || sameDay(got.publishedAt, g.date)) return;
      console.log(`    ${g.file} gold ${g.date} got ${got.publishedAt} from ${got.dateSource ?? "-"} ${splitOf("htmldate", g.file)} ${url}`);
      for (const line of dateCandidates(join(dir, "pages", `${g.file}.gz`), tools.readBytes, g.date, WITHOUT_URLS ? null : pageAddress(url))) console.log(`          ${line}`);
    });
  }
  const all = entries.map((_, i) => i);
  const subsets: [string, number[]][] = DEV_ONLY ? [["dev", all]] : [
    ["all", all],
    ["dev", all.filter((i) => splitOf("htmldate", entries[i]![1].file) === "dev")],
    ["test", all.filter((i) => splitOf("htmldate", entries[i]![1].file) === "test")],
    ["ar", entries.map(([, g], i) => (arabicIds.has(g.file) ? i : -1)).filter((i) => i >= 0)],
  ];
  const rows: Row[] = [];
  for (const [subset, idx] of subsets) {
    const acc = {} as Record<System, number>;
    const cov = {} as Record<System, number>;
    for (const system of SYSTEMS) {
      acc[system] = idx.filter((i) => sameDay(found[system][i]!.publishedAt, entries[i]![1].date)).length / idx.length;
      cov[system] = idx.filter((i) => found[system][i]!.publishedAt).length / idx.length;
    }
    rows.push({ suite: "htmldate", subset, pages: idx.length, metric: "date accuracy", scores: acc });
    rows.push({ suite: "htmldate", subset, pages: idx.length, metric: "date coverage", scores: cov });
  }
  return rows;
}

/** marsad's score of every row as "suite/subset/metric" → value: the keys of the floors. */
function marsadMetrics(rows: Row[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [`${r.suite}/${r.subset}/${r.metric}`, r.scores.marsad]));
}
