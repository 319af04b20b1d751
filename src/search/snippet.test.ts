import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseQuery } from "./query.js";
import { buildMatcher, cutSnippet, highlightAll, markSnippet } from "./snippet.js";

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
