/**
 * The OpenAPI 3.1 document served at `/api/openapi.json`, written as a typed object. Rules:
 * - It must match api.ts, feeds.ts and params.ts (names, bounds, status codes): the tests walk
 *   every route listed here and check the app answers it, and that each parameter is accepted.
 * - Bounds come from the same constants params.ts enforces.
 */
import { FACET_NAMES, MAX_FILTER_LENGTH, MAX_OFFSET, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_SNIPPET, MIN_SNIPPET } from "./params.js";

type Schema = { [key: string]: unknown };

export interface OpenApiParameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: Schema;
  style?: "form";
  explode?: boolean;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  parameters: OpenApiParameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  paths: Record<string, { get: OpenApiOperation }>;
  components: { schemas: Record<string, Schema> };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ "application/json": { schema } });
const errors = {
  "400": { description: "A parameter is invalid or unknown; the body names it.", content: json(ref("Error")) },
  "500": { description: "Internal error.", content: json(ref("Error")) },
};

const list = (name: string, description: string): OpenApiParameter => ({
  name, in: "query", description: `${description} Repeat the parameter or separate values with commas (at most 20, each ≤ ${MAX_FILTER_LENGTH} characters).`,
  schema: { type: "array", items: { type: "string", maxLength: MAX_FILTER_LENGTH }, maxItems: 20 }, style: "form", explode: true,
});
const date = (name: string, description: string): OpenApiParameter => ({
  name, in: "query", description: `${description} ISO date (YYYY-MM-DD) or date-time.`, schema: { type: "string", format: "date" },
});
const int = (name: string, min: number, max: number, def: number, description: string): OpenApiParameter => ({
  name, in: "query", description, schema: { type: "integer", minimum: min, maximum: max, default: def },
});

const FILTERS: OpenApiParameter[] = [
  list("source", "Source keys (domain, else name, as in /api/sources)."),
  date("since", "Published on or after."),
  date("until", "Published on or before (a bare date covers the whole day); not before since."),
  list("lang", "ISO 639-1 language codes."),
  list("tag", "Tags the article must carry (all)."),
  list("entity", "Entities the article must mention (all), in any spelling."),
];
const PAGE = (def: number): OpenApiParameter[] => [
  int("limit", 1, MAX_PAGE_SIZE, def, "Page size."),
  int("offset", 0, MAX_OFFSET, 0, "Items to skip."),
];
const Q: OpenApiParameter = {
  name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: MAX_QUERY_LENGTH },
  description: 'Query: words (all must match), "phrases", a OR b, -excluded, prefix*. Arabic is normalized and lightly stemmed.',
};
const SEARCH_PARAMETERS: OpenApiParameter[] = [
  Q, ...FILTERS,
  { name: "facets", in: "query", description: "Facets to count over all matches.", schema: { type: "array", items: { type: "string", enum: [...FACET_NAMES] } }, style: "form", explode: false },
  ...PAGE(10),
  int("snippet", MIN_SNIPPET, MAX_SNIPPET, 200, "Snippet length in characters."),
  { name: "collapse", in: "query", description: "Fold copies of one text (a duplicate group) into one hit, counted in `duplicates`; false lists every copy.", schema: { type: "boolean", default: true } },
];
const STORY_ID: OpenApiParameter = { name: "storyId", in: "path", required: true, description: "Story id (`story-` + 16 hex characters); an id merged into another story answers with the survivor.", schema: { type: "string", pattern: "^story-[0-9a-f]{16}$" } };
const ARTICLE_ID: OpenApiParameter = { name: "id", in: "path", required: true, description: "Article id (16 hex characters).", schema: { type: "string", pattern: "^[0-9a-f]{16}$" } };
const EXPORT_PARAMETERS: OpenApiParameter[] = [
  Q, ...FILTERS, ...PAGE(100),
  { name: "format", in: "query", description: "jsonl (one hit per line) or csv.", schema: { type: "string", enum: ["jsonl", "csv"], default: "jsonl" } },
];

const snippet: Schema = {
  type: "object", required: ["text", "highlights", "isTruncatedStart", "isTruncatedEnd"],
  properties: {
    text: { type: "string", description: "Cut from the original text." },
    highlights: { type: "array", items: { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" } } } },
    isTruncatedStart: { type: "boolean" }, isTruncatedEnd: { type: "boolean" },
  },
};

export function buildOpenApi(version: string): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: {
      title: "marsad API", version,
      description: "Read-only access to what marsad stored: Arabic-aware search (copies folded), articles with their versions, duplicates and related articles, stories with their figures and conflicts, sources, entities.",
      license: { name: "Apache 2.0", identifier: "Apache-2.0" },
    },
    paths: {
      "/api/health": { get: { operationId: "health", summary: "Whether the server and its store answer.", parameters: [], responses: {
        "200": { description: "Healthy.", content: json({ type: "object", properties: { status: { const: "ok" }, version: { type: "string" }, store: { enum: ["sqlite", "postgres"] }, ranking: { type: "string" }, pingMs: { type: "number" } } }) },
        "503": { description: "The store does not answer.", content: json({ type: "object", properties: { status: { const: "unavailable" } } }) },
        "400": errors["400"],
      } } },
      "/api/search": { get: { operationId: "search", summary: "Full-text search with filters, facets, highlighted snippets and pages.", parameters: SEARCH_PARAMETERS, responses: {
        "200": { description: "Ranked hits.", content: json(ref("SearchResult")) }, ...errors,
      } } },
      "/api/articles": { get: { operationId: "listArticles", summary: "Articles matching filters, newest first.", parameters: [...FILTERS, ...PAGE(20)], responses: {
        "200": { description: "A page of articles.", content: json({ type: "object", properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: ref("ArticleSummary") } } }) }, ...errors,
      } } },
      "/api/articles/{id}": { get: { operationId: "getArticle", summary: "One article (current version, with the list of versions), or one earlier version.", parameters: [
        { name: "id", in: "path", required: true, description: "Article id (16 hex characters).", schema: { type: "string", pattern: "^[0-9a-f]{16}$" } },
        int("version", 1, 1_000_000, 0, "A version number from `versions`; omitted = current."),
      ], responses: {
        "200": { description: "The article.", content: json(ref("StoredArticle")) },
        "404": { description: "No such article.", content: json(ref("Error")) }, ...errors,
      } } },
      "/api/articles/{id}/related": { get: { operationId: "relatedArticles", summary: "Copies of the article, the other articles of its story (copies folded) and the nearest other stories.", parameters: [ARTICLE_ID], responses: {
        "200": { description: "What is related.", content: json(ref("Related")) },
        "404": { description: "No such article.", content: json(ref("Error")) }, ...errors,
      } } },
      "/api/stories": { get: { operationId: "listStories", summary: "Stories (one event across sources and days), most recently active first.", parameters: [
        date("since", "Active (last seen) on or after."), date("until", "Started (first seen) on or before."),
        int("min_articles", 1, 100_000, 1, "Only stories with at least this many articles."), ...PAGE(20),
      ], responses: {
        "200": { description: "A page of stories.", content: json({ type: "object", properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: ref("StorySummary") } } }) }, ...errors,
      } } },
      "/api/stories/{storyId}": { get: { operationId: "getStory", summary: "A story record: sources, timeline, main entities, quotes, the figures timeline with latest, highest and conflicts; and a page of its articles.", parameters: [
        STORY_ID, int("limit", 1, 500, 50, "Articles per page."), int("offset", 0, 1_000_000, 0, "Articles to skip."),
      ], responses: {
        "200": { description: "The story.", content: json(ref("Story")) },
        "404": { description: "No such story.", content: json(ref("Error")) }, ...errors,
      } } },
      "/api/sources": { get: { operationId: "listSources", summary: "Every outlet (sources stored under its domain and under its name, folded) with its article count and date range.", parameters: [], responses: {
        "200": { description: "Sources, most articles first.", content: json({ type: "object", properties: { total: { type: "integer" }, items: { type: "array", items: ref("Source") } } }) }, ...errors,
      } } },
      "/api/entities": { get: { operationId: "listEntities", summary: "Entities, one per name with one type (its head word, else most of its articles), most mentioned first, optionally those matching a name in any spelling.", parameters: [
        { name: "name", in: "query", description: "Name in any spelling.", schema: { type: "string", minLength: 1, maxLength: 200 } },
        int("limit", 1, 200, 50, "How many."),
      ], responses: { "200": { description: "Entities.", content: json({ type: "object", properties: { total: { type: "integer" }, items: { type: "array", items: ref("Entity") } } }) }, ...errors } } },
      "/api/openapi.json": { get: { operationId: "openapi", summary: "This document.", parameters: [], responses: { "200": { description: "OpenAPI 3.1." } } } },
      "/feeds/search": { get: { operationId: "searchFeed", summary: "Atom feed of a search, newest hits first, to follow a topic in a feed reader.", parameters: [Q, ...FILTERS], responses: {
        "200": { description: "Atom 1.0.", content: { "application/atom+xml": { schema: { type: "string" } } } }, ...errors,
      } } },
      "/export/search": { get: { operationId: "exportSearch", summary: "A search's hits as JSON Lines or CSV.", parameters: EXPORT_PARAMETERS, responses: {
        "200": { description: "Hits.", content: { "application/x-ndjson": { schema: { type: "string" } }, "text/csv": { schema: { type: "string" } } } }, ...errors,
      } } },
    },
    components: {
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["status", "code", "message"], properties: {
          status: { type: "integer" }, code: { type: "string" }, parameter: { type: "string", description: "The parameter at fault, for 400." }, message: { type: "string" },
        } } } },
        ArticleSummary: { type: "object", required: ["id", "key", "title", "publishedAt", "language", "source", "sourceKey", "outlet", "version"], properties: {
          id: { type: "string" }, key: { type: "string" }, url: { type: ["string", "null"] }, title: { type: "string" },
          publishedAt: { type: ["string", "null"] }, language: { type: "string" },
          source: { type: "object", properties: { name: { type: ["string", "null"] }, domain: { type: ["string", "null"] } } },
          sourceKey: { type: "string", description: "The source as stored: its domain, else its name." },
          outlet: { type: "object", required: ["key", "name"], description: "The outlet the source is folded into (the key filters and facets use).", properties: { key: { type: "string" }, name: { type: "string" } } },
          version: { type: "integer" },
        } },
        SearchResult: { type: "object", required: ["query", "total", "hits", "facets", "relaxed", "warnings"], properties: {
          query: { type: "string" }, limit: { type: "integer" }, offset: { type: "integer" }, total: { type: "integer" },
          hits: { type: "array", items: { type: "object", properties: {
            article: ref("ArticleSummary"), score: { type: "number" }, title: ref("Snippet"), snippet: ref("Snippet"),
            duplicateGroup: { type: ["string", "null"], description: "Duplicate group of the article (null until connected)." },
            duplicates: { type: "integer", description: "Other copies that matched, folded into this hit." },
          } } },
          facets: { type: "object", additionalProperties: { type: "array", items: { type: "object", properties: { value: { type: "string", description: "source: the outlet key; day: YYYY-MM-DD; entity: its name." }, count: { type: "integer" }, label: { type: "string", description: "source: the outlet's name." } } } } },
          facetSample: { type: ["integer", "null"], description: "When more matched than this, the facets counted only the best-ranked this many matches; null when they counted all." },
          relaxed: { type: "boolean", description: "True when no article has every word: articles with some of the words are shown, those with more of them first. Never true when an article has every word." },
          candidateCap: { type: ["integer", "null"], description: "When more articles matched than a search examines: that number; only the newest that many matches were ranked, counted (total is a lower bound) and faceted. Null when every match was." },
          cappedPrefixes: { type: "array", description: "Prefixes (prefix*) that start more words than a search takes, each with the words searched instead: those in most articles.", items: { type: "object", required: ["prefix", "forms"], properties: { prefix: { type: "string" }, forms: { type: "array", items: { type: "string" } } } } },
          warnings: { type: "array", items: { type: "string" } },
        } },
        Snippet: snippet,
        StoredArticle: { type: "object", description: "The contract's Article record (see contract/article.schema.json) plus identity and history.", required: ["id", "key", "version", "versions", "title", "body"], properties: {
          id: { type: "string" }, key: { type: "string" }, version: { type: "integer" }, contentHash: { type: "string" },
          versions: { type: "array", items: { type: "object", properties: { version: { type: "integer" }, contentHash: { type: "string" }, storedAt: { type: "string" }, title: { type: "string" } } } },
          title: { type: "string" }, body: { type: "string" }, publishedAt: { type: ["string", "null"] },
        } },
        StorySummary: { type: "object", properties: {
          id: { type: "string" }, title: { type: "string" }, centralArticleId: { type: "string" }, firstSeen: { type: ["string", "null"] }, lastSeen: { type: ["string", "null"] },
          articleCount: { type: "integer" }, sourceCount: { type: "integer" }, conflictCount: { type: "integer" },
        } },
        Story: { type: "object", description: "connect/story-record.ts StoryRecord, plus `requestedId` and a page of `articles`.", required: ["id", "title", "figures", "conflicts"], properties: {
          id: { type: "string" }, requestedId: { type: "string" }, title: { type: "string" }, centralArticleId: { type: "string" }, firstSeen: { type: ["string", "null"] }, lastSeen: { type: ["string", "null"] },
          articleCount: { type: "integer" }, sources: { type: "array", items: { type: "object" } }, timeline: { type: "array", items: { type: "object" } },
          mainEntities: { type: "array", items: { type: "object" } }, quotes: { type: "array", items: { type: "object" } },
          figures: { type: "array", items: ref("StoryFigure") }, latest: { type: "array", items: ref("StoryFigure") }, highest: { type: "array", items: ref("StoryFigure") },
          conflicts: { type: "array", items: { type: "object", description: "Two or more sources giving values of one kind and group that do not overlap, within hours.", properties: {
            kind: { type: "string" }, group: { type: ["string", "null"] }, from: { type: "string" }, to: { type: "string" }, figures: { type: "array", items: ref("StoryFigure") },
          } } },
          articles: { type: "object", properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: { type: "object", properties: { article: ref("ArticleSummary"), dupGroup: { type: "string" }, seq: { type: "integer" } } } } } },
        } },
        StoryFigure: { type: "object", properties: {
          kind: { type: "string" }, group: { type: ["string", "null"] }, value: { type: "number" }, valueMax: { type: ["number", "null"] }, qualifier: { type: "string" },
          text: { type: "string" }, articleId: { type: "string" }, source: { type: ["string", "null"] }, at: { type: ["string", "null"] },
        } },
        Related: { type: "object", properties: {
          articleId: { type: "string" }, storyId: { type: ["string", "null"] },
          duplicateGroup: { type: ["object", "null"], description: "Its duplicate group: id, earliest-published member (the original as far as marsad knows), how it joined (new, exact, near), the article it matched and the estimated Jaccard.", properties: {
            id: { type: "string" }, earliestId: { type: "string" }, kind: { enum: ["new", "exact", "near"] }, matchedId: { type: ["string", "null"] }, similarity: { type: ["number", "null"] },
          } },
          duplicates: { type: "array", items: ref("ArticleSummary") },
          storyMembers: { type: "array", items: { type: "object", properties: { article: ref("ArticleSummary"), copies: { type: "integer" } } } },
          nearestStories: { type: "array", items: { type: "object", properties: { id: { type: "string" }, title: { type: "string" }, articleCount: { type: "integer" }, lastSeen: { type: ["string", "null"] }, via: ref("ArticleSummary") } } },
        } },
        Source: { type: "object", properties: { key: { type: "string" }, keys: { type: "array", items: { type: "string" }, description: "Every source key folded into the outlet." }, name: { type: "string" }, domain: { type: ["string", "null"] }, articleCount: { type: "integer" }, firstPublishedAt: { type: ["string", "null"] }, lastPublishedAt: { type: ["string", "null"] } } },
        Entity: { type: "object", properties: { type: { enum: ["person", "location", "organization", "misc"] }, name: { type: "string" }, spellings: { type: "array", items: { type: "string" } }, articleCount: { type: "integer" } } },
      },
    },
  };
}
