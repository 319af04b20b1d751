/**
 * One error handler for the whole server, as Hono's `onError` with `HTTPException`. Rules:
 * - Issues map to status codes by code (`http-bad-parameter` → 400, `http-not-found` → 404…); an
 *   HTTPException keeps its status; a query or request past its deadline is a 503 (`query-timeout`,
 *   `request-timeout`) with `Retry-After` (the load that stopped it is usually gone a moment later);
 *   anything else is a 500 whose details stay in the log.
 * - API paths (`/api/`, `/export/`) answer JSON `{ error: { status, code, parameter?, message } }`;
 *   pages answer an Arabic HTML error page (rendered by the caller-provided `renderPage`).
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { formatIssue, IssueError, type IssueCode } from "../issues.js";
import { StoreTimeoutError } from "../store/store.js";

/** A request that ran past the server's deadline (app.ts): answered 503 while its work is dropped. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the request took longer than ${timeoutMs} ms and was stopped; try a narrower query`);
    this.name = "RequestTimeoutError";
  }
}

const STATUS_BY_CODE: Partial<Record<IssueCode, 400 | 404 | 503>> = {
  "http-bad-parameter": 400,
  "http-unknown-parameter": 400,
  "http-not-found": 404,
};

export interface ErrorBody {
  error: { status: number; code: string; parameter?: string; message: string };
}

/** The status and JSON body an error maps to. */
export function describeError(err: unknown): ErrorBody["error"] {
  if (err instanceof IssueError && err.issues.length > 0) {
    const first = err.issues[0]!;
    const status = STATUS_BY_CODE[first.code] ?? 500;
    const body: ErrorBody["error"] = { status, code: first.code, message: err.issues.map(formatIssue).join("; ") };
    if (status === 400 && /^[?:]/.test(first.input)) body.parameter = first.input.slice(1);
    return body;
  }
  if (err instanceof StoreTimeoutError) return { status: 503, code: "query-timeout", message: `${err.message}; try a narrower query` };
  if (err instanceof RequestTimeoutError) return { status: 503, code: "request-timeout", message: err.message };
  if (err instanceof HTTPException) {
    return { status: err.status, code: err.status === 404 ? "http-not-found" : "http-error", message: err.message || "request failed" };
  }
  return { status: 500, code: "internal-error", message: "internal error (see the server log)" };
}

/** Seconds a client is asked to wait after a 503: the searches queued ahead of it take about that long to drain. */
export const RETRY_AFTER_SECONDS = 2;

export function isApiPath(path: string): boolean {
  return path.startsWith("/api/") || path.startsWith("/export/") || path.startsWith("/feeds/");
}

export function makeErrorHandler(renderPage: (c: Context, e: ErrorBody["error"]) => Response | Promise<Response>, log: (msg: string) => void) {
  return (err: Error, c: Context): Response | Promise<Response> => {
    const e = describeError(err);
    if (e.status === 503) c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    else if (e.status >= 500) log(`serve: ${c.req.method} ${c.req.path}: ${err.stack ?? String(err)}`);
    if (isApiPath(c.req.path)) return c.json({ error: e } satisfies ErrorBody, e.status as 400);
    return renderPage(c, e);
  };
}

export function notFound(what: string): IssueError {
  return new IssueError([{ code: "http-not-found", input: what, fatal: true }]);
}
