import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { TurnPacer } from "./turn-pacer.js";

/** A clock the tasks move: each task "costs" what it adds. */
function fakeClock() {
  let now = 0;
  return { read: () => now, spend: (ms: number) => (now += ms) };
}

const checkPhase = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("TurnPacer", () => {
  it("runs no more requests in a turn than fit its slice, the others in later turns in arrival order", async () => {
    const clock = fakeClock();
    const pacer = new TurnPacer(2, clock.read);
    const started: string[] = [];
    const all = ["a", "b", "c", "d", "e"].map((name) => pacer.run(async () => { started.push(name); clock.spend(1.5); }));
    await Promise.resolve();
    await Promise.resolve();
    // a (1.5 ms) leaves time, b crosses the 2 ms slice: c, d, e wait for later turns
    assert.deepEqual(started, ["a", "b"]);
    assert.equal(pacer.queued, 3);
    const perTurn: number[] = [];
    while (started.length < 5) {
      const before = started.length;
      await checkPhase();
      perTurn.push(started.length - before);
    }
    await Promise.all(all);
    assert.deepEqual(started, ["a", "b", "c", "d", "e"]);
    assert.ok(perTurn.every((n) => n <= 2), `at most a slice a turn, got ${perTurn.join(",")}`);
  });

  it("runs many cheap requests in one turn", async () => {
    const pacer = new TurnPacer(2, fakeClock().read);
    const started: number[] = [];
    const all = Array.from({ length: 50 }, (_, i) => pacer.run(async () => started.push(i)));
    await Promise.all(all);
    assert.equal(started.length, 50);
    assert.equal(pacer.queued, 0);
  });

  it("lets a timer that came due run between requests once a turn is spent", async () => {
    const clock = fakeClock();
    const pacer = new TurnPacer(2, clock.read);
    const log: string[] = [];
    await pacer.run(async () => clock.spend(5));
    const queued = Array.from({ length: 20 }, (_, i) => pacer.run(async () => { log.push(`request ${i}`); clock.spend(5); }));
    const due = performance.now() + 2;
    while (performance.now() < due); // the timer below is due as soon as the loop polls again
    setTimeout(() => log.push("timer"), 0);
    await Promise.all(queued);
    assert.ok(log.indexOf("timer") < log.length - 1, `the timer ran before the last request: ${log.join(", ")}`);
  });

  it("lets a request that waits on real I/O give its place up", async () => {
    const clock = fakeClock();
    const pacer = new TurnPacer(2, clock.read);
    let release!: () => void;
    const slow = pacer.run(() => new Promise<void>((resolve) => (release = resolve)).then(() => clock.spend(0)));
    clock.spend(3);
    const fast = pacer.run(async () => "fast");
    assert.equal(await fast, "fast");
    release();
    await slow;
  });
});
