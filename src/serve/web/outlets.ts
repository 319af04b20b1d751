/**
 * Outlets: the store's sources folded so that one news outlet shows once. Rules:
 * - The store keys a source by its domain, else its name (`SourceSummary.key`), so one outlet whose
 *   pages sometimes name a domain and sometimes only a name is two summaries. Summaries that share a
 *   domain or a name (transitively) are one outlet.
 * - An outlet's key is the key of its largest domain-keyed summary, else of its largest summary
 *   (ties: the smaller key); its name is the name of its largest named summary, else its domain.
 * - `keys` lists every member key: as `ArticleFilters.sources` it selects exactly the outlet's
 *   articles (the filter matches a source key or a source name).
 * - Counts add up; the date range spans the members. Outlets sort by articles, most first, then key.
 */
import type { SourceSummary } from "../../store/store.js";

export interface Outlet {
  key: string;
  keys: string[];
  name: string;
  domain: string | null;
  articleCount: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

function largest(members: SourceSummary[], accept: (s: SourceSummary) => boolean): SourceSummary | undefined {
  let best: SourceSummary | undefined;
  for (const s of members) {
    if (!accept(s)) continue;
    if (!best || s.articleCount > best.articleCount || (s.articleCount === best.articleCount && s.key < best.key)) best = s;
  }
  return best;
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function outletOf(members: SourceSummary[]): Outlet {
  const byDomain = largest(members, (s) => s.domain !== null);
  const named = largest(members, (s) => s.name !== null);
  const keyed = byDomain ?? largest(members, () => true)!;
  let first: string | null = null;
  let last: string | null = null;
  for (const s of members) {
    first = minDate(first, s.firstPublishedAt);
    last = maxDate(last, s.lastPublishedAt);
  }
  return {
    key: keyed.key,
    keys: members.map((s) => s.key).sort(),
    name: named?.name ?? byDomain?.domain ?? keyed.key,
    domain: byDomain?.domain ?? null,
    articleCount: members.reduce((n, s) => n + s.articleCount, 0),
    firstPublishedAt: first,
    lastPublishedAt: last,
  };
}

/** Folds summaries sharing a domain or a name into outlets. */
export function groupOutlets(sources: readonly SourceSummary[]): Outlet[] {
  const parent = sources.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstWith = new Map<string, number>();
  sources.forEach((s, i) => {
    for (const id of [s.domain ? `d:${s.domain.toLowerCase()}` : null, s.name ? `n:${s.name}` : null]) {
      if (id === null) continue;
      const j = firstWith.get(id);
      if (j === undefined) firstWith.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, SourceSummary[]>();
  sources.forEach((s, i) => {
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(s);
  });
  return [...groups.values()].map(outletOf).sort((a, b) => b.articleCount - a.articleCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The outlet a source key (or a source name) belongs to. */
export function findOutlet(outlets: readonly Outlet[], key: string): Outlet | undefined {
  return outlets.find((o) => o.key === key) ?? outlets.find((o) => o.keys.includes(key) || o.name === key);
}
