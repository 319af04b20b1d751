import { test } from "node:test";
import assert from "node:assert/strict";
import { antLaterAbsence, isAntLaterId } from "./ant-later.js";

test("ant-later: a DOCNO of July–October 2018 is the later file's, one of the May 2018 sample is not", () => {
  assert.equal(isAntLaterId("BB-middleEast-864-20180809"), true);
  assert.equal(isAntLaterId("FR-internationalNews-2709-20181014"), true);
  assert.equal(isAntLaterId("SK-middleEast-1504-20180508"), false);
  assert.equal(isAntLaterId("snn-aaedbfad3bdc"), false);
  assert.equal(isAntLaterId("wn14-3"), false);
});

// The fourth later-ANT figures half is drawn from the later-ANT file, which CI has no copy of: its test runs only where the file is.
test("the fourth later-ANT half is 6 per outlet past the first 31 of the facts order, none in another later-ANT draw", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLater4Dev, drawQuotesLaterDev } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles } = await import("../entities/draw.js");
  const half = drawAntLater4Dev();
  const taken = new Set([...antLaterFactsOrderFirst(31), ...drawQuotesLaterDev(), ...drawFresh8Articles(), ...drawFresh9Articles()].map((a) => a.id));
  assert.equal(half.length, 30);
  assert.deepEqual(half.filter((a) => taken.has(a.id)).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [6, 6, 6, 6, 6]);
  assert.ok(half.every((a) => a.part === "antlater4" && a.split === "dev"));
});

// The fifth later-ANT figures half (fig107), drawn from the same file: runs only where the file is.
test("the fifth later-ANT half is 5 per outlet of ranks 41–49 of the facts order, none in another later-ANT draw", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLater4Dev, drawAntLater5Dev, drawQuotesLaterDev, drawQuotesLater2Dev } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawAntLater5Dev();
  const first41 = new Set(antLaterFactsOrderFirst(41).map((a) => a.id));
  const first50 = new Set(antLaterFactsOrderFirst(50).map((a) => a.id));
  const taken = new Set([...drawAntLater4Dev(), ...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => a.id));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => first41.has(a.id) || !first50.has(a.id) || taken.has(a.id)).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "antlater5" && a.split === "dev"));
});

// The sixth later-ANT figures half (fig109), drawn from the same file: runs only where the file is.
test("the sixth later-ANT half is 5 per outlet of ranks 50–59 of the facts order, none in another later-ANT draw", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLaterHalves, drawAntLater6Dev, drawQuotesLaterDev, drawQuotesLater2Dev } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawAntLater6Dev();
  const first50 = new Set(antLaterFactsOrderFirst(50).map((a) => a.id));
  const first60 = new Set(antLaterFactsOrderFirst(60).map((a) => a.id));
  const otherFigureHalves = drawAntLaterHalves().filter((a) => a.part !== "antlater6");
  const taken = new Set([...otherFigureHalves, ...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => a.id));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => first50.has(a.id) || !first60.has(a.id) || taken.has(a.id)).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "antlater6" && a.split === "dev"));
});

// The seventh later-ANT figures half (fig111), drawn from the same file: runs only where the file is.
test("the seventh later-ANT half is 5 per outlet of ranks 60–69 of the facts order, none in another later-ANT draw", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLaterHalves, drawAntLater7Dev, drawQuotesLaterDev, drawQuotesLater2Dev } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawAntLater7Dev();
  const first60 = new Set(antLaterFactsOrderFirst(60).map((a) => a.id));
  const first70 = new Set(antLaterFactsOrderFirst(70).map((a) => a.id));
  const otherFigureHalves = drawAntLaterHalves().filter((a) => a.part !== "antlater7");
  const taken = new Set([...otherFigureHalves, ...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => a.id));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => first60.has(a.id) || !first70.has(a.id) || taken.has(a.id)).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "antlater7" && a.split === "dev"));
});

// The eighth later-ANT figures half (fig114), drawn from the same file: runs only where the file is.
test("the eighth later-ANT half is 5 per outlet of ranks 70–79 of the facts order, none in another later-ANT draw", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLaterHalves, drawAntLater8Dev, drawQuotesLaterHalves } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawAntLater8Dev();
  const first70 = new Set(antLaterFactsOrderFirst(70).map((a) => a.id));
  const first80 = new Set(antLaterFactsOrderFirst(80).map((a) => a.id));
  const elsewhere = [...drawAntLaterHalves().filter((a) => a.part !== "antlater8"), ...drawQuotesLaterHalves(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()];
  const taken = new Set(elsewhere.map((a) => a.id));
  const bodies = new Set(elsewhere.map((a) => a.body.trim()));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => first70.has(a.id) || !first80.has(a.id) || taken.has(a.id) || bodies.has(a.body.trim())).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "antlater8" && a.split === "dev"));
});

// The ninth later-ANT figures half (fig116), drawn from the same file: runs only where the file is.
test("the ninth later-ANT half is 5 per outlet of ranks 80–89 of the facts order, none in another later-ANT draw", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLaterHalves, drawAntLater9Dev, drawQuotesLaterHalves } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawAntLater9Dev();
  const first80 = new Set(antLaterFactsOrderFirst(80).map((a) => a.id));
  const first90 = new Set(antLaterFactsOrderFirst(90).map((a) => a.id));
  const elsewhere = [...drawAntLaterHalves().filter((a) => a.part !== "antlater9"), ...drawQuotesLaterHalves(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()];
  const taken = new Set(elsewhere.map((a) => a.id));
  const bodies = new Set(elsewhere.map((a) => a.body.trim()));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => first80.has(a.id) || !first90.has(a.id) || taken.has(a.id) || bodies.has(a.body.trim())).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "antlater9" && a.split === "dev"));
});

// The third later-ANT quotes half (qts108), drawn from the same file: runs only where the file is.
test("the third later-ANT quotes half is 5 per outlet, none in an earlier quotes half, an entity later-ANT half or the first 60 of the facts order", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLaterHalves, drawQuotesLaterDev, drawQuotesLater2Dev, drawQuotesLater3Dev } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawQuotesLater3Dev();
  const taken = new Set([...antLaterFactsOrderFirst(60), ...drawAntLaterHalves(), ...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => a.id));
  const bodies = new Set([...drawQuotesLaterDev(), ...drawQuotesLater2Dev()].map((a) => a.body.trim()));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => taken.has(a.id) || bodies.has(a.body.trim())).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "quoteslater3" && a.split === "dev" && a.body.length >= 400 && a.body.length <= 6_000));
});

// The fourth later-ANT quotes half (qts109), drawn from the same file: runs only where the file is.
test("the fourth later-ANT quotes half is 5 per outlet, none in an earlier quotes half, an entity later-ANT half or the first 80 of the facts order", { skip: antLaterAbsence() ?? false }, async () => {
  const { antLaterFactsOrderFirst, drawAntLaterHalves, drawQuotesLaterDev, drawQuotesLater2Dev, drawQuotesLater3Dev, drawQuotesLater4Dev } = await import("./draw.js");
  const { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } = await import("../entities/draw.js");
  const half = drawQuotesLater4Dev();
  const earlierQuotes = [...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawQuotesLater3Dev()];
  const taken = new Set([...antLaterFactsOrderFirst(80), ...drawAntLaterHalves(), ...earlierQuotes, ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => a.id));
  const bodies = new Set(earlierQuotes.map((a) => a.body.trim()));
  assert.equal(half.length, 25);
  assert.deepEqual(half.filter((a) => taken.has(a.id) || bodies.has(a.body.trim())).map((a) => a.id), []);
  const perOutlet = new Map<string, number>();
  for (const a of half) perOutlet.set(a.source, (perOutlet.get(a.source) ?? 0) + 1);
  assert.deepEqual([...perOutlet.values()], [5, 5, 5, 5, 5]);
  assert.ok(half.every((a) => a.part === "quoteslater4" && a.split === "dev" && a.body.length >= 400 && a.body.length <= 6_000));
});
