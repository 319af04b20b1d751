/**
 * The marsad HTTP application: JSON API, feeds and exports, the Arabic web reader and its assets.
 * Rules:
 * - One Hono app, one error handler (errors.ts): JSON for /api, /feeds and /export, an Arabic page
 *   for the rest.
 * - Every response — 404s, wrong methods and errors included — carries a strict
 *   Content-Security-Policy (no script at all, styles and fonts from this server only, no
 *   framing), `nosniff`, no referrer and no framing; nothing is fetched from a third party.
 * - The app is built from a Store and a clock; `app.request()` tests it in-process.
 */
import { Hono } from "hono";
import type { Store } from "../store/store.js";
import { apiRoutes } from "./api.js";
import { makeErrorHandler, notFound } from "./errors.js";
import { feedRoutes } from "./feeds.js";
import { loadFonts, STYLESHEET } from "./web/assets.js";
import { renderErrorPage, webRoutes } from "./web/pages.js";

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface AppOptions {
  /** ISO "now" for feed times and empty-store charts; default the system clock. */
  clock?: () => string;
  /** Where 500s are logged; default stderr. */
  log?: (message: string) => void;
  version?: string;
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const clock = options.clock ?? (() => new Date().toISOString());
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const version = options.version ?? "0.1.0";
  const fonts = loadFonts();
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
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
