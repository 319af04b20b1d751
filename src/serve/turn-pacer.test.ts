import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { TurnPacer } from "./turn-pacer.js";

/** Resolves after the event loop has gone through its check phase once more. */
const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

describe("TurnPacer", () => {
  it("starts one caller per event-loop turn, the others in arrival order", async () => {
    const pacer = new TurnPacer();
    const started: string[] = [];
    const all = ["a", "b", "c", "d"].map((name) => pacer.turn().then(() => started.push(name)));
    await Promise.resolve();
    assert.deepEqual(started, ["a"]);
    assert.equal(pacer.queued, 3);
    const perTurn: number[] = [];
    while (started.length < 4) {
      const before = started.length;
      await new Promise<void>((resolve) => setImmediate(resolve));
      perTurn.push(started.length - before);
    }
    await Promise.all(all);
    assert.deepEqual(started, ["a", "b", "c", "d"]);
    assert.ok(perTurn.every((n) => n <= 1), `at most one start a turn, got ${perTurn.join(",")}`);
  });

  it("lets a timer that came due run between two queued starts", async () => {
    const pacer = new TurnPacer();
    const log: string[] = [];
    await pacer.turn();
    const queued = Array.from({ length: 20 }, (_, i) => pacer.turn().then(() => log.push(`start ${i}`)));
    // the timer comes due while the starts are queued; unpaced, all 20 started in this one turn
    const start = performance.now();
    while (performance.now() - start < 2);
    setTimeout(() => log.push("timer"), 0);
    await Promise.all(queued);
    assert.ok(log.indexOf("timer") < log.length - 1, `the timer ran before the last start: ${log.join(", ")}`);
  });

  it("starts at once when nothing started in this turn", async () => {
    const pacer = new TurnPacer();
    await pacer.turn();
    await nextLoopTurn();
    let started = false;
    void pacer.turn().then(() => (started = true));
    await Promise.resolve();
    assert.equal(started, true);
    assert.equal(pacer.queued, 0);
  });
});
