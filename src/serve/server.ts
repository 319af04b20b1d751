/**
 * Runs the app on a port with @hono/node-server. The only place that listens on a socket. Rules:
 * - A request line Node's HTTP parser rejects because its URL holds raw, unencoded bytes (curl
 *   sends `?q=سيول` as UTF-8 bytes as typed) is answered, not dropped: 400 with the documented JSON
 *   error on API paths (`{ error: { status, code, message } }`, the message giving the same URL
 *   percent-encoded), a short Arabic page elsewhere. The parser stays strict: nothing is guessed
 *   from a request it could not read.
 */
import { serve, type ServerType } from "@hono/node-server";
import type { Socket } from "node:net";
import { availableParallelism } from "node:os";
import type { Store } from "../store/store.js";
import { createApp, type AppOptions } from "./app.js";
import { isApiPath, type ErrorBody } from "./errors.js";

/**
 * Search threads of the store a server opens (SQLite; store.ts `searchThreads`): one a core, so
 * searches use every core while the server's thread answers requests.
 */
export function serveSearchThreads(): number {
  return Math.min(availableParallelism(), 4);
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

interface ParserError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

/** The request target of the first line of `raw` (`GET <target> HTTP/1.1`), or null. */
function requestTarget(raw: Buffer | undefined): string | null {
  if (!raw) return null;
  const end = raw.indexOf("\r\n");
  const line = raw.subarray(0, end < 0 ? Math.min(raw.length, 8192) : end).toString("utf8");
  return /^[A-Z]+ (\S+) HTTP\/1\.[01]$/.exec(line)?.[1] ?? null;
}

/** `target` with every character outside the URL's ASCII set percent-encoded as UTF-8. */
export function percentEncodeTarget(target: string): string {
  return target.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** The raw HTTP response for a request whose URL the parser refused; null when it is not that case. */
export function unencodedUrlResponse(error: ParserError): string | null {
  if (error.code !== "HPE_INVALID_URL") return null;
  const target = requestTarget(error.rawPacket);
  const encoded = target ? percentEncodeTarget(target) : null;
  const path = (encoded ?? "/").split("?")[0]!;
  let body: string;
  let type: string;
  if (isApiPath(path)) {
    const message = `the request URL holds characters that are not percent-encoded${encoded ? `; send it as ${encoded}` : ""} (curl: -G --data-urlencode 'q=…')`;
    body = JSON.stringify({ error: { status: 400, code: "http-bad-request", message } } satisfies ErrorBody);
    type = "application/json; charset=utf-8";
  } else {
    body = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>طلب غير صالح</title><p>عنوان الطلب فيه حروف غير مرمّزة${encoded ? `: جرّب <a href="${encoded.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}">العنوان مرمّزاً</a>` : ""}.</p></html>`;
    type = "text/html; charset=utf-8";
  }
  return `HTTP/1.1 400 Bad Request\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** Node's own answers to the other parser errors (a listener on clientError replaces them). */
function defaultResponse(error: ParserError): string {
  const [status, reason] = error.code === "HPE_HEADER_OVERFLOW" ? [431, "Request Header Fields Too Large"] : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? [408, "Request Timeout"] : [400, "Bad Request"];
  return `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`;
}

function answerClientError(error: ParserError, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  socket.end(unencodedUrlResponse(error) ?? defaultResponse(error));
}

/**
 * How long a server waits at start for what its first readers need (the outlet index, the search
 * connections) before it listens anyway. Started beside the listening socket, both were still loading
 * when the first requests came, and every search waited for them (the outlet index's aggregate took
 * 0.77–1.1 s at 100k articles on PostgreSQL, loaded machine): a fresh server's first search, right
 * after it listened, 1.39–2.02 s before, 0.47–1.40 s waiting here (load 16–19).
 */
export const WARM_UP_WAIT_MS = 5_000;

/** Resolves when `work` settles or after `ms`, whichever comes first (never rejects). */
async function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([work.then(() => undefined, () => undefined), elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

export async function startServer(store: Store, port: number, host: string, options: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(store, options);
  // Listens once the outlet index every search and list reads (store/outlets.ts) is loaded and the
  // search connections are open and readied (PostgreSQL's pool opened them only for the first
  // readers: 0.55–1.05 s under load at 100k articles), or after WARM_UP_WAIT_MS. A failure of either
  // is the first reader's to see (and retry), not the start's.
  await waitAtMost(Promise.allSettled([store.listSources(), store.warmSearch()]), WARM_UP_WAIT_MS);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        resolve({
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      });
      server.on("error", reject);
      server.on("clientError", (error: ParserError, socket: Socket) => answerClientError(error, socket));
    } catch (error) {
      reject(error as Error);
    }
  });
}
