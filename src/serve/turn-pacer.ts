/**
 * Starts at most one request per turn of the event loop, the others in arrival order. Node accepts
 * one new connection per turn, and a turn's poll phase runs the handler of every socket that was
 * ready: with SQLite's synchronous handlers a turn under 50 connections lasted 200–500 ms, so the
 * 50th connection was accepted ~9 s after it connected (bench serve-load: `/search` p50 0.26 s, p99
 * 5–7 s and client timeouts while no handler took over 0.2 s; a bare node:http server with 5 ms a
 * request shows the same, p50 0.17 s p99 3.3 s). One start per turn keeps a turn as short as one
 * request, so the loop polls (accepts, reads, runs timers) between requests.
 */
export class TurnPacer {
  private startedThisTurn = false;
  private readonly waiting: (() => void)[] = [];

  /** Resolves when the caller may start: at once when no request started in this turn, else in a later turn. */
  turn(): Promise<void> {
    if (!this.startedThisTurn) {
      this.startedThisTurn = true;
      setImmediate(this.nextTurn);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Requests waiting for their turn. */
  get queued(): number {
    return this.waiting.length;
  }

  // an immediate queued from the check phase runs in the next turn's check phase, after a poll
  private readonly nextTurn = (): void => {
    const next = this.waiting.shift();
    if (!next) {
      this.startedThisTurn = false;
      return;
    }
    next();
    setImmediate(this.nextTurn);
  };
}
