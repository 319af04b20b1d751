/**
 * The record of one story, built from its member articles. Pure and deterministic.
 * - Title: of the most central member — the highest cosine between its TF-IDF vector (frequencies
 *   over the members) and the members' centroid; ties go to the earlier, then the smaller id.
 * - Sources: article count and first appearance per source name (else domain, else "unknown").
 * - Timeline: articles and distinct sources per UTC day of publishedAt.
 * - Main entities: by number of member articles naming them (canonical name folded by the
 *   normalizer), at most `mainEntities`.
 * - Quotes: every quote once (same normalized speaker and text), first stated first.
 * - Figures: every Fact of a casualty/displacement kind or a service cut (FIGURE_KINDS) with its article, source, time
 *   and scope (the Fact's, else read again from its sentence: stored facts keep no scope).
 *   `latest` and `highest` are per kind and group, background figures (another event, an earlier
 *   time) left out and the story's own count preferred to a cumulative total.
 * - Two figures relate (relateFigures) as: `scope` — a different kind, extent (a day's count and a
 *   cumulative total), place or group (a part such as `بينهم 5 جنود` only matches the same part),
 *   or either one background; `agree` — the same value, or ranges that overlap (`أكثر من 50` and
 *   55) when stated within SAME_TIME_HOURS of each other; `update` — hours apart, the later one
 *   higher (a rising toll); `conflict` — different values within SAME_TIME_HOURS, or the later one
 *   lower beyond the earlier's range (a toll does not fall).
 * - A conflict is a window of at most `conflictWindowHours` (anchored at its first figure, figures
 *   in time order) holding two figures of different sources that relate as `conflict`. Figures
 *   without a time are listed but never in a conflict; those of an article dated by its day only
 *   stand at the day's noon.
 */
import type { Article, Fact, FactKind, FigureConflict, FigureScope, StoryFigure, StoryRecord } from "../types.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { findFacts } from "../understand/figures.js";
import { addInto, DocumentFrequencies, dot, termCounts, tfidfVector, topNormalized } from "./terms.js";
import { majorityType, nameKey } from "../understand/entities/merge.js";

export interface StoryMember {
  id: string;
  article: Article;
}

export interface StoryRecordOptions {
  /** Figures within this many hours of a window's first figure are compared. Default 12. */
  conflictWindowHours: number;
  /** Entities kept. Default 10. */
  mainEntities: number;
}

export const DEFAULT_STORY_RECORD_OPTIONS: StoryRecordOptions = { conflictWindowHours: 12, mainEntities: 10 };

/** The kinds a story lists; "other" is read only for the homes or people cut off from a service (understand/service-cuts.ts), each with its group. */
export const FIGURE_KINDS: readonly FactKind[] = ["killed", "injured", "missing", "displaced", "evacuated", "arrested", "other"];

const HOUR = 3_600_000;
const VECTOR_TERMS = 100;

function time(iso: string | null): number {
  if (!iso) return Number.NaN;
  return Date.parse(iso);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When a figure was stated, to relate it to others: its article's time; an article dated only by its
 * day is placed at the day's noon, the hour nearest to any hour of that day (at midnight a figure of
 * the afternoon would seem half a day later than its outlet may have been).
 */
function figureTime(iso: string | null): number {
  return iso && DATE_ONLY.test(iso) ? time(iso) + 12 * HOUR : time(iso);
}

function sourceName(a: Article): string | null {
  return a.source.name ?? a.source.domain ?? null;
}

function byTimeThenId(a: { at: string | null; articleId: string }, b: { at: string | null; articleId: string }): number {
  const ta = time(a.at);
  const tb = time(b.at);
  if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
  if (!Number.isNaN(ta) && ta !== tb) return ta - tb;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

/** Term counts of a member's title and body (terms.ts termCounts); a caller may pass a cached version. */
export type MemberTerms = (m: StoryMember) => Map<string, number>;

export const memberTerms: MemberTerms = (m) => termCounts(`${m.article.title}\n${m.article.body}`);

function centralMember(members: readonly StoryMember[], termsOf: MemberTerms): StoryMember {
  const df = new DocumentFrequencies();
  const counts = members.map((m) => {
    const c = termsOf(m);
    df.add(c.keys());
    return c;
  });
  const vectors = counts.map((c) => tfidfVector(c, df, VECTOR_TERMS));
  const sum = new Map<string, number>();
  for (const v of vectors) addInto(sum, v);
  const centroid = topNormalized(sum, VECTOR_TERMS * 2);
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < members.length; i++) {
    const s = dot(vectors[i]!, centroid);
    const m = members[i]!;
    const b = members[best]!;
    const earlier = byTimeThenId({ at: m.article.publishedAt, articleId: m.id }, { at: b.article.publishedAt, articleId: b.id }) < 0;
    if (s > bestScore + 1e-12 || (Math.abs(s - bestScore) <= 1e-12 && earlier)) {
      best = i;
      bestScore = s;
    }
  }
  return members[best]!;
}

/** Two reports this close in time state the same moment's count: different values disagree. */
export const SAME_TIME_HOURS = 1;

/** The range a figure states: `أكثر من 50` is 51.., `نحو 30` a tenth either side, `على الأقل 11` 11... */
function range(f: StoryFigure): [number, number] {
  const hi = f.valueMax ?? f.value;
  switch (f.qualifier) {
    case "more_than": return [f.value, Number.POSITIVE_INFINITY];
    case "at_least": return [f.value, Number.POSITIVE_INFINITY];
    case "less_than": return [0, f.value];
    case "up_to": return [0, hi];
    // نحو، حوالي: a round figure for a nearby count
    case "about": return [f.value * (1 - ABOUT_MARGIN), hi * (1 + ABOUT_MARGIN)];
    default: return [f.value, hi];
  }
}

/** How far from its value `نحو N` may be (`نحو 90` and 95 agree). */
const ABOUT_MARGIN = 0.1;

function overlaps(a: StoryFigure, b: StoryFigure): boolean {
  const [aLo, aHi] = range(a);
  const [bLo, bHi] = range(b);
  return aLo <= bHi && bLo <= aHi;
}

export type FigureRelation = "scope" | "agree" | "conflict" | "update";

const extentOf = (f: StoryFigure) => f.scope?.extent ?? "event";

/**
 * Whether two figures count the same thing: kind and extent, the place and group when both name
 * one. A group stated with a total (`23 مقاتلاً`) is that total; a part of another figure (`بينهم 5
 * من قوات النظام`) matches only the same part.
 */
function sameScope(a: StoryFigure, b: StoryFigure): boolean {
  if (a.kind !== b.kind) return false;
  if (extentOf(a) === "background" || extentOf(b) === "background" || extentOf(a) !== extentOf(b)) return false;
  const [partA, partB] = [!!a.scope?.part, !!b.scope?.part];
  if (partA !== partB) return false;
  if (partA ? a.group !== b.group : a.group !== null && b.group !== null && a.group !== b.group) return false;
  const named = (x: string | null | undefined) => (x ? normalizeArabic(x) : null);
  const [pa, pb] = [named(a.scope?.place), named(b.scope?.place)];
  if (pa && pb && pa !== pb && !pa.includes(pb) && !pb.includes(pa)) return false;
  return true;
}

/**
 * How figure `b` stands to figure `a` (see the module comment): scope, agree, conflict or update.
 * Figures without a publication time only agree or differ in scope.
 */
export function relateFigures(a: StoryFigure, b: StoryFigure): FigureRelation {
  if (!sameScope(a, b)) return "scope";
  if (a.value === b.value && a.valueMax === b.valueMax) return "agree";
  const [ta, tb] = [figureTime(a.at), figureTime(b.at)];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return overlaps(a, b) ? "agree" : "scope";
  if (Math.abs(tb - ta) <= SAME_TIME_HOURS * HOUR) return overlaps(a, b) ? "agree" : "conflict";
  // hours apart: a higher count later is the toll rising, even past an earlier «at least»
  const [early, late] = ta <= tb ? [a, b] : [b, a];
  if (late.value > (early.valueMax ?? early.value)) return "update";
  return overlaps(a, b) ? "agree" : "conflict";
}

/** The scope of a stored figure: the Fact's own, else read again from its sentence. */
function scopeOf(f: Fact, at: string | null): FigureScope | undefined {
  if (f.scope) return f.scope;
  const again = findFacts(f.text, { publishedAt: at }).find((x) => x.kind === f.kind && x.value === f.value && x.group === f.group);
  return again?.scope;
}

function findConflicts(figures: readonly StoryFigure[], windowHours: number): FigureConflict[] {
  const groups = new Map<string, StoryFigure[]>();
  for (const f of figures) {
    if (Number.isNaN(time(f.at)) || extentOf(f) === "background") continue;
    const key = `${f.kind}\u0000${f.group ?? ""}\u0000${extentOf(f)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const conflicts: FigureConflict[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!.sort((a, b) => figureTime(a.at) - figureTime(b.at));
    let i = 0;
    while (i < list.length) {
      const start = figureTime(list[i]!.at);
      let j = i;
      while (j < list.length && figureTime(list[j]!.at) - start <= windowHours * HOUR) j++;
      const window = list.slice(i, j);
      const disagree = window.some((a, x) => window.some((b, y) => y > x && a.source !== b.source && relateFigures(a, b) === "conflict"));
      if (disagree) conflicts.push({ kind: window[0]!.kind, group: window[0]!.group, from: window[0]!.at!, to: window[window.length - 1]!.at!, figures: window });
      i = j;
    }
  }
  return conflicts.sort((a, b) => figureTime(a.from) - figureTime(b.from) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** Builds the record of story `id` from its members (any order; the output does not depend on it). */
export function buildStoryRecord(id: string, members: readonly StoryMember[], options: Partial<StoryRecordOptions> = {}, termsOf: MemberTerms = memberTerms): StoryRecord {
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_STORY_RECORD_OPTIONS)) throw new Error(`story-record: unknown option "${key}"`);
  }
  if (members.length === 0) throw new Error(`story-record: story ${id} has no members`);
  const o = { ...DEFAULT_STORY_RECORD_OPTIONS, ...options };
  const sorted = [...members].sort((a, b) => byTimeThenId({ at: a.article.publishedAt, articleId: a.id }, { at: b.article.publishedAt, articleId: b.id }));
  const central = centralMember(sorted, termsOf);
  const dated = sorted.filter((m) => !Number.isNaN(time(m.article.publishedAt)));

  const sources = new Map<string, { name: string; articles: number; firstSeen: string | null }>();
  const days = new Map<string, { articles: number; sources: Set<string> }>();
  const entities = new Map<string, { type: StoryRecord["mainEntities"][number]["type"]; name: string; articles: number }>();
  const entityTypeVotes = new Map<string, Map<StoryRecord["mainEntities"][number]["type"], number>>();
  const quotes: StoryRecord["quotes"] = [];
  const quoteKeys = new Set<string>();
  const figures: StoryFigure[] = [];
  for (const m of sorted) {
    const a = m.article;
    const src = sourceName(a);
    const srcKey = src ?? "unknown";
    const s = sources.get(srcKey) ?? sources.set(srcKey, { name: srcKey, articles: 0, firstSeen: a.publishedAt }).get(srcKey)!;
    s.articles++;
    const t = time(a.publishedAt);
    if (!Number.isNaN(t)) {
      const day = new Date(t).toISOString().slice(0, 10);
      const d = days.get(day) ?? days.set(day, { articles: 0, sources: new Set() }).get(day)!;
      d.articles++;
      d.sources.add(srcKey);
    }
    const seen = new Set<string>();
    for (const e of a.entities) {
      // One name, one entity, one type across the story (merge.ts nameKey, majorityType).
      const key = nameKey(e.name, e.type);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = entities.get(key) ?? entities.set(key, { type: e.type, name: e.name, articles: 0 }).get(key)!;
      entry.articles++;
      const votes = entityTypeVotes.get(key) ?? entityTypeVotes.set(key, new Map()).get(key)!;
      votes.set(e.type, (votes.get(e.type) ?? 0) + 1);
      entry.type = majorityType(votes, entry.name);
    }
    for (const q of a.quotes) {
      const key = `${normalizeArabic(q.speaker ?? "")}\u0000${normalizeArabic(q.text)}`;
      if (quoteKeys.has(key)) continue;
      quoteKeys.add(key);
      quotes.push({ ...q, articleId: m.id, source: src, at: a.publishedAt });
    }
    for (const f of a.facts) {
      if (!FIGURE_KINDS.includes(f.kind)) continue;
      const scope = scopeOf(f, a.publishedAt);
      figures.push({ kind: f.kind, group: f.group, value: f.value, valueMax: f.valueMax, qualifier: f.qualifier, text: f.text, articleId: m.id, source: src, at: a.publishedAt, ...(scope ? { scope } : {}) });
    }
  }
  figures.sort(byTimeThenId);

  // the story's own counts: background figures apart, a cumulative total only where no count of the event is given
  const perKind = new Map<string, StoryFigure[]>();
  for (const f of figures) {
    if (extentOf(f) === "background") continue;
    const key = `${f.kind}\u0000${f.group ?? ""}`;
    (perKind.get(key) ?? perKind.set(key, []).get(key)!).push(f);
  }
  for (const [key, list] of perKind) {
    const own = list.filter((f) => extentOf(f) === "event");
    if (own.length) perKind.set(key, own);
  }
  const latest: StoryFigure[] = [];
  const highest: StoryFigure[] = [];
  for (const key of [...perKind.keys()].sort()) {
    const list = perKind.get(key)!;
    const timed = list.filter((f) => !Number.isNaN(time(f.at)));
    const pool = timed.length ? timed : list;
    let last = pool[0]!;
    for (const f of pool) if (time(f.at) > time(last.at) || (time(f.at) === time(last.at) && f.value > last.value)) last = f;
    latest.push(last);
    let high = list[0]!;
    for (const f of list) if ((f.valueMax ?? f.value) > (high.valueMax ?? high.value)) high = f;
    highest.push(high);
  }

  return {
    id,
    title: central.article.title,
    centralArticleId: central.id,
    firstSeen: dated[0]?.article.publishedAt ?? null,
    lastSeen: dated[dated.length - 1]?.article.publishedAt ?? null,
    articleCount: members.length,
    sources: [...sources.values()].sort((a, b) => byTimeThenId({ at: a.firstSeen, articleId: a.name }, { at: b.firstSeen, articleId: b.name })),
    timeline: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, d]) => ({ day, articles: d.articles, sources: d.sources.size })),
    mainEntities: [...entities.values()].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, o.mainEntities),
    quotes,
    figures,
    latest,
    highest,
    conflicts: findConflicts(figures, o.conflictWindowHours),
  };
}
