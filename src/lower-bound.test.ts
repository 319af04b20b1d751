import { test } from "node:test";
import assert from "node:assert/strict";
import { lowerBound } from "./lower-bound.js";

test("lowerBound: the first item not before the bound, at the ends and between", () => {
  const ends = [3, 5, 5, 9];
  assert.equal(lowerBound(ends, (e) => e <= 0), 0);
  assert.equal(lowerBound(ends, (e) => e <= 4), 1);
  assert.equal(lowerBound(ends, (e) => e <= 5), 3);
  assert.equal(lowerBound(ends, (e) => e <= 9), 4);
  assert.equal(lowerBound([] as number[], () => true), 0);
});
