import { test } from "node:test";
import assert from "node:assert/strict";
import { averageLinkMerges, cutAt } from "./average-link.js";

/** Symmetric sparse graph from [i, j, similarity] triples. */
function graph(n: number, pairs: [number, number, number][]): Map<number, number>[] {
  const g = Array.from({ length: n }, () => new Map<number, number>());
  for (const [i, j, s] of pairs) {
    g[i]!.set(j, s);
    g[j]!.set(i, s);
  }
  return g;
}

test("average link joins two tight pairs only when the pairs are alike on average, not through one bridge", () => {
  // 0–1 and 2–3 are two events; 1–2 is one strong bridge, the other cross pairs are weak
  const g = graph(4, [
    [0, 1, 0.6],
    [2, 3, 0.6],
    [1, 2, 0.5],
    [0, 2, 0.05],
  ]);
  const merges = averageLinkMerges(g, 0.05);
  assert.deepEqual(
    merges.map((m) => [m.a, m.b]),
    [[0, 1], [2, 3], [0, 2]],
  );
  // the last merge averages the four cross pairs: (0.5 + 0.05) / 4
  assert.ok(Math.abs(merges[2]!.similarity - 0.1375) < 1e-12);
  assert.deepEqual(cutAt(4, merges, 0.2), [0, 0, 2, 2]);
  assert.deepEqual(cutAt(4, merges, 0.1), [0, 0, 0, 0]);
});

test("ties merge the lower pair first, and pairs below the minimum never merge", () => {
  const g = graph(4, [
    [2, 3, 0.4],
    [0, 1, 0.4],
    [1, 2, 0.01],
  ]);
  const merges = averageLinkMerges(g, 0.05);
  assert.deepEqual(
    merges.map((m) => [m.a, m.b]),
    [[0, 1], [2, 3]],
  );
});
