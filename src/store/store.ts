/**
 * The one interface every storage backend implements (`store/sqlite`, `store/postgres`), and the
 * records it reads and writes. Rules:
 * - Identity of an article = its key (canonical URL, else the input path; a page's related
 *   articles get `<key>#<n>` unless they carry a URL of their own) + a content hash over what the
 *   page says (title, body, dates, author, source, language, embeds, page tags). Writing the same
 *   key with the same hash changes nothing; a new hash makes a new version and keeps the old ones.
 * - An upsert call is one transaction: every article of the call is stored whole (article, embeds,
 *   tags, entities, facts, quotes, dates, versions, index rows, the input mark) or none is.
 * - Stored text keeps the source's spelling; index terms come from marsad's analyzer
 *   (`arabic/analyze.ts`) at index and query time, on both backends.
 * - Backend differences are readonly `capabilities`, never checks of `kind` by callers.
 * - Migrations are versioned per adapter and applied by `openStore` before it returns.
 */
import type { Article, EntityType, FeedState, IsoDate, StoryRecord } from "../types.js";
import type { PreparedArticle } from "./document.js";

/** What a caller hands to `upsertArticles`. */
export interface ArticleInput {
  /** Path or URL the article was read from (names it in messages and in the input marks). */
  input: string;
  /** Position of the article on its page: 0 = main, 1.. = related. */
  index: number;
  article: Article;
  /**
   * `prepareArticle` of this same input, already computed (ingest's worker threads do it beside
   * extract and understand): the adapters use it instead of computing it again on the writer's thread.
   */
  prepared?: PreparedArticle;
}

/** The job an upsert completes (see `upsertArticles`). */
export interface JobDone {
  key: string;
  /** Milliseconds since the epoch. */
  now: number;
}

/** Outcome of one article of an upsert. */
export interface UpsertResult {
  id: string;
  key: string;
  /** `created`: new key; `updated`: new content for a known key (a new version); `unchanged`. */
  status: "created" | "updated" | "unchanged";
  /** Current version number after the write (1-based). */
  version: number;
  contentHash: string;
}

/** One page's write in `upsertPages`: what one `upsertArticles` call would take. */
export interface PageWrite {
  articles: ArticleInput[];
  mark?: InputMark;
  job?: JobDone;
}

/** What became of one page of an `upsertPages` call: stored, or rolled back alone with its error. */
export type PageWriteOutcome = { results: UpsertResult[]; error?: undefined } | { results?: undefined; error: Error };

/** What was thrown, as an Error (a driver or a callback may throw other values): a failed page's outcome. */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/** One version of an article as kept in the versions table. */
export interface ArticleVersionSummary {
  version: number;
  contentHash: string;
  /** When this version was stored (ISO, from the clock passed to the store). */
  storedAt: IsoDate;
  title: string;
}

/** An article as the store returns it: the contract record plus identity and history. */
export interface StoredArticle extends Article {
  /** Stable id derived from the key (same key → same id on every backend). */
  id: string;
  key: string;
  /** Path or URL it was last read from. */
  input: string;
  contentHash: string;
  /** Current version number (1-based). */
  version: number;
  /** Every version, oldest first; the last one is the current. */
  versions: ArticleVersionSummary[];
  firstStoredAt: IsoDate;
  lastStoredAt: IsoDate;
}

/** A short view of an article for lists and search hits. */
export interface ArticleSummary {
  id: string;
  key: string;
  url: string | null;
  title: string;
  publishedAt: IsoDate | null;
  language: string;
  source: { name: string | null; domain: string | null };
  /** Source key as stored: the domain, else the name, else "unknown". */
  sourceKey: string;
  /** The outlet the source belongs to (store/outlets.ts): its key (what filters and facets use) and its name. */
  outlet: { key: string; name: string };
  version: number;
}

/** Filters shared by search and listing. Every field is optional; absent = no restriction. */
export interface ArticleFilters {
  /** Outlets by any of their keys or names (`SourceSummary.key`, `.keys`, `.name`); an article of any of them matches. */
  sources?: string[];
  /** Inclusive lower bound on `publishedAt` (ISO date or date-time). */
  since?: IsoDate;
  /** Inclusive upper bound on `publishedAt`; a bare date covers that whole day. */
  until?: IsoDate;
  /** ISO 639-1 codes. */
  languages?: string[];
  /** Tag texts (compared in marsad's normalized form); an article must carry all of them. */
  tags?: string[];
  /** Entity names in any spelling (Arabic variants, Latin alias); an article must mention all. */
  entities?: string[];
}

export type FacetName = "source" | "day" | "entity";

/** A search request. */
export interface SearchQuery extends ArticleFilters {
  /**
   * The query: words, `"phrases"`, `OR` between alternatives, `-word` / `-"phrase"` to exclude,
   * `prefix*`. Words are ANDed; only when no article has every word does the store relax to "some
   * of the words" (articles with more of the words first, then by BM25) and say so in
   * `SearchResult.relaxed`.
   */
  q: string;
  /** Facets to count; default none (they cost a pass over the matches). */
  facets?: FacetName[];
  /** Facets count the best this many matches when there are more (1..100,000); default 500. */
  facetSample?: number;
  /**
   * A search examines at most this many matches, the newest (1..100,000; default 5,000, or 1,000 for
   * a query with a `prefix*`, whose every form searched is ranked): when more
   * match, the newest this many are ranked, folded, counted and faceted, and
   * `SearchResult.candidateCap` says so.
   */
  candidates?: number;
  /**
   * A `prefix*` searches at most this many of the forms it starts (1..1,000; default 20), the ones in
   * most articles (ties: by form); `SearchResult.cappedPrefixes` names the prefixes that had more.
   */
  prefixForms?: number;
  /** Page size, 1..100; default 10. */
  limit?: number;
  /** Hits to skip, 0..10,000; default 0. */
  offset?: number;
  /** Snippet length in characters, 40..1,000; default 200. */
  snippetLength?: number;
  /**
   * Stop after this many milliseconds (1..60,000) and throw `StoreTimeoutError`; default none. The
   * facets are left out (with a warning) once half of it is spent.
   */
  timeoutMs?: number;
  /**
   * Aborted when whoever asked has gone (the server: the request's client closed its connection): a
   * search still waiting for its turn then leaves the queue unrun (serve/app.ts). Not part of the
   * query (result caches leave it out); stores do not read it.
   */
  signal?: AbortSignal;
  /**
   * Default true: one hit per duplicate group (its best-ranked member), `total` counts groups and
   * `SearchHit.duplicates` says how many other copies matched. False lists every copy.
   */
  collapseDuplicates?: boolean;
}

/** A store call stopped at its deadline (`SearchQuery.timeoutMs`); it wrote nothing. */
export class StoreTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`store: the query ran past its ${timeoutMs} ms deadline and was stopped`);
    this.name = "StoreTimeoutError";
  }
}

/** A range of a snippet or title to highlight: offsets in `text`, UTF-16 code units, end exclusive. */
export interface Highlight {
  start: number;
  end: number;
}

/** A passage cut from the ORIGINAL stored text, with the query's matches marked. */
export interface Snippet {
  text: string;
  highlights: Highlight[];
  /** Whether text was cut before / after the passage. */
  isTruncatedStart: boolean;
  isTruncatedEnd: boolean;
}

export interface SearchHit {
  article: ArticleSummary;
  /** Higher is better; comparable only within one result. */
  score: number;
  /** The title with its matches marked. */
  title: Snippet;
  /** The best passage of the body (empty text when the body has no match). */
  snippet: Snippet;
  /** Duplicate group of the article (null until connected); see `ArticleLinks`. */
  duplicateGroup: string | null;
  /** Other members of the duplicate group that matched too (folded into this hit); 0 when not collapsed. */
  duplicates: number;
}

export interface FacetCount {
  /** Source facet: the outlet key; day: YYYY-MM-DD; entity: its name. */
  value: string;
  count: number;
  /** Source facet: the outlet's name. */
  label?: string;
}

export interface SearchResult {
  /** Number of matching articles (all pages); a lower bound when `candidateCap` is set. */
  total: number;
  hits: SearchHit[];
  /** Counts per requested facet, most frequent first (day: newest first), at most 50 values each. */
  facets: Partial<Record<FacetName, FacetCount[]>>;
  /** When the facets counted only the best N matches (more matched): N; null when they counted all. */
  facetSample: number | null;
  /**
   * True when no article has every word (with the filters) and articles with some of the words are
   * shown instead, those with more of the words first. Never true when an article has every word.
   */
  relaxed: boolean;
  /**
   * When more articles matched than a search examines (`SearchQuery.candidates`): that number, and
   * only the newest that many matches were ranked, folded, counted and faceted (`total` is a lower
   * bound); null when every match was.
   */
  candidateCap: number | null;
  /** Prefixes that start more forms than a search takes (`SearchQuery.prefixForms`), each with the forms searched, most frequent first. */
  cappedPrefixes: CappedPrefix[];
  /** Problems with the query text (unbalanced quote…) and the bounds above in words; the rest of the query still ran. */
  warnings: string[];
}

/** A `prefix*` that starts more forms than a search takes: the forms searched instead, in most articles first. */
export interface CappedPrefix {
  prefix: string;
  forms: string[];
}

/** A request for a plain list of articles, newest first. */
export interface ArticleListQuery extends ArticleFilters {
  /** Page size, 1..100; default 20. */
  limit?: number;
  /** Items to skip; default 0. */
  offset?: number;
}

export interface ArticleList {
  total: number;
  items: ArticleSummary[];
}

/** An outlet: the sources stored under its domain and under its name, folded (store/outlets.ts). */
export interface SourceSummary {
  /** The outlet's key (its main domain, else its name, else "unknown"): what `sources` filters take. */
  key: string;
  /** Every source key folded into the outlet (a filter on any of them selects the whole outlet). */
  keys: string[];
  /** Its name as most of its articles give it, else its domain, else its key. */
  name: string;
  domain: string | null;
  articleCount: number;
  firstPublishedAt: IsoDate | null;
  lastPublishedAt: IsoDate | null;
}

/**
 * An entity known to the store: one per normalized name whatever types its articles gave it, typed
 * by its head word or most of its articles (entity-sql.ts), with every spelling seen for it.
 */
export interface EntitySummary {
  type: EntityType;
  name: string;
  spellings: string[];
  articleCount: number;
}

/** A page or article that could not be ingested. */
export interface IngestFailure {
  input: string;
  /** Where it failed: read (acquire/decode), extract, understand, store. */
  stage: "read" | "extract" | "understand" | "store";
  /** Issue code (src/issues.ts) when there is one. */
  code: string | null;
  reason: string;
  /** ISO time of the last failure. */
  failedAt: IsoDate;
  /** How many times this input failed. */
  attempts: number;
}

/** A mark that an input (with a given content hash) has been fully stored. */
export interface InputMark {
  input: string;
  /** Hash of the decoded page text; a changed file is read again. */
  pageHash: string;
}

export interface StoreStats {
  articles: number;
  versions: number;
  failures: number;
  sources: number;
  /** Bytes the backend uses on disk for marsad's data (file size or relation sizes). */
  bytes: number;
}

/** What connect decided for one article (connect/connector.ts), persisted by `saveConnections`. */
export interface ArticleConnection {
  articleId: string;
  /** Position in the connect order, 1-based, gapless (the order articles were connected in). */
  seq: number;
  /** Duplicate group: the id of the group's first-connected member. */
  dupGroup: string;
  /** How it joined its group: `new` (first member), `exact` (same normalized text) or `near`. */
  dupKind: "new" | "exact" | "near";
  /** The earlier article it matched, null for `new`. */
  dupMatched: string | null;
  /** Estimated Jaccard with the matched article (1 for exact), null for `new`. */
  dupSimilarity: number | null;
  /** Story at the time of connecting (merges are applied through `ConnectBatch.merged`). */
  storyId: string;
  /** Content hash of the body (connect/fingerprint.ts), to find exact copies of it later. */
  bodyHash: string;
}

/** The first-connected article with a given body hash, its group and story (see `findExactCopy`). */
export interface ExactCopy {
  articleId: string;
  dupGroup: string;
  earliestId: string;
  /** publishedAt of the group's earliest member. */
  earliestPublishedAt: IsoDate | null;
  storyId: string;
}

/** One connect step, written in one transaction by `saveConnections`. */
export interface ConnectBatch {
  connections: ArticleConnection[];
  /** Articles this step handled (connected now, or connected before and re-read after a new version): off the queue. */
  done: string[];
  /** Earliest-published member per duplicate group touched by the batch. */
  groups: { groupId: string; earliestId: string }[];
  /**
   * Duplicate groups renamed after a new earliest member, in the order they happened (applied after
   * `connections`, so links written by this batch follow too); default none.
   */
  renamedGroups?: { from: string; into: string }[];
  /** Whole records of the stories created or changed by the batch. */
  stories: StoryRecord[];
  /** Stories merged into others in this batch: members, redirects and records follow `into`. */
  merged: { from: string; into: string }[];
  /** Stories split in this batch (after the merges): `articleIds` leave `from` for the new story `into`. */
  splits: { from: string; into: string; articleIds: string[] }[];
  /** Serialized connector state after the batch (opaque to the store) and its sequence. */
  state: { seq: number; data: Uint8Array };
  /** Sequence of the state the step started from (null: none saved yet); the write fails if it moved. */
  previousSeq: number | null;
  /** Clock of the run (ISO). */
  savedAt: IsoDate;
}

/** Where an article stands after connect: its duplicate group and its story. */
export interface ArticleLinks {
  articleId: string;
  dupGroup: string;
  dupKind: "new" | "exact" | "near";
  dupMatched: string | null;
  dupSimilarity: number | null;
  /** Earliest-published member of the group (the original, as far as marsad knows). */
  earliestId: string;
  /** Other members of the group, in connect order. */
  duplicates: ArticleSummary[];
  /** Current story (after merges), null when the story record is missing. */
  storyId: string | null;
}

/** A story as lists show it: the head of its record, with its sources and conflicts counted. */
export interface StorySummary extends Pick<StoryRecord, "id" | "title" | "centralArticleId" | "firstSeen" | "lastSeen" | "articleCount"> {
  sourceCount: number;
  /** Figure conflicts in the story. */
  conflictCount: number;
}

/** A member of a story as lists show it. */
export interface StoryArticle {
  article: ArticleSummary;
  dupGroup: string;
  /** Position in the connect order. */
  seq: number;
}

export interface StoryListQuery {
  /** Stories last seen on or after (ISO date or date-time). */
  since?: IsoDate;
  /** Stories first seen on or before; a bare date covers that day. */
  until?: IsoDate;
  /** Only stories with at least this many articles; default 1. */
  minArticles?: number;
  /** Page size, 1..100; default 20. */
  limit?: number;
  offset?: number;
}

export interface StoryList {
  total: number;
  items: StorySummary[];
}

/** What a job asks a worker to do: `page` = read (a stored page, or fetch its URL), extract, understand, store. */
export type JobKind = "page";

/** Where a job stands: waiting (maybe until `runAfter`), held by a worker, finished, or given up. */
export type JobState = "queued" | "running" | "done" | "dead";

/** A job handed to `enqueueJobs`; its key is `<kind>:<input>`, so enqueuing the same input twice adds one job. */
export interface JobInput {
  kind: JobKind;
  /** Path (`file.jsonl#12` for a line) or URL: names the job in messages and failures. */
  input: string;
  /** The page itself as JSON (a local input, so any machine can do it), or null: fetch `input`. */
  payload: string | null;
  /** Hash of the page (ingest.ts pageHash) when known: an edited page re-enqueued becomes a new job run. */
  pageHash: string | null;
}

/** A job claimed by a worker. */
export interface Job {
  key: string;
  kind: JobKind;
  input: string;
  payload: string | null;
  /** Claims so far, this one included. */
  attempts: number;
  /**
   * The page hash it was enqueued with, and whether the store held that page (its input with that
   * hash) when the claim was made: its worker need not ask again (`hasInput`), a round trip a page
   * saved. Absent when it has no page hash (a URL, fetched by the worker).
   */
  storedPage?: StoredPage;
}

/** Whether the store held a page (input and page hash), as `hasInput` answers, when it was looked at. */
export interface StoredPage {
  pageHash: string;
  stored: boolean;
}

/** A job as `listJobs` shows it. */
export interface JobSummary {
  key: string;
  kind: JobKind;
  input: string;
  state: JobState;
  attempts: number;
  /** Why its last attempt failed (null when none did). */
  reason: string | null;
  /** Worker holding it (running jobs), else null. */
  holder: string | null;
  /** Milliseconds since the epoch: when it was last enqueued, and when it ended (done, dead). */
  enqueuedAt: number;
  finishedAt: number | null;
}

/** Jobs per state; `nextRunAt`: earliest time a queued job may be claimed (null when none is queued). */
export interface JobCounts extends Record<JobState, number> {
  nextRunAt: number | null;
}

/** Outcome of one `enqueueJobs` call. */
export interface EnqueueResult {
  /** New jobs. */
  added: number;
  /** Known jobs queued again: the page changed since it was done, or the job was dead and retried. */
  requeued: number;
  /** Known jobs left as they were (queued, running, or done with the same page). */
  known: number;
}

/** Backend differences, read by callers instead of checking `kind`. */
export interface StoreCapabilities {
  /** Ranking used by `search`: BM25 over marsad's analyzed terms on both backends (FTS5's, or computed alike on PostgreSQL). */
  readonly ranking: "bm25";
  /** Several processes may write at once (PostgreSQL), not just one writer (SQLite WAL). */
  readonly supportsConcurrentWriters: boolean;
  /** Upserts from several async callers can run in parallel on separate connections. */
  readonly supportsParallelUpserts: boolean;
  /**
   * `upsertPages` writes its pages in one transaction (a savepoint each), so grouping pages saves a
   * commit per page (SQLite: FTS5 flushes a segment at every commit); otherwise it is one
   * `upsertArticles` per page and grouping gains nothing.
   */
  readonly supportsGroupedPages: boolean;
  /** Largest sensible batch for one `upsertArticles` call. */
  readonly maxBatchSize: number;
  /** Searches worth running at once in one process (SQLite: one, it is synchronous; PostgreSQL: its pool). */
  readonly searchConcurrency: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  readonly capabilities: StoreCapabilities;
  /** Where the data lives: a file path or a URL without its password. */
  readonly location: string;

  /**
   * Stores articles idempotently, all in one transaction (all or none). Same key and same content
   * hash → `unchanged`, nothing written; same key, new hash → a new version, the earlier kept.
   * When `mark` is given, the input mark is written in the same transaction, so a resumed ingest
   * never skips a half-stored page. `storedAt` is the clock of the run (ISO). When `job` is given,
   * that job is marked done in the same transaction: a killed worker never stores a page without
   * completing its job, nor completes a job whose page it did not store.
   */
  upsertArticles(articles: ArticleInput[], options: { storedAt: IsoDate; mark?: InputMark; job?: JobDone }): Promise<UpsertResult[]>;

  /**
   * Stores several pages, each exactly as its own `upsertArticles` call would (all of a page or none
   * of it, with its mark and job), in as few commits as the backend allows (`supportsGroupedPages`):
   * a page that fails is rolled back alone and named by its outcome, the others are stored. Outcomes
   * are in the order of `pages`.
   */
  upsertPages(pages: PageWrite[], options: { storedAt: IsoDate }): Promise<PageWriteOutcome[]>;

  /** Whether `mark.input` was fully stored with this page hash (a resumed ingest skips it). */
  hasInput(mark: InputMark): Promise<boolean>;

  /** Whether `input` (a path or URL) was fully stored, whatever its content (feeds skip known item URLs before fetching). */
  isInputStored(input: string): Promise<boolean>;

  /** The current version of an article with its version list, or null. */
  getArticle(id: string): Promise<StoredArticle | null>;

  /** `getArticle` of each id, in the order given, unknown ids left out. */
  getArticles(ids: string[]): Promise<StoredArticle[]>;

  /** One earlier (or the current) version of an article as it was stored, or null. */
  getArticleVersion(id: string, version: number): Promise<Article | null>;

  /** Articles matching the filters, newest first. */
  listArticles(query: ArticleListQuery): Promise<ArticleList>;

  /** Full-text search with marsad's Arabic analyzer, filters, facets, snippets and pages. */
  search(query: SearchQuery): Promise<SearchResult>;

  /** Every outlet (sources folded by domain and name) with its article count and date range, most articles first. */
  listSources(): Promise<SourceSummary[]>;

  /** Entities, one per normalized name, most articles first, whose name or any spelling matches `name` in normalized form (any, if omitted). */
  listEntities(options?: { name?: string; limit?: number }): Promise<EntitySummary[]>;

  /** Articles not connected yet, the first `limit` of the whole queue in publication order (undated last), ties by id. */
  pendingConnections(limit: number): Promise<StoredArticle[]>;

  /**
   * Writes one connect step in one transaction: links, group earliest members, story records,
   * merges (members and redirects move to the survivor) and the connector state.
   */
  saveConnections(batch: ConnectBatch): Promise<void>;

  /** The connector state last saved, or null before the first connect. */
  loadConnectState(): Promise<{ seq: number; data: Uint8Array } | null>;

  /**
   * Takes the named lease for `ttlMs` when it is free, expired or already `holder`'s — or held by
   * `replacing` (a holder the caller knows is dead); returns whether `holder` now has it. Lets one
   * process at a time connect, across machines on PostgreSQL.
   */
  acquireLease(name: string, holder: string, ttlMs: number, options?: { replacing?: string }): Promise<boolean>;

  /** The polling state of a feed (`marsad watch`), or null before its first poll. */
  getFeedState(url: string): Promise<FeedState | null>;

  /** Saves a feed's polling state whole (the last poll wins), so any process can poll any feed next. */
  putFeedState(state: FeedState, options: { savedAt: IsoDate }): Promise<void>;

  /** Every feed's polling state, by URL. */
  listFeedStates(): Promise<FeedState[]>;

  /** Who holds the named lease now (expired or not), or null when nobody does. */
  leaseHolder(name: string): Promise<string | null>;

  /** Gives the lease back if `holder` has it. */
  releaseLease(name: string, holder: string): Promise<void>;

  /** The first-connected article whose body has this content hash, or null. */
  findExactCopy(bodyHash: string): Promise<ExactCopy | null>;

  /** `findExactCopy` of each hash at once (one statement): the hashes that have a copy, with it. */
  findExactCopies(bodyHashes: string[]): Promise<Map<string, ExactCopy>>;

  /** The ids among `articleIds` that are connected (those `getArticleLinks` answers), in one statement. */
  connectedArticles(articleIds: string[]): Promise<Set<string>>;

  /** Duplicate group and story of an article, null when the article is unknown or not connected. */
  getArticleLinks(articleId: string): Promise<ArticleLinks | null>;

  /** Stories, most recently seen first (ties: larger first, then id). */
  listStories(query: StoryListQuery): Promise<StoryList>;

  /** A story record by id; an id merged into another story resolves to the survivor. */
  getStory(id: string): Promise<StoryRecord | null>;

  /** Member ids of a story in connect order (after merges); empty when unknown. */
  storyMembers(id: string): Promise<string[]>;

  /** `storyMembers` of each id, in the order given, in a few statements (connect reads many stories at once). */
  storiesMembers(ids: string[]): Promise<string[][]>;

  /** Members of a story, newest first (by publication, then connect order), a page at a time. */
  storyArticles(id: string, options?: { limit?: number; offset?: number }): Promise<{ total: number; items: StoryArticle[] }>;

  /** Records (or counts again) a failure for an input. */
  recordFailure(failure: Omit<IngestFailure, "attempts">): Promise<void>;

  /** Forgets the failures of an input (after it was stored). */
  clearFailure(input: string): Promise<void>;

  /** Recorded failures, most recent first. */
  listFailures(options?: { limit?: number }): Promise<IngestFailure[]>;

  /**
   * Adds jobs to the queue (one transaction), in order. Idempotent by key (`<kind>:<input>`): a
   * known job is left alone unless it is done or dead with another `pageHash` (an edited page), or
   * dead and `retryDead` is set; those are queued again with their attempts reset. `now`:
   * milliseconds since the epoch.
   */
  enqueueJobs(jobs: JobInput[], options: { now: number; retryDead?: boolean }): Promise<EnqueueResult>;

  /**
   * Claims up to `limit` jobs for `holder`, oldest enqueued first, and leases them until
   * `now + leaseMs`: queued jobs whose `runAfter` has come, and running jobs whose lease expired
   * (their worker died). Each claim counts an attempt; a job whose lease expired with
   * `maxAttempts` attempts is dead instead. Two claimers never get the same job (PostgreSQL
   * `FOR UPDATE SKIP LOCKED`; SQLite one `UPDATE … RETURNING` under the write lock).
   */
  claimJobs(holder: string, options: { limit: number; leaseMs: number; now: number; maxAttempts: number }): Promise<Job[]>;

  /** Extends the lease of every job `holder` is running to `now + leaseMs`; returns how many. */
  renewJobs(holder: string, options: { leaseMs: number; now: number }): Promise<number>;

  /** Marks a job done (idempotent); for jobs that store nothing (the page was stored before). `upsertArticles` completes the others. */
  completeJob(key: string, options: { now: number }): Promise<void>;

  /**
   * Records that `holder`'s attempt at a job failed with `reason`: queued again to run at
   * `retryAt`, or dead when `retryAt` is null. Does nothing when `holder` no longer runs it.
   */
  failJob(key: string, holder: string, options: { reason: string; now: number; retryAt: number | null }): Promise<void>;

  /**
   * Puts the jobs `holder` is running back in the queue: a worker stopping (`countAttempt` false:
   * the claims it never started are not counted) or a dead worker's (true: its attempt counts).
   */
  releaseJobs(holder: string, options: { countAttempt: boolean }): Promise<number>;

  /** Holders of running jobs (to find the dead ones). */
  jobHolders(): Promise<string[]>;

  /** How many jobs are in each state (reads every job: for people, not for polling). */
  jobCounts(): Promise<JobCounts>;

  /** When the earliest queued job may be claimed (ms since the epoch), null when none is queued; reads only open jobs. */
  nextJobAt(): Promise<number | null>;

  /** Jobs in a state, most recently finished (or enqueued) first, at most `limit` (default 100). */
  listJobs(options: { state: JobState; limit?: number }): Promise<JobSummary[]>;

  /** Counts and size on disk. */
  stats(): Promise<StoreStats>;

  /** Throws when the backend does not answer; used by health checks. */
  ping(): Promise<void>;

  /**
   * Readies what searches use before the first reader asks (a server calls it at start): PostgreSQL
   * opens the search pool's connections and prepares a search's first statements on each; SQLite:
   * nothing (its file is open).
   */
  warmSearch(): Promise<void>;

  /**
   * Brings the query planner's statistics up to date after writes (an ingest calls it at its end;
   * PostgreSQL also checks after every ANALYZE_CHECK_ROWS rows it writes). PostgreSQL: ANALYZE of the
   * tables never analyzed or changed beyond autovacuum's threshold, whoever wrote them, even when
   * autovacuum is off; SQLite: no ANALYZE (its search statements fix their plans), the form_stats
   * changes pending folded in. Returns the tables analyzed.
   */
  refreshStatistics(): Promise<string[]>;

  /** Releases connections / the file handle. The store cannot be used afterwards. */
  close(): Promise<void>;
}

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /**
   * PostgreSQL schema to use (created if missing); default `public`. Tests use a unique one each.
   */
  schema?: string;
  /** PostgreSQL pool size; default 4. */
  poolSize?: number;
  /** Milliseconds clock that search deadlines are measured with; default `Date.now` (tests pass their own). */
  clock?: () => number;
  /**
   * Recent search results kept, per store generation (store/search-cache.ts); default 1,000, 0 keeps
   * none (every search computed).
   */
  searchCacheEntries?: number;
  /**
   * SQLite file stores: searches run in this many worker threads, each on a read-only connection
   * (sqlite/search-threads.ts; deadlines then use the system clock); default 0, searches run on the
   * store's own connection. PostgreSQL ignores it (its searches already run in the server).
   */
  searchThreads?: number;
}

/** Default file name of the embedded store, inside `$MARSAD_DATA_DIR` or the working directory. */
export const DEFAULT_SQLITE_FILE = "marsad.sqlite";

/**
 * Where the store lives when nothing is given: `$MARSAD_DATABASE_URL` if set is read by the CLI and
 * passed here; otherwise `<dataDir>/marsad.sqlite`, with `dataDir` = `$MARSAD_DATA_DIR` or ".".
 */
export function defaultStoreLocation(env: Record<string, string | undefined> = {}): string {
  const dir = env.MARSAD_DATA_DIR?.trim() || ".";
  return `${dir.replace(/\/+$/, "")}/${DEFAULT_SQLITE_FILE}`;
}

/** Whether `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store at `location`: a `postgres://` / `postgresql://` URL (`#schema` at its end picks
 * a schema other than `public`) or a SQLite file path
 * (`:memory:` for a throw-away store). Default: `defaultStoreLocation(process.env)` — callers in
 * cli/serve pass `MARSAD_DATABASE_URL` when set. Applies pending migrations before returning.
 */
export async function openStore(location?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const where = location?.trim() || defaultStoreLocation(process.env);
  if (isPostgresUrl(where)) {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    // `postgres://…/db#schema` names the schema, as the store's location prints it
    const hash = where.indexOf("#");
    if (hash >= 0) return openPostgresStore(where.slice(0, hash), { ...options, schema: options.schema ?? where.slice(hash + 1) });
    return openPostgresStore(where, options);
  }
  const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
  return openSqliteStore(where, options);
}
