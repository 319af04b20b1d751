import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../seeded-random.js";
import { removeOverlaps } from "./spans.js";

/** The rule as first written: longest first (earlier on a tie), each kept unless it overlaps one kept. */
function reference<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

test("removeOverlaps: the longest of overlapping spans, the earlier on a tie, in text order", () => {
  const spans = [
    { id: "a", start: 0, end: 5 },
    { id: "b", start: 3, end: 12 },
    { id: "c", start: 10, end: 14 },
    { id: "d", start: 12, end: 14 },
    { id: "e", start: 20, end: 24 },
    { id: "f", start: 22, end: 26 },
  ];
  assert.deepEqual(removeOverlaps(spans).map((s) => s.id), ["b", "d", "e"]);
});

test("removeOverlaps: the same spans, in the same order, as the rule scanning every kept span", () => {
  const next = seededRandom(7);
  for (let round = 0; round < 300; round++) {
    const spans = Array.from({ length: Math.floor(next() * 40) }, (_, id) => {
      const start = Math.floor(next() * 200);
      // some empty spans and many duplicates of length and start, to reach every tie
      return { id, start, end: start + Math.floor(next() * (round % 3 === 0 ? 4 : 25)) };
    });
    assert.deepEqual(removeOverlaps(spans), reference(spans), `round ${round}`);
  }
});
