/**
 * Most-mentioned entities of a time window (the home page's last day and last week). Rules:
 * - Windows are whole UTC days ending with the newest stored article's day, not the clock.
 * - An entity counts once per article naming it, keyed as the store keys it (type + normalized
 *   canonical name); its shown name is the smallest canonical name seen (as `listEntities` does).
 * - The window's articles are read newest first, at most `maxArticles` of them; when the window
 *   holds more, the result says how many were read (`isPartial`), and the page says so.
 * - Ties: more articles first, then the name.
 */
import type { Store } from "../../store/store.js";
import type { EntityType } from "../../types.js";
import { normalizeArabic } from "../../understand/arabic/normalize.js";

export interface EntityMentions {
  type: EntityType;
  name: string;
  articles: number;
}

export interface WindowEntities {
  since: string;
  until: string;
  /** Articles published in the window. */
  windowArticles: number;
  /** Articles read (= windowArticles unless the window is larger than the reading cap). */
  articlesRead: number;
  isPartial: boolean;
  items: EntityMentions[];
}

/** Listing page size while reading a window (the store's largest). */
const PAGE = 100;

export async function entitiesOfWindow(store: Store, since: string, until: string, limit: number, maxArticles: number): Promise<WindowEntities> {
  const counts = new Map<string, EntityMentions>();
  let windowArticles = 0;
  let read = 0;
  for (let offset = 0; read < maxArticles; offset += PAGE) {
    const page = await store.listArticles({ since, until, limit: Math.min(PAGE, maxArticles - read), offset });
    windowArticles = page.total;
    if (page.items.length === 0) break;
    const articles = await Promise.all(page.items.map((a) => store.getArticle(a.id)));
    for (const a of articles) {
      if (!a) continue;
      read++;
      const seen = new Set<string>();
      for (const e of a.entities) {
        const key = `${e.type}:${normalizeArabic(e.name)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key);
        if (!entry) counts.set(key, { type: e.type, name: e.name, articles: 1 });
        else {
          entry.articles++;
          if (e.name < entry.name) entry.name = e.name;
        }
      }
    }
    if (offset + PAGE >= page.total) break;
  }
  const items = [...counts.values()].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
  return { since, until, windowArticles, articlesRead: read, isPartial: read < windowArticles, items };
}
