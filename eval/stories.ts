/**
 * `npm run eval -- stories [--sweep] [--show]`: story clustering scored with B-cubed precision,
 * recall and F1 against eval/stories/labels.tsv (hand-labeled ANT multi-source articles; see
 * eval/stories/README.md).
 * - Every ANT article (all categories, 14 days, 5 outlets) is streamed through StoryIndex in
 *   publication order; only labeled articles are scored (B-cubed over the labeled items).
 * - Entities come from marsad's recognizer (title + body), `--no-entities` leaves them out.
 * - Stories are split DEV/TEST by md5(story id) (first byte even → DEV). Parameters are tuned on
 *   DEV with `--sweep`; the reported score is TEST; floors in eval/stories/floors.json.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { StoryIndex, type StoryOptions } from "../src/connect/stories.js";
import type { Entity } from "../src/types.js";
import { mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";
import { pad, readAnt, type CorpusArticle } from "./lib/corpora.js";

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

export function bcubed(gold: Map<string, string>, predicted: Map<string, string>): BCubed {
  const byGold = new Map<string, string[]>();
  const byPred = new Map<string, string[]>();
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? `missing:${id}`;
    (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(id);
    (byPred.get(p) ?? byPred.set(p, []).get(p)!).push(id);
  }
  let p = 0;
  let r = 0;
  for (const [id, g] of gold) {
    const cluster = byPred.get(predicted.get(id) ?? `missing:${id}`)!;
    const both = cluster.filter((x) => gold.get(x) === g).length;
    p += both / cluster.length;
    r += both / byGold.get(g)!.length;
  }
  const n = gold.size;
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

function scoreSplit(labels: Map<string, string>, assignment: Map<string, string>, split: Split | "all"): BCubed {
  const gold = new Map([...labels].filter(([, s]) => split === "all" || storySplit(s) === split));
  return bcubed(gold, assignment);
}

const f3 = (x: number): string => x.toFixed(3);

export async function run(args: string[]): Promise<void> {
  const labels = readLabels();
  const useEntities = !args.includes("--no-entities");
  const articles = readAnt().sort((a, b) => (Date.parse(a.publishedAt ?? "") || 0) - (Date.parse(b.publishedAt ?? "") || 0) || (a.id < b.id ? -1 : 1));
  const known = new Set(articles.map((a) => a.id));
  const unknown = [...labels.keys()].filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`stories eval: labels name unknown articles: ${unknown.slice(0, 5).join(", ")}`);
  const stories = new Set(labels.values());
  const devStories = [...stories].filter((s) => storySplit(s) === "dev").length;
  console.log(`Stories evaluation — ${articles.length} ANT articles streamed; ${labels.size} labeled in ${stories.size} stories (DEV ${devStories} stories, TEST ${stories.size - devStories})`);

  // recognized once (the same calls understandArticle makes for entities), reused by every run
  const entitiesOf = new Map<string, Entity[]>();
  if (useEntities) for (const a of articles) entitiesOf.set(a.id, mergeEntities(recognizeEntities(`${a.title}\n\n${a.body}`)));

  if (args.includes("--sweep")) {
    console.log("\nSweep on DEV (B-cubed P / R / F1):");
    const grid: Partial<StoryOptions>[] = [];
    for (const joinThreshold of [0.12, 0.14, 0.16, 0.18, 0.2, 0.24]) for (const entityWeight of [0, 0.1, 0.2, 0.3]) grid.push({ joinThreshold, entityWeight });
    for (const g of grid) {
      const { assignment } = cluster(articles, g, entitiesOf);
      const s = scoreSplit(labels, assignment, "dev");
      console.log(`  ${pad(JSON.stringify(g), 48)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${f3(s.f)}`);
    }
  }

  const { assignment, index, seconds } = cluster(articles, {}, entitiesOf);
  console.log(`\nParameters: ${JSON.stringify(index.options)}`);
  console.log(`\n${pad("split", 8)}${pad("items", 7)}${pad("gold", 6)}${pad("pred", 6)}${pad("P", 7)}${pad("R", 7)}F1`);
  for (const split of ["dev", "test", "all"] as const) {
    const s = scoreSplit(labels, assignment, split);
    console.log(`${pad(split.toUpperCase(), 8)}${pad(s.items, 7)}${pad(s.gold, 6)}${pad(s.predicted, 6)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${f3(s.f)}`);
  }
  console.log(`(target: B-cubed F1 ≥ 0.90 on TEST) — ${index.list().length} stories over the whole stream, ${(articles.length / seconds).toFixed(0)} articles/s`);

  if (args.includes("--show")) {
    const title = new Map(articles.map((a) => [a.id, a.title]));
    const byGold = new Map<string, string[]>();
    for (const [id, s] of labels) (byGold.get(s) ?? byGold.set(s, []).get(s)!).push(id);
    for (const [s, ids] of byGold) {
      const preds = new Map<string, number>();
      for (const id of ids) preds.set(assignment.get(id)!, (preds.get(assignment.get(id)!) ?? 0) + 1);
      if (preds.size === 1) continue;
      console.log(`\n${s} (${storySplit(s)}) → ${preds.size} predicted stories`);
      for (const id of ids) console.log(`  ${pad(assignment.get(id)!.slice(6, 40), 36)}${title.get(id)!.slice(0, 70)}`);
    }
  }

  const floors = JSON.parse(readFileSync(new URL("./stories/floors.json", import.meta.url), "utf8")) as { testF1: number };
  const test = scoreSplit(labels, assignment, "test");
  if (test.f < floors.testF1) {
    console.log(`FAIL: TEST B-cubed F1 ${f3(test.f)} < floor ${floors.testF1}`);
    process.exitCode = 1;
  } else console.log(`floors: OK (TEST F1 ${f3(test.f)} ≥ ${floors.testF1})`);
}
