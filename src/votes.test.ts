import assert from "node:assert/strict";
import { test } from "node:test";
import { commonest, vote } from "./votes.js";

test("commonest: most votes win, ties go to the smallest key", () => {
  const votes = new Map<string, number>();
  for (const name of ["أوباما", "اوباما", "أوباما", "اوباما", "باراك أوباما"]) vote(votes, name);
  // two votes each: «أوباما» wins, its أ (U+0623) sorting before ا (U+0627)
  assert.equal(commonest(votes), "أوباما");
  vote(votes, "باراك أوباما", 2);
  assert.equal(commonest(votes), "باراك أوباما");
});

test("commonest: no votes give the empty string", () => {
  assert.equal(commonest(new Map()), "");
});
