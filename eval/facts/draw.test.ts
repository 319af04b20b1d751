import { test } from "node:test";
import assert from "node:assert/strict";
import { DRAWN_AFTER, earlierIn, earlierThan, hasWideFigureCue, LATER_DEV_PARTS, lengthBin, takeByLengthBins } from "./draw.js";

/** What is wrong with a draw-order table: a part earlier than itself, or two parts each earlier than the other. */
function orderProblems<P extends string>(after: Readonly<Record<P, readonly P[]>>): string[] {
  const parts = Object.keys(after) as P[];
  const problems: string[] = [];
  for (const p of parts) {
    const earlier = earlierIn(after, p);
    if (earlier.has(p)) problems.push(`${p} is earlier than itself`);
    for (const q of earlier) if (q !== p && earlierIn(after, q).has(p)) problems.push(`${p} and ${q} are each earlier than the other`);
  }
  return problems;
}

test("the draw order has no part earlier than itself and no two parts each earlier than the other", () => {
  assert.deepEqual(orderProblems(DRAWN_AFTER), []);
  for (const p of LATER_DEV_PARTS) {
    assert.ok(!earlierThan(p).includes(p), p);
    for (const q of earlierThan(p)) assert.ok(!earlierThan(q).includes(p), `${p} ~ ${q}`);
  }
});

test("the order check finds a part that names itself and a cycle through other parts", () => {
  assert.deepEqual(orderProblems<string>({ a: [], b: ["b"] }), ["b is earlier than itself"]);
  const cycle = orderProblems<string>({ a: [], b: ["a", "d"], c: ["b"], d: ["c"] });
  assert.ok(cycle.includes("b is earlier than itself") && cycle.includes("b and c are each earlier than the other"), cycle.join("; "));
});

test("earlier parts are the named ones and theirs, in LATER_DEV_PARTS order", () => {
  assert.deepEqual(earlierThan("grown"), []);
  assert.deepEqual(earlierThan("quotes"), ["grown", "outlets", "fresh"]);
  assert.deepEqual(earlierThan("fresh4"), ["grown", "outlets", "fresh", "fresh2", "fresh3", "quotes"]);
  // every later half was drawn after grown, outlets and fresh
  for (const p of LATER_DEV_PARTS.filter((p) => p !== "fresh27" && !["grown", "outlets", "fresh"].includes(p))) for (const q of ["grown", "outlets", "fresh"] as const) assert.ok(earlierThan(p).includes(q), `${q} before ${p}`);
});

test("halves drawn in parallel leave each other out of their earlier draws", () => {
  const parallel = [["quotes", "fresh2"], ["quotes", "fresh3"], ["fresh4", "quotes2"], ["fresh7", "quotes5"], ["fresh8", "quotes5"], ["fresh11", "quotes10"], ["fresh12", "quotes11"], ["fresh14", "quotes12"]] as const;
  for (const [a, b] of parallel) {
    assert.ok(!earlierThan(a).includes(b), `${b} not before ${a}`);
    assert.ok(!earlierThan(b).includes(a), `${a} not before ${b}`);
  }
  // fresh14 and quotes12 were drawn after the same halves
  assert.deepEqual(earlierThan("fresh14"), earlierThan("quotes12"));
  assert.deepEqual(earlierThan("fresh14"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh14" && p !== "quotes12" && p !== "fresh15" && p !== "quotes13" && p !== "quotes14" && p !== "fresh16" && p !== "quotes15" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh15 was drawn after every half but quotes13, and quotes13 after every other half
  assert.deepEqual(earlierThan("fresh15"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh15" && p !== "quotes13" && p !== "quotes14" && p !== "fresh16" && p !== "quotes15" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("quotes13"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes13" && p !== "quotes14" && p !== "fresh16" && p !== "quotes15" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // quotes14 was drawn after every half before it; fresh16 and quotes15 after quotes14, beside each other
  assert.deepEqual(earlierThan("quotes14"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes14" && p !== "fresh16" && p !== "quotes15" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("fresh16"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh16" && p !== "quotes15" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("quotes15"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes15" && p !== "fresh16" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh17 was drawn after every half before it; fresh18 and quotes16 after fresh17, beside each other
  assert.deepEqual(earlierThan("fresh17"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh17" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("fresh18"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh18" && p !== "quotes16" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("quotes16"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes16" && p !== "fresh18" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh19 was drawn after every other half
  assert.deepEqual(earlierThan("fresh19"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh19" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh20 was drawn after every other half
  assert.deepEqual(earlierThan("fresh20"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh20" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh21 was drawn after every other half
  assert.deepEqual(earlierThan("fresh21"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh21" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh22 was drawn after every other half
  assert.deepEqual(earlierThan("fresh22"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh22" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh23 was drawn after every other half
  assert.deepEqual(earlierThan("fresh23"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh23" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // quotes17 was drawn after every other half
  assert.deepEqual(earlierThan("quotes17"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes17" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh24 was drawn after every half but fresh25, and fresh25 after every other half
  assert.deepEqual(earlierThan("fresh24"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh24" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh25 and quotes18 were drawn after every other half, beside each other
  assert.deepEqual(earlierThan("fresh25"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("quotes18"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "fresh25" && p !== "quotes18" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // quotes19 was drawn after every other half but quotes20 and the NewsFANE half
  assert.deepEqual(earlierThan("quotes19"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes19" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // the NewsFANE half (another corpus) was drawn after every half but quotes20, and quotes20 after every half but the NewsFANE half
  assert.deepEqual(earlierThan("newsfane"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "newsfane" && p !== "quotes20" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("quotes20"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes20" && p !== "newsfane" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // fresh26 was drawn after every other half but quotes21, beside it
  assert.deepEqual(earlierThan("fresh26"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "fresh26" && p !== "quotes21" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // quotes21 was drawn after every other half but fresh26, beside it
  assert.deepEqual(earlierThan("quotes21"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "quotes21" && p !== "fresh26" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  // quotes22 was drawn after every other half but quotes23 and quotes24, and quotes23 after every other half but quotes24
  assert.deepEqual(earlierThan("quotes22"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "quotes22" && p !== "quotes23" && p !== "quotes24"));
  assert.deepEqual(earlierThan("quotes23"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "quotes23" && p !== "quotes24"));
  // quotes24 was drawn after every other half
  assert.deepEqual(earlierThan("quotes24"), LATER_DEV_PARTS.filter((p) => p !== "fresh27" && p !== "quotes24"));
  // fresh27 was drawn after every other half
  assert.deepEqual(earlierThan("fresh27"), LATER_DEV_PARTS.filter((p) => p !== "fresh27"));
});

test("fresh27's wide cue takes a harm word near digits or a whole number word, not a number word's letters inside a word", () => {
  const cases: [string, boolean][] = [
    ["أصيب 3 أشخاص في الحادث", true],
    ["وجرى احتجاز خمس نساء في المركز", true],
    ["تم انتشال جثث ثلاث ضحايا", true],
    ["لقي شاب حتفه أمس وستكون الجنازة غدا", false],
    ["أعلنت الشركة أرباحا بلغت 300 مليون ريال", false],
  ];
  for (const [text, cue] of cases) assert.equal(hasWideFigureCue(text), cue, text);
});

test("a length falls in the bin from its cut point up to the next, none outside the cuts", () => {
  const bins = [400, 900, 1700, 2500, 6001];
  assert.deepEqual([399, 400, 899, 900, 2499, 2500, 6000, 6001].map((n) => lengthBin(bins, n)), [-1, 0, 0, 1, 2, 3, 3, -1]);
});

test("articles are taken by length bin and source cap, and a later round keeps what the earlier took", () => {
  const art = (id: string, source: string, length: number) => ({ id, source, body: "x".repeat(length) });
  const ordered = [art("a", "s1", 500), art("b", "s1", 600), art("c", "s2", 700), art("d", "s1", 1000), art("e", "s3", 550), art("f", "s4", 1200), art("g", "s2", 90)];
  const bins = [400, 900, 2000];
  const ids = (rounds: number[], perSource: number) => takeByLengthBins(ordered, { bins, rounds, perSource, accept: (a) => a.id !== "c" }).map((a) => a.id);
  assert.deepEqual(ids([1], 2), ["a", "d"]);
  // the second round adds b to the first bin after the first round's a and d, which it keeps
  assert.deepEqual(ids([1, 2], 3), ["a", "d", "b", "f"]);
  // the source cap holds across rounds: s1 has two already, so e (s3) takes the first bin's second place
  assert.deepEqual(ids([1, 2], 2), ["a", "d", "e", "f"]);
  // c is not accepted, g is shorter than every bin
  assert.deepEqual(ids([2], 1), ["a", "e", "f"]);
});
