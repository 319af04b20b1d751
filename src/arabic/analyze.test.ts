import { test } from "node:test";
import assert from "node:assert/strict";
import { indexTerms, tokenize, tokenizeByKinds, tokenizeByRegex, wordOf } from "./analyze.js";
import { stemArabic } from "./stem.js";
import { normalizeArabic } from "./normalize.js";

const stem = (w: string) => stemArabic(normalizeArabic(w));

test("stem: wal prefix", () => assert.equal(stem("والحسن"), "حسن"));
test("stem: bal prefix", () => assert.equal(stem("بالمدينة"), "مدين"));
test("stem: lil prefix", () => assert.equal(stem("للصحفيين"), stem("الصحفي")));
test("stem: plural suffixes", () => assert.equal(stem("المعلمون"), stem("المعلمين")));
test("stem: feminine ending folds with masculine", () => assert.equal(stem("وزيرة"), stem("وزير")));
test("stem: protected root letter waw (وزير is not زير)", () => assert.equal(stem("وزير"), "وزير"));
test("stem: protected root letter fa (فرنسا)", () => assert.equal(stem("وفرنسا"), "فرنسا"));
test("stem: conjunction waw on a verb", () => assert.equal(stem("وقال"), "قال"));
test("stem: too short stays (الو)", () => assert.equal(stem("الو"), "الو"));
test("stem: non-Arabic unchanged", () => assert.equal(stemArabic("english"), "english"));
test("stem: empty", () => assert.equal(stemArabic(""), ""));

test("tokenize keeps offsets into the original text", () => {
  const text = "قالَ بلينكن (@SecBlinken) ٢٧ قتيلاً";
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.surface);
  assert.deepEqual(tokenize(text).map((t) => t.script), ["arabic", "arabic", "latin", "digit", "arabic"]);
});

test("tokenize keeps tashkeel and tatweel inside a word", () => {
  assert.deepEqual(tokenize("العـــربيّة").map((t) => t.norm), ["العربيه"]);
});

test("tokenize reads decimal numbers as one token", () => {
  assert.deepEqual(tokenize("نما 3.5 بالمئة").map((t) => t.norm), ["نما", "3.5", "بالمئه"]);
});

test("indexTerms drops stopwords and stems the rest", () => {
  assert.deepEqual(indexTerms("وقال الوزير في بيان"), ["قال", "وزير", "بيان"]);
});

test("hamza and alef maqsura variants meet in one term", () => {
  assert.deepEqual(indexTerms("إعلان مستشفى"), indexTerms("اعلان مستشفي"));
});

test("tokenize: the kinds table cuts as the token regex does", () => {
  const texts = [
    "قال الوزير إن 1,250.5 مليون دولار (12%) صُرفت.\nوأضاف: ٢٠٢٤٫٥ ليس ١٢٬٣؟ 4, و5. نعم… لا!",
    "الـــرئيس وال\u200cوزير م\u00adثال ك\u200bلمة \u202bنص\u202c \u2067عزل\u2069 é\u0301t\u00e9 ٥۳५ x\u061cy",
    "رمز 𝐀𝐁 ورقم 𝟙𝟚 ثم 😀 وكلمة",
  ];
  for (const text of texts) assert.deepEqual(tokenizeByKinds(text), tokenizeByRegex(text));
  assert.deepEqual(tokenizeByKinds("بلغ 1,250.5% و4,").map((t) => t.surface), ["بلغ", "1,250.5", "و", "4"]);
});

test("tokens written alike carry one word record, with the token's forms", () => {
  const [a, b, c] = tokenize("الوزير والوزير الوزير");
  assert.equal(a!.word, c!.word, "the same surface: the same record");
  assert.notEqual(a!.word, b!.word, "another surface: another record");
  assert.equal(a!.word, wordOf("الوزير"));
  for (const t of [a!, b!]) assert.deepEqual([t.word.norm, t.word.stem, t.word.script, t.word.isStopword], [t.norm, t.stem, t.script, t.isStopword]);
  assert.equal(tokenize("في")[0]!.word.isStopword, true);
  assert.equal(wordOf("English").script, "latin");
});
