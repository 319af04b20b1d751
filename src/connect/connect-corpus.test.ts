import { test } from "node:test";
import assert from "node:assert/strict";
import { connectArticles } from "./connect-corpus.js";
import { floodStory, rewrittenFloodBody } from "./connect-fixtures.js";

test("a corpus plus a rewritten copy of one article: one duplicate group, no new story, the conflict shown", () => {
  const members = floodStory();
  const before = connectArticles(members);
  const copy = { id: "copy", article: { ...members[0]!.article, body: rewrittenFloodBody(), publishedAt: "2024-03-05T13:00:00Z", source: { name: "ناقل", domain: null } } };
  const after = connectArticles([copy, ...members]);
  assert.equal(after.records.length, before.records.length);
  assert.equal(after.records.length, 1);
  assert.deepEqual(after.dedup.groups(), [{ groupId: "wadi-1", earliestId: "wadi-1", members: ["wadi-1", "copy"] }]);
  assert.equal(after.records[0]!.conflicts.length, 1);
  // input order does not matter
  assert.deepEqual(connectArticles([...members].reverse()).records, before.records);
});
