import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { FifoGate } from "./fifo-gate.js";

/** A task that records when it starts and ends, and finishes when told to. */
function task(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: async () => { log.push(`start ${name}`); await done; log.push(`end ${name}`); return name; }, finish: () => finish() };
}

describe("FifoGate", () => {
  it("runs at most `limit` tasks at once and the waiting ones in arrival order", async () => {
    const gate = new FifoGate(1);
    const log: string[] = [];
    const [a, b, c] = ["a", "b", "c"].map((n) => task(log, n));
    const results = [gate.run(a!.run), gate.run(b!.run), gate.run(c!.run)];
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(log, ["start a"]);
    c!.finish();
    b!.finish();
    a!.finish();
    assert.deepEqual(await Promise.all(results), ["a", "b", "c"]);
    assert.deepEqual(log, ["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("lets the next task in when one fails, and passes the failure on", async () => {
    const gate = new FifoGate(1);
    const failing = gate.run(async () => { throw new Error("boom"); });
    const next = gate.run(async () => "next");
    await assert.rejects(failing, /boom/);
    assert.equal(await next, "next");
  });

  it("drops a task that waited past its maxWaitMs, unrun, and keeps the order of the others", async () => {
    const gate = new FifoGate(1);
    const log: string[] = [];
    const [a, c] = ["a", "c"].map((n) => task(log, n));
    const first = gate.run(a!.run);
    const dropped = gate.run(async () => { log.push("start b"); return "b"; }, 5, () => new Error("waited too long"));
    const third = gate.run(c!.run);
    await assert.rejects(dropped, /waited too long/);
    a!.finish();
    c!.finish();
    assert.deepEqual(await Promise.all([first, third]), ["a", "c"]);
    assert.deepEqual(log, ["start a", "end a", "start c", "end c"]);
  });

  it("drops a waiting task whose signal aborts (its client has gone), unrun, and one aborted before it asks", async () => {
    const gate = new FifoGate(1);
    const log: string[] = [];
    const [a, c] = ["a", "c"].map((n) => task(log, n));
    const first = gate.run(a!.run);
    const gone = new AbortController();
    const dropped = gate.run(async () => { log.push("start b"); return "b"; }, Infinity, () => new Error("client gone"), gone.signal);
    const third = gate.run(c!.run);
    gone.abort();
    await assert.rejects(dropped, /client gone/);
    await assert.rejects(gate.run(async () => { log.push("start d"); return "d"; }, Infinity, () => new Error("client gone"), gone.signal), /client gone/);
    a!.finish();
    c!.finish();
    assert.deepEqual(await Promise.all([first, third]), ["a", "c"]);
    assert.deepEqual(log, ["start a", "end a", "start c", "end c"]);
  });

  it("runs up to the limit side by side", async () => {
    const gate = new FifoGate(2);
    const log: string[] = [];
    const [a, b, c] = ["a", "b", "c"].map((n) => task(log, n));
    const results = [gate.run(a!.run), gate.run(b!.run), gate.run(c!.run)];
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(log, ["start a", "start b"]);
    for (const t of [a, b, c]) t!.finish();
    await Promise.all(results);
    assert.deepEqual(log.slice(2, 4).sort(), ["end a", "end b"]);
    assert.equal(log.at(-1), "end c");
  });
});
