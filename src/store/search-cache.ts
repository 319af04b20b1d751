/**
 * Recent search results, kept per store generation. Rules:
 * - The generation is a number every write that can change a search's answer raises in its own
 *   transaction (article upserts, connections; table `store_changes`, any process): a result is
 *   served only for the generation it was computed at or after, so a search never answers older
 *   than what was committed when it was asked.
 * - The key is the whole query but its deadline (`timeoutMs` changes how long, not what) and its
 *   asker's `signal`.
 * - Concurrent misses of one key share one computation; a failed one, or a partial one (facets
 *   left out for time), is not kept.
 * - Bounded: at most `maxEntries` results, least recently used evicted first. Callers get their
 *   own copy.
 * Why: a news reader's queries repeat (the day's names and places), and under load the same costly
 * query (a two-letter prefix with every facet: ~30 ms of the server's one SQLite thread at 100k
 * articles) arrives from many connections at once.
 */
import type { SearchQuery, SearchResult } from "./store.js";

export const DEFAULT_SEARCH_CACHE_ENTRIES = 1_000;

/** Results runSearch answered without every facet (the time budget ran out): never cached. */
const partialResults = new WeakSet<SearchResult>();

export function markPartial(result: SearchResult): SearchResult {
  partialResults.add(result);
  return result;
}

export function isPartialResult(result: SearchResult): boolean {
  return partialResults.has(result);
}

/** The cache key of a query: its fields but the deadline and the asker's signal, in a fixed order. */
export function searchKey(query: SearchQuery): string {
  const { timeoutMs: _deadline, signal: _signal, ...rest } = query;
  return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k as keyof typeof rest]]).filter(([, v]) => v !== undefined));
}

function waitAtMost<T>(value: Promise<T>, wait: { ms: number; expired: () => Error } | undefined): Promise<T> {
  if (!wait) return value;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(wait.expired()), wait.ms);
  });
  value.catch(() => undefined); // the computation's failure may come after this caller gave up
  return Promise.race([value, expired]).finally(() => clearTimeout(timer));
}

export class SearchCache {
  private readonly entries = new Map<string, Promise<SearchResult>>();
  private generation: number | null = null;

  constructor(private readonly maxEntries = DEFAULT_SEARCH_CACHE_ENTRIES) {}

  /** Whether results are kept at all (maxEntries > 0). */
  get isEnabled(): boolean {
    return this.maxEntries > 0;
  }

  /**
   * The result of `query` at `generation` (or later): cached, or computed by `compute` and kept.
   * With `wait`, the caller waits at most `wait.ms` and then gets `wait.expired()`, while the
   * computation goes on for the next askers (its own deadline bounds it).
   */
  async get(generation: number, query: SearchQuery, compute: () => Promise<SearchResult>, wait?: { ms: number; expired: () => Error }): Promise<SearchResult> {
    return structuredClone(await waitAtMost(this.lookup(generation, query, compute), wait));
  }

  private lookup(generation: number, query: SearchQuery, compute: () => Promise<SearchResult>): Promise<SearchResult> {
    // a reader of an older generation computes for itself: what it computes may predate the newer one
    if (this.maxEntries <= 0 || (this.generation !== null && generation < this.generation)) return compute();
    if (this.generation === null || generation > this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const key = searchKey(query);
    let value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    } else {
      value = compute();
      this.entries.set(key, value);
      value.then(
        (r) => partialResults.has(r) && this.forget(key, value!),
        () => this.forget(key, value!),
      );
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(key: string, value: Promise<SearchResult>): void {
    if (this.entries.get(key) === value) this.entries.delete(key);
  }
}
