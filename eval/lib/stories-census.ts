/**
 * `npm run eval -- stories --dev --census`: DEV's B-cubed loss split over the article pairs that cause
 * it (eval/stories/README.md, forty-second round). An item's precision loss is spread over the items
 * of other stories in its predicted story (1 / (cluster size · items) each), its recall loss over its
 * story's items elsewhere (1 / (story size · items) each); each pair is described by the calendar
 * days between the two (UTC+3), their TF-IDF title and body cosines, the names both are given and
 * their types, a shared figure, the same outlet, and the event kinds of the two titles
 * (event-kinds.ts), and the loss is summed by each description and by story pair.
 */
import { eventKindOf } from "../../src/connect/event-kinds.js";
import { pad, type CorpusArticle } from "./corpora.js";

/** What the census reads of each article: its term counts, entities and figures as the evaluation prepared them. */
export interface CensusInput {
  countsOf: Map<string, { title: Map<string, number>; body: Map<string, number> }>;
  entitiesOf: Map<string, readonly { type: string; name: string }[]>;
  figuresOf: Map<string, readonly string[]>;
}

interface PairFacts {
  days: number;
  titleCos: number;
  bodyCos: number;
  names: number;
  nameTypes: string;
  figure: boolean;
  sameOutlet: boolean;
  kinds: "unknown" | "one kind" | "different";
}

const DAY_MS = 86_400_000;
const UTC_PLUS_3 = 3 * 3_600_000;

/** The descriptions each pair's loss is summed by, and how a pair falls into them. */
const DIMENSIONS: [string, (p: PairFacts) => string][] = [
  ["days apart", (p) => (p.days === 0 ? "0" : p.days === 1 ? "1" : p.days <= 3 ? "2-3" : "4+")],
  ["title cosine", (p) => cosineBand(p.titleCos)],
  ["body cosine", (p) => cosineBand(p.bodyCos)],
  ["names shared", (p) => (p.names === 0 ? "0" : p.names <= 2 ? "1-2" : p.names <= 5 ? "3-5" : "6+")],
  ["shared name types", (p) => p.nameTypes],
  ["a figure shared", (p) => String(p.figure)],
  ["same outlet", (p) => String(p.sameOutlet)],
  ["title event kinds", (p) => p.kinds],
];

function cosineBand(c: number): string {
  return c < 0.05 ? "<.05" : c < 0.15 ? ".05-.15" : c < 0.3 ? ".15-.3" : ">=.3";
}

/** Unit TF-IDF vectors (sublinear tf) over the whole stream's document frequencies. */
function vectorizer(articles: readonly CorpusArticle[], input: CensusInput): (counts: Map<string, number>) => Map<string, number> {
  const df = new Map<string, number>();
  for (const a of articles) {
    const c = input.countsOf.get(a.id)!;
    for (const t of new Set([...c.title.keys(), ...c.body.keys()])) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return (counts) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of counts) {
      const w = (1 + Math.log(n)) * Math.log(articles.length / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [t, w] of a) s += w * (b.get(t) ?? 0);
  return s;
}

function pairFacts(articles: readonly CorpusArticle[], input: CensusInput): (a: string, b: string) => PairFacts {
  const byId = new Map(articles.map((x) => [x.id, x]));
  const vectorOf = vectorizer(articles, input);
  const cache = new Map<string, { title: Map<string, number>; body: Map<string, number>; names: Map<string, string>; kinds: Set<string>; day: number }>();
  const of = (id: string) => {
    const hit = cache.get(id);
    if (hit) return hit;
    const counts = input.countsOf.get(id)!;
    const made = {
      title: vectorOf(counts.title),
      body: vectorOf(counts.body),
      names: new Map((input.entitiesOf.get(id) ?? []).map((e) => [`${e.type}:${e.name}`, e.type])),
      kinds: new Set([...counts.title.keys()].map(eventKindOf).filter((k): k is string => k !== undefined)),
      day: Math.floor((Date.parse(byId.get(id)!.publishedAt ?? "") + UTC_PLUS_3) / DAY_MS),
    };
    cache.set(id, made);
    return made;
  };
  return (a, b) => {
    const [x, y] = [of(a), of(b)];
    const shared = [...x.names.keys()].filter((k) => y.names.has(k));
    const figures = new Set(input.figuresOf.get(a));
    return {
      days: Math.abs(x.day - y.day),
      titleCos: cosine(x.title, y.title),
      bodyCos: cosine(x.body, y.body),
      names: shared.length,
      nameTypes: [...new Set(shared.map((k) => x.names.get(k)!))].sort().join("+") || "none",
      figure: (input.figuresOf.get(b) ?? []).some((f) => figures.has(f)),
      sameOutlet: byId.get(a)!.source === byId.get(b)!.source,
      kinds: x.kinds.size === 0 || y.kinds.size === 0 ? "unknown" : [...x.kinds].some((k) => y.kinds.has(k)) ? "one kind" : "different",
    };
  };
}

/** Loss by description: dimension → band → loss. */
export type Sums = Map<string, Map<string, number>>;

function addTo(sums: Sums, dimension: string, key: string, w: number): void {
  const m = sums.get(dimension) ?? sums.set(dimension, new Map()).get(dimension)!;
  m.set(key, (m.get(key) ?? 0) + w);
}

/** The loss of over-merges and of splits, each summed by every description, by story pair and by split story. */
export interface Census {
  items: number;
  mergeLoss: number;
  splitLoss: number;
  merges: Sums;
  splits: Sums;
  storyPairs: Map<string, number>;
  splitStories: Map<string, number>;
}

/** The census of `gold` (give it DEV items only) under `assignment`: its two losses are B-cubed's 1 − P and 1 − R. */
export function censusOf(articles: readonly CorpusArticle[], gold: Map<string, string>, assignment: Map<string, string>, input: CensusInput): Census {
  const byId = new Map(articles.map((x) => [x.id, x]));
  const facts = pairFacts(articles, input);
  const byGold = new Map<string, string[]>();
  const byPred = new Map<string, string[]>();
  for (const [id, g] of gold) {
    (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(id);
    const p = assignment.get(id)!;
    (byPred.get(p) ?? byPred.set(p, []).get(p)!).push(id);
  }
  const census: Census = { items: gold.size, mergeLoss: 0, splitLoss: 0, merges: new Map(), splits: new Map(), storyPairs: new Map(), splitStories: new Map() };
  const count = (sums: Sums, a: string, b: string, w: number): void => {
    const p = facts(a, b);
    for (const [dimension, band] of DIMENSIONS) addTo(sums, dimension, band(p), w);
    addTo(sums, "outlet of the item", byId.get(a)!.source, w);
  };
  for (const [id, g] of gold) {
    const cluster = byPred.get(assignment.get(id)!)!;
    for (const other of cluster.filter((x) => gold.get(x) !== g)) {
      const w = 1 / cluster.length / gold.size;
      census.mergeLoss += w;
      count(census.merges, id, other, w);
      const pair = [g, gold.get(other)!].sort().join(" ~ ");
      census.storyPairs.set(pair, (census.storyPairs.get(pair) ?? 0) + w);
    }
    const story = byGold.get(g)!;
    for (const mate of story.filter((x) => assignment.get(x) !== assignment.get(id))) {
      const w = 1 / story.length / gold.size;
      census.splitLoss += w;
      count(census.splits, id, mate, w);
      census.splitStories.set(g, (census.splitStories.get(g) ?? 0) + w);
    }
  }
  return census;
}

/** Prints the census of `gold` (DEV items only) under `assignment`. */
export function showCensus(name: string, articles: readonly CorpusArticle[], gold: Map<string, string>, assignment: Map<string, string>, input: CensusInput): void {
  const c = censusOf(articles, gold, assignment, input);
  console.log(`\nCensus of ${name} (${c.items} items): over-merges lose ${c.mergeLoss.toFixed(3)} of precision, splits ${c.splitLoss.toFixed(3)} of recall; each line the share of that loss`);
  for (const [title, sums, total] of [["over-merges", c.merges, c.mergeLoss], ["splits", c.splits, c.splitLoss]] as const) {
    console.log(`  ${title}:`);
    for (const [dimension, m] of sums) console.log(`    ${pad(dimension, 20)}${[...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${((100 * v) / total).toFixed(0)}%`).join(", ")}`);
  }
  const top = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `    ${pad((1000 * v).toFixed(1), 7)}${k}`);
  console.log(`  over-merges by story pair (loss × 1000):\n${top(c.storyPairs).join("\n")}`);
  console.log(`  splits by story (loss × 1000):\n${top(c.splitStories).join("\n")}`);
}
