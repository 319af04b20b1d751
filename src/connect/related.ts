/**
 * Related articles and duplicate collapsing.
 * - For an article: the other members of its story (its duplicates folded into one entry led by
 *   the group's earliest member, with the duplicate ids listed), then the nearest other open
 *   stories by centroid score (StoryIndex.nearestStories), each with its member ids.
 * - Collapsing a result list keeps, per duplicate group, the first result in list order and
 *   counts/names the others; articles unknown to the index stand alone. Order is preserved.
 */
import type { DedupIndex } from "./near-dup.js";
import type { StoryIndex } from "./stories.js";

export interface RelatedEntry {
  articleId: string;
  /** Other members of the same duplicate group, folded into this entry. */
  duplicates: string[];
}

export interface RelatedArticles {
  articleId: string;
  storyId: string | null;
  /** Story members other than the article and its own duplicates, in story order. */
  storyMembers: RelatedEntry[];
  nearestStories: { storyId: string; score: number; members: string[] }[];
}

/** Folds ids that share a duplicate group: the first id (in the given order) of each group leads. */
export function collapseDuplicates<T>(items: readonly T[], idOf: (item: T) => string, dedup: Pick<DedupIndex, "groupOf">): { item: T; duplicates: string[] }[] {
  const lead = new Map<string, { item: T; duplicates: string[] }>();
  const out: { item: T; duplicates: string[] }[] = [];
  for (const item of items) {
    const id = idOf(item);
    const group = dedup.groupOf(id)?.groupId ?? `\u0000${id}`;
    const existing = lead.get(group);
    if (existing) {
      existing.duplicates.push(id);
      continue;
    }
    const entry = { item, duplicates: [] as string[] };
    lead.set(group, entry);
    out.push(entry);
  }
  return out;
}

export function relatedArticles(articleId: string, stories: StoryIndex, dedup: Pick<DedupIndex, "groupOf"> | null, nearestLimit = 5): RelatedArticles {
  const storyId = stories.storyOf(articleId);
  if (!storyId) return { articleId, storyId: null, storyMembers: [], nearestStories: [] };
  const story = stories.get(storyId)!;
  const ownGroup = dedup?.groupOf(articleId)?.groupId ?? null;
  const others = story.members.filter((id) => id !== articleId && (ownGroup === null || dedup!.groupOf(id)?.groupId !== ownGroup));
  const folded = dedup ? collapseDuplicates(others, (id) => id, dedup) : others.map((id) => ({ item: id, duplicates: [] }));
  return {
    articleId,
    storyId,
    storyMembers: folded.map((e) => ({ articleId: e.item, duplicates: e.duplicates })),
    nearestStories: stories.nearestStories(storyId, nearestLimit).map((n) => ({ ...n, members: stories.get(n.storyId)?.members ?? [] })),
  };
}
