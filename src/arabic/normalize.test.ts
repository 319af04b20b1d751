import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeArabic, foldPersianLetters, toAsciiDigits, withoutInvisibles } from "./normalize.js";

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

// foldPersianLetters returns a text it would not change as it is, untouched: each row is a text
// and its fold, by the replacements the function makes (the fast path must send every text with
// something to change to them).
const persianFolds: Array<[string, string, string]> = [
  ["nothing to fold", "مدينة الكويت", "مدينة الكويت"],
  ["one letter to fold", "جمهوری", "جمهوري"],
  ["keheh", "کابل", "كابل"],
  ["ae and heh goal", "ۀ ە ہ ھ", "ة ه ه ه"],
  ["tatweel", "العـربية", "العربية"],
  ["a bidi mark", "بايدن\u200f", "بايدن"],
  ["soft hyphen", "ترا\u00adمب", "ترامب"],
  ["two spaces", "قرة  باغ", "قرة باغ"],
  ["a tab", "قرة\tباغ", "قرة باغ"],
  ["a no-break space", "قرة\u00a0باغ", "قرة باغ"],
  ["a line break", "قرة\nباغ", "قرة باغ"],
  ["a space first", " قرة باغ", "قرة باغ"],
  ["a space last", "قرة باغ ", "قرة باغ"],
  ["empty", "", ""],
  ["one space", " ", ""],
];

test("foldPersianLetters: every text with something to fold is folded, any other kept as it is", () => {
  for (const [what, text, folded] of persianFolds) assert.equal(foldPersianLetters(text), folded, what);
});

test("toAsciiDigits converts only digits", () => {
  assert.equal(toAsciiDigits("٥ ربيع الأول ١٤٤٥"), "5 ربيع الأول 1445");
});

/** The definition normalizeArabic had as eight regex replacements; the one-pass fold must agree with it. */
function referenceNormalize(text: string): string {
  let s = /[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/.test(text) ? text.normalize("NFKC") : text;
  s = s
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/g, "")
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, "\u0627")
    .replace(/[\u0649\u06CC\u06D0\u06D2\u06D3\u0678]/g, "\u064A")
    .replace(/[\u0629\u06D5\u06C0\u06C1\u06C2\u06C3\u06BE]/g, "\u0647")
    .replace(/[\u06A9\u06AA\u06AF]/g, "\u0643")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

test("the one-pass fold equals the regex definition on every BMP code unit", () => {
  for (let c = 0; c <= 0xffff; c++) {
    const s = `ب${String.fromCharCode(c)}ت`;
    assert.equal(normalizeArabic(s), referenceNormalize(s), `U+${c.toString(16)}`);
  }
});

test("the one-pass fold equals the regex definition on mixed strings", () => {
  // A fixed pseudo-random mix of folded, dropped and kept code units (mulberry32, seed 7).
  let a = 7;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = "اأإآٱبتةثىیۀەکگ٠٣٩۰۵۹ًٌَّْـ\u200b\u200c\u200d\u200f\u202b\u2066\ufeff\u00ad \t\nAbÉ.،ﻟﻠﻮ";
  for (let n = 0; n < 2000; n++) {
    let s = "";
    const length = Math.floor(next() * 12);
    for (let k = 0; k < length; k++) s += pool[Math.floor(next() * pool.length)]!;
    assert.equal(normalizeArabic(s), referenceNormalize(s), JSON.stringify(s));
  }
});

test("withoutInvisibles drops bidi marks, isolates and zero-width spaces a name holds, and keeps the joiners", () => {
  const cases: [string, string][] = [
    ["ترا\u200Fمب", "ترامب"],
    ["\u200Eبو\u061Cتين\u200B", "بوتين"],
    ["\u2067نتنياهو\u2069", "نتنياهو"],
    ["مي\u200Cخواهم", "مي\u200Cخواهم"],
  ];
  for (const [text, shown] of cases) assert.equal(withoutInvisibles(text), shown);
  for (const [text] of cases) assert.equal(normalizeArabic(withoutInvisibles(text)), normalizeArabic(text));
});
