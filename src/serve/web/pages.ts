/**
 * The RTL web reader: server-rendered Arabic pages over the store. Rules:
 * - Every page is read-only and renders from store calls only; parameters go through params.ts
 *   (a bad one is a 400 page naming it, as in the API).
 * - All text goes through `html` (escaped); stored URLs become links only when http(s).
 * - Parts a stage does not produce yet (entities, quotes, figures, stories) are left out of a page
 *   with no error: a section shows only when it has something to show.
 * - Time windows are anchored on the newest stored article, not the clock, so a page over an old
 *   corpus still shows its activity and the same data renders the same page.
 */
import { Hono, type Context } from "hono";
import { normalizeArabic } from "../../arabic/normalize.js";
import type { ArticleFilters, SearchQuery, SearchResult, SourceSummary, Store } from "../../store/store.js";
import { notFound } from "../errors.js";
import { titleQuery } from "../related.js";
import { articleIdParam, badParameter, filterParams, intParam, queryText, rejectUnknown, storyIdParam, LIST_PARAMS } from "../params.js";
import { CHART_DAYS, dayChart, type DayCount } from "./chart.js";
import { ARTICLES, dayRange, formatCount, formatDay, formatNumber } from "./format.js";
import { parseWrittenDay } from "./written-day.js";
import { html, type HtmlValue, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { TtlCache } from "./cache.js";
import { ARTICLE_STORY_MEMBERS, foldRelated, otherStoryGroups, renderArticle, renderVersions, type ArticleConnections } from "./article-view.js";
import { ENTITY_TYPES } from "./labels.js";
import { articleItem } from "./parts.js";
import { MAX_SEARCH_PAGE, renderSearch, SEARCH_PAGE_SIZE } from "./search-view.js";
import { findOutlet } from "../../store/outlets.js";
import { entitiesOfWindows, type WindowEntities } from "./trends.js";
import { renderStory, storyList, storySourceName } from "./story-views.js";
import { entityProfile, renderEntity } from "./entity-view.js";
import { clientSignal } from "../client-signal.js";

/** Related articles (by title words) on an article page, besides its copies and story. */
export const RELATED_ARTICLES = 5;
/** Story articles read for an article page's "same story" list (connect order: the story's start). */
export const STORY_MEMBERS_READ = 200;
/** Stories on the home page and per page of /stories; lists leave out one-article stories. */
export const HOME_STORIES = 6;
export const STORY_PAGE_SIZE = 20;
export const MAX_STORY_PAGE = 500;
export const STORY_LIST_MIN_ARTICLES = 2;
/** Articles drawn on a story's timeline, newest first (a larger story says how many are shown). */
export const STORY_TIMELINE_ARTICLES = 300;
/** Latest articles on the home page. */
export const HOME_ARTICLES = 12;
/** Entities listed per window on the home page. */
export const TREND_ENTITIES = 10;
/**
 * Most articles read to rank a window's entities (newest first): a week of a busy store is read
 * whole at about 0.3 ms an article (the last day is counted in the same reading), in the background
 * once cached (TtlCache.getOrRefresh).
 */
export const TREND_MAX_ARTICLES = 3000;

const SEARCH_PAGE_PARAMS = ["q", ...LIST_PARAMS.filter((p) => p !== "limit" && p !== "offset"), "page"];

/**
 * The search URL with its `since`/`until` written in words (a date field) turned to ISO days, or
 * null when they already are ISO (or absent). A field that is not one day is a bad parameter.
 */
function isoDates(params: URLSearchParams): string | null {
  let changed = false;
  const out = new URLSearchParams(params);
  for (const name of ["since", "until"]) {
    const value = params.get(name);
    if (!value || /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) continue;
    const day = parseWrittenDay(value);
    if (!day) throw badParameter(name, "must be a day, written like 23 نوفمبر 2026 or 2026-11-23", value);
    out.set(name, day);
    changed = true;
  }
  return changed ? out.toString() : null;
}

function sendPage(c: Context, shell: Parameters<typeof layout>[0], status = 200): Response {
  return c.html(layout(shell).value, status as 200);
}

/** Number of articles per day over `days`, with `filters` applied (one count query per day). */
export async function countByDay(store: Store, filters: ArticleFilters, days: string[]): Promise<DayCount[]> {
  return Promise.all(days.map(async (day) => ({ day, count: (await store.listArticles({ ...filters, since: day, until: day, limit: 1 })).total })));
}

async function newestDay(store: Store, filters: ArticleFilters = {}): Promise<string | null> {
  const newest = (await store.listArticles({ ...filters, limit: 1 })).items[0];
  return newest?.publishedAt?.slice(0, 10) ?? null;
}

export interface WebOptions {
  /** Anchor for charts when the store is empty. */
  clock: () => string;
  /** How long overview aggregates (sources, top entities, daily counts) are reused; default 30 s, 0 = never. */
  aggregateTtlMs?: number;
}

/** 30 s: an overview a reader loads is at most one ingest batch behind. */
export const DEFAULT_AGGREGATE_TTL_MS = 30_000;

export function webRoutes(store: Store, options: WebOptions): Hono {
  const web = new Hono();
  const cache = new TtlCache(options.aggregateTtlMs ?? DEFAULT_AGGREGATE_TTL_MS, 500);
  const outletsOf = () => cache.getOrRefresh("outlets", () => store.listSources());
  const windowEntities = (lastDay: string) => cache.getOrRefresh(`window-entities:${lastDay}`, () => entitiesOfWindows(store, lastDay, [1, 7], TREND_ENTITIES, TREND_MAX_ARTICLES));
  const topEntities = (limit: number) => cache.get(`entities:${limit}`, () => store.listEntities({ limit }));
  const dailyCounts = (filters: ArticleFilters, lastDay: string) =>
    cache.getOrRefresh(`days:${JSON.stringify(filters)}:${lastDay}`, () => countByDay(store, filters, dayRange(lastDay, CHART_DAYS)));
  const newest = (filters: ArticleFilters = {}) => cache.get(`newest:${JSON.stringify(filters)}`, () => newestDay(store, filters));

  async function connectionsOf(id: string): Promise<ArticleConnections> {
    const links = await store.getArticleLinks(id);
    const story = links?.storyId ? await store.getStory(links.storyId) : null;
    if (!links || !story) return { links, story: null, storyMembers: [] };
    const members = await store.storyArticles(story.id, { limit: STORY_MEMBERS_READ });
    return { links, story, storyMembers: otherStoryGroups(members.items, links.dupGroup) };
  }

  web.get("/", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const [latest, outlets, anchor, stories] = await Promise.all([
      store.listArticles({ limit: HOME_ARTICLES }),
      outletsOf(),
      newest(),
      store.listStories({ minArticles: STORY_LIST_MIN_ARTICLES, limit: HOME_STORIES }),
    ]);
    const lastDay = anchor ?? options.clock().slice(0, 10);
    const [chart, windows] = await Promise.all([dailyCounts({}, lastDay), anchor ? windowEntities(lastDay) : null]);
    const [day, week] = windows ?? [null, null];
    return sendPage(c, {
      title: "الرئيسية",
      body: html`<h1>مرصد الأخبار العربية</h1>
<div class="grid">
<div>
<section aria-labelledby="attention-h"><h2 id="attention-h">حجم التغطية</h2>${dayChart(chart, `عدد الأخبار في اليوم، آخر ${formatNumber(CHART_DAYS)} يوماً`, "attention")}</section>
${stories.items.length ? html`<section aria-labelledby="stories-h"><h2 id="stories-h">أحدث القصص</h2>${storyList(stories)}<p><a href="/stories">كل القصص (${formatNumber(stories.total)})</a></p></section>` : ""}
<section aria-labelledby="latest-h"><h2 id="latest-h">أحدث الأخبار</h2>
${latest.items.length ? html`<ul class="items">${latest.items.map(articleItem)}</ul><p><a href="/search">ابحث في ${formatCount(latest.total, ARTICLES)}</a></p>` : html`<p>لا أخبار مخزنة بعد. شغّل <code>marsad ingest</code> لإضافة أخبار.</p>`}
</section>
</div>
<div>
${day && day.items.length ? trendSection("trend-day", `الأكثر ذكراً يوم ${formatDay(lastDay)}`, day) : ""}
${week && week.items.length ? trendSection("trend-week", "الأكثر ذكراً في الأيام السبعة الأخيرة", week) : ""}
<section class="panel" aria-labelledby="src-h"><h2 id="src-h">المصادر</h2>${sourceList(outlets)}</section>
</div>
</div>`,
    });
  });

  web.get("/search", async (c) => {
    const params = new URL(c.req.url).searchParams;
    rejectUnknown(params, SEARCH_PAGE_PARAMS);
    // Dates typed in the form (23 نوفمبر 2026) become ISO in the URL, the search page's one state.
    const written = isoDates(params);
    if (written) return c.redirect(`/search?${written}`, 303);
    const q = queryText(params, false);
    const page = intParam(params, "page", 1, MAX_SEARCH_PAGE) ?? 1;
    const filters = filterParams(params);
    let result: SearchResult | null = null;
    let query: SearchQuery | null = null;
    if (q) {
      query = { q, ...filters, facets: ["source", "day", "entity"], limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE };
      result = await store.search({ ...query, signal: clientSignal(c) });
    }
    const feed = new URLSearchParams(params);
    feed.delete("page");
    return sendPage(c, {
      title: q ? `بحث: ${q}` : "البحث",
      q,
      isNoIndex: true,
      head: q ? html`<link rel="alternate" type="application/atom+xml" title="خلاصة البحث" href="/feeds/search?${feed.toString()}">` : "",
      body: renderSearch(params, q, page, result, query),
    });
  });

  web.get("/articles/:id", async (c) => {
    const params = new URL(c.req.url).searchParams;
    rejectUnknown(params, ["from", "to"]);
    const id = articleIdParam(c.req.param("id"));
    const article = await store.getArticle(id);
    if (!article) throw notFound(`article ${id}`);
    const n = article.versions.length;
    const toN = intParam(params, "to", 1, n) ?? n;
    const fromN = intParam(params, "from", 1, n) ?? Math.max(1, toN - 1);
    if (fromN > toN) throw badParameter("from", `must not be after to (${toN})`, String(fromN));
    const [from, to] = n > 1 ? await Promise.all([store.getArticleVersion(id, fromN), store.getArticleVersion(id, toN)]) : [null, null];
    const connections = await connectionsOf(id);
    const shown = new Set([id, ...(connections.links?.duplicates ?? []).map((d) => d.id), ...connections.storyMembers.slice(0, ARTICLE_STORY_MEMBERS).map((m) => m.article.id)]);
    const rq = titleQuery(article.title);
    // Copies are folded here, one per duplicate group, rather than by the store: its folding ranks
    // every match by group (44 ms p50 at 100k articles for a title's words, 14 ms without).
    const hits = rq ? (await store.search({ q: rq, limit: RELATED_ARTICLES + 1 + ARTICLE_STORY_MEMBERS, collapseDuplicates: false, signal: clientSignal(c) })).hits : [];
    const related = foldRelated(hits, shown, connections.links?.dupGroup ?? null, RELATED_ARTICLES);
    return sendPage(c, { title: article.title || "خبر", body: renderArticle(article, related, renderVersions(article, from, to, fromN, toN), connections) });
  });

  web.get("/stories", async (c) => {
    const params = new URL(c.req.url).searchParams;
    rejectUnknown(params, ["page"]);
    const page = intParam(params, "page", 1, MAX_STORY_PAGE) ?? 1;
    const list = await store.listStories({ minArticles: STORY_LIST_MIN_ARTICLES, limit: STORY_PAGE_SIZE, offset: (page - 1) * STORY_PAGE_SIZE });
    const pages = Math.min(MAX_STORY_PAGE, Math.ceil(list.total / STORY_PAGE_SIZE));
    return sendPage(c, {
      title: "القصص",
      body: html`<h1>القصص</h1>
<p class="meta">قصة إخبارية: حدث واحد تناقلته مصادر عدة على مدى ساعات أو أيام، مجمّعاً آلياً؛ الأحدث نشاطاً أولاً، والقصص ذات الخبر الواحد في صفحات أخبارها.</p>
${list.items.length ? html`<section aria-labelledby="list-h"><h2 id="list-h">الأحدث نشاطاً (${formatNumber(list.total)})</h2>${storyList(list)}</section>` : html`<p>لا قصص بعد: تتكوّن القصص بعد ربط الأخبار المخزنة (<code>marsad connect</code>، ويجري تلقائياً بعد الإدخال).</p>`}
${pages > 1 ? html`<nav class="pager" aria-label="صفحات القصص">${page > 1 ? html`<a rel="prev" href="/stories${page === 2 ? "" : `?page=${page - 1}`}">→ السابقة</a>` : html`<span></span>`}<span>صفحة ${formatNumber(page)} من ${formatNumber(pages)}</span>${page < pages ? html`<a rel="next" href="/stories?page=${page + 1}">التالية ←</a>` : html`<span></span>`}</nav>` : ""}`,
    });
  });

  web.get("/stories/:id", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const id = storyIdParam(c.req.param("id"));
    const story = await store.getStory(id);
    if (!story) throw notFound(`story ${id}`);
    // A story merged into another answers with the survivor, under its own address.
    if (story.id !== id) return c.redirect(`/stories/${story.id}`, 301);
    const members = await store.storyArticles(story.id, { limit: STORY_TIMELINE_ARTICLES });
    const timeline = members.items.map(({ article: a }) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt, source: storySourceName(a.source) }));
    return sendPage(c, { title: story.title || "قصة", body: renderStory(story, timeline, members.total) });
  });

  web.get("/sources", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    return sendPage(c, { title: "المصادر", body: html`<h1>المصادر</h1>${sourceList(await outletsOf())}` });
  });

  web.get("/sources/:key", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const key = c.req.param("key");
    const outlet = findOutlet(await outletsOf(), key);
    if (!outlet) throw notFound(`source ${key}`);
    const filters = { sources: outlet.keys };
    const [latest, anchor] = await Promise.all([store.listArticles({ ...filters, limit: 20 }), newest(filters)]);
    const chart = await dailyCounts(filters, anchor ?? options.clock().slice(0, 10));
    return sendPage(c, {
      title: outlet.name,
      body: html`<h1>${outlet.name}</h1>
<p class="meta"><span>${formatCount(outlet.articleCount, ARTICLES)}</span>${outlet.domain ? html`<span>${outlet.domain}</span>` : ""}<span>من ${formatDay(outlet.firstPublishedAt)} إلى ${formatDay(outlet.lastPublishedAt)}</span></p>
<div class="grid">
<section aria-labelledby="latest-h"><h2 id="latest-h">أحدث أخباره</h2><ul class="items">${latest.items.map(articleItem)}</ul></section>
<section class="panel" aria-labelledby="vol-h"><h2 id="vol-h">حجم النشر</h2>${dayChart(chart, `أخبار ${outlet.name} في اليوم`, "volume")}</section>
</div>`,
    });
  });

  web.get("/entities", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const entities = await topEntities(100);
    return sendPage(c, {
      title: "الأعلام",
      body: html`<h1>الأعلام</h1>${entities.length ? html`<ul class="items">${entities.map((e) => html`<li><a href="/entities/${encodeURIComponent(e.name)}">${e.name}</a> <span class="meta">${ENTITY_TYPES[e.type] ?? ""} · ${formatCount(e.articleCount, ARTICLES)}</span></li>`)}</ul>` : html`<p>لم تُستخرج أعلام من الأخبار المخزنة بعد.</p>`}`,
    });
  });

  web.get("/entities/:name", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const name = c.req.param("name").trim();
    if (!name || name.length > 200) throw badParameter(":name", "must be 1..200 characters", name);
    const matches = await store.listEntities({ name, limit: 5 });
    const entity = matches.find((e) => normalizeArabic(e.name) === normalizeArabic(name)) ?? matches[0];
    if (!entity) throw notFound(`entity ${name}`);
    const profile = await entityProfile(store, entity, {
      countByDay: (days) => countByDay(store, { entities: [entity.name] }, days),
      newestDay: async () => (await newest()) ?? options.clock().slice(0, 10),
    });
    return sendPage(c, { title: entity.name, body: renderEntity(profile) });
  });

  return web;
}

function sourceList(outlets: SourceSummary[]): HtmlValue {
  if (outlets.length === 0) return html`<p>لا مصادر بعد.</p>`;
  return html`<ul class="items">${outlets.map((o) => html`<li><a href="/sources/${encodeURIComponent(o.key)}">${o.name}</a> <span class="count">(${formatCount(o.articleCount, ARTICLES)})</span></li>`)}</ul>`;
}

function trendSection(id: string, title: string, w: WindowEntities): SafeHtml {
  return html`<section class="panel entities" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>
<ol class="items">${w.items.map((e) => html`<li><a href="/entities/${encodeURIComponent(e.name)}">${e.name}</a> <span class="count">(${formatCount(e.articles, ARTICLES)})</span></li>`)}</ol>
${w.isPartial ? html`<p class="meta">من أحدث ${formatCount(w.articlesRead, ARTICLES)} من ${formatNumber(w.windowArticles)}</p>` : ""}</section>`;
}

export function renderErrorPage(c: Context, e: { status: number; message: string; parameter?: string }): Response {
  const title = e.status === 404 ? "الصفحة غير موجودة" : e.status === 400 ? "طلب غير صالح" : "خطأ في الخادم";
  return sendPage(c, {
    title,
    isNoIndex: true,
    body: html`<h1>${title}</h1>${e.parameter ? html`<p>المعامل <code>${e.parameter}</code> غير صالح.</p>` : ""}<p class="notice" lang="en" dir="ltr">${e.message}</p><p><a href="/">العودة إلى الرئيسية</a></p>`,
  }, e.status);
}

