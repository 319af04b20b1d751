import { test } from "node:test";
import assert from "node:assert/strict";
import { DedupIndex } from "./near-dup.js";
import { contentHash, estimateJaccard, exactJaccard, fnv1a32, minhash, shingleHashes, shingleTerms } from "./fingerprint.js";
import { FLOOD_BODY, rewrittenFloodBody, templated, TEMPLATED_ITEMS, UNRELATED_BODY } from "./connect-fixtures.js";

test("content hash ignores tashkeel, hamza forms, Persian letters and spacing", () => {
  assert.equal(contentHash("أعلنَ   الوزيرُ  قراره"), contentHash("اعلن الوزير قراره"));
  assert.equal(contentHash("وزارة الکهرباء"), contentHash("وزارة الكهرباء"));
  assert.notEqual(contentHash("اعلن الوزير قراره"), contentHash("اعلن الوزير رأيه"));
});

test("shingles do not cross paragraphs, so reordering paragraphs keeps them all", () => {
  const paras = FLOOD_BODY.split("\n\n");
  const reordered = [paras[3], paras[1], paras[0], paras[2]].join("\n\n");
  assert.deepEqual(shingleHashes(shingleTerms(reordered), 5), shingleHashes(shingleTerms(FLOOD_BODY), 5));
});

test("shingle hashes are the FNV-1a of each shingle's terms joined by spaces, distinct and ascending", () => {
  const paragraphs = [["الوزير", "قال", "إن", "الاتفاق", "نهائي", "قال"], ["موجز"], [], ["2024", "GDP", "نمو"]];
  const expected = new Set<number>();
  for (const terms of paragraphs) {
    if (terms.length === 0) continue;
    if (terms.length < 3) expected.add(fnv1a32(terms.join(" ")));
    else for (let i = 0; i + 3 <= terms.length; i++) expected.add(fnv1a32(terms.slice(i, i + 3).join(" ")));
  }
  assert.deepEqual([...shingleHashes(paragraphs, 3)], [...expected].sort((a, b) => a - b));
});

test("MinHash estimate stays near the exact Jaccard", () => {
  const a = shingleHashes(shingleTerms(FLOOD_BODY), 3);
  const b = shingleHashes(shingleTerms(FLOOD_BODY.split("\n\n").slice(0, 3).join("\n\n")), 3);
  const exact = exactJaccard(a, b);
  assert.ok(exact > 0.5 && exact < 1);
  assert.ok(Math.abs(estimateJaccard(minhash(a, 256), minhash(b, 256)) - exact) < 0.1);
});

test("a rewritten copy is a near-duplicate and the earliest member is the original", () => {
  const index = new DedupIndex();
  index.add({ id: "other", source: "بنك", publishedAt: "2024-03-04T10:00:00Z", body: UNRELATED_BODY });
  // the copy arrives first but was published later
  const copy = index.add({ id: "copy", source: "ناقل", publishedAt: "2024-03-05T11:00:00Z", body: rewrittenFloodBody() });
  const orig = index.add({ id: "orig", source: "الوادي", publishedAt: "2024-03-05T06:00:00Z", body: FLOOD_BODY });
  assert.equal(copy.kind, "new");
  assert.equal(orig.kind, "near");
  assert.equal(orig.matchedId, "copy");
  assert.equal(orig.renamedFrom, "copy");
  assert.deepEqual(index.groupOf("copy"), { groupId: "orig", earliestId: "orig", members: ["copy", "orig"] });
  assert.equal(index.groupOf("other")!.members.length, 1);
});

test("a group is named after its earliest member whatever the order its members arrive in", () => {
  const articles = [
    { id: "wire", source: "وكالة", publishedAt: "2024-03-05T06:00:00Z", body: FLOOD_BODY },
    { id: "copy", source: "ناقل", publishedAt: "2024-03-05T11:00:00Z", body: rewrittenFloodBody() },
    { id: "same-time", source: "صحيفة", publishedAt: "2024-03-05T11:00:00Z", body: FLOOD_BODY.replace(/ /g, "  ") },
    { id: "other", source: "بنك", publishedAt: "2024-03-04T10:00:00Z", body: UNRELATED_BODY },
  ];
  const orders = [[0, 1, 2, 3], [1, 2, 0, 3], [2, 1, 3, 0], [3, 2, 1, 0]];
  for (const order of orders) {
    const index = new DedupIndex();
    for (const k of order) index.add(articles[k]!);
    for (const id of ["wire", "copy", "same-time"]) assert.equal(index.groupOf(id)!.groupId, "wire", `order ${order.join(",")}: ${id}`);
    assert.equal(index.groupOf("other")!.groupId, "other");
  }
  // two undated copies: the smaller id is the earliest, whichever came first
  for (const first of ["b", "a"]) {
    const index = new DedupIndex();
    for (const id of [first, first === "a" ? "b" : "a"]) index.add({ id, source: id, publishedAt: null, body: FLOOD_BODY });
    assert.deepEqual(index.groupOf("b"), { groupId: "a", earliestId: "a", members: [first, first === "a" ? "b" : "a"] });
  }
});

test("chained near-copies (A~B, B~C, A not ~C) form one group, named alike, in every arrival order", () => {
  // three reports over a sliding window of paragraphs: neighbours share four of five, the ends three
  const paras = [...FLOOD_BODY.split("\n\n"), ...UNRELATED_BODY.split("\n\n"), `${TEMPLATED_ITEMS[0]!} ${TEMPLATED_ITEMS[1]!}`, `${TEMPLATED_ITEMS[2]!} ${TEMPLATED_ITEMS[3]!}`];
  const window = (k: number): string => paras.slice(k, k + 5).join("\n\n");
  const first = { id: "first", source: "الوادي", publishedAt: "2024-03-05T06:00:00Z", body: window(0) };
  const middle = { id: "middle", source: "ناقل", publishedAt: "2024-03-05T08:00:00Z", body: window(1) };
  const last = { id: "last", source: "صحيفة", publishedAt: "2024-03-05T12:00:00Z", body: window(2) };
  const apart = { id: "apart", source: "الوادي", publishedAt: "2024-03-05T07:00:00Z", body: TEMPLATED_ITEMS[4]! };
  const articles = [first, middle, last, apart];
  const orders = [[0, 1, 2, 3], [0, 2, 1, 3], [2, 0, 3, 1], [2, 1, 0, 3], [3, 1, 2, 0], [1, 3, 0, 2]];
  const seen: string[] = [];
  for (const order of orders) {
    const index = new DedupIndex();
    const verdicts = order.map((k) => index.add(articles[k]!));
    seen.push(articles.map((a) => {
      const g = index.groupOf(a.id)!;
      return `${a.id}:${g.groupId}:${g.earliestId}:${[...g.members].sort().join(",")}`;
    }).join(" | "));
    // the renames a store applies to the verdicts' group ids end at the same groups
    const stored = new Map(verdicts.map((v) => [v.id, v.groupId]));
    for (const v of verdicts) for (const r of v.renames) for (const [id, g] of stored) if (g === r.from) stored.set(id, r.into);
    for (const a of articles) assert.equal(stored.get(a.id), index.groupOf(a.id)!.groupId, `order ${order.join(",")}: stored group of ${a.id}`);
  }
  assert.equal(seen[0], "first:first:first:first,last,middle | middle:first:first:first,last,middle | last:first:first:first,last,middle | apart:apart:apart:apart");
  for (const [i, grouping] of seen.entries()) assert.equal(grouping, seen[0], `order ${orders[i]!.join(",")}`);
  const ends = new DedupIndex();
  ends.add(first);
  assert.equal(ends.add(last).kind, "new", "the two ends are not duplicates of each other");
});

test("an exact copy with other spacing is an exact duplicate; adding an id twice changes nothing", () => {
  const index = new DedupIndex();
  index.add({ id: "a", source: "x", publishedAt: null, body: FLOOD_BODY });
  const b = index.add({ id: "b", source: "y", publishedAt: null, body: FLOOD_BODY.replace(/ /g, "  ") });
  assert.equal(b.kind, "exact");
  assert.deepEqual(index.add({ id: "b", source: "y", publishedAt: null, body: "" }), b);
  assert.equal(index.size, 2);
});

test("same template, different article: not duplicates once the template is known", () => {
  const index = new DedupIndex();
  const verdicts = TEMPLATED_ITEMS.map((item, i) => index.add({ id: `t${i}`, source: "الوادي", publishedAt: `2024-03-05T0${i}:00:00Z`, body: templated(item) }));
  // the first pages teach the template; from the fourth on it is boilerplate
  for (const v of verdicts.slice(3)) assert.equal(v.kind, "new", `${v.id} matched ${v.matchedId}`);
  for (const v of verdicts.slice(3)) assert.equal(index.groupOf(v.id)!.members.length, 1);
});

test("a templated copy of an article still matches its original", () => {
  const index = new DedupIndex();
  TEMPLATED_ITEMS.forEach((item, i) => index.add({ id: `t${i}`, source: "الوادي", publishedAt: null, body: templated(item) }));
  index.add({ id: "orig", source: "الساحل", publishedAt: null, body: FLOOD_BODY });
  const copy = index.add({ id: "copy", source: "الوادي", publishedAt: null, body: templated(FLOOD_BODY) });
  assert.equal(copy.kind, "near");
  assert.equal(copy.matchedId, "orig");
});

test("dedup is deterministic for the same input order", () => {
  const run = (): unknown => {
    const index = new DedupIndex();
    const bodies = [FLOOD_BODY, rewrittenFloodBody(), UNRELATED_BODY, ...TEMPLATED_ITEMS.map(templated)];
    return bodies.map((body, i) => index.add({ id: `d${i}`, source: i % 2 ? "a" : "b", publishedAt: null, body }));
  };
  assert.deepEqual(run(), run());
});

test("unknown options are rejected with the module name", () => {
  assert.throws(() => new DedupIndex({ bogus: 1 } as never), /near-dup: unknown option "bogus"/);
  assert.throws(() => new DedupIndex({ permutations: 100, bands: 32 }), /near-dup: permutations/);
});
