import { test } from "node:test";
import assert from "node:assert/strict";
import { ORG_OPENING_HEADS, tagNamesAfterOpeningHeads } from "./opening-heads.js";
import { compileGazetteer, tokenInfo, type FeatureResources, type WordEntry } from "./features.js";

const seen = (count: number): WordEntry => ({ count, classes: [0] });
/** «فريق» and «نادي» seen, so «لفريق» and «بنادي» split their proclitic on evidence (features.ts). */
const res: FeatureResources = {
  gazetteer: compileGazetteer([]),
  words: new Map([
    ["فريق", seen(200)],
    ["نادي", seen(120)],
  ]),
  levels: 1,
  off: new Set(),
};
/** The model's plain words are normalized forms (model-file.ts). */
const plainWords = new Set(["المباراة", "الأول", "كرة"].map((w) => tokenInfo(w, res).norm));

/** One sentence of space-separated tokens with its tags ("-" for O), through the rule. */
function run(text: string, tags: string): string {
  const words = text.split(" ");
  const t = tags.split(" ").map((x) => (x === "-" ? "O" : x));
  assert.equal(t.length, words.length, "fixture");
  return tagNamesAfterOpeningHeads([words.map((w) => tokenInfo(w, res))], [t], plainWords)[0]!.map((x) => (x === "O" ? "-" : x)).join(" ");
}

test("the word after an organization head, both untagged, is an organization", () => {
  const rows: [string, string, string][] = [
    ["تغلب فريق السلمية على ضيفه", "- - - - -", "- - B-ORG - -"],
    ["انضم المدافع لفريق الوسطانية أمس", "- - - - -", "- - - B-ORG -"],
    ["وقع اللاعب عقدا بنادي الجبيلة .", "- - - - - -", "- - - - B-ORG -"],
    ["تبث قناة الفرقدين البرنامج كل جمعة", "- - - - - -", "- - B-ORG - - -"],
    ["نشرت جريدة الضحى مقالا", "- - - -", "- - B-ORG -"],
  ];
  for (const [text, tags, expected] of rows) assert.equal(run(text, tags), expected, text);
});

test("a tagged head or name, a plain word, a head word, punctuation or a continued span are left", () => {
  const rows: [string, string][] = [
    ["فاز فريق الجبيلة على السلمية", "- B-ORG I-ORG - B-ORG"],
    ["فاز فريق الجبيلة أمس", "- - B-LOC -"],
    ["انتهى الشوط الأول من المباراة", "- - - - -"],
    ["قال فريق المباراة إن", "- - - -"],
    ["قاتل مقاتلي حركة الشباب", "- - - -"],
    ["قال فريق ، إن", "- - - -"],
    ["لعب فريق كرة القدم", "- - - -"],
    ["فاز فريق سان بطرس", "- - - I-ORG"],
  ];
  for (const [text, tags] of rows) assert.equal(run(text, tags), tags, text);
});

test("only the listed heads open a name; empty input and a last-word head are safe", () => {
  assert.equal(run("كتب الصحفي الوسطانية", "- - -"), "- - -");
  assert.equal(run("وصل فريق", "- -"), "- -");
  assert.deepEqual(tagNamesAfterOpeningHeads([], [], plainWords), []);
  assert.ok(ORG_OPENING_HEADS.has(tokenInfo("فريق", res).core) && ORG_OPENING_HEADS.has(tokenInfo("جريدة", res).core), "heads are normalized core forms");
});
