import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { capPrefixes, DEFAULT_CANDIDATES, DEFAULT_PREFIX_CANDIDATES, DEFAULT_STRICT_CANDIDATES, prefixEnd, pruneQuery, runSearch, type SearchBackend } from "./search-engine.js";
import { parseQuery, type QueryUnit } from "../search/query.js";
import { OutletIndex } from "./outlets.js";

describe("prefixEnd", () => {
  it("bounds every string that starts with the prefix, and no other", () => {
    const prefix = "\u0645\u0633"; // مس
    const end = prefixEnd(prefix);
    for (const inside of [prefix, `${prefix}\u062a\u0634\u0641\u064a`, `${prefix}\uffff`]) assert.ok(inside >= prefix && inside < end, inside);
    for (const outside of ["\u0645\u0634", "\u0645", "\u0645\u0633".slice(0, 1) + "\u0646"]) assert.ok(!(outside >= prefix && outside < end), outside);
  });
  it("steps a letter outside the basic plane as one code point", () => {
    assert.equal(prefixEnd("a\u{1F600}"), "a\u{1F601}");
  });
  it("refuses an empty prefix", () => {
    assert.throws(() => prefixEnd(""), /prefixEnd/);
  });
});

describe("capPrefixes", () => {
  const forms = (n: number) => async (prefix: string, limit: number) => Array.from({ length: Math.min(n, limit) }, (_, i) => `${prefix}${String.fromCharCode(0x0627 + i)}`);
  it("replaces a prefix with more forms than the cap by the first ones the store lists, in every clause it appears", async () => {
    const { parsed, capped } = await capPrefixes(parseQuery("مس* OR قمة -مس*"), forms(5), 3);
    assert.equal(capped.length, 1);
    assert.equal(capped[0]!.forms.length, 3);
    const units = [...parsed.must, ...parsed.not].flatMap((c) => c.alternatives).filter((u) => u.kind === "word" && u.isPrefix);
    assert.equal(units.length, 2);
    for (const u of units) assert.deepEqual(u.kind === "word" ? u.forms : null, capped[0]!.forms);
  });
  it("leaves a prefix with as many forms as the cap, or fewer, to match them all", async () => {
    const { parsed, capped } = await capPrefixes(parseQuery("مس*"), forms(3), 3);
    assert.deepEqual(capped, []);
    assert.equal(parsed.must[0]!.alternatives[0]!.kind === "word" && parsed.must[0]!.alternatives[0]!.forms, undefined);
  });
});

/** A backend with no matches that records how many rows each `newest` call asked for. */
function recordingBackend(asked: number[]): SearchBackend<string> {
  return {
    relatedSpellings: async () => [],
    filters: async () => ({ sql: "1 = 1", params: [] }),
    compile: async (parsed) => (parsed.must.length > 0 ? "match" : null),
    prefixForms: async () => [],
    newest: async (_m, _f, n) => {
      asked.push(n);
      return [];
    },
    narrow: (m) => m,
    ranked: async () => [],
    hitRows: async () => [],
    rowList: () => ({ sql: "", params: [] }),
    all: async () => [],
    now: () => 0,
  };
}

describe("runSearch candidate window", () => {
  const search = async (q: string, candidates?: number) => {
    const asked: number[] = [];
    await runSearch(recordingBackend(asked), { q, candidates }, new OutletIndex([], []));
    return asked;
  };
  it("examines DEFAULT_STRICT_CANDIDATES matches of every word, DEFAULT_CANDIDATES relaxed, DEFAULT_PREFIX_CANDIDATES with a prefix", async () => {
    assert.deepEqual(await search("\u0642\u0645\u0629"), [DEFAULT_STRICT_CANDIDATES + 1]);
    assert.deepEqual(await search("\u0642\u0645\u0629 \u0623\u0645\u0646"), [DEFAULT_STRICT_CANDIDATES + 1, DEFAULT_CANDIDATES + 1], "nothing has both words: relaxed");
    assert.deepEqual(await search("\u0645\u0633*"), [DEFAULT_PREFIX_CANDIDATES + 1]);
    assert.deepEqual(await search("\u0642\u0645\u0629 OR \u0645\u0633*"), [DEFAULT_PREFIX_CANDIDATES + 1], "an alternative that is a prefix");
  });
  it("keeps the window the caller named, prefix or not", async () => {
    assert.deepEqual(await search("\u0645\u0633*", 3000), [3001]);
    assert.deepEqual(await search("\u0642\u0645\u0629 \u0623\u0645\u0646", 3000), [3001, 3001]);
  });
  it("does not narrow for a prefix only excluded", async () => {
    assert.deepEqual(await search("\u0642\u0645\u0629 -\u0645\u0633*"), [DEFAULT_STRICT_CANDIDATES + 1]);
  });
});

describe("pruneQuery", () => {
  const word = (stem: string, norm: string): QueryUnit => ({ kind: "word", term: { surface: norm, norm, stem }, isPrefix: false });
  const phrase = (...terms: [string, string][]): QueryUnit => ({ kind: "phrase", terms: terms.map(([stem, norm]) => ({ surface: norm, norm, stem })) });
  it("drops a phrase holding a word of the clause on both sides, and repeats, keeping the other alternatives in order", () => {
    const clause = {
      alternatives: [
        word("محمد", "محمد"),
        phrase(["محمد", "محمد"], ["بن", "بن"], ["سلم", "سلمان"]),
        word("صلاح", "صلاح"),
        phrase(["مهاتير", "مهاتير"], ["محمد", "محمد"]),
        phrase(["مو", "مو"], ["صلاح", "صلاح"]),
        word("صلاح", "صلاح"),
        phrase(["هدي", "هدي"], ["حمد", "حمد"]),
      ],
    };
    const pruned = pruneQuery({ must: [clause], not: [clause], warnings: [] });
    const expected = [word("محمد", "محمد"), word("صلاح", "صلاح"), phrase(["هدي", "هدي"], ["حمد", "حمد"])];
    assert.deepEqual(pruned.must[0]!.alternatives, expected);
    assert.deepEqual(pruned.not[0]!.alternatives, expected);
  });
  it("keeps a phrase that holds the word's stem but not its form (the form side would match articles the word does not)", () => {
    const clause = { alternatives: [word("وزير", "الوزير"), phrase(["وزير", "وزير"], ["خارج", "الخارجية"])] };
    assert.equal(pruneQuery({ must: [clause], not: [], warnings: [] }).must[0]!.alternatives.length, 2);
  });
  it("never drops by a prefix, nor drops a prefix", () => {
    const prefix: QueryUnit = { kind: "word", term: { surface: "مس", norm: "مس", stem: "مس" }, isPrefix: true };
    const clause = { alternatives: [prefix, phrase(["مس", "مس"], ["قبل", "قبل"]), word("مس", "مس")] };
    assert.deepEqual(pruneQuery({ must: [clause], not: [], warnings: [] }).must[0]!.alternatives, [prefix, word("مس", "مس")]);
  });
});
