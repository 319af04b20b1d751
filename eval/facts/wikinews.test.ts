import { test } from "node:test";
import assert from "node:assert/strict";
import { articlesOf2014, articlesOf2024, joinWikinewsTokens } from "./wikinews.js";

test("Wikinews tokens are joined as print writes them: closing marks to the word before, opening ones and straight quotes by pairs", () => {
  assert.equal(joinWikinewsTokens(["قتل", "5", "،", "وجرح", "(", "10", ")", "."]), "قتل 5، وجرح (10).");
  assert.equal(joinWikinewsTokens(["وقال", ":", '"', "لن", "نسمح", '"', "."]), 'وقال: "لن نسمح".');
  assert.equal(joinWikinewsTokens(["حركة", "«", "حماس", "»", "و", "50", "%"]), "حركة «حماس» و 50%");
});

test("the 2014 set: a category row after #, paragraphs split by blank rows, a paragraph without closing punctuation opens an article", () => {
  const rows = ["dediac\toriginal_gold\tmax_gold\tmax_gold_alt", "#\t#\t#\t", "سياسة\tx\tx\t", "\t\t\t", "مقتل\t", "3\t", "\t", "قتل\t", "3\t", "أشخاص\t", ".\t", "\t", "وجرح\t", "اثنان\t", ".\t", "\t", "عنوان\t", "ثان\t", "\t", "نص\t", "ثان\t", ".\t"];
  const articles = articlesOf2014(rows.join("\n"));
  assert.deepEqual(articles, [
    { id: "wn14-1", title: "مقتل 3", body: "قتل 3 أشخاص.\nوجرح اثنان.", category: "سياسة" },
    { id: "wn14-2", title: "عنوان ثان", body: "نص ثان.", category: "سياسة" },
  ]);
});

test("the 2024 set: blank-line blocks, first line the title; each token's first reading, undiacritized, a wiki heading kept as words", () => {
  const diac = "مَقْتَلُ 3\nقُتِلَ/قَتَلَ 3 أَشْخَاصٍ .\n=== رُدُودُ اَلْفِعْلِ ===\n\nعُنْوَانٌ\nنَصٌّ 1/2 .\n";
  assert.deepEqual(articlesOf2024(diac), [
    { id: "wn24-1", title: "مقتل 3", body: "قتل 3 أشخاص.\nردود الفعل", category: null },
    { id: "wn24-2", title: "عنوان", body: "نص 1/2.", category: null },
  ]);
});
