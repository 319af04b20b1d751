/**
 * `npm run train -- extract-html [--rounds N] [--dry-run]`
 * Learns the block-choice weights (src/extract/html/content.ts BlockWeights) on the DEV halves of the
 * public extraction suites and writes them to src/extract/html/block-weights.ts.
 * - data: ../shared/data/article-extraction/multilingual/{zyte, readability, trafilatura, fundus,
 *   newspaper4k}, read as the eval reads them (bytes → decode → extractHtml); only pages whose half
 *   (eval/lib/html-split.ts, fixed before training) is DEV; TEST pages are never read;
 * - objective: each suite's own metric on its DEV pages, averaged with the suites weighted by their
 *   DEV page counts;
 * - search: coordinate ascent from the hand-set weights, each weight tried at a fixed grid of
 *   multiples of its current value, in a fixed order, for `--rounds` rounds (default 2); a change is
 *   kept only when it gains more than MIN_GAIN, so ties keep the simpler starting value. No
 *   randomness: the same data give the same weights.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pageFromBytes } from "../src/acquire/local-files.js";
import type { BlockWeights } from "../src/extract/html/content.js";
import { LEARNED_BLOCK_WEIGHTS } from "../src/extract/html/block-weights.js";
import { extractHtml } from "../src/extract/html/extract-html.js";
import { splitOf } from "../eval/lib/html-split.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const DATA = join(SHARED, "data", "article-extraction", "multilingual");
const OUT = join(REPO, "src", "extract", "html", "block-weights.ts");
const SUITE_NAMES = ["zyte", "readability", "trafilatura", "fundus", "newspaper4k"] as const;
/** One page of ~250 moves the objective by ~0.004 at most; smaller gains are noise. */
const MIN_GAIN = 0.0005;
const GRID = [0.5, 0.75, 1.25, 1.5, 2];
const ORDER: (keyof BlockWeights)[] = ["classHint", "siblingShare", "alternativeShare", "proseMaxLinkDensity", "linkListDensity", "listItemProseChars", "chunkGain"];
/** Weights that are shares stay below one. */
const SHARES = new Set<keyof BlockWeights>(["siblingShare", "alternativeShare", "proseMaxLinkDensity", "linkListDensity", "chunkGain"]);
const START: BlockWeights = { classHint: 25, siblingShare: 0.2, alternativeShare: 0.75, proseMaxLinkDensity: 0.33, linkListDensity: 0.5, listItemProseChars: 80, chunkGain: 0.25 };

interface Suite {
  forceUtf8?: boolean;
  list(dir: string): { id: string; page: string; gold: unknown }[];
  score(items: unknown[], preds: string[]): { f1: number };
}
interface SuitesModule {
  SUITES: Record<string, Suite>;
  readBytes(file: string): Uint8Array;
}

interface DevSuite {
  name: string;
  suite: Suite;
  items: unknown[];
  pages: string[];
}

export async function run(args: string[]): Promise<void> {
  const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 2;
  const tools = (await import(pathToFileURL(join(SHARED, "tools", "suites.mjs")).href)) as SuitesModule;
  const dev = loadDev(tools);
  console.log(`DEV pages: ${dev.map((d) => `${d.name} ${d.pages.length}`).join(", ")}`);
  // The gain that matters is over the weights that ship, not over the hand-set start.
  console.log(`shipped ${describe(dev, LEARNED_BLOCK_WEIGHTS)} ${JSON.stringify(LEARNED_BLOCK_WEIGHTS)}`);
  let weights = { ...START };
  let best = objective(dev, weights);
  const start = best;
  console.log(`start ${fmt(best)} ${JSON.stringify(weights)}`);
  for (let round = 1; round <= rounds; round++) {
    let changed = false;
    for (const key of ORDER) {
      for (const factor of GRID) {
        const value = round4(weights[key] * factor);
        if (SHARES.has(key) && value >= 1) continue;
        const trial = { ...weights, [key]: value };
        const score = objective(dev, trial);
        if (score > best + MIN_GAIN) {
          console.log(`round ${round}: ${key} ${weights[key]} -> ${value}: ${fmt(best)} -> ${fmt(score)}`);
          best = score;
          weights = trial;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  console.log(`learned ${fmt(best)} (from ${fmt(start)}) ${JSON.stringify(weights)}`);
  console.log(`learned ${describe(dev, weights)}`);
  if (!args.includes("--dry-run")) {
    writeFileSync(OUT, render(weights, start, best, dev));
    console.log(`wrote ${OUT}`);
  }
}

function loadDev(tools: SuitesModule): DevSuite[] {
  return SUITE_NAMES.map((name) => {
    const suite = tools.SUITES[name]!;
    const dir = join(DATA, name);
    const all = suite.list(dir).filter((it) => splitOf(name, it.id) === "dev");
    const items: unknown[] = [];
    const pages: string[] = [];
    for (const it of all) {
      const read = pageFromBytes(it.page, tools.readBytes(join(dir, it.page)));
      items.push(it);
      pages.push(read.page?.kind === "html" ? read.page.text : "");
    }
    return { name, suite, items, pages };
  });
}

function objective(dev: DevSuite[], weights: BlockWeights): number {
  const scores = suiteScores(dev, weights);
  const pages = dev.reduce((n, d) => n + d.pages.length, 0);
  return dev.reduce((sum, d, i) => sum + scores[i]! * d.pages.length, 0) / pages;
}

/** Each suite's own DEV metric, in the order of `dev`. */
function suiteScores(dev: DevSuite[], weights: BlockWeights): number[] {
  return dev.map((d) => {
    const preds = d.pages.map((html) => (html ? (extractHtml(html, null, weights).articles[0]?.body ?? "") : ""));
    return d.suite.score(d.items, preds).f1;
  });
}

/** The objective and each suite's DEV score, for comparing weight sets by suite. */
function describe(dev: DevSuite[], weights: BlockWeights): string {
  const scores = suiteScores(dev, weights);
  return `${fmt(objective(dev, weights))} (${dev.map((d, i) => `${d.name} ${fmt(scores[i]!)}`).join(", ")})`;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const fmt = (x: number): string => x.toFixed(4);

function render(weights: BlockWeights, start: number, best: number, dev: DevSuite[]): string {
  const body = ORDER.map((k) => `  ${k}: ${weights[k]},`).join("\n");
  return `/**
 * Block-choice weights (content.ts BlockWeights). Written by \`npm run train -- extract-html\`
 * (scripts/train-extract-html.ts): coordinate search on the DEV halves of the public suites
 * (${dev.map((d) => `${d.name} ${d.pages.length}`).join(", ")} pages), from the hand-set
 * ${JSON.stringify(START).replace(/"/g, "").replace(/,/g, ", ")};
 * DEV objective ${fmt(start)} -> ${fmt(best)}. Do not edit by hand: rerun the training.
 */
import type { BlockWeights } from "./content.js";

export const LEARNED_BLOCK_WEIGHTS: BlockWeights = {
${body}
};
`;
}

