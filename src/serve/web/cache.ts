/**
 * A small time-bounded cache for the overview aggregates the pages share (sources with counts,
 * most-mentioned entities, articles per day). Rules:
 * - They scan whole tables, change only when something is ingested, and a reader can live with
 *   figures up to `ttlMs` old; everything else (search, articles) is always read fresh.
 * - Concurrent misses share one computation; a failed computation is not cached.
 * - Bounded: at most `maxEntries`, oldest evicted first. Per process only (a cache, not state).
 * - `getOrRefresh` (for aggregates that take long to compute): once a value exists, an expired one is
 *   still answered at once while one recomputation runs behind it; readers wait only for the first.
 */
export class TtlCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown>; isRefreshing?: boolean }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  getOrRefresh<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (this.ttlMs <= 0 || !hit || this.now() - hit.at < this.ttlMs) return this.get(key, compute);
    if (!hit.isRefreshing) {
      hit.isRefreshing = true;
      const next = compute();
      next.then(
        () => {
          this.entries.delete(key);
          this.entries.set(key, { at: this.now(), value: next });
        },
        () => {
          hit.isRefreshing = false;
        },
      );
    }
    return hit.value as Promise<T>;
  }
}
