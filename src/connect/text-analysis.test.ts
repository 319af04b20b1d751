import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeTexts, analyzeTokens, keepTextAnalysis, textAnalysisOf } from "./text-analysis.js";
import { tokenizeByKinds } from "../arabic/analyze.js";
import { analyzedTerms, termsOfTokens } from "../search/analyzer.js";
import { prepareArticle } from "../store/document.js";
import { fingerprintBody } from "./fingerprint.js";
import { termCounts } from "./terms.js";
import { Connector } from "./connector.js";
import { FLOOD_BODY, UNRELATED_BODY, article, rewrittenFloodBody, templated } from "./connect-fixtures.js";
import { openStore, type Store } from "../store/store.js";

const NOW = "2026-02-01T00:00:00Z";
const TITLE = "أمطار غزيرة وسيول في وادي الرمان بلغت 120 ملم";

test("a text analysis is the fingerprint, term counts and figures the connector reads from the texts", () => {
  const a = analyzeTexts(TITLE, FLOOD_BODY, 5);
  assert.deepEqual(a.fingerprint, fingerprintBody(FLOOD_BODY, 5));
  assert.deepEqual(a.titleCounts, termCounts(TITLE));
  assert.deepEqual(a.bodyCounts, termCounts(FLOOD_BODY));
  assert.ok(a.figures.includes("120"));
});

test("one tokenization of title and body gives the same analysis and index terms as each made its own (a pipeline worker's answer)", () => {
  for (const [title, body] of [[TITLE, FLOOD_BODY], ["", UNRELATED_BODY], ["عنوان 2026", rewrittenFloodBody()], ["", ""]] as const) {
    const tokens = { title: tokenizeByKinds(title), body: tokenizeByKinds(body) };
    assert.deepEqual(analyzeTokens(body, tokens.title, tokens.body, 5), analyzeTexts(title, body, 5));
    assert.deepEqual(termsOfTokens(tokens.body), analyzedTerms(body));
    const input = { input: "a.jsonl", index: 0, article: article({ title, body }) };
    assert.deepEqual(prepareArticle(input, null, tokens), prepareArticle(input));
  }
});

test("a kept analysis is taken once, for its article's id and content hash and shingle size only", () => {
  const kept = analyzeTexts(TITLE, FLOOD_BODY, 5);
  const of = { id: "a1", contentHash: "h1", title: TITLE, body: FLOOD_BODY };
  keepTextAnalysis("a1", "h1", kept);
  assert.equal(textAnalysisOf({ ...of, contentHash: "h2" }, 5) === kept, false);
  assert.equal(textAnalysisOf(of, 5), kept);
  const again = textAnalysisOf(of, 5);
  assert.notEqual(again, kept);
  assert.deepEqual(again, kept);
  keepTextAnalysis("a1", "h1", kept);
  const otherSize = textAnalysisOf(of, 3);
  assert.equal(otherSize.shingleSize, 3);
  assert.deepEqual(otherSize.fingerprint, fingerprintBody(FLOOD_BODY, 3));
});

/** Stored articles: a flood told four ways, a templated copy and an unrelated report. */
async function storeCorpus(store: Store): Promise<{ id: string; contentHash: string; title: string; body: string }[]> {
  const bodies = [FLOOD_BODY, rewrittenFloodBody(), templated(FLOOD_BODY), FLOOD_BODY, UNRELATED_BODY];
  const out = [];
  for (const [i, body] of bodies.entries()) {
    const a = article({ title: i === 4 ? "افتتاح مكتبة عامة في المدينة" : TITLE, body, url: `https://site${i % 3}.example/${i}`, publishedAt: `2026-01-1${i}T08:00:00Z`, source: { name: `site${i % 3}`, domain: `site${i % 3}.example` } });
    const [r] = await store.upsertArticles([{ input: `t${i}.txt`, index: 0, article: a }], { storedAt: NOW });
    out.push({ id: r!.id, contentHash: r!.contentHash, title: a.title, body: a.body });
  }
  return out;
}

async function links(store: Store, ids: string[]): Promise<unknown[]> {
  return Promise.all(ids.map((id) => store.getArticleLinks(id)));
}

test("analyses handed over as a worker thread's message give the connector's groups and stories of its own analyses", async () => {
  const own = await openStore(":memory:");
  const handed = await openStore(":memory:");
  try {
    const ownArticles = await storeCorpus(own);
    await new Connector().connectPending(own, NOW);
    const handedArticles = await storeCorpus(handed);
    // structuredClone: what a worker's postMessage makes of them
    for (const a of handedArticles) keepTextAnalysis(a.id, a.contentHash, structuredClone(analyzeTexts(a.title, a.body, 5)));
    await new Connector().connectPending(handed, NOW);
    assert.deepEqual(await links(handed, handedArticles.map((a) => a.id)), await links(own, ownArticles.map((a) => a.id)));
    const expected = await links(own, ownArticles.map((a) => a.id));
    assert.ok(expected.some((l) => (l as { dupKind: string }).dupKind !== "new"), "the corpus has copies");
  } finally {
    await own.close();
    await handed.close();
  }
});

test("the connector reads the analysis handed over, not the texts", async () => {
  const store = await openStore(":memory:");
  try {
    const [first, , , , unrelated] = await storeCorpus(store);
    // the unrelated report's analysis handed over as the first article's: the report becomes its exact copy
    keepTextAnalysis(first!.id, first!.contentHash, analyzeTexts(unrelated!.title, unrelated!.body, 5));
    await new Connector().connectPending(store, NOW);
    const link = await store.getArticleLinks(unrelated!.id);
    assert.equal(link?.dupKind, "exact");
    assert.equal(link?.dupMatched, first!.id);
  } finally {
    await store.close();
  }
});
