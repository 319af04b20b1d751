/**
 * The connect step over a store: takes the articles waiting in the store's connect queue, gives
 * each its duplicate group (DedupIndex) and its story (StoryIndex), rebuilds the records of the
 * stories that changed, and writes all of it with the connector's state in one transaction.
 * Rules:
 * - One connector at a time per store: a lease (lease.ts: short, renewed by a heartbeat, released
 *   at the end, taken over at once from a dead process of this host) is taken for the step; on
 *   PostgreSQL, workers on many machines share the store and whoever holds the lease connects for
 *   all. A step that cannot take the lease returns `skipped` (with the holder) and leaves the queue
 *   as it is, unless asked to wait for it.
 * - A step that waited for another process's step (the lease released: it ended with its repair)
 *   and finds the queue empty ends at once, without loading the saved state (pgw1: the second
 *   drained worker loaded it only to find nothing left). A step that failed in its repair leaves
 *   the repair to the next step that connects articles (the saved state keeps it pending).
 * - Incremental: the indexes live in memory and are saved as a snapshot after every batch (the
 *   state container below: gzip JSON, the boilerplate sketch's counters as raw bytes beside it); a
 *   process loads the snapshot instead of re-reading the corpus, and loads it again when another
 *   process has connected since (the saved sequence moved). Memory and snapshot follow the
 *   windows — closed stories are forgotten (their records live in the store) and articles leave the
 *   near-duplicate index `retainHours` after their time — so the cost of an article does not grow
 *   with the corpus.
 * - A duplicate (exact or near) joins the story of the article it matched, so republished copies
 *   never start stories; other articles go through story clustering (join, new, merges).
 * - Stories are checked for two events (split.ts) at the step's end: those the repair touched, and
 *   those that closed during the step (with the members they closed with); a split moves the later
 *   event's members to a story named after its earliest member. A batch only rebuilds the records
 *   of the stories it touched.
 * - An article stored again with new content is re-queued by the store: it keeps its group and
 *   story, and its story's record is rebuilt (figures may have changed).
 * - Deterministic: the queue is read in publication order (publishedAt, undated last, then id) across
 *   the whole queue, not in storage order, and each batch is connected in that order; so the same
 *   queued articles give the same groups, stories and records whatever order they were stored in and
 *   however many writers interleaved them (issue 13: batches cut in storage order held different
 *   articles for one and two `marsad worker` processes, and 8-14 of 1,004 articles changed story).
 *   The two-event check is not made after each batch: a story split there, then closed and
 *   forgotten before the step's repair, kept a split history that followed where batches ended
 *   (7 of 1,008 news articles differed between batches of 137 and 500; eval/stories/README.md).
 *   Connected in several steps, the results follow the steps (each ends with a repair).
 * - While an ingest stores (connectFullBatch), the earliest full batch of what is stored so far is
 *   connected, without the repair: the step that follows gives the same results as one step after
 *   the ingest when articles are stored in publication order (a feed's order); an article stored
 *   after a later-dated batch was connected is connected after it.
 */
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import type { ArticleConnection, ConnectBatch, ExactCopy, StoredArticle, Store } from "../store/store.js";
import type { Article, StoryRecord } from "../types.js";
import { DedupIndex, type DedupOptions, type DedupSnapshot, type OlderCopy } from "./near-dup.js";
import { buildStoryRecord, memberTerms, type StoryMember } from "./story-record.js";
import { DEFAULT_SPLIT_OPTIONS, findStorySplit, type SplitOptions } from "./split.js";
import { findTitleEventSplit, isTitleEventCheckOn, type TitleEventOptions, type TitleEventSplit } from "./title-events.js";
import { textAnalysisOf, type TextAnalysis } from "./text-analysis.js";
import { leadDayKeys, storyEventKeys, StoryIndex, type StoryIndexSnapshot, type StoryOptions } from "./stories.js";
import { storyEntitiesOf } from "./story-entities.js";
import { defaultHolder, HEARTBEAT_MS, LEASE_MS, takeLease } from "./lease.js";
import { failpoint } from "../failpoint.js";

export interface ConnectorOptions {
  dedup: Partial<DedupOptions>;
  stories: Partial<StoryOptions>;
  /** Articles read from the queue per transaction. Default 500. */
  batchSize: number;
  /** Lease time; a heartbeat renews it while held. Default LEASE_MS (60 s). */
  leaseMs: number;
  /** Default HEARTBEAT_MS (10 s). */
  heartbeatMs: number;
  /** Who holds the lease (host:pid by default). */
  holder: string;
  split: Partial<SplitOptions>;
  /** The title-event check (title-events.ts), tried when split.ts finds no split; off by default (`minStory` 0). */
  titleEvents: Partial<TitleEventOptions>;
}

/** Articles read from the queue per transaction, by default. */
export const DEFAULT_CONNECT_BATCH = 500;

/**
 * The batch size: MARSAD_CONNECT_BATCH when set (a positive integer; tests set it small so that a
 * small corpus spans several batches in `marsad ingest` and `marsad worker` processes), else the default.
 */
export function connectBatchSize(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.MARSAD_CONNECT_BATCH?.trim();
  if (!value) return DEFAULT_CONNECT_BATCH;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`MARSAD_CONNECT_BATCH must be a positive integer, got "${value}"`);
  return n;
}
/** Near-duplicates are looked for among the articles of the last week (by their time). */
export const CONNECTOR_RETAIN_HOURS = 7 * 24;
/** A smaller boilerplate sketch than the in-memory default: it is saved with every batch. */
const CONNECTOR_SKETCH_WIDTH = 1 << 18;
/** Term counts kept for story records (a story's record is rebuilt from all its members). */
const TERMS_CACHE_SIZE = 4000;
const LEASE = "connect";
/**
 * Stories whose members a record step reads from the store together: two statements for their
 * member lists and two for the articles not in memory, instead of two and two a story and an
 * article (PostgreSQL: ~2,400 round trips in the connect of 1,000 news articles, each waited for
 * while nothing else runs); few enough that their articles stay a small part of memory.
 */
const STORIES_READ_TOGETHER = 50;

export interface ConnectPendingOptions {
  /** Wait for another process's lease instead of skipping; default false. */
  wait?: boolean;
  /** Told when the lease of a dead process of this host is taken over. */
  onTakeOver?: (deadHolder: string) => void;
  /** What earlier `connectFullBatch` calls of this run did: the step's report adds to it. */
  report?: ConnectReport;
}

export interface ConnectReport {
  /** True when another process held the lease: nothing was done. */
  skipped: boolean;
  /** Who held it, when skipped. */
  holder?: string | null;
  /** Articles connected for the first time. */
  connected: number;
  /** Articles already connected whose new version refreshed their story. */
  refreshed: number;
  exactDuplicates: number;
  nearDuplicates: number;
  newStories: number;
  joinedStories: number;
  mergedStories: number;
  /** Stories that were found to hold two events and were split. */
  splitStories: number;
  /** Story records written. */
  storiesWritten: number;
  /** Articles the repair pass re-clustered, and those it moved to another story. */
  repairedArticles: number;
  repairMoves: number;
}

export interface ConnectorState {
  version: 1;
  seq: number;
  dedup: DedupSnapshot;
  stories: StoryIndexSnapshot;
}

export function emptyReport(): ConnectReport {
  return { skipped: false, connected: 0, refreshed: 0, exactDuplicates: 0, nearDuplicates: 0, newStories: 0, joinedStories: 0, mergedStories: 0, splitStories: 0, storiesWritten: 0, repairedArticles: 0, repairMoves: 0 };
}

/**
 * The batch by publication time (undated last), ties by id: what a duplicate group learns first
 * (e.g. a source's boilerplate) must not depend on which worker stored an article first.
 */
function inPublicationOrder(batch: StoredArticle[]): StoredArticle[] {
  const timeOf = (a: StoredArticle) => {
    const t = a.publishedAt ? Date.parse(a.publishedAt) : Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  const keyed = batch.map((a) => ({ a, time: timeOf(a) }));
  keyed.sort((x, y) => (x.time !== y.time ? (x.time < y.time ? -1 : 1) : x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  return keyed.map((k) => k.a);
}

const gzipOffThread = promisify(gzip);

/**
 * The saved state: STATE_MAGIC, the byte length of the gzip JSON (uint32, little-endian), the gzip
 * JSON of the state with the near-dup sketch left out, then the sketch's counters as raw bytes
 * (DedupIndex.snapshotApart). The sketch is fixed in size (2 MB at CONNECTOR_SKETCH_WIDTH) and was
 * more than half the state: as base64 in the JSON it cost ~90 ms of gzip a save at 1,000 articles
 * (more than its JSON part), raw it costs a copy. A state saved as one gzip JSON (its first bytes
 * GZIP_MAGIC; the sketch in base64 inside) is read as before.
 */
const STATE_MAGIC = Buffer.from("mcs2", "latin1");
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const STATE_HEADER_BYTES = STATE_MAGIC.length + 4;

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a === null || b === null ? a === b : Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export async function encodeState(state: ConnectorState, sketch: Uint8Array): Promise<Uint8Array> {
  // fastest level: the JSON is written with every batch; compressed on libuv's thread pool, off
  // this thread, an ingest's single writer
  const json = await gzipOffThread(JSON.stringify(state), { level: 1 });
  const header = Buffer.alloc(STATE_HEADER_BYTES);
  STATE_MAGIC.copy(header);
  header.writeUInt32LE(json.length, STATE_MAGIC.length);
  return Buffer.concat([header, json, sketch]);
}

export function decodeState(data: Uint8Array): { state: ConnectorState; sketch?: Uint8Array } {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) return { state: JSON.parse(gunzipSync(bytes).toString("utf8")) as ConnectorState };
  if (!bytes.subarray(0, STATE_MAGIC.length).equals(STATE_MAGIC)) throw new Error("connect: the saved connector state is in no known format");
  const jsonEnd = STATE_HEADER_BYTES + bytes.readUInt32LE(STATE_MAGIC.length);
  return { state: JSON.parse(gunzipSync(bytes.subarray(STATE_HEADER_BYTES, jsonEnd)).toString("utf8")) as ConnectorState, sketch: bytes.subarray(jsonEnd) };
}

const noPause = (): Promise<void> => Promise.resolve();
/** Lets pending I/O and timers run (a worker's finished page, the ingest's next write). */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function sourceOf(a: StoredArticle): string | null {
  return a.source.domain ?? a.source.name;
}

export class Connector {
  readonly options: ConnectorOptions;
  private dedup: DedupIndex;
  private stories: StoryIndex;
  /** Sequence of the state in memory; null = nothing connected yet. */
  private seq: number | null = null;
  /** The saved state the memory matches (null: none), compared byte for byte with the store's (a digest of it cost more). */
  private stateData: Uint8Array | null = null;
  /** Term counts by article id and content hash, oldest first, at most TERMS_CACHE_SIZE. */
  private readonly termsCache = new Map<string, Map<string, number>>();

  constructor(options: Partial<ConnectorOptions> = {}) {
    this.options = {
      batchSize: connectBatchSize(),
      leaseMs: LEASE_MS,
      heartbeatMs: HEARTBEAT_MS,
      holder: defaultHolder(),
      split: {},
      titleEvents: {},
      ...options,
      dedup: { retainHours: CONNECTOR_RETAIN_HOURS, sketchWidth: CONNECTOR_SKETCH_WIDTH, ...options.dedup },
      stories: { forgetClosed: true, ...options.stories },
    };
    this.dedup = new DedupIndex(this.options.dedup);
    this.stories = new StoryIndex(this.options.stories);
  }

  /** Connects everything in the store's queue, batch by batch; `now` is the run's clock (ISO). */
  async connectPending(store: Store, now: string, options: ConnectPendingOptions = {}): Promise<ConnectReport> {
    const report = options.report ?? emptyReport();
    const lease = await takeLease(store, LEASE, {
      holder: this.options.holder,
      ttlMs: this.options.leaseMs,
      heartbeatMs: this.options.heartbeatMs,
      wait: options.wait ?? false,
      onTakeOver: options.onTakeOver,
    });
    if (!lease) return { ...report, skipped: true, holder: await store.leaseHolder(LEASE) };
    try {
      // another process's step ended (with its repair) while this one waited: an empty queue is all done
      if (lease.followsRelease && (await store.pendingConnections(1)).length === 0) return report;
      for (;;) {
        await this.syncWith(store);
        const pending = await store.pendingConnections(this.options.batchSize);
        if (pending.length === 0) break;
        await this.connectBatch(store, pending, now, report);
        if (lease.isLost || !(await lease.renew())) throw new Error("connect: the lease was taken by another process during the step");
      }
      await this.repairStep(store, now, report);
    } finally {
      await lease.release();
    }
    return report;
  }

  /**
   * For connecting while an ingest still stores articles: connects the first `batchSize` articles of
   * the queue (publication order) when that many are waiting, else nothing — the batches
   * connectPending would make of what is stored so far, so the connectPending step that must follow
   * (it connects the rest and repairs) gives the same groups and stories as it would alone when the
   * articles were stored in publication order. Between articles it lets the event loop run, so the
   * ingest goes on storing meanwhile. Adds to `report`; returns whether it connected a batch (false
   * also when another process holds the lease: the queue is left as it is).
   */
  async connectFullBatch(store: Store, now: string, report: ConnectReport): Promise<boolean> {
    const lease = await takeLease(store, LEASE, { holder: this.options.holder, ttlMs: this.options.leaseMs, heartbeatMs: this.options.heartbeatMs, wait: false });
    if (!lease) return false;
    try {
      await this.syncWith(store);
      const pending = await store.pendingConnections(this.options.batchSize);
      if (pending.length < this.options.batchSize) return false;
      await this.connectBatch(store, pending, now, report, yieldToEventLoop);
      return true;
    } finally {
      await lease.release();
    }
  }

  /** Loads the saved state when it differs from the one in memory (a repair saves a new state at the same sequence). */
  private async syncWith(store: Store): Promise<void> {
    const saved = await store.loadConnectState();
    if ((saved?.seq ?? null) === this.seq && sameBytes(saved?.data ?? null, this.stateData)) return;
    this.stateData = saved?.data ?? null;
    if (!saved) {
      this.dedup = new DedupIndex(this.options.dedup);
      this.stories = new StoryIndex(this.options.stories);
      this.seq = null;
      return;
    }
    const { state, sketch } = decodeState(saved.data);
    if (state.version !== 1) throw new Error(`connect: saved connector state version ${String(state.version)} is not supported`);
    this.dedup = DedupIndex.restore(state.dedup, sketch);
    this.stories = StoryIndex.restore(state.stories);
    this.seq = state.seq;
  }

  private async snapshot(seq: number): Promise<Uint8Array> {
    const { snapshot: dedup, sketch } = this.dedup.snapshotApart();
    return encodeState({ version: 1, seq, dedup, stories: this.stories.snapshot() }, sketch);
  }

  private async connectBatch(store: Store, pending: StoredArticle[], now: string, report: ConnectReport, pause: () => Promise<void> = noPause): Promise<void> {
    const previousSeq = this.seq;
    let seq = previousSeq ?? 0;
    const connections: ArticleConnection[] = [];
    const groups = new Map<string, string>();
    const renamedGroups: { from: string; into: string }[] = [];
    const merged: { from: string; into: string }[] = [];
    const touched = new Set<string>();
    const batchStory = new Map<string, string>();
    const articles = new Map<string, StoredArticle>(pending.map((a) => [a.id, a]));
    const batchHashes = new Map<string, string>();
    try {
      // the store's answers for the whole batch in two statements (nothing is written before the batch's end)
      const ordered = inPublicationOrder(pending);
      const connected = await store.connectedArticles(ordered.map((a) => a.id));
      const analyzed = new Map<string, TextAnalysis>();
      for (const a of ordered) {
        if (connected.has(a.id)) continue;
        await pause();
        // the body is analyzed once for the fingerprint, the story vectors and the record (by an ingest's worker thread, when it did)
        analyzed.set(a.id, textAnalysisOf(a, this.dedup.options.shingleSize));
      }
      // every hash, held by the index or not: the index may let one go during the batch (its window)
      const copies = await store.findExactCopies([...analyzed.values()].map((x) => x.fingerprint.hash));
      for (const a of ordered) {
        await pause();
        const links = connected.has(a.id) ? await store.getArticleLinks(a.id) : null;
        if (links) {
          if (links.storyId) touched.add(links.storyId);
          report.refreshed++;
          continue;
        }
        failpoint("connect.article");
        const source = sourceOf(a);
        const { fingerprint, titleCounts, bodyCounts, figures } = analyzed.get(a.id)!;
        this.rememberTerms(a, titleCounts, bodyCounts);
        const verdict = this.dedup.addFingerprint({ id: a.id, source, publishedAt: a.publishedAt }, fingerprint, this.olderCopy(fingerprint.hash, batchHashes, copies));
        if (!batchHashes.has(fingerprint.hash)) batchHashes.set(fingerprint.hash, a.id);
        const input = { id: a.id, title: a.title, body: a.body, source, publishedAt: a.publishedAt, ...storyEntitiesOf(a), figures, events: this.storyEvents(a) };
        const originalStory = verdict.matchedId ? await this.storyOfConnected(store, verdict.matchedId, batchStory) : null;
        let storyId: string;
        if (originalStory) {
          storyId = this.stories.addToStory(input, originalStory, verdict.matchedId, { title: titleCounts, body: bodyCounts }).storyId;
          report.joinedStories++;
        } else {
          const assignment = this.stories.addCounts(input, titleCounts, bodyCounts);
          storyId = assignment.storyId;
          if (assignment.kind === "new") report.newStories++;
          else report.joinedStories++;
          for (const from of assignment.merged) {
            merged.push({ from, into: storyId });
            report.mergedStories++;
          }
        }
        if (verdict.kind === "exact") report.exactDuplicates++;
        if (verdict.kind === "near") report.nearDuplicates++;
        batchStory.set(a.id, storyId);
        touched.add(storyId);
        for (const rename of verdict.renames) {
          renamedGroups.push(rename);
          groups.delete(rename.from);
        }
        groups.set(verdict.groupId, verdict.earliestId);
        connections.push({
          articleId: a.id,
          seq: ++seq,
          dupGroup: verdict.groupId,
          dupKind: verdict.kind,
          dupMatched: verdict.matchedId,
          dupSimilarity: verdict.jaccard,
          storyId,
          bodyHash: fingerprint.hash,
        });
        report.connected++;
      }
      const records = await this.storyRecords(store, touched, merged, batchStory, articles, pause);
      const data = await this.snapshot(seq);
      await store.saveConnections({
        splits: [],
        connections,
        done: pending.map((a) => a.id),
        groups: [...groups].map(([groupId, earliestId]) => ({ groupId, earliestId })),
        renamedGroups,
        stories: records,
        merged,
        state: { seq, data },
        previousSeq,
        savedAt: now,
      });
      report.storiesWritten += records.length;
      this.seq = seq;
      this.stateData = data;
    } catch (error) {
      // the indexes moved ahead of the store: forget them, the next step reloads the saved state
      this.seq = Number.NaN;
      throw error;
    }
  }

  /**
   * The end of a connect step: the story index's repair pass (stories.ts `repair`) re-clusters the
   * recent window in canonical order, so the stories do not depend on the order articles arrived in.
   * Its changes are written in one transaction at the same sequence: a retired story id is merged
   * into the story holding its earliest former member (members and redirects follow), then each
   * article that belongs elsewhere moves there; changed stories are re-checked for two events and
   * their records rebuilt.
   */
  private async repairStep(store: Store, now: string, report: ConnectReport): Promise<void> {
    await this.syncWith(store);
    if (this.stories.pendingRepairFrom === Number.POSITIVE_INFINITY) return;
    const seq = this.seq ?? 0;
    try {
      const repaired = this.stories.repair();
      const retiredInto = new Map(repaired.retired.map((r) => [r.from, r.into]));
      const moves = new Map<string, { from: string; into: string; articleIds: string[] }>();
      for (const m of repaired.moved) {
        const afterMerges = retiredInto.get(m.from) ?? m.from;
        if (afterMerges === m.to) continue;
        const key = `${afterMerges}\u0000${m.to}`;
        (moves.get(key) ?? moves.set(key, { from: afterMerges, into: m.to, articleIds: [] }).get(key)!).articleIds.push(m.articleId);
      }
      // a live id that was once merged away loses its old redirect
      const splits: ConnectBatch["splits"] = [...repaired.changed.map((id) => ({ from: id, into: id, articleIds: [] })), ...[...moves.values()].map((m) => ({ ...m, articleIds: m.articleIds.sort() }))];
      const found: ConnectBatch["splits"] = [];
      const records: StoryRecord[] = [];
      const changed = new Set(repaired.changed);
      const touched = [...repaired.touched];
      for (let at = 0; at < touched.length; at += STORIES_READ_TOGETHER) {
        const chunk = touched.slice(at, at + STORIES_READ_TOGETHER);
        // from the repair's result: a story it closed is no longer held, yet its record must follow the moves
        const read = await this.articlesOf(chunk.flatMap((id) => repaired.members.get(id) ?? []), new Map(), store);
        for (const id of chunk) {
          const { members, articles } = membersRead(repaired.members.get(id) ?? [], read);
          if (members.length === 0) continue;
          const splitRecords = await this.recordsIfSplit(store, id, members, articles, found);
          if (splitRecords) records.push(...splitRecords);
          else if (changed.has(id)) records.push(this.record(id, members, articles));
        }
      }
      records.push(...(await this.closedStoriesSplit(store, repaired.closed, found)));
      const data = await this.snapshot(seq);
      await store.saveConnections({ connections: [], done: [], groups: [], stories: records, merged: repaired.retired, splits: [...splits, ...found], state: { seq, data }, previousSeq: this.seq, savedAt: now });
      this.stateData = data;
      report.repairedArticles += repaired.articles;
      report.repairMoves += repaired.moved.length;
      report.splitStories += found.length;
      report.storiesWritten += records.length;
    } catch (error) {
      this.seq = Number.NaN;
      throw error;
    }
  }

  /**
   * The two-event check of the stories closed during the step (closed stories take no more members,
   * so the check sees the members they closed with, however the step was cut into batches): the
   * records of those that split, the splits added to `splits`. Their members are read from the store,
   * as memory has forgotten them.
   */
  private async closedStoriesSplit(store: Store, closed: readonly string[], splits: ConnectBatch["splits"]): Promise<StoryRecord[]> {
    const records: StoryRecord[] = [];
    const minPart = this.options.split.minPart ?? DEFAULT_SPLIT_OPTIONS.minPart;
    for (let at = 0; at < closed.length; at += STORIES_READ_TOGETHER) {
      const chunk = closed.slice(at, at + STORIES_READ_TOGETHER);
      // only stories large enough for two parts are read whole (most close with one member)
      const listed = await store.storiesMembers(chunk);
      const large = chunk.flatMap((id, i) => (listed[i]!.length >= 2 * minPart ? [{ id, memberIds: listed[i]! }] : []));
      const read = await this.articlesOf(large.flatMap((l) => l.memberIds), new Map(), store);
      for (const { id, memberIds } of large) {
        const { members, articles } = membersRead(memberIds, read);
        if (members.length === 0) continue;
        records.push(...((await this.recordsIfSplit(store, id, members, articles, splits)) ?? []));
      }
    }
    return records;
  }

  private record(id: string, members: StoryMember[], articles: Map<string, StoredArticle>): StoryRecord {
    return buildStoryRecord(id, members, {}, (m) => this.cachedTerms(m, articles.get(m.id)?.contentHash));
  }

  /** The records of a story re-checked for two events: both halves when it splits (the split added to `splits`), else null. */
  private async recordsIfSplit(store: Store, id: string, members: StoryMember[], articles: Map<string, StoredArticle>, splits: ConnectBatch["splits"]): Promise<StoryRecord[] | null> {
    const split = await this.splitIfTwoEvents(store, id, members);
    if (!split) return null;
    splits.push(split);
    const leaving = new Set(split.articleIds);
    return [this.record(id, members.filter((m) => !leaving.has(m.id)), articles), this.record(split.into, members.filter((m) => leaving.has(m.id)), articles)];
  }

  /** Splits a story whose members form two events (split.ts); the leaving part's story is named after its earliest member. */
  private async splitIfTwoEvents(store: Store, storyId: string, members: StoryMember[]): Promise<ConnectBatch["splits"][number] | null> {
    const found =
      findStorySplit(
        members.map((m) => ({ id: m.id, time: m.article.publishedAt ? Date.parse(m.article.publishedAt) : Number.NaN, terms: this.cachedTerms(m, undefined) })),
        this.options.split,
      ) ?? this.titleEventSplit(members);
    if (!found) return null;
    const into = `story-${found.leave[0]!}`;
    // a live story of that name (not one merged into this one) would be overwritten: leave it be
    if ((await store.getStory(into))?.id === into) return null;
    const input = (m: StoryMember) => ({ id: m.id, title: m.article.title, body: m.article.body, source: m.article.source.domain ?? m.article.source.name, publishedAt: m.article.publishedAt, ...storyEntitiesOf(m.article), events: this.storyEvents(m.article) });
    const byId = new Map(members.map((m) => [m.id, m]));
    this.stories.splitStory(storyId, into, found.keep.map((id) => input(byId.get(id)!)), found.leave.map((id) => input(byId.get(id)!)));
    return { from: storyId, into, articleIds: found.leave };
  }

  /** The title-event check of a story (title-events.ts), null when it is off or finds one event. */
  private titleEventSplit(members: StoryMember[]): TitleEventSplit | null {
    if (!isTitleEventCheckOn(this.options.titleEvents)) return null;
    const read = members.map((m) => {
      const { entities, asideEntities } = storyEntitiesOf(m.article);
      return this.stories.titleEventMember({ ...m.article, id: m.id, entities: [...entities, ...asideEntities] });
    });
    return findTitleEventSplit(read, this.options.titleEvents);
  }

  /** An article's event keys for the story index; the days its lead states only when the index weighs them (`dayKeyWeight` above 0; nothing else reads them). */
  private storyEvents(a: Article): string[] {
    const keys = storyEventKeys(a.facts, a.title, a.body);
    return this.stories.options.dayKeyWeight > 0 ? [...keys, ...leadDayKeys(a.dates, a.publishedAt)] : keys;
  }

  /** Caches an article's record terms (title and body counts added, as termCounts of both would give). */
  private rememberTerms(a: StoredArticle, titleCounts: Map<string, number>, bodyCounts: Map<string, number>): void {
    const counts = new Map(titleCounts);
    for (const [t, n] of bodyCounts) counts.set(t, (counts.get(t) ?? 0) + n);
    this.cacheTerms(`${a.id}:${a.contentHash}`, counts);
  }

  private cacheTerms(key: string, counts: Map<string, number>): void {
    this.termsCache.set(key, counts);
    if (this.termsCache.size > TERMS_CACHE_SIZE) this.termsCache.delete(this.termsCache.keys().next().value!);
  }

  private cachedTerms(m: StoryMember, contentHash: string | undefined): Map<string, number> {
    const hash = contentHash ?? (m.article as Partial<StoredArticle>).contentHash;
    if (!hash) return memberTerms(m);
    const key = `${m.id}:${hash}`;
    const hit = this.termsCache.get(key);
    if (hit) return hit;
    const counts = memberTerms(m);
    this.cacheTerms(key, counts);
    return counts;
  }

  /** An exact copy the index no longer holds, from the store (`copies`: the batch's, read before it; undefined when the index holds one or none exists). */
  private olderCopy(hash: string, batchHashes: Map<string, string>, copies: Map<string, ExactCopy>): OlderCopy | undefined {
    if (this.dedup.holdsHash(hash) || batchHashes.has(hash)) return undefined;
    const found = copies.get(hash);
    if (!found) return undefined;
    const earliestTime = found.earliestPublishedAt ? Date.parse(found.earliestPublishedAt) : Number.NaN;
    return { id: found.articleId, groupId: found.dupGroup, earliestId: found.earliestId, earliestTime: Number.isNaN(earliestTime) ? null : earliestTime };
  }

  private async storyOfConnected(store: Store, articleId: string, batchStory: Map<string, string>): Promise<string | null> {
    const inBatch = batchStory.get(articleId);
    if (inBatch) return this.stories.resolve(inBatch);
    const inMemory = this.stories.storyOf(articleId);
    if (inMemory) return inMemory;
    return (await store.getArticleLinks(articleId))?.storyId ?? null;
  }

  /** Records of the stories touched by a batch, over their stored members and the batch's. */
  private async storyRecords(
    store: Store,
    touched: Set<string>,
    merged: { from: string; into: string }[],
    batchStory: Map<string, string>,
    articles: Map<string, StoredArticle>,
    pause: () => Promise<void>,
  ): Promise<StoryRecord[]> {
    const survivors = [...new Set([...touched].map((id) => this.stories.resolve(id)))].sort();
    const absorbed = new Map<string, string[]>();
    for (const m of merged) {
      const into = this.stories.resolve(m.into);
      absorbed.set(into, [...(absorbed.get(into) ?? []), m.from]);
    }
    const records: StoryRecord[] = [];
    for (let at = 0; at < survivors.length; at += STORIES_READ_TOGETHER) {
      const chunk = survivors.slice(at, at + STORIES_READ_TOGETHER);
      const storyIds = chunk.map((id) => [id, ...(absorbed.get(id) ?? [])]);
      const stored = await store.storiesMembers(storyIds.flat());
      let next = 0;
      const storedIds = storyIds.map((ids) => ids.flatMap(() => stored[next++]!));
      const read = await this.articlesOf(storedIds.flat(), articles, store);
      for (const [i, id] of chunk.entries()) {
        await pause();
        const memberIds = storedIds[i]!;
        for (const [articleId, storyId] of batchStory) if (this.stories.resolve(storyId) === id) memberIds.push(articleId);
        const members = [...new Set(memberIds)].flatMap((articleId): StoryMember[] => {
          const article = read.get(articleId) ?? articles.get(articleId);
          return article ? [{ id: articleId, article }] : [];
        });
        if (members.length === 0) continue;
        records.push(this.record(id, members, articles));
      }
    }
    return records;
  }

  /** The articles of these ids: the batch's own (`known`), the others read from the store in one call. */
  private async articlesOf(ids: string[], known: Map<string, StoredArticle>, store: Store): Promise<Map<string, StoredArticle>> {
    const found = new Map<string, StoredArticle>();
    const missing = new Set<string>();
    for (const id of ids) {
      const article = known.get(id);
      if (article) found.set(id, article);
      else missing.add(id);
    }
    for (const article of await store.getArticles([...missing])) found.set(article.id, article);
    return found;
  }
}

/** A story's members that were read (`read`), in the order of `memberIds`, and the same articles by id. */
function membersRead(memberIds: readonly string[], read: ReadonlyMap<string, StoredArticle>): { members: StoryMember[]; articles: Map<string, StoredArticle> } {
  const members: StoryMember[] = [];
  const articles = new Map<string, StoredArticle>();
  for (const articleId of memberIds) {
    const article = read.get(articleId);
    if (!article) continue;
    members.push({ id: articleId, article });
    articles.set(articleId, article);
  }
  return { members, articles };
}
