/**
 * `npm run train -- page-date [--folds K] [--seed N] [--l2 X] [--no-chain] [--augment] [--silver] [--show] [--misses] [--write]`
 * A learned ranker of a page's date candidates (scripts/page-date-ranker.ts), measured against the
 * hand-written chain (src/extract/html/page-date.ts readPageDates) by cross-validation on DEV pages
 * with date gold. It lost or tied on every setting tried (eval/README.md, html96), so no model ships
 * and marsad dates pages by the chain; this stays as the measurement, rerunnable on new data or rules.
 * - data: the DEV halves (eval/lib/html-split.ts) of htmldate-mediacloud (its gold day) and of the
 *   suites whose gold carries a date (eval/lib/date-gold.ts: trafilatura, fundus, readability,
 *   newspaper4k), read as the eval reads them (bytes → decode → page address → extractHtml's inputs);
 *   TEST pages are never read. `--augment` adds each gold page again with its stated dates taken out
 *   (eval/lib/date-sources.ts withoutStatedDates; same gold, same fold), scored apart; `--silver`
 *   adds, for training only, the other DEV pages of every body suite that state a date, stripped of
 *   it and labelled with it;
 * - candidates: the distinct days of every source's reading (pageDateEvidence) and the stated time's
 *   UTC day, each with features (which sources give it, how many, the chain's choice unless
 *   `--no-chain`, earliest/latest, after the stated update, a time of day, one day off the stated day);
 * - model: a conditional logit (softmax over a page's candidates, L2 `--l2`, default 1), fitted by
 *   Newton's method from zero: one optimum, no random start; the seed (default 101) only deals the
 *   sites into `--folds` folds (default 5; a page and its stripped copy share a fold);
 * - report: held-out exact-day accuracy of the ranker and of the chain on the same pages, by fold and
 *   by suite; `--show` lists the pages where they differ, `--misses` the chain's misses with every
 *   source's date; `--write` fits on every page and writes models/page-date.json (not read by marsad).
 */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readFileSync, writeFileSync } from "node:fs";
import { pageFromBytes } from "../src/acquire/local-files.js";
import { seededRandom } from "../src/seeded-random.js";
import { pageDateInputs } from "../src/extract/html/extract-html.js";
import { EVIDENCE_SOURCES, pageDateEvidence, type EvidenceSource } from "../src/extract/html/page-date.js";
import { candidatesOf, exampleOf, FEATURES, fit, rankedDay, type Example } from "./page-date-ranker.js";
import type { IsoDate } from "../src/types.js";
import { goldPages } from "../eval/lib/date-gold.js";
import { withoutStatedDates } from "../eval/lib/date-sources.js";
import { splitOf } from "../eval/lib/html-split.js";
import { pageAddress } from "../eval/lib/page-address.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const DATA = join(SHARED, "data", "article-extraction");
const OUT = join(REPO, "models", "page-date.json");
const STATED: EvidenceSource[] = ["json-ld", "meta", "microdata", "other-meta"];

interface SuitesModule {
  SUITES: Record<string, { list(dir: string): { id: string; page: string; url: string }[] }>;
  readBytes(file: string): Uint8Array;
}

export interface EvidencePage {
  suite: string;
  id: string;
  group: string;
  gold: string;
  stripped: boolean;
  /** a training-only page labelled by its own stated day (`--silver`) */
  silver?: boolean;
  sources: Record<EvidenceSource, IsoDate | null>;
  chosen: IsoDate | null;
}

async function readEvidence(augment: boolean, silver: boolean): Promise<EvidencePage[]> {
  const tools = (await import(pathToFileURL(join(SHARED, "tools", "suites.mjs")).href)) as SuitesModule;
  const list: { suite: string; id: string; file: string; url: string | null; gold: string }[] = [];
  const hd = join(DATA, "multilingual", "htmldate-mediacloud");
  const gold = JSON.parse(readFileSync(join(hd, "eval_mediacloud_2020.json"), "utf8").replace(/:\s*NaN/g, ": null")) as Record<string, { file: string; date: string | null }>;
  for (const [url, g] of Object.entries(gold).sort((a, b) => (a[1].file < b[1].file ? -1 : 1))) {
    if (g.date && splitOf("htmldate", g.file) === "dev") list.push({ suite: "htmldate", id: g.file, file: join(hd, "pages", `${g.file}.gz`), url: pageAddress(url), gold: g.date.slice(0, 10) });
  }
  for (const p of goldPages(DATA, tools.SUITES)) list.push(p);
  const pages: EvidencePage[] = silver ? silverPages(tools, new Set(list.map((p) => p.file))) : [];
  for (const p of list) {
    const read = pageFromBytes(p.file, tools.readBytes(p.file), undefined, p.url);
    if (read.page?.kind !== "html") continue;
    const group = `${p.suite}:${hostOf(p.url) ?? p.id}`;
    for (const stripped of augment ? [false, true] : [false]) {
      const html = stripped ? withoutStatedDates(read.page.text) : read.page.text;
      const input = pageDateInputs(html, read.page.url);
      const { sources, chosen } = pageDateEvidence(input.root, input.meta, input.urls, input.headline, input.html);
      pages.push({ suite: p.suite, id: p.id, group, gold: p.gold, stripped, sources, chosen });
    }
  }
  return pages;
}

const BODY_SUITES = ["zyte", "readability", "trafilatura", "fundus", "newspaper4k"];

/**
 * `--silver`: training-only copies of the other DEV pages of every body suite that state a date, with
 * their stated dates taken out and the stated day as their label (never scored).
 */
function silverPages(tools: SuitesModule, goldFiles: Set<string>): EvidencePage[] {
  const pages: EvidencePage[] = [];
  for (const suite of BODY_SUITES) {
    const dir = join(DATA, "multilingual", suite);
    for (const it of tools.SUITES[suite]!.list(dir)) {
      const file = join(dir, it.page);
      if (splitOf(suite, it.id) !== "dev" || goldFiles.has(file)) continue;
      const url = pageAddress(it.url);
      const read = pageFromBytes(file, tools.readBytes(file), undefined, url);
      if (read.page?.kind !== "html") continue;
      const input = pageDateInputs(read.page.text, read.page.url);
      const full = pageDateEvidence(input.root, input.meta, input.urls, input.headline, input.html);
      const stated = STATED.map((s) => full.sources[s]).find((v) => v)?.slice(0, 10);
      if (!stated) continue;
      const bare = pageDateInputs(withoutStatedDates(read.page.text), read.page.url);
      const { sources, chosen } = pageDateEvidence(bare.root, bare.meta, bare.urls, bare.headline, bare.html);
      pages.push({ suite: `silver-${suite}`, id: it.id, group: `${suite}:${hostOf(url) ?? it.id}`, gold: stated, stripped: true, silver: true, sources, chosen });
    }
  }
  return pages;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

function foldsOf(pages: EvidencePage[], k: number, seed: number): Map<string, number> {
  const groups = [...new Set(pages.map((p) => p.group))].sort();
  const rnd = seededRandom(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [groups[i], groups[j]] = [groups[j]!, groups[i]!];
  }
  return new Map(groups.map((g, i) => [g, i % k]));
}

function examplesOf(pages: EvidencePage[]): Example[] {
  return pages.map((p) => exampleOf(p.sources, chosenFeature(p), p.gold)).filter((e): e is Example => e !== null);
}

/** The chain's day as the ranker sees it (`--no-chain`: none). */
function chosenFeature(p: EvidencePage): IsoDate | null {
  return useChain ? p.chosen : null;
}

/** `--no-chain`: the chain's choice is no feature (a ranker on the sources alone). */
let useChain = true;

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function run(args: string[]): Promise<void> {
  const k = arg(args, "--folds", 5);
  const seed = arg(args, "--seed", 101);
  const l2 = arg(args, "--l2", 1);
  const augment = args.includes("--augment");
  const pages = await readEvidence(augment, args.includes("--silver"));
  useChain = !args.includes("--no-chain");
  const reachable = pages.filter((p) => !p.stripped && candidatesOf(p.sources, null).some((c) => c.day === p.gold)).length;
  const several = pages.filter((p) => !p.stripped && candidatesOf(p.sources, null).length > 1).length;
  if (args.includes("--misses")) {
    for (const p of pages) {
      if (p.stripped || p.chosen?.slice(0, 10) === p.gold) continue;
      const found = EVIDENCE_SOURCES.filter((s) => p.sources[s]).map((s) => `${s} ${p.sources[s]}${p.sources[s]!.slice(0, 10) === p.gold ? " =" : ""}`);
      console.log(`  chain miss ${p.suite} ${p.id} gold ${p.gold} chain ${p.chosen ?? "-"}: ${found.join("; ") || "no candidate"}`);
    }
  }
  console.log(`gold day among the candidates: ${reachable} pages; more than one candidate: ${several}`);
  const full = pages.filter((p) => !p.stripped);
  console.log(`DEV pages with date gold: ${full.length} (${[...new Set(full.map((p) => p.suite))].map((s) => `${s} ${full.filter((p) => p.suite === s).length}`).join(", ")}); ${new Set(pages.map((p) => p.group)).size} sites${augment ? `; + ${pages.length - full.length} stripped copies for training` : ""}`);
  const folds = foldsOf(pages, k, seed);
  const tally = new Map<string, { n: number; ranker: number; chain: number; rankerStripped: number; chainStripped: number; nStripped: number }>();
  const bump = (key: string, p: EvidencePage, rankerRight: boolean, chainRight: boolean) => {
    const t = tally.get(key) ?? { n: 0, ranker: 0, chain: 0, rankerStripped: 0, chainStripped: 0, nStripped: 0 };
    tally.set(key, t);
    if (p.stripped) {
      t.nStripped++;
      t.rankerStripped += Number(rankerRight);
      t.chainStripped += Number(chainRight);
    } else {
      t.n++;
      t.ranker += Number(rankerRight);
      t.chain += Number(chainRight);
    }
  };
  for (let f = 0; f < k; f++) {
    const train = pages.filter((p) => folds.get(p.group) !== f);
    const held = pages.filter((p) => folds.get(p.group) === f);
    const w = fit(examplesOf(train), l2);
    for (const p of held.filter((h) => !h.silver)) {
      const got = rankedDay(w, p.sources, chosenFeature(p));
      const rankerRight = got === p.gold;
      const chainRight = p.chosen?.slice(0, 10) === p.gold;
      bump(`fold ${f + 1}`, p, rankerRight, chainRight);
      bump(p.suite, p, rankerRight, chainRight);
      bump("all", p, rankerRight, chainRight);
      if (args.includes("--show") && rankerRight !== chainRight) console.log(`  ${rankerRight ? "GAIN" : "LOSS"} ${p.stripped ? "stripped " : ""}${p.suite} ${p.id} gold ${p.gold} ranker ${got ?? "-"} chain ${p.chosen?.slice(0, 10) ?? "-"}`);
    }
  }
  console.log(`held-out exact day, ${k} folds by site (seed ${seed}, l2 ${l2}): ranker vs chain`);
  for (const [key, t] of tally) {
    const stripped = t.nStripped ? `   stripped: ${t.rankerStripped}/${t.nStripped} vs ${t.chainStripped}/${t.nStripped}` : "";
    console.log(`${key.padEnd(12)} ${String(t.n).padStart(4)}  ranker ${(t.ranker / t.n).toFixed(3)} (${t.ranker})  chain ${(t.chain / t.n).toFixed(3)} (${t.chain})${stripped}`);
  }
  const w = fit(examplesOf(pages), l2);
  console.log(`weights on every page: ${FEATURES.map((n, i) => `${n} ${w[i]}`).join(", ")}`);
  if (args.includes("--write")) {
    writeFileSync(OUT, `${JSON.stringify({ kind: "page-date conditional logit", seed, l2, augment, features: FEATURES, weights: w }, null, 1)}\n`);
    console.log(`wrote ${OUT}`);
  }
}
