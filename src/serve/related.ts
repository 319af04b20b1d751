/**
 * What is related to an article, from what connect stored. Rules:
 * - Duplicates: the other members of its duplicate group (same text or a rewrite of it).
 * - Story members: the other articles of its story, newest first, one entry per duplicate group
 *   (led by its newest member, the others counted), its own group left out.
 * - Nearest stories: other stories whose articles answer a search for the article's title words
 *   (the store's ranking, duplicates collapsed), in the order their best article ranks.
 * - An article not connected yet has no duplicates, story or nearest stories: empty lists.
 */
import type { ArticleLinks, ArticleSummary, Store, StorySummary } from "../store/store.js";

export interface RelatedEntry {
  article: ArticleSummary;
  /** Other members of the same duplicate group in the story. */
  copies: number;
}

export interface RelatedArticles {
  articleId: string;
  storyId: string | null;
  /** Its duplicate group: the group id, the earliest-published member, how it joined and what it matched. */
  duplicateGroup: { id: string; earliestId: string; kind: ArticleLinks["dupKind"]; matchedId: string | null; similarity: number | null } | null;
  duplicates: ArticleSummary[];
  storyMembers: RelatedEntry[];
  nearestStories: (Pick<StorySummary, "id" | "title" | "articleCount" | "lastSeen"> & { via: ArticleSummary })[];
}

/** Members read from a story to build the list. */
const STORY_MEMBERS_READ = 200;
/** Title words used for the nearest-stories search. */
const TITLE_WORDS = 6;
const SEARCH_DEPTH = 30;

export function titleQuery(title: string): string {
  return title
    .replace(/["()*|\-:«»،,.؟?!]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 && w !== "OR")
    .slice(0, TITLE_WORDS)
    .join(" ");
}

export async function relatedArticles(store: Store, articleId: string, options: { members?: number; stories?: number } = {}): Promise<RelatedArticles | null> {
  const article = await store.getArticle(articleId);
  if (!article) return null;
  const links = await store.getArticleLinks(articleId);
  if (!links) return { articleId, storyId: null, duplicateGroup: null, duplicates: [], storyMembers: [], nearestStories: [] };
  const storyMembers: RelatedEntry[] = [];
  if (links.storyId) {
    const byGroup = new Map<string, RelatedEntry>();
    for (const m of (await store.storyArticles(links.storyId, { limit: STORY_MEMBERS_READ })).items) {
      if (m.dupGroup === links.dupGroup) continue;
      const entry = byGroup.get(m.dupGroup);
      if (entry) entry.copies++;
      else byGroup.set(m.dupGroup, { article: m.article, copies: 0 });
    }
    storyMembers.push(...[...byGroup.values()].slice(0, options.members ?? 20));
  }
  const duplicateGroup = { id: links.dupGroup, earliestId: links.earliestId, kind: links.dupKind, matchedId: links.dupMatched, similarity: links.dupSimilarity };
  return { articleId, storyId: links.storyId, duplicateGroup, duplicates: links.duplicates, storyMembers, nearestStories: await nearestStories(store, article.title, links.storyId, options.stories ?? 5) };
}

async function nearestStories(store: Store, title: string, ownStory: string | null, limit: number): Promise<RelatedArticles["nearestStories"]> {
  const q = titleQuery(title);
  if (!q) return [];
  const hits = (await store.search({ q, limit: SEARCH_DEPTH })).hits;
  const out: RelatedArticles["nearestStories"] = [];
  const seen = new Set<string>(ownStory ? [ownStory] : []);
  for (const hit of hits) {
    if (out.length >= limit) break;
    const storyId = (await store.getArticleLinks(hit.article.id))?.storyId;
    if (!storyId || seen.has(storyId)) continue;
    seen.add(storyId);
    const story = await store.getStory(storyId);
    if (story) out.push({ id: story.id, title: story.title, articleCount: story.articleCount, lastSeen: story.lastSeen, via: hit.article });
  }
  return out;
}
