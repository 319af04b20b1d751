/**
 * Politeness: a global cap on requests in flight, a per-host cap, and a per-host minimum interval
 * between request starts (raised to the site's robots.txt Crawl-delay when it asks for more).
 * Rules:
 * - Waiters are served first come, first served per host; a host waiting for its interval never
 *   blocks other hosts' requests.
 * - The interval is measured between STARTS of requests to the same host.
 */

export interface LimiterOptions {
  /** Requests in flight over all hosts; default 8, at least 1. */
  globalConcurrency: number;
  /** Requests in flight per host; default 2, at least 1. */
  hostConcurrency: number;
  /** Minimum milliseconds between request starts on one host; default 1000. */
  hostIntervalMs: number;
}

export const DEFAULT_LIMITER_OPTIONS: LimiterOptions = { globalConcurrency: 8, hostConcurrency: 2, hostIntervalMs: 1000 };

interface HostState {
  active: number;
  nextStart: number;
  intervalMs: number;
  queue: (() => void)[];
  timer: NodeJS.Timeout | null;
}

export class HostLimiter {
  readonly #options: LimiterOptions;
  #active = 0;
  readonly #hosts = new Map<string, HostState>();
  /** Hosts with waiters whose turn came while the global cap was full. */
  readonly #ready: string[] = [];

  constructor(options: Partial<LimiterOptions> = {}) {
    this.#options = { ...DEFAULT_LIMITER_OPTIONS, ...options };
    if (this.#options.globalConcurrency < 1 || this.#options.hostConcurrency < 1) throw new Error("HostLimiter: concurrency must be at least 1");
  }

  /** Raises a host's interval (e.g. to its Crawl-delay); never lowers it below the default. */
  setHostInterval(host: string, intervalMs: number): void {
    const state = this.#state(host);
    state.intervalMs = Math.max(this.#options.hostIntervalMs, intervalMs);
  }

  /** Runs `task` when the global cap, the host's cap and the host's interval allow. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.#state(host);
    await new Promise<void>((resolve) => {
      state.queue.push(resolve);
      this.#pump(host);
    });
    try {
      return await task();
    } finally {
      state.active--;
      this.#active--;
      this.#pumpAll();
    }
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, intervalMs: this.#options.hostIntervalMs, queue: [], timer: null };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #pumpAll(): void {
    for (const host of this.#ready.splice(0)) this.#pump(host);
    for (const [host, state] of this.#hosts) if (state.queue.length > 0) this.#pump(host);
  }

  #pump(host: string): void {
    const state = this.#hosts.get(host)!;
    while (state.queue.length > 0 && state.active < this.#options.hostConcurrency) {
      if (this.#active >= this.#options.globalConcurrency) {
        if (!this.#ready.includes(host)) this.#ready.push(host);
        return;
      }
      const wait = state.nextStart - Date.now();
      if (wait > 0) {
        if (!state.timer) {
          state.timer = setTimeout(() => {
            state.timer = null;
            this.#pump(host);
          }, wait);
        }
        return;
      }
      state.active++;
      this.#active++;
      state.nextStart = Date.now() + state.intervalMs;
      state.queue.shift()!();
    }
  }
}
