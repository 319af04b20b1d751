/**
 * Defaults and bounds that the CLI's options show and check before any work starts, kept apart from
 * the modules that use them (local-files.ts, pipeline-pool.ts, queue.ts re-export them) so that
 * registering a command's options loads none of those modules and their dependencies.
 */

/** Size cap per input file. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Most worker threads a pipeline pool takes. */
export const MAX_WORKERS = 64;

export const DEFAULT_WORKER_OPTIONS = {
  concurrency: 4,
  leaseMs: 60_000,
  heartbeatMs: 10_000,
  pollMs: 2_000,
  maxAttempts: 5,
  retryBaseMs: 5_000,
  connectEvery: 1_000,
  writeAhead: 16,
} as const;
