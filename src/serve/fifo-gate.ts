/**
 * Runs tasks at most `limit` at a time, the others in arrival order. Searches on one synchronous
 * SQLite gain nothing from running side by side, and interleaved (each yields between its
 * statements) a search that arrived early kept losing its turn to later ones: under 50 connections
 * /api/search answered at p50 0.34 s but p99 5 s. A task that waits longer than its `maxWaitMs`
 * leaves the queue unrun, with the error `expired` gives; so does one whose `signal` aborts while it
 * waits (the server: its client has gone, and nobody would read the answer).
 */
export class FifoGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>, maxWaitMs = Infinity, expired: () => Error = () => new Error("serve: waited too long for a turn"), signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw expired();
    if (this.running < this.limit) this.running++;
    else await this.turn(maxWaitMs, expired, signal);
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Resolves when a finishing task hands its place over; rejects when `maxWaitMs` passes or `signal` aborts first. */
  private turn(maxWaitMs: number, expired: () => Error, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const leave = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", leave);
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(expired());
      };
      const admit = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", leave);
        resolve();
      };
      this.waiting.push(admit);
      if (Number.isFinite(maxWaitMs)) timer = setTimeout(leave, maxWaitMs);
      signal?.addEventListener("abort", leave, { once: true });
    });
  }
}
