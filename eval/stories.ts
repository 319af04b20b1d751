/**
 * `npm run eval -- stories [--sweep …] [--with …] [--show]`: story clustering scored with B-cubed precision,
 * recall and F1 against eval/stories/labels.tsv (hand-labeled ANT multi-source and SaudiNewsNet
 * articles; see eval/stories/README.md).
 * - Every ANT article (all categories, 14 days, 5 outlets) and every SaudiNewsNet sample article is
 *   streamed through StoryIndex in publication order; only labeled articles are scored (B-cubed over
 *   the labeled items).
 * - Entities come from marsad's recognizer (title + body), `--no-entities` leaves them out.
 * - Stories are split DEV/TEST by md5(story id) (first byte even → DEV). Parameters are tuned on
 *   DEV with `--sweep [key=v1,v2 …]` (grid over StoryOptions; `--with key=value,…` sets the base);
 *   the reported score is TEST; floors in eval/floors/stories.json (eval/gate.ts). `--show` prints DEV errors only.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { StoryIndex, type StoryOptions } from "../src/connect/stories.js";
import { DedupIndex } from "../src/connect/near-dup.js";
import { findStorySplit } from "../src/connect/split.js";
import { termCounts } from "../src/connect/terms.js";
import { CONNECTOR_RETAIN_HOURS, DEFAULT_CONNECT_BATCH } from "../src/connect/connector.js";
import type { Entity } from "../src/types.js";
import { mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";
import { pad, readAnt, readSaudiNewsNet, type CorpusArticle } from "./lib/corpora.js";
import type { EvalOutcome } from "./gate.js";

type Split = "dev" | "test";

function readLabels(): Map<string, string> {
  const text = readFileSync(new URL("./stories/labels.tsv", import.meta.url), "utf8");
  const labels = new Map<string, string>();
  for (const line of text.split("\n").slice(1)) {
    const [id, story] = line.split("\t");
    if (id && story) labels.set(id, story);
  }
  return labels;
}

export function storySplit(storyId: string): Split {
  return createHash("md5").update(storyId).digest()[0]! % 2 === 0 ? "dev" : "test";
}

interface BCubed {
  p: number;
  r: number;
  f: number;
  items: number;
  gold: number;
  predicted: number;
}

/** B-cubed over `gold`; with `scored`, only those items are averaged (clusters still hold every gold item). */
export function bcubed(gold: Map<string, string>, predicted: Map<string, string>, scored?: ReadonlySet<string>): BCubed {
  const byGold = new Map<string, string[]>();
  const byPred = new Map<string, string[]>();
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? `missing:${id}`;
    (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(id);
    (byPred.get(p) ?? byPred.set(p, []).get(p)!).push(id);
  }
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [id, g] of gold) {
    if (scored && !scored.has(id)) continue;
    n++;
    const cluster = byPred.get(predicted.get(id) ?? `missing:${id}`)!;
    const both = cluster.filter((x) => gold.get(x) === g).length;
    p += both / cluster.length;
    r += both / byGold.get(g)!.length;
  }
  const P = n ? p / n : 0;
  const R = n ? r / n : 0;
  return { p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0, items: n, gold: byGold.size, predicted: byPred.size };
}

function cluster(articles: CorpusArticle[], options: Partial<StoryOptions>, entitiesOf: Map<string, Entity[]>): { assignment: Map<string, string>; index: StoryIndex; seconds: number } {
  const index = new StoryIndex(options);
  const started = performance.now();
  for (const a of articles) {
    const entities = entitiesOf.get(a.id) ?? [];
    index.add({ id: a.id, title: a.title, body: a.body, source: a.source, publishedAt: a.publishedAt, entities });
  }
  const seconds = (performance.now() - started) / 1000;
  const assignment = new Map<string, string>();
  for (const a of articles) assignment.set(a.id, index.storyOf(a.id)!);
  return { assignment, index, seconds };
}

/**
 * The decisions the connector (src/connect/connector.ts) makes, without the store: a copy (exact or
 * near duplicate) joins its original's story, other articles are clustered, and after every batch
 * the stories the batch touched are re-checked for two events (split.ts).
 */
function clusterPipeline(articles: CorpusArticle[], options: Partial<StoryOptions>, entitiesOf: Map<string, Entity[]>): Map<string, string> {
  const dedup = new DedupIndex({ retainHours: CONNECTOR_RETAIN_HOURS });
  const index = new StoryIndex(options);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const input = (a: CorpusArticle) => ({ id: a.id, title: a.title, body: a.body, source: a.source, publishedAt: a.publishedAt, entities: entitiesOf.get(a.id) ?? [] });
  const terms = new Map<string, Map<string, number>>();
  const termsOf = (id: string) => terms.get(id) ?? terms.set(id, termCounts(`${byId.get(id)!.title}\n${byId.get(id)!.body}`)).get(id)!;
  let touched = new Set<string>();
  articles.forEach((a, i) => {
    const verdict = dedup.add({ id: a.id, source: a.source, publishedAt: a.publishedAt, body: a.body });
    const original = verdict.matchedId ? index.storyOf(verdict.matchedId) : null;
    touched.add((original ? index.addToStory(input(a), original) : index.add(input(a))).storyId);
    if ((i + 1) % DEFAULT_CONNECT_BATCH !== 0 && i !== articles.length - 1) return;
    for (const id of [...new Set([...touched].map((t) => index.resolve(t)))].sort()) {
      const members = index.get(id)?.members ?? [];
      const split = findStorySplit(members.map((m) => ({ id: m, time: Date.parse(byId.get(m)!.publishedAt ?? ""), terms: termsOf(m) })));
      if (split) index.splitStory(id, `story-${split.leave[0]!}`, split.keep.map((m) => input(byId.get(m)!)), split.leave.map((m) => input(byId.get(m)!)));
    }
    touched = new Set();
  });
  return new Map(articles.map((a) => [a.id, index.storyOf(a.id)!]));
}

function scoreSplit(labels: Map<string, string>, assignment: Map<string, string>, split: Split | "all"): BCubed {
  const gold = new Map([...labels].filter(([, s]) => split === "all" || storySplit(s) === split));
  return bcubed(gold, assignment);
}

const f3 = (x: number): string => x.toFixed(3);

/** Stories of at most this many labeled articles count as small (TEST holds mostly such stories). */
const SMALL_STORY = 20;

/**
 * B-cubed of the DEV items in small stories: `alone` counts their clusters over those items only (as
 * the TEST score does for TEST, whose stories are mostly small), `amid` over every DEV item.
 */
function scoreSmallDev(labels: Map<string, string>, assignment: Map<string, string>): { alone: BCubed; amid: BCubed } {
  const sizes = new Map<string, number>();
  for (const s of labels.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
  const dev = new Map([...labels].filter(([, s]) => storySplit(s) === "dev"));
  const small = new Map([...dev].filter(([, s]) => sizes.get(s)! <= SMALL_STORY));
  return { alone: bcubed(small, assignment), amid: bcubed(dev, assignment, new Set(small.keys())) };
}

function parseValue(key: string, value: string): number | boolean {
  if (value === "true" || value === "false") return value === "true";
  const n = Number(value);
  if (Number.isNaN(n)) throw new Error(`stories eval: option ${key} wants a number or boolean, got "${value}"`);
  return n;
}

/** `--with key=value,key=value`: options for every run (defaults otherwise). */
function parseOptions(args: string[]): Partial<StoryOptions> {
  const i = args.indexOf("--with");
  if (i < 0) return {};
  const out: Record<string, number | boolean> = {};
  for (const pair of (args[i + 1] ?? "").split(",").filter(Boolean)) {
    const [key, value] = pair.split("=");
    out[key!] = parseValue(key!, value ?? "");
  }
  return out as Partial<StoryOptions>;
}

/** `--sweep [key=v1,v2 …]`: the grid (cartesian product) of the given values, or the default grid. */
function sweepGrid(args: string[]): Partial<StoryOptions>[] {
  const specs = args.slice(args.indexOf("--sweep") + 1).filter((a) => /^[a-zA-Z]+=/.test(a));
  if (specs.length === 0) specs.push("joinThreshold=0.12,0.14,0.16,0.18,0.2,0.24", "entityWeight=0,0.1,0.2,0.3");
  let grid: Record<string, number | boolean>[] = [{}];
  for (const spec of specs) {
    const [key, values] = spec.split("=") as [string, string];
    grid = grid.flatMap((g) => values.split(",").map((v) => ({ ...g, [key]: parseValue(key, v) })));
  }
  return grid as Partial<StoryOptions>[];
}

/**
 * DEV errors only (TEST labels are never printed, so no feature is designed on TEST): gold stories
 * split over several predicted stories, and predicted stories that join several gold stories (with
 * the unlabeled articles they took in, which show what pulled the stories together).
 */
function showDevErrors(articles: CorpusArticle[], labels: Map<string, string>, assignment: Map<string, string>): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const line = (id: string, tag: string): string => {
    const a = byId.get(id)!;
    return `  ${pad(tag, 28)}${pad(a.publishedAt?.slice(5, 16) ?? "", 13)}${pad(a.source.slice(0, 8), 9)}${a.title.slice(0, 80)}`;
  };
  const dev = new Map([...labels].filter(([, s]) => storySplit(s) === "dev"));
  const group = (m: Map<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [id, k] of m) (out.get(k) ?? out.set(k, []).get(k)!).push(id);
    return out;
  };
  console.log("\nDEV gold stories split over several predicted stories:");
  for (const [story, ids] of group(dev)) {
    const preds = new Set(ids.map((id) => assignment.get(id)!));
    if (preds.size === 1) continue;
    console.log(`\n${story} → ${preds.size} predicted`);
    for (const id of ids) console.log(line(id, assignment.get(id)!.slice(6, 34)));
  }
  console.log("\nDEV predicted stories joining several gold stories (· = unlabeled member, TEST-labeled members not shown):");
  const predicted = group(new Map(articles.map((a) => [a.id, assignment.get(a.id)!])));
  for (const [pred, ids] of predicted) {
    const golds = new Set(ids.filter((id) => dev.has(id)).map((id) => dev.get(id)!));
    if (golds.size < 2) continue;
    console.log(`\n${pred.slice(6)} (${ids.length} members): ${[...golds].join(", ")}`);
    for (const id of ids) if (dev.has(id) || !labels.has(id)) console.log(line(id, dev.get(id) ?? "·"));
  }
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const labels = readLabels();
  const useEntities = !args.includes("--no-entities");
  // both corpora in one stream (ANT is May 2018, SaudiNewsNet 2015: they meet only through the time window)
  const articles = [...readAnt(), ...readSaudiNewsNet()].sort((a, b) => (Date.parse(a.publishedAt ?? "") || 0) - (Date.parse(b.publishedAt ?? "") || 0) || (a.id < b.id ? -1 : 1));
  const known = new Set(articles.map((a) => a.id));
  const unknown = [...labels.keys()].filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`stories eval: labels name unknown articles: ${unknown.slice(0, 5).join(", ")}`);
  const stories = new Set(labels.values());
  const devStories = [...stories].filter((s) => storySplit(s) === "dev").length;
  console.log(`Stories evaluation — ${articles.length} ANT and SaudiNewsNet articles streamed; ${labels.size} labeled in ${stories.size} stories (DEV ${devStories} stories, TEST ${stories.size - devStories})`);

  // recognized once (the same calls understandArticle makes for entities), reused by every run
  const entitiesOf = new Map<string, Entity[]>();
  if (useEntities) for (const a of articles) entitiesOf.set(a.id, mergeEntities(recognizeEntities(`${a.title}\n\n${a.body}`)));

  const base = parseOptions(args);
  if (args.includes("--sweep")) {
    const grid = sweepGrid(args);
    console.log(`\nSweep on DEV over ${JSON.stringify(base)} (B-cubed P / R / F1; then P / R / F1 of the DEV stories of at most ${SMALL_STORY} labeled articles, scored alone and amid all DEV stories):`);
    for (const g of grid) {
      const { assignment } = cluster(articles, { ...base, ...g }, entitiesOf);
      const s = scoreSplit(labels, assignment, "dev");
      const small = scoreSmallDev(labels, assignment);
      console.log(`  ${pad(JSON.stringify(g), 60)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${pad(f3(s.f), 7)}small ${f3(small.alone.p)} ${f3(small.alone.r)} ${f3(small.alone.f)} amid DEV ${f3(small.amid.p)} ${f3(small.amid.f)}`);
    }
  }

  const { assignment, index, seconds } = cluster(articles, base, entitiesOf);
  console.log(`\nParameters: ${JSON.stringify(index.options)}`);
  console.log(`\n${pad("split", 8)}${pad("items", 7)}${pad("gold", 6)}${pad("pred", 6)}${pad("P", 7)}${pad("R", 7)}F1`);
  for (const split of ["dev", "test", "all"] as const) {
    const s = scoreSplit(labels, assignment, split);
    console.log(`${pad(split.toUpperCase(), 8)}${pad(s.items, 7)}${pad(s.gold, 6)}${pad(s.predicted, 6)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${f3(s.f)}`);
  }
  console.log(`(target: B-cubed F1 ≥ 0.90 on TEST) — ${index.list().length} stories over the whole stream, ${(articles.length / seconds).toFixed(0)} articles/s`);

  const piped = clusterPipeline(articles, base, entitiesOf);
  console.log(`\nThe connector's decisions (copies join their original's story; stories re-checked for two events every ${DEFAULT_CONNECT_BATCH} articles):`);
  for (const split of ["dev", "test", "all"] as const) {
    const s = scoreSplit(labels, piped, split);
    console.log(`${pad(split.toUpperCase(), 8)}${pad(s.items, 7)}${pad(s.gold, 6)}${pad(s.predicted, 6)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${f3(s.f)}`);
  }

  if (args.includes("--show")) showDevErrors(articles, labels, assignment);

  const test = scoreSplit(labels, assignment, "test");
  // A sweep or --with changes the parameters: its scores are not the shipped connector's.
  return { metrics: { testF1: test.f }, data: ["../shared/data/ant-multisource-sample", "../shared/data/saudinewsnet-sample", "eval/stories/labels.tsv"], partial: args.includes("--with") || args.includes("--no-entities") };
}
