import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseQuery } from "./query.js";
import { buildMatcher, cutSnippet, highlightAll, markSnippet } from "./snippet.js";
import { tokenize } from "../arabic/analyze.js";

const matcher = (q: string) => buildMatcher(parseQuery(q).must.flatMap((c) => c.alternatives));

describe("snippets", () => {
  it("highlights the original spelling of a matched word", () => {
    const s = highlightAll("أعلنت الوزارةُ خطةً للمدارسِ", matcher("مدرسة OR مدارس وزارة"));
    assert.deepEqual(s.highlights.map((h) => s.text.slice(h.start, h.end)), ["الوزارةُ", "للمدارسِ"]);
  });

  it("cuts the window with the most distinct query words, at word boundaries", () => {
    const filler = "كلام عام لا صلة له بالموضوع ".repeat(20);
    const text = `${filler}وقال الوزير إن المدارس تفتح غدا. ${filler}المدارس المدارس.`;
    const s = cutSnippet(text, matcher("الوزير المدارس"), 120);
    assert.ok(s.text.includes("الوزير") && s.text.includes("المدارس"), s.text);
    assert.ok(s.isTruncatedStart && s.isTruncatedEnd);
    assert.ok(s.text.length <= 120);
    assert.ok(text.includes(` ${s.text} `), "starts and ends at word boundaries");
    for (const h of s.highlights) assert.match(s.text.slice(h.start, h.end), /الوزير|المدارس/);
  });

  it("starts at the beginning when nothing matches", () => {
    const text = "نص ".repeat(200);
    const s = cutSnippet(text, matcher("غائب"), 50);
    assert.equal(s.highlights.length, 0);
    assert.equal(s.isTruncatedStart, false);
  });

  it("prefix words highlight every word they start", () => {
    const s = highlightAll("الانتخابات والانتخاب انتهت", matcher("الانتخا*"));
    assert.deepEqual(s.highlights.map((h) => s.text.slice(h.start, h.end)), ["الانتخابات"]);
  });

  it("marks highlights with escaping", () => {
    const s = highlightAll("<b> المدارس", matcher("المدارس"));
    assert.equal(markSnippet(s, "<mark>", "</mark>", (x) => x.replace(/</g, "&lt;")), "&lt;b> <mark>المدارس</mark>");
  });
});

describe("snippets: only tokens whose norm can match are analyzed", () => {
  // The matches by the definition (module comment): every token of the shared analyzer, compared by stem, norm or prefix.
  const reference = (text: string, q: string): string[] => {
    const m = matcher(q);
    return tokenize(text)
      .filter((t) => !t.isStopword && (m.stems.has(t.stem) || m.norms.has(t.norm) || m.prefixes.some((p) => t.norm.startsWith(p))))
      .map((t) => text.slice(t.start, t.end));
  };
  const text =
    "وقالت الوزارات إن وزيرها والوزير السابق زارا المدارسَ ومدرستين في جدةَ، وللمدرسة الجديدة بابان. " +
    "في هذا اليوم أعلن وزراءُ الخارجية أن الأمطارَ والسيول أغلقت طرق جدة وفي المدينة ٣ مدارس و12 فصلاً، كتاباتهم وكتابها.";
  for (const q of ["وزير", "الوزارة", "مدرسة OR مدارس", "جدة", "في", "كتاب", "وز*", "الأمطار السيول", '"وزراء الخارجية"', "12", "٣"]) {
    it(`«${q}»: the same highlights as every token compared`, () => {
      const s = highlightAll(text, matcher(q));
      assert.deepEqual(s.highlights.map((h) => text.slice(h.start, h.end)), reference(text, q));
    });
  }
});
