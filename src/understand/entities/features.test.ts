import { test } from "node:test";
import assert from "node:assert/strict";
import { hashFeature } from "./feature-index.js";
import {
  analyzeSentence, compileGazetteer, countSentence, documentCombination, documentCombinationFeatures, documentFeatures, documentStats, featureHashesOf, gazetteerTags, MAX_WORD_FEATURES, MAX_PAIR_FEATURES, openPairFeatureHashes, pairInput, rememberTokenTest,
  sentenceOpenPairFeatureHashes,
  sentenceFeatures, splitOnEvidence, tokenInfo, writeWordFeatureHashes, type FeatureResources, type WordEntry,
} from "./features.js";

const gazetteer = compileGazetteer([
  { type: "LOC", name: "العراق" },
  { type: "LOC", name: "غينيا بيساو" },
]);
const seen = (count: number, ...classes: number[]): WordEntry => ({ count, classes });
const res: FeatureResources = {
  gazetteer,
  words: new Map([
    ["دمشق", seen(40, 3, 30)],
    ["واشنطن", seen(50, 3, 31)],
    ["بواشنطن", seen(4, 3, 31)],
    ["الامم", seen(30, 7, 70)],
    ["وليد", seen(20, 9, 90)],
    ["ليد", seen(1, 9, 91)],
    ["ريكس", seen(12, 4, 40)],
    ["بريكس", seen(5, 4, 41)],
  ]),
  levels: 2,
  off: new Set(),
};

test("a proclitic is split off only when its core is seen more often than the whole word", () => {
  assert.deepEqual(splitOnEvidence("بواشنطن", res), { proclitic: "ب", core: "واشنطن" });
  assert.deepEqual(splitOnEvidence("للامم", res), { proclitic: "لل", core: "الامم" });
  assert.deepEqual(splitOnEvidence("والعراق", res), { proclitic: "و", core: "العراق" });
});

test("without evidence a word keeps its first letter", () => {
  assert.deepEqual(splitOnEvidence("فارياب", res), { proclitic: "", core: "فارياب" });
  assert.deepEqual(splitOnEvidence("وليد", res), { proclitic: "", core: "وليد" });
  assert.deepEqual(splitOnEvidence("واشنطن", res), { proclitic: "", core: "واشنطن" });
  assert.deepEqual(splitOnEvidence("من", res), { proclitic: "", core: "من" });
  assert.deepEqual(splitOnEvidence("بريكس", res), { proclitic: "", core: "بريكس" }, "a core seen a few times more is no evidence");
  assert.deepEqual(splitOnEvidence("Berlin", res), { proclitic: "", core: "Berlin" });
});

test("gazetteer matches the longest name, first word in core form", () => {
  const infos = ["زار", "والعراق", "ثم", "غينيا", "بيساو"].map((w) => tokenInfo(w, res));
  assert.deepEqual(gazetteerTags(infos, gazetteer), ["", "B-LOC", "", "B-LOC", "I-LOC"]);
});

test("a word's own features, as the token and as each neighbour, are its template strings' hashes in their order, written in place group by group", () => {
  const t = tokenInfo("بواشنطن", res);
  const { norm: n, bare: b, stem, cue, shape, proclitic } = t;
  assert.equal(proclitic, "ب");
  const expected = [
    ["b", `w=${n}`, `c=${b}`, `st=${stem}`, `pc=${proclitic}`, `p1=${n.slice(0, 1)}`, `p2=${n.slice(0, 2)}`, `p3=${n.slice(0, 3)}`, `s1=${n.slice(-1)}`, `s2=${n.slice(-2)}`, `s3=${n.slice(-3)}`,
      `cp2=${b.slice(0, 2)}`, `cp3=${b.slice(0, 3)}`, `cs2=${b.slice(-2)}`, `cs3=${b.slice(-3)}`, `sh=${shape}`, `cue=${cue}`, "cl0=3", "cl1=31"],
    [`w@-3=${n}`],
    [`w@-2=${n}`, `c@-2=${b}`, "cl0@-2=3", "cl1@-2=31"],
    [`w@-1=${n}`, `c@-1=${b}`, `st@-1=${stem}`, `cue@-1=${cue}`, "cl0@-1=3", "cl1@-1=31"],
    [`w@1=${n}`, `c@1=${b}`, `st@1=${stem}`, `cue@1=${cue}`, "cl0@1=3", "cl1@1=31"],
    [`w@2=${n}`, `c@2=${b}`, "cl0@2=3", "cl1@2=31"],
    [`w@3=${n}`],
  ].map((group) => group.map(hashFeature));
  const { unary, neighbour } = featureHashesOf(t);
  assert.deepEqual([unary, ...neighbour], expected);
  // Into a buffer after 5 other hashes, its groups' bounds at 7 onwards.
  const out = new Int32Array(5 + MAX_WORD_FEATURES);
  const starts = new Int32Array(14);
  const ends = new Int32Array(14);
  const next = writeWordFeatureHashes(t, out, 5, starts, ends, 7);
  assert.equal(next, 5 + expected.flat().length);
  assert.deepEqual(expected.map((_, g) => Array.from(out.subarray(starts[7 + g]!, ends[7 + g]!))), expected);
});

test("features are hashes of template strings, word classes at every level", () => {
  const [first, second] = sentenceFeatures(["في", "دمشق"], res);
  assert.ok(second!.includes(hashFeature("w=دمشق")));
  assert.ok(second!.includes(hashFeature("bg-=في|دمشق")));
  assert.ok(second!.includes(hashFeature("cl0=3")));
  assert.ok(second!.includes(hashFeature("cl1=30")));
  assert.ok(first!.includes(hashFeature("cl0@1=3")));
  assert.ok(first!.includes(hashFeature("w@-1=<s>")));
});

test("a switched-off group contributes no feature", () => {
  const off: FeatureResources = { ...res, off: new Set(["classes"]) };
  const [, second] = sentenceFeatures(["في", "دمشق"], off);
  assert.ok(!second!.includes(hashFeature("cl0=3")));
  assert.ok(second!.includes(hashFeature("w=دمشق")));
});

test("document statistics record triggers before a word anywhere in the document", () => {
  const doc = documentStats([["قال", "الرئيس", "سمعان"], ["وأكد", "سمعان", "ذلك"]], res);
  assert.ok(doc.words.get("سمعان")?.cues?.has("per"));
  const f = sentenceFeatures(["وأكد", "سمعان"], res, doc)[1]!;
  assert.ok(f.includes(hashFeature("dcue=per")));
  assert.ok(f.includes(hashFeature("dn=2-3")));
});

test("document statistics keep one entry per word: its count, its article and its cues, and a word counted out leaves none", () => {
  const doc = documentStats([["قال", "الرئيس", "سمعان"], ["يزور", "الرئيس", "سمعان"]], res);
  const president = doc.words.get(tokenInfo("الرئيس", res).bare);
  assert.deepEqual([president?.count, president?.withArticle], [2, 2]);
  assert.equal(doc.words.get("سمعان")?.count, 2);
  countSentence(doc, ["قال", "الرئيس", "سمعان"], res, -1);
  countSentence(doc, ["يزور", "الرئيس", "سمعان"], res, -1);
  assert.equal(doc.words.size, 0);
});

test("a word counted out and in again, or in another document, is counted in its document's own live entry", () => {
  const doc = documentStats([["قال", "سمعان"]], res);
  countSentence(doc, ["قال", "سمعان"], res, -1);
  assert.equal(doc.words.size, 0);
  countSentence(doc, ["يزور", "سمعان"], res, 1);
  const other = documentStats([["سمعان", "سمعان"]], res);
  countSentence(doc, ["سمعان"], res, 1);
  assert.equal(doc.words.get("سمعان")?.count, 2);
  assert.equal(other.words.get("سمعان")?.count, 2);
});

test("a remembered token test asks its test once per token analysis", () => {
  let asked = 0;
  const isCapital = rememberTokenTest((t) => {
    asked++;
    return t.core === "دمشق" || t.core === "واشنطن";
  });
  const words = ["دمشق", "بواشنطن", "وليد", "دمشق", "بواشنطن"];
  assert.deepEqual(words.map((w) => isCapital(tokenInfo(w, res))), [true, true, false, true, true]);
  assert.equal(asked, 3);
});

test("a bare-form class level looks up the word without proclitics and article; a word level falls back to it", () => {
  // Level 0 learned on words, level 1 on bare forms; −1: the word is not in that level's set.
  const twoSets: FeatureResources = {
    gazetteer,
    words: new Map([
      ["واشنطن", seen(50, 3, 31)],
      // Normalized forms (ة is folded to ه).
      ["الحكومه", seen(40, 8, -1)],
      ["حكومه", seen(30, 9, 90)],
    ]),
    levels: 2,
    levelForms: ["word", "bare"],
    off: new Set(),
  };
  assert.deepEqual(tokenInfo("وبواشنطن", twoSets).classes, ["3", "31"]);
  assert.deepEqual(tokenInfo("الحكومة", twoSets).classes, ["8", "90"], "the word's own class, the bare form's class");
  assert.deepEqual(tokenInfo("بالحكومة", twoSets).classes, ["8", "90"]);
  assert.deepEqual(tokenInfo("سمرقند", twoSets).classes, ["-", "-"]);
});

test("a person-name word carries one more unary feature, and its neighbours one each, only when the model has the list", () => {
  const named: FeatureResources = { ...res, personNames: new Set(["ستيوارت"]) };
  const plain = tokenInfo("ستيوارت", res);
  const name = tokenInfo("ستيوارت", named);
  assert.equal(featureHashesOf(name).unary.length, featureHashesOf(plain).unary.length + 1);
  assert.deepEqual(featureHashesOf(name).unary.slice(0, -1), featureHashesOf(plain).unary);
  assert.deepEqual(featureHashesOf(name).neighbour.map((f, k) => f.length - featureHashesOf(plain).neighbour[k]!.length), [0, 0, 1, 1, 0, 0]);
  assert.notEqual(featureHashesOf(name).neighbour[2]!.at(-1), featureHashesOf(name).neighbour[3]!.at(-1), "before and after are two features");
  assert.equal(featureHashesOf(tokenInfo("والعراق", named)).unary.length, featureHashesOf(tokenInfo("والعراق", res)).unary.length, "a word off the list gains nothing");
  const off: FeatureResources = { ...named, off: new Set(["triggers"]) };
  assert.equal(featureHashesOf(tokenInfo("ستيوارت", off)).unary.length, featureHashesOf(tokenInfo("ستيوارت", { ...res, off: new Set(["triggers"]) })).unary.length, "the triggers group switches it off");
});

test("name shapes add a skeleton and a vowel share to an Arabic word, and a nisba also to its neighbours, only when the model has them", () => {
  const shaped: FeatureResources = { ...res, nameShapes: true };
  const plain = tokenInfo("باشينيان", res);
  const foreign = tokenInfo("باشينيان", shaped);
  assert.equal(featureHashesOf(foreign).unary.length, featureHashesOf(plain).unary.length + 2);
  assert.deepEqual(featureHashesOf(foreign).unary.slice(0, -2), featureHashesOf(plain).unary);
  assert.deepEqual(featureHashesOf(foreign).neighbour.map((f, k) => f.length - featureHashesOf(plain).neighbour[k]!.length), [0, 0, 0, 0, 0, 0], "no nisba: nothing for the neighbours");
  const nisba = tokenInfo("الشمري", shaped);
  assert.equal(featureHashesOf(nisba).unary.length, featureHashesOf(tokenInfo("الشمري", res)).unary.length + 3);
  assert.deepEqual(featureHashesOf(nisba).neighbour.map((f, k) => f.length - featureHashesOf(tokenInfo("الشمري", res)).neighbour[k]!.length), [0, 0, 1, 1, 0, 0]);
  assert.notEqual(featureHashesOf(tokenInfo("باشينيان", shaped)).unary.at(-2), featureHashesOf(tokenInfo("بلينكن", shaped)).unary.at(-2), "two skeletons, two features");
  assert.equal(featureHashesOf(tokenInfo("CNN", shaped)).unary.length, featureHashesOf(tokenInfo("CNN", res)).unary.length, "a Latin word gains nothing");
});

test("neighbour affixes give an Arabic word's affixes to the words before and after it, only when the model has them", () => {
  const withAffixes: FeatureResources = { ...res, neighbourAffixes: true };
  const plain = featureHashesOf(tokenInfo("العراقية", res));
  const affixed = featureHashesOf(tokenInfo("العراقية", withAffixes));
  assert.deepEqual(affixed.unary, plain.unary, "the word's own features are unchanged");
  assert.deepEqual(affixed.neighbour.map((f, k) => f.length - plain.neighbour[k]!.length), [0, 0, 4, 4, 0, 0]);
  assert.notDeepEqual(affixed.neighbour[2]!.slice(-4), affixed.neighbour[3]!.slice(-4), "before and after are different features");
  assert.equal(featureHashesOf(tokenInfo("الكويتية", withAffixes)).neighbour[3]!.at(-2), affixed.neighbour[3]!.at(-2), "one ending «ية», one feature");
  assert.equal(featureHashesOf(tokenInfo("CNN", withAffixes)).neighbour[2]!.length, featureHashesOf(tokenInfo("CNN", res)).neighbour[2]!.length, "a Latin word gives none");
  assert.deepEqual(featureHashesOf(tokenInfo("العراقية", { ...withAffixes, off: new Set(["affix"]) })).neighbour.map((f) => f.length), featureHashesOf(tokenInfo("العراقية", { ...res, off: new Set(["affix"]) })).neighbour.map((f) => f.length), "off with the affix group");
});

test("a word's document combination holds its document features, and is read again when its document changes", () => {
  const doc = documentStats([["قال", "سمعان"]], res);
  const input = pairInput(analyzeSentence(["سمعان"], res, doc), res);
  const word = input.infos[0]!;
  const expected = () => {
    const out = new Int32Array(MAX_PAIR_FEATURES);
    return [...out.subarray(0, documentFeatures(input, word, out, 0))].sort();
  };
  const once = documentCombination(input, word);
  const byCombination = (combination: number) => {
    const out = new Int32Array(MAX_PAIR_FEATURES);
    return [...out.subarray(0, documentCombinationFeatures(combination, out))].sort();
  };
  assert.deepEqual(byCombination(once), expected());
  // Counted again after a title: another count class and a cue, in the same document object.
  countSentence(doc, ["الرئيس", "سمعان", "و", "سمعان"], res, 1);
  const again = documentCombination(input, word);
  assert.notEqual(again, once);
  assert.deepEqual(byCombination(again), expected());
  assert.ok(byCombination(again).includes(hashFeature("dcue=per")));
});

test("a sentence's open pair features, hashed side by side, are each token's openPairFeatureHashes in order", () => {
  const sentences = [["سمعان"], ["قال", "وليد", "في", "دمشق"], ["الرئيس", "بواشنطن", "و", "بريكس", "ريكس", "غينيا", "بيساو"]];
  for (const off of [[], ["context"], ["classes"], ["context", "classes"]] as const) {
    const r: FeatureResources = { ...res, off: new Set(off) };
    for (const words of sentences) {
      const input = pairInput(analyzeSentence(words, r), r);
      const stride = MAX_PAIR_FEATURES;
      const out = new Int32Array(words.length * stride);
      const counts = new Int32Array(words.length);
      sentenceOpenPairFeatureHashes(input, out, counts, stride);
      words.forEach((_, i) => {
        const one = new Int32Array(stride);
        const count = openPairFeatureHashes(input, i, one, 0);
        assert.equal(counts[i], count, `${words.join(" ")}: token ${i}, off ${off.join(",")}`);
        assert.deepEqual([...out.subarray(i * stride, i * stride + count)], [...one.subarray(0, count)]);
      });
    }
  }
});
