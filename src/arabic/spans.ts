/** Spans of text (start inclusive, end exclusive): overlap resolution shared by every finder. */

/** Keeps the longest of overlapping spans (the earlier on a tie), in text order. */
export function removeOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
