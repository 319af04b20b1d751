/**
 * The entity page: the articles that mention an entity (newest first), its mentions over time,
 * the entities mentioned with it and, for a person, what it said. Rules:
 * - Articles are the store's entity filter (every known spelling, exact mentions: never words
 *   that only share a stem with the name), newest first.
 * - Recent first: the articles of the store's last CHART_DAYS days (anchored on the newest stored
 *   article, as the home page is) are read first — a date-bounded query costs the same for any
 *   entity. Only when they are fewer than a page is the entity's whole history listed (its cost
 *   follows the entity's size, which is then small in that window), and the chart ends with the
 *   entity's own newest day.
 * - Mentions over time: articles per day over CHART_DAYS days; counted from the window's articles
 *   listed page by page when that takes fewer queries, else one date-bounded count per day.
 * - Co-mentioned entities and quotes come from at most READ_ARTICLES of those articles, read
 *   whole, and the page says when that is a sample. An entity counts once per article, one per
 *   normalized name whatever its type (as the home page counts), shown as most articles name it;
 *   the entity's own spellings are left out.
 * - Only people speak: a quote is the entity's when one of its spellings is the whole speaker name
 *   or its end («الوزير نادر العلمي»); the same words quoted by several articles show once.
 */
import type { ArticleSummary, EntitySummary, Store, StoredArticle } from "../../store/store.js";
import type { Quote } from "../../types.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { commonest, vote } from "../../votes.js";
import { CHART_DAYS, dayChart, type DayCount } from "./chart.js";
import { ARTICLES, dayRange, formatCount } from "./format.js";
import { html, type SafeHtml } from "./html.js";
import { ENTITY_TYPES, quoteChannel } from "./labels.js";
import { articleItem, articleLink } from "./parts.js";

/** Articles listed on the page. */
export const ENTITY_ARTICLES = 20;
/** Articles read whole for co-mentions and quotes (~0.3 ms each). */
export const READ_ARTICLES = 60;
export const CO_MENTIONED = 15;
/** The store's largest listing page. */
const LIST_PAGE = 100;
/**
 * A window of up to this many pages is listed to count its days; a larger one is counted day by day
 * (a page and a day's count cost about the same: ~8 ms at 100k articles, mostly spelling lookups).
 */
const MAX_WINDOW_PAGES = CHART_DAYS;
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
  /** Whether they are fewer than the entity's articles. */
  isSample: boolean;
}

function isOwnSpeaker(speaker: string, own: Set<string>): boolean {
  const n = normalizeArabic(speaker);
  for (const s of own) if (n === s || n.endsWith(` ${s}`)) return true;
  return false;
}

export function coMentions(articles: readonly StoredArticle[], own: Set<string>, limit: number): { name: string; articles: number }[] {
  // one entry per normalized name whatever the type an article gives it, shown as most name it
  const counts = new Map<string, { name: string; articles: number; names: Map<string, number> }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const e of a.entities) {
      const norm = normalizeArabic(e.name);
      if (own.has(norm) || seen.has(norm)) continue;
      seen.add(norm);
      const entry = counts.get(norm) ?? { name: e.name, articles: 0, names: new Map<string, number>() };
      counts.set(norm, entry);
      entry.articles++;
      vote(entry.names, e.name);
      entry.name = commonest(entry.names);
    }
  }
  return [...counts.values()]
    .map(({ name, articles: n }) => ({ name, articles: n }))
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}

export interface EntityProfileSources {
  /** Articles per day with the entity filter applied. */
  countByDay: (days: string[]) => Promise<DayCount[]>;
  /** The newest stored article's day (the window's last day). */
  newestDay: () => Promise<string>;
}

function perDay(articles: readonly ArticleSummary[], days: string[]): DayCount[] {
  const counts = new Map(days.map((d) => [d, 0]));
  for (const a of articles) {
    const d = a.publishedAt?.slice(0, 10);
    if (d && counts.has(d)) counts.set(d, counts.get(d)! + 1);
  }
  return days.map((day) => ({ day, count: counts.get(day)! }));
}

/** A quote said once and carried by several articles (copies, follow-ups) is shown once, from the newest. */
function uniqueQuotes(quotes: { quote: Quote; article: StoredArticle }[]): { quote: Quote; article: StoredArticle }[] {
  const seen = new Set<string>();
  return quotes.filter(({ quote }) => {
    const key = normalizeArabic(quote.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Counts per day from the window's articles listed page by page, when that takes fewer queries. */
async function windowChart(store: Store, filters: { entities: string[] }, days: string[], first: { total: number; items: ArticleSummary[] }, sources: EntityProfileSources): Promise<DayCount[]> {
  const pages = Math.ceil(first.total / LIST_PAGE);
  if (pages > MAX_WINDOW_PAGES) return sources.countByDay(days);
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => store.listArticles({ ...filters, since: days[0]!, until: days[days.length - 1]!, limit: LIST_PAGE, offset: (i + 1) * LIST_PAGE })));
  return perDay([...first.items, ...rest.flatMap((r) => r.items)], days);
}

export async function entityProfile(store: Store, entity: EntitySummary, sources: EntityProfileSources): Promise<EntityProfile> {
  const filters = { entities: [entity.name] };
  const lastDay = await sources.newestDay();
  let days = dayRange(lastDay, CHART_DAYS);
  const recent = await store.listArticles({ ...filters, since: days[0]!, until: lastDay, limit: LIST_PAGE });
  let listed = recent;
  let chart: DayCount[];
  if (recent.items.length >= ENTITY_ARTICLES) chart = await windowChart(store, filters, days, recent, sources);
  else {
    listed = await store.listArticles({ ...filters, limit: LIST_PAGE });
    days = dayRange(listed.items[0]?.publishedAt?.slice(0, 10) ?? lastDay, CHART_DAYS);
    chart = await sources.countByDay(days);
  }
  const read = (await Promise.all(listed.items.slice(0, READ_ARTICLES).map((a) => store.getArticle(a.id)))).filter((a): a is StoredArticle => a !== null);
  const own = new Set([entity.name, ...entity.spellings].map(normalizeArabic));
  const quotes = entity.type !== "person" ? [] : uniqueQuotes(read.flatMap((a) => a.quotes.filter((q) => q.speaker && isOwnSpeaker(q.speaker, own)).map((quote) => ({ quote, article: a }))));
  const total = listed === recent ? entity.articleCount : listed.total;
  return {
    entity,
    total,
    latest: listed.items.slice(0, ENTITY_ARTICLES),
    chart,
    coMentioned: coMentions(read, own, CO_MENTIONED),
    quotes: quotes.slice(0, ENTITY_QUOTES),
    articlesRead: read.length,
    isSample: read.length < total,
  };
}

export function renderEntity(p: EntityProfile): SafeHtml {
  const e = p.entity;
  const sample = p.isSample ? html` <span class="meta">(في أحدث ${formatCount(p.articlesRead, ARTICLES)})</span>` : "";
  return html`<h1>${e.name}</h1>
<p class="meta"><span>${ENTITY_TYPES[e.type] ?? ""}</span><span>${formatCount(p.total, ARTICLES)}</span>${e.spellings.length > 1 ? html`<span>يُكتب أيضاً: ${e.spellings.filter((s) => s !== e.name).join("، ")}</span>` : ""}</p>
<div class="grid">
<div>
<section aria-labelledby="mentions-h"><h2 id="mentions-h">أحدث الأخبار التي تذكره</h2><ul class="items">${p.latest.map(articleItem)}</ul>
${p.total > p.latest.length ? html`<p><a href="/search?q=${encodeURIComponent(`"${e.name.replace(/"/g, "")}"`)}&amp;entity=${encodeURIComponent(e.name)}">كل الأخبار التي تذكره في البحث</a></p>` : ""}</section>
${p.quotes.length ? html`<section class="quotes" aria-labelledby="q-h"><h2 id="q-h">من أقواله${sample}</h2>${p.quotes.map(({ quote, article }) => html`<figure><blockquote><p>${quote.text}</p></blockquote><figcaption>${articleLink(article)}${quote.channel ? html` · ${quoteChannel(quote.channel)}` : ""}</figcaption></figure>`)}</section>` : ""}
</div>
<div>
<section class="panel" aria-labelledby="att-h"><h2 id="att-h">الذكر عبر الزمن</h2>${dayChart(p.chart, `أخبار تذكر ${e.name} في اليوم`, "mentions")}</section>
${p.coMentioned.length ? html`<section class="panel entities" aria-labelledby="co-h"><h2 id="co-h">يُذكر معه${sample}</h2><ul class="items">${p.coMentioned.map((c) => html`<li><a href="/entities/${encodeURIComponent(c.name)}">${c.name}</a> <span class="count">(${formatCount(c.articles, ARTICLES)})</span></li>`)}</ul></section>` : ""}
</div>
</div>`;
}
