import assert from "node:assert/strict";
import { test } from "node:test";
import { termCounts } from "../../src/connect/terms.js";
import { censusOf } from "./stories-census.js";
import type { CorpusArticle } from "./corpora.js";

const article = (id: string, source: string, publishedAt: string, title: string): CorpusArticle => ({ id, title, body: title, source, publishedAt, category: null });

// two stories: a strike told twice on two days, a vote told once; the vote joins the strike's first report
const ARTICLES = [
  article("a1", "x", "2018-05-01T08:00:00Z", "غارة على مطار في حمص"),
  article("a2", "y", "2018-05-02T08:00:00Z", "قتلى في غارة على مطار حمص"),
  article("b1", "x", "2018-05-01T09:00:00Z", "انتخابات بلدية في تونس"),
];
const GOLD = new Map([["a1", "strike"], ["a2", "strike"], ["b1", "vote"]]);
const PREDICTED = new Map([["a1", "s1"], ["b1", "s1"], ["a2", "s2"]]);
const INPUT = {
  countsOf: new Map(ARTICLES.map((a) => [a.id, { title: termCounts(a.title), body: termCounts(a.body) }])),
  entitiesOf: new Map([["a1", [{ type: "location", name: "حمص" }]], ["a2", [{ type: "location", name: "حمص" }]], ["b1", [{ type: "location", name: "تونس" }]]]),
  figuresOf: new Map<string, string[]>(),
};

test("censusOf: the two losses are B-cubed's 1 − P and 1 − R, spread over the pairs that cause them", () => {
  const c = censusOf(ARTICLES, GOLD, PREDICTED, INPUT);
  // P = (1/2 + 1/2 + 1) / 3, R = (1/2 + 1/2 + 1) / 3
  assert.ok(Math.abs(c.mergeLoss - 1 / 3) < 1e-12);
  assert.ok(Math.abs(c.splitLoss - 1 / 3) < 1e-12);
  assert.deepEqual([...c.storyPairs.keys()], ["strike ~ vote"]);
  assert.deepEqual([...c.splitStories.keys()], ["strike"]);
});

test("censusOf: each pair is described by its days apart, outlets, shared names and title kinds", () => {
  const c = censusOf(ARTICLES, GOLD, PREDICTED, INPUT);
  const rows: [string, string, "merges" | "splits"][] = [
    ["days apart", "0", "merges"],
    ["same outlet", "true", "merges"],
    ["names shared", "0", "merges"],
    ["title event kinds", "different", "merges"],
    ["days apart", "1", "splits"],
    ["same outlet", "false", "splits"],
    ["shared name types", "location", "splits"],
    ["title event kinds", "one kind", "splits"],
  ];
  for (const [dimension, band, side] of rows) {
    const total = side === "merges" ? c.mergeLoss : c.splitLoss;
    assert.ok(Math.abs((c[side].get(dimension)?.get(band) ?? 0) - total) < 1e-12, `${side} ${dimension} ${band}`);
  }
});
