import assert from "node:assert/strict";
import { test } from "node:test";
import { sleepUnlessAborted } from "./sleep.js";

test("a wait ends when its signal aborts, and at once when it was already aborted", async () => {
  const controller = new AbortController();
  let ended = false;
  const waiting = sleepUnlessAborted(3_600_000, controller.signal).then(() => (ended = true));
  await Promise.resolve();
  assert.equal(ended, false);
  controller.abort();
  await waiting;
  assert.equal(ended, true);
  await sleepUnlessAborted(3_600_000, controller.signal);
});

test("a wait without a signal ends after its time", async () => {
  let ended = false;
  await sleepUnlessAborted(1).then(() => (ended = true));
  assert.equal(ended, true);
});
