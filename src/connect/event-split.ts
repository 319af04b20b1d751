/**
 * Splitting a story whose members tell two events of one place. Online joins and the repair's replay
 * weigh shared names and words: two events of one city or front (a battle report and an emergency
 * declared there, two Fridays of protest) share the place's name and its vocabulary, so a few
 * bridging articles chain them into one story. This check looks at what each member says happened,
 * with the place left out:
 * - A member's event vector joins, each part unit length and weighed: its title terms without the
 *   words of the places it names (`titleWeight`), the event kinds its title tells (event-kinds.ts,
 *   `kindWeight`), the people and organizations it tells as its own (`actorWeight`), and what its
 *   figures count and its figure keys (`figureWeight`). Its place vector holds the places it names.
 * - Members are parted in two by 2-means over the event vectors (seeds: the earliest member and the
 *   member least like it; members in (time, id) order, ties to the first part), as split.ts does
 *   over the term vectors.
 * - The story is split only when both parts have at least `minPart` members, their event centroids
 *   are at most `maxEventCosine` alike and their place centroids at least `minPlaceCosine` alike:
 *   one place, two events. Parts that share no place are split.ts's concern (two events told apart
 *   by their words already).
 * - The part holding the earliest member keeps the story.
 * Pure and deterministic: the result depends on the members, not on their order.
 */
import { eventKindOf } from "./event-kinds.js";
import { addInto, dot, topNormalized, type TermVector } from "./terms.js";

export interface EventSplitOptions {
  /** Smallest part worth a story. Default 3. */
  minPart: number;
  /** Parts whose event centroids are at most this alike tell two events. Default 0.2. */
  maxEventCosine: number;
  /** Parts whose place centroids are at least this alike share a place. Default 0.3. */
  minPlaceCosine: number;
  /** Weight of the title terms (places' words left out) in the event vector. Default 1. */
  titleWeight: number;
  /** Weight of the title's event kinds. Default 0.6. */
  kindWeight: number;
  /** Weight of the people and organizations the member tells as its own. Default 0.6. */
  actorWeight: number;
  /** Weight of what the figures count and the figure keys. Default 0.3. */
  figureWeight: number;
  /** Weight of the publication day (events told days apart). Default 0. */
  dayWeight: number;
  /**
   * 2-means seeds: "farthest" (default), the earliest member and the member least like it; "kinds",
   * the members whose titles tell the two event kinds most members tell, each kind's members a seed
   * centroid (no split when fewer than two kinds are told by `minPart` members each).
   */
  seeds: "farthest" | "kinds";
  /** 2-means rounds at most. Default 10. */
  rounds: number;
}

export const DEFAULT_EVENT_SPLIT_OPTIONS: EventSplitOptions = { minPart: 3, maxEventCosine: 0.2, minPlaceCosine: 0.3, titleWeight: 1, kindWeight: 0.6, actorWeight: 0.6, figureWeight: 0.3, dayWeight: 0, seeds: "farthest", rounds: 10 };

/** A member as the check reads it: all vectors unit length (or empty), under one set of frequencies. */
export interface EventMember {
  id: string;
  /** ms, NaN when undated. */
  time: number;
  /** TF-IDF of the title's terms. */
  title: TermVector;
  /** Title terms that are words of the member's place names (left out of the event vector). */
  placeWords: ReadonlySet<string>;
  /** Idf-weighed people and organizations the member tells as its own. */
  actors: TermVector;
  /** Idf-weighed places the member names. */
  places: TermVector;
  /** Idf-weighed event keys and figure keys. */
  figures: TermVector;
}

export interface EventSplit {
  /** Members that stay (the part with the earliest member), in (time, id) order. */
  keep: string[];
  /** Members that leave for a story of their own, in (time, id) order. */
  leave: string[];
  eventCosine: number;
  placeCosine: number;
}

const VECTOR_KEYS = 200;
const TITLE = "t:";
const KIND = "k:";
const ACTOR = "a:";
const FIGURE = "f:";
const DAY = "d:";
const DAY_MS = 86_400_000;

function byTimeThenId(a: EventMember, b: EventMember): number {
  const ta = Number.isNaN(a.time) ? Number.POSITIVE_INFINITY : a.time;
  const tb = Number.isNaN(b.time) ? Number.POSITIVE_INFINITY : b.time;
  return ta - tb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `v`'s keys prefixed, unit length, × weight. */
function block(out: Map<string, number>, v: ReadonlyMap<string, number>, prefix: string, weight: number): void {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  if (norm === 0 || weight === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (const [k, w] of v) out.set(prefix + k, w * scale);
}

/** A member's event vector (see the module's rules). */
export function eventVector(m: EventMember, o: EventSplitOptions = DEFAULT_EVENT_SPLIT_OPTIONS): TermVector {
  const title = new Map([...m.title].filter(([t]) => !m.placeWords.has(t)));
  const kinds = new Map<string, number>();
  for (const [t, w] of m.title) {
    const kind = eventKindOf(t);
    if (kind !== undefined) kinds.set(kind, (kinds.get(kind) ?? 0) + w);
  }
  const out = new Map<string, number>();
  block(out, title, TITLE, o.titleWeight);
  block(out, kinds, KIND, o.kindWeight);
  block(out, m.actors, ACTOR, o.actorWeight);
  block(out, m.figures, FIGURE, o.figureWeight);
  if (!Number.isNaN(m.time)) block(out, new Map([[String(Math.floor(m.time / DAY_MS)), 1]]), DAY, o.dayWeight);
  return topNormalized(out, VECTOR_KEYS);
}

function centroid(vectors: readonly TermVector[]): TermVector {
  const sum = new Map<string, number>();
  for (const v of vectors) addInto(sum, v);
  return topNormalized(sum, VECTOR_KEYS);
}

/** The earliest member and the member least like it. */
function farthestSeeds(vectors: readonly TermVector[]): [TermVector, TermVector] {
  let far = 1;
  for (let i = 2; i < vectors.length; i++) if (dot(vectors[i]!, vectors[0]!) < dot(vectors[far]!, vectors[0]!)) far = i;
  return [vectors[0]!, vectors[far]!];
}

/** The centroids of the members telling each of the two kinds most members tell (ties: the kind's name); null when no two kinds reach `minPart`. */
function kindSeeds(members: readonly EventMember[], vectors: readonly TermVector[], minPart: number): [TermVector, TermVector] | null {
  const byKind = new Map<string, number[]>();
  members.forEach((m, i) => {
    const kinds = new Set([...m.title.keys()].map(eventKindOf).filter((k): k is string => k !== undefined));
    for (const k of kinds) (byKind.get(k) ?? byKind.set(k, []).get(k)!).push(i);
  });
  const ranked = [...byKind].filter(([, ids]) => ids.length >= minPart).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  if (ranked.length < 2) return null;
  const [a, b] = [ranked[0]![1], ranked[1]![1]];
  // a member telling both kinds seeds neither
  const only = (ids: number[], other: number[]): number[] => ids.filter((i) => !other.includes(i));
  const [sa, sb] = [only(a, b), only(b, a)];
  if (sa.length === 0 || sb.length === 0) return null;
  return [centroid(sa.map((i) => vectors[i]!)), centroid(sb.map((i) => vectors[i]!))];
}

/** The split of a story's members into two events of one place, or null when it tells one event (or two of different places). */
export function findEventSplit(members: readonly EventMember[], options: Partial<EventSplitOptions> = {}): EventSplit | null {
  const o = { ...DEFAULT_EVENT_SPLIT_OPTIONS, ...options };
  if (members.length < 2 * o.minPart) return null;
  const sorted = [...members].sort(byTimeThenId);
  const vectors = sorted.map((m) => eventVector(m, o));
  const seeded = o.seeds === "kinds" ? kindSeeds(sorted, vectors, o.minPart) : farthestSeeds(vectors);
  if (!seeded) return null;
  let centroids = seeded;
  let side: number[] = [];
  for (let round = 0; round < o.rounds; round++) {
    // the earliest member anchors part 0 (the part that keeps the story) when seeded farthest-first
    const next = vectors.map((v, i) => (i === 0 && o.seeds === "farthest" ? 0 : dot(v, centroids[1]) > dot(v, centroids[0]) ? 1 : 0));
    if (next.every((s, i) => s === side[i])) break;
    side = next;
    centroids = [centroid(vectors.filter((_, i) => side[i] === 0)), centroid(vectors.filter((_, i) => side[i] === 1))];
  }
  // the part holding the earliest member keeps the story
  const first = side[0] ?? 0;
  const part = (s: number): EventMember[] => sorted.filter((_, i) => side[i] === s);
  const [keep, leave] = [part(first), part(1 - first)];
  if (keep.length < o.minPart || leave.length < o.minPart) return null;
  const eventCosine = dot(centroids[0], centroids[1]);
  if (eventCosine > o.maxEventCosine) return null;
  const placeCosine = dot(centroid(keep.map((m) => m.places)), centroid(leave.map((m) => m.places)));
  if (placeCosine < o.minPlaceCosine) return null;
  return { keep: keep.map((m) => m.id), leave: leave.map((m) => m.id), eventCosine, placeCosine };
}
