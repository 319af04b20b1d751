import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseQuery, type QueryUnit } from "./query.js";

function show(u: QueryUnit): string {
  if (u.kind === "word") return `${u.term.stem}${u.isPrefix ? "*" : ""}`;
  return `"${u.terms.map((t) => t.stem).join(" ")}"`;
}

function shape(q: string) {
  const p = parseQuery(q);
  return { must: p.must.map((c) => c.alternatives.map(show)), not: p.not.map((c) => c.alternatives.map(show)), warnings: p.warnings.length };
}

describe("parseQuery", () => {
  it("words are analyzed and ANDed: clitics, article and hamza folded", () => {
    assert.deepEqual(shape("والمدارس أمطار"), { must: [["مدارس"], ["امطار"]], not: [], warnings: 0 });
  });

  it("quoted words are one phrase", () => {
    assert.deepEqual(shape('"مجلس الأمن" جلسة'), { must: [['"مجلس امن"'], ["جلس"]], not: [], warnings: 0 });
  });

  it("OR joins the neighbours into one clause, | too", () => {
    assert.deepEqual(shape("جدة OR الرياض | الدمام"), { must: [["جده", "رياض", "دمام"]], not: [], warnings: 0 });
  });

  it("a lower-case or is not an operator", () => {
    assert.deepEqual(shape("شاي or قهوة").must, [["شاي"], ["قهو"]]);
  });

  it("-word and -\"phrase\" exclude", () => {
    assert.deepEqual(shape('الأمن -طارئة -"مجلس الأمن"'), { must: [["امن"]], not: [["طارئ"], ['"مجلس امن"']], warnings: 0 });
  });

  it("prefix* keeps the normalized prefix, unstemmed", () => {
    assert.deepEqual(shape("الإنسا*"), { must: [["الانسا*"]], not: [], warnings: 0 });
  });

  it("a one-letter prefix is read as a word with a warning", () => {
    assert.deepEqual(shape("x*"), { must: [["x"]], not: [], warnings: 1 });
  });

  it("a prefix needs two letters besides a leading «ال»: ال* and الم* are read as words", () => {
    assert.deepEqual(shape("ال*"), { must: [["ال"]], not: [], warnings: 1 });
    assert.deepEqual(shape("الم*"), { must: [["الم"]], not: [], warnings: 1 });
    assert.deepEqual(shape("المد*"), { must: [["المد*"]], not: [], warnings: 0 });
    assert.deepEqual(shape("مد*"), { must: [["مد*"]], not: [], warnings: 0 });
  });

  it("a word the analyzer splits becomes a phrase", () => {
    assert.deepEqual(shape("covid-19"), { must: [['"covid 19"']], not: [], warnings: 0 });
  });

  it("stopwords are dropped with a warning; nothing left is a warning too", () => {
    assert.deepEqual(shape("في"), { must: [], not: [], warnings: 2 });
  });

  it("an unbalanced quote reads to the end with a warning", () => {
    assert.deepEqual(shape('"مجلس الأمن'), { must: [['"مجلس امن"']], not: [], warnings: 1 });
  });

  it("empty and exclusion-only queries have nothing to search", () => {
    assert.deepEqual(parseQuery("").must, []);
    assert.equal(parseQuery("-جدة").must.length, 0);
    assert.ok(parseQuery("-جدة").warnings.length > 0);
  });
});
