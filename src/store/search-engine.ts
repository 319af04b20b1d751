/**
 * marsad's one search algorithm, written once over a small per-backend interface (`SearchBackend`):
 * each adapter supplies only the SQL that counts and ranks matches, reads hit rows and counts copies.
 * Rules:
 * - Parsing (search/query.ts) and entity expansion: a query word or phrase that is a known entity
 *   spelling gets every other spelling of the entities it names as alternatives (two hops:
 *   spelling → entities → their spellings), so `Trump`, `ترامب` and `ترمب` retrieve one another.
 *   The store matches and ranks each clause without repeated alternatives and without the phrases
 *   a whole word of the clause already matches (`pruneQuery`: the same articles, fewer BM25
 *   phrases); highlighting keeps every alternative.
 * - Every word must match ("all"). Only when no article (with the filters) has every word does the
 *   search relax to "some of the words" ("any"), ranked by how many of the query's clauses an
 *   article matches, then by BM25; `relaxed` says so. So a hit with every word always ranks above a
 *   hit without, and a relaxed result never hides an article that has every word.
 * - Ranking is BM25 over marsad's analyzed terms on both backends (FTS5's on SQLite, the same
 *   formula over the same terms and collection statistics on PostgreSQL), higher scores first, ties
 *   by storage row.
 * - Folding: one hit per duplicate group (its best-ranked match); `total` counts groups (matches
 *   less folded copies), each hit the copies that matched.
 * - Facets count every match, or the best `facetSample` when more matched; sources are counted by
 *   outlet (store/outlets.ts) with the outlet's name as label.
 * - Bounded work, whatever the query: a `prefix*` is searched as at most `prefixForms` forms, those in
 *   most articles (ties: by form), when it starts more (`cappedPrefixes`); and a search examines at
 *   most `candidates` matches, the newest (highest storage rows; unless the caller named
 *   `candidates`, a query with a prefix at most DEFAULT_PREFIX_CANDIDATES and a match of every word
 *   at most DEFAULT_STRICT_CANDIDATES): when more match, ranking, folding,
 *   counting and facets run over those (`candidateCap`, `total` a lower bound). Every statement then
 *   reads at most that many matches, so one request cannot hold a synchronous SQLite for seconds.
 *   Both caps are named in a warning. Below them (the search eval's whole corpus), nothing changes.
 * - Two passes over the index per search: the newest candidates (how many matched, and the window's
 *   lowest row), then every candidate ranked with its duplicate group; the page, the folding, the
 *   copies and the facet sample are read from that ranking, not from the index again.
 * - Deadline (a safety net): with `timeoutMs`, every statement stops at the deadline (the adapter
 *   enforces it inside the database) and the search throws StoreTimeoutError; facets are counted
 *   only while half of the timeout is left, and the ones skipped are named in a warning.
 * - Options are bounded (page size 1..100, offset ≤ 10,000, snippet 40..1,000); out-of-range values
 *   are programmer errors at this level (serve validates and answers 400 before calling).
 * - Hits get a highlighted title and a passage cut from the original body.
 */
import { parseQuery, positiveUnits, type ParsedQuery, type QueryClause, type QueryUnit } from "../search/query.js";
import { buildMatcher, cutSnippet, DEFAULT_SNIPPET_LENGTH, highlightAll } from "../search/snippet.js";
import { analyzeText as tokenize } from "../search/analyzer.js";
import { StoreTimeoutError, type ArticleFilters, type CappedPrefix, type ArticleSummary, type FacetCount, type FacetName, type SearchHit, type SearchQuery, type SearchResult } from "./store.js";
import { expandSources, type OutletIndex } from "./outlets.js";
import type { SqlFragment } from "./sql-filters.js";
import { markPartial } from "./search-cache.js";
import { summaryFromRow, type ArticleRow } from "./article-row.js";
import { entityNameSql } from "./entity-sql.js";

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
  candidates: number;
  prefixForms: number;
  timeoutMs: number | null;
}

/**
 * Matches a search examines at most: the newest this many. At 100k articles a two-letter prefix
 * with every facet matched 50,000 and held the server's one thread for 0.3–0.7 s; over the newest
 * 5,000, each statement reads at most 5,000 rows and the whole search costs ~35 ms of CPU. The
 * search eval ranks as uncapped at 5,000 (MRR@10 0.980 SQLite, 0.979 PostgreSQL, 600 queries); at
 * 1,000 it fell to 0.942: relaxed searches whose known item is older than the newest 1,000 matches.
 */
export const DEFAULT_CANDIDATES = 5000;
export const MAX_CANDIDATES = 100_000;
/**
 * Matches a search of every word (not relaxed) examines at most when the caller named no
 * `candidates`. Ranking reads each candidate's whole index entry (PostgreSQL: a ~4.8 kB tsvector
 * out of line, ~9 µs each before any BM25 term), so a broad word's 5,000 candidates cost 45–80 ms of
 * PostgreSQL CPU, most of a search of `/api/search` at 100k articles. A word found in more than
 * 1,000 articles is ranked over its newest 1,000 (at 100k articles: the last ~1–20 % of the store);
 * a relaxed search keeps DEFAULT_CANDIDATES, whose known item may be older (the search eval). At
 * 2,000 the single common words («السنة», «ايران», «الاتفاق», 5–11k matches at 100k articles) were
 * 29% of `/api/search`'s uncached searches but 59% of their time, and the top 1% of its latencies
 * under 50 connections: their ranking alone ~110 ms a search on the loaded machine. The ranking's
 * cost is linear in the window (one at a time, 75k articles, CPU: «السنة» 70 → 38 ms, «ايران» 100
 * → 34, «حياة» 57 → 26); the top 10 changes (4–6 of 10 kept), both windows a recency sample of a
 * word in 5–10% of the store. Below 1,000 matches nothing changes (search eval, 200 queries: MRR@10
 * 0.9721 both backends, top-10 overlap 0.997, as at 2,000).
 */
export const DEFAULT_STRICT_CANDIDATES = 1000;
/**
 * Matches a search with a `prefix*` examines at most when the caller named no `candidates`. A word
 * is ranked as 2 BM25 phrases a match, a capped prefix as one per form searched (20): at 5,000
 * candidates a varied two-letter prefix cost ~0.5 s of PostgreSQL CPU (ranking 5,000 × 60
 * lexemes), ten times a broad word, and 50 readers over a pool of 4 answered 503. At 1,000 a
 * varied two-letter prefix still cost ~60 ms of PostgreSQL CPU at 100k articles (ranking ~30 of
 * it) and missed p99 ≤ 1 s under 50 connections on both backends; 500 halves its ranking. The
 * newest 500 of a prefix matching tens of thousands is a sample as good as the newest 5,000 for a
 * reader still typing the word, and it is the facet sample (DEFAULT_FACET_SAMPLE) whole.
 */
export const DEFAULT_PREFIX_CANDIDATES = 500;
/**
 * Forms a prefix is searched as at most. Each form is a lexeme to match and to rank (a BM25 phrase
 * in both backends, so ranking costs grow with them); the most frequent 20 forms hold most of a
 * two-letter prefix's occurrences (bench serve-load store, 100k articles: «وز» 85%, «قا» 79%,
 * «مس» 48% of 576 forms; the 50 most frequent: 93%, 92%, 67%).
 */
export const DEFAULT_PREFIX_FORMS = 20;
export const MAX_PREFIX_FORMS = 1000;

/**
 * Facets count the best this many matches when there are more: a broad word matches tens of
 * thousands of articles and counting all their entities costs most of a second, while the values
 * that lead among the best-ranked matches are the ones a reader refines by. The entity facet over
 * 2,000 matches took 50–90 ms of the server's one thread at 100k articles; 500 a quarter of that.
 */
export const DEFAULT_FACET_SAMPLE = 500;
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
  const candidates = q.candidates ?? DEFAULT_CANDIDATES;
  if (!Number.isInteger(candidates) || candidates < 1 || candidates > MAX_CANDIDATES) throw new Error(`store: candidates must be an integer in 1..${MAX_CANDIDATES}, got ${candidates}`);
  const prefixForms = q.prefixForms ?? DEFAULT_PREFIX_FORMS;
  if (!Number.isInteger(prefixForms) || prefixForms < 1 || prefixForms > MAX_PREFIX_FORMS) throw new Error(`store: prefixForms must be an integer in 1..${MAX_PREFIX_FORMS}, got ${prefixForms}`);
  const timeoutMs = q.timeoutMs ?? null;
  if (timeoutMs !== null && (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS)) throw new Error(`store: timeoutMs must be an integer in 1..${MAX_TIMEOUT_MS}, got ${timeoutMs}`);
  return { limit, offset, snippetLength, facetSample, candidates, prefixForms, timeoutMs };
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

/** The forms (normalized, of titles and bodies) a prefix starts, in most articles first (ties: by form), at most `limit`. */
export type PrefixForms = (prefix: string, limit: number) => Promise<string[]>;

/**
 * Replaces each prefix that starts more than `limit` forms by its `limit` most frequent forms
 * (exclusions too); a prefix with fewer is left to match all of them.
 */
export async function capPrefixes(parsed: ParsedQuery, lookup: PrefixForms, limit: number): Promise<{ parsed: ParsedQuery; capped: CappedPrefix[] }> {
  const found = new Map<string, string[] | null>();
  for (const u of [...parsed.must, ...parsed.not].flatMap((c) => c.alternatives)) {
    if (u.kind !== "word" || !u.isPrefix || found.has(u.term.norm)) continue;
    const forms = await lookup(u.term.norm, limit + 1);
    found.set(u.term.norm, forms.length > limit ? forms.slice(0, limit) : null);
  }
  const capped = [...found].flatMap(([prefix, forms]) => (forms ? [{ prefix, forms }] : []));
  if (capped.length === 0) return { parsed, capped };
  const cap = (clauses: ParsedQuery["must"]) =>
    clauses.map((c) => ({ alternatives: c.alternatives.map((u): QueryUnit => (u.kind === "word" && u.isPrefix && found.get(u.term.norm) ? { ...u, forms: found.get(u.term.norm)! } : u)) }));
  return { parsed: { must: cap(parsed.must), not: cap(parsed.not), warnings: parsed.warnings }, capped };
}

/**
 * The first string after every string that starts with `prefix` in code point order (SQLite's
 * BINARY, PostgreSQL's "C" and UTF-8 bytes all sort so): `prefix ≤ s < prefixEnd(prefix)`.
 */
export function prefixEnd(prefix: string): string {
  const chars = Array.from(prefix);
  const last = chars.pop();
  if (last === undefined) throw new Error("store: prefixEnd needs a non-empty prefix");
  return chars.join("") + String.fromCodePoint(last.codePointAt(0)! + 1);
}

function unitKey(u: QueryUnit): string {
  if (u.kind === "word") return `w${u.isPrefix ? "*" : ""}\u0000${u.term.stem}\u0000${u.term.norm}\u0000${(u.forms ?? []).join(" ")}`;
  return `p\u0000${u.terms.map((t) => `${t.stem}\u0001${t.norm}`).join("\u0000")}`;
}

/**
 * Whether every article `u` matches is matched by the whole word `by`: a phrase (or the same word)
 * with `by`'s stem among its stems and `by`'s form among its forms. A unit matches by its stems in
 * the stem fields or by its forms in the form fields, and each side of `u` then holds `by`'s side.
 */
function subsumes(by: QueryUnit, u: QueryUnit): boolean {
  if (by.kind !== "word" || by.isPrefix) return false;
  if (u.kind === "word" && u.isPrefix) return false;
  const terms = u.kind === "word" ? [u.term] : u.terms;
  return terms.some((t) => t.stem === by.term.stem) && terms.some((t) => t.norm === by.term.norm);
}

/**
 * A clause's alternatives without repeats and without those another alternative (a whole word)
 * already matches: «محمد» expanded to the spellings of its entities («محمد بن سلمان», «مهاتير
 * محمد»…) matches the same articles as «محمد» and «صلاح» alone. Every alternative is a BM25
 * phrase on both backends, counted over the whole store for its IDF and tested on every candidate,
 * so the repeats cost a search several times the word alone (20k articles: «محمد» newest matches
 * 6.4 → 1.1 ms, their ranking 19.0 → 3.0 ms) and they grow with the store.
 */
export function pruneClause(c: QueryClause): QueryClause {
  const seen = new Set<string>();
  const distinct = c.alternatives.filter((u) => {
    const key = unitKey(u);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { alternatives: distinct.filter((u, i) => !distinct.some((by, j) => j !== i && subsumes(by, u))) };
}

/** The query as the store matches and ranks it: each clause pruned (`pruneClause`); highlighting keeps every alternative. */
export function pruneQuery(parsed: ParsedQuery): ParsedQuery {
  return { must: parsed.must.map(pruneClause), not: parsed.not.map(pruneClause), warnings: parsed.warnings };
}

/** Parses and expands a query with the adapter's spelling lookup. */
export async function planQuery(q: string, related: RelatedSpellings): Promise<ParsedQuery> {
  return expandEntities(parseQuery(q), related);
}

/** A match as ranked, with its duplicate group (null until connected). */
export interface RankedMatch {
  /** Storage row of the article. */
  r: number;
  /** BM25, higher is better (relaxed: within a number of clauses matched). */
  score: number;
  grp: string | null;
  /**
   * The article's source key and day, when the ranking read them with the row it ranked
   * (PostgreSQL, whose ranking reads each candidate's article row anyway): the source and day
   * facets are then counted from the ranked sample, with no statement of their own.
   */
  facetColumns?: { source: string; day: string | null };
}

/**
 * The leads of page [offset, offset + limit) when the ranked matches (every candidate, in rank
 * order) are folded by duplicate group: a group's best-ranked match leads it; an unconnected
 * article is a group of its own.
 */
export function foldPage<T extends RankedMatch>(ranked: readonly T[], offset: number, limit: number): T[] {
  const seen = new Set<string>();
  const leads: T[] = [];
  for (const m of ranked) {
    const key = m.grp ?? `\u0000${m.r}`;
    if (seen.has(key)) continue;
    seen.add(key);
    leads.push(m);
    if (leads.length >= offset + limit) break;
  }
  return leads.slice(offset);
}

/** Duplicate group of a hit's article (null when not connected yet) and the other copies folded into it. */
export interface HitGroup {
  group: string | null;
  copies: number;
}

export function makeHit(article: ArticleSummary, score: number, body: string, matcher: ReturnType<typeof buildMatcher>, snippetLength: number, dup: HitGroup): SearchHit {
  return {
    article,
    score,
    title: highlightAll(article.title, matcher),
    snippet: cutSnippet(body, matcher, snippetLength),
    duplicateGroup: dup.group,
    duplicates: Math.max(0, dup.copies - 1),
  };
}

/** How a compiled query matches: every clause, or (relaxed) any of them. */
export type MatchMode = "all" | "any";

/** A hit's row as the backend reads it: the summary columns and the current body. */
export type HitRow = ArticleRow & { body: string };

/**
 * What an adapter supplies to `runSearch`: the SQL, nothing of the algorithm. `M` is the adapter's
 * compiled query (an FTS5 MATCH string, a tsquery with its BM25 statistics…).
 */
export interface SearchBackend<M> {
  /** Every spelling of the entities a normalized spelling names (two hops), itself included when known. */
  relatedSpellings(spelling: string): Promise<string[]>;
  /** WHERE conditions over `articles a` for the filters (sources already expanded to whole outlets). */
  filters(filters: ArticleFilters): Promise<SqlFragment>;
  /**
   * The query compiled for matching and ranking, or null when it has nothing positive. Every
   * statement run with it stops at `deadline` (epoch ms; null: none) with a StoreTimeoutError.
   */
  compile(parsed: ParsedQuery, mode: MatchMode, deadline: Deadline | null): Promise<M | null>;
  /** The forms a prefix starts, in most articles first (ties: by form), at most `limit` (see PrefixForms). */
  prefixForms: PrefixForms;
  /** Storage rows of the `n` newest matches that pass the filters (highest rows first; fewer when fewer match). */
  newest(match: M, filters: SqlFragment, n: number): Promise<number[]>;
  /**
   * The match narrowed to its candidates (the `newest` rows ranking will read, highest first;
   * `capped`: more matched): every statement run with it reads only those.
   */
  narrow(match: M, candidates: number[], capped: boolean): M;
  /** The best `k` matches in rank order (relaxed: more clauses matched first), with their duplicate groups. */
  ranked(match: M, filters: SqlFragment, k: number): Promise<RankedMatch[]>;
  /** The summary columns and body of the given rows. */
  hitRows(rows: number[]): Promise<HitRow[]>;
  /** A SELECT of the given rows (for facets over a sample). */
  rowList(rows: number[]): SqlFragment;
  /** Runs a read query. */
  all<R>(sql: string, params: unknown[]): Promise<R[]>;
  /** The clock deadlines are measured with (epoch ms). */
  now(): number;
}

/** A search's deadline: when it ends (epoch ms) and the timeout it came from (for the message). */
export interface Deadline {
  at: number;
  timeoutMs: number;
}

export const MAX_TIMEOUT_MS = 60_000;

function checkDeadline(deadline: Deadline | null, now: () => number): void {
  if (deadline !== null && now() > deadline.at) throw new StoreTimeoutError(deadline.timeoutMs);
}

/** Facets of a source count by source key before outlets fold them: enough keys for 50 outlets. */
const SOURCE_KEYS_READ = 500;

function facetSql(name: FacetName, matched: SqlFragment): SqlFragment {
  const sql =
    name === "source"
      ? `SELECT a.source_key AS value, count(*) AS count FROM articles a WHERE a.row IN (${matched.sql}) GROUP BY a.source_key ORDER BY count DESC, value LIMIT ${SOURCE_KEYS_READ}`
      : name === "day"
        ? `SELECT a.day AS value, count(*) AS count FROM articles a WHERE a.row IN (${matched.sql}) AND a.day IS NOT NULL GROUP BY a.day ORDER BY value DESC LIMIT ${MAX_FACET_VALUES}`
        : `SELECT min(e.name) AS value, count(*) FILTER (WHERE e.repeats_name = 0) AS count FROM article_entities e WHERE e.article_row IN (${matched.sql})
           GROUP BY ${entityNameSql("e")} ORDER BY count DESC, value LIMIT ${MAX_FACET_VALUES}`;
  return { sql, params: matched.params };
}

/** Source counts folded by outlet, most first (ties: by key), at most MAX_FACET_VALUES. */
export function foldSourceFacet(counts: FacetCount[], outlets: OutletIndex): FacetCount[] {
  const folded = new Map<string, FacetCount>();
  for (const c of counts) {
    const o = outlets.ofKey(c.value);
    const key = o?.key ?? c.value;
    const entry = folded.get(key) ?? folded.set(key, { value: key, count: 0, label: o?.name ?? c.value }).get(key)!;
    entry.count += Number(c.count);
  }
  return [...folded.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, MAX_FACET_VALUES);
}

/**
 * The source or day facet counted from the sample's ranked rows, as `facetSql` counts it: sources
 * by key (then folded by outlet), days with one, latest first, at most MAX_FACET_VALUES.
 */
function countColumn(name: "source" | "day", sample: readonly RankedMatch[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const m of sample) {
    const value = name === "source" ? m.facetColumns!.source : m.facetColumns!.day;
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const rows = [...counts].map(([value, count]) => ({ value, count }));
  return name === "source" ? rows : rows.sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)).slice(0, MAX_FACET_VALUES);
}

/**
 * Counts the facets one after another while the facet budget lasts (half the search's timeout,
 * counted from its start); facets left when it is spent are answered empty, with a warning. Source
 * and day come from the sample's rows when the ranking read their columns (RankedMatch).
 */
async function countFacets<M>(backend: SearchBackend<M>, names: FacetName[], sample: readonly RankedMatch[], outlets: OutletIndex, budgetEnd: number | null, warnings: string[]): Promise<{ facets: SearchResult["facets"]; isPartial: boolean }> {
  const facets: SearchResult["facets"] = {};
  const hasColumns = sample.every((m) => m.facetColumns !== undefined);
  let matched: SqlFragment | null = null;
  let isPartial = false;
  for (const name of names) {
    if (budgetEnd !== null && backend.now() > budgetEnd) {
      warnings.push(`the ${name} facet was not counted: the search used its time budget`);
      facets[name] = [];
      isPartial = true;
      continue;
    }
    let rows: FacetCount[];
    if (hasColumns && name !== "entity") rows = countColumn(name, sample);
    else {
      matched ??= backend.rowList(sample.map((m) => m.r));
      const f = facetSql(name, matched);
      rows = (await backend.all<FacetCount>(f.sql, f.params)).map((r) => ({ value: r.value, count: Number(r.count) }));
    }
    facets[name] = name === "source" ? foldSourceFacet(rows, outlets) : rows;
  }
  return { facets, isPartial };
}

function emptyFacets(names: FacetName[] | undefined): SearchResult["facets"] {
  const out: SearchResult["facets"] = {};
  for (const n of names ?? []) out[n] = [];
  return out;
}

/** A chosen match: narrowed to the newest `candidates` when more matched (then `candidateCap` is set). */
interface ChosenMatch<M> {
  match: M;
  total: number;
  relaxed: boolean;
  candidateCap: number | null;
}

/** Strict first; "some of the words" only when nothing has every word. */
async function chooseMatch<M>(backend: SearchBackend<M>, parsed: ParsedQuery, f: SqlFragment, deadline: Deadline | null, candidates: number, strictCandidates: number): Promise<ChosenMatch<M> | null> {
  const strict = await backend.compile(parsed, "all", deadline);
  if (strict === null) return null;
  const rows = await backend.newest(strict, f, strictCandidates + 1);
  if (rows.length > 0 || parsed.must.length < 2) return narrowToCandidates(backend, strict, rows, false, strictCandidates);
  checkDeadline(deadline, () => backend.now());
  const loose = (await backend.compile(parsed, "any", deadline))!;
  const looseRows = await backend.newest(loose, f, candidates + 1);
  if (looseRows.length === 0) return { match: strict, total: 0, relaxed: false, candidateCap: null };
  return narrowToCandidates(backend, loose, looseRows, true, candidates);
}

/** More matches than `candidates` (`newest` holds one more): the newest that many, and the cap named. */
function narrowToCandidates<M>(backend: SearchBackend<M>, match: M, newest: number[], relaxed: boolean, candidates: number): ChosenMatch<M> {
  if (newest.length <= candidates) return { match: backend.narrow(match, newest, false), total: newest.length, relaxed, candidateCap: null };
  return { match: backend.narrow(match, newest.slice(0, candidates), true), total: candidates, relaxed, candidateCap: candidates };
}

/** The page's leads folded by duplicate group, each with the copies that matched, and the number of groups. */
function foldAll(ranked: readonly RankedMatch[], offset: number, limit: number): { leads: (RankedMatch & { copies: number })[]; groups: number } {
  const members = new Map<string, number>();
  for (const m of ranked) if (m.grp !== null) members.set(m.grp, (members.get(m.grp) ?? 0) + 1);
  const groups = ranked.filter((m) => m.grp === null).length + members.size;
  const leads = foldPage(ranked, offset, limit);
  return { leads: leads.map((m) => ({ ...m, copies: m.grp === null ? 1 : (members.get(m.grp) ?? 1) })), groups };
}

/** Whether a positive clause of the query is (or has an alternative that is) a `prefix*`. */
export function hasPrefix(parsed: ParsedQuery): boolean {
  return positiveUnits(parsed).some((u) => u.kind === "word" && u.isPrefix);
}

/** Runs a search over an adapter's SQL: see the rules at the top of this module. */
export async function runSearch<M>(backend: SearchBackend<M>, query: SearchQuery, outlets: OutletIndex): Promise<SearchResult> {
  const started = backend.now();
  const { limit, offset, snippetLength, facetSample, candidates, prefixForms, timeoutMs } = searchOptions(query);
  const deadline = timeoutMs === null ? null : { at: started + timeoutMs, timeoutMs };
  const planned = await planQuery(query.q, (s) => backend.relatedSpellings(s));
  const { parsed, capped: cappedPrefixes } = await capPrefixes(planned, backend.prefixForms, prefixForms);
  const warnings = [...parsed.warnings, ...cappedPrefixes.map((c) => `the prefix "${c.prefix}*" starts more than ${prefixForms} words: the ${prefixForms} found in most articles were searched`)];
  const empty: SearchResult = { total: 0, hits: [], facets: emptyFacets(query.facets), facetSample: null, relaxed: false, candidateCap: null, cappedPrefixes, warnings };
  const f = await backend.filters({ ...query, sources: expandSources(query.sources, outlets) });
  const named = query.candidates !== undefined;
  const window = !named && hasPrefix(parsed) ? Math.min(candidates, DEFAULT_PREFIX_CANDIDATES) : candidates;
  const chosen = await chooseMatch(backend, pruneQuery(parsed), f, deadline, window, named ? window : Math.min(window, DEFAULT_STRICT_CANDIDATES));
  if (chosen === null || chosen.total === 0) return chosen === null ? { ...empty, facets: {} } : empty;
  const { match, relaxed, candidateCap } = chosen;
  if (candidateCap !== null) warnings.push(`more than ${candidateCap} articles matched: the newest ${candidateCap} were ranked and counted`);
  let total = chosen.total;
  const facetNames = query.facets ?? [];
  const sample = total > facetSample && facetNames.length > 0 ? facetSample : null;
  const collapse = query.collapseDuplicates ?? true;
  const check = () => checkDeadline(deadline, () => backend.now());
  check();
  // Every candidate ranked once: the page, its folding and the facet sample all read this list.
  const ranked = await backend.ranked(match, f, total);
  check();
  const sampled = sample === null ? ranked : ranked.slice(0, sample);
  const { facets, isPartial } = await countFacets(backend, facetNames, sampled, outlets, timeoutMs === null ? null : started + timeoutMs / 2, warnings);
  check();
  let leads: (RankedMatch & { copies: number })[];
  if (collapse) {
    const page = foldAll(ranked, offset, limit);
    leads = page.leads;
    total = page.groups;
  } else {
    leads = ranked.slice(offset, offset + limit).map((m) => ({ ...m, copies: 1 }));
  }
  const rows = new Map((await backend.hitRows(leads.map((m) => m.r))).map((r) => [Number(r.row), r]));
  const matcher = buildMatcher(positiveUnits(parsed));
  const hits = leads.map((m) => {
    const r = rows.get(Number(m.r))!;
    return makeHit(outlets.decorate(summaryFromRow(r)), m.score, r.body ?? "", matcher, snippetLength, { group: m.grp, copies: collapse ? m.copies : 1 });
  });
  const result = { total, hits, facets, facetSample: sample, relaxed, candidateCap, cappedPrefixes, warnings };
  return isPartial ? markPartial(result) : result;
}
