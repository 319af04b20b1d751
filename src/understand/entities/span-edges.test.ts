import { test } from "node:test";
import assert from "node:assert/strict";
import { isNationalNisba, trimSpanEdges } from "./span-edges.js";
import { compileGazetteer, tokenInfo, type FeatureResources } from "./features.js";

const res: FeatureResources = {
  gazetteer: compileGazetteer([
    { type: "LOC", name: "هولندا" },
    { type: "LOC", name: "البرتغال" },
    { type: "LOC", name: "ألمانيا" },
    { type: "LOC", name: "إسلام آباد" },
    { type: "LANG", name: "الإنجليزية" },
  ]),
  words: new Map(),
  levels: 1,
  off: new Set(),
};
/** The model's plain words are normalized forms (model-file.ts). */
const plainWords = new Set(["الحكومة", "حلقة", "الأنباء"].map((w) => tokenInfo(w, res).norm));

/** One sentence of space-separated tokens with its tags ("-" for O). */
function trim(text: string, tags: string): string {
  const words = text.split(" ");
  const t = tags.split(" ").map((x) => (x === "-" ? "O" : x));
  assert.equal(t.length, words.length, "fixture");
  return trimSpanEdges([words.map((w) => tokenInfo(w, res))], [t], plainWords)[0]!.map((x) => (x === "O" ? "-" : x)).join(" ");
}

test("a country's nisba after a club's or paper's name word is left out of the organization", () => {
  assert.equal(trim("فاز أياكس الهولندي على ضيفه", "- B-ORG I-ORG - -"), "- B-ORG - - -");
  assert.equal(trim("خسر فريق بنفيكا البرتغالي أمس", "- - B-ORG I-ORG -"), "- - B-ORG - -");
  assert.equal(trim("ذكرت صحيفة فيلت الألمانية أن", "- B-ORG I-ORG I-ORG -"), "- B-ORG I-ORG - -");
  assert.equal(trim("تعاقد نادي ليدز الإنجليزي مع", "- B-ORG I-ORG I-ORG -"), "- B-ORG I-ORG - -");
});

test("a nisba after a definite or common word is the organization's own, and other nisbas stay", () => {
  assert.equal(trim("قالت الحكومة الهولندية إن", "- B-ORG I-ORG -"), "- B-ORG I-ORG -");
  assert.equal(trim("نقلت وكالة الأنباء الألمانية أن", "- B-ORG I-ORG I-ORG -"), "- B-ORG I-ORG I-ORG -");
  assert.equal(trim("أعلنت حركة الجهاد الإسلامي أن", "- B-ORG I-ORG I-ORG -"), "- B-ORG I-ORG I-ORG -");
  assert.equal(isNationalNisba(tokenInfo("الإسلامي", res)), false, "إسلام آباد is no one-word place");
  assert.equal(trim("يقيم بنفيكا البرتغالي", "- B-LOC I-LOC"), "- B-LOC I-LOC", "only organizations");
});

test("a person's name does not end with a plain word; a one-word person is kept", () => {
  assert.equal(trim("قدم الفنان سامح يوسف حلقة جديدة", "- - B-PERS I-PERS I-PERS -"), "- - B-PERS I-PERS - -");
  assert.equal(trim("حلقة جديدة", "B-PERS -"), "B-PERS -");
});

test("a foreign name's last word that is also a common word stays", () => {
  const common = new Set(["فورد", "غير"].map((w) => tokenInfo(w, res).norm));
  const words = "قال هاريسون فورد إن".split(" ").map((w) => tokenInfo(w, res));
  assert.deepEqual(trimSpanEdges([words], [["O", "B-PERS", "I-PERS", "O"]], common)[0], ["O", "B-PERS", "I-PERS", "O"]);
});
