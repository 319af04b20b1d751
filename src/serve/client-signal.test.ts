import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import type { Context } from "hono";
import { clientSignal } from "./client-signal.js";

/** A context whose response stream is a bare emitter with the two flags clientSignal reads. */
function contextWith(outgoing: EventEmitter & { destroyed?: boolean; writableFinished?: boolean }): Context {
  return { env: { outgoing } } as unknown as Context;
}

describe("clientSignal", () => {
  it("aborts when the response closes before it was written, not after", () => {
    const gone = Object.assign(new EventEmitter(), { destroyed: false, writableFinished: false });
    const signal = clientSignal(contextWith(gone))!;
    assert.equal(signal.aborted, false);
    gone.emit("close");
    assert.equal(signal.aborted, true);
    const answered = Object.assign(new EventEmitter(), { destroyed: false, writableFinished: false });
    const kept = clientSignal(contextWith(answered))!;
    answered.writableFinished = true;
    answered.emit("close");
    assert.equal(kept.aborted, false);
  });

  it("is aborted already when the response is, and absent in-process", () => {
    assert.equal(clientSignal(contextWith(Object.assign(new EventEmitter(), { destroyed: true })))!.aborted, true);
    assert.equal(clientSignal({ env: undefined } as unknown as Context), undefined);
  });
});
