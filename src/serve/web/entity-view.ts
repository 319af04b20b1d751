/**
 * The entity page: the articles that mention an entity (newest first), its mentions over time,
 * the entities mentioned with it and, for a person, what it said. Rules:
 * - Articles are the store's entity filter (every known spelling, exact mentions: never words
 *   that only share a stem with the name), newest first — one indexed set, whatever the corpus.
 * - Mentions over time: articles per day over CHART_DAYS days ending with the entity's newest day.
 * - Co-mentioned entities and quotes come from the entity's newest `READ_ARTICLES` articles, read
 *   whole: a bounded cost for an entity of any size, and the page says when it is a sample. An
 *   entity counts once per article; the entity's own spellings are left out.
 * - Only people speak: a quote is the entity's when one of its spellings is the whole speaker name
 *   or its end («الوزير نادر العلمي»).
 */
import type { ArticleSummary, EntitySummary, Store, StoredArticle } from "../../store/store.js";
import type { Quote } from "../../types.js";
import { normalizeArabic } from "../../understand/arabic/normalize.js";
import { CHART_DAYS, dayChart, type DayCount } from "./chart.js";
import { ARTICLES, dayRange, formatCount, formatNumber } from "./format.js";
import { html, type SafeHtml } from "./html.js";
import { ENTITY_TYPES, quoteChannel } from "./labels.js";
import { articleItem, articleLink } from "./parts.js";

/** Articles listed on the page. */
export const ENTITY_ARTICLES = 20;
/** Newest articles read whole for co-mentions and quotes (~0.3 ms each). */
export const READ_ARTICLES = 100;
export const CO_MENTIONED = 15;
export const ENTITY_QUOTES = 10;

export interface EntityProfile {
  entity: EntitySummary;
  total: number;
  latest: ArticleSummary[];
  chart: DayCount[];
  coMentioned: { name: string; articles: number }[];
  quotes: { quote: Quote; article: StoredArticle }[];
  /** Articles the co-mentions and quotes were read from. */
  articlesRead: number;
}

function isOwnSpeaker(speaker: string, own: Set<string>): boolean {
  const n = normalizeArabic(speaker);
  for (const s of own) if (n === s || n.endsWith(` ${s}`)) return true;
  return false;
}

export function coMentions(articles: readonly StoredArticle[], own: Set<string>, limit: number): { name: string; articles: number }[] {
  const counts = new Map<string, { name: string; articles: number }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const e of a.entities) {
      const norm = normalizeArabic(e.name);
      const key = `${e.type}:${norm}`;
      if (own.has(norm) || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key);
      if (!entry) counts.set(key, { name: e.name, articles: 1 });
      else {
        entry.articles++;
        if (e.name < entry.name) entry.name = e.name;
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
}

/** `countByDay(filters, days)` counts articles per day with the filters applied. */
export async function entityProfile(store: Store, entity: EntitySummary, countByDay: (days: string[]) => Promise<DayCount[]>, fallbackDay: () => Promise<string>): Promise<EntityProfile> {
  const list = await store.listArticles({ entities: [entity.name], limit: READ_ARTICLES });
  const read = (await Promise.all(list.items.map((a) => store.getArticle(a.id)))).filter((a): a is StoredArticle => a !== null);
  const anchor = list.items[0]?.publishedAt?.slice(0, 10) ?? (await fallbackDay());
  const chart = await countByDay(dayRange(anchor, CHART_DAYS));
  const own = new Set([entity.name, ...entity.spellings].map(normalizeArabic));
  const quotes = entity.type !== "person" ? [] : read.flatMap((a) => a.quotes.filter((q) => q.speaker && isOwnSpeaker(q.speaker, own)).map((quote) => ({ quote, article: a })));
  return { entity, total: list.total, latest: list.items.slice(0, ENTITY_ARTICLES), chart, coMentioned: coMentions(read, own, CO_MENTIONED), quotes: quotes.slice(0, ENTITY_QUOTES), articlesRead: read.length };
}

export function renderEntity(p: EntityProfile): SafeHtml {
  const e = p.entity;
  const sample = p.articlesRead < p.total ? html` <span class="meta">(في أحدث ${formatCount(p.articlesRead, ARTICLES)})</span>` : "";
  return html`<h1>${e.name}</h1>
<p class="meta"><span>${ENTITY_TYPES[e.type] ?? ""}</span><span>${formatCount(e.articleCount, ARTICLES)}</span>${e.spellings.length > 1 ? html`<span>يُكتب أيضاً: ${e.spellings.filter((s) => s !== e.name).join("، ")}</span>` : ""}</p>
<div class="grid">
<div>
<section aria-labelledby="mentions-h"><h2 id="mentions-h">الأخبار التي تذكره (${formatNumber(p.total)})</h2><ul class="items">${p.latest.map(articleItem)}</ul>
${p.total > p.latest.length ? html`<p><a href="/search?q=${encodeURIComponent(`"${e.name.replace(/"/g, "")}"`)}&amp;entity=${encodeURIComponent(e.name)}">كل الأخبار التي تذكره في البحث</a></p>` : ""}</section>
${p.quotes.length ? html`<section class="quotes" aria-labelledby="q-h"><h2 id="q-h">من أقواله${sample}</h2>${p.quotes.map(({ quote, article }) => html`<figure><blockquote><p>${quote.text}</p></blockquote><figcaption>${articleLink(article)}${quote.channel ? html` · ${quoteChannel(quote.channel)}` : ""}</figcaption></figure>`)}</section>` : ""}
</div>
<div>
<section class="panel" aria-labelledby="att-h"><h2 id="att-h">الذكر عبر الزمن</h2>${dayChart(p.chart, `أخبار تذكر ${e.name} في اليوم`, "mentions")}</section>
${p.coMentioned.length ? html`<section class="panel entities" aria-labelledby="co-h"><h2 id="co-h">يُذكر معه${sample}</h2><ul class="items">${p.coMentioned.map((c) => html`<li><a href="/entities/${encodeURIComponent(c.name)}">${c.name}</a> <span class="count">(${formatCount(c.articles, ARTICLES)})</span></li>`)}</ul></section>` : ""}
</div>
</div>`;
}
