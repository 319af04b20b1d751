import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../store/store.js";
import { startServer } from "./server.js";

describe("startServer", () => {
  it("loads the outlet index at start, before any request", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-server-start-"));
    const store = await openStore(join(dir, "s.sqlite"));
    let loads = 0;
    const counted = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "listSources") return () => (loads++, target.listSources());
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as Store;
    const server = await startServer(counted, 0, "127.0.0.1", { log: () => undefined });
    try {
      assert.equal(loads, 1);
      const health = await fetch(`http://127.0.0.1:${server.port}/api/health`);
      assert.equal(health.status, 200);
    } finally {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("listens only once the outlet index is loaded and the search connections are readied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-server-ready-"));
    const store = await openStore(join(dir, "s.sqlite"));
    const ready = new Set<string>();
    const later = <T>(name: string, work: () => Promise<T>) => () => new Promise<T>((resolve, reject) => setTimeout(() => work().then((v) => (ready.add(name), resolve(v)), reject), 50));
    const slow = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "listSources") return later("outlets", () => target.listSources());
        if (prop === "warmSearch") return later("search", () => target.warmSearch());
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as Store;
    const server = await startServer(slow, 0, "127.0.0.1", { log: () => undefined });
    try {
      assert.deepEqual([...ready].sort(), ["outlets", "search"]);
    } finally {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
