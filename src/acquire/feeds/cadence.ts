/**
 * How long to wait before polling a feed again. Pure: the caller passes "now". Rules, in order:
 * 1. The server's floor: RSS `<ttl>` / `sy:updatePeriod`, `Cache-Control: max-age` (`s-maxage`
 *    ignored: it is for shared caches) and `Expires` are "not before" hints; the largest wins.
 * 2. The observed rate: half the median gap between the newest items' dates (so a feed that
 *    publishes every 20 minutes is read every 10), from at least 3 dated items.
 * 3. Quiet feeds back off: each poll without a new item multiplies the delay by 1.5.
 * 4. The result is the larger of floor and rate, clamped to [MIN, MAX]; with nothing known, DEFAULT.
 * The reason names the rule that decided, for the one-line poll log.
 */
import type { IsoDate } from "../../types.js";

/** Never more often than every 5 minutes: politeness towards news sites. */
export const MIN_POLL_MS = 5 * 60 * 1000;
/** Never less often than every 6 hours: a quiet feed still gets checked a few times a day. */
export const MAX_POLL_MS = 6 * 60 * 60 * 1000;
export const DEFAULT_POLL_MS = 30 * 60 * 1000;
const QUIET_BACKOFF = 1.5;
/** Newest item dates considered for the observed rate. */
const RATE_WINDOW = 10;

export interface PollHints {
  ttlMinutes: number | null;
  cacheControl: string | null;
  expires: string | null;
  /** Item publication dates from the last poll (any order). */
  itemDates: (IsoDate | null)[];
  /** Polls in a row that found no new item. */
  quietPolls: number;
}

export interface PollDelay {
  delayMs: number;
  reason: "ttl" | "cache-control" | "expires" | "observed-rate" | "default" | "min" | "max";
}

export function nextPollDelay(hints: PollHints, now: number): PollDelay {
  const floors: [PollDelay["reason"], number][] = [];
  if (hints.ttlMinutes && hints.ttlMinutes > 0) floors.push(["ttl", hints.ttlMinutes * 60_000]);
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/i.exec(hints.cacheControl ?? "");
  if (maxAge && !/no-cache|no-store/i.test(hints.cacheControl ?? "")) floors.push(["cache-control", Number(maxAge[1]) * 1000]);
  const expires = hints.expires ? Date.parse(hints.expires) : NaN;
  if (Number.isFinite(expires) && expires > now) floors.push(["expires", expires - now]);
  const floor = floors.sort((a, b) => b[1] - a[1])[0];

  const rate = observedRateMs(hints.itemDates);
  let chosen: PollDelay = rate !== null ? { delayMs: rate / 2, reason: "observed-rate" } : { delayMs: DEFAULT_POLL_MS, reason: "default" };
  if (floor && floor[1] > chosen.delayMs) chosen = { delayMs: floor[1], reason: floor[0] };
  chosen.delayMs *= QUIET_BACKOFF ** Math.min(hints.quietPolls, 20);
  if (chosen.delayMs < MIN_POLL_MS) return { delayMs: MIN_POLL_MS, reason: "min" };
  if (chosen.delayMs > MAX_POLL_MS) return { delayMs: MAX_POLL_MS, reason: "max" };
  return { delayMs: Math.round(chosen.delayMs), reason: chosen.reason };
}

/** Median gap between the newest dated items, or null with fewer than 3 dates. */
function observedRateMs(dates: (IsoDate | null)[]): number | null {
  const times = dates
    .map((d) => (d ? Date.parse(d) : NaN))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => b - a)
    .slice(0, RATE_WINDOW);
  if (times.length < 3) return null;
  const gaps = times.slice(1).map((t, i) => times[i]! - t).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}
