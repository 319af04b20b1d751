/**
 * Learned story membership: how likely an article belongs to a candidate story.
 * - Features of an article against a story (`membershipFeatures`): cosines of the article's title,
 *   body and entity vectors with the story's centroids (and of the title with the body centroid);
 *   the share of the article's entity and figure weight the story has never seen (a different
 *   place, person or count is what tells two events of one city apart); time to the story's span,
 *   its newest and its mean member, and the span's length; the story's size; whether the story
 *   already holds an article of the same outlet; the hand-weighted score (stories.ts) itself.
 * - Same place or person, different event (the hard negatives of eval/stories): the event kinds of
 *   the article's title against those of the story's title centroid (event-kinds.ts: a protest, a
 *   vote, a strike, a match, an award…), whether either side names none, the title cosine over the
 *   terms that name neither side's entities (what the titles share once the shared name is set
 *   aside), and the days to the story's newest member when the kinds differ.
 * - The story as a whole (eighteenth round of eval/stories): a series — each day one outlet's report
 *   alone, the outlet's title template told again (a day's gold session, the next weather bulletin)
 *   — against an event told by several outlets on its day, then followed up: the story's days, the
 *   share of them holding one member alone, its top outlet's share, its members and outlets within
 *   12 h of the article, the best title cosine with a member of the article's outlet on another day
 *   (and that cosine when no member lies on the article's day), the names shared, and the days to
 *   the newest member when fewer than three names are shared. Read from the story's members
 *   (`MembershipStory.roster`); 0 when none is given.
 * - The event told, member by member (nineteenth round of eval/stories): the share of the story's
 *   latest 12 members whose titles tell one of the article's event kinds (a second event of one topic
 *   is told with its own kind of word by each outlet; the title centroid averages the members' kinds
 *   away), and the share of the names the article's title says that the story lacks.
 * - A reaction (twenty-fourth round): for a title telling a condemnation, condolence or solidarity,
 *   the title cosine over the event's words, the names and the reaction word aside (`reactionEventCos`;
 *   stories.ts `reactionJoin` asks about such articles the hand score leaves alone). The reaction join
 *   has its own regression in the file (`ReactionModel`, twenty-seventh round), fitted on reactions'
 *   candidates alone.
 * - A quote told again with another value (thirty-sixth round): the share of the article's decimal
 *   figures (prices, rates) the story does not state but states within 3% of (`figureNearMiss`: a
 *   market's next session), and that share times the days to the story's newest member (`nearMissGap`).
 * - A logistic regression over the standardized features gives the probability; the article joins
 *   its most probable candidate when that probability reaches the model's `joinProbability`.
 * - Weights, standardization and threshold are learned by `npm run train -- stories`
 *   (scripts/train-stories.ts) on the DEV stories of eval/stories and its recurring set, and shipped
 *   in models/stories.json, read once per process. The shipped file is a veto model (fitted on the
 *   candidates the hand score would join, `modelVeto`); neither the veto nor the learned scorer is
 *   the connector's default.
 */
import { readFileSync } from "node:fs";
import { tokenize } from "../arabic/analyze.js";
import { eventKinds } from "./event-kinds.js";
import { dot, type TermVector } from "./terms.js";

/** One side of a pair: an article's vectors or a story's centroids, and its time. */
export interface MembershipArticle {
  title: TermVector;
  body: TermVector;
  entities: TermVector;
  /** Figures (numbers) of title and body as keys, unit-normalized weights. */
  figures: TermVector;
  /** ms, NaN when undated. */
  time: number;
  source: string | null;
}

export interface MembershipStory {
  title: TermVector;
  body: TermVector;
  entities: TermVector;
  figures: TermVector;
  /** ms of the earliest, newest and mean dated member; NaN when none is dated. */
  first: number;
  last: number;
  mean: number;
  members: number;
  sources: ReadonlySet<string>;
  /** The members one by one (story-level features: a series of one outlet's daily reports); absent: those features are 0. */
  roster?: StoryRoster;
}

/** A story's members as the series features read them. */
export interface StoryRoster {
  /** Outlet and time (ms, NaN when undated) of each member, in the order they joined. */
  members: readonly { source: string | null; time: number }[];
  /** Title vector of member `i` (under the frequencies the article is weighed by). */
  title(i: number): TermVector;
}

/** Feature names, in the order of `membershipFeatures`; the model file names them too (they must match). */
export const MEMBERSHIP_FEATURES = [
  "titleCos",
  "bodyCos",
  "entityCos",
  "titleInBodyCos",
  "figureCos",
  "entityUnseen",
  "figureUnseen",
  "daysOutsideSpan",
  "daysToNewest",
  "daysToMean",
  "spanDays",
  "logMembers",
  "sameSource",
  "undated",
  "handScore",
  "eventKindCos",
  "eventKindUnknown",
  "titleResidualCos",
  "gapUnlikeEvent",
  "storyDays",
  "loneDayShare",
  "topSourceShare",
  "sameDayMembers",
  "sameDaySources",
  "sourceOtherDayTitleCos",
  "seriesAlone",
  "namesShared",
  "gapFewNames",
  "memberKindShare",
  "titleNamesUnseen",
  "reactionEventCos",
  "figureNearMiss",
  "nearMissGap",
] as const;

const DAY = 86_400_000;
/** Days are capped: beyond the window's width the distance says nothing more. */
const MAX_DAYS = 7;

/** Weight of the article's vector whose keys the story's vector lacks, in [0, 1] (0 when the article has none). */
function unseenShare(article: TermVector, story: TermVector): number {
  let unseen = 0;
  let total = 0;
  for (const [k, w] of article) {
    total += w * w;
    if (!story.has(k)) unseen += w * w;
  }
  return total > 0 ? unseen / total : 0;
}

const days = (ms: number): number => Math.min(MAX_DAYS, Math.abs(ms) / DAY);

/** Bound of the memo of entity names' terms; cleared whole when full. */
const NAME_TERMS_LIMIT = 50_000;
const nameTermsMemo = new Map<string, readonly string[]>();

/** The analyzer stems of an entity key's name (the key is a prefix character and the normalized name). */
function nameTerms(entityKey: string): readonly string[] {
  let terms = nameTermsMemo.get(entityKey);
  if (terms) return terms;
  terms = tokenize(entityKey).map((t) => t.stem);
  if (nameTermsMemo.size >= NAME_TERMS_LIMIT) nameTermsMemo.clear();
  nameTermsMemo.set(entityKey, terms);
  return terms;
}

/**
 * Cosine of two title vectors over the terms that name none of either side's entities: what the
 * titles share once the place or person both are about is set aside (a second award of one player,
 * another strike on one city share the name, not the rest).
 */
function residualCosine(a: TermVector, s: TermVector, aEntities: TermVector, sEntities: TermVector, alsoAside: ReadonlySet<string> = NO_TERMS): number {
  const names = new Set<string>(alsoAside);
  for (const entities of [aEntities, sEntities]) for (const key of entities.keys()) for (const t of nameTerms(key)) names.add(t);
  let ab = 0;
  let aa = 0;
  let ss = 0;
  for (const [t, w] of a) {
    if (names.has(t)) continue;
    aa += w * w;
    const v = s.get(t);
    if (v !== undefined) ab += w * v;
  }
  for (const [t, w] of s) if (!names.has(t)) ss += w * w;
  return aa > 0 && ss > 0 ? ab / Math.sqrt(aa * ss) : 0;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * Analyzer stems of the words a reaction's headline is told with: condemnation, denunciation,
 * condolence, solidarity (يدين، يستنكر، إدانة، يندد، يشجب، يعزي، تضامن). A reaction names its own
 * actor (a cabinet, a university, a cleric), so what ties it to the event's story is the event's
 * words alone.
 */
export const REACTION_STEMS: ReadonlySet<string> = new Set(["يدين", "تدين", "يستنكر", "تستنكر", "استنكار", "ادان", "يندد", "تندد", "تنديد", "يشجب", "تشجب", "شجب", "يعز", "تعز", "تضامن"]);

/**
 * Whether a title vector tells a reaction: a reaction stem among its terms that names none of the
 * article's entities (the Yemeni city تعز is the stem of «تعزي», and its front reports are no
 * condolences).
 */
export function isReactionTitle(title: TermVector, entities: TermVector = NO_VECTOR): boolean {
  for (const t of title.keys()) if (REACTION_STEMS.has(t) && !namesTerm(entities, t)) return true;
  return false;
}

const NO_VECTOR: TermVector = new Map();

/** Whether a term is among the analyzer stems of an entity key's name. */
function namesTerm(entities: TermVector, term: string): boolean {
  for (const key of entities.keys()) if (!key.includes(EVENT_PREFIX) && nameTerms(key).includes(term)) return true;
  return false;
}

/**
 * For an article whose title tells a reaction: the title cosine with the story over the terms that
 * name no entity of either side and are no reaction word (the event's words: «تفجير مسجد الطوارئ»);
 * 0 for any other article.
 */
function reactionEventCos(a: MembershipArticle, s: MembershipStory): number {
  return isReactionTitle(a.title, a.entities) ? residualCosine(a.title, s.title, a.entities, s.entities, REACTION_STEMS) : 0;
}

const HOUR = 3_600_000;
/** Members this close to the article in time count as its day. */
const SAME_DAY_HOURS = 12;
/** A story's days are calendar days at UTC+3 (the outlets' region). */
const DAY_OFFSET = 3 * HOUR;
/** Same-outlet members whose titles the article is compared with: the latest ones. */
const ROSTER_TITLES = 12;
/** Fewer shared names than this: what the article shares with the story may be the kind of event, not the event. */
const FEW_NAMES = 3;

/**
 * What the story is as a whole, against the article: a series (each day one outlet's report alone,
 * in the same words: a day's gold session, the next weather bulletin) or an event (several outlets
 * on its day, then follow-ups). Returns storyDays (ln(1 + days)), loneDayShare (the share of its
 * days holding a single member; 0 under two days), topSourceShare (its most frequent outlet's share
 * of members), sameDayMembers and sameDaySources (ln(1 + members / outlets) within 12 h of the
 * article), sourceOtherDayTitleCos (the best title cosine with a member of the article's outlet
 * published 12 h or more from it: the outlet's template told another day), and seriesAlone (that
 * cosine when no member lies on the article's day).
 */
function seriesFeatures(a: MembershipArticle, roster: StoryRoster | undefined): number[] {
  if (!roster || roster.members.length === 0) return [0, 0, 0, 0, 0, 0, 0];
  const perDay = new Map<number, number>();
  const perSource = new Map<string, number>();
  const sameDaySources = new Set<string>();
  let sameDay = 0;
  const dated = !Number.isNaN(a.time);
  const others: number[] = [];
  roster.members.forEach((m, i) => {
    const source = m.source ?? "";
    perSource.set(source, (perSource.get(source) ?? 0) + 1);
    if (Number.isNaN(m.time)) return;
    const day = Math.floor((m.time + DAY_OFFSET) / DAY);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    if (!dated) return;
    if (Math.abs(m.time - a.time) < SAME_DAY_HOURS * HOUR) {
      sameDay++;
      sameDaySources.add(source);
    } else if (a.source !== null && m.source === a.source) others.push(i);
  });
  const days = perDay.size;
  let lone = 0;
  for (const n of perDay.values()) if (n === 1) lone++;
  let top = 0;
  for (const n of perSource.values()) top = Math.max(top, n);
  let templateCos = 0;
  for (const i of others.slice(-ROSTER_TITLES)) templateCos = Math.max(templateCos, dot(a.title, roster.title(i)));
  return [Math.log1p(days), days >= 2 ? lone / days : 0, top / roster.members.length, Math.log1p(sameDay), Math.log1p(sameDaySources.size), templateCos, sameDay === 0 ? templateCos : 0];
}

/** The mark of an event key (what figures count, stated days) among a story's entity keys: stories.ts writes it after the entity prefix. */
export const EVENT_PREFIX = "\u0003";

/** Entity keys both vectors hold: names only, event keys left out. */
function sharedNames(a: TermVector, s: TermVector): number {
  let n = 0;
  for (const k of a.keys()) if (s.has(k) && !k.includes(EVENT_PREFIX)) n++;
  return n;
}

/** Members whose titles the article's event kinds are compared with: the latest ones. */
const KIND_MEMBERS = 12;

/**
 * The share of the story's latest members whose titles tell one of the event kinds the article's title
 * tells (0 when the article's title names no kind, or no member is given): a second event of one
 * topic is told with its own kind of word (a release, a venue, a reveal) by each outlet, while the
 * story's members, told by several outlets, keep theirs; the title centroid averages them away.
 */
function memberKindShare(articleKinds: TermVector, roster: StoryRoster | undefined): number {
  if (!roster || roster.members.length === 0 || articleKinds.size === 0) return 0;
  const from = Math.max(0, roster.members.length - KIND_MEMBERS);
  let agree = 0;
  for (let i = from; i < roster.members.length; i++) if (dot(articleKinds, eventKinds(roster.title(i))) > 0) agree++;
  return agree / (roster.members.length - from);
}

/**
 * The share of the names the article's title says (entity keys, event keys left out, whose every
 * term is a title term) that the story's entities lack; 0 when the title says none: another person
 * or place in the headline, beside the shared anchor, tells another event.
 */
function titleNamesUnseen(a: MembershipArticle, s: MembershipStory): number {
  let said = 0;
  let unseen = 0;
  for (const key of a.entities.keys()) {
    if (key.includes(EVENT_PREFIX)) continue;
    const terms = nameTerms(key);
    if (terms.length === 0 || !terms.every((t) => a.title.has(t))) continue;
    said++;
    if (!s.entities.has(key)) unseen++;
  }
  return said > 0 ? unseen / said : 0;
}

/** Two quotes of one quantity lie this close (relative): a price or a rate told again with another value. */
const NEAR_MISS = 0.03;

/** Whether two quotes lie within NEAR_MISS of each other, relative to the larger. */
export function isNearMiss(v: number, w: number): boolean {
  return Math.abs(v - w) <= NEAR_MISS * Math.max(v, w);
}

/**
 * The value of a figure key (the figure vector's prefix aside) when it is a quote: a decimal of at
 * least 1 (a price, a rate, an index: 1314.55, 75.65, 4.2380); NaN for whole numbers, whose near
 * values are as often a toll updated, a year or a count of something else (the thirty-sixth round of
 * eval/stories: counted with them, near whole numbers told a story's own pairs as often as two stories').
 */
export function quotedValue(key: string): number {
  const digits = key.replace(/^[^0-9]+/, "").replace("\u066b", ".");
  if (!digits.includes(".")) return Number.NaN;
  const v = Number(digits);
  return Number.isFinite(v) && v >= 1 ? v : Number.NaN;
}

/**
 * The share of the article's quotes (`quotedValue`) the story does not state but states a value
 * within 3% of: the same quantity with another value — a market's next session (gold 1314.55, then
 * 1309.93); 0 when the article quotes none. Quotes move within a day too, so the model reads it with
 * the days to the story's newest member (`nearMissGap`).
 */
function figureNearMiss(article: TermVector, story: TermVector): number {
  const storyValues: number[] = [];
  for (const key of story.keys()) {
    const v = quotedValue(key);
    if (!Number.isNaN(v)) storyValues.push(v);
  }
  let quoted = 0;
  let near = 0;
  for (const key of article.keys()) {
    const v = quotedValue(key);
    if (Number.isNaN(v)) continue;
    quoted++;
    if (!story.has(key) && storyValues.some((w) => isNearMiss(v, w))) near++;
  }
  return quoted > 0 ? near / quoted : 0;
}

/** `handScore`: the hand-weighted cosines times the time factor (stories.ts), which the model may lean on. */
export function membershipFeatures(a: MembershipArticle, s: MembershipStory, handScore: number): number[] {
  const dated = !Number.isNaN(a.time) && !Number.isNaN(s.first);
  const articleKinds = eventKinds(a.title);
  const storyKinds = eventKinds(s.title);
  const kindsKnown = articleKinds.size > 0 && storyKinds.size > 0;
  const kindCos = kindsKnown ? dot(articleKinds, storyKinds) : 0;
  const names = sharedNames(a.entities, s.entities);
  const outside = !dated ? 0 : a.time < s.first ? s.first - a.time : a.time > s.last ? a.time - s.last : 0;
  const nearMiss = figureNearMiss(a.figures, s.figures);
  return [
    dot(a.title, s.title),
    dot(a.body, s.body),
    dot(a.entities, s.entities),
    dot(a.title, s.body),
    dot(a.figures, s.figures),
    unseenShare(a.entities, s.entities),
    unseenShare(a.figures, s.figures),
    dated ? days(outside) : 0,
    dated ? days(a.time - s.last) : 0,
    dated ? days(a.time - s.mean) : 0,
    dated ? days(s.last - s.first) : 0,
    Math.log1p(s.members),
    a.source !== null && s.sources.has(a.source) ? 1 : 0,
    dated ? 0 : 1,
    handScore,
    kindCos,
    kindsKnown ? 0 : 1,
    residualCosine(a.title, s.title, a.entities, s.entities),
    dated && kindsKnown ? days(a.time - s.last) * (1 - kindCos) : 0,
    ...seriesFeatures(a, s.roster),
    Math.log1p(names),
    dated && names < FEW_NAMES ? days(a.time - s.last) : 0,
    memberKindShare(articleKinds, s.roster),
    titleNamesUnseen(a, s),
    reactionEventCos(a, s),
    nearMiss,
    dated ? nearMiss * days(a.time - s.last) : 0,
  ];
}

/** One regression tree of a boosted model: a node splits on `feature` ≤ `threshold`, a leaf has `value`. */
export type MembershipTree = { feature: number; threshold: number; low: MembershipTree; high: MembershipTree } | { value: number };

/** A trained membership model (models/stories.json): a logistic regression, plus boosted trees when trained with them. */
export interface MembershipModel {
  features: readonly string[];
  /** Standardization: x' = (x − mean) / scale, per feature. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Trees whose leaf values add to the log-odds (over the raw features); empty for a plain regression. */
  trees: MembershipTree[];
  /** Join the best candidate at or above this probability. */
  joinProbability: number;
  /** The reaction join's own regression (`reactionProbability`); absent: the reaction join asks this model. */
  reaction?: ReactionModel;
}

/**
 * What the reaction join (stories.ts `reactionJoin`) asks: a logistic regression over a few of the
 * membership features, fitted on the candidates of reaction-titled articles alone, at any hand score
 * (the veto examples stop at hand 0.1, where the reaction join begins).
 */
export interface ReactionModel {
  /** Names among MEMBERSHIP_FEATURES, in the order of `mean`, `scale` and `weights`. */
  features: readonly string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  joinProbability: number;
}

/** Probability that a reaction belongs to the story, from the full membership features `x`. */
export function reactionProbability(model: ReactionModel, x: readonly number[]): number {
  let z = model.bias;
  model.features.forEach((name, i) => {
    const at = (MEMBERSHIP_FEATURES as readonly string[]).indexOf(name);
    z += model.weights[i]! * ((x[at]! - model.mean[i]!) / model.scale[i]!);
  });
  return 1 / (1 + Math.exp(-z));
}

export function treeValue(tree: MembershipTree, x: readonly number[]): number {
  let node = tree;
  while (!("value" in node)) node = x[node.feature]! <= node.threshold ? node.low : node.high;
  return node.value;
}

/** Log-odds of membership. */
export function membershipLogit(model: MembershipModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  for (const tree of model.trees) z += treeValue(tree, x);
  return z;
}

export function membershipProbability(model: MembershipModel, x: readonly number[]): number {
  return 1 / (1 + Math.exp(-membershipLogit(model, x)));
}

export const DEFAULT_MEMBERSHIP_MODEL_URL = new URL("../../models/stories.json", import.meta.url);

/** Checks a parsed model file: its features must be the ones this code computes, in order. */
export function parseMembershipModel(json: string): MembershipModel {
  const model = JSON.parse(json) as MembershipModel;
  const n = MEMBERSHIP_FEATURES.length;
  if (model.features.join(",") !== MEMBERSHIP_FEATURES.join(",")) {
    throw new Error(`membership: model features ${model.features.join(",")} are not ${MEMBERSHIP_FEATURES.join(",")}; retrain with npm run train -- stories`);
  }
  if (!Array.isArray(model.trees)) throw new Error("membership: model has no trees list; retrain with npm run train -- stories");
  for (const key of ["mean", "scale", "weights"] as const) {
    if (model[key].length !== n) throw new Error(`membership: model ${key} has ${model[key].length} values, wants ${n}`);
  }
  const unknown = model.reaction?.features.filter((name) => !(MEMBERSHIP_FEATURES as readonly string[]).includes(name)) ?? [];
  if (unknown.length) throw new Error(`membership: the reaction model names unknown features ${unknown.join(",")}; retrain with npm run train -- stories`);
  return model;
}

let cached: MembershipModel | null = null;

/** The shipped model, read once per process from models/ (resolved relative to this compiled module). */
export function loadMembershipModel(): MembershipModel {
  cached ??= parseMembershipModel(readFileSync(DEFAULT_MEMBERSHIP_MODEL_URL, "utf8"));
  return cached;
}
