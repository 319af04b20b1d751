import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { openStore } from "../store/store.js";
import { isDeadLocalHolder, takeLease, WAIT_POLL_MS } from "./lease.js";

const options = (holder: string, extra = {}) => ({ holder, ttlMs: 60_000, heartbeatMs: 10_000, wait: false, ...extra });

/** The pid of a process that has exited (its number is not reused in the instant the test runs). */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

test("isDeadLocalHolder: a finished process of this host is dead; a running one, this one or another host's is not", () => {
  assert.equal(isDeadLocalHolder(`${hostname()}:${deadPid()}`), true);
  assert.equal(isDeadLocalHolder(`${hostname()}:${process.pid}`), false);
  assert.equal(isDeadLocalHolder(`${hostname()}:${process.ppid}`), false);
  assert.equal(isDeadLocalHolder(`other-host:${deadPid()}`), false);
  assert.equal(isDeadLocalHolder("garbage"), false);
});

test("takeLease: a dead local holder's lease is taken over at once, a live one's is not", async () => {
  const store = await openStore(":memory:");
  try {
    const dead = `${hostname()}:${deadPid()}`;
    assert.equal(await store.acquireLease("connect", dead, 60_000), true);
    const takenOver: string[] = [];
    const lease = await takeLease(store, "connect", options(`${hostname()}:${process.pid}`, { onTakeOver: (h: string) => takenOver.push(h) }));
    assert.ok(lease);
    assert.deepEqual(takenOver, [dead]);
    assert.equal(await store.leaseHolder("connect"), `${hostname()}:${process.pid}`);
    assert.equal(await takeLease(store, "connect", options(`${hostname()}:${process.ppid}`)), null, "a live holder keeps it");
    await lease.release();
    assert.equal(await store.leaseHolder("connect"), null, "released");
  } finally {
    await store.close();
  }
});

test("takeLease: another host's lease is waited out until it expires", async () => {
  const store = await openStore(":memory:");
  try {
    assert.equal(await store.acquireLease("connect", "other-host:123", 300), true);
    assert.equal(await takeLease(store, "connect", options("me:1")), null);
    const lease = await takeLease(store, "connect", options("me:1", { wait: true }));
    assert.equal(await store.leaseHolder("connect"), "me:1");
    await lease!.release();
  } finally {
    await store.close();
  }
});

test("HeldLease: the heartbeat keeps a short lease", async () => {
  const store = await openStore(":memory:");
  try {
    const lease = await takeLease(store, "connect", options("me:1", { ttlMs: 300, heartbeatMs: 50 }));
    await new Promise((resolve) => setTimeout(resolve, 900));
    assert.equal(await store.acquireLease("connect", "other-host:2", 300), false, "still held after three lease times");
    assert.equal(lease!.isLost, false);
    await lease!.release();
  } finally {
    await store.close();
  }
});

test("a live process's lease on this host is not taken over", async () => {
  const store = await openStore(":memory:");
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
  try {
    assert.equal(await store.acquireLease("connect", `${hostname()}:${child.pid}`, 60_000), true);
    assert.equal(await takeLease(store, "connect", options("me:1")), null);
  } finally {
    child.kill();
    await store.close();
  }
});

test("takeLease: a waiter takes a released lease within a look (WAIT_POLL_MS) and says it follows a release; an expired one does not", async () => {
  const store = await openStore(":memory:");
  try {
    const first = await takeLease(store, "connect", options("me:1"));
    assert.equal(first!.followsRelease, false, "taken at once: follows nothing");
    let releasedAt = 0;
    setTimeout(() => void first!.release().then(() => (releasedAt = performance.now())), 250);
    const second = await takeLease(store, "connect", options("me:2", { wait: true }));
    const late = performance.now() - releasedAt;
    assert.ok(releasedAt > 0 && late < WAIT_POLL_MS + 200, `taken ${late.toFixed(0)} ms after the release`);
    assert.equal(second!.followsRelease, true);
    await second!.release();
    assert.equal(await store.acquireLease("connect", "other-host:123", 300), true);
    const third = await takeLease(store, "connect", options("me:3", { wait: true }));
    assert.equal(third!.followsRelease, false, "an expired lease: its holder's step may not have ended");
    await third!.release();
  } finally {
    await store.close();
  }
});
