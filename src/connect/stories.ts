/**
 * Stories: online clustering of articles across sources and days.
 * - Each article gets a title vector and a body vector (terms.ts: TF-IDF over document
 *   frequencies that grow with every article) and a set of entity keys (normalized canonical names
 *   of its Entity records, types person/location/organization).
 * - Candidates come from an inverted index: each story is posted under the top terms of its
 *   centroids and its main entities; a posting list keeps at most `maxPostings` stories (the
 *   least recently updated is dropped), and an article queries only its `queryTerms` heaviest terms
 *   and entities; the `maxCandidates` stories with the most weight of matched keys are scored in
 *   full — so the cost of one add is bounded whatever the corpus size.
 * - Score of an article against a story = (titleWeight·cos(title) + bodyWeight·cos(body) +
 *   entityWeight·entity overlap) × time factor; the factor is 1 within `graceHours` of the story's
 *   time span and falls linearly to 0 at `windowHours`. Stories with no dated member, or articles
 *   without a date, get factor 1.
 * - The article joins the best story scoring at least `joinThreshold` (ties: the older story), else
 *   starts a new one whose id is `story-<article id>`.
 * - Merge: after a join, another candidate story whose centroids are close to the grown story
 *   (combined cosine ≥ `mergeThreshold`, within the window) is merged into the larger one (ties: the
 *   older); its id then resolves to the survivor.
 * - Split: `splitStory` (story-record.ts side, over the member articles) re-clusters one story's
 *   members offline; online, membership is final once assigned and only merges rewrite stories.
 * - Stories last updated more than `windowHours` before the newest article seen are closed: their
 *   centroids are freed and they take no more members, so memory follows the window, not the corpus.
 * - Deterministic: no clock, no unordered iteration in decisions; same input order, same stories.
 */
import type { Entity } from "../types.js";
import { normalizeArabic } from "../understand/arabic/normalize.js";
import { addInto, DocumentFrequencies, dot, scaleInPlace, termCounts, tfidfVector, topNormalized, type TermVector } from "./terms.js";

export interface StoryOptions {
  /** Weight of title cosine. Default 0.25. */
  titleWeight: number;
  /** Weight of body cosine. Default 0.6. */
  bodyWeight: number;
  /** Weight of shared entities (weighted overlap in [0,1]). Default 0.2. */
  entityWeight: number;
  /** Minimum score to join a story. Default 0.18 (chosen with entityWeight on the DEV half of eval/stories: DEV F1 0.91–0.92 over 0.14–0.18 with entity weight 0.2; without entities the best threshold is 0.12–0.14). */
  joinThreshold: number;
  /** Minimum story-to-story score to merge. Default 0.5. */
  mergeThreshold: number;
  /** Full time factor within this many hours of a story's span. Default 72. */
  graceHours: number;
  /** Time factor reaches 0 at this distance in hours; also the closing horizon. Default 120. */
  windowHours: number;
  /** Terms kept per article vector. Default 100. */
  articleTerms: number;
  /** Terms kept per story centroid. Default 120. */
  centroidTerms: number;
  /** Heaviest article terms used to look up candidates. Default 12. */
  queryTerms: number;
  /** Centroid terms a story is posted under. Default 20. */
  postedTerms: number;
  /** Stories kept per posting list. Default 64. */
  maxPostings: number;
  /** Candidates scored in full per article, the best by posted-key weight. Default 32. */
  maxCandidates: number;
  /** Share of the score taken by the best single member (single link) instead of the centroid, in [0,1]. Default 0. */
  linkWeight: number;
  /** Minimum best-member similarity to join a story (a second check beside the centroid score); 0 = none. Default 0. */
  linkThreshold: number;
  /**
   * How an article is compared with a story, per vector: cos(article, centroid) × coherence^(1 − e)
   * where coherence = |sum of member vectors| / member weight (1 for one member, lower as members
   * differ). 1 = centroid cosine; 0 = mean similarity to the members (average link), which keeps a
   * loose topic-wide story from scoring high against every article of its topic. Default 1.
   */
  centroidExponent: number;
  /** Most recent members whose vectors a story keeps for the single-link score. Default 16. */
  memberLinks: number;
  /** Half-life in hours of a member's weight in the story centroid, counted back from the story's newest member; 0 = no decay. Default 0. */
  halfLifeHours: number;
  /** Join threshold grows by this much per natural log of the story's member count. Default 0. */
  sizeSlope: number;
  /** Weight of location entities relative to persons and organizations. Default 1. */
  locationWeight: number;
  /** Weight of an entity named in the title (all its name's terms are title terms) relative to one named only in the body. Default 1. */
  titleEntityWeight: number;
  /** Score is multiplied by 1 − this × the share of the article's title entities the story has not seen. Default 0. */
  novelEntityPenalty: number;
  /** Time distance of an article to a story is measured from the members' mean time instead of the story's span. Default false. */
  fromMeanTime: boolean;
  /** Title term counts are added this many times into the body counts. Default 0. */
  titleInBody: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  titleWeight: 0.25,
  bodyWeight: 0.6,
  entityWeight: 0.2,
  joinThreshold: 0.18,
  mergeThreshold: 0.5,
  graceHours: 72,
  windowHours: 120,
  articleTerms: 100,
  centroidTerms: 120,
  queryTerms: 12,
  postedTerms: 20,
  maxPostings: 64,
  maxCandidates: 32,
  linkWeight: 0,
  linkThreshold: 0,
  centroidExponent: 1,
  memberLinks: 16,
  halfLifeHours: 0,
  sizeSlope: 0,
  locationWeight: 1,
  titleInBody: 0,
  titleEntityWeight: 1,
  novelEntityPenalty: 0,
  fromMeanTime: false,
};

export interface StoryInput {
  id: string;
  title: string;
  body: string;
  source: string | null;
  publishedAt: string | null;
  entities: Entity[];
}

export interface StoryAssignment {
  articleId: string;
  storyId: string;
  kind: "new" | "joined";
  /** Score against the joined story, null for a new one. */
  score: number | null;
  /** Ids of stories merged into `storyId` by this add. */
  merged: string[];
}

export interface StorySummary {
  id: string;
  members: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
  isOpen: boolean;
}

interface StoryState {
  id: string;
  order: number;
  members: string[];
  titleSum: Map<string, number>;
  bodySum: Map<string, number>;
  entitySum: Map<string, number>;
  title: TermVector;
  body: TermVector;
  entities: TermVector;
  first: number;
  last: number;
  firstIso: string | null;
  lastIso: string | null;
  sources: Set<string>;
  posted: Set<string>;
  isOpen: boolean;
  /** Features of the most recent members (at most `memberLinks`), for the single-link score; emptied on close. */
  links: Features[];
  /** Total member weight (the member count without decay; decayed with the sums). */
  mass: number;
  /** |kept sum| / mass for title, body and entities (see `centroidExponent`), set on refresh. */
  coherence: { title: number; body: number; entities: number };
  /** Sum of member times (ms) and of their count, over dated members. */
  timeSum: number;
  timeCount: number;
}

interface Features {
  title: TermVector;
  body: TermVector;
  entities: TermVector;
  time: number;
  /** Entity keys named in the title (see `novelEntityPenalty`). */
  titleEntities?: string[];
}

const HOUR = 3_600_000;
const CLOSE_EVERY = 256;
const ENTITY_TYPES = new Set(["person", "location", "organization"]);
const ENTITY_PREFIX = "\u0001";

export function entityKeys(entities: readonly Entity[]): string[] {
  const keys = new Set<string>();
  for (const e of entities) {
    if (!ENTITY_TYPES.has(e.type)) continue;
    const key = normalizeArabic(e.name);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}

/** Entity keys with their type weight (locations weigh `locationWeight`; a name seen with several types takes the highest). */
function typedEntityKeys(entities: readonly Entity[], titleCounts: Map<string, number>, o: StoryOptions): Map<string, number> {
  const keys = new Map<string, number>();
  for (const e of entities) {
    if (!ENTITY_TYPES.has(e.type)) continue;
    const key = normalizeArabic(e.name);
    if (!key) continue;
    const inTitle = o.titleEntityWeight !== 1 && isInTitle(e, titleCounts);
    const w = (e.type === "location" ? o.locationWeight : 1) * (inTitle ? o.titleEntityWeight : 1);
    keys.set(ENTITY_PREFIX + key, Math.max(keys.get(ENTITY_PREFIX + key) ?? 0, w));
  }
  return keys;
}

/** True when every term of one of the entity's names or mentions is a title term. */
function isInTitle(e: Entity, titleCounts: Map<string, number>): boolean {
  for (const form of [e.name, ...e.mentions]) {
    const terms = termCounts(form);
    if (terms.size > 0 && [...terms.keys()].every((t) => titleCounts.has(t))) return true;
  }
  return false;
}

function parseTime(iso: string | null): number {
  if (!iso) return Number.NaN;
  return Date.parse(iso);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class StoryIndex {
  readonly options: StoryOptions;
  private readonly titleDf = new DocumentFrequencies();
  private readonly bodyDf = new DocumentFrequencies();
  private readonly entityDf = new DocumentFrequencies();
  private readonly stories = new Map<string, StoryState>();
  private readonly redirects = new Map<string, string>();
  private readonly articleStory = new Map<string, string>();
  private readonly postings = new Map<string, StoryState[]>();
  /** Open stories by last update, for closing; a story may appear more than once (stale entries are skipped). */
  private openQueue: { last: number; story: StoryState }[] = [];
  private order = 0;
  private sinceClose = 0;
  private newest = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<StoryOptions> = {}) {
    for (const key of Object.keys(options)) {
      if (!(key in DEFAULT_STORY_OPTIONS)) throw new Error(`stories: unknown option "${key}"`);
    }
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
  }

  /** Adds one article; adding a known id again returns its current story without changes. */
  add(input: StoryInput): StoryAssignment {
    const existing = this.storyOf(input.id);
    if (existing) return { articleId: input.id, storyId: existing, kind: "joined", score: null, merged: [] };
    return this.addCounts(input, termCounts(input.title), termCounts(input.body));
  }

  /** Adds an article by its title and body term counts (terms.ts termCounts); same result as `add` on the texts. */
  addCounts(input: Omit<StoryInput, "title" | "body">, titleCounts: Map<string, number>, bodyCounts: Map<string, number>): StoryAssignment {
    const existing = this.storyOf(input.id);
    if (existing) return { articleId: input.id, storyId: existing, kind: "joined", score: null, merged: [] };
    const o = this.options;
    const ents = typedEntityKeys(input.entities, titleCounts, o);
    const bodyTerms = o.titleInBody > 0 ? withTitle(bodyCounts, titleCounts, o.titleInBody) : bodyCounts;
    this.titleDf.add(titleCounts.keys());
    this.bodyDf.add(bodyTerms.keys());
    this.entityDf.add(ents.keys());
    const entityWeights = new Map<string, number>();
    for (const [e, w] of ents) entityWeights.set(e, w * this.entityDf.idf(e));
    const f: Features = {
      title: tfidfVector(titleCounts, this.titleDf, o.articleTerms),
      body: tfidfVector(bodyTerms, this.bodyDf, o.articleTerms),
      entities: topNormalized(entityWeights, o.articleTerms),
      time: parseTime(input.publishedAt),
    };
    if (o.novelEntityPenalty > 0) f.titleEntities = input.entities.filter((e) => ENTITY_TYPES.has(e.type) && isInTitle(e, titleCounts)).map((e) => ENTITY_PREFIX + normalizeArabic(e.name));
    if (!Number.isNaN(f.time)) {
      this.newest = Math.max(this.newest, f.time);
      this.closeStale();
    }

    const scored = this.candidates(f)
      .map((s) => ({ story: s, score: this.score(f, s) }))
      .sort((a, b) => b.score - a.score || a.story.order - b.story.order);
    let story: StoryState;
    let kind: "new" | "joined";
    let score: number | null = null;
    const best = scored.find((c) => c.score >= this.joinThreshold(c.story) && this.passesLink(f, c.story));
    if (best) {
      story = best.story;
      kind = "joined";
      score = best.score;
    } else {
      story = this.newStory(`story-${input.id}`);
      kind = "new";
    }
    this.addMember(story, input, f);

    const merged: string[] = [];
    if (kind === "joined") {
      for (const { story: other } of scored) {
        if (!other.isOpen || !story.isOpen || other === story || !this.stories.has(other.id)) continue;
        const s = this.storyScore(story, other);
        if (s < o.mergeThreshold) continue;
        const [keep, drop] = this.mergeOrder(story, other);
        this.merge(keep, drop);
        merged.push(drop.id);
        story = keep;
      }
    }
    return { articleId: input.id, storyId: story.id, kind, score, merged };
  }

  /** Current story id of an article (after merges), null if unknown. */
  storyOf(articleId: string): string | null {
    const id = this.articleStory.get(articleId);
    return id === undefined ? null : this.resolve(id);
  }

  /** Follows merges to the surviving story id. */
  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.redirects.get(id); next !== undefined; next = this.redirects.get(id)) id = next;
    return id;
  }

  /** Every live story, in creation order. */
  list(): StorySummary[] {
    return [...this.stories.values()].sort((a, b) => a.order - b.order).map((s) => this.summary(s));
  }

  get(storyId: string): StorySummary | null {
    const s = this.stories.get(this.resolve(storyId));
    return s ? this.summary(s) : null;
  }

  /**
   * Open stories nearest to a story, by centroid score, best first (excluding itself), found through
   * the same bounded index as candidates; closed stories have no centroid and are skipped.
   */
  nearestStories(storyId: string, limit: number): { storyId: string; score: number }[] {
    const s = this.stories.get(this.resolve(storyId));
    if (!s || !s.isOpen) return [];
    const f: Features = { title: s.title, body: s.body, entities: s.entities, time: s.last };
    return this.candidates(f)
      .filter((c) => c !== s)
      .map((c) => ({ storyId: c.id, score: this.storyScore(s, c) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || cmp(a.storyId, b.storyId))
      .slice(0, limit);
  }

  private summary(s: StoryState): StorySummary {
    return { id: s.id, members: [...s.members], firstSeen: s.firstIso, lastSeen: s.lastIso, sources: [...s.sources].sort(), isOpen: s.isOpen };
  }

  private newStory(id: string): StoryState {
    const s: StoryState = {
      id,
      order: this.order++,
      members: [],
      titleSum: new Map(),
      bodySum: new Map(),
      entitySum: new Map(),
      title: new Map(),
      body: new Map(),
      entities: new Map(),
      first: Number.NaN,
      last: Number.NaN,
      firstIso: null,
      lastIso: null,
      sources: new Set(),
      posted: new Set(),
      isOpen: true,
      links: [],
      mass: 0,
      coherence: { title: 1, body: 1, entities: 1 },
      timeSum: 0,
      timeCount: 0,
    };
    this.stories.set(id, s);
    return s;
  }

  private addMember(s: StoryState, input: Omit<StoryInput, "title" | "body">, f: Features): void {
    s.members.push(input.id);
    this.articleStory.set(input.id, s.id);
    if (input.source) s.sources.add(input.source);
    const weight = this.alignDecay(s, f.time);
    s.mass += weight;
    addInto(s.titleSum, f.title, weight);
    addInto(s.bodySum, f.body, weight);
    addInto(s.entitySum, f.entities, weight);
    if (this.options.linkWeight > 0 || this.options.linkThreshold > 0) {
      s.links.push(f);
      if (s.links.length > this.options.memberLinks) s.links.shift();
    }
    if (!Number.isNaN(f.time)) {
      s.timeSum += f.time;
      s.timeCount++;
      if (Number.isNaN(s.first) || f.time < s.first) {
        s.first = f.time;
        s.firstIso = input.publishedAt;
      }
      if (Number.isNaN(s.last) || f.time > s.last) {
        s.last = f.time;
        s.lastIso = input.publishedAt;
      }
      this.openQueue.push({ last: s.last, story: s });
    }
    this.refresh(s);
  }

  private refresh(s: StoryState): void {
    const o = this.options;
    s.title = topNormalized(s.titleSum, o.centroidTerms);
    s.body = topNormalized(s.bodySum, o.centroidTerms);
    s.entities = topNormalized(s.entitySum, o.centroidTerms);
    s.coherence = { title: keptNorm(s.titleSum, s.title) / s.mass, body: keptNorm(s.bodySum, s.body) / s.mass, entities: keptNorm(s.entitySum, s.entities) / s.mass };
    // sums are trimmed to the centroid size too, so a long story's memory stays bounded
    for (const [sum, kept] of [
      [s.titleSum, s.title],
      [s.bodySum, s.body],
      [s.entitySum, s.entities],
    ] as const) {
      if (sum.size > kept.size * 2) for (const t of [...sum.keys()]) if (!kept.has(t)) sum.delete(t);
    }
    this.post(s);
  }

  private post(s: StoryState): void {
    const keys = [...topKeys(s.title, this.options.postedTerms), ...topKeys(s.body, this.options.postedTerms), ...topKeys(s.entities, this.options.postedTerms)];
    for (const key of keys) {
      if (s.posted.has(key)) continue;
      s.posted.add(key);
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      list.push(s);
      if (list.length > this.options.maxPostings) {
        let victim = 0;
        for (let i = 1; i < list.length; i++) if (staleness(list[i]!) < staleness(list[victim]!)) victim = i;
        list[victim]!.posted.delete(key);
        list.splice(victim, 1);
      }
    }
  }

  private candidates(f: Features): StoryState[] {
    const o = this.options;
    // a story's pre-score is the article weight of the keys it is posted under: cheap, and it ranks
    // the stories worth a full score
    const pre = new Map<StoryState, number>();
    const vectors: [TermVector, number][] = [
      [f.title, o.titleWeight],
      [f.body, o.bodyWeight],
      [f.entities, o.entityWeight],
    ];
    for (const [v, weight] of vectors) {
      for (const key of topKeys(v, o.queryTerms)) {
        const w = v.get(key)! * weight;
        for (const s of this.postings.get(key) ?? []) {
          if (!s.isOpen) continue;
          pre.set(s, (pre.get(s) ?? 0) + w);
        }
      }
    }
    return [...pre]
      .sort((a, b) => b[1] - a[1] || a[0].order - b[0].order)
      .slice(0, o.maxCandidates)
      .map(([s]) => s);
  }

  private timeFactor(t: number, first: number, last: number): number {
    if (Number.isNaN(t) || Number.isNaN(first)) return 1;
    const distance = t < first ? first - t : t > last ? t - last : 0;
    const { graceHours, windowHours } = this.options;
    const hours = distance / HOUR;
    if (hours <= graceHours) return 1;
    return Math.max(0, 1 - (hours - graceHours) / (windowHours - graceHours));
  }

  private joinThreshold(s: StoryState): number {
    return this.options.joinThreshold + this.options.sizeSlope * Math.log(Math.max(1, s.members.length));
  }

  private similarity(a: Omit<Features, "time">, b: Omit<Features, "time">): number {
    const o = this.options;
    return o.titleWeight * dot(a.title, b.title) + o.bodyWeight * dot(a.body, b.body) + o.entityWeight * dot(a.entities, b.entities);
  }

  /** Best similarity of `f` to one member of `s` (single link), over the members it keeps. */
  private linkSimilarity(f: Omit<Features, "time">, s: StoryState): number {
    let best = 0;
    for (const m of s.links) best = Math.max(best, this.similarity(f, m));
    return best;
  }

  private passesLink(f: Features, s: StoryState): boolean {
    const { linkThreshold } = this.options;
    return linkThreshold <= 0 || this.linkSimilarity(f, s) >= linkThreshold;
  }

  /** Article against story centroids, each cosine scaled by the story's coherence^(1 − centroidExponent). */
  private centroidSimilarity(f: Features, s: StoryState): number {
    const o = this.options;
    if (o.centroidExponent === 1) return this.similarity(f, s);
    const k = 1 - o.centroidExponent;
    const c = s.coherence;
    return o.titleWeight * dot(f.title, s.title) * c.title ** k + o.bodyWeight * dot(f.body, s.body) * c.body ** k + o.entityWeight * dot(f.entities, s.entities) * c.entities ** k;
  }

  private score(f: Features, s: StoryState): number {
    const { linkWeight } = this.options;
    const centroid = this.centroidSimilarity(f, s);
    const sim = linkWeight > 0 ? (1 - linkWeight) * centroid + linkWeight * this.linkSimilarity(f, s) : centroid;
    const mean = s.timeCount > 0 ? s.timeSum / s.timeCount : Number.NaN;
    const time = this.options.fromMeanTime ? this.timeFactor(f.time, mean, mean) : this.timeFactor(f.time, s.first, s.last);
    return sim * time * this.noveltyFactor(f, s);
  }

  private noveltyFactor(f: Features, s: StoryState): number {
    const seen = f.titleEntities?.length ? f.titleEntities.filter((e) => s.entitySum.has(e)).length : 0;
    if (!f.titleEntities?.length) return 1;
    return 1 - this.options.novelEntityPenalty * (1 - seen / f.titleEntities.length);
  }

  private storyScore(a: StoryState, b: StoryState): number {
    const sim = this.similarity(a, b);
    const overlap = Number.isNaN(a.first) || Number.isNaN(b.first) ? 1 : Math.max(this.timeFactor(a.first, b.first, b.last), this.timeFactor(a.last, b.first, b.last));
    return sim * overlap;
  }

  /**
   * With a half-life, brings a story's sums to the time of a new member and returns the member's
   * weight: a newer member scales the sums down by its distance to the story's newest member, an
   * older one enters scaled down by that distance.
   */
  private alignDecay(s: StoryState, time: number): number {
    const { halfLifeHours } = this.options;
    if (halfLifeHours <= 0 || Number.isNaN(time) || Number.isNaN(s.last)) return 1;
    const factor = 2 ** (-Math.abs(time - s.last) / (halfLifeHours * HOUR));
    if (time <= s.last) return factor;
    for (const sum of [s.titleSum, s.bodySum, s.entitySum]) scaleInPlace(sum, factor);
    s.mass *= factor;
    return 1;
  }

  private mergeOrder(a: StoryState, b: StoryState): [StoryState, StoryState] {
    if (a.members.length !== b.members.length) return a.members.length > b.members.length ? [a, b] : [b, a];
    return a.order < b.order ? [a, b] : [b, a];
  }

  private merge(keep: StoryState, drop: StoryState): void {
    keep.members.push(...drop.members);
    for (const src of drop.sources) keep.sources.add(src);
    const weight = this.alignDecay(keep, drop.last);
    keep.mass += weight * drop.mass;
    keep.timeSum += drop.timeSum;
    keep.timeCount += drop.timeCount;
    addInto(keep.titleSum, drop.titleSum, weight);
    addInto(keep.bodySum, drop.bodySum, weight);
    addInto(keep.entitySum, drop.entitySum, weight);
    if (this.options.linkWeight > 0 || this.options.linkThreshold > 0) keep.links = [...keep.links, ...drop.links].sort((x, y) => (x.time || 0) - (y.time || 0)).slice(-this.options.memberLinks);
    if (!Number.isNaN(drop.first) && (Number.isNaN(keep.first) || drop.first < keep.first)) {
      keep.first = drop.first;
      keep.firstIso = drop.firstIso;
    }
    if (!Number.isNaN(drop.last) && (Number.isNaN(keep.last) || drop.last > keep.last)) {
      keep.last = drop.last;
      keep.lastIso = drop.lastIso;
      this.openQueue.push({ last: keep.last, story: keep });
    }
    drop.isOpen = false;
    this.unpost(drop);
    this.stories.delete(drop.id);
    this.redirects.set(drop.id, keep.id);
    this.refresh(keep);
  }

  private unpost(s: StoryState): void {
    for (const key of s.posted) {
      const list = this.postings.get(key);
      if (!list) continue;
      const i = list.indexOf(s);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.postings.delete(key);
    }
    s.posted.clear();
  }

  private closeStale(): void {
    // amortized: one pass over the open stories every CLOSE_EVERY dated adds
    if (++this.sinceClose < CLOSE_EVERY) return;
    this.sinceClose = 0;
    const horizon = this.newest - this.options.windowHours * HOUR;
    const keep: { last: number; story: StoryState }[] = [];
    for (const entry of this.openQueue) {
      const s = entry.story;
      if (!s.isOpen || entry.last !== s.last) continue;
      if (s.last < horizon) {
        s.isOpen = false;
        this.unpost(s);
        s.titleSum.clear();
        s.bodySum.clear();
        s.entitySum.clear();
        s.title = new Map();
        s.body = new Map();
        s.entities = new Map();
        s.links = [];
      } else keep.push(entry);
    }
    keep.sort((a, b) => a.last - b.last);
    this.openQueue = keep;
  }
}

/** L2 norm of `sum` over the keys `kept` holds. */
function keptNorm(sum: Map<string, number>, kept: TermVector): number {
  let n = 0;
  for (const t of kept.keys()) n += (sum.get(t) ?? 0) ** 2;
  return Math.sqrt(n);
}

/** Body counts with the title counts added `times` times (title words are the event's words). */
function withTitle(body: Map<string, number>, title: Map<string, number>, times: number): Map<string, number> {
  const out = new Map(body);
  for (const [t, c] of title) out.set(t, (out.get(t) ?? 0) + c * times);
  return out;
}

function staleness(s: StoryState): number {
  return Number.isNaN(s.last) ? Number.NEGATIVE_INFINITY : s.last;
}

function topKeys(v: TermVector, limit: number): string[] {
  return [...v]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, limit)
    .map(([k]) => k);
}
