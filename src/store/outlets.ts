/**
 * Outlets: the store's sources folded so that one news outlet is one source everywhere (the API,
 * search facets and filters, feeds, exports, the pages). Rules:
 * - An article's source key is its domain, else its name; one outlet whose pages sometimes name a
 *   domain and sometimes only a name is stored under two keys. Source rows (one per key, name and
 *   domain seen together) that share a domain (case-insensitive) or a name, transitively, are one
 *   outlet. Every row of one key always lands in one outlet (they share that domain or name).
 * - An outlet's key is the key of its largest domain-keyed member, else of its largest member
 *   (ties: the smaller key); its name is the name of its largest named member, else its domain.
 * - `keys` lists every member key: a source filter on any key or name of an outlet selects the whole
 *   outlet's articles (the store expands it).
 * - Counts add up; the date range spans the members. Outlets sort by articles, most first, then key.
 * - `OutletCache` keeps the folded outlets of one store for `ttlMs` (they come from an aggregate over
 *   every article); a write that brings a source row it has not seen drops the cache, so this
 *   process never shows a new source unfolded; other processes' writes show within `ttlMs`.
 */
import type { ArticleSummary, SourceSummary } from "./store.js";

/** One (source key, name, domain) combination as stored, with its articles. */
export interface SourceRow {
  key: string;
  name: string | null;
  domain: string | null;
  articleCount: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

/** 30 s: outlets change only when a new source appears, and this process's own writes drop the cache. */
export const OUTLET_TTL_MS = 30_000;

/** A filter's source values expanded to every key of the outlets they name. */
export function expandSources(sources: string[] | undefined, outlets: OutletIndex): string[] | undefined {
  return sources?.map((s) => s.trim()).filter(Boolean).flatMap((s) => outlets.expand(s));
}

/** What a summary shows of its outlet. */
export interface OutletRef {
  key: string;
  name: string;
}

function largest(members: SourceRow[], accept: (s: SourceRow) => boolean): SourceRow | undefined {
  const counts = new Map<string, number>();
  for (const s of members) if (accept(s)) counts.set(s.key, (counts.get(s.key) ?? 0) + s.articleCount);
  let best: SourceRow | undefined;
  for (const s of members) {
    if (!accept(s)) continue;
    const n = counts.get(s.key)!;
    const bestN = best ? counts.get(best.key)! : -1;
    if (!best || n > bestN || (n === bestN && s.key < best.key)) best = s;
  }
  return best;
}

function largestName(members: SourceRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of members) if (s.name !== null) counts.set(s.name, (counts.get(s.name) ?? 0) + s.articleCount);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && name < best)) best = name;
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

function outletOf(members: SourceRow[]): SourceSummary {
  const byDomain = largest(members, (s) => s.domain !== null && s.key === s.domain.trim().toLowerCase());
  const keyed = byDomain ?? largest(members, () => true)!;
  let first: string | null = null;
  let last: string | null = null;
  for (const s of members) {
    first = minDate(first, s.firstPublishedAt);
    last = maxDate(last, s.lastPublishedAt);
  }
  return {
    key: keyed.key,
    keys: [...new Set(members.map((s) => s.key))].sort(),
    name: largestName(members) ?? byDomain?.domain ?? keyed.key,
    domain: byDomain?.domain ?? null,
    articleCount: members.reduce((n, s) => n + s.articleCount, 0),
    firstPublishedAt: first,
    lastPublishedAt: last,
  };
}

/** Folds source rows sharing a domain or a name into outlets. */
export function groupOutlets(sources: readonly SourceRow[]): SourceSummary[] {
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
    for (const id of [`k:${s.key}`, s.domain ? `d:${s.domain.trim().toLowerCase()}` : null, s.name ? `n:${s.name}` : null]) {
      if (id === null) continue;
      const j = firstWith.get(id);
      if (j === undefined) firstWith.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, SourceRow[]>();
  sources.forEach((s, i) => {
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(s);
  });
  return [...groups.values()].map(outletOf).sort((a, b) => b.articleCount - a.articleCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The outlet a source key (or a source name) belongs to. */
export function findOutlet(outlets: readonly SourceSummary[], key: string): SourceSummary | undefined {
  return outlets.find((o) => o.key === key) ?? outlets.find((o) => o.keys.includes(key) || o.name === key);
}

/** Outlets with lookups by member key and by name. */
export class OutletIndex {
  private readonly byKey = new Map<string, SourceSummary>();
  private readonly byName = new Map<string, SourceSummary>();
  /** `key\u0000name` of every source row folded in (to notice new ones). */
  readonly rowIds: ReadonlySet<string>;

  constructor(
    readonly outlets: readonly SourceSummary[],
    /** The source rows the outlets were folded from. */
    readonly rows: readonly SourceRow[],
  ) {
    for (const o of outlets) for (const k of o.keys) this.byKey.set(k, o);
    for (const r of rows) if (r.name !== null && !this.byName.has(r.name)) this.byName.set(r.name, this.byKey.get(r.key)!);
    this.rowIds = new Set(rows.map((r) => sourceRowId(r.key, r.name)));
  }

  /** The outlet of a source key, or undefined when the key is not known (yet). */
  ofKey(key: string): SourceSummary | undefined {
    return this.byKey.get(key);
  }

  /** Every source key of the outlet a filter value names (a key or a name); the value itself when unknown. */
  expand(value: string): string[] {
    const o = this.byKey.get(value) ?? this.byKey.get(value.toLowerCase()) ?? this.byName.get(value);
    return o ? o.keys : [value];
  }

  /** The summary with its outlet filled in (unknown keys keep the summary's own). */
  decorate(summary: ArticleSummary): ArticleSummary {
    const o = this.byKey.get(summary.sourceKey);
    return o ? { ...summary, outlet: { key: o.key, name: o.name } } : summary;
  }
}

export function sourceRowId(key: string, name: string | null): string {
  return `${key}\u0000${name ?? ""}`;
}

/** The outlet a summary shows before the store's index folds it: its own key and name. */
export function ownOutlet(key: string, name: string | null, domain: string | null): OutletRef {
  return { key, name: name ?? domain ?? key };
}

/** A store's outlets, recomputed after `ttlMs` (answered stale while one recomputation runs) or when dropped. */
export class OutletCache {
  private current: { at: number; index: Promise<OutletIndex> } | null = null;
  private refreshing: Promise<OutletIndex> | null = null;

  constructor(
    private readonly load: () => Promise<SourceRow[]>,
    private readonly ttlMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(): Promise<OutletIndex> {
    const c = this.current;
    if (c === null) return this.reload();
    if (this.now() - c.at >= this.ttlMs && this.refreshing === null) {
      this.refreshing = this.compute();
      this.refreshing.then(
        (index) => {
          this.current = { at: this.now(), index: Promise.resolve(index) };
          this.refreshing = null;
        },
        () => {
          this.refreshing = null;
        },
      );
    }
    return c.index;
  }

  /** Drops the cache when a written article's source row is new to it. */
  noteWritten(rows: { key: string; name: string | null }[]): void {
    const c = this.current;
    if (c === null) return;
    void c.index.then(
      (index) => {
        if (this.current === c && rows.some((r) => !index.rowIds.has(sourceRowId(r.key, r.name)))) this.current = null;
      },
      () => undefined,
    );
  }

  /** Forgets the cache at once (the next `get` recomputes). */
  drop(): void {
    this.current = null;
  }

  private reload(): Promise<OutletIndex> {
    const index = this.compute();
    const entry = { at: this.now(), index };
    this.current = entry;
    index.catch(() => {
      if (this.current === entry) this.current = null;
    });
    return index;
  }

  private async compute(): Promise<OutletIndex> {
    const rows = await this.load();
    return new OutletIndex(groupOutlets(rows), rows);
  }
}
