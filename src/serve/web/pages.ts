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
import { normalizeArabic } from "../../understand/arabic/normalize.js";
import { markSnippet } from "../../search/snippet.js";
import type { ArticleFilters, ArticleSummary, FacetCount, SearchHit, SearchQuery, SearchResult, Store, StoredArticle } from "../../store/store.js";
import type { Article } from "../../types.js";
import { notFound } from "../errors.js";
import { articleIdParam, badParameter, filterParams, intParam, queryText, rejectUnknown, LIST_PARAMS } from "../params.js";
import { dayChart, type DayCount } from "./chart.js";
import { diffText, hasChanges } from "./diff.js";
import { ARTICLES, dayBefore, dayRange, formatCount, formatDay, formatNumber, VERSIONS } from "./format.js";
import { escapeHtml, html, safeHref, trusted, type HtmlValue, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { TtlCache } from "./cache.js";
import { findOutlet, groupOutlets, type Outlet } from "./outlets.js";
import { entitiesOfWindow, type WindowEntities } from "./trends.js";

export const SEARCH_PAGE_SIZE = 10;
/** Deepest search page offered: the store answers offsets up to 10,000. */
export const MAX_SEARCH_PAGE = 1000;
/** Days shown by attention charts. */
export const CHART_DAYS = 14;
/** Snippets this similar (word-shingle Jaccard) on one results page are shown as one hit. */
export const DUPLICATE_SIMILARITY = 0.6;
/** Articles read to collect an entity's quotes. */
export const QUOTE_SCAN_ARTICLES = 10;
/** Latest articles on the home page. */
export const HOME_ARTICLES = 12;
/** Entities listed per window on the home page. */
export const TREND_ENTITIES = 10;
/**
 * Most articles read to rank a window's entities (newest first): a week of a busy store is read
 * whole at about 0.3 ms an article, in the background once cached (TtlCache.getOrRefresh).
 */
export const TREND_MAX_ARTICLES = 3000;
/** Title words used to find related articles: more words make the any-word query slower, not better. */
export const RELATED_WORDS = 6;

const SEARCH_PAGE_PARAMS = ["q", ...LIST_PARAMS.filter((p) => p !== "limit" && p !== "offset"), "page"];
const PLATFORM_NAMES: Record<string, string> = { x: "إكس", facebook: "فيسبوك", instagram: "إنستغرام", youtube: "يوتيوب", telegram: "تلغرام", tiktok: "تيك توك", other: "منشور" };
const ENTITY_TYPES: Record<string, string> = { person: "شخص", location: "مكان", organization: "منظمة", misc: "أخرى" };
const FACT_KINDS: Record<string, string> = { killed: "قتلى", injured: "مصابون", evacuated: "تم إجلاؤهم", displaced: "نازحون", arrested: "معتقلون", missing: "مفقودون", other: "أخرى" };
const QUALIFIERS: Record<string, string> = { exact: "", about: "نحو", more_than: "أكثر من", at_least: "على الأقل", less_than: "أقل من", up_to: "حتى" };

function sendPage(c: Context, shell: Parameters<typeof layout>[0], status = 200): Response {
  return c.html(layout(shell).value, status as 200);
}

function articleLink(a: { id: string; title: string }): SafeHtml {
  return html`<a href="/articles/${a.id}">${a.title || "(بلا عنوان)"}</a>`;
}

function sourceLink(a: ArticleSummary | StoredArticle, key: string): SafeHtml {
  return html`<a href="/sources/${encodeURIComponent(key)}">${a.source.name ?? a.source.domain ?? "مصدر غير معروف"}</a>`;
}

function articleMeta(a: ArticleSummary): SafeHtml {
  return html`<div class="meta"><span>${sourceLink(a, a.sourceKey)}</span><span><time datetime="${a.publishedAt ?? ""}">${formatDay(a.publishedAt)}</time></span>${
    a.version > 1 ? html`<span>${formatCount(a.version, VERSIONS)}</span>` : ""
  }</div>`;
}

function marked(snippet: SearchHit["snippet"]): SafeHtml {
  return trusted(markSnippet(snippet, "<mark>", "</mark>", escapeHtml));
}

/** Number of articles per day over `days`, with `filters` applied (one count query per day). */
export async function countByDay(store: Store, filters: ArticleFilters, days: string[]): Promise<DayCount[]> {
  return Promise.all(days.map(async (day) => ({ day, count: (await store.listArticles({ ...filters, since: day, until: day, limit: 1 })).total })));
}

async function newestDay(store: Store, filters: ArticleFilters = {}): Promise<string | null> {
  const newest = (await store.listArticles({ ...filters, limit: 1 })).items[0];
  return newest?.publishedAt?.slice(0, 10) ?? null;
}

function shingles(text: string): Set<string> {
  const words = normalizeArabic(text).split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common);
}

export interface CollapsedHit {
  hit: SearchHit;
  duplicates: SearchHit[];
}

/**
 * Folds hits whose snippets say nearly the same thing (an agency story republished by other
 * sites) under the best-ranked one. Until the connect stage stores near-duplicate clusters, this
 * works on the page's snippets only.
 */
export function collapseDuplicates(hits: SearchHit[]): CollapsedHit[] {
  const groups: { hit: SearchHit; sig: Set<string>; duplicates: SearchHit[] }[] = [];
  for (const hit of hits) {
    const sig = shingles(`${hit.title.text} ${hit.snippet.text}`);
    const group = groups.find((g) => jaccard(g.sig, sig) >= DUPLICATE_SIMILARITY);
    if (group) group.duplicates.push(hit);
    else groups.push({ hit, sig, duplicates: [] });
  }
  return groups.map(({ hit, duplicates }) => ({ hit, duplicates }));
}

function hitItem({ hit, duplicates }: CollapsedHit): SafeHtml {
  return html`<li>
<h3 class="hit-title"><a href="/articles/${hit.article.id}">${marked(hit.title)}</a></h3>
${articleMeta(hit.article)}
${hit.snippet.text ? html`<p class="snippet">${marked(hit.snippet)}</p>` : ""}
${duplicates.length ? html`<p class="dup">نُشر الخبر نفسه تقريباً في: ${duplicates.map((d, i) => html`${i ? "، " : ""}<a href="/articles/${d.article.id}">${d.article.source.name ?? d.article.sourceKey}</a>`)}</p>` : ""}
</li>`;
}

function articleItem(a: ArticleSummary): SafeHtml {
  return html`<li><h3 class="hit-title">${articleLink(a)}</h3>${articleMeta(a)}</li>`;
}

/** A URL of the search page with `params` changed (undefined deletes). */
function withParams(base: URLSearchParams, changes: Record<string, string | undefined>, addTo?: [string, string]): string {
  const p = new URLSearchParams(base);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) p.delete(k);
    else p.set(k, v);
  }
  if (addTo && !p.getAll(addTo[0]).includes(addTo[1])) p.append(addTo[0], addTo[1]);
  p.delete("page");
  return `/search?${p.toString()}`;
}

function without(base: URLSearchParams, name: string, value: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of base) if (!(k === name && v === value) && k !== "page") p.append(k, v);
  return `/search?${p.toString()}`;
}

const FILTER_LABELS: Record<string, string> = { source: "المصدر", since: "من", until: "إلى", lang: "اللغة", tag: "الوسم", entity: "العلم" };

function facetList(title: string, name: string, counts: FacetCount[] | undefined, base: URLSearchParams, label: (v: string) => string = (v) => v): SafeHtml {
  if (!counts || counts.length === 0) return html``;
  return html`<section aria-label="${title}"><h3>${title}</h3><ul>${counts.slice(0, 12).map((f) =>
    name === "day"
      ? html`<li><a href="${withParams(base, { since: f.value, until: f.value })}">${label(f.value)}</a> <span class="count">(${formatNumber(f.count)})</span></li>`
      : html`<li><a href="${withParams(base, {}, [name, f.value])}">${label(f.value)}</a> <span class="count">(${formatNumber(f.count)})</span></li>`,
  )}</ul></section>`;
}

/** Source facet folded by outlet: one line per outlet, its link filters on every key of the outlet. */
function sourceFacet(counts: FacetCount[] | undefined, outlets: Outlet[], base: URLSearchParams): SafeHtml {
  if (!counts || counts.length === 0) return html``;
  const folded = new Map<string, { outlet: Outlet | undefined; label: string; keys: string[]; count: number }>();
  for (const f of counts) {
    const outlet = findOutlet(outlets, f.value);
    const id = outlet?.key ?? f.value;
    const entry = folded.get(id) ?? folded.set(id, { outlet, label: outlet?.name ?? f.value, keys: outlet?.keys ?? [f.value], count: 0 }).get(id)!;
    entry.count += f.count;
  }
  const rows = [...folded.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)).slice(0, 12);
  const link = (keys: string[]) => {
    const p = new URLSearchParams(base);
    p.delete("page");
    for (const k of keys) if (!p.getAll("source").includes(k)) p.append("source", k);
    return `/search?${p.toString()}`;
  };
  return html`<section aria-label="المصادر"><h3>المصادر</h3><ul>${rows.map((r) => html`<li><a href="${link(r.keys)}">${r.label}</a> <span class="count">(${formatNumber(r.count)})</span></li>`)}</ul></section>`;
}

function renderSearch(params: URLSearchParams, q: string, page: number, result: SearchResult | null, query: SearchQuery | null, outlets: Outlet[]): SafeHtml {
  const active: [string, string][] = [];
  for (const [k, v] of params) if (k in FILTER_LABELS && v) active.push([k, v]);
  const totalPages = result ? Math.min(MAX_SEARCH_PAGE, Math.ceil(result.total / SEARCH_PAGE_SIZE)) : 0;
  const feedQuery = new URLSearchParams(params);
  feedQuery.delete("page");
  const groups = result ? collapseDuplicates(result.hits) : [];
  return html`<h1>${q ? html`نتائج البحث عن «${q}»` : "البحث في الأخبار"}</h1>
<form class="search-form" action="/search" method="get" role="search" aria-label="بحث متقدم">
<label class="q" for="q">نص البحث<input type="search" id="q" name="q" value="${q}" maxlength="500" required aria-describedby="q-help"></label>
<label for="since">من تاريخ<input type="date" id="since" name="since" value="${params.get("since") ?? ""}"></label>
<label for="until">إلى تاريخ<input type="date" id="until" name="until" value="${params.get("until") ?? ""}"></label>
${params.getAll("source").map((s) => html`<input type="hidden" name="source" value="${s}">`)}${params.getAll("entity").map((s) => html`<input type="hidden" name="entity" value="${s}">`)}${params.getAll("tag").map((s) => html`<input type="hidden" name="tag" value="${s}">`)}
<button type="submit">ابحث</button>
</form>
<p id="q-help" class="meta">اكتب كلمات (كلها مطلوبة)، أو <code>"عبارة"</code> بين علامتي تنصيص، أو <code>OR</code> بين بديلين، أو <code>-كلمة</code> للاستبعاد، أو <code>بادئة*</code>.</p>
${active.length ? html`<ul class="chips" aria-label="عوامل التصفية">${active.map(([k, v]) => html`<li>${FILTER_LABELS[k]}: ${k === "since" || k === "until" ? formatDay(v) : v} <a href="${without(params, k, v)}" aria-label="إزالة ${FILTER_LABELS[k]}: ${v}">✕</a></li>`)}</ul>` : ""}
${result && query ? html`<div class="grid">
<section aria-labelledby="results-h">
<h2 id="results-h">${formatNumber(result.total)} نتيجة${result.relaxed ? html` <span class="meta">(لا نتائج تحوي كل الكلمات؛ تظهر النتائج التي تحوي بعضها)</span>` : ""}</h2>
${result.warnings.length ? html`<p class="notice">${result.warnings.join("؛ ")}</p>` : ""}
${groups.length ? html`<ul class="items">${groups.map(hitItem)}</ul>` : html`<p>لا توجد نتائج. جرّب كلمات أخرى أو أزل بعض عوامل التصفية.</p>`}
${totalPages > 1 ? html`<nav class="pager" aria-label="صفحات النتائج">${page > 1 ? html`<a rel="prev" href="/search?${pageQuery(params, page - 1)}">→ السابقة</a>` : html`<span></span>`}<span>صفحة ${formatNumber(page)} من ${formatNumber(totalPages)}</span>${page < totalPages ? html`<a rel="next" href="/search?${pageQuery(params, page + 1)}">التالية ←</a>` : html`<span></span>`}</nav>` : ""}
<p class="meta">تابع هذا البحث: <a href="/feeds/search?${feedQuery.toString()}">خلاصة Atom</a> · صدّر النتائج: <a href="/export/search?${feedQuery.toString()}&amp;format=jsonl">JSONL</a> · <a href="/export/search?${feedQuery.toString()}&amp;format=csv">CSV</a></p>
</section>
<aside class="facets panel" aria-label="تصفية النتائج">
<h2>تصفية</h2>
${sourceFacet(result.facets.source, outlets, params)}
${facetList("الأيام", "day", result.facets.day, params, formatDay)}
${facetList("الأعلام", "entity", result.facets.entity, params)}
</aside>
</div>` : ""}`;
}

function pageQuery(params: URLSearchParams, page: number): string {
  const p = new URLSearchParams(params);
  if (page === 1) p.delete("page");
  else p.set("page", String(page));
  return p.toString();
}

function paragraphs(text: string): SafeHtml[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => html`<p>${p}</p>`);
}

function embedBlock(e: Article["embeds"][number]): SafeHtml {
  const who = [e.author, e.handle].filter(Boolean).join(" ");
  return html`<blockquote class="embed"${e.language ? html` lang="${e.language}"` : ""}>
<p class="who">${PLATFORM_NAMES[e.platform] ?? "منشور"}${who ? html`: ${who}` : ""}</p>
<p>${e.text}</p>
${e.links.length ? html`<p class="meta">${e.links.map((l, i) => { const href = safeHref(l); return html`${i ? " " : ""}${href ? html`<a href="${href}" rel="nofollow noopener noreferrer">${l}</a>` : l}`; })}</p>` : ""}
${e.postedAt ? html`<p class="meta">${formatDay(e.postedAt)}</p>` : ""}
</blockquote>`;
}

function factText(f: Article["facts"][number]): string {
  const q = QUALIFIERS[f.qualifier] ?? "";
  const range = f.valueMax !== null ? `${formatNumber(f.value)}–${formatNumber(f.valueMax)}` : formatNumber(f.value);
  return `${FACT_KINDS[f.kind] ?? f.kind}: ${q ? `${q} ` : ""}${range}${f.group ? ` (${f.group})` : ""}`;
}

function renderVersions(article: StoredArticle, from: Article | null, to: Article | null, fromN: number, toN: number): SafeHtml {
  if (article.versions.length < 2) return html``;
  const titleDiff = from && to ? diffText(from.title, to.title) : [];
  const bodyDiff = from && to ? diffText(from.body, to.body) : [];
  const part = (p: { kind: string; text: string }) =>
    p.kind === "added" ? html`<ins>${p.text}</ins>` : p.kind === "removed" ? html`<del>${p.text}</del>` : html`${p.text}`;
  return html`<section aria-labelledby="versions-h" class="panel">
<h2 id="versions-h">النسخ (${formatNumber(article.versions.length)})</h2>
<p class="meta">عدّل الموقع هذا الخبر بعد نشره؛ يحفظ مرصد كل نسخة.</p>
<ol>${article.versions.map((v) => html`<li>النسخة ${formatNumber(v.version)}: ${v.title} <span class="meta">(حُفظت ${formatDay(v.storedAt)})</span>${
    v.version > 1 ? html` — <a href="/articles/${article.id}?from=${v.version - 1}&amp;to=${v.version}#diff">الفرق عن النسخة ${formatNumber(v.version - 1)}</a>` : ""
  }</li>`)}</ol>
${from && to ? html`<h3 id="diff">الفرق بين النسخة ${formatNumber(fromN)} والنسخة ${formatNumber(toN)}</h3>
<p class="meta">النص المحذوف <del>مشطوب</del> والمضاف <ins>مسطّر</ins>.</p>
${hasChanges(titleDiff) ? html`<p><strong>العنوان:</strong> ${titleDiff.map(part)}</p>` : ""}
${hasChanges(bodyDiff) ? html`<div class="diff">${bodyDiff.map(part)}</div>` : html`<p>لم يتغير نص المتن.</p>`}` : ""}
</section>`;
}

function renderArticle(a: StoredArticle, related: SearchHit[], versions: SafeHtml): SafeHtml {
  const sourceKey = a.source.domain ?? a.source.name ?? "unknown";
  const original = safeHref(a.url);
  const articleTags = a.tags.filter((t) => t.scope === "article");
  return html`<article aria-labelledby="article-h">
<h1 id="article-h">${a.title || "(بلا عنوان)"}</h1>
<div class="meta"><span>${sourceLink(a, sourceKey)}</span><span><time datetime="${a.publishedAt ?? ""}">${formatDay(a.publishedAt)}</time></span>${a.author ? html`<span>${a.author}</span>` : ""}${
    original ? html`<span><a href="${original}" rel="nofollow noopener noreferrer">الرابط الأصلي</a></span>` : html`<span>${a.input}</span>`
  }${a.version > 1 ? html`<span><a href="#versions-h">${formatCount(a.version, VERSIONS)}</a></span>` : ""}</div>
<div class="grid">
<div class="article-body"${a.language && a.language !== "und" ? html` lang="${a.language}"` : ""}>
${paragraphs(a.body)}
${a.embeds.map(embedBlock)}
</div>
<aside aria-label="عن الخبر">
${a.entities.length ? html`<section class="panel entities"><h2>الأعلام</h2>${a.entities.map((e) => html`<a href="/entities/${encodeURIComponent(e.name)}" title="${ENTITY_TYPES[e.type] ?? ""}">${e.name}</a> `)}</section>` : ""}
${articleTags.length ? html`<section class="panel tags"><h2>الوسوم</h2>${articleTags.map((t) => html`<a href="/search?q=${encodeURIComponent(`"${t.text.replace(/"/g, "")}"`)}">${t.text}</a> `)}</section>` : ""}
${a.facts.length ? html`<section class="panel"><h2>الأرقام</h2><ul>${a.facts.map((f) => html`<li>${factText(f)}</li>`)}</ul></section>` : ""}
${a.quotes.length ? html`<section class="panel quotes"><h2>الاقتباسات</h2>${a.quotes.map((q) => html`<figure><blockquote><p>${q.text}</p></blockquote><figcaption>${
    q.speaker ? html`<a href="/entities/${encodeURIComponent(q.speaker)}">${q.speaker}</a>` : "متحدث غير مسمّى"
  }${q.channel ? html` · ${q.channel}` : ""}</figcaption></figure>`)}</section>` : ""}
</aside>
</div>
</article>
${versions}
${related.length ? html`<section aria-labelledby="related-h"><h2 id="related-h">أخبار ذات صلة</h2><ul class="items">${related.map((h) => html`<li>${articleLink(h.article)} ${articleMeta(h.article)}</li>`)}</ul></section>` : ""}`;
}

/** A query of the article's title words, for "related": any-word matching ranks the closest first. */
export function relatedQuery(title: string): string {
  return title.replace(/["()*|\-:«»،,.؟?!]/g, " ").split(/\s+/).filter((w) => w.length > 2 && w !== "OR").slice(0, RELATED_WORDS).join(" ");
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
  const outletsOf = () => cache.get("outlets", async () => groupOutlets(await store.listSources()));
  const windowEntities = (lastDay: string, days: number) =>
    cache.getOrRefresh(`window-entities:${lastDay}:${days}`, () => entitiesOfWindow(store, dayBefore(lastDay, days - 1), lastDay, TREND_ENTITIES, TREND_MAX_ARTICLES));
  const topEntities = (limit: number) => cache.get(`entities:${limit}`, () => store.listEntities({ limit }));
  const dailyCounts = (filters: ArticleFilters, lastDay: string) =>
    cache.get(`days:${JSON.stringify(filters)}:${lastDay}`, () => countByDay(store, filters, dayRange(lastDay, CHART_DAYS)));
  const newest = (filters: ArticleFilters = {}) => cache.get(`newest:${JSON.stringify(filters)}`, () => newestDay(store, filters));

  web.get("/", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const [latest, outlets, anchor] = await Promise.all([store.listArticles({ limit: HOME_ARTICLES }), outletsOf(), newest()]);
    const lastDay = anchor ?? options.clock().slice(0, 10);
    const [chart, day, week] = await Promise.all([
      dailyCounts({}, lastDay),
      anchor ? windowEntities(lastDay, 1) : null,
      anchor ? windowEntities(lastDay, 7) : null,
    ]);
    return sendPage(c, {
      title: "الرئيسية",
      body: html`<h1>مرصد الأخبار العربية</h1>
<div class="grid">
<div>
<section aria-labelledby="latest-h"><h2 id="latest-h">أحدث الأخبار</h2>
${latest.items.length ? html`<ul class="items">${latest.items.map(articleItem)}</ul><p><a href="/search">ابحث في ${formatCount(latest.total, ARTICLES)}</a></p>` : html`<p>لا أخبار مخزنة بعد. شغّل <code>marsad ingest</code> لإضافة أخبار.</p>`}
</section>
</div>
<div>
<section class="panel" aria-labelledby="attention-h"><h2 id="attention-h">حجم التغطية</h2>${dayChart(chart, "عدد الأخبار في اليوم", "attention")}</section>
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
    const q = queryText(params, false);
    const page = intParam(params, "page", 1, MAX_SEARCH_PAGE) ?? 1;
    const filters = filterParams(params);
    let result: SearchResult | null = null;
    let query: SearchQuery | null = null;
    if (q) {
      query = { q, ...filters, facets: ["source", "day", "entity"], limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE };
      result = await store.search(query);
    }
    const outlets = result ? await outletsOf() : [];
    const feed = new URLSearchParams(params);
    feed.delete("page");
    return sendPage(c, {
      title: q ? `بحث: ${q}` : "البحث",
      q,
      isNoIndex: true,
      head: q ? html`<link rel="alternate" type="application/atom+xml" title="خلاصة البحث" href="/feeds/search?${feed.toString()}">` : "",
      body: renderSearch(params, q, page, result, query, outlets),
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
    const rq = relatedQuery(article.title);
    const related = rq ? (await store.search({ q: rq, limit: 6 })).hits.filter((h) => h.article.id !== id).slice(0, 5) : [];
    return sendPage(c, { title: article.title || "خبر", body: renderArticle(article, related, renderVersions(article, from, to, fromN, toN)) });
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
    // One search gives the articles, the co-mentioned entities and the days at once (listArticles
    // with the same entity filter counts far more slowly); the filter keeps it to real mentions,
    // not to words that merely share a stem with the name.
    const phrase = `"${entity.name.replace(/"/g, "")}"`;
    const found = await store.search({ q: phrase, entities: [entity.name], facets: ["entity", "day"], limit: 20 });
    const articles = { items: found.hits.map((h) => h.article) };
    const perDay = new Map((found.facets.day ?? []).map((f) => [f.value, f.count]));
    const anchor = found.facets.day?.map((f) => f.value).sort().pop() ?? (await newest()) ?? options.clock().slice(0, 10);
    const chart = dayRange(anchor, CHART_DAYS).map((day) => ({ day, count: perDay.get(day) ?? 0 }));
    const own = new Set([entity.name, ...entity.spellings].map(normalizeArabic));
    const coMentioned = (found.facets.entity ?? []).filter((f) => !own.has(normalizeArabic(f.value))).slice(0, 15);
    const full = await Promise.all(articles.items.slice(0, QUOTE_SCAN_ARTICLES).map((a) => store.getArticle(a.id)));
    // Only people speak; a speaker matches when one of the entity's spellings is the whole speaker
    // name or its end ("الوزير نادر العلمي").
    const speaks = (speaker: string) => [...own].some((s) => { const n = normalizeArabic(speaker); return n === s || n.endsWith(` ${s}`); });
    const quotes = entity.type !== "person" ? [] : full.flatMap((a) => (a ? a.quotes.filter((q) => q.speaker && speaks(q.speaker)).map((q) => ({ q, a })) : []));
    return sendPage(c, {
      title: entity.name,
      body: html`<h1>${entity.name}</h1>
<p class="meta"><span>${ENTITY_TYPES[entity.type] ?? ""}</span><span>${formatCount(entity.articleCount, ARTICLES)}</span>${entity.spellings.length > 1 ? html`<span>يُكتب أيضاً: ${entity.spellings.filter((s) => s !== entity.name).join("، ")}</span>` : ""}</p>
<div class="grid">
<div>
<section aria-labelledby="mentions-h"><h2 id="mentions-h">الأخبار التي تذكره (${formatNumber(found.total)})</h2><ul class="items">${articles.items.map(articleItem)}</ul></section>
${quotes.length ? html`<section class="quotes" aria-labelledby="q-h"><h2 id="q-h">من أقواله</h2>${quotes.map(({ q, a }) => html`<figure><blockquote><p>${q.text}</p></blockquote><figcaption>${articleLink(a)}${q.channel ? html` · ${q.channel}` : ""}</figcaption></figure>`)}</section>` : ""}
</div>
<div>
<section class="panel" aria-labelledby="att-h"><h2 id="att-h">الذكر عبر الزمن</h2>${dayChart(chart, `أخبار تذكر ${entity.name}`, "mentions")}</section>
${coMentioned.length ? html`<section class="panel entities" aria-labelledby="co-h"><h2 id="co-h">يُذكر معه</h2><ul class="items">${coMentioned.map((f) => html`<li><a href="/entities/${encodeURIComponent(f.value)}">${f.value}</a> <span class="count">(${formatNumber(f.count)})</span></li>`)}</ul></section>` : ""}
</div>
</div>`,
    });
  });

  return web;
}

function sourceList(outlets: Outlet[]): HtmlValue {
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

