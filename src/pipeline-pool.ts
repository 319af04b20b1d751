/**
 * Extract and understand on every core: a pool of worker threads, each running `readPage` on the
 * pages it is handed (this module is also the workers' script: see the end). Rules:
 * - Sized to the machine by default (`availableParallelism()`); 0 workers reads in this thread.
 * - Each worker holds up to PAGES_PER_WORKER pages and reads them one after another; callers wait
 *   for room, so at most `size × PAGES_PER_WORKER` pages are in the workers and memory stays
 *   bounded by what the callers keep in flight.
 *   A worker reads its next page as soon as it has answered the last: it never waits for this
 *   thread, which may be busy writing a group of pages (with one page each, the workers sat idle
 *   through every commit).
 * - A worker that dies (a crash past readPage's own guard, out of memory) fails the page it was
 *   reading with `understand-crashed` and is replaced; the pages it held behind that one are read
 *   by the next worker, and the other pages go on.
 * - Results are the same records `readPage` returns in this thread (structured clone), with each
 *   article also prepared for the store (store/document.ts `prepareArticle`: search terms, hashes,
 *   record JSON), so the single writer thread does not compute them; with `connectShingleSize`
 *   (the ingest connects), also each article's text analysis for the connect step
 *   (connect/text-analysis.ts), which this thread keeps for the connector as each answer comes.
 */
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, type Worker, workerData } from "node:worker_threads";
import { moduleWorker } from "./module-worker.js";
import { MAX_WORKERS } from "./limits.js";
import { issue, type Result } from "./issues.js";
import type { ReadPageOptions } from "./pipeline.js";
import type { ExtractOutput, Page } from "./types.js";
import { prepareArticle, type PreparedArticle } from "./store/document.js";
import { analyzeTexts, keepTextAnalysis, type TextAnalysis } from "./connect/text-analysis.js";

/**
 * A page read; `prepared`, when given, is `prepareArticle` of each article in order, for the input
 * `page.input` (what ingest stores them under).
 */
export type PageRead = Result<ExtractOutput> & { prepared?: PreparedArticle[] };

/** Reads one page (extract → understand), in this thread or in a worker. */
export type PageReader = (page: Page, options: ReadPageOptions) => Promise<PageRead>;

/**
 * The pipeline's modules (extract, understand, their tables and model: ~0.4 s of CPU to load), loaded
 * by the first page read in a thread: the writer thread of an ingest whose workers read never loads them.
 */
let pipeline: Promise<typeof import("./pipeline.js")> | null = null;
const loadPipeline = () => (pipeline ??= import("./pipeline.js"));

export const readPageHere: PageReader = async (page, options) => (await loadPipeline()).readPage(page, options);

/** Default pool size: one worker per core (the main thread reads inputs and writes the store). */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

export { MAX_WORKERS };

/**
 * Pages handed to one worker at once: enough for it to read on while this thread is busy and hands
 * it none. A group commit takes about as long as a few pages take a worker, but an ingest's connect
 * batch (connectAlong: 500 articles, ~1.8 ms of this thread's CPU each) holds this thread for about
 * a second: with 4 pages each, the 2 workers of a 2,000-line ingest sat idle 9–12% of their time
 * (--cpu-prof), with 32 1–2%. A held page is a few KB of text (its answer waits in this thread's queue).
 */
export const PAGES_PER_WORKER = 32;

interface Job {
  page: Page;
  options: ReadPageOptions;
  resolve: (result: PageRead) => void;
}

interface Slot {
  worker: Worker;
  /** The pages this worker holds, by message id, in the order sent (it reads them in that order). */
  pending: Map<number, Job>;
}

/** Marks this module's workers (a module imported by another worker must not answer its messages). */
const WORKER_ROLE = "marsad-pipeline";

interface WorkerSetup {
  role: typeof WORKER_ROLE;
  /** The shingle size of the connect step's text analyses (connect/text-analysis.ts), null for none. */
  shingleSize: number | null;
}

export interface PipelinePoolOptions {
  /**
   * The shingle size of the connector that will connect the pages read (near-dup.ts): the workers
   * then also make each article's text analysis (connect/text-analysis.ts) and this thread keeps it
   * for the connector. Default none (nothing is connected in this process).
   */
  connectShingleSize: number | null;
}

export class PipelinePool {
  private readonly slots: Slot[] = [];
  /** Pages waiting for room in a worker, first come first served. */
  private readonly queue: Job[] = [];
  private nextId = 0;
  private isClosed = false;

  private readonly setup: WorkerSetup;

  constructor(
    readonly size: number,
    options: Partial<PipelinePoolOptions> = {},
  ) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_WORKERS) throw new Error(`pipeline-pool: size must be an integer in 1..${MAX_WORKERS}, got ${size}`);
    this.setup = { role: WORKER_ROLE, shingleSize: options.connectShingleSize ?? null };
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Reads a page in the worker holding the fewest pages (once one has room). */
  readonly read: PageReader = async (page, options) => {
    if (this.isClosed) throw new Error("pipeline-pool: closed");
    return new Promise<PageRead>((resolve) => {
      this.queue.push({ page, options, resolve });
      this.dispatch();
    });
  };

  /** Stops every worker (pages still being read are failed). */
  async close(): Promise<void> {
    this.isClosed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const slot: Slot = { worker: moduleWorker(import.meta.url, { workerData: this.setup }), pending: new Map() };
    slot.worker.unref();
    slot.worker.on("message", (message: WorkerAnswer) => {
      message.analyses?.forEach((analysis, i) => keepTextAnalysis(message.prepared![i]!.id, message.prepared![i]!.contentHash, analysis));
      const pending = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      this.dispatch();
      pending?.resolve({ ...message.result, prepared: message.prepared });
    });
    slot.worker.on("error", (error) => this.replace(slot, error));
    slot.worker.on("exit", (code) => {
      if (!this.isClosed) this.replace(slot, new Error(`worker exited with code ${code}`));
    });
    this.slots.push(slot);
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    // the oldest page is the one being read when the worker died: it fails; the pages queued behind it go to the next worker first
    const [reading, ...queued] = slot.pending.values();
    slot.pending.clear();
    void slot.worker.terminate();
    if (reading) reading.resolve({ value: null, issues: [issue("understand-crashed", reading.page.input, { detail: `the pipeline worker failed: ${error.message}` })] });
    this.queue.unshift(...queued);
    if (!this.isClosed) {
      this.spawn();
      this.dispatch();
    }
  }

  /** Hands the waiting pages to the workers with room, the emptiest first. */
  private dispatch(): void {
    for (;;) {
      const job = this.queue[0];
      const slot = job ? this.roomiest() : null;
      if (!job || !slot) return;
      this.queue.shift();
      const id = this.nextId++;
      try {
        slot.worker.postMessage({ id, page: job.page, options: job.options });
        slot.pending.set(id, job);
      } catch (error) {
        // a page that cannot be copied to a worker fails alone (this may run in a worker's message handler)
        job.resolve({ value: null, issues: [issue("understand-crashed", job.page.input, { detail: `the page could not be sent to a pipeline worker: ${(error as Error).message}` })] });
      }
    }
  }

  private roomiest(): Slot | null {
    let best: Slot | null = null;
    for (const slot of this.slots) if (slot.pending.size < PAGES_PER_WORKER && (!best || slot.pending.size < best.pending.size)) best = slot;
    return best;
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

/** A worker's answer: the page read, its articles prepared for the store and, when asked, their text analyses (in the same order). */
interface WorkerAnswer {
  id: number;
  result: Result<ExtractOutput>;
  prepared?: PreparedArticle[];
  analyses?: TextAnalysis[];
}

/** The articles' text analyses for the connect step; none when not asked or when the articles could not be prepared. */
function textAnalyses(prepared: PreparedArticle[] | undefined, shingleSize: number | null): TextAnalysis[] | undefined {
  if (!prepared || shingleSize === null) return undefined;
  try {
    return prepared.map((p) => analyzeTexts(p.article.title, p.article.body, shingleSize));
  } catch {
    return undefined;
  }
}

/** In a worker of this pool: read every page sent, answer with its result. */
if (!isMainThread && parentPort && (workerData as Partial<WorkerSetup> | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  const { shingleSize } = workerData as WorkerSetup;
  const { readPage } = await loadPipeline();
  port.on("message", (job: { id: number; page: Page; options: ReadPageOptions }) => {
    const result = readPage(job.page, job.options);
    const prepared = preparedArticles(job.page, result);
    const answer: WorkerAnswer = { id: job.id, result, prepared, analyses: textAnalyses(prepared, shingleSize) };
    port.postMessage(answer);
  });
}
