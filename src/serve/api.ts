/**
 * The JSON API under `/api`. Rules:
 * - Every route validates its parameters first (params.ts) and calls the store only with checked
 *   values; errors go to the app's one error handler (errors.ts).
 * - Responses are the store's records as they are (OpenAPI in openapi.ts describes them: keep in
 *   sync); lists carry `total`, `limit` and `offset` so clients can page.
 * - Read-only: nothing here writes to the store.
 */
import { Hono } from "hono";
import type { Store } from "../store/store.js";
import { notFound } from "./errors.js";
import { buildOpenApi } from "./openapi.js";
import { articleIdParam, badParameter, intParam, parseListParams, parseSearchParams, parseStoryListParams, rejectUnknown, single, storyIdParam } from "./params.js";
import { relatedArticles } from "./related.js";
import { clientSignal } from "./client-signal.js";

export const DEFAULT_LIST_LIMIT = 20;
export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_ENTITY_LIMIT = 200;

export function apiRoutes(store: Store, version: string): Hono {
  const api = new Hono();
  const openapi = buildOpenApi(version);

  api.get("/health", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const started = performance.now();
    try {
      await store.ping();
    } catch {
      return c.json({ status: "unavailable", store: store.kind }, 503);
    }
    return c.json({ status: "ok", version, store: store.kind, ranking: store.capabilities.ranking, pingMs: Math.round((performance.now() - started) * 100) / 100 });
  });

  api.get("/openapi.json", (c) => c.json(openapi));

  api.get("/search", async (c) => {
    const query = parseSearchParams(new URL(c.req.url).searchParams);
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    const result = await store.search({ ...query, limit, signal: clientSignal(c) });
    return c.json({ query: query.q, limit, offset: query.offset ?? 0, ...result });
  });

  api.get("/articles", async (c) => {
    const query = parseListParams(new URL(c.req.url).searchParams);
    const limit = query.limit ?? DEFAULT_LIST_LIMIT;
    const list = await store.listArticles({ ...query, limit });
    return c.json({ limit, offset: query.offset ?? 0, ...list });
  });

  api.get("/articles/:id", async (c) => {
    const params = new URL(c.req.url).searchParams;
    rejectUnknown(params, ["version"]);
    const id = articleIdParam(c.req.param("id"));
    const v = intParam(params, "version", 1, 1_000_000);
    const article = await store.getArticle(id);
    if (!article) throw notFound(`article ${id}`);
    if (v === undefined) return c.json(article);
    if (v > article.version) throw badParameter("version", `this article has versions 1..${article.version}`, String(v));
    const old = await store.getArticleVersion(id, v);
    if (!old) throw notFound(`article ${id} version ${v}`);
    return c.json({ id, version: v, current: article.version, versions: article.versions, article: old });
  });

  api.get("/articles/:id/related", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const id = articleIdParam(c.req.param("id"));
    const related = await relatedArticles(store, id);
    if (!related) throw notFound(`article ${id}`);
    return c.json(related);
  });

  api.get("/stories", async (c) => {
    const query = parseStoryListParams(new URL(c.req.url).searchParams);
    const limit = query.limit ?? DEFAULT_LIST_LIMIT;
    const list = await store.listStories({ ...query, limit });
    return c.json({ limit, offset: query.offset ?? 0, ...list });
  });

  api.get("/stories/:id", async (c) => {
    const params = new URL(c.req.url).searchParams;
    rejectUnknown(params, ["limit", "offset"]);
    const id = storyIdParam(c.req.param("id"));
    const story = await store.getStory(id);
    if (!story) throw notFound(`story ${id}`);
    const limit = intParam(params, "limit", 1, 500) ?? 50;
    const offset = intParam(params, "offset", 0, 1_000_000) ?? 0;
    const articles = await store.storyArticles(story.id, { limit, offset });
    return c.json({ ...story, requestedId: id, articles: { limit, offset, ...articles } });
  });

  api.get("/sources", async (c) => {
    rejectUnknown(new URL(c.req.url).searchParams, []);
    const sources = await store.listSources();
    return c.json({ total: sources.length, items: sources });
  });

  api.get("/entities", async (c) => {
    const params = new URL(c.req.url).searchParams;
    rejectUnknown(params, ["name", "limit"]);
    const name = single(params, "name")?.trim();
    if (name !== undefined && (name === "" || name.length > 200)) throw badParameter("name", "must be 1..200 characters", name);
    const limit = intParam(params, "limit", 1, MAX_ENTITY_LIMIT) ?? 50;
    const items = await store.listEntities({ ...(name ? { name } : {}), limit });
    return c.json({ total: items.length, items });
  });

  return api;
}
