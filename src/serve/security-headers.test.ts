import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { openStore, type Store } from "../store/store.js";
import { createApp, CONTENT_SECURITY_POLICY } from "./app.js";

let store: Store;
let app: Hono;

before(async () => {
  store = await openStore(":memory:");
  // search fails on purpose below, to see a 500 carry the headers too
  const failing = Object.create(store) as Store;
  failing.search = async () => {
    throw new Error("test: the store is down");
  };
  app = createApp(failing, { clock: () => "2026-03-05T00:00:00Z", log: () => undefined });
});
after(async () => store.close());

const REQUESTS: [method: string, path: string, status: number][] = [
  ["GET", "/", 200],
  ["GET", "/api/health", 200],
  ["GET", "/no/such/page", 404],
  ["GET", "/api/no-such-endpoint", 404],
  ["GET", "/assets/fonts/none.woff2", 404],
  ["POST", "/api/search?q=x", 404],
  ["DELETE", "/", 404],
  ["PUT", "/assets/marsad.css", 404],
  ["PATCH", "/articles/x", 404],
  ["GET", "/api/search?limit=500&q=x", 400],
  ["GET", "/api/search?q=x", 500],
  ["GET", "/search?q=x", 500],
];

for (const [method, path, status] of REQUESTS) {
  test(`security headers on ${method} ${path} (${status})`, async () => {
    const res = await app.request(path, { method });
    assert.equal(res.status, status);
    assert.equal(res.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("referrer-policy"), "no-referrer");
    assert.equal(res.headers.get("x-frame-options"), "DENY");
  });
}
