/**
 * Extract and understand on every core: a pool of worker threads, each running `readPage` on the
 * pages it is handed (this module is also the workers' script: see the end). Rules:
 * - Sized to the machine by default (`availableParallelism()`); 0 workers reads in this thread.
 * - Each worker takes one page at a time; callers wait for a free worker, so at most `size` pages
 *   are being read at once and memory stays bounded by what the callers keep in flight.
 * - A worker that dies (a crash past readPage's own guard, out of memory) fails the page it held
 *   with `understand-crashed` and is replaced; the other pages go on.
 * - Results are the same records `readPage` returns in this thread (structured clone), with each
 *   article also prepared for the store (store/document.ts `prepareArticle`: search terms, hashes,
 *   record JSON), so the single writer thread does not compute them.
 */
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { issue, type Result } from "./issues.js";
import { readPage, type ReadPageOptions } from "./pipeline.js";
import type { ExtractOutput, Page } from "./types.js";
import { prepareArticle, type PreparedArticle } from "./store/document.js";

/**
 * A page read; `prepared`, when given, is `prepareArticle` of each article in order, for the input
 * `page.input` (what ingest stores them under).
 */
export type PageRead = Result<ExtractOutput> & { prepared?: PreparedArticle[] };

/** Reads one page (extract → understand), in this thread or in a worker. */
export type PageReader = (page: Page, options: ReadPageOptions) => Promise<PageRead>;

export const readPageHere: PageReader = async (page, options) => readPage(page, options);

/** Default pool size: one worker per core (the main thread reads inputs and writes the store). */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

export const MAX_WORKERS = 64;

interface Pending {
  resolve: (result: PageRead) => void;
  input: string;
}

interface Slot {
  worker: Worker;
  pending: Pending | null;
}

/** Marks this module's workers (a module imported by another worker must not answer its messages). */
const WORKER_ROLE = "marsad-pipeline";

/**
 * This module as the workers' script: compiled JavaScript as it is; TypeScript (bench, eval under tsx)
 * through a bootstrap that registers tsx first, because tsx's `--import` hooks do not reach worker
 * threads on Node 20.6+ (privatenumber/tsx#354: the worker fails with ERR_UNKNOWN_FILE_EXTENSION).
 */
function newWorker(): Worker {
  const options = { workerData: { role: WORKER_ROLE } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL(import.meta.url), options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export class PipelinePool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private nextId = 0;
  private isClosed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_WORKERS) throw new Error(`pipeline-pool: size must be an integer in 1..${MAX_WORKERS}, got ${size}`);
    for (let i = 0; i < size; i++) this.release(this.spawn());
  }

  /** Reads a page in the next free worker. */
  readonly read: PageReader = async (page, options) => {
    if (this.isClosed) throw new Error("pipeline-pool: closed");
    const slot = await this.acquire();
    return new Promise<PageRead>((resolve) => {
      slot.pending = { resolve, input: page.input };
      slot.worker.postMessage({ id: this.nextId++, page, options });
    });
  };

  /** Stops every worker (pages still being read are failed). */
  async close(): Promise<void> {
    this.isClosed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: newWorker(), pending: null };
    slot.worker.unref();
    slot.worker.on("message", (message: { result: Result<ExtractOutput>; prepared?: PreparedArticle[] }) => {
      const pending = slot.pending;
      slot.pending = null;
      this.release(slot);
      pending?.resolve({ ...message.result, prepared: message.prepared });
    });
    slot.worker.on("error", (error) => this.replace(slot, error));
    slot.worker.on("exit", (code) => {
      if (!this.isClosed) this.replace(slot, new Error(`worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const idleAt = this.idle.indexOf(slot);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const pending = slot.pending;
    slot.pending = null;
    void slot.worker.terminate();
    pending?.resolve({ value: null, issues: [issue("understand-crashed", pending.input, { detail: `the pipeline worker failed: ${error.message}` })] });
    if (!this.isClosed) this.release(this.spawn());
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
}

/** The page's articles prepared for the store; none when one cannot be (the store then reports it, as without workers). */
function preparedArticles(page: Page, result: Result<ExtractOutput>): PreparedArticle[] | undefined {
  try {
    return result.value?.articles.map((article, index) => prepareArticle({ input: page.input, index, article }));
  } catch {
    return undefined;
  }
}

/** In a worker of this pool: read every page sent, answer with its result. */
if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  port.on("message", (job: { id: number; page: Page; options: ReadPageOptions }) => {
    const result = readPage(job.page, job.options);
    port.postMessage({ id: job.id, result, prepared: preparedArticles(job.page, result) });
  });
}
