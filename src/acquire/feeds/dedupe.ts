/**
 * Canonical URLs and item de-duplication. Rules for `canonicalUrl`:
 * - scheme and host lower-cased, default port and fragment dropped, `www.` kept (sites differ);
 * - tracking parameters dropped: `utm_*`, `fbclid`, `gclid`, `dclid`, `mc_cid`, `mc_eid`, `ocid`,
 *   `igshid`, `at_medium`, `at_campaign`, `_ga`, `yclid`; every other parameter is kept (it may
 *   select content);
 * - the remaining query keeps its order; an empty query loses its `?`;
 * - percent-encoding is normalized by the WHATWG URL parser (Arabic paths compare equal whether
 *   the feed wrote them raw or encoded).
 * `ItemDeduper` remembers keys (GUID and canonical URL) across feeds and polls: an item is new
 * only when none of its keys was seen.
 */
import type { FeedItem } from "./feed-types.js";

const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|igshid|at_medium|at_campaign|_ga|yclid)$/i;

export function canonicalUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.trim();
  }
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  let out = url.href;
  if (out.endsWith("?")) out = out.slice(0, -1);
  return out;
}

/** Keys an item is known by: its GUID/id and its canonical URL. */
export function itemKeys(item: Pick<FeedItem, "key" | "url">): string[] {
  const keys = new Set<string>([item.key]);
  if (item.url) keys.add(canonicalUrl(item.url));
  return [...keys];
}

export class ItemDeduper {
  readonly #seen = new Set<string>();

  constructor(seenKeys: Iterable<string> = []) {
    for (const k of seenKeys) this.#seen.add(k);
  }

  /** True the first time an item (by any of its keys) is offered; remembers its keys. */
  isNew(item: Pick<FeedItem, "key" | "url">): boolean {
    const keys = itemKeys(item);
    const isNew = !keys.some((k) => this.#seen.has(k));
    for (const k of keys) this.#seen.add(k);
    return isNew;
  }
}
