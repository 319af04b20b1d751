import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Article } from "../types.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { findDateMentions } from "./dates/mentions.js";
import { mergeEntities, recognizeEntities } from "./entities/index.js";
import { findFacts } from "./figures.js";
import { findQuotes } from "./quotes.js";
import { understandArticle, understandArticles } from "./index.js";

const FIXTURES = new URL("../../src/understand/fixtures/", import.meta.url);
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as T;
const fold = (s: string | null) => normalizeArabic(s ?? "");

type FactRow = [string, number, number | null, string, string | null];
interface QuoteExpect {
  speaker: string[] | null;
  startsWith: string;
  channel?: string | null;
}

const dates = load<{ cases: Array<{ text: string; publishedAt: string; expect: Array<[string, string]> }> }>("dates.json");
for (const c of dates.cases) {
  test(`dates: ${c.text}`, () => {
    const got = findDateMentions(c.text, c.publishedAt).map((d) => [d.text, d.value.slice(0, 10)]);
    assert.deepEqual(got, c.expect);
  });
}

test("dates: every mention's text is the body at its offset", () => {
  for (const c of dates.cases) for (const d of findDateMentions(c.text, c.publishedAt)) assert.equal(c.text.slice(d.start, d.start + d.text.length), d.text);
});

test("dates: without a reference day only absolute dates are read", () => {
  assert.deepEqual(findDateMentions("وصل أمس، وفي 2023-10-07 غادر", null).map((d) => d.text), ["2023-10-07"]);
});

const figures = load<{ cases: Array<{ text: string; expect: FactRow[] }> }>("figures.json");
for (const c of figures.cases) {
  test(`figures: ${c.text}`, () => {
    const got = findFacts(c.text).map((f) => [f.kind, f.value, f.valueMax, f.qualifier, f.group]);
    assert.deepEqual(got, c.expect);
  });
}

test("figures: each fact carries the sentence it was read from", () => {
  const facts = findFacts("هدأت المدينة. وأسفر الانفجار عن مقتل 4 أشخاص. ثم عاد السكان.");
  assert.deepEqual(facts.map((f) => f.text), ["وأسفر الانفجار عن مقتل 4 أشخاص."]);
});

test("figures: a restatement is not a new fact", () => {
  const facts = findFacts("أسفر القصف عن مقتل 27 شخصاً. وقال المسؤول إن هناك 27 قتيلاً.");
  assert.equal(facts.length, 1);
});

function matchQuotes(got: Array<{ speaker: string | null; text: string; channel: string | null }>, expect: QuoteExpect[], label: string) {
  assert.equal(got.length, expect.length, `${label}: got ${JSON.stringify(got)}`);
  expect.forEach((e, i) => {
    const q = got[i]!;
    assert.ok(fold(q.text).startsWith(fold(e.startsWith)), `${label}: quote ${i} text "${q.text}"`);
    if (e.speaker === null) assert.equal(q.speaker, null);
    else assert.ok(e.speaker.some((s) => fold(q.speaker).includes(fold(s))), `${label}: quote ${i} speaker "${q.speaker}", expected one of ${e.speaker.join(" | ")}`);
    if (e.channel !== undefined) assert.equal(q.channel, e.channel, `${label}: quote ${i} channel`);
  });
}

const quotes = load<{ cases: Array<{ text: string; expect: QuoteExpect[] }> }>("quotes.json");
for (const c of quotes.cases) {
  test(`quotes: ${c.text.slice(0, 60)}`, () => {
    const spans = recognizeEntities(c.text);
    matchQuotes(findQuotes(c.text, { spans, entities: mergeEntities(spans) }), c.expect, c.text.slice(0, 30));
  });
}

interface PageCase {
  title: string;
  publishedAt: string;
  body: string;
  expect: {
    dates: Array<[string, string]>;
    facts: FactRow[];
    quotes: QuoteExpect[];
    entities: Array<[string, string]>;
    entitiesNot: string[];
    generatedTags: string[];
  };
}

function article(c: PageCase): Article {
  return {
    role: "main", title: c.title, publishedAt: c.publishedAt, updatedAt: null, language: "und", body: c.body,
    source: { name: null, domain: null }, author: null, url: null, embeds: [], tags: [], entities: [], quotes: [], facts: [], dates: [],
  };
}

const pages = load<{ cases: PageCase[] }>("pages.json");
for (const c of pages.cases) {
  test(`page: ${c.title}`, () => {
    const a = understandArticle(article(c), { referenceDate: null });
    assert.equal(a.language, "ar");
    assert.deepEqual(a.dates.map((d) => [d.text, d.value]), c.expect.dates);
    assert.deepEqual(a.facts.map((f) => [f.kind, f.value, f.valueMax, f.qualifier, f.group]), c.expect.facts);
    matchQuotes(a.quotes, c.expect.quotes, c.title);
    for (const [type, name] of c.expect.entities) {
      assert.ok(a.entities.some((e) => e.type === type && [e.name, ...e.mentions].some((m) => fold(m) === fold(name))), `entity ${type} ${name} among ${a.entities.map((e) => `${e.name}/${e.type}`).join(", ")}`);
    }
    for (const bad of c.expect.entitiesNot) assert.ok(!a.entities.some((e) => fold(e.name) === fold(bad)), `no entity named ${bad}`);
    const generated = a.tags.filter((t) => t.origin === "generated").map((t) => fold(t.text));
    for (const t of c.expect.generatedTags) assert.ok(generated.some((g) => g.includes(fold(t))), `generated tag ~ ${t} among ${generated.join(" | ")}`);
  });
}

test("understandArticle is pure: same input, same output, input untouched", () => {
  const c = pages.cases[0]!;
  const input = article(c);
  const before = JSON.stringify(input);
  assert.deepEqual(understandArticle(input, { referenceDate: null }), understandArticle(article(c), { referenceDate: null }));
  assert.equal(JSON.stringify(input), before);
});

test("understandArticles gives each article what understandArticle gives it, each with its own reference date", () => {
  const articles = [...pages.cases.map(article), { ...article(pages.cases[0]!), publishedAt: null }, { ...article(pages.cases[1]!), body: "" }];
  const options = articles.map((_, i) => ({ referenceDate: i % 2 ? "2024-03-20" : null }));
  const one = articles.map((a, i) => understandArticle(a, options[i]!));
  assert.deepEqual(understandArticles(articles, options), one);
  assert.deepEqual(understandArticles([], []), []);
  assert.throws(() => understandArticles(articles, options.slice(1)), /options/);
});

test("understandArticle resolves relative dates against the reference date when publishedAt is missing", () => {
  const a = understandArticle({ ...article(pages.cases[0]!), publishedAt: null }, { referenceDate: "2024-03-20" });
  assert.equal(a.dates.find((d) => d.text === "أمس الثلاثاء")?.value, "2024-03-19");
});

test("generated tags keep one record per text when the page lists the same tag", () => {
  const base = article(pages.cases[2]!);
  const a = understandArticle({ ...base, tags: [{ text: "صفاقس", origin: "page", scope: "article" }] }, { referenceDate: null });
  const same = a.tags.filter((t) => fold(t.text) === fold("صفاقس"));
  assert.equal(same.length, 1);
  assert.equal(same[0]!.onPage, true);
});
