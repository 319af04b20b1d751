import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_POLL_MS, MAX_POLL_MS, MIN_POLL_MS, nextPollDelay, type PollHints } from "./cadence.js";

const NOW = Date.parse("2026-11-25T10:00:00Z");
const none: PollHints = { ttlMinutes: null, cacheControl: null, expires: null, itemDates: [], quietPolls: 0 };
const every = (minutes: number, n: number) => Array.from({ length: n }, (_, i) => new Date(NOW - i * minutes * 60_000).toISOString());

test("nothing known: the default delay", () => {
  assert.deepEqual(nextPollDelay(none, NOW), { delayMs: DEFAULT_POLL_MS, reason: "default" });
});

test("observed rate: half the median gap between items", () => {
  assert.deepEqual(nextPollDelay({ ...none, itemDates: every(40, 6) }, NOW), { delayMs: 20 * 60_000, reason: "observed-rate" });
});

test("TTL and Cache-Control are floors the rate cannot undercut", () => {
  assert.deepEqual(nextPollDelay({ ...none, ttlMinutes: 60, itemDates: every(20, 6) }, NOW), { delayMs: 60 * 60_000, reason: "ttl" });
  assert.deepEqual(nextPollDelay({ ...none, cacheControl: "public, max-age=3600" }, NOW), { delayMs: 3_600_000, reason: "cache-control" });
  assert.deepEqual(nextPollDelay({ ...none, cacheControl: "no-cache, max-age=3600" }, NOW).reason, "default");
  assert.deepEqual(nextPollDelay({ ...none, expires: new Date(NOW + 45 * 60_000).toUTCString() }, NOW), { delayMs: 45 * 60_000, reason: "expires" });
});

test("busy feeds are clamped to the minimum, quiet ones back off to the maximum", () => {
  assert.deepEqual(nextPollDelay({ ...none, itemDates: every(1, 6) }, NOW), { delayMs: MIN_POLL_MS, reason: "min" });
  assert.equal(nextPollDelay({ ...none, quietPolls: 1 }, NOW).delayMs, DEFAULT_POLL_MS * 1.5);
  assert.deepEqual(nextPollDelay({ ...none, quietPolls: 30 }, NOW), { delayMs: MAX_POLL_MS, reason: "max" });
});
