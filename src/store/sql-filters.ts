/**
 * The WHERE conditions of filters, shared by both adapters (written with `?` placeholders; the
 * PostgreSQL adapter numbers them). Rules:
 * - sources: the source key or name is any of the given values;
 * - since/until: inclusive bounds on publishedAt, a bare `until` date covering its day; articles
 *   without a date never pass a date filter;
 * - languages: any of the codes; tags: every tag, compared normalized;
 * - entities: every entity, each given as the set of its known spellings (see search-common).
 * The articles table is aliased `a`, its key column named by `rowKey`.
 * Tag and entity conditions are uncorrelated `IN (SELECT article_row …)` sets, computed once per
 * query: a correlated EXISTS let SQLite seek the spelling index once per candidate article and
 * walk every row of that spelling each time (quadratic: an entity page took 1 s at 10k articles).
 */
import { normalizeArabic } from "../understand/arabic/normalize.js";
import { dateBounds } from "./document.js";
import type { ArticleFilters } from "./store.js";

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/**
 * `entitySpellings[i]` holds the spellings for `filters.entities[i]` (the name itself included).
 */
export function filterConditions(filters: ArticleFilters, entitySpellings: string[][], rowKey: string): SqlFragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  const sources = (filters.sources ?? []).map((s) => s.trim()).filter(Boolean);
  if (sources.length > 0) {
    parts.push(`(a.source_key IN (${placeholders(sources.length)}) OR a.source_name IN (${placeholders(sources.length)}))`);
    params.push(...sources.map((s) => s.toLowerCase()), ...sources);
  }
  const { since, until } = dateBounds(filters.since, filters.until);
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
    parts.push(`${rowKey} IN (SELECT t.article_row FROM article_tags t WHERE t.norm = ?)`);
    params.push(norm);
  }
  for (const spellings of entitySpellings) {
    if (spellings.length === 0) continue;
    parts.push(`${rowKey} IN (SELECT s.article_row FROM entity_spellings s WHERE s.spelling IN (${placeholders(spellings.length)}))`);
    params.push(...spellings);
  }
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
}

/** Normalized spellings of each entity filter value (the adapter adds related spellings). */
export function entityFilterNames(filters: ArticleFilters): string[] {
  return (filters.entities ?? []).map((e) => normalizeArabic(e)).filter(Boolean);
}
