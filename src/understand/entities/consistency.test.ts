import { test } from "node:test";
import assert from "node:assert/strict";
import { consistentTags, CONSISTENCY_DEFAULTS } from "./consistency.js";
import { compileGazetteer, tokenInfo, type FeatureResources, type WordEntry } from "./features.js";

const seen = (count: number): WordEntry => ({ count, classes: [0] });
const res: FeatureResources = {
  gazetteer: compileGazetteer([{ type: "LOC", name: "موسكو" }]),
  words: new Map([
    ["لافروف", seen(60)],
  ]),
  levels: 1,
  off: new Set(),
};
/** The model's plain words are normalized forms (model-file.ts). */
const plainWords = new Set(["المنظمة", "قال"].map((w) => tokenInfo(w, res).norm));

/** Sentences of space-separated tokens with their tags ("-" for O). */
function run(lines: [string, string][], options = CONSISTENCY_DEFAULTS): string[][] {
  const tokens = lines.map(([text]) => text.split(" "));
  const tags = lines.map(([, t]) => t.split(" ").map((x) => (x === "-" ? "O" : x)));
  tags.forEach((t, i) => assert.equal(t.length, tokens[i]!.length, `fixture line ${i}`));
  return consistentTags(tokens.map((s) => s.map((t) => tokenInfo(t, res))), tags, plainWords, options);
}

test("a person named in full is the same person by family name alone elsewhere in the document", () => {
  const out = run([
    ["التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو", "- - - - B-PERS I-PERS - - B-LOC"],
    ["وقال لافروف إن المحادثات كانت بناءة", "- - - - - -"],
  ]);
  assert.deepEqual(out[1], ["O", "B-PERS", "O", "O", "O", "O"]);
  assert.deepEqual(out[0], ["O", "O", "O", "O", "B-PERS", "I-PERS", "O", "O", "B-LOC"], "tagged sentences keep their tags");
});

test("a repeated name is filled with its proclitic split off on evidence, and multiword names whole", () => {
  const out = run([
    ["وصل سيرغي لافروف إلى جامعة الدول العربية", "- B-PERS I-PERS - B-ORG I-ORG I-ORG"],
    ["ولافروف التقى أمين جامعة الدول العربية أمس", "- - - - - - -"],
  ]);
  assert.deepEqual(out[1], ["B-PERS", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
});

test("a plain word of the training text is never filled alone, and a name the document mostly leaves untagged stays untagged", () => {
  const plain = run([
    ["أعلنت المنظمة نتائجها", "- B-ORG -"],
    ["وقالت المنظمة إن", "- - -"],
  ]);
  assert.deepEqual(plain[1], ["O", "O", "O"]);
  const minority = run([
    ["زار بناء المدينة", "- B-PERS -"],
    ["بناء جديد", "- -"],
    ["بناء قديم", "- -"],
    ["بناء آخر", "- -"],
  ]);
  assert.deepEqual(minority.slice(1), [["O", "O"], ["O", "O"], ["O", "O"]], "tagged once in four: below the ratio");
});

test("a name is filled only within the document window of its tagged mention", () => {
  const far = [["وصل سيرغي لافروف", "- B-PERS I-PERS"], ...Array.from({ length: 3 }, (): [string, string] => ["خبر آخر", "- -"]), ["لافروف يتحدث", "- -"]] as [string, string][];
  assert.deepEqual(run(far, { ...CONSISTENCY_DEFAULTS, window: 2 })[4], ["O", "O"]);
  assert.deepEqual(run(far, { ...CONSISTENCY_DEFAULTS, window: 4 })[4], ["B-PERS", "O"]);
});
