/**
 * A request's "client has gone" signal, for work that would otherwise run for nobody (a search
 * waiting for its turn at the server's gate, app.ts). Read from Node's response stream, which
 * @hono/node-server passes as `c.env.outgoing`: asking the request for its own `signal` makes the
 * adapter build a whole fetch Request, which doubled the server's CPU on a cached search (bench
 * serve-load, 100k articles, PostgreSQL, `ال*`: 1.4–1.8 → 2.6 ms a request). In-process requests
 * (`app.request()`) have no response stream, hence no signal.
 */
import type { ServerResponse } from "node:http";
import type { Context } from "hono";

/** Aborted when the client closes its connection before the answer is written; undefined in-process. */
export function clientSignal(c: Context): AbortSignal | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (!outgoing || typeof outgoing.once !== "function") return undefined;
  const gone = new AbortController();
  if (outgoing.destroyed) gone.abort();
  else outgoing.once("close", () => {
    if (!outgoing.writableFinished) gone.abort();
  });
  return gone.signal;
}
