/**
 * marsad as a library: the same records as the `marsad` command, from code.
 *
 * ```js
 * import { readPage, openStore, ingest, search } from "marsad";
 * const page = readPage(await readFile("page.html"));   // bytes → { input, articles } (the contract)
 * const store = await openStore("news.sqlite");          // or a postgres:// URL
 * await ingest(store, ["pages/"]);                        // read, extract, understand, store, connect
 * const { hits } = await search(store, "سيول");
 * ```
 *
 * Rules:
 * - `readPage` reads a page exactly as `marsad extract` reads a file: bytes are decoded (UTF-8 with
 *   or without BOM, UTF-16 with BOM, windows-1256, ISO-8859-6), HTML or plain text is detected, then
 *   the page is extracted and understood. Its result is the output contract
 *   (contract/article.schema.json): `articles[0]` is the main article.
 * - A page that cannot be read at all (empty, binary, undecodable, no text) throws a
 *   `ReadPageError` whose `issues` name the input and the problem; problems that still leave an
 *   article (a few invalid bytes) are passed to `onIssue`.
 * - Nothing here reads a clock unless told to: `now` and `storedAt` default to the time of the call
 *   only in `ingest` and `connect`, which store what they did and when.
 */
import { pageFromBytes, detectKind } from "./acquire/local-files.js";
import { Connector, type ConnectReport } from "./connect/connector.js";
import { contractErrors } from "./contract.js";
import { DEFAULT_INGEST_OPTIONS, ingestLocalInputs, type IngestSummary } from "./ingest.js";
import { formatIssue, type Issue } from "./issues.js";
import { readPage as readDecodedPage } from "./pipeline.js";
import { openStore, type SearchQuery, type SearchResult, type Store } from "./store/store.js";
import type { Article, ExtractOutput, Page } from "./types.js";
import { understandArticle } from "./understand/index.js";

export type { Article, ArticleRole, DateMention, Embed, EmbedPlatform, Entity, EntityType, ExtractOutput, Fact, FactKind, FactQualifier, FigureConflict, IsoDate, Page, Quote, Source, StoryFigure, StoryRecord, Tag, TagOrigin, TagScope } from "./types.js";
export type { Issue, IssueCode } from "./issues.js";
export type {
  ArticleFilters, ArticleList, ArticleListQuery, ArticleSummary, EntitySummary, FacetCount, FacetName, OpenStoreOptions, SearchHit, SearchQuery, SearchResult, SourceSummary, Store, StoredArticle, StoryList, StoryListQuery, StorySummary,
} from "./store/store.js";
export type { IngestSummary } from "./ingest.js";
export type { ConnectReport } from "./connect/connector.js";
export { openStore, contractErrors, formatIssue };

/** What `readPage` accepts: the page's bytes, its decoded text, or a `Page` as the pipeline takes it. */
export type PageInput = Uint8Array | string | Page;

/** Options of `readPage`. */
export interface ReadPageOptions {
  /** Names the page in the output's `input` and in issues; default `"page"` (a `Page` keeps its own). */
  input?: string;
  /** The page's URL, when known: resolves relative links and names the source; default none. */
  url?: string | null;
  /** "Now" (ISO) that relative dates resolve against when the page states no date; default none. */
  now?: string | null;
  /** Receives the problems that did not stop the page (e.g. invalid UTF-8 bytes replaced). */
  onIssue?: (issue: Issue) => void;
}

/** Thrown by `readPage` when a page yields no article; `issues` say why, naming the input. */
export class ReadPageError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.length ? issues.map(formatIssue).join("; ") : "marsad: the page yields no article");
    this.name = "ReadPageError";
  }
}

function toPage(input: PageInput, options: ReadPageOptions): { page: Page | null; issues: Issue[] } {
  const name = options.input ?? "page";
  const url = options.url ?? null;
  if (input instanceof Uint8Array) {
    const read = pageFromBytes(name, input, undefined, url);
    return { page: read.page, issues: read.issues };
  }
  if (typeof input === "string") return { page: { input: name, text: input, kind: detectKind(input), url, charset: "utf-8" }, issues: [] };
  return { page: input, issues: [] };
}

/**
 * Reads one page into the output contract: decode (bytes), detect HTML or text, extract the main
 * article and the related ones, understand each (language, dates, entities, quotes, figures, tags).
 * Throws `ReadPageError` when the page yields no article.
 */
export function readPage(input: PageInput, options: ReadPageOptions = {}): ExtractOutput {
  const { page, issues } = toPage(input, options);
  if (!page) throw new ReadPageError(issues);
  const result = readDecodedPage(page, { now: options.now ?? null });
  const all = [...issues, ...result.issues];
  if (!result.value || result.value.articles.length === 0) throw new ReadPageError(all);
  for (const issue of all) options.onIssue?.(issue);
  return result.value;
}

/** Options of `understand`. */
export interface UnderstandOptions {
  /** Title of the text, when it has one; default empty. */
  title?: string;
  /** Publication date (ISO) of the text; relative dates resolve against it. Default none. */
  publishedAt?: string | null;
  /** Date relative expressions resolve against when there is no `publishedAt` (ISO); default none. */
  referenceDate?: string | null;
}

/**
 * Understands a text without extracting it from a page: the text is the body as given. Returns the
 * contract's article with language, dates, entities, quotes, figures and generated tags filled. An
 * `Article` is understood as it is (its own fields kept, the derived ones recomputed).
 */
export function understand(text: string | Article, options: UnderstandOptions = {}): Article {
  const article: Article =
    typeof text === "string"
      ? {
          role: "main", title: options.title ?? "", publishedAt: options.publishedAt ?? null, updatedAt: null, language: "und", body: text,
          source: { name: null, domain: null }, author: null, url: null, embeds: [], tags: [], entities: [], quotes: [], facts: [], dates: [],
        }
      : text;
  return understandArticle(article, { referenceDate: options.publishedAt ?? options.referenceDate ?? null });
}

/** Options of `ingest`. */
export interface IngestOptions {
  /** Pages in flight at once, 1..64; default 4. */
  concurrency?: number;
  /** Size cap per file in bytes; default 50 MB. */
  maxBytes?: number;
  /** Reference date (ISO) for pages without one; default none. */
  now?: string | null;
  /** Time of this run (ISO), stored as the version time; default the time of the call. */
  storedAt?: string;
  /** Run the connect step (duplicate groups, stories) after storing; default true. */
  connect?: boolean;
}

/**
 * Reads local inputs (files, directories read recursively, JSONL dumps) into `store`, as
 * `marsad ingest` does: each page is extracted, understood and stored whole or not at all; a page
 * already stored with the same text is skipped; one bad input is recorded and the rest go on. Then,
 * unless `connect: false`, connects what was stored (duplicate groups and stories).
 */
export async function ingest(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary & { connect: ConnectReport | null }> {
  const storedAt = options.storedAt ?? new Date().toISOString();
  const summary = await ingestLocalInputs(store, inputs, {
    concurrency: options.concurrency ?? DEFAULT_INGEST_OPTIONS.concurrency,
    maxBytes: options.maxBytes ?? DEFAULT_INGEST_OPTIONS.maxBytes,
    now: options.now ?? null,
    storedAt,
  });
  const report = options.connect === false ? null : await connect(store, { now: storedAt });
  return { ...summary, connect: report };
}

/**
 * Connects the stored articles not connected yet: duplicate groups (exact and near copies) and
 * stories with their records. `now` (ISO) is the run's clock; default the time of the call.
 */
export async function connect(store: Store, options: { now?: string } = {}): Promise<ConnectReport> {
  return new Connector().connectPending(store, options.now ?? new Date().toISOString());
}

/**
 * Searches the store: words (all required), `"phrases"`, `a OR b`, `-not`, `prefix*`, with the
 * filters, facets and pages of `SearchQuery`. A string is the query alone (10 hits, copies folded).
 */
export async function search(store: Store, query: string | SearchQuery): Promise<SearchResult> {
  return store.search(typeof query === "string" ? { q: query } : query);
}
