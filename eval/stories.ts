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
 *   the reported score is TEST; floors in eval/floors/stories.json (eval/gate.ts). `--show` prints DEV errors only;
 *   `--dev` runs the connector on DEV alone (no TEST row, no gate), for trying a change without reading TEST
 *   (`--dev --orders`: and DEV F1 in the 5 seeded arrival orders);
 *   `--dev --pairwise` adds average link over the pairwise hand similarity (is a join the clusterer's or
 *   the similarity's?) and the within/across similarity of each DEV hard-negative pair; `--dev --pair-words`
 *   the title and body cosines over the event's words and over the names, within and across the gold
 *   stories a DEV predicted story holds; `--dev --pool-diff` every article of the whole pool whose story
 *   mates differ from those at the defaults. `--title-events=key:value,…` sets the step-end title-event check
 *   (src/connect/title-events.ts), `--dev --title-events-grid=spec/spec/…` scores several settings on DEV. The days each lead states (stories.ts leadDayKeys) are among the
 *   articles' event keys only when a run names `dayKeyWeight` (`--with`, `--sweep`), as the connector carries
 *   them only when they weigh (0 by default).
 * - The recurring set (eval/stories/recurring: stories of one kind told again on other days, DEV only)
 *   is scored apart and with DEV ("DEV + recurring", what tuning reads); TEST and the gate do not see it.
 *   The same-kind set (eval/stories/same-kind: events of one kind in other days or places, DEV only)
 *   likewise ("same-kind"; "DEV + both" is DEV with the two sets).
 * - The membership model the connector scores candidates with is trained on the DEV stories by
 *   `npm run train -- stories` (scripts/train-stories.ts); the connector's default is still the
 *   hand-weighted score, `--with scorer=learned` runs the model.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DEFAULT_STORY_OPTIONS, entityKeys, leadDayKeys, StoryIndex, storyEventKeys, type StoryOptions } from "../src/connect/stories.js";
import { findFacts } from "../src/understand/figures.js";
import { findDateMentions } from "../src/understand/dates/mentions.js";
import { DedupIndex } from "../src/connect/near-dup.js";
import { exactJaccard } from "../src/connect/fingerprint.js";
import { findStorySplit } from "../src/connect/split.js";
import { findTitleEventSplit, isTitleEventCheckOn, type TitleEventOptions } from "../src/connect/title-events.js";
import { addInto, DocumentFrequencies, dot, figureKeys, termCounts, tfidfVector, topNormalized, type TermVector } from "../src/connect/terms.js";
import { averageLinkMerges, cutAt } from "./lib/average-link.js";
import { tokenize } from "../src/arabic/analyze.js";
import { MEMBERSHIP_FEATURES, type MembershipModel } from "../src/connect/membership.js";
import { CONNECTOR_RETAIN_HOURS } from "../src/connect/connector.js";
import type { Entity } from "../src/types.js";
import { mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";
import { findQuotes } from "../src/understand/quotes.js";
import { QUOTE_ASIDE, storyEntities, type StoryEntityParts } from "../src/connect/story-entities.js";
import { pad, readAnt, readSaudiNewsNet, type CorpusArticle } from "./lib/corpora.js";
import type { EvalOutcome } from "./gate.js";
import { seededShuffle } from "../src/seeded-random.js";
import { showCensus } from "./lib/stories-census.js";

type Split = "dev" | "test";

/** `file`: eval/stories/labels.tsv (split by md5), or recurring/labels.tsv (the recurring set, DEV only). */
export function readLabels(file = "./stories/labels.tsv"): Map<string, string> {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  const labels = new Map<string, string>();
  for (const line of text.split("\n").slice(1)) {
    const [id, story] = line.split("\t");
    if (id && story) labels.set(id, story);
  }
  return labels;
}

const RECURRING_LABELS = "./stories/recurring/labels.tsv";
const RECURRING_NEGATIVES = "./stories/recurring/hard-negatives.tsv";
const SAME_KIND_LABELS = "./stories/same-kind/labels.tsv";
const SAME_KIND_NEGATIVES = "./stories/same-kind/hard-negatives.tsv";

/**
 * The recurring set (eval/stories/recurring, README "Recurring set"): stories of one kind told again
 * on other days (a day's gold or oil session, another match of one team, the next daily bulletin),
 * labeled for tuning: all DEV, never TEST, scored apart as well as within DEV.
 */
const RECURRING_STORIES = new Set(readLabels(RECURRING_LABELS).values());

/**
 * The same-kind set (eval/stories/same-kind, README "The same-kind set"): events of one kind told on
 * other days or in other places (two attacks in one country, two tremors, two relegations, two bans,
 * two cup finals), with the follow-ups that quote another match's score; all DEV, scored apart.
 */
const SAME_KIND_STORIES = new Set(readLabels(SAME_KIND_LABELS).values());

export function storySplit(storyId: string): Split {
  if (RECURRING_STORIES.has(storyId) || SAME_KIND_STORIES.has(storyId)) return "dev";
  return createHash("md5").update(storyId).digest()[0]! % 2 === 0 ? "dev" : "test";
}

/** The recurring set, read once: its labels, the main labels with them (DEV + recurring, for tuning), its hard-negative pairs; the same-kind set likewise. */
export interface RecurringSet {
  recurring: Map<string, string>;
  withRecurring: Map<string, string>;
  negatives: HardNegative[];
  sameKind: Map<string, string>;
  /** The main labels, the recurring set and the same-kind set. */
  withBoth: Map<string, string>;
  sameKindNegatives: HardNegative[];
}

/** The recurring set beside `labels` (checked apart from them: no article or story in both, no pair naming an unknown story). */
export function readRecurring(labels: Map<string, string>): RecurringSet {
  const recurring = readLabels(RECURRING_LABELS);
  for (const [id, story] of recurring) {
    if (labels.has(id)) throw new Error(`stories eval: ${id} is labeled in both labels.tsv and the recurring set`);
    if ([...labels.values()].includes(story)) throw new Error(`stories eval: recurring story ${story} is also a story of labels.tsv`);
  }
  const negatives = readHardNegatives(RECURRING_NEGATIVES);
  for (const story of negatives.flatMap((p) => [p.a, p.b])) if (!RECURRING_STORIES.has(story)) throw new Error(`stories eval: recurring/hard-negatives.tsv names unknown story ${story}`);
  const withRecurring = new Map([...labels, ...recurring]);
  const sameKind = readLabels(SAME_KIND_LABELS);
  const known = new Set(withRecurring.values());
  for (const [id, story] of sameKind) {
    if (withRecurring.has(id)) throw new Error(`stories eval: ${id} is labeled in both the same-kind set and labels.tsv or the recurring set`);
    if (known.has(story)) throw new Error(`stories eval: same-kind story ${story} is also a story of labels.tsv or the recurring set`);
  }
  const sameKindNegatives = readHardNegatives(SAME_KIND_NEGATIVES);
  for (const story of sameKindNegatives.flatMap((p) => [p.a, p.b])) if (!SAME_KIND_STORIES.has(story)) throw new Error(`stories eval: same-kind/hard-negatives.tsv names unknown story ${story}`);
  return { recurring, withRecurring, negatives, sameKind, withBoth: new Map([...withRecurring, ...sameKind]), sameKindNegatives };
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

/** What every run reuses: entities (recognized once), title and body term counts (analyzed once). */
export interface Prepared {
  entitiesOf: Map<string, Entity[]>;
  countsOf: Map<string, { title: Map<string, number>; body: Map<string, number> }>;
  figuresOf: Map<string, string[]>;
  /** stories.ts storyEventKeys of the article (its facts read as understandArticle reads them), with the lead's day keys when asked. */
  eventsOf: Map<string, string[]>;
  /** The entities storyEntities leaves out (quotes, as the connector; `--aside-entities=all|quotes|background|both`), given to the index as `asideEntities` (weighed × asideWeight). */
  asideOf: Map<string, Entity[]>;
}

export function prepare(articles: CorpusArticle[], useEntities: boolean, parts: StoryEntityParts = ALL_ENTITIES, asideParts: StoryEntityParts = ALL_ENTITIES, leadDays = false): Prepared {
  const entitiesOf = new Map<string, Entity[]>();
  const asideOf = new Map<string, Entity[]>();
  // the same calls understandArticle makes for entities (and, with --story-entities, quotes and storyEntities)
  if (useEntities) {
    for (const a of articles) {
      const told = entitiesTold(a, parts);
      entitiesOf.set(a.id, told);
      if (!asideParts.quotes && !asideParts.background) continue;
      const key = (e: Entity): string => `${e.type}\u0000${e.name}`;
      const own = new Set(entitiesTold(a, asideParts).map(key));
      const keep = told.filter((e) => own.has(key(e)));
      if (keep.length === told.length) continue;
      entitiesOf.set(a.id, keep);
      asideOf.set(a.id, told.filter((e) => !own.has(key(e))));
    }
  }
  const countsOf = new Map(articles.map((a) => [a.id, { title: termCounts(a.title), body: termCounts(a.body) }]));
  // as the connector reads them: from the title's and the body's tokens
  const figuresOf = new Map(articles.map((a) => [a.id, figureKeys([...tokenize(a.title), ...tokenize(a.body)])]));
  const eventsOf = new Map(articles.map((a) => [a.id, [...storyEventKeys(factsOf(a), a.title, a.body), ...(leadDays ? leadDayKeys(findDateMentions(a.body, a.publishedAt), a.publishedAt) : [])]]));
  return { entitiesOf, countsOf, figuresOf, eventsOf, asideOf };
}

/** The article's entities as the connector weighs them: recognized over title and body, quotes read from the body's spans. */
function entitiesTold(a: CorpusArticle, parts: StoryEntityParts): Entity[] {
  const offset = a.title.length + 2;
  const spans = recognizeEntities(`${a.title}\n\n${a.body}`);
  const entities = mergeEntities(spans);
  if (!parts.quotes && !parts.background) return entities;
  const bodySpans = spans.filter((s) => s.start >= offset).map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }));
  const quotes = parts.quotes ? findQuotes(a.body, { spans: bodySpans, entities }) : [];
  return storyEntities(entities, { title: a.title, body: a.body, quotes, facts: parts.background ? factsOf(a) : [] }, parts);
}

function sumCounts(counts: { title: Map<string, number>; body: Map<string, number> }): Map<string, number> {
  const sum = new Map(counts.title);
  addInto(sum, counts.body);
  return sum;
}

/** The article's facts, with the date mentions understandArticle passes (places only name a figure's place, not its kind). */
function factsOf(a: CorpusArticle) {
  const dates = findDateMentions(a.body, a.publishedAt);
  return findFacts(a.body, { dateSpans: dates.map((d) => ({ start: d.start, end: d.start + d.text.length, value: d.value })), publishedAt: a.publishedAt });
}

/** Adds the articles to the index one by one, in the order given (the online pass alone: no dedup, no splits). */
function addAll(index: StoryIndex, articles: CorpusArticle[], prepared: Prepared): void {
  for (const a of articles) {
    const counts = prepared.countsOf.get(a.id)!;
    index.addCounts({ id: a.id, source: a.source, publishedAt: a.publishedAt, entities: prepared.entitiesOf.get(a.id) ?? [], figures: prepared.figuresOf.get(a.id)!, events: prepared.eventsOf.get(a.id)!, asideEntities: prepared.asideOf.get(a.id) }, counts.title, counts.body);
  }
}

function cluster(articles: CorpusArticle[], options: Partial<StoryOptions>, prepared: Prepared): { assignment: Map<string, string>; index: StoryIndex; seconds: number } {
  const index = new StoryIndex(options);
  const started = performance.now();
  addAll(index, articles, prepared);
  const seconds = (performance.now() - started) / 1000;
  const assignment = new Map<string, string>();
  for (const a of articles) assignment.set(a.id, index.storyOf(a.id)!);
  return { assignment, index, seconds };
}

/**
 * The decisions the connector (src/connect/connector.ts) makes, without the store: a copy (exact or
 * near duplicate) joins its original's story, other articles are clustered, and at the step's end
 * the stories the repair touched and those closed during the step are checked for two events (split.ts,
 * then the title events of title-events.ts when split.ts finds none; `titleEvents`, the run's by default).
 */
export function clusterPipeline(articles: CorpusArticle[], options: Partial<StoryOptions>, prepared: Prepared, repair = true, model?: MembershipModel, titleEvents: Partial<TitleEventOptions> = TITLE_EVENTS): Map<string, string> {
  const { entitiesOf, countsOf, figuresOf, eventsOf, asideOf } = prepared;
  const dedup = new DedupIndex({ retainHours: CONNECTOR_RETAIN_HOURS });
  const index = new StoryIndex(options, model);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const input = (a: CorpusArticle) => ({ id: a.id, title: a.title, body: a.body, source: a.source, publishedAt: a.publishedAt, entities: entitiesOf.get(a.id) ?? [], figures: figuresOf.get(a.id)!, events: eventsOf.get(a.id)!, asideEntities: asideOf.get(a.id) });
  const terms = new Map<string, Map<string, number>>();
  const termsOf = (id: string) => terms.get(id) ?? terms.set(id, sumCounts(countsOf.get(id)!)).get(id)!;
  const splitTwoEvents = (ids: Iterable<string>): void => {
    for (const id of [...new Set([...ids].map((t) => index.resolve(t)))].sort()) {
      const members = index.get(id)?.members ?? [];
      const split =
        findStorySplit(members.map((m) => ({ id: m, time: Date.parse(byId.get(m)!.publishedAt ?? ""), terms: termsOf(m) }))) ??
        (isTitleEventCheckOn(titleEvents) ? findTitleEventSplit(members.map((m) => index.titleEventMember({ ...input(byId.get(m)!), entities: [...(entitiesOf.get(m) ?? []), ...(asideOf.get(m) ?? [])] })), titleEvents) : null);
      if (split) index.splitStory(id, `story-${split.leave[0]!}`, split.keep.map((m) => input(byId.get(m)!)), split.leave.map((m) => input(byId.get(m)!)));
    }
  };
  const touched = new Set<string>();
  articles.forEach((a) => {
    const verdict = dedup.add({ id: a.id, source: a.source, publishedAt: a.publishedAt, body: a.body });
    const original = verdict.matchedId ? index.storyOf(verdict.matchedId) : null;
    const counts = countsOf.get(a.id)!;
    touched.add((original ? index.addToStory(input(a), original, verdict.matchedId) : index.addCounts(input(a), counts.title, counts.body)).storyId);
  });
  if (repair) {
    // the end of the connect step (here the whole input is one step): the repair pass, then the
    // two-event check of the stories it touched and of those closed during the step
    const repaired = index.repair();
    splitTwoEvents([...repaired.touched, ...repaired.closed]);
  } else splitTwoEvents(touched);
  return new Map(articles.map((a) => [a.id, index.storyOf(a.id)!]));
}


/**
 * The word-overlap peer: Jaccard of the title+body word sets (the same analyzed terms marsad uses),
 * single-link clustering of the pairs at least `threshold` similar — the same stories in any arrival
 * order. Pairs are compared within BASELINE_HOURS of each other (the connector's dedup window), as
 * an online single-link clusterer keeping a week of articles would. The threshold is tuned on DEV
 * in the same run; TEST is reported.
 */
const BASELINE_HOURS = CONNECTOR_RETAIN_HOURS;

interface WeightedPair {
  a: number;
  b: number;
  sim: number;
}

function wordSetPairs(articles: CorpusArticle[], prepared: Prepared): WeightedPair[] {
  const vocabulary = new Map<string, number>();
  const sets = articles.map((a) => {
    const ids = [...sumCounts(prepared.countsOf.get(a.id)!).keys()].map((t) => vocabulary.get(t) ?? vocabulary.set(t, vocabulary.size).get(t)!);
    return Int32Array.from(ids.sort((x, y) => x - y));
  });
  const times = articles.map((a) => Date.parse(a.publishedAt ?? ""));
  const order = articles.map((_, i) => i).sort((x, y) => (times[x]! || 0) - (times[y]! || 0));
  const pairs: WeightedPair[] = [];
  const span = BASELINE_HOURS * 3_600_000;
  for (let i = 0; i < order.length; i++) {
    const x = order[i]!;
    for (let j = i + 1; j < order.length; j++) {
      const y = order[j]!;
      if (!((times[y]! || 0) - (times[x]! || 0) <= span)) break;
      const sim = exactJaccard(sets[x]!, sets[y]!);
      if (sim >= BASELINE_MIN_SIM) pairs.push({ a: x, b: y, sim });
    }
  }
  return pairs.sort((p, q) => q.sim - p.sim || p.a - q.a || p.b - q.b);
}

/** Pairs below this never join at any threshold of the sweep. */
const BASELINE_MIN_SIM = 0.04;
const BASELINE_THRESHOLDS = Array.from({ length: 47 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

/** Single-link stories of the baseline at every threshold (descending), as assignments article → root. */
function baselineAssignments(articles: CorpusArticle[], pairs: WeightedPair[]): Map<number, Map<string, string>> {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const out = new Map<number, Map<string, string>>();
  let k = 0;
  for (const threshold of [...BASELINE_THRESHOLDS].sort((a, b) => b - a)) {
    for (; k < pairs.length && pairs[k]!.sim >= threshold; k++) {
      const [ra, rb] = [find(pairs[k]!.a), find(pairs[k]!.b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    out.set(threshold, new Map(articles.map((a, i) => [a.id, articles[find(i)]!.id])));
  }
  return out;
}

/** Seeded permutation (mulberry32 + Fisher–Yates): one random arrival order, the same for a seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  return seededShuffle(items, seed);
}

const ORDER_SEEDS = [1, 2, 3, 4, 5];

/** The title-event check's options of this run (`--title-events=key:value,…`; the connector's defaults otherwise). */
let TITLE_EVENTS: Partial<TitleEventOptions> = {};

function titleEventOptions(spec: string): Partial<TitleEventOptions> {
  return Object.fromEntries(spec.split(",").filter(Boolean).map((kv) => { const [k, v] = kv.split(":"); return [k!, Number(v)]; }));
}

export interface HardNegative {
  a: string;
  b: string;
}

export function readHardNegatives(file = "./stories/hard-negatives.tsv"): HardNegative[] {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  return text
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"))
    .filter((cells) => cells[0] && cells[1])
    .map(([a, b]) => ({ a: a!, b: b! }));
}

/**
 * Hard-negative pairs (same place or person, different event) of one split whose articles share a
 * predicted story: a pair belongs to a split when both its stories do.
 */
function hardNegativeRate(pairs: HardNegative[], labels: Map<string, string>, assignment: Map<string, string>, split: Split): { together: number; pairs: number; rate: number } {
  const predictedOf = new Map<string, Set<string>>();
  for (const [id, story] of labels) (predictedOf.get(story) ?? predictedOf.set(story, new Set()).get(story)!).add(assignment.get(id)!);
  const mine = pairs.filter((p) => storySplit(p.a) === split && storySplit(p.b) === split);
  const together = mine.filter((p) => [...(predictedOf.get(p.a) ?? [])].some((s) => predictedOf.get(p.b)?.has(s))).length;
  return { together, pairs: mine.length, rate: mine.length ? together / mine.length : 0 };
}

export function scoreSplit(labels: Map<string, string>, assignment: Map<string, string>, split: Split | "all"): BCubed {
  const gold = new Map([...labels].filter(([, s]) => split === "all" || storySplit(s) === split));
  return bcubed(gold, assignment);
}

const f3 = (x: number): string => x.toFixed(3);

/** The recurring set alone (B-cubed over its items; its hard-negative pairs) and DEV with it. */
function recurringScores({ recurring, withRecurring, negatives }: RecurringSet, assignment: Map<string, string>): { alone: BCubed; hard: { together: number; pairs: number; rate: number }; dev: BCubed; devHard: { together: number; pairs: number; rate: number } } {
  return {
    alone: bcubed(recurring, assignment),
    hard: hardNegativeRate(negatives, recurring, assignment, "dev"),
    dev: scoreSplit(withRecurring, assignment, "dev"),
    devHard: hardNegativeRate([...readHardNegatives(), ...negatives], withRecurring, assignment, "dev"),
  };
}

/** The same-kind set alone and DEV with both tuning sets ("DEV + both"). */
function sameKindScores(set: RecurringSet, assignment: Map<string, string>): ReturnType<typeof recurringScores> {
  return {
    alone: bcubed(set.sameKind, assignment),
    hard: hardNegativeRate(set.sameKindNegatives, set.sameKind, assignment, "dev"),
    dev: scoreSplit(set.withBoth, assignment, "dev"),
    devHard: hardNegativeRate([...readHardNegatives(), ...set.negatives, ...set.sameKindNegatives], set.withBoth, assignment, "dev"),
  };
}

function recurringLine(r: ReturnType<typeof recurringScores>, s?: ReturnType<typeof recurringScores>): string {
  const recurring = `recurring P ${f3(r.alone.p)} R ${f3(r.alone.r)} F1 ${f3(r.alone.f)}, hard negatives ${r.hard.together}/${r.hard.pairs}; DEV + recurring P ${f3(r.dev.p)} R ${f3(r.dev.r)} F1 ${f3(r.dev.f)}, hard negatives ${r.devHard.together}/${r.devHard.pairs}`;
  if (!s) return recurring;
  return `${recurring}\n  same-kind P ${f3(s.alone.p)} R ${f3(s.alone.r)} F1 ${f3(s.alone.f)}, hard negatives ${s.hard.together}/${s.hard.pairs}; DEV + both P ${f3(s.dev.p)} R ${f3(s.dev.r)} F1 ${f3(s.dev.f)}, hard negatives ${s.devHard.together}/${s.devHard.pairs}`;
}

/** The recurring and same-kind lines of one assignment. */
function tuningLines(set: RecurringSet, assignment: Map<string, string>): string {
  return recurringLine(recurringScores(set, assignment), sameKindScores(set, assignment));
}

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

function parseValue(key: string, value: string): number | boolean | string {
  if (value === "true" || value === "false") return value === "true";
  if (typeof DEFAULT_STORY_OPTIONS[key as keyof StoryOptions] === "string") return value;
  const n = Number(value);
  if (Number.isNaN(n)) throw new Error(`stories eval: option ${key} wants a number or boolean, got "${value}"`);
  return n;
}

/** `--with key=value,key=value`: options for every run (defaults otherwise). */
function parseOptions(args: string[]): Partial<StoryOptions> {
  const i = args.indexOf("--with");
  if (i < 0) return {};
  const out: Record<string, number | boolean | string> = {};
  for (const pair of (args[i + 1] ?? "").split(",").filter(Boolean)) {
    const [key, value] = pair.split("=");
    out[key!] = parseValue(key!, value ?? "");
  }
  return out as Partial<StoryOptions>;
}

/** `--sweep [key=v1,v2 …]`: the grid (cartesian product) of the given values, or the default grid. */
function sweepGrid(args: string[]): Partial<StoryOptions>[] {
  const after = args.slice(args.indexOf("--sweep") + 1);
  // the grid's specs run up to the next flag (`--with key=value` is the base, not a grid axis)
  const specs = after.slice(0, after.findIndex((a) => a.startsWith("--")) >>> 0).filter((a) => /^[a-zA-Z]+=/.test(a));
  if (specs.length === 0) specs.push("joinThreshold=0.12,0.14,0.16,0.18,0.2,0.24", "entityWeight=0,0.1,0.2,0.3");
  let grid: Record<string, number | boolean | string>[] = [{}];
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

/**
 * DEV hard-negative pairs put in one story, with how many labeled articles of each side the shared
 * predicted story holds and its size: a whole-story join (13/13 with 91/91 in a story of 188) is a
 * topic stream, one stray article is a join to undo.
 */
function showDevHardNegatives(pairs: HardNegative[], labels: Map<string, string>, assignment: Map<string, string>): void {
  const sizeOf = new Map<string, number>();
  for (const s of assignment.values()) sizeOf.set(s, (sizeOf.get(s) ?? 0) + 1);
  const membersOf = new Map<string, string[]>();
  for (const [id, story] of labels) (membersOf.get(story) ?? membersOf.set(story, []).get(story)!).push(id);
  console.log("\nDEV hard-negative pairs in one predicted story (labeled articles of each side in it / in all; the story's size):");
  for (const p of pairs.filter((q) => storySplit(q.a) === "dev" && storySplit(q.b) === "dev")) {
    const [a, b] = [membersOf.get(p.a)!, membersOf.get(p.b)!];
    const shared = [...new Set(a.map((id) => assignment.get(id)!))].filter((s) => b.some((id) => assignment.get(id) === s)).sort();
    for (const s of shared) {
      const count = (ids: string[]): number => ids.filter((id) => assignment.get(id) === s).length;
      console.log(`  ${p.a} ${count(a)}/${a.length} ~ ${p.b} ${count(b)}/${b.length} in ${s.slice(6)} (${sizeOf.get(s)})`);
    }
  }
}

/** What a DEV article's candidate story holds, for `showDevJoinFeatures`. */
type CandidateKind = "same" | "hard negative" | "other" | "unlabeled";

/**
 * Why DEV hard-negative pairs end in one story: the online pass (StoryIndex alone, hand scorer, no
 * repair) is watched through its teacher hook without steering it. Every join of a DEV article into a
 * story holding a hard-negative partner of its story is printed with its membership features
 * (membership.ts), then the mean features of all joins by what the joined story held, so a feature
 * meant to tell "same place, different event" apart can be judged on DEV before it is trained.
 */
function showDevJoinFeatures(articles: CorpusArticle[], labels: Map<string, string>, negatives: HardNegative[], base: Partial<StoryOptions>, prepared: Prepared): void {
  const partners = new Map<string, Set<string>>();
  for (const { a, b } of negatives) {
    (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b);
    (partners.get(b) ?? partners.set(b, new Set()).get(b)!).add(a);
  }
  const index = new StoryIndex({ ...base, scorer: "hand" });
  const hand = MEMBERSHIP_FEATURES.indexOf("handScore");
  const joins: { kind: CandidateKind; x: number[] }[] = [];
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  // the lead (the body's first 300 characters) and the event days it states (leadDayKeys), as the day gate reads them
  const leadOf = (id: string): string => {
    const a = byId.get(id)!;
    const days = leadDayKeys(findDateMentions(a.body, a.publishedAt), a.publishedAt).map((k) => k.slice(4));
    return `${a.publishedAt?.slice(0, 10) ?? "undated"} ${a.source.slice(0, 8)} days [${days.join(" ")}] ${a.body.slice(0, 140).replace(/\s+/g, " ")}`;
  };
  console.log(`\nDEV joins into a story holding a hard-negative partner (online pass, hand scorer; membership features):`);
  index.teacher = (articleId, candidates) => {
    const gold = labels.get(articleId);
    if (gold === undefined || storySplit(gold) !== "dev" || candidates.length === 0) return undefined;
    const best = candidates.reduce((x, y) => (y.features[hand]! > x.features[hand]! ? y : x));
    if (best.features[hand]! < index.options.joinThreshold) return undefined;
    // DEV labels only: a member labeled in TEST counts as unlabeled, so no TEST story is named
    const golds = new Set(best.members.flatMap((m) => labels.get(m) ?? []).filter((g) => storySplit(g) === "dev"));
    const kind: CandidateKind = golds.has(gold) ? "same" : [...golds].some((g) => partners.get(gold)?.has(g)) ? "hard negative" : golds.size > 0 ? "other" : "unlabeled";
    joins.push({ kind, x: best.features });
    if (kind === "hard negative") {
      console.log(`  ${gold} → ${[...golds].join(", ")} (${best.members.length} members): ${titleOf.get(articleId)!.slice(0, 70)}`);
      console.log(`    ${MEMBERSHIP_FEATURES.map((name, i) => `${name} ${best.features[i]!.toFixed(2)}`).join(", ")}`);
      console.log(`    lead: ${leadOf(articleId)}`);
      for (const m of best.members.slice(0, 3)) console.log(`    member: ${titleOf.get(m)!.slice(0, 60)} | ${leadOf(m)}`);
    }
    return undefined;
  };
  addAll(index, articles, prepared);
  const kinds: CandidateKind[] = ["same", "hard negative", "other", "unlabeled"];
  const of = (kind: CandidateKind) => joins.filter((j) => j.kind === kind);
  console.log(`\nMean membership features of the DEV joins by what the joined story held:\n${pad("", 20)}${kinds.map((k) => pad(`${k} (${of(k).length})`, 20)).join("")}`);
  MEMBERSHIP_FEATURES.forEach((name, i) => {
    const mean = (rows: { x: number[] }[]): string => (rows.length ? rows.reduce((s, r) => s + r.x[i]!, 0) / rows.length : Number.NaN).toFixed(3);
    console.log(`${pad(name, 20)}${kinds.map((k) => pad(mean(of(k)), 20)).join("")}`);
  });
}

/**
 * `--dev`: the connector's DEV score and DEV hard negatives only (with `--show`, the DEV errors), so
 * that a change can be tried without reading TEST; no gate metrics (the outcome is partial).
 */
function runDevOnly(articles: CorpusArticle[], labels: Map<string, string>, recurringSet: RecurringSet, base: Partial<StoryOptions>, prepared: Prepared, args: string[]): EvalOutcome {
  const { recurring, withRecurring } = recurringSet;
  const piped = clusterPipeline(articles, base, prepared);
  const s = scoreSplit(labels, piped, "dev");
  const small = scoreSmallDev(labels, piped);
  const negatives = readHardNegatives();
  const hard = hardNegativeRate(negatives, labels, piped, "dev");
  console.log(`\nDEV only over ${JSON.stringify(base)}: P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f)}; small stories alone ${f3(small.alone.p)} ${f3(small.alone.r)} ${f3(small.alone.f)}; hard negatives ${hard.together}/${hard.pairs} (${f3(hard.rate)})`);
  console.log(tuningLines(recurringSet, piped));
  if (args.includes("--show")) {
    // DEV with the recurring and same-kind sets: their errors, pairs and losses are shown with DEV's
    const allNegatives = [...negatives, ...recurringSet.negatives, ...recurringSet.sameKindNegatives];
    const withBoth = recurringSet.withBoth;
    showDevErrors(articles, withBoth, piped);
    showDevHardNegatives(allNegatives, withBoth, piped);
    showDevLoss(withBoth, piped);
    if ((base.scorer ?? DEFAULT_STORY_OPTIONS.scorer) === "hand") showDevJoinFeatures(articles, withBoth, allNegatives, base, prepared);
  }
  if (args.includes("--census")) {
    // DEV items only: withBoth holds labels.tsv's TEST stories too
    const devOf = (gold: Map<string, string>): Map<string, string> => new Map([...gold].filter(([, story]) => storySplit(story) === "dev"));
    showCensus("DEV", articles, devOf(labels), piped, prepared);
    showCensus("DEV + both", articles, devOf(recurringSet.withBoth), piped, prepared);
  }
  if (args.includes("--pairwise")) showDevPairwise(articles, labels, negatives, { ...DEFAULT_STORY_OPTIONS, ...base }, prepared);
  if (args.includes("--pool-diff")) showPoolDiff(articles, clusterPipeline(articles, {}, prepared), piped);
  if (args.includes("--pair-words")) showDevPairWords(articles, recurringSet.withBoth, piped, { ...DEFAULT_STORY_OPTIONS, ...base }, prepared);
  if (args.includes("--orders")) {
    const runs = ORDER_SEEDS.map((seed) => clusterPipeline(shuffled(articles, seed), base, prepared));
    const spread = (f1: number[]): string => `${f1.map(f3).join(" ")} (range ${f3(Math.max(...f1) - Math.min(...f1))})`;
    console.log(`DEV F1 over ${ORDER_SEEDS.length} random arrival orders: ${spread(runs.map((a) => scoreSplit(labels, a, "dev").f))}`);
    console.log(`recurring F1 over the same orders: ${spread(runs.map((a) => bcubed(recurring, a).f))}; DEV + recurring: ${spread(runs.map((a) => scoreSplit(withRecurring, a, "dev").f))}`);
    console.log(`same-kind F1 over the same orders: ${spread(runs.map((a) => bcubed(recurringSet.sameKind, a).f))}; DEV + both: ${spread(runs.map((a) => scoreSplit(recurringSet.withBoth, a, "dev").f))}`);
  }
  return { metrics: {}, data: [], partial: true };
}

/**
 * `--dev --pool-diff`: the whole pool (every streamed article, labeled or not) at the defaults against
 * the run's options: each article whose story mates differ, with the mates it lost and gained — what
 * a change does beyond the labels.
 */
function showPoolDiff(articles: CorpusArticle[], before: Map<string, string>, after: Map<string, string>): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const membersOf = (assignment: Map<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [id, story] of assignment) out.set(story, [...(out.get(story) ?? []), id]);
    return out;
  };
  const [was, now] = [membersOf(before), membersOf(after)];
  const mates = (assignment: Map<string, string>, members: Map<string, string[]>, id: string): Set<string> => new Set((members.get(assignment.get(id)!) ?? []).filter((m) => m !== id));
  const line = (id: string): string => {
    const a = byId.get(id);
    return `${id} ${a?.publishedAt?.slice(5, 16) ?? ""} ${a?.source ?? ""} ${(a?.title ?? "").slice(0, 60)}`;
  };
  const changed = articles.filter((a) => {
    const [x, y] = [mates(before, was, a.id), mates(after, now, a.id)];
    return x.size !== y.size || [...x].some((m) => !y.has(m));
  });
  console.log(`\nWhole pool against the defaults: ${changed.length} of ${articles.length} articles have other story mates`);
  for (const a of changed) {
    const [x, y] = [mates(before, was, a.id), mates(after, now, a.id)];
    const lost = [...x].filter((m) => !y.has(m));
    const gained = [...y].filter((m) => !x.has(m));
    console.log(`  ${line(a.id)}\n    lost ${lost.length} of ${x.size}: ${lost.slice(0, 4).map((m) => (byId.get(m)?.title ?? m).slice(0, 40)).join(" | ")}\n    gained ${gained.length}: ${gained.slice(0, 4).map((m) => (byId.get(m)?.title ?? m).slice(0, 40)).join(" | ")}`);
  }
}

/** Pairs below this hand similarity are left out of the pairwise graph (no threshold of the cut reaches them). */
const PAIRWISE_MIN = 0.04;
const PAIRWISE_CUTS = [0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2];

/**
 * The hand similarity (stories.ts weights and time factor) of every article pair within the window,
 * from article vectors under the whole input's frequencies: what the connector would see if its
 * centroids were single articles. Pairs below PAIRWISE_MIN are left out.
 */
function pairwiseGraph(articles: CorpusArticle[], o: StoryOptions, prepared: Prepared): Map<number, number>[] {
  const [titleDf, bodyDf, entityDf] = [new DocumentFrequencies(), new DocumentFrequencies(), new DocumentFrequencies()];
  const entities = articles.map((a) => entityKeys(prepared.entitiesOf.get(a.id) ?? []));
  articles.forEach((a, i) => {
    const c = prepared.countsOf.get(a.id)!;
    titleDf.add(c.title.keys());
    bodyDf.add(c.body.keys());
    entityDf.add(entities[i]!);
  });
  const vectors = articles.map((a, i): { title: TermVector; body: TermVector; entities: TermVector } => {
    const c = prepared.countsOf.get(a.id)!;
    return { title: tfidfVector(c.title, titleDf, o.articleTerms), body: tfidfVector(c.body, bodyDf, o.articleTerms), entities: topNormalized(new Map(entities[i]!.map((k) => [k, entityDf.idf(k)])), o.articleTerms) };
  });
  const times = articles.map((a) => Date.parse(a.publishedAt ?? ""));
  const timeFactor = (ms: number): number => {
    const hours = Math.abs(ms) / 3_600_000;
    return Number.isNaN(hours) || hours <= o.graceHours ? 1 : Math.max(0, 1 - (hours - o.graceHours) / (o.windowHours - o.graceHours));
  };
  const graph = articles.map(() => new Map<number, number>());
  // articles come in publication order (undated first): past the window every later pair is out too
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const factor = timeFactor(times[j]! - times[i]!);
      if (factor === 0) break;
      const [x, y] = [vectors[i]!, vectors[j]!];
      const s = (o.titleWeight * dot(x.title, y.title) + o.bodyWeight * dot(x.body, y.body) + o.entityWeight * dot(x.entities, y.entities)) * factor;
      if (s < PAIRWISE_MIN) continue;
      graph[i]!.set(j, s);
      graph[j]!.set(i, s);
    }
  }
  return graph;
}

/**
 * `--dev --pairwise`: are DEV hard-negative pairs joined by the clusterer or by the similarity? The
 * same hand similarity taken between single articles (no centroid, no arrival order) and clustered
 * by average link at several cuts, with DEV B-cubed and DEV hard negatives beside the connector's;
 * then, for each DEV hard-negative pair, the mean similarity of the labeled articles within each
 * story and across the two.
 */
function showDevPairwise(articles: CorpusArticle[], labels: Map<string, string>, negatives: HardNegative[], o: StoryOptions, prepared: Prepared): void {
  const graph = pairwiseGraph(articles, o, prepared);
  const merges = averageLinkMerges(graph, PAIRWISE_CUTS[0]!);
  console.log(`\nDEV, average link over the pairwise hand similarity (no centroid, no arrival order):`);
  for (const cut of PAIRWISE_CUTS) {
    const roots = cutAt(articles.length, merges, cut);
    const assignment = new Map(articles.map((a, i) => [a.id, String(roots[i])]));
    const s = scoreSplit(labels, assignment, "dev");
    const hard = hardNegativeRate(negatives, labels, assignment, "dev");
    console.log(`  cut ${cut.toFixed(2)}: P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f)}; hard negatives ${hard.together}/${hard.pairs}`);
  }
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const membersOf = new Map<string, number[]>();
  for (const [id, story] of labels) (membersOf.get(story) ?? membersOf.set(story, []).get(story)!).push(indexOf.get(id)!);
  const mean = (xs: number[], ys: number[], same: boolean): number => {
    let sum = 0;
    let n = 0;
    for (const x of xs) for (const y of ys) if (!same || x < y) [sum, n] = [sum + (graph[x]!.get(y) ?? 0), n + 1];
    return n ? sum / n : Number.NaN;
  };
  console.log(`\nDEV hard-negative pairs: mean pairwise hand similarity of their labeled articles (within A, within B, across):`);
  for (const p of negatives.filter((q) => storySplit(q.a) === "dev" && storySplit(q.b) === "dev")) {
    const [a, b] = [membersOf.get(p.a)!, membersOf.get(p.b)!];
    console.log(`  ${pad(`${p.a} ~ ${p.b}`, 64)}${pad(f3(mean(a, a, true)), 7)}${pad(f3(mean(b, b, true)), 7)}${f3(mean(a, b, false))}`);
  }
}

/** The article-pair measures of `showDevPairWords`, in print order. */
const PAIR_WORD_MEASURES = ["title", "title event words", "title names", "body", "body event words", "entities", "hours apart"];

/**
 * `--dev --pair-words`: for each DEV predicted story holding several gold stories (the recurring and
 * same-kind sets with them), the mean article-pair measures within each gold story and across each
 * two: the title and body cosines, the same over the terms that are no word of either article's
 * names (the event's words) and over those that are (the actor's), the entity cosine and the hours
 * apart, from article vectors under the whole input's frequencies. Do two events of one actor share
 * fewer event words than one event's articles do, or only the names?
 */
function showDevPairWords(articles: CorpusArticle[], labels: Map<string, string>, assignment: Map<string, string>, o: StoryOptions, prepared: Prepared): void {
  const dev = new Map([...labels].filter(([, s]) => storySplit(s) === "dev"));
  const [titleDf, bodyDf, entityDf] = [new DocumentFrequencies(), new DocumentFrequencies(), new DocumentFrequencies()];
  const keysOf = new Map(articles.map((a) => [a.id, entityKeys(prepared.entitiesOf.get(a.id) ?? [])]));
  for (const a of articles) {
    const c = prepared.countsOf.get(a.id)!;
    titleDf.add(c.title.keys());
    bodyDf.add(c.body.keys());
    entityDf.add(keysOf.get(a.id)!);
  }
  const times = new Map(articles.map((a) => [a.id, Date.parse(a.publishedAt ?? "")]));
  const vectors = new Map(
    [...dev.keys()].map((id) => {
      const c = prepared.countsOf.get(id)!;
      const keys = keysOf.get(id)!;
      return [id, { title: tfidfVector(c.title, titleDf, o.articleTerms), body: tfidfVector(c.body, bodyDf, o.articleTerms), entities: topNormalized(new Map(keys.map((k) => [k, entityDf.idf(k)])), o.articleTerms), names: new Set(keys.flatMap((k) => [...termCounts(k).keys()])) }];
    }),
  );
  // the cosine over the terms `keep` says yes to, each vector renormalized over them (named: the dot product's share over the names, not renormalized)
  const restricted = (a: TermVector, b: TermVector, keep: (t: string) => boolean): number => {
    let [ab, aa, bb] = [0, 0, 0];
    for (const [t, w] of a) if (keep(t)) [aa, ab] = [aa + w * w, ab + w * (b.get(t) ?? 0)];
    for (const [t, w] of b) if (keep(t)) bb += w * w;
    return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
  };
  const measures = (x: string, y: string): number[] => {
    const [a, b] = [vectors.get(x)!, vectors.get(y)!];
    const named = (t: string): boolean => a.names.has(t) || b.names.has(t);
    let titleNames = 0;
    for (const [t, w] of a.title) if (named(t)) titleNames += w * (b.title.get(t) ?? 0);
    return [dot(a.title, b.title), restricted(a.title, b.title, (t) => !named(t)), titleNames, dot(a.body, b.body), restricted(a.body, b.body, (t) => !named(t)), dot(a.entities, b.entities), Math.abs(times.get(x)! - times.get(y)!) / 3_600_000];
  };
  const meanOf = (pairs: [string, string][]): string => {
    const sums = PAIR_WORD_MEASURES.map(() => 0);
    for (const [x, y] of pairs) measures(x, y).forEach((v, i) => (sums[i]! += v));
    return sums.map((v, i) => pad(pairs.length ? (v / pairs.length).toFixed(i === sums.length - 1 ? 0 : 2) : "", 8)).join("");
  };
  const byPredicted = new Map<string, Map<string, string[]>>();
  for (const [id, g] of dev) {
    const golds = byPredicted.get(assignment.get(id)!) ?? byPredicted.set(assignment.get(id)!, new Map()).get(assignment.get(id)!)!;
    (golds.get(g) ?? golds.set(g, []).get(g)!).push(id);
  }
  console.log(`\nDEV predicted stories holding several gold stories: mean article-pair measures within each and across each two (${PAIR_WORD_MEASURES.join(", ")}):`);
  for (const [predicted, golds] of byPredicted) {
    if (golds.size < 2) continue;
    const stories = [...golds];
    console.log(`${predicted.slice(6)}`);
    for (const [g, ids] of stories) if (ids.length > 1) console.log(`  ${pad(`within ${g}`, 72)}${meanOf(ids.flatMap((x, i) => ids.slice(i + 1).map((y): [string, string] => [x, y])))}`);
    stories.forEach(([g, ids], i) => {
      for (const [h, others] of stories.slice(i + 1)) console.log(`  ${pad(`${g} ~ ${h}`, 72)}${meanOf(ids.flatMap((x) => others.map((y): [string, string] => [x, y])))}`);
    });
  }
}

/**
 * Where DEV B-cubed is lost, by gold story: the summed precision and recall shortfall of its items
 * (1 − item precision, 1 − item recall), largest first; divided by the DEV items it is the F1 drop.
 */
function showDevLoss(labels: Map<string, string>, assignment: Map<string, string>): void {
  const dev = new Map([...labels].filter(([, s]) => storySplit(s) === "dev"));
  const byGold = new Map<string, string[]>();
  const byPred = new Map<string, string[]>();
  for (const [id, g] of dev) {
    (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(id);
    (byPred.get(assignment.get(id)!) ?? byPred.set(assignment.get(id)!, []).get(assignment.get(id)!)!).push(id);
  }
  const rows = [...byGold].map(([g, ids]) => {
    let p = 0;
    let r = 0;
    for (const id of ids) {
      const cluster = byPred.get(assignment.get(id)!)!;
      const both = cluster.filter((x) => dev.get(x) === g).length;
      p += 1 - both / cluster.length;
      r += 1 - both / ids.length;
    }
    return { g, n: ids.length, p, r };
  });
  console.log(`\nDEV B-cubed shortfall by gold story (items; precision, recall shortfall summed over its items; ${dev.size} DEV items):`);
  for (const row of rows.sort((a, b) => b.p + b.r - (a.p + a.r)).filter((x) => x.p + x.r > 0.05)) console.log(`  ${pad(row.g, 40)}${pad(row.n, 5)}P ${pad(row.p.toFixed(1), 7)}R ${row.r.toFixed(1)}`);
}

const ALL_ENTITIES: StoryEntityParts = { quotes: false, background: false };

/** `--story-entities=all|quotes|background|both`: which asides storyEntities leaves out (default all kept, as the connector does). */
function entityParts(args: string[], flag = "--story-entities="): StoryEntityParts {
  const v = args.find((a) => a.startsWith(flag))?.split("=")[1];
  if (v === undefined) return ALL_ENTITIES;
  return { quotes: v === "quotes" || v === "both", background: v === "background" || v === "both" };
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const labels = readLabels();
  const recurringSet = readRecurring(labels);
  const { recurring } = recurringSet;
  const useEntities = !args.includes("--no-entities");
  // both corpora in one stream (ANT is May 2018, SaudiNewsNet 2015: they meet only through the time window)
  const articles = [...readAnt(), ...readSaudiNewsNet()].sort((a, b) => (Date.parse(a.publishedAt ?? "") || 0) - (Date.parse(b.publishedAt ?? "") || 0) || (a.id < b.id ? -1 : 1));
  const known = new Set(articles.map((a) => a.id));
  const unknown = [...recurringSet.withBoth.keys()].filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`stories eval: labels name unknown articles: ${unknown.slice(0, 5).join(", ")}`);
  const stories = new Set(labels.values());
  const devStories = [...stories].filter((s) => storySplit(s) === "dev").length;
  console.log(`Stories evaluation — ${articles.length} ANT and SaudiNewsNet articles streamed; ${labels.size} labeled in ${stories.size} stories (DEV ${devStories} stories, TEST ${stories.size - devStories}); recurring set (DEV only, scored apart): ${recurring.size} articles in ${new Set(recurring.values()).size} stories; same-kind set (likewise): ${recurringSet.sameKind.size} articles in ${new Set(recurringSet.sameKind.values()).size} stories`);

  // as the connector gives them (storyEntitiesOf): names said only in quotes go aside, weighed × asideWeight
  const aside = args.some((a) => a.startsWith("--aside-entities=")) ? entityParts(args, "--aside-entities=") : QUOTE_ASIDE;
  // the stated-day keys weigh only with dayKeyWeight above 0, so they are carried only when a run may set it
  const prepared = prepare(articles, useEntities, entityParts(args), aside, args.some((a) => a.includes("dayKeyWeight")));

  const base = parseOptions(args);
  const titleEventsArg = args.find((a) => a.startsWith("--title-events="));
  if (titleEventsArg) TITLE_EVENTS = titleEventOptions(titleEventsArg.slice("--title-events=".length));
  const titleEventsGrid = args.find((a) => a.startsWith("--title-events-grid="));
  if (titleEventsGrid) {
    // DEV only: one line per title-event setting (`spec/spec/…`, each `key:value,…`)
    for (const spec of titleEventsGrid.slice("--title-events-grid=".length).split("/")) {
      const assignment = clusterPipeline(articles, base, prepared, true, undefined, titleEventOptions(spec));
      const s = scoreSplit(labels, assignment, "dev");
      const small = scoreSmallDev(labels, assignment);
      const hard = hardNegativeRate(readHardNegatives(), labels, assignment, "dev");
      console.log(`  title events ${pad(spec, 50)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${pad(f3(s.f), 7)}small ${f3(small.alone.p)} ${f3(small.alone.r)} ${f3(small.alone.f)} hard negatives ${hard.together}/${hard.pairs}`);
      console.log(`  ${pad("", 63)}${tuningLines(recurringSet, assignment).replace("\n", `\n  ${pad("", 63)}`)}`);
    }
    return { metrics: {}, data: [], partial: true };
  }
  if (args.includes("--sweep")) {
    const grid = sweepGrid(args);
    console.log(`\nSweep on DEV over ${JSON.stringify(base)} (B-cubed P / R / F1; then P / R / F1 of the DEV stories of at most ${SMALL_STORY} labeled articles, scored alone and amid all DEV stories; DEV hard-negative pairs in one story):`);
    for (const g of grid) {
      const assignment = clusterPipeline(articles, { ...base, ...g }, prepared);
      const s = scoreSplit(labels, assignment, "dev");
      const small = scoreSmallDev(labels, assignment);
      const hard = hardNegativeRate(readHardNegatives(), labels, assignment, "dev");
      console.log(`  ${pad(JSON.stringify(g), 60)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${pad(f3(s.f), 7)}small ${f3(small.alone.p)} ${f3(small.alone.r)} ${f3(small.alone.f)} amid DEV ${f3(small.amid.p)} ${f3(small.amid.f)} hard negatives ${hard.together}/${hard.pairs}`);
      console.log(`  ${pad("", 60)}${tuningLines(recurringSet, assignment).replace("\n", `\n  ${pad("", 60)}`)}`);
    }
  }

  if (args.includes("--dev") && args.includes("--sweep") && !args.includes("--show")) return { metrics: {}, data: [], partial: true };
  if (args.includes("--dev")) return runDevOnly(articles, labels, recurringSet, base, prepared, args);

  const header = `${pad("", 34)}${pad("split", 7)}${pad("items", 7)}${pad("gold", 6)}${pad("pred", 6)}${pad("P", 7)}${pad("R", 7)}F1`;
  const row = (name: string, assignment: Map<string, string>, split: Split | "all"): BCubed => {
    const s = scoreSplit(labels, assignment, split);
    console.log(`${pad(name, 34)}${pad(split.toUpperCase(), 7)}${pad(s.items, 7)}${pad(s.gold, 6)}${pad(s.predicted, 6)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${f3(s.f)}`);
    return s;
  };

  const { assignment: online, index, seconds } = cluster(articles, base, prepared);
  const started = performance.now();
  const piped = clusterPipeline(articles, base, prepared);
  const pipeSeconds = (performance.now() - started) / 1000;
  console.log(`\nParameters: ${JSON.stringify(index.options)}`);
  console.log(`marsad = the connector's decisions (copies join their original's story; stories checked for two events at the step's end: those the repair touched and those closed), articles in publication order`);
  console.log(`\n${header}`);
  const marsad = { dev: row("marsad", piped, "dev"), test: row("marsad", piped, "test") };
  const recurringOf = (assignment: Map<string, string>): ReturnType<typeof recurringScores> => recurringScores(recurringSet, assignment);
  console.log(`marsad, ${tuningLines(recurringSet, piped)}`);
  row("marsad, StoryIndex alone", online, "dev");
  row("marsad, StoryIndex alone", online, "test");

  // the peer: word-overlap single link, its one threshold chosen on DEV here
  const baselines = baselineAssignments(articles, wordSetPairs(articles, prepared));
  let bestThreshold = BASELINE_THRESHOLDS[0]!;
  let bestDev = -1;
  for (const [threshold, assignment] of baselines) {
    const f = scoreSplit(labels, assignment, "dev").f;
    if (f > bestDev || (f === bestDev && threshold < bestThreshold)) [bestDev, bestThreshold] = [f, threshold];
  }
  const baseline = baselines.get(bestThreshold)!;
  const peerName = `word-overlap, Jaccard ≥ ${bestThreshold.toFixed(2)}`;
  const peer = { dev: row(peerName, baseline, "dev"), test: row(peerName, baseline, "test") };
  console.log(`${peerName}, ${tuningLines(recurringSet, baseline)}`);
  console.log(`(baseline: title+body word-set Jaccard, single link within ${BASELINE_HOURS} h, threshold tuned on DEV over ${BASELINE_THRESHOLDS[0]}–${BASELINE_THRESHOLDS.at(-1)})`);

  // the same input in random arrival orders
  console.log(`\nmarsad over ${ORDER_SEEDS.length} random arrival orders of the same articles (seeded shuffles of the whole input):`);
  const orderF1 = { dev: [] as number[], test: [] as number[], recurring: [] as number[] };
  for (const seed of ORDER_SEEDS) {
    const assignment = clusterPipeline(shuffled(articles, seed), base, prepared);
    orderF1.dev.push(row(`marsad, order seed ${seed}`, assignment, "dev").f);
    orderF1.test.push(row(`marsad, order seed ${seed}`, assignment, "test").f);
    orderF1.recurring.push(bcubed(recurring, assignment).f);
  }
  const range = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
  console.log(`F1 range (max − min) over the orders: DEV ${f3(range(orderF1.dev))}, TEST ${f3(range(orderF1.test))}, recurring ${f3(range(orderF1.recurring))}; TEST lowest ${f3(Math.min(...orderF1.test))}`);

  // same place or person, different event: how often the two stories end in one predicted story
  const negatives = readHardNegatives();
  for (const story of negatives.flatMap((p) => [p.a, p.b])) if (!stories.has(story)) throw new Error(`stories eval: hard-negatives.tsv names unknown story ${story}`);
  console.log(`\nHard negatives (${negatives.length} pairs of stories sharing a place or person; a pair counts in a split when both stories are in it; mixed pairs are not scored):`);
  const hard = { marsad: { dev: hardNegativeRate(negatives, labels, piped, "dev"), test: hardNegativeRate(negatives, labels, piped, "test") }, peer: { dev: hardNegativeRate(negatives, labels, baseline, "dev"), test: hardNegativeRate(negatives, labels, baseline, "test") } };
  for (const [name, r] of [["marsad", hard.marsad], [peerName, hard.peer]] as const) {
    console.log(`${pad(name, 34)}DEV ${r.dev.together}/${r.dev.pairs} (${f3(r.dev.rate)})   TEST ${r.test.together}/${r.test.pairs} (${f3(r.test.rate)})`);
  }
  const recurringHard = { marsad: recurringOf(piped).hard, peer: recurringOf(baseline).hard };
  console.log(`recurring set (DEV only): marsad ${recurringHard.marsad.together}/${recurringHard.marsad.pairs} (${f3(recurringHard.marsad.rate)}), ${peerName} ${recurringHard.peer.together}/${recurringHard.peer.pairs} (${f3(recurringHard.peer.rate)})`);
  console.log(`\nTEST: marsad F1 ${f3(marsad.test.f)} vs word overlap ${f3(peer.test.f)} (margin ${f3(marsad.test.f - peer.test.f)}; target ≥ 0.93 and ≥ 0.05 above); order range ${f3(range(orderF1.test))} (target ≤ 0.02); hard negatives together ${f3(hard.marsad.test.rate)} (target ≤ 0.10)`);
  console.log(`${(articles.length / seconds).toFixed(0)} articles/s through StoryIndex alone; the connector's decisions ${pipeSeconds.toFixed(1)} s`);

  if (args.includes("--show")) {
    showDevErrors(articles, recurringSet.withBoth, piped);
    showDevHardNegatives([...negatives, ...recurringSet.negatives, ...recurringSet.sameKindNegatives], recurringSet.withBoth, piped);
  }

  // A sweep or --with changes the parameters: its scores are not the shipped connector's.
  const metrics = {
    testF1: marsad.test.f,
    testF1WorstOrder: Math.min(...orderF1.test),
    baselineMargin: marsad.test.f - peer.test.f,
    orderRange: range(orderF1.test),
    hardNegativeRate: hard.marsad.test.rate,
    hardNegativeRateDev: hard.marsad.dev.rate,
  };
  return { metrics, data: ["../shared/data/ant-multisource-sample", "../shared/data/saudinewsnet-sample", "eval/stories/labels.tsv"], partial: args.includes("--with") || args.includes("--no-entities") || args.some((a) => a.startsWith("--story-entities=") || a.startsWith("--aside-entities=")) };
}
