/**
 * The recognizer skips a sentence's rule when no word of it cues the rule (recognize.ts
 * computeRuleCues). A cue must be implied by the rule's own tests, or a skipped rule loses what it
 * would have found: a rule whose first test grows (a new word list, a new shape) must grow its cue.
 * Here every article of the sample corpus and composed sentences for the rules that read word lists
 * are recognized twice, with and without skipping, and must give the same mentions.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { loadDefaultModel } from "./model-file.js";
import { recognizeEntities } from "./recognize.js";
import { setRuleCueSkipping } from "./recognize/cue-bits.js";

const CORPUS = fileURLToPath(new URL("../../../samples/corpus", import.meta.url));

const COMPOSED = [
  "وقال منيف المطيري إن الطريق سيفتح الأسبوع المقبل .",
  "وأكد المواطن ذيب السبيعي أن الخدمة تنقطع كل مساء .",
  "وضمت القائمة عبدالله الشمري وجزاع القحطاني وناصر العتيبي .",
  "وأعلنت شرطة محافظة الخرج القبض على المتهمين .",
  "وفاز نادي أبها الأدبي بالجائزة ، ولعب باريس سان جرمان مع ليون .",
  "الرياض - واس : وصل إلى جيزان وفد من هيوستن الأمريكية وأوساكا اليابانية .",
  "وقالت المحكمة الاتحادية العليا إن الديوان الملكي أصدر بيانا .",
  "وأقيمت المباراة على ملعب ويمبلي أمام الجماهير ، وتقام النهائي في الملعب الأولمبي .",
];

function corpusTexts(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(CORPUS, f), "utf8"));
}

function mentionsOf(text: string, model: ReturnType<typeof loadDefaultModel>): string[] {
  return recognizeEntities(text, { model }).map((s) => `${s.start}:${s.end}:${s.type}:${s.text}`);
}

test("skipping the rules no word cues finds the same mentions as running every rule", () => {
  const model = loadDefaultModel();
  const texts = [...corpusTexts(), ...COMPOSED];
  assert.ok(texts.length > COMPOSED.length, "the sample corpus is read");
  const skipped = texts.map((t) => mentionsOf(t, model));
  setRuleCueSkipping(false);
  try {
    const everyRule = texts.map((t) => mentionsOf(t, model));
    texts.forEach((t, i) => assert.deepEqual(skipped[i], everyRule[i], `${t.slice(0, 80)}…`));
  } finally {
    setRuleCueSkipping(true);
  }
});
