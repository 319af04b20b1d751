/** Spans of text (start inclusive, end exclusive): overlap resolution shared by every finder. */
import { lowerBound } from "../lower-bound.js";

/** Keeps the longest of overlapping spans (the earlier on a tie), in text order. */
export function removeOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  // The kept spans by start: disjoint and, none empty, by end too, so the one kept span that may
  // overlap a new one is the first ending after its start (a binary search, not a scan of all).
  const byStart: T[] = [];
  const anyEmpty = spans.some((s) => s.end <= s.start);
  for (const s of sorted) {
    if (anyEmpty) {
      if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
      continue;
    }
    const at = lowerBound(byStart, (k) => k.end <= s.start);
    const next = byStart[at];
    if (next && next.start < s.end) continue;
    kept.push(s);
    byStart.splice(at, 0, s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
