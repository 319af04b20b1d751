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

/** Lets the promise callbacks a tick released run (setImmediate is not among the mocked timers). */
const settle = () => new Promise((r) => setImmediate(r));

// The interval tests run on node:test's mock clock (Date and setTimeout): the starts are exactly the
// times the limiter chose, whatever the load of the machine.
test("the per-host interval spaces request starts on one host only", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 });
  const limiter = new HostLimiter({ hostIntervalMs: 60, hostConcurrency: 4 });
  const starts: Record<string, number[]> = { a: [], b: [] };
  const all = Promise.all(["a", "a", "a", "b"].map((h) => limiter.run(h, async () => void starts[h]!.push(Date.now()))));
  for (let i = 0; i < 3; i++) {
    await settle();
    t.mock.timers.tick(60);
  }
  await all;
  assert.deepEqual(starts.a, [0, 60, 120]);
  assert.deepEqual(starts.b, [0], "host b did not wait for host a");
});

test("setHostInterval raises a host's spacing (Crawl-delay)", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 });
  const limiter = new HostLimiter({ hostIntervalMs: 0 });
  limiter.setHostInterval("slow", 80);
  const starts: number[] = [];
  const all = Promise.all([1, 2].map(() => limiter.run("slow", async () => void starts.push(Date.now()))));
  await settle();
  t.mock.timers.tick(79);
  await settle();
  assert.deepEqual(starts, [0], "not before the interval");
  t.mock.timers.tick(1);
  await all;
  assert.deepEqual(starts, [0, 80]);
});
