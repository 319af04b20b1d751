/**
 * Search steps both adapters share. Rules:
 * - Entity spellings find each other: a query word or phrase that is a known entity spelling gets
 *   every other spelling of the entities it names as alternatives (two hops: spelling → entities →
 *   their spellings), so `Trump`, `ترامب` and `ترمب` retrieve one another's articles.
 * - Options are bounded (page size 1..100, offset ≤ 10,000, snippet 40..1,000); out-of-range values
 *   are programmer errors at this level (serve validates and answers 400 before calling).
 * - Hits get a highlighted title and a passage cut from the original body.
 */
import { parseQuery, positiveUnits, type ParsedQuery, type QueryUnit } from "../search/query.js";
import { buildMatcher, cutSnippet, DEFAULT_SNIPPET_LENGTH, highlightAll } from "../search/snippet.js";
import { analyzeText as tokenize } from "../search/analyzer.js";
import type { ArticleSummary, SearchHit, SearchQuery } from "./store.js";

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_PAGE_SIZE = 100;
export const MAX_OFFSET = 10_000;
export const MAX_FACET_VALUES = 50;
/**
 * Column weights for BM25: title terms count four times body terms, entity/tag spellings twice.
 * An exact surface form (the `*Surface` columns) only breaks ties between stem matches: at a quarter
 * of the stem weight it cannot outrank an article that matches more stems (at equal weight it
 * did, MRR@10 0.971 vs 0.980 in the search eval).
 */
export const WEIGHTS = { title: 4, body: 1, meta: 2, titleSurface: 1, bodySurface: 0.25 } as const;

export interface SearchOptions {
  limit: number;
  offset: number;
  snippetLength: number;
  facetSample: number;
}

/**
 * Facets count the best this many matches when there are more: a broad word matches tens of
 * thousands of articles and counting all their entities costs most of a second, while the values
 * that lead among the best-ranked matches are the ones a reader refines by.
 */
export const DEFAULT_FACET_SAMPLE = 2000;
export const MAX_FACET_SAMPLE = 100_000;

export function searchOptions(q: SearchQuery): SearchOptions {
  const limit = q.limit ?? DEFAULT_SEARCH_LIMIT;
  const offset = q.offset ?? 0;
  const snippetLength = q.snippetLength ?? DEFAULT_SNIPPET_LENGTH;
  const facetSample = q.facetSample ?? DEFAULT_FACET_SAMPLE;
  if (!Number.isInteger(facetSample) || facetSample < 1 || facetSample > MAX_FACET_SAMPLE) throw new Error(`store: facetSample must be an integer in 1..${MAX_FACET_SAMPLE}, got ${facetSample}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new Error(`store: limit must be an integer in 1..${MAX_PAGE_SIZE}, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw new Error(`store: offset must be an integer in 0..${MAX_OFFSET}, got ${offset}`);
  if (!Number.isInteger(snippetLength) || snippetLength < 40 || snippetLength > 1000) throw new Error(`store: snippetLength must be in 40..1000, got ${snippetLength}`);
  return { limit, offset, snippetLength, facetSample };
}

export function listOptions(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  const l = limit ?? 20;
  const o = offset ?? 0;
  if (!Number.isInteger(l) || l < 1 || l > MAX_PAGE_SIZE) throw new Error(`store: limit must be an integer in 1..${MAX_PAGE_SIZE}, got ${l}`);
  if (!Number.isInteger(o) || o < 0) throw new Error(`store: offset must be a non-negative integer, got ${o}`);
  return { limit: l, offset: o };
}

function unitSpelling(u: QueryUnit): string | null {
  if (u.kind === "word") return u.isPrefix ? null : u.term.norm;
  return u.terms.map((t) => t.norm).join(" ");
}

function unitFromSpelling(spelling: string): QueryUnit | null {
  const tokens = tokenize(spelling).filter((t) => !t.isStopword);
  if (tokens.length === 0) return null;
  const terms = tokens.map((t) => ({ surface: t.surface, norm: t.norm, stem: t.stem }));
  return terms.length === 1 ? { kind: "word", term: terms[0]!, isPrefix: false } : { kind: "phrase", terms };
}

/** Every spelling of the entities a normalized spelling names (two hops), itself included when known. */
export type RelatedSpellings = (spelling: string) => Promise<string[]>;

/** Adds other spellings of named entities as alternatives (the adapter supplies the lookup). */
export async function expandEntities(parsed: ParsedQuery, related: RelatedSpellings): Promise<ParsedQuery> {
  const asked = [...new Set([...parsed.must, ...parsed.not].flatMap((c) => c.alternatives).map(unitSpelling).filter((s): s is string => s !== null))];
  if (asked.length === 0) return parsed;
  const found = new Map<string, string[]>();
  for (const s of asked) {
    const others = (await related(s)).filter((o) => o !== s);
    if (others.length > 0) found.set(s, others);
  }
  if (found.size === 0) return parsed;
  const expand = (clauses: ParsedQuery["must"]) =>
    clauses.map((c) => {
      const seen = new Set(c.alternatives.map(unitSpelling));
      const extra: QueryUnit[] = [];
      for (const u of c.alternatives) {
        const s = unitSpelling(u);
        if (s === null) continue;
        for (const other of found.get(s) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const unit = unitFromSpelling(other);
          if (unit) extra.push(unit);
        }
      }
      return { alternatives: [...c.alternatives, ...extra] };
    });
  return { must: expand(parsed.must), not: expand(parsed.not), warnings: parsed.warnings };
}

/** Parses and expands a query with the adapter's spelling lookup. */
export async function planQuery(q: string, related: RelatedSpellings): Promise<ParsedQuery> {
  return expandEntities(parseQuery(q), related);
}

/** A match as ranked, with its duplicate group (null until connected). */
export interface RankedMatch {
  r: number;
  score: number;
  grp: string | null;
}

/** First rows a folded page is built from: twice what it shows, so a few copies rarely force a second read. */
export function foldWindow(offset: number, limit: number): number {
  return (offset + limit) * 2 + 10;
}

/**
 * The leads of page [offset, offset + limit) when the ranked matches are folded by duplicate group
 * (a group's best-ranked match leads it; an unconnected article is a group of its own); null when
 * `ranked` (the best matches, in rank order) holds too few groups and was not all there is.
 */
export function foldPage<T extends RankedMatch>(ranked: readonly T[], offset: number, limit: number, exhausted: boolean): T[] | null {
  const seen = new Set<string>();
  const leads: T[] = [];
  for (const m of ranked) {
    const key = m.grp ?? `\u0000${m.r}`;
    if (seen.has(key)) continue;
    seen.add(key);
    leads.push(m);
    if (leads.length >= offset + limit) return leads.slice(offset);
  }
  return exhausted ? leads.slice(offset) : null;
}

/** Duplicate group of a hit's article (null when not connected yet) and the other copies folded into it. */
export interface HitGroup {
  group: string | null;
  copies: number;
}

export function makeHit(article: ArticleSummary, score: number, body: string, parsed: ParsedQuery, snippetLength: number, dup: HitGroup): SearchHit {
  const matcher = buildMatcher(positiveUnits(parsed));
  return {
    article,
    score,
    title: highlightAll(article.title, matcher),
    snippet: cutSnippet(body, matcher, snippetLength),
    duplicateGroup: dup.group,
    duplicates: Math.max(0, dup.copies - 1),
  };
}
