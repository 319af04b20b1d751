/**
 * A worker thread running the module at `moduleUrl` as its script: compiled JavaScript as it is;
 * TypeScript (bench, eval under tsx) through a bootstrap that registers tsx first, because tsx's
 * `--import` hooks do not reach worker threads on Node 20.6+ (privatenumber/tsx#354: the worker
 * fails with ERR_UNKNOWN_FILE_EXTENSION).
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

export function moduleWorker(moduleUrl: string, options: WorkerOptions): Worker {
  if (!moduleUrl.endsWith(".ts")) return new Worker(new URL(moduleUrl), options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
