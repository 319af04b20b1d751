import { test } from "node:test";
import assert from "node:assert/strict";
import { WORD_END, WORD_START } from "./fold.js";
import { anchorMatchesForTest, matchesNear } from "./near-scan.js";

const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

function bothWays(text: string, core: string, anchor: string, runsBefore: number) {
  const source = `${WORD_START}(?:[وف])?(?:${core})${WORD_END}`;
  return {
    everywhere: spans(text.matchAll(new RegExp(source, "gu"))),
    near: spans(matchesNear(text, new RegExp(source, "yu"), new RegExp(anchor, "gu"), runsBefore)),
  };
}

test("near scan: the words before the anchor, a conjunction and punctuation before a match", () => {
  const text = "وقع صباح اول من امس (قبل امس) وفي الامس، ثم قبل  امس وامس";
  const { everywhere, near } = bothWays(text, "(?:(?:صباح|مساء)\\s+)?(?:اول\\s+(?:من\\s+)?|قبل\\s+)?(?:امس|الامس)", "امس", 3);
  assert.equal(everywhere.length, 5);
  assert.deepEqual(near, everywhere);
});

test("near scan: too few runs allowed before the anchor misses the matches that start earlier", () => {
  const { everywhere, near } = bothWays("صباح اول من امس", "(?:صباح\\s+)?اول\\s+من\\s+امس", "امس", 1);
  assert.deepEqual(everywhere, ["0:صباح اول من امس"]);
  assert.deepEqual(near, []);
});

test("near scan: matches that follow one another, and an anchor inside an earlier match", () => {
  const text = "في يونيو ويوليو او اغسطس وسبتمبر";
  const month = "(?:يونيو|يوليو|اغسطس|سبتمبر)";
  const { everywhere, near } = bothWays(text, `${month}(?:\\s+(?:او\\s+)?[وف]?${month})?`, month, 0);
  assert.deepEqual(everywhere, ["3:يونيو ويوليو", "19:اغسطس وسبتمبر"]);
  assert.deepEqual(near, everywhere);
});

test("near scan: any offset, for a pattern whose matches may start right after a digit", () => {
  const source = "(?<![a-z\\u0620-\\u064A])([\\u0620-\\u064A]+)\\s*([0-9]{4})(?![0-9])";
  const text = "سنة5مارس 2020 و ابريل2021 ثم 123456";
  const everywhere = spans(text.matchAll(new RegExp(source, "g")));
  const near = spans(matchesNear(text, new RegExp(source, "y"), /[0-9]{4}/g, 1, true));
  assert.deepEqual(everywhere, ["4:مارس 2020", "16:ابريل2021"]);
  assert.deepEqual(near, everywhere);
  assert.deepEqual(spans(matchesNear(text, new RegExp(source, "y"), /[0-9]{4}/g, 1)), ["16:ابريل2021"]);
});

test("matchesNear: rules sharing an anchor pattern, and texts in turn, each get their own matches", () => {
  const rule = (core: string) => new RegExp(`${WORD_START}(?:${core})${WORD_END}`, "yu");
  const month = () => new RegExp("مارس|ابريل", "gu");
  const first = "وصل في 3 مارس ثم غادر في ابريل";
  const second = "في ابريل";
  assert.deepEqual(spans(matchesNear(first, rule("\\d+\\s+مارس"), month(), 1)), ["7:3 مارس"]);
  assert.deepEqual(spans(matchesNear(first, rule("في\\s+ابريل"), month(), 1)), ["22:في ابريل"]);
  assert.deepEqual(spans(matchesNear(second, rule("في\\s+ابريل"), month(), 1)), ["0:في ابريل"]);
  assert.deepEqual(spans(matchesNear(first, rule("في\\s+ابريل"), new RegExp("ابريل", "gu"), 1)), ["22:في ابريل"]);
});

test("anchors of literal-led words: the matches a scan of the whole text finds, overlapping literals and anchors included", () => {
  const text = "قبل امس والبارحه، وفي الليله الماضيه ليلا، منذ الامس؛ كانون الثاني وكانون  الاول 2020 و1999 امسية غدا ببغداد";
  const anchors = [
    /امس|البارحه/gu, /امس|البارحه|الليله/gu, /ليل/gu, /غد/gu, /قبل|منذ/gu, /(?:كانون\s+الثاني|كانون\s+الاول|تشرين)/gu,
    /1[89]\d\d|20\d\d/gu, /الليله?|ليلا/gu, /[0-9]{4}/g, /(?:ا)|(?:ب)/gu,
  ];
  for (const anchor of anchors) {
    const everywhere = [...text.matchAll(new RegExp(anchor.source, anchor.flags))].flatMap((m) => [m.index, m.index + m[0].length]);
    assert.ok(everywhere.length > 0, anchor.source);
    assert.deepEqual(anchorMatchesForTest(text, anchor).matches, everywhere, anchor.source);
  }
  // the same anchors over another text, registered already: all but the last two (no literal opens every
  // alternative) are found where their literals start
  const other = "غدا او بعد غد، في الليلة الماضية كانون الثاني 2021";
  anchors.forEach((anchor, i) => {
    const everywhere = [...other.matchAll(new RegExp(anchor.source, anchor.flags))].flatMap((m) => [m.index, m.index + m[0].length]);
    const got = anchorMatchesForTest(other, anchor);
    assert.deepEqual(got.matches, everywhere, anchor.source);
    assert.equal(got.fromLiterals, i < anchors.length - 2, anchor.source);
  });
});

test("near scan: offsets a match cannot start at (mayStart) are not tried, the matches stay those of a whole scan", () => {
  const source = "(?<![a-z\\u0620-\\u064A])([\\u0620-\\u064A]+)\\s*([0-9]{4})(?![0-9])";
  const text = "سنة5مارس 2020 و ابريل2021 ثم 123456 وفي يونيو  1999";
  const everywhere = spans(text.matchAll(new RegExp(source, "g")));
  const tried: number[] = [];
  const afterNonLetter = (t: string, at: number) => {
    tried.push(at);
    return at === 0 || !/[a-z\u0620-\u064A]/.test(t[at - 1]!);
  };
  const near = spans(matchesNear(text, new RegExp(source, "y"), /[0-9]{4}/g, 1, true, afterNonLetter));
  assert.deepEqual(everywhere, ["4:مارس 2020", "16:ابريل2021", "40:يونيو  1999"]);
  assert.deepEqual(near, everywhere);
  assert.ok(tried.length > 0);
});
