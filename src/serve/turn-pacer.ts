/**
 * Runs requests so that no turn of the event loop runs more than about `sliceMs` of them (plus the
 * one that crosses it), the others in later turns in arrival order. Node accepts one new connection
 * per turn, and a turn's poll phase ran the handler of every socket that was ready: with SQLite's
 * synchronous handlers a turn under 50 connections lasted 200–500 ms, so the 50th connection was
 * accepted ~9 s after it connected (bench serve-load, 20k articles: `/search` p50 0.26 s, p99
 * 5–7 s and client timeouts while no handler took over 0.2 s; a bare node:http server with 5 ms a
 * request shows the same, p50 0.17 s p99 3.3 s). Short turns let the loop poll (accept, read, run
 * timers) between requests; the slice keeps cheap requests (health, assets) many to a turn.
 * A request that awaits real I/O (PostgreSQL) gives its place up when it starts waiting: only
 * starts are paced, not how many run at once.
 */
export const DEFAULT_TURN_SLICE_MS = 2;

export class TurnPacer {
  private turnOpen = false;
  private turnStartedAt = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly sliceMs = DEFAULT_TURN_SLICE_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Runs `task` in this turn when the turn has time left and nobody waits, else in a later turn. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.waiting.length === 0 && this.hasTimeLeft()) this.openTurn();
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // a task that ran to its end without real I/O hands on within the same turn while it has time
      if (this.waiting.length > 0 && this.hasTimeLeft()) this.waiting.shift()!();
    }
  }

  /** Requests waiting for a turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private hasTimeLeft(): boolean {
    return !this.turnOpen || this.clock() - this.turnStartedAt < this.sliceMs;
  }

  private openTurn(): void {
    if (this.turnOpen) return;
    this.turnOpen = true;
    this.turnStartedAt = this.clock();
    setImmediate(this.endTurn);
  }

  // an immediate queued from the check phase runs in the next turn's check phase, after a poll
  private readonly endTurn = (): void => {
    this.turnOpen = false;
    const next = this.waiting.shift();
    if (!next) return;
    this.openTurn();
    next();
  };
}
