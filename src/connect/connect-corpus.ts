/**
 * Connects a set of articles in one pass: duplicate groups, stories and their records.
 * - Articles are processed in publication order (undated last), ties by id, so the result does not
 *   depend on the order they are handed in.
 * - Every article goes through DedupIndex and StoryIndex; records are built for every story.
 * - Stories are listed newest first by last seen, then by id.
 */
import type { Article, StoryRecord } from "../types.js";
import { DedupIndex, type DedupOptions } from "./near-dup.js";
import { StoryIndex, type StoryOptions } from "./stories.js";
import { buildStoryRecord, type StoryMember } from "./story-record.js";

export interface ConnectedCorpus {
  dedup: DedupIndex;
  stories: StoryIndex;
  records: StoryRecord[];
}

function time(iso: string | null): number {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

export function connectArticles(members: readonly StoryMember[], options: { dedup?: Partial<DedupOptions>; stories?: Partial<StoryOptions> } = {}): ConnectedCorpus {
  const ordered = [...members].sort((a, b) => time(a.article.publishedAt) - time(b.article.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dedup = new DedupIndex(options.dedup);
  const stories = new StoryIndex(options.stories);
  const byId = new Map<string, Article>();
  for (const m of ordered) {
    byId.set(m.id, m.article);
    const source = m.article.source.domain ?? m.article.source.name;
    dedup.add({ id: m.id, source, publishedAt: m.article.publishedAt, body: m.article.body });
    stories.add({ id: m.id, title: m.article.title, body: m.article.body, source, publishedAt: m.article.publishedAt, entities: m.article.entities });
  }
  const records = stories
    .list()
    .map((s) => buildStoryRecord(s.id, s.members.map((id) => ({ id, article: byId.get(id)! }))))
    .sort((a, b) => time(b.lastSeen) - time(a.lastSeen) || (a.id < b.id ? -1 : 1));
  return { dedup, stories, records };
}
