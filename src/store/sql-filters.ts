/**
 * The WHERE conditions of filters, shared by both adapters (written with `?` placeholders; the
 * PostgreSQL adapter numbers them). Rules:
 * - sources: the source key or name is any of the given values;
 * - since/until: inclusive bounds on publishedAt, a bare `until` date covering its day; articles
 *   without a date never pass a date filter;
 * - languages: any of the codes; tags: every tag, compared normalized;
 * - entities: every entity, each given as the set of its known spellings (see search-engine).
 * The articles table is aliased `a`, its key column named by `rowKey`. Entity spellings are
 * matched by their text (`entity_spellings.spelling`: PostgreSQL) or by the ids of their (key,
 * spelling) pairs in `entity_key_spellings` (`entity_spellings.pair_id`: SQLite migration 16).
 * Tag and entity conditions select the same articles in one of two forms, by what else bounds the
 * query (measured on SQLite at 100k articles, an entity in 9,700 of them):
 * - no date bound: an uncorrelated `row IN (SELECT article_row …)` set, which SQLite drives the
 *   query from (count 26 ms; a correlated EXISTS probed every article: 104 ms);
 * - a date bound: a correlated EXISTS, one point probe of (spelling, article_row) per article of
 *   the date range, which drives the query (two weeks: 4 ms; the IN set, driven from: 87 ms).
 * (Before migration 3 the EXISTS walked every row of the spelling per article: quadratic, 1 s for
 * an entity page at 10k articles. From migration 15 to 16 SQLite's walked the article's spellings,
 * texts compared each; since 16 it probes (article_row, pair_id) for the spellings' few pair ids:
 * 20 entities over half of 7,872 articles, ×0.05.)
 */
import { normalizeArabic } from "../arabic/normalize.js";
import type { ArticleFilters } from "./store.js";

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** How entity_spellings names a spelling: by its text, or by the integer ids of its (key, spelling) pairs. */
export type SpellingKeys = "text" | "pair ids";

/** The condition on entity_spellings `s` for spellings given as a list of placeholders. */
function spellingMatch(keys: SpellingKeys, list: string): string {
  return keys === "text" ? `s.spelling IN (${list})` : `s.pair_id IN (SELECT p.id FROM entity_key_spellings p WHERE p.spelling IN (${list}))`;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/**
 * `entitySpellings[i]` holds the spellings for `filters.entities[i]` (the name itself included).
 */
export function filterConditions(filters: ArticleFilters, entitySpellings: string[][], rowKey: string, keys: SpellingKeys = "text"): SqlFragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  const sources = (filters.sources ?? []).map((s) => s.trim()).filter(Boolean);
  if (sources.length > 0) {
    parts.push(`(a.source_key IN (${placeholders(sources.length)}) OR a.source_name IN (${placeholders(sources.length)}))`);
    params.push(...sources.map((s) => s.toLowerCase()), ...sources);
  }
  const { since, until } = dateBounds(filters.since, filters.until);
  const isDateBound = since !== null || until !== null;
  if (since) {
    parts.push("a.published_at >= ?");
    params.push(since);
  }
  if (until) {
    parts.push("a.published_at <= ?");
    params.push(until);
  }
  const languages = (filters.languages ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (languages.length > 0) {
    parts.push(`a.language IN (${placeholders(languages.length)})`);
    params.push(...languages);
  }
  for (const tag of filters.tags ?? []) {
    const norm = normalizeArabic(tag);
    if (!norm) continue;
    parts.push(isDateBound ? `EXISTS (SELECT 1 FROM article_tags t WHERE t.article_row = ${rowKey} AND t.norm = ?)` : `${rowKey} IN (SELECT t.article_row FROM article_tags t WHERE t.norm = ?)`);
    params.push(norm);
  }
  for (const spellings of entitySpellings) {
    if (spellings.length === 0) continue;
    const list = placeholders(spellings.length);
    const matches = spellingMatch(keys, list);
    parts.push(isDateBound ? `EXISTS (SELECT 1 FROM entity_spellings s WHERE s.article_row = ${rowKey} AND ${matches})` : `${rowKey} IN (SELECT s.article_row FROM entity_spellings s WHERE ${matches})`);
    params.push(...spellings);
  }
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
}

/** Normalized spellings of each entity filter value (the adapter adds related spellings). */
export function entityFilterNames(filters: ArticleFilters): string[] {
  return (filters.entities ?? []).map((e) => normalizeArabic(e)).filter(Boolean);
}

/**
 * Bounds of a date filter as strings comparable with stored `publishedAt`: a bare `until` date
 * covers its whole day.
 */
export function dateBounds(since?: string, until?: string): { since: string | null; until: string | null } {
  return {
    since: since?.trim() || null,
    until: until?.trim() ? (/^\d{4}-\d{2}-\d{2}$/.test(until.trim()) ? `${until.trim()}T99` : until.trim()) : null,
  };
}
