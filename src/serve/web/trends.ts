/**
 * Most-mentioned entities of a time window (the home page's last day and last week). Rules:
 * - Windows are whole UTC days ending with the newest stored article's day, not the clock.
 * - An entity counts once per article naming it, keyed by its name whatever the type (merge.ts
 *   nameKey): one name is one entity with the type its head word names or most of its articles give
 *   it (majorityType); its shown name is the smallest canonical name seen (as `listEntities` does).
 * - The window's articles are read newest first, at most `maxArticles` of them; when the window
 *   holds more, the result says how many were read (`isPartial`), and the page says so.
 * - Nested windows ending on the same day (the last day within the last week) are counted in one
 *   reading of the widest.
 * - An entity is listed only when at least two outlets name it (one, when the window's articles
 *   all come from one outlet): "most mentioned" is what the news names, not one outlet's own
 *   credit line («وكالة الشرق للأنباء» under each of its wires) or one article's misreading.
 * - Ties: more articles first, then the name.
 */
import type { Store, StoredArticle } from "../../store/store.js";
import type { EntityType } from "../../types.js";
import { majorityType, nameKey } from "../../understand/entities/merge.js";
import { commonest, vote } from "../../votes.js";
import { dayBefore } from "./format.js";

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

/** An entity's count in one window with the votes its shown name, type and outlets come from. */
interface Tally {
  entry: EntityMentions;
  names: Map<string, number>;
  types: Map<EntityType, number>;
  outlets: Set<string>;
}

function rank(tallies: Map<string, Tally>, minOutlets: number, limit: number): EntityMentions[] {
  return [...tallies.values()].filter((t) => t.outlets.size >= minOutlets).map((t) => t.entry).sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, limit);
}

function count(tallies: Map<string, Tally>, a: StoredArticle, outlet: string): void {
  const seen = new Set<string>();
  for (const e of a.entities) {
    const key = nameKey(e.name, e.type);
    if (seen.has(key)) continue;
    seen.add(key);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { entry: { type: e.type, name: e.name, articles: 0 }, names: new Map(), types: new Map(), outlets: new Set() }));
    tally.entry.articles++;
    vote(tally.names, e.name);
    tally.entry.name = commonest(tally.names);
    vote(tally.types, e.type);
    tally.entry.type = majorityType(tally.types, tally.entry.name);
    tally.outlets.add(outlet);
  }
}

/**
 * The most-mentioned entities of each window of `days` days (1 = `lastDay` alone) ending on
 * `lastDay`, in the order of `days`.
 */
export async function entitiesOfWindows(store: Store, lastDay: string, days: readonly number[], limit: number, maxArticles: number): Promise<WindowEntities[]> {
  const windows = days.map((d) => ({ since: dayBefore(lastDay, d - 1), tallies: new Map<string, Tally>(), outlets: new Set<string>(), windowArticles: 0, read: 0 }));
  const widest = windows.reduce((w, x) => (x.since < w.since ? x : w));
  const untilBound = `${lastDay}T99`;
  let read = 0;
  for (let offset = 0; read < maxArticles; offset += PAGE) {
    const page = await store.listArticles({ since: widest.since, until: lastDay, limit: Math.min(PAGE, maxArticles - read), offset });
    widest.windowArticles = page.total;
    if (page.items.length === 0) break;
    const articles = await Promise.all(page.items.map(async (s) => ({ outlet: s.outlet.key, a: await store.getArticle(s.id) })));
    for (const { outlet, a } of articles) {
      if (!a) continue;
      read++;
      const at = a.publishedAt ?? "";
      for (const w of windows) {
        if (at < w.since || at > untilBound) continue;
        w.read++;
        w.outlets.add(outlet);
        count(w.tallies, a, outlet);
      }
    }
    if (offset + PAGE >= page.total) break;
  }
  const out: WindowEntities[] = [];
  for (const w of windows) {
    // A narrower window was read whole unless reading stopped inside it.
    const windowArticles = w === widest ? widest.windowArticles : w.read < read || read >= widest.windowArticles ? w.read : (await store.listArticles({ since: w.since, until: lastDay, limit: 1 })).total;
    out.push({ since: w.since, until: lastDay, windowArticles, articlesRead: w.read, isPartial: w.read < windowArticles, items: rank(w.tallies, Math.min(2, w.outlets.size), limit) });
  }
  return out;
}
