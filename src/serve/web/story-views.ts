/**
 * The story pages, as functions of what the store returns (StoryRecord, StorySummary, the member
 * articles). Rules:
 * - A story page shows: its articles on a timeline by source (chart, and the same list in text),
 *   the figures over time with conflicts highlighted in the chart and stated in words, the latest
 *   figure per kind, main entities linked to their pages, quotes with their speakers, and the
 *   sources with their first appearance.
 * - A section shows only when it has something to show; a story of one article is still a page.
 * - Entity links use the canonical name; a quote's speaker links to the entity page only when the
 *   speaker is one of the story's person entities (a speaker may be a title: «مدير الدفاع المدني»).
 * - Every text goes through `html` (escaped).
 */
import type { StoryList, StorySummary } from "../../store/store.js";
import type { StoryFigure, StoryRecord } from "../../types.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { ARTICLES, formatCount, formatDay, formatDayTime, formatNumber, SOURCES, timeOf, type CountedNoun } from "./format.js";
import { html, type SafeHtml } from "./html.js";
import { ENTITY_TYPES, QUALIFIERS, quoteChannel } from "./labels.js";
import { figureKey, figureValue, figuresChart, seriesName, sourceTimeline, type TimelineArticle } from "./story-charts.js";

export const CONFLICTS: CountedNoun = { one: "تعارض واحد", two: "تعارضان", few: "تعارضات", many: "تعارضاً", singular: "تعارض" };

/** Source name of an article as story records name sources. */
export function storySourceName(source: { name: string | null; domain: string | null }): string {
  return source.name ?? source.domain ?? "unknown";
}

function sourceLabel(name: string | null): string {
  return name === null || name === "unknown" ? "مصدر غير معروف" : name;
}

function storyMeta(s: { articleCount: number; firstSeen: string | null; lastSeen: string | null }, sourceCount: number, conflictCount: number): SafeHtml {
  const range = s.firstSeen && s.lastSeen && s.firstSeen.slice(0, 10) !== s.lastSeen.slice(0, 10) ? `من ${formatDay(s.firstSeen)} إلى ${formatDay(s.lastSeen)}` : formatDay(s.firstSeen ?? s.lastSeen);
  return html`<div class="meta"><span>${formatCount(s.articleCount, ARTICLES)}</span><span>${formatCount(sourceCount, SOURCES)}</span><span>${range}</span>${
    conflictCount ? html`<span class="warn">${formatCount(conflictCount, CONFLICTS)} في الأرقام</span>` : ""
  }</div>`;
}

/** One story in a list (home, /stories). */
export function storyItem(s: StorySummary): SafeHtml {
  return html`<li><h3 class="hit-title"><a href="/stories/${encodeURIComponent(s.id)}"><bdi>${s.title || "(بلا عنوان)"}</bdi></a></h3>${storyMeta(s, s.sourceCount, s.conflictCount)}</li>`;
}

export function storyList(list: StoryList): SafeHtml {
  return html`<ul class="items">${list.items.map(storyItem)}</ul>`;
}

function qualified(f: StoryFigure): string {
  const q = QUALIFIERS[f.qualifier] ?? "";
  return `${q ? `${q} ` : ""}${figureValue(f)}`;
}

function figureLine(f: StoryFigure): SafeHtml {
  return html`<a href="/articles/${f.articleId}">${sourceLabel(f.source)}</a> <span class="meta">(${formatDayTime(f.at)})</span>: ${qualified(f)}`;
}

function conflictsText(record: StoryRecord): SafeHtml {
  if (record.conflicts.length === 0) return html``;
  return html`<section aria-labelledby="conflicts-h"><h3 id="conflicts-h">تعارض الأرقام</h3><ul class="conflicts">${record.conflicts.map(
    (c) => html`<li><strong>${seriesName(c)}</strong>: ذكرت المصادر أرقاماً مختلفة ${
      c.from.slice(0, 16) === c.to.slice(0, 16) ? html`في ${formatDayTime(c.from)}` : html`بين ${formatDayTime(c.from)} و${formatDayTime(c.to)}`
    }:<ul>${c.figures.map((f) => html`<li>${figureLine(f)}</li>`)}</ul></li>`,
  )}</ul></section>`;
}

function figuresSection(record: StoryRecord): SafeHtml {
  if (record.figures.length === 0) return html``;
  const conflicted = new Set(record.conflicts.flatMap((c) => c.figures.map(figureKey)));
  const undated = record.figures.filter((f) => Number.isNaN(timeOf(f.at)));
  return html`<section aria-labelledby="figures-h"><h2 id="figures-h">الأرقام عبر الزمن</h2>
<ul class="latest">${record.latest.map((f) => {
    const high = record.highest.find((h) => h.kind === f.kind && h.group === f.group);
    return html`<li><strong>${seriesName(f)}</strong>: آخر رقم ${qualified(f)} (${sourceLabel(f.source)}، ${formatDayTime(f.at)})${
      high && (high.valueMax ?? high.value) > (f.valueMax ?? f.value) ? html`؛ أعلى رقم ذُكر ${qualified(high)} (${sourceLabel(high.source)})` : ""
    }</li>`;
  })}</ul>
${figuresChart(record.figures, record.conflicts, "figures")}
${conflictsText(record)}
<details class="chart-data"><summary>كل الأرقام (${formatNumber(record.figures.length)})</summary><table><thead><tr><th scope="col">النوع</th><th scope="col">الرقم</th><th scope="col">المصدر</th><th scope="col">الوقت</th><th scope="col">النص</th></tr></thead><tbody>${record.figures.map(
    (f) => html`<tr${conflicted.has(figureKey(f)) ? html` class="conflict"` : ""}><td>${seriesName(f)}</td><td>${qualified(f)}${conflicted.has(figureKey(f)) ? " (تعارض)" : ""}</td><td><a href="/articles/${f.articleId}">${sourceLabel(f.source)}</a></td><td>${formatDayTime(f.at)}</td><td>${f.text}</td></tr>`,
  )}</tbody></table></details>
${undated.length ? html`<p class="meta">${formatCount(undated.length, { one: "رقم واحد", two: "رقمان", few: "أرقام", many: "رقماً", singular: "رقم" })} بلا وقت معروف، في الجدول وحده.</p>` : ""}
</section>`;
}

function timelineSection(record: StoryRecord, members: readonly TimelineArticle[], memberTotal: number): SafeHtml {
  if (members.length === 0) return html``;
  const bySource = new Map<string, TimelineArticle[]>();
  const order = [...record.sources.map((s) => s.name), ...members.map((m) => m.source)];
  for (const name of order) if (!bySource.has(name) && members.some((m) => m.source === name)) bySource.set(name, []);
  for (const m of [...members].sort((a, b) => (timeOf(a.publishedAt) || 0) - (timeOf(b.publishedAt) || 0))) bySource.get(m.source)!.push(m);
  return html`<section aria-labelledby="timeline-h"><h2 id="timeline-h">الأخبار حسب المصدر</h2>
${sourceTimeline(members, record.sources.map((s) => s.name), "timeline")}
${memberTotal > members.length ? html`<p class="meta">يظهر ${formatCount(members.length, ARTICLES)} من ${formatNumber(memberTotal)}.</p>` : ""}
<details class="chart-data"><summary>القائمة نصاً</summary><dl class="by-source">${[...bySource].map(
    ([source, list]) => html`<dt>${sourceLabel(source)}</dt>${list.map((m) => html`<dd><a href="/articles/${m.id}"><bdi>${m.title || "(بلا عنوان)"}</bdi></a> <span class="meta">${formatDayTime(m.publishedAt)}</span></dd>`)}`,
  )}</dl></details>
</section>`;
}

/** Quotes shown on a story page, first stated first (a large story can hold hundreds). */
export const STORY_QUOTES = 30;

function quotesSection(record: StoryRecord): SafeHtml {
  if (record.quotes.length === 0) return html``;
  const shown = record.quotes.slice(0, STORY_QUOTES);
  const people = new Set(record.mainEntities.filter((e) => e.type === "person").map((e) => normalizeArabic(e.name)));
  return html`<section class="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">الاقتباسات${record.quotes.length > shown.length ? html` <span class="meta">(أول ${formatNumber(shown.length)} من ${formatNumber(record.quotes.length)})</span>` : ""}</h2>${shown.map(
    (q) => html`<figure><blockquote><p>${q.text}</p></blockquote><figcaption>${
      q.speaker ? (people.has(normalizeArabic(q.speaker)) ? html`<a href="/entities/${encodeURIComponent(q.speaker)}">${q.speaker}</a>` : q.speaker) : "متحدث غير مسمّى"
    }${q.channel ? html` · ${quoteChannel(q.channel)}` : ""} · <a href="/articles/${q.articleId}">${sourceLabel(q.source)}</a> <span class="meta">(${formatDayTime(q.at)})</span></figcaption></figure>`,
  )}</section>`;
}

/** The body of a story page. `members` are the articles drawn (at most a cap of `memberTotal`). */
export function renderStory(record: StoryRecord, members: readonly TimelineArticle[], memberTotal: number): SafeHtml {
  return html`<article aria-labelledby="story-h">
<p class="kicker">قصة إخبارية</p>
<h1 id="story-h"><bdi>${record.title || "(بلا عنوان)"}</bdi></h1>
${storyMeta(record, record.sources.length, record.conflicts.length)}
<div class="grid">
<div>
${timelineSection(record, members, memberTotal)}
${figuresSection(record)}
${quotesSection(record)}
</div>
<aside aria-label="عن القصة">
<section class="panel"><h2>الخبر الأبرز</h2><p><a href="/articles/${record.centralArticleId}"><bdi>${record.title || "(بلا عنوان)"}</bdi></a></p></section>
${record.mainEntities.length ? html`<section class="panel entities"><h2>أبرز الأعلام</h2><ul class="items">${record.mainEntities.map(
    (e) => html`<li><a href="/entities/${encodeURIComponent(e.name)}">${e.name}</a> <span class="meta">${ENTITY_TYPES[e.type] ?? ""} · ${formatCount(e.articles, ARTICLES)}</span></li>`,
  )}</ul></section>` : ""}
<section class="panel"><h2>المصادر</h2><ul class="items">${record.sources.map(
    (s) => html`<li>${s.name === "unknown" ? sourceLabel(s.name) : html`<a href="/sources/${encodeURIComponent(s.name)}">${s.name}</a>`} <span class="meta">${formatCount(s.articles, ARTICLES)} · أول ظهور ${formatDayTime(s.firstSeen)}</span></li>`,
  )}</ul></section>
</aside>
</div>
</article>`;
}
