import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeArabic, foldPersianLetters, toAsciiDigits } from "./normalize.js";

const cases: Array<[string, string, string]> = [
  ["removes tashkeel", "مُحَمَّدٌ", "محمد"],
  ["removes tatweel", "العـــربية", "العربيه"],
  ["folds hamza alefs", "أإآٱ", "اااا"],
  ["alef maqsura to yeh", "مستشفى", "مستشفي"],
  ["teh marbuta to heh", "مدينة", "مدينه"],
  ["farsi yeh and keheh", "ناغورنی العسکریة", "ناغورني العسكريه"],
  ["urdu heh forms", "خانۀ ە", "خانه ه"],
  ["arabic-indic digits", "٢٠٢٣/٠٩/٢٠", "2023/09/20"],
  ["persian digits", "۱۴۰۲", "1402"],
  ["bidi marks and joiners", "\u200fبلينكن\u200c\u200d\u202b", "بلينكن"],
  ["presentation forms via NFKC", "\uFEDF\uFEE0\uFEEE", "للو"],
  ["latin case folding", "Antony BLINKEN", "antony blinken"],
  ["whitespace runs", "  قرة   باغ\n", "قره باغ"],
  ["empty stays empty", "", ""],
  ["english unchanged but lowercased", "English", "english"],
];
for (const [name, input, expected] of cases) {
  test(`normalizeArabic: ${name}`, () => assert.equal(normalizeArabic(input), expected));
}

test("normalizeArabic is idempotent", () => {
  for (const [, input] of cases) assert.equal(normalizeArabic(normalizeArabic(input)), normalizeArabic(input));
});

test("foldPersianLetters keeps display spelling but folds Persian forms", () => {
  assert.equal(foldPersianLetters("ناغورنی قرة باغ"), "ناغورني قرة باغ");
  assert.equal(foldPersianLetters("العسکریة"), "العسكرية");
  assert.equal(foldPersianLetters("أذربيجان"), "أذربيجان");
});

test("toAsciiDigits converts only digits", () => {
  assert.equal(toAsciiDigits("٥ ربيع الأول ١٤٤٥"), "5 ربيع الأول 1445");
});
