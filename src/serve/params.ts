/**
 * Query-string validation for the API, the pages, feeds and exports. Rules:
 * - Every endpoint lists the parameters it takes; any other name is a 400 naming it.
 * - Every value is checked before the store sees it: integers in range, ISO dates, bounded lengths,
 *   enumerations; a bad value throws an IssueError (`http-bad-parameter`) whose `input` is the
 *   parameter (`?limit`), so one error handler answers 400 with a message naming it.
 * - Repeatable filters (`source`, `tag`, `entity`, `lang`) accept repeated keys and commas.
 * - Pure: the caller passes the parsed query (`URLSearchParams`).
 */
import { issue, IssueError } from "../issues.js";
import type { ArticleFilters, ArticleListQuery, FacetName, SearchQuery, StoryListQuery } from "../store/store.js";

/** Longest query text accepted: a pasted headline plus operators fits; a pasted article does not. */
export const MAX_QUERY_LENGTH = 500;
/** Matches the store's bounds (search-engine.ts): keep in sync. */
export const MAX_PAGE_SIZE = 100;
export const MAX_OFFSET = 10_000;
export const MIN_SNIPPET = 40;
export const MAX_SNIPPET = 1000;
/** Longest single filter value (a source key, tag or entity name). */
export const MAX_FILTER_LENGTH = 200;
/** Most values of one repeatable filter. */
export const MAX_FILTER_VALUES = 20;
export const FACET_NAMES: readonly FacetName[] = ["source", "day", "entity"];

export const SEARCH_PARAMS = ["q", "source", "since", "until", "lang", "tag", "entity", "facets", "limit", "offset", "snippet", "collapse"] as const;
export const STORY_LIST_PARAMS = ["since", "until", "min_articles", "limit", "offset"] as const;
export const LIST_PARAMS = ["source", "since", "until", "lang", "tag", "entity", "limit", "offset"] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const ARTICLE_ID = /^[0-9a-f]{16}$/;
// connect names a story after the article that started it
const STORY_ID = /^story-[0-9a-f]{16}$/;
// Control characters other than tab make no sense in a query and break logs and feeds.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

export function badParameter(name: string, detail: string, actual?: string): IssueError {
  return new IssueError([issue("http-bad-parameter", name.startsWith(":") ? name : `?${name}`, { detail, ...(actual !== undefined ? { actual: clip(actual) } : {}) })]);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/** Rejects parameter names the endpoint does not take. */
export function rejectUnknown(params: URLSearchParams, allowed: readonly string[]): void {
  for (const name of params.keys()) {
    if (!allowed.includes(name)) {
      throw new IssueError([issue("http-unknown-parameter", `?${name}`, { detail: `allowed: ${allowed.join(", ") || "none"}` })]);
    }
  }
}

/** The single value of a parameter; a repeated one is a 400. */
export function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) throw badParameter(name, "given more than once");
  return all[0];
}

export function intParam(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  if (!/^\d{1,9}$/.test(raw)) throw badParameter(name, `must be an integer in ${min}..${max}`, raw);
  const n = Number(raw);
  if (n < min || n > max) throw badParameter(name, `must be an integer in ${min}..${max}`, raw);
  return n;
}

/** Whether `YYYY-MM-DD[THH:MM[:SS]]` names a real calendar date and time. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) return false;
  return true;
}

export function dateParam(params: URLSearchParams, name: string): string | undefined {
  const raw = single(params, name);
  if (raw === undefined || raw === "") return undefined;
  if (!isIsoDate(raw)) throw badParameter(name, "must be an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)", raw);
  return raw;
}

/** Values of a repeatable filter: repeated keys and comma-separated lists, trimmed, deduplicated. */
export function listParam(params: URLSearchParams, name: string, check?: (v: string) => boolean, expected?: string): string[] | undefined {
  const values = [...new Set(params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
  if (values.length === 0) return undefined;
  if (values.length > MAX_FILTER_VALUES) throw badParameter(name, `at most ${MAX_FILTER_VALUES} values`);
  for (const v of values) {
    if (v.length > MAX_FILTER_LENGTH) throw badParameter(name, `each value at most ${MAX_FILTER_LENGTH} characters`, v);
    if (CONTROL.test(v)) throw badParameter(name, "contains control characters", v);
    if (check && !check(v)) throw badParameter(name, expected ?? "has an invalid value", v);
  }
  return values;
}

/** Filters shared by search and listing. */
export function filterParams(params: URLSearchParams): ArticleFilters {
  const filters: ArticleFilters = {};
  const sources = listParam(params, "source");
  const since = dateParam(params, "since");
  const until = dateParam(params, "until");
  const languages = listParam(params, "lang", (v) => LANGUAGE.test(v), "must be ISO 639-1 codes such as ar or en");
  const tags = listParam(params, "tag");
  const entities = listParam(params, "entity");
  if (since && until && since.slice(0, 10) > until.slice(0, 10)) throw badParameter("until", `must not be before since (${since})`, until);
  if (sources) filters.sources = sources;
  if (since) filters.since = since;
  if (until) filters.until = until;
  if (languages) filters.languages = languages;
  if (tags) filters.tags = tags;
  if (entities) filters.entities = entities;
  return filters;
}

export function queryText(params: URLSearchParams, required: boolean): string {
  const raw = single(params, "q");
  const q = (raw ?? "").trim();
  if (q === "") {
    if (required) throw badParameter("q", "is required and must not be empty");
    return "";
  }
  if (q.length > MAX_QUERY_LENGTH) throw badParameter("q", `must be at most ${MAX_QUERY_LENGTH} characters`, `${q.length} characters`);
  if (CONTROL.test(q)) throw badParameter("q", "contains control characters");
  return q;
}

/** `/api/search` parameters → a store query. */
export function parseSearchParams(params: URLSearchParams, allowed: readonly string[] = SEARCH_PARAMS): SearchQuery {
  rejectUnknown(params, allowed);
  const query: SearchQuery = { q: queryText(params, true), ...filterParams(params) };
  const facets = listParam(params, "facets", (v) => (FACET_NAMES as string[]).includes(v), `must be among ${FACET_NAMES.join(", ")}`);
  if (facets) query.facets = facets as FacetName[];
  const limit = intParam(params, "limit", 1, MAX_PAGE_SIZE);
  const offset = intParam(params, "offset", 0, MAX_OFFSET);
  const snippet = intParam(params, "snippet", MIN_SNIPPET, MAX_SNIPPET);
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  if (snippet !== undefined) query.snippetLength = snippet;
  const collapse = boolParam(params, "collapse");
  if (collapse !== undefined) query.collapseDuplicates = collapse;
  return query;
}

/** `true`/`1` or `false`/`0`; absent → undefined. */
export function boolParam(params: URLSearchParams, name: string): boolean | undefined {
  const v = single(params, name);
  if (v === undefined) return undefined;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  throw badParameter(name, "must be true or false", v);
}

/** `/api/stories` parameters → a store story query. */
export function parseStoryListParams(params: URLSearchParams): StoryListQuery {
  rejectUnknown(params, STORY_LIST_PARAMS);
  const query: StoryListQuery = {};
  const since = dateParam(params, "since");
  const until = dateParam(params, "until");
  const minArticles = intParam(params, "min_articles", 1, 100_000);
  const limit = intParam(params, "limit", 1, MAX_PAGE_SIZE);
  const offset = intParam(params, "offset", 0, MAX_OFFSET);
  if (since !== undefined) query.since = since;
  if (until !== undefined) query.until = until;
  if (minArticles !== undefined) query.minArticles = minArticles;
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  return query;
}

export function storyIdParam(id: string): string {
  if (!STORY_ID.test(id)) throw badParameter(":id", "must be a story id: story- and 16 lowercase hexadecimal characters", id);
  return id;
}

/** `/api/articles` parameters → a store list query. */
export function parseListParams(params: URLSearchParams, allowed: readonly string[] = LIST_PARAMS): ArticleListQuery {
  rejectUnknown(params, allowed);
  const query: ArticleListQuery = filterParams(params);
  const limit = intParam(params, "limit", 1, MAX_PAGE_SIZE);
  const offset = intParam(params, "offset", 0, MAX_OFFSET);
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  return query;
}

export function articleIdParam(id: string): string {
  if (!ARTICLE_ID.test(id)) throw badParameter(":id", "must be 16 lowercase hexadecimal characters", id);
  return id;
}
