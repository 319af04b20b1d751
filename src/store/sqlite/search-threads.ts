/**
 * SQLite searches in worker threads, each on a read-only connection of its own. Rules:
 * - A search goes to an idle thread in arrival order; at most one search a thread, the others wait
 *   in a first-come-first-served queue.
 * - WAL: a thread's connection reads what was committed when its statement began, as the store's
 *   own connection would (the caller reads the store generation before handing a search on).
 * - The thread ranks with the store's outlet index: the rows it was built from go with a search to
 *   a thread that has not seen them yet.
 * - A thread answers the result or the error (a timeout stays a StoreTimeoutError, and a result
 *   left partial for time stays marked so the cache does not keep it). A thread that dies fails the
 *   search it held and is replaced.
 * - Deadlines are measured with the system clock in the threads.
 * Why: better-sqlite3 is synchronous, so on the server's thread a search holds every other request
 * (a search at 100k articles: 5–30 ms); in threads the server's thread parses, renders and answers
 * while searches run, and searches use the other cores.
 */
import { isMainThread, parentPort, type Worker, workerData } from "node:worker_threads";
import { moduleWorker } from "../../module-worker.js";
import { groupOutlets, OutletIndex, type SourceRow } from "../outlets.js";
import { isPartialResult, markPartial } from "../search-cache.js";
import { StoreTimeoutError, type SearchQuery, type SearchResult } from "../store.js";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { registerDeadline, SqliteSearch, StatementCache } from "./sqlite-search.js";

export const MAX_SEARCH_THREADS = 16;

/** Marks this module's workers (a module imported by another worker must not answer its messages). */
const WORKER_ROLE = "marsad-sqlite-search";

interface SearchMessage {
  id: number;
  query: SearchQuery;
  /** The outlet rows, when the thread has not seen the store's current index. */
  outletRows?: readonly SourceRow[];
}

type ThreadError = { name: string; message: string; timeoutMs?: number };
type Answer = { id: number; result: SearchResult; isPartial: boolean } | { id: number; error: ThreadError };

interface Job {
  query: SearchQuery;
  outlets: OutletIndex;
  resolve: (result: SearchResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  id: number;
  /** The outlet index whose rows this thread holds. */
  outlets: OutletIndex | null;
}

function errorFromThread(e: ThreadError): Error {
  if (e.name === "StoreTimeoutError" && e.timeoutMs !== undefined) return new StoreTimeoutError(e.timeoutMs);
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

export class SearchThreads {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private isClosed = false;

  constructor(
    private readonly path: string,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_SEARCH_THREADS) throw new Error(`store/sqlite: searchThreads must be an integer in 1..${MAX_SEARCH_THREADS}, got ${size}`);
    for (let i = 0; i < size; i++) this.spawn();
  }

  search(query: SearchQuery, outlets: OutletIndex): Promise<SearchResult> {
    if (this.isClosed) return Promise.reject(new Error("store/sqlite: search threads closed"));
    return new Promise<SearchResult>((resolve, reject) => {
      this.queue.push({ query, outlets, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.isClosed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("store/sqlite: search threads closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const slot: Slot = { worker: moduleWorker(import.meta.url, { workerData: { role: WORKER_ROLE, path: this.path } }), job: null, id: -1, outlets: null };
    slot.worker.unref();
    slot.worker.on("message", (answer: Answer) => {
      const job = slot.job;
      if (!job || answer.id !== slot.id) return;
      slot.job = null;
      this.dispatch();
      if ("error" in answer) job.reject(errorFromThread(answer.error));
      else job.resolve(answer.isPartial ? markPartial(answer.result) : answer.result);
    });
    slot.worker.on("error", (error) => this.replace(slot, error));
    slot.worker.on("exit", (code) => {
      if (!this.isClosed) this.replace(slot, new Error(`search thread exited with code ${code}`));
    });
    this.slots.push(slot);
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    slot.job?.reject(new Error(`store/sqlite: the search thread failed: ${error.message}`));
    if (!this.isClosed) {
      this.spawn();
      this.dispatch();
    }
  }

  /** Hands the waiting searches to idle threads, first come first served. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (!job) return;
      // The asker's signal stays here: stores do not read it (the server's gate does).
      const { signal: _signal, ...query } = job.query;
      const message: SearchMessage = { id: ++this.nextId, query };
      if (slot.outlets !== job.outlets) message.outletRows = job.outlets.rows;
      try {
        slot.worker.postMessage(message);
      } catch (error) {
        job.reject(error as Error);
        continue;
      }
      slot.outlets = job.outlets;
      slot.job = job;
      slot.id = message.id;
    }
  }
}

/** In a thread of SearchThreads: one read-only connection, one search at a time. */
if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  const db = openSqliteDatabase((workerData as { path: string }).path, { readonly: true });
  registerDeadline(db, Date.now);
  const search = new SqliteSearch(new StatementCache(db), Date.now);
  let outlets: OutletIndex | null = null;
  port.on("message", (message: SearchMessage) => {
    if (message.outletRows) outlets = new OutletIndex(groupOutlets(message.outletRows), message.outletRows);
    search.search(message.query, outlets ?? undefined).then(
      (result) => port.postMessage({ id: message.id, result, isPartial: isPartialResult(result) } satisfies Answer),
      (error: Error & { timeoutMs?: number }) => port.postMessage({ id: message.id, error: { name: error.name, message: error.message, timeoutMs: error.timeoutMs } } satisfies Answer),
    );
  });
}
