import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { drawEntityArticles, drawFresh2Articles, drawFresh3Articles, drawFresh4Articles, drawFresh5Articles, drawFresh6Articles, drawFresh7Articles, drawFresh8Articles, drawFresh9Articles, drawFresh10Articles, drawFreshArticles, type DrawnArticle } from "./draw.js";
import { antLaterAbsence } from "../facts/ant-later.js";

/** One digest of a draw: each article's half and id, in draw order. */
const digestOf = (drawn: DrawnArticle[]): string => createHash("sha256").update(drawn.map((a) => `${a.split}:${a.id}`).join("\n")).digest("hex");
/** A digest of a later-ANT draw's articles whatever the order of its outlets (their folder names sort differently across builds of the file). */
const setDigestOf = (drawn: DrawnArticle[]): string => digestOf([...drawn].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));

// Each draw re-draws the halves before it, so both are drawn once for all tests.
const earlierHalves = [...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles(), ...drawFresh5Articles(), ...drawFresh6Articles()];
const fresh7 = drawFresh7Articles();

test("adding FRESH7 leaves every earlier half's articles as they were (DEV, TEST, FRESH to FRESH6: 196 articles)", () => {
  assert.equal(earlierHalves.length, 196);
  assert.equal(digestOf(earlierHalves), "adc930423975c74e21bebd3d9c9bb074d75e38b9eb35fb59ded2459136d7119a");
});

test("FRESH7 is the next 8 of each file in the first draw's order, none of them in an earlier half", () => {
  const earlier = new Set(earlierHalves.map((a) => a.id));
  assert.equal(fresh7.filter((a) => a.corpus === "ant").length, 8);
  assert.equal(fresh7.filter((a) => a.corpus === "saudinewsnet").length, 8);
  assert.deepEqual(fresh7.filter((a) => earlier.has(a.id)).map((a) => a.id), []);
  assert.ok(fresh7.every((a) => a.split === "fresh7" && a.body.length >= 300 && a.body.length <= 1_800));
  assert.equal(digestOf(fresh7), "62f41e1f5b68c8f998bb8eb21c1d8e1d6250e27e49374cdea2b405f4cc5959bd");
});

// FRESH8 is drawn from the later-ANT file, which CI has no copy of: its test runs only where the file is.
test("FRESH8 is 5 in-range articles of each later-ANT outlet, none in an earlier half or in the facts' later-ANT half", { skip: antLaterAbsence() ?? false }, async () => {
  const fresh8 = drawFresh8Articles();
  const { drawAntLaterDev } = await import("../facts/draw.js");
  const taken = new Set([...earlierHalves, ...fresh7, ...drawAntLaterDev()].map((a) => a.id));
  assert.equal(fresh8.length, 25);
  assert.deepEqual(fresh8.filter((a) => taken.has(a.id)).map((a) => a.id), []);
  assert.ok(fresh8.every((a) => a.split === "fresh8" && a.body.length >= 300 && a.body.length <= 1_800));
  assert.equal(setDigestOf(fresh8), "11f6d92e0d83fef0a41ed4f9572cc2f68059b36d5a7d8cee7a808254aaf92125");
});

// FRESH9: as FRESH8, past FRESH8 and past the first 31 of each outlet in the facts' later-ANT order (its halves take 30).
test("FRESH9 is 5 more in-range articles of each later-ANT outlet, none in FRESH8 or in the facts' later-ANT order's first 31 per outlet", { skip: antLaterAbsence() ?? false }, async () => {
  const fresh9 = drawFresh9Articles();
  const { antLaterFactsOrderFirst, drawAntLaterDev, drawAntLater2Dev } = await import("../facts/draw.js");
  const facts = antLaterFactsOrderFirst(31);
  const factsIds = new Set(facts.map((a) => a.id));
  assert.ok([...drawAntLaterDev(), ...drawAntLater2Dev()].every((a) => factsIds.has(a.id)));
  const taken = new Set([...earlierHalves, ...fresh7, ...drawFresh8Articles(), ...facts].map((a) => a.id));
  assert.equal(fresh9.length, 25);
  assert.deepEqual(fresh9.filter((a) => taken.has(a.id)).map((a) => a.id), []);
  assert.ok(fresh9.every((a) => a.split === "fresh9" && a.body.length >= 300 && a.body.length <= 1_800));
  assert.equal(setDigestOf(fresh9), "952e680200027b807d3aa1c9a924328a54118e55c364da71fd8049a2f4d4c061");
});

// FRESH10: as FRESH9, 6 per outlet, past FRESH8, FRESH9, the facts' later-ANT order's first 50 per outlet and the quotes' later-ANT order's first 20.
test("FRESH10 is 6 more in-range articles of each later-ANT outlet, none in FRESH8, FRESH9, the facts' later-ANT order's first 50 or the quotes' later-ANT order's first 20 per outlet", { skip: antLaterAbsence() ?? false }, async () => {
  const fresh10 = drawFresh10Articles();
  const { antLaterFactsOrderFirst, antLaterQuotesOrderFirst, drawAntLaterHalves, drawQuotesLaterDev } = await import("../facts/draw.js");
  const reserved = new Set([...antLaterFactsOrderFirst(50), ...antLaterQuotesOrderFirst(20)].map((a) => a.id));
  assert.ok([...drawAntLaterHalves(), ...drawQuotesLaterDev()].every((a) => reserved.has(a.id)));
  const taken = new Set([...earlierHalves, ...fresh7, ...drawFresh8Articles(), ...drawFresh9Articles()].map((a) => a.id).concat([...reserved]));
  assert.equal(fresh10.length, 30);
  assert.deepEqual(fresh10.filter((a) => taken.has(a.id)).map((a) => a.id), []);
  assert.ok(fresh10.every((a) => a.split === "fresh10" && a.body.length >= 300 && a.body.length <= 1_800));
  assert.equal(setDigestOf(fresh10), "52c5f707c2dc8832c4d798c420a8690f1f7d3153d081bb3b2e7625d2212af731");
});
