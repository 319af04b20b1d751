/**
 * The marsad HTTP application: JSON API, feeds and exports, the Arabic web reader and its assets.
 * Rules:
 * - One Hono app, one error handler (errors.ts): JSON for /api, /feeds and /export, an Arabic page
 *   for the rest.
 * - Every response — 404s, wrong methods and errors included — carries a strict
 *   Content-Security-Policy (no script at all, styles and fonts from this server only, no
 *   framing), `nosniff`, no referrer and no framing; nothing is fetched from a third party.
 * - Bounded: every search has a deadline the store enforces in the database (`searchTimeoutMs`), and
 *   every request one the app enforces (`requestTimeoutMs`); past either, 503 with the JSON error.
 *   Searches run `capabilities.searchConcurrency` at a time, the others in arrival order.
 * - Fair under load: no event-loop turn runs more than ~2 ms of requests (TurnPacer), so new connections are
 *   accepted and timers run between requests.
 * - The app is built from a Store and a clock; `app.request()` tests it in-process.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { StoreTimeoutError, type SearchQuery, type SearchResult, type Store } from "../store/store.js";
import { apiRoutes } from "./api.js";
import { FifoGate } from "./fifo-gate.js";
import { TurnPacer } from "./turn-pacer.js";
import { makeErrorHandler, notFound, RequestTimeoutError } from "./errors.js";
import { feedRoutes } from "./feeds.js";
import { loadFonts, STYLESHEET } from "./web/assets.js";
import { renderErrorPage, webRoutes } from "./web/pages.js";
import { MARSAD_VERSION } from "../version.js";

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A search stops after this long (the store enforces it inside the database) and the request answers 503. */
export const DEFAULT_SEARCH_TIMEOUT_MS = 2_000;
/** No request is answered later than this: past it, 503 with a JSON error (an error page off the API). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface AppOptions {
  /** Deadline of every search in ms (1..60,000); default DEFAULT_SEARCH_TIMEOUT_MS. */
  searchTimeoutMs?: number;
  /** Deadline of every request in ms; default DEFAULT_REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /** ISO "now" for feed times and empty-store charts; default the system clock. */
  clock?: () => string;
  /** Where 500s are logged; default stderr. */
  log?: (message: string) => void;
  version?: string;
}

/**
 * Runs a search when the gate lets it, with what is left of its deadline: one that waited it out is
 * answered at once (StoreTimeoutError: 503 with Retry-After) instead of starting late, and one whose
 * client went away meanwhile (`signal`, client-signal.ts) is not run at all: under 50 connections the
 * searches of clients that had closed (a load's end, given-up requests; up to 46 waiting, each with
 * its 2 s deadline) otherwise ran for nobody, ahead of every request that came after them.
 */
async function searchInTurn(store: Store, q: SearchQuery, timeoutMs: number, gate: FifoGate): Promise<SearchResult> {
  const queued = performance.now();
  const expired = () => new StoreTimeoutError(timeoutMs);
  const { signal, ...query } = q;
  return gate.run(() => {
    const left = Math.floor(timeoutMs - (performance.now() - queued));
    if (left < 1) throw expired();
    return store.search({ ...query, timeoutMs: left });
  }, timeoutMs, expired, signal);
}

/** The store with every search bounded by `timeoutMs` (unless the caller gave its own) and run through `gate`. */
export function withSearchDeadline(store: Store, timeoutMs: number, gate: FifoGate = new FifoGate(store.capabilities.searchConcurrency)): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "search") return (q: SearchQuery) => searchInTurn(target, q, q.timeoutMs ?? timeoutMs, gate);
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Runs the rest of the chain, or throws RequestTimeoutError when it has not answered within `timeoutMs`. */
function deadline(timeoutMs: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}

export function createApp(unbounded: Store, options: AppOptions = {}): Hono {
  const store = withSearchDeadline(unbounded, options.searchTimeoutMs ?? DEFAULT_SEARCH_TIMEOUT_MS);
  const clock = options.clock ?? (() => new Date().toISOString());
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const version = options.version ?? MARSAD_VERSION;
  const fonts = loadFonts();
  const app = new Hono();
  const pacer = new TurnPacer();

  app.use("*", async (c, next) => {
    await pacer.run(next);
    c.res.headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    c.res.headers.set("Referrer-Policy", "no-referrer");
    c.res.headers.set("X-Frame-Options", "DENY");
  });

  app.get("/assets/marsad.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET);
  });
  app.get("/assets/fonts/:name", (c) => {
    const font = fonts.get(c.req.param("name"));
    if (!font) throw notFound(`font ${c.req.param("name")}`);
    c.header("Content-Type", "font/woff2");
    c.header("Cache-Control", "public, max-age=604800, immutable");
    return c.body(font as Uint8Array<ArrayBuffer>);
  });

  app.use("*", deadline(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS));
  app.route("/api", apiRoutes(store, version));
  app.route("/", feedRoutes(store, clock));
  app.route("/", webRoutes(store, { clock }));

  const onError = makeErrorHandler(renderErrorPage, log);
  // answered, not thrown: a throw from the not-found handler would pass by the header middleware
  // (it runs outside the middleware chain's error handling), and 404s need the headers too
  app.notFound((c) => onError(notFound(c.req.path), c));
  app.onError(onError);
  return app;
}
