/**
 * What connect persists (migration 2 of both adapters), in SQL both SQLite and PostgreSQL run:
 * `?` placeholders (numbered for PostgreSQL by the adapter), upserts with ON CONFLICT, NULLS LAST.
 * Rules:
 * - Reads go through `SqlReader.all`; a connect step is a list of statements the adapter runs in
 *   one transaction (`connectStatements`), so an adapter never interleaves other work inside it.
 * - A statement may require that it changed exactly one row (`expectOneChange`): the connector
 *   state only moves forward from the sequence the connector started from, so two processes that
 *   both believe they hold the lease cannot both write.
 * - Story ids merged away live on in `story_redirects`; reads resolve them, and merges rewrite the
 *   links and earlier redirects so a lookup is one hop.
 * - Story records are stored as JSON text (SQLite) or jsonb (PostgreSQL); rows read back either.
 */
import type { StoryRecord } from "../types.js";
import { summaryFromRow, type ArticleRow } from "./article-row.js";
import type { OutletIndex } from "./outlets.js";
import type { ArticleLinks, ConnectBatch, ExactCopy, StoryArticle, StoryList, StoryListQuery, StorySummary } from "./store.js";

export interface SqlReader {
  all<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface SqlStatement {
  sql: string;
  params: unknown[];
  /** Fail the transaction unless the statement changed exactly one row. */
  expectOneChange?: string;
}

const CONNECTOR_STATE = "connector";
const STORY_PAGE_MAX = 100;
const SUMMARY_COLUMNS = "a.id, a.key, a.url, a.title, a.published_at, a.language, a.source_name, a.source_domain, a.source_key, a.version";

/**
 * The statements that write one kind of a connect step's rows, each list whole; an adapter may
 * write a list in one statement (PostgreSQL: a round trip each) with the same effect as these,
 * run one by one in order.
 */
export interface ConnectRowWriters {
  links(connections: ConnectBatch["connections"]): SqlStatement[];
  done(articleIds: string[]): SqlStatement[];
  groups(groups: ConnectBatch["groups"]): SqlStatement[];
  stories(stories: StoryRecord[], seq: number): SqlStatement[];
}

/** One statement a row (SQLite: no round trips to save). */
export const ROW_BY_ROW: ConnectRowWriters = {
  links: (connections) => connections.map((c) => ({
    sql: `INSERT INTO article_links (article_row, seq, dup_group, dup_kind, dup_matched, dup_similarity, story_id, body_hash)
      SELECT row, ?, ?, ?, ?, ?, ?, ? FROM articles WHERE id = ? ON CONFLICT (article_row) DO NOTHING`,
    params: [c.seq, c.dupGroup, c.dupKind, c.dupMatched, c.dupSimilarity, c.storyId, c.bodyHash, c.articleId],
  })),
  done: (ids) => ids.map((id) => ({ sql: "DELETE FROM connect_queue WHERE article_row = (SELECT row FROM articles WHERE id = ?)", params: [id] })),
  groups: (groups) => groups.map((g) => ({ sql: `INSERT INTO dup_groups (id, earliest_id) VALUES (?, ?) ${GROUP_UPSERT}`, params: [g.groupId, g.earliestId] })),
  stories: (stories, seq) => stories.map((r) => ({ sql: `INSERT INTO stories (${STORY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ${STORY_UPSERT}`, params: storyRow(r, seq) })),
};

const GROUP_UPSERT = "ON CONFLICT (id) DO UPDATE SET earliest_id = excluded.earliest_id";
const STORY_COLUMNS = "id, title, central_article_id, first_seen, last_seen, article_count, source_count, conflict_count, record, updated_seq";
const STORY_UPSERT = `ON CONFLICT (id) DO UPDATE SET title = excluded.title, central_article_id = excluded.central_article_id,
  first_seen = excluded.first_seen, last_seen = excluded.last_seen, article_count = excluded.article_count, source_count = excluded.source_count,
  conflict_count = excluded.conflict_count, record = excluded.record, updated_seq = excluded.updated_seq`;

/** A story record's row: the values of STORY_COLUMNS in order. */
export function storyRow(r: StoryRecord, seq: number): unknown[] {
  return [r.id, r.title, r.centralArticleId, r.firstSeen, r.lastSeen, r.articleCount, r.sources.length, r.conflicts.length, JSON.stringify(r), seq];
}

/** The last of each key, in the order of their last occurrence: what upserts one by one leave. */
function lastOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const last = new Map<string, T>();
  for (const item of items) {
    // deleted first, so the key moves to the end of the map's order
    last.delete(key(item));
    last.set(key(item), item);
  }
  return [...last.values()];
}

/**
 * PostgreSQL: each list in one statement over arrays, with the effect of ROW_BY_ROW's statements
 * in order (links inserted in order, the first of an article kept; upserts keep the last of a key).
 */
export const SET_BASED: ConnectRowWriters = {
  links: (connections) => connections.length === 0 ? [] : [{
    sql: `INSERT INTO article_links (article_row, seq, dup_group, dup_kind, dup_matched, dup_similarity, story_id, body_hash)
      SELECT a.row, u.seq, u.dup_group, u.dup_kind, u.dup_matched, u.dup_similarity, u.story_id, u.body_hash
      FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[]) WITH ORDINALITY
        AS u(id, seq, dup_group, dup_kind, dup_matched, dup_similarity, story_id, body_hash, ord)
      JOIN articles a ON a.id = u.id ORDER BY u.ord ON CONFLICT (article_row) DO NOTHING`,
    params: [connections.map((c) => c.articleId), connections.map((c) => c.seq), connections.map((c) => c.dupGroup), connections.map((c) => c.dupKind),
      connections.map((c) => c.dupMatched), connections.map((c) => c.dupSimilarity), connections.map((c) => c.storyId), connections.map((c) => c.bodyHash)],
  }],
  done: (ids) => ids.length === 0 ? [] : [{ sql: "DELETE FROM connect_queue WHERE article_row IN (SELECT row FROM articles WHERE id = ANY(?::text[]))", params: [ids] }],
  groups: (all) => {
    const groups = lastOfEach(all, (g) => g.groupId);
    return groups.length === 0 ? [] : [{
      sql: `INSERT INTO dup_groups (id, earliest_id) SELECT * FROM unnest(?::text[], ?::text[]) ${GROUP_UPSERT}`,
      params: [groups.map((g) => g.groupId), groups.map((g) => g.earliestId)],
    }];
  },
  stories: (all, seq) => {
    const rows = lastOfEach(all, (r) => r.id).map((r) => storyRow(r, seq));
    const column = (i: number) => rows.map((row) => row[i]);
    return rows.length === 0 ? [] : [{
      sql: `INSERT INTO stories (${STORY_COLUMNS}) SELECT id, title, central, first_seen, last_seen, articles, sources, conflicts, record::jsonb, ?
        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[]) WITH ORDINALITY
          AS u(id, title, central, first_seen, last_seen, articles, sources, conflicts, record, ord) ORDER BY ord ${STORY_UPSERT}`,
      params: [seq, ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map(column)],
    }];
  },
};

/** The statements of one connect step, in the order they must run; `rows` writes the repeated ones. */
export function connectStatements(batch: ConnectBatch, rows: ConnectRowWriters = ROW_BY_ROW): SqlStatement[] {
  const { previousSeq, savedAt } = batch;
  const out: SqlStatement[] = [];
  out.push(...rows.links(batch.connections));
  out.push(...rows.done(batch.done));
  for (const r of batch.renamedGroups ?? []) {
    out.push({ sql: "UPDATE article_links SET dup_group = ? WHERE dup_group = ?", params: [r.into, r.from] });
    out.push({ sql: "DELETE FROM dup_groups WHERE id = ?", params: [r.from] });
  }
  out.push(...rows.groups(batch.groups));
  for (const m of batch.merged) {
    out.push({ sql: "UPDATE article_links SET story_id = ? WHERE story_id = ?", params: [m.into, m.from] });
    out.push({ sql: "UPDATE story_redirects SET to_id = ? WHERE to_id = ?", params: [m.into, m.from] });
    out.push({ sql: "INSERT INTO story_redirects (from_id, to_id) VALUES (?, ?) ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id", params: [m.from, m.into] });
    out.push({ sql: "DELETE FROM stories WHERE id = ?", params: [m.from] });
  }
  for (const split of batch.splits) {
    out.push({ sql: "DELETE FROM story_redirects WHERE from_id = ?", params: [split.into] });
    for (const id of split.articleIds) {
      out.push({ sql: "UPDATE article_links SET story_id = ? WHERE story_id = ? AND article_row = (SELECT row FROM articles WHERE id = ?)", params: [split.into, split.from, id] });
    }
  }
  out.push(...rows.stories(batch.stories, batch.state.seq));
  const data = Buffer.from(batch.state.data.buffer, batch.state.data.byteOffset, batch.state.data.byteLength);
  out.push(
    previousSeq === null
      ? { sql: "INSERT INTO connect_state (name, seq, data, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING", params: [CONNECTOR_STATE, batch.state.seq, data, savedAt], expectOneChange: "the connector state was written by another process first" }
      : { sql: "UPDATE connect_state SET seq = ?, data = ?, saved_at = ? WHERE name = ? AND seq = ?", params: [batch.state.seq, data, savedAt, CONNECTOR_STATE, previousSeq], expectOneChange: `the connector state moved past seq ${previousSeq} in another process` },
  );
  return out;
}

export async function loadConnectState(db: SqlReader): Promise<{ seq: number; data: Uint8Array } | null> {
  const [row] = await db.all<{ seq: number; data: Uint8Array }>("SELECT seq, data FROM connect_state WHERE name = ?", [CONNECTOR_STATE]);
  return row ? { seq: Number(row.seq), data: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) } : null;
}

function publicationTime(publishedAt: string | null): number {
  return publicationMs(publishedAt) ?? Number.POSITIVE_INFINITY;
}

/** An article's publication time in ms, null when undated (or unparsable): what sorts the queue, undated last. */
export function publicationMs(publishedAt: string | null | undefined): number | null {
  const t = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isNaN(t) ? null : t;
}

/**
 * The first `limit` ids of the whole queue in publication order (undated last), ties by id — the
 * order a connect step takes them in. Not storage order: writers running side by side interleave
 * what they store, and a batch cut from storage order would hold different articles for one or
 * four workers, so the connector's online decisions (duplicate groups, stories, splits) would
 * depend on it (issue 13). The stores read this order from their queue's index (SQLite migration 18,
 * PostgreSQL 19); this whole-queue sort is the reference their tests compare against.
 */
export function pendingInPublicationOrder(rows: readonly { id: string; published_at: string | null }[], limit: number): string[] {
  return rows
    .map((r) => ({ id: r.id, time: publicationTime(r.published_at) }))
    .sort((x, y) => (x.time !== y.time ? (x.time < y.time ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, limit)
    .map((r) => r.id);
}

/** Statement that takes (or renews) a lease when free, expired, already the holder's or held by `replacing`. */
export function leaseStatement(name: string, holder: string, ttlMs: number, nowMs: number, replacing: string | null = null): SqlStatement {
  return {
    sql: `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
      WHERE leases.holder = excluded.holder OR leases.expires_at < ? OR leases.holder = ?`,
    params: [name, holder, nowMs + ttlMs, nowMs, replacing ?? holder],
  };
}

export async function leaseHolder(db: SqlReader, name: string): Promise<string | null> {
  const [row] = await db.all<{ holder: string }>("SELECT holder FROM leases WHERE name = ?", [name]);
  return row?.holder ?? null;
}

export function releaseStatement(name: string, holder: string): SqlStatement {
  return { sql: "DELETE FROM leases WHERE name = ? AND holder = ?", params: [name, holder] };
}

async function resolveStoryId(db: SqlReader, id: string): Promise<string> {
  const [row] = await db.all<{ to_id: string }>("SELECT to_id FROM story_redirects WHERE from_id = ?", [id]);
  return row?.to_id ?? id;
}

export async function getStory(db: SqlReader, id: string): Promise<StoryRecord | null> {
  const [row] = await db.all<{ record: string | StoryRecord }>("SELECT record FROM stories WHERE id = ?", [await resolveStoryId(db, id)]);
  if (!row) return null;
  return typeof row.record === "string" ? (JSON.parse(row.record) as StoryRecord) : row.record;
}

export async function storyMembers(db: SqlReader, id: string): Promise<string[]> {
  const rows = await db.all<{ id: string }>("SELECT a.id FROM article_links l JOIN articles a ON a.row = l.article_row WHERE l.story_id = ? ORDER BY l.seq", [
    await resolveStoryId(db, id),
  ]);
  return rows.map((r) => r.id);
}

/**
 * `storyMembers` of many stories: each id's members (its redirect followed, as `resolveStoryId`
 * does), in connect order, with one statement for the redirects and one for the members a slice.
 */
export async function storiesMembers(db: SqlReader, ids: string[]): Promise<string[][]> {
  const unique = [...new Set(ids)];
  const redirects = new Map((await inSlices(unique, (list, slice) =>
    db.all<{ from_id: string; to_id: string }>(`SELECT from_id, to_id FROM story_redirects WHERE from_id IN (${list})`, slice))).map((r) => [r.from_id, r.to_id]));
  const resolved = ids.map((id) => redirects.get(id) ?? id);
  const members = new Map<string, string[]>();
  for (const r of await inSlices([...new Set(resolved)], (list, slice) =>
    db.all<{ story_id: string; id: string }>(`SELECT l.story_id, a.id FROM article_links l JOIN articles a ON a.row = l.article_row WHERE l.story_id IN (${list}) ORDER BY l.seq`, slice))) {
    (members.get(r.story_id) ?? members.set(r.story_id, []).get(r.story_id)!).push(r.id);
  }
  return resolved.map((id) => members.get(id) ?? []);
}

export async function storyArticles(db: SqlReader, id: string, options: { limit?: number; offset?: number } = {}): Promise<{ total: number; items: StoryArticle[] }> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 500);
  const offset = Math.max(Math.trunc(options.offset ?? 0), 0);
  const storyId = await resolveStoryId(db, id);
  const [count] = await db.all<{ n: number }>("SELECT count(*) AS n FROM article_links WHERE story_id = ?", [storyId]);
  const rows = await db.all<ArticleRow & { dup_group: string; seq: number }>(
    `SELECT ${SUMMARY_COLUMNS}, l.dup_group, l.seq FROM article_links l JOIN articles a ON a.row = l.article_row WHERE l.story_id = ?
      ORDER BY a.published_at DESC NULLS LAST, l.seq DESC LIMIT ? OFFSET ?`,
    [storyId, limit, offset],
  );
  return { total: Number(count?.n ?? 0), items: rows.map((r) => ({ article: summaryFromRow(r), dupGroup: r.dup_group, seq: Number(r.seq) })) };
}

interface StoryRow {
  id: string;
  title: string;
  central_article_id: string;
  first_seen: string | null;
  last_seen: string | null;
  article_count: number;
  source_count: number;
  conflict_count: number;
}

function storySummary(r: StoryRow): StorySummary {
  return {
    id: r.id,
    title: r.title,
    centralArticleId: r.central_article_id,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    articleCount: Number(r.article_count),
    sourceCount: Number(r.source_count),
    conflictCount: Number(r.conflict_count),
  };
}

/** A bare date as an upper bound covers its whole day. */
function untilBound(until: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? `${until}T23:59:59.999\uffff` : until;
}

export async function listStories(db: SqlReader, query: StoryListQuery): Promise<StoryList> {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 20), 1), STORY_PAGE_MAX);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const where: string[] = ["article_count >= ?"];
  const params: unknown[] = [Math.max(Math.trunc(query.minArticles ?? 1), 1)];
  if (query.since) {
    where.push("last_seen >= ?");
    params.push(query.since);
  }
  if (query.until) {
    where.push("first_seen <= ?");
    params.push(untilBound(query.until));
  }
  const condition = where.join(" AND ");
  const [count] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM stories WHERE ${condition}`, params);
  const rows = await db.all<StoryRow>(
    `SELECT id, title, central_article_id, first_seen, last_seen, article_count, source_count, conflict_count FROM stories WHERE ${condition}
      ORDER BY last_seen DESC NULLS LAST, article_count DESC, id LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  return { total: Number(count?.n ?? 0), items: rows.map(storySummary) };
}

interface LinkRow {
  row: number;
  dup_group: string;
  dup_kind: ArticleLinks["dupKind"];
  dup_matched: string | null;
  dup_similarity: number | null;
  story_id: string;
  earliest_id: string | null;
  story_exists: number;
}

export async function getArticleLinks(db: SqlReader, articleId: string): Promise<ArticleLinks | null> {
  const [link] = await db.all<LinkRow>(
    `SELECT a.row, l.dup_group, l.dup_kind, l.dup_matched, l.dup_similarity, l.story_id, g.earliest_id,
        (SELECT count(*) FROM stories s WHERE s.id = l.story_id) AS story_exists
      FROM articles a JOIN article_links l ON l.article_row = a.row LEFT JOIN dup_groups g ON g.id = l.dup_group WHERE a.id = ?`,
    [articleId],
  );
  if (!link) return null;
  const duplicates = await db.all<ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM article_links l JOIN articles a ON a.row = l.article_row WHERE l.dup_group = ? AND l.article_row <> ? ORDER BY l.seq LIMIT 500`,
    [link.dup_group, link.row],
  );
  return {
    articleId,
    dupGroup: link.dup_group,
    dupKind: link.dup_kind,
    dupMatched: link.dup_matched,
    dupSimilarity: link.dup_similarity === null ? null : Number(link.dup_similarity),
    earliestId: link.earliest_id ?? link.dup_group,
    duplicates: duplicates.map(summaryFromRow),
    storyId: Number(link.story_exists) > 0 ? link.story_id : null,
  };
}

interface ExactCopyRow {
  id: string;
  dup_group: string;
  earliest_id: string | null;
  earliest_published_at: string | null;
  story_id: string;
}

function exactCopyOf(row: ExactCopyRow): ExactCopy {
  return { articleId: row.id, dupGroup: row.dup_group, earliestId: row.earliest_id ?? row.dup_group, earliestPublishedAt: row.earliest_published_at, storyId: row.story_id };
}

/** The first-connected article whose body has this hash: findExactCopies' answer for it. */
export async function findExactCopy(db: SqlReader, bodyHash: string): Promise<ExactCopy | null> {
  return (await findExactCopies(db, [bodyHash])).get(bodyHash) ?? null;
}

/** Ids or hashes a statement lists as `IN (?, …)` at most: well under SQLite's 32,766 variables. */
const IN_LIST_MAX = 1000;

/** Runs `read` over `values` in slices of IN_LIST_MAX, with the `?, ?, …` list of each slice. */
async function inSlices<R>(values: string[], read: (placeholders: string, slice: string[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += IN_LIST_MAX) {
    const slice = values.slice(i, i + IN_LIST_MAX);
    out.push(...(await read(slice.map(() => "?").join(", "), slice)));
  }
  return out;
}

/** `findExactCopy` of many hashes: the first-connected article of each (same rows, one statement a slice). */
export async function findExactCopies(db: SqlReader, bodyHashes: string[]): Promise<Map<string, ExactCopy>> {
  const rows = await inSlices([...new Set(bodyHashes)], (list, slice) => db.all<ExactCopyRow & { body_hash: string }>(
    `SELECT c.body_hash, a.id, c.dup_group, g.earliest_id, e.published_at AS earliest_published_at, c.story_id
      FROM (SELECT l.body_hash, l.article_row, l.dup_group, l.story_id, row_number() OVER (PARTITION BY l.body_hash ORDER BY l.seq) AS n
        FROM article_links l WHERE l.body_hash IN (${list})) c
      JOIN articles a ON a.row = c.article_row LEFT JOIN dup_groups g ON g.id = c.dup_group LEFT JOIN articles e ON e.id = g.earliest_id WHERE c.n = 1`,
    slice,
  ));
  return new Map(rows.map((r) => [r.body_hash, exactCopyOf(r)]));
}

/** The ids among `articleIds` that `getArticleLinks` answers (the same join). */
export async function connectedArticles(db: SqlReader, articleIds: string[]): Promise<Set<string>> {
  const rows = await inSlices([...new Set(articleIds)], (list, slice) =>
    db.all<{ id: string }>(`SELECT a.id FROM articles a JOIN article_links l ON l.article_row = a.row WHERE a.id IN (${list})`, slice));
  return new Set(rows.map((r) => r.id));
}

/** The connect reads, answered the same way by both adapters over their `reader`. */
export abstract class SqlConnectReads {
  protected abstract readonly reader: SqlReader;
  /** The store's outlets, to show each summary under its outlet (store/outlets.ts). */
  protected abstract outletIndex(): Promise<OutletIndex>;

  findExactCopy(bodyHash: string): Promise<ExactCopy | null> {
    return findExactCopy(this.reader, bodyHash);
  }

  findExactCopies(bodyHashes: string[]): Promise<Map<string, ExactCopy>> {
    return findExactCopies(this.reader, bodyHashes);
  }

  connectedArticles(articleIds: string[]): Promise<Set<string>> {
    return connectedArticles(this.reader, articleIds);
  }

  loadConnectState(): Promise<{ seq: number; data: Uint8Array } | null> {
    return loadConnectState(this.reader);
  }

  async getArticleLinks(articleId: string): Promise<ArticleLinks | null> {
    const links = await getArticleLinks(this.reader, articleId);
    if (!links) return null;
    const outlets = await this.outletIndex();
    return { ...links, duplicates: links.duplicates.map((d) => outlets.decorate(d)) };
  }

  listStories(query: StoryListQuery): Promise<StoryList> {
    return listStories(this.reader, query);
  }

  getStory(id: string): Promise<StoryRecord | null> {
    return getStory(this.reader, id);
  }

  storyMembers(id: string): Promise<string[]> {
    return storyMembers(this.reader, id);
  }

  storiesMembers(ids: string[]): Promise<string[][]> {
    return storiesMembers(this.reader, ids);
  }

  async storyArticles(id: string, options?: { limit?: number; offset?: number }): Promise<{ total: number; items: StoryArticle[] }> {
    const page = await storyArticles(this.reader, id, options);
    const outlets = await this.outletIndex();
    return { ...page, items: page.items.map((i) => ({ ...i, article: outlets.decorate(i.article) })) };
  }
}
