import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildStoryRecord } from "../../connect/story-record.js";
import { article, floodStory } from "../../connect/connect-fixtures.js";
import { figuresChart, sourceTimeline, timeSpan, timeTicks, type TimelineArticle } from "./story-charts.js";
import type { StorySummary } from "../../store/store.js";
import { renderStory, storyItem, storySourceName } from "./story-views.js";

const members = floodStory();
const record = buildStoryRecord("story-wadi-1", members);
const timeline: TimelineArticle[] = members.map((m) => ({ id: m.id, title: m.article.title, publishedAt: m.article.publishedAt, source: storySourceName(m.article.source) }));
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe("story page", () => {
  const page = renderStory(record, timeline, timeline.length).value;
  it("puts every article on the timeline, one row per source, each mark a named link", () => {
    const svg = /<svg[^>]*aria-labelledby="timeline-cap"[\s\S]*?<\/svg>/.exec(page)![0];
    assert.equal(count(svg, /<circle /g), 3);
    assert.equal(count(svg, /<line x1="48" x2="468"/g), 2, "two source rows");
    for (const m of members) assert.match(svg, new RegExp(`<a href="/articles/${m.id}" aria-label="${m.article.title}`));
    assert.match(svg, /صحيفة الوادي<\/text>/);
    assert.match(svg, /موقع الساحل<\/text>/);
  });
  it("draws the earliest article on the right and the latest on the left", () => {
    const x = (id: string) => Number(new RegExp(`href="/articles/${id}"[^>]*><circle cx="([\\d.]+)"`).exec(page)![1]);
    assert.ok(x("wadi-1") > x("sahil-1") && x("sahil-1") > x("wadi-2"), `${x("wadi-1")} > ${x("sahil-1")} > ${x("wadi-2")}`);
  });
  it("charts the figures per kind and highlights the conflict in the chart and in words", () => {
    const svg = /<svg[^>]*aria-labelledby="figures-cap"[\s\S]*?<\/svg>/.exec(page)![0];
    assert.match(svg, />قتلى<\/text>/);
    assert.match(svg, />مصابون<\/text>/);
    assert.match(svg, />مفقودون<\/text>/);
    assert.equal(count(svg, /<path d="M/g), 2, "the two conflicting death tolls are diamonds");
    assert.equal(count(svg, /<circle /g), 3, "the other figures are dots");
    assert.equal(count(svg, /fill="#fbe0e0"/g), 1, "one conflict window");
    assert.match(page, /<h3 id="conflicts-h">تعارض الأرقام<\/h3>/);
    assert.match(page, /<strong>قتلى<\/strong>: ذكرت المصادر أرقاماً مختلفة بين 5 مارس 2024، 06:00 و5 مارس 2024، 09:30/);
    assert.match(page, /<a href="\/articles\/sahil-1">موقع الساحل<\/a> <span class="meta">\(5 مارس 2024، 09:30\)<\/span>: على الأقل 18/);
    assert.match(page, /<strong>قتلى<\/strong>: آخر رقم 21 \(صحيفة الوادي، 6 مارس 2024، 08:00\)/);
    assert.match(page, /تعارض واحد في الأرقام/);
  });
  it("links the main entities, lists quotes with speakers and the sources", () => {
    assert.match(page, /<a href="\/entities\/%D8%A7%D9%84%D9%88%D8%A7%D8%AD%D8%A9%20%D8%A7%D9%84%D8%B4%D9%85%D8%A7%D9%84%D9%8A%D8%A9">الواحة الشمالية<\/a> <span class="meta">مكان · خبران<\/span>/);
    assert.match(page, /<blockquote><p>البحث لا يزال جاريا عن مفقودين<\/p><\/blockquote><figcaption>مدير الدفاع المدني · <a href="\/articles\/wadi-1">صحيفة الوادي<\/a>/);
    assert.match(page, /3 أخبار<\/span><span>مصدران<\/span><span>من 5 مارس 2024 إلى 6 مارس 2024/);
    assert.match(page, /<a href="\/sources\/%D9%85%D9%88%D9%82%D8%B9%20%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84">موقع الساحل<\/a>/);
  });
  it("says when only part of a large story is drawn", () => {
    assert.match(renderStory(record, timeline.slice(0, 2), 250).value, /يظهر خبران من 250/);
  });
  it("renders a one-article story without figures, quotes or entities, and escapes its text", () => {
    const hostile = article({ title: `<script>alert(1)</script> عنوان`, body: "نص قصير عن حدث محلي في المدينة.", publishedAt: "2024-03-07", source: { name: `<b>x</b>`, domain: null } });
    const one = buildStoryRecord("story-h", [{ id: "h1", article: hostile }]);
    const html = renderStory(one, [{ id: "h1", title: hostile.title, publishedAt: hostile.publishedAt, source: storySourceName(hostile.source) }], 1).value;
    assert.doesNotMatch(html, /<script>|<b>x/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; عنوان/);
    assert.doesNotMatch(html, /figures-h|quotes-h|أبرز الأعلام/);
    assert.match(html, /<circle /);
  });
  it("lists a story with its counts and conflicts", () => {
    const s: StorySummary = { id: "story-wadi-1", title: record.title, centralArticleId: "wadi-1", firstSeen: record.firstSeen, lastSeen: record.lastSeen, articleCount: 3, sourceCount: 2, conflictCount: 1 };
    assert.match(storyItem(s).value, /<a href="\/stories\/story-wadi-1"><bdi>سيول جارفة تضرب مدينة الواحة الشمالية وتوقع قتلى<\/bdi><\/a>/);
  });
});

describe("story charts", () => {
  it("widens a span shorter than a day and keeps a few ticks", () => {
    const t = Date.parse("2024-03-05T06:00:00Z");
    const span = timeSpan([t])!;
    assert.ok(span.to - span.from >= 86_400_000);
    assert.ok(span.from < t && t < span.to);
    const ticks = timeTicks(span);
    assert.ok(ticks.length >= 3 && ticks.length <= 9, String(ticks.length));
    assert.equal(timeSpan([Number.NaN]), null);
  });
  it("draws nothing when no item has a time", () => {
    assert.equal(sourceTimeline([{ id: "a", title: "t", publishedAt: null, source: "s" }], ["s"], "x").value, "");
    assert.equal(figuresChart([{ ...record.figures[0]!, at: null }], [], "y").value, "");
  });
  it("draws a range figure as a bar from value to valueMax", () => {
    const injured = record.figures.filter((f) => f.kind === "injured");
    assert.match(figuresChart(injured, [], "z").value, /<line x1="([\d.]+)" x2="\1" y1="[\d.]+" y2="[\d.]+" stroke="#1f5f8b" stroke-width="3"\/>/);
  });
});
