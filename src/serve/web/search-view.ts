/**
 * The search page: query box (marsad's query language), active filters as removable chips,
 * results (duplicates folded by the store: one hit per duplicate group, the others counted),
 * facets (sources counted by outlet in the store), pages, and the feed and export links of the same search.
 * Rules: the whole state lives in the URL; every link keeps it and drops only the page number.
 */
import { markSnippet } from "../../search/snippet.js";
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from "../../store/store.js";
import { formatCount, formatDay, formatNumber, RESULTS, toDate } from "./format.js";
import { escapeHtml, html, trusted, type SafeHtml } from "./html.js";
import { articleMeta } from "./parts.js";

export const SEARCH_PAGE_SIZE = 10;

/**
 * A date field shows its day in Arabic (`23 نوفمبر 2026`), not the browser's own format: a native
 * date input follows the browser's locale (mm/dd/yyyy on an English one) whatever the page's
 * language. What a person types there is read by parseWrittenDay (the /search route).
 */
function dayField(iso: string | null): string {
  return iso && toDate(iso) ? formatDay(iso) : (iso ?? "");
}
/** Deepest search page offered: the store answers offsets up to 10,000. */
export const MAX_SEARCH_PAGE = 1000;
function marked(snippet: SearchHit["snippet"]): SafeHtml {
  return trusted(markSnippet(snippet, "<mark>", "</mark>", escapeHtml));
}

function hitItem(hit: SearchHit): SafeHtml {
  return html`<li>
<h3 class="hit-title"><a href="/articles/${hit.article.id}"><bdi>${marked(hit.title)}</bdi></a></h3>
${articleMeta(hit.article)}
${hit.snippet.text ? html`<p class="snippet"><bdi>${marked(hit.snippet)}</bdi></p>` : ""}
${hit.duplicates ? html`<p class="dup">نسخ مطابقة أخرى من هذا الخبر طابقت البحث: ${formatNumber(hit.duplicates)} (<a href="/articles/${hit.article.id}#copies-h">النسخ</a>)</p>` : ""}
</li>`;
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

/** Source facet: the store counts by outlet; a link filters on the outlet's key (the store takes its whole outlet). */
function sourceFacet(counts: FacetCount[] | undefined, base: URLSearchParams): SafeHtml {
  if (!counts || counts.length === 0) return html``;
  return html`<section aria-label="المصادر"><h3>المصادر</h3><ul>${counts.slice(0, 12).map((f) => html`<li><a href="${withParams(base, {}, ["source", f.value])}">${f.label ?? f.value}</a> <span class="count">(${formatNumber(f.count)})</span></li>`)}</ul></section>`;
}

export function renderSearch(params: URLSearchParams, q: string, page: number, result: SearchResult | null, query: SearchQuery | null): SafeHtml {
  const active: [string, string][] = [];
  for (const [k, v] of params) if (k in FILTER_LABELS && v) active.push([k, v]);
  const totalPages = result ? Math.min(MAX_SEARCH_PAGE, Math.ceil(result.total / SEARCH_PAGE_SIZE)) : 0;
  const feedQuery = new URLSearchParams(params);
  feedQuery.delete("page");
  return html`<h1>${q ? html`نتائج البحث عن «${q}»` : "البحث في الأخبار"}</h1>
<form class="search-form" action="/search" method="get" role="search" aria-label="بحث متقدم">
<label class="q" for="q">نص البحث<input type="search" id="q" name="q" value="${q}" maxlength="500" required aria-describedby="q-help"></label>
<label for="since">من تاريخ<input type="text" id="since" name="since" value="${dayField(params.get("since"))}" placeholder="مثل 23 نوفمبر 2026" aria-describedby="date-help" size="14"></label>
<label for="until">إلى تاريخ<input type="text" id="until" name="until" value="${dayField(params.get("until"))}" placeholder="مثل 30 نوفمبر 2026" aria-describedby="date-help" size="14"></label>
${params.getAll("source").map((s) => html`<input type="hidden" name="source" value="${s}">`)}${params.getAll("entity").map((s) => html`<input type="hidden" name="entity" value="${s}">`)}${params.getAll("tag").map((s) => html`<input type="hidden" name="tag" value="${s}">`)}
<button type="submit">ابحث</button>
</form>
<p id="date-help" class="meta visually-hidden">التاريخ: اليوم ثم اسم الشهر ثم السنة، مثل 23 نوفمبر 2026.</p>
<p id="q-help" class="meta">اكتب كلمات (كلها مطلوبة)، أو <code>"عبارة"</code> بين علامتي تنصيص، أو <code>OR</code> بين بديلين، أو <code>-كلمة</code> للاستبعاد، أو <code>بادئة*</code>.</p>
${active.length ? html`<ul class="chips" aria-label="عوامل التصفية">${active.map(([k, v]) => html`<li>${FILTER_LABELS[k]}: ${k === "since" || k === "until" ? formatDay(v) : v} <a href="${without(params, k, v)}" aria-label="إزالة ${FILTER_LABELS[k]}: ${v}">✕</a></li>`)}</ul>` : ""}
${result && query ? html`<div class="grid">
<section aria-labelledby="results-h">
<h2 id="results-h">${formatCount(result.total, RESULTS)}${result.relaxed ? html` <span class="meta">(لا خبر يحوي كل الكلمات؛ تظهر الأخبار التي تحوي بعضها، الأكثر كلماتٍ أولاً)</span>` : ""}</h2>
${result.warnings.length ? html`<p class="notice">${result.warnings.join("؛ ")}</p>` : ""}
${result.candidateCap !== null ? html`<p class="meta">طابقَ البحثَ أكثرُ من ${formatNumber(result.candidateCap)} خبر: رُتّب أحدثُها ${formatNumber(result.candidateCap)} وعُدّت.</p>` : ""}
${result.cappedPrefixes.map((c) => html`<p class="meta">تبدأ بـ«${c.prefix}» كلماتٌ كثيرة: بُحث عن أكثرها وروداً (${formatNumber(c.forms.length)}).</p>`)}
${result.hits.length ? html`<ul class="items">${result.hits.map(hitItem)}</ul>` : html`<p>لا توجد نتائج. جرّب كلمات أخرى أو أزل بعض عوامل التصفية.</p>`}
${totalPages > 1 ? html`<nav class="pager" aria-label="صفحات النتائج">${page > 1 ? html`<a rel="prev" href="/search?${pageQuery(params, page - 1)}">→ السابقة</a>` : html`<span></span>`}<span>صفحة ${formatNumber(page)} من ${formatNumber(totalPages)}</span>${page < totalPages ? html`<a rel="next" href="/search?${pageQuery(params, page + 1)}">التالية ←</a>` : html`<span></span>`}</nav>` : ""}
<p class="meta">تابع هذا البحث: <a href="/feeds/search?${feedQuery.toString()}">خلاصة Atom</a> · صدّر النتائج: <a href="/export/search?${feedQuery.toString()}&amp;format=jsonl">JSONL</a> · <a href="/export/search?${feedQuery.toString()}&amp;format=csv">CSV</a></p>
</section>
<aside class="facets panel" aria-label="تصفية النتائج">
<h2>تصفية</h2>
${result.facetSample !== null ? html`<p class="meta">الأعداد من أفضل ${formatNumber(result.facetSample)} نتيجة.</p>` : ""}
${sourceFacet(result.facets.source, params)}
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
