import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../seeded-random.js";
import { topNormalized } from "./terms.js";

/** The simple model: every positive entry sorted heavier first (ties by key), the first `limit` kept, L2-normalized. */
function modelTopNormalized(weights: Map<string, number>, limit: number): [string, number][] {
  const kept = [...weights].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0));
  return norm === 0 ? [] : kept.map(([t, w]) => [t, w / norm]);
}

describe("topNormalized", () => {
  it("keeps the same entries in the same order as sorting them all, ties by key, zero and negative weights out", () => {
    const random = seededRandom(11);
    for (let round = 0; round < 400; round++) {
      const weights = new Map<string, number>();
      const n = Math.floor(random() * 400);
      // few distinct weights: many ties, which the key must break
      for (let i = 0; i < n; i++) weights.set(`t${Math.floor(random() * 600)}`, Math.floor(random() * 12) / 4 - 0.5);
      for (const limit of [0, 1, 7, 100, 1000]) assert.deepEqual([...topNormalized(weights, limit)], modelTopNormalized(weights, limit), `round ${round}, limit ${limit}`);
    }
  });

  it("is empty for no positive weight", () => {
    assert.equal(topNormalized(new Map([["a", 0], ["b", -1]]), 10).size, 0);
    assert.equal(topNormalized(new Map(), 10).size, 0);
  });
});
