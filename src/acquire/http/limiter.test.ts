import { test } from "node:test";
import assert from "node:assert/strict";
import { HostLimiter } from "./limiter.js";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("per-host concurrency and the global cap are never exceeded", async () => {
  const limiter = new HostLimiter({ globalConcurrency: 3, hostConcurrency: 2, hostIntervalMs: 0 });
  let global = 0;
  let maxGlobal = 0;
  const perHost = new Map<string, number>();
  let maxHost = 0;
  const task = (host: string) =>
    limiter.run(host, async () => {
      global++;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      maxGlobal = Math.max(maxGlobal, global);
      maxHost = Math.max(maxHost, perHost.get(host)!);
      await tick(5);
      global--;
      perHost.set(host, perHost.get(host)! - 1);
    });
  await Promise.all(["a", "a", "a", "a", "b", "b", "b", "c", "c"].map(task));
  assert.equal(maxGlobal, 3);
  assert.equal(maxHost, 2);
});

test("the per-host interval spaces request starts on one host only", async () => {
  const limiter = new HostLimiter({ hostIntervalMs: 60, hostConcurrency: 4 });
  const starts: Record<string, number[]> = { a: [], b: [] };
  const t0 = Date.now();
  await Promise.all(["a", "a", "a", "b"].map((h) => limiter.run(h, async () => void starts[h]!.push(Date.now() - t0))));
  assert.ok(starts.a![1]! - starts.a![0]! >= 55);
  assert.ok(starts.a![2]! - starts.a![1]! >= 55);
  assert.ok(starts.b![0]! < 30, "host b did not wait for host a");
});

test("setHostInterval raises a host's spacing (Crawl-delay)", async () => {
  const limiter = new HostLimiter({ hostIntervalMs: 0 });
  limiter.setHostInterval("slow", 80);
  const t0 = Date.now();
  const starts: number[] = [];
  await Promise.all([1, 2].map(() => limiter.run("slow", async () => void starts.push(Date.now() - t0))));
  assert.ok(starts[1]! - starts[0]! >= 75);
});
