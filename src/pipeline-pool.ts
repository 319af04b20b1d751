/**
 * Extract and understand on every core: a pool of worker threads, each running `readPage` on the
 * pages it is handed (this module is also the workers' script: see the end). Rules:
 * - Sized to the machine by default (`availableParallelism()`); 0 workers reads in this thread.
 * - Each worker holds up to PAGES_PER_WORKER pages and reads those it holds in batches of up to
 *   BATCH_PAGES (pipeline.ts `readPages`: the articles of a batch understood part by part, the same
 *   results as page by page); callers wait for room, so at most `size × PAGES_PER_WORKER` pages are
 *   in the workers and memory stays bounded by what the callers keep in flight.
 *   A worker reads its next page as soon as it has answered the last: it never waits for this
 *   thread, which may be busy writing a group of pages (with one page each, the workers sat idle
 *   through every commit).
 * - A worker that dies (a crash past readPages' own guard, out of memory) is replaced. A batch has
 *   no one page being read, so every page it held is read again, each alone (a batch of one); a
 *   worker that dies reading a page alone fails that page with `understand-crashed` and only it:
 *   one page that kills its worker never loses the pages read beside it.
 * - Results are the same records `readPage` returns in this thread (structured clone), with each
 *   article also prepared for the store (store/document.ts `prepareArticle`: search terms, hashes,
 *   record JSON), so the single writer thread does not compute them; with `connectShingleSize`
 *   (the ingest connects), also each article's text analysis for the connect step
 *   (connect/text-analysis.ts), which this thread keeps for the connector as each answer comes.
 */
import { availableParallelism } from "node:os";
import { isMainThread, type MessagePort, parentPort, type Worker, workerData } from "node:worker_threads";
import { moduleWorker } from "./module-worker.js";
import { MAX_WORKERS } from "./limits.js";
import { issue, type Result } from "./issues.js";
import type { ReadPageOptions } from "./pipeline.js";
import type { Article, ExtractOutput, Page } from "./types.js";
import { prepareArticle, type ArticleTokens, type PreparedArticle } from "./store/document.js";
import { analyzeTexts, analyzeTokens, keepTextAnalysis, type TextAnalysis } from "./connect/text-analysis.js";
import { tokenizeByKinds } from "./arabic/analyze.js";

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

/**
 * Most pages a worker reads as one batch (`readPages`), from those it holds: half its pages, so it
 * holds the next batch while this thread takes in the answers of the last.
 */
export const BATCH_PAGES = 16;

interface Job {
  page: Page;
  options: ReadPageOptions;
  resolve: (result: PageRead) => void;
  /** Read in a batch of its own: its worker died while it was held (see the module rules). */
  alone: boolean;
}

/** A page sent to a worker. */
interface PageMessage {
  id: number;
  page: Page;
  options: ReadPageOptions;
  alone: boolean;
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
      this.queue.push({ page, options, resolve, alone: false });
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
    // the oldest page held is the first of the batch being read when the worker died: read alone, it is the one that
    // failed; in a batch, any of the batch may have, so each is read again alone. The others go to the next worker first.
    const [reading, ...queued] = slot.pending.values();
    slot.pending.clear();
    void slot.worker.terminate();
    if (reading?.alone) reading.resolve({ value: null, issues: [issue("understand-crashed", reading.page.input, { detail: `the pipeline worker failed: ${error.message}` })] });
    const again = reading?.alone ? queued : reading ? [reading, ...queued] : [];
    this.queue.unshift(...again.map((job) => ({ ...job, alone: true })));
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
        const message: PageMessage = { id, page: job.page, options: job.options, alone: job.alone };
        slot.worker.postMessage(message);
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
function preparedArticles(page: Page, articles: readonly Article[], tokens: ReadonlyArray<ArticleTokens | undefined>): PreparedArticle[] | undefined {
  try {
    return articles.map((article, index) => prepareArticle({ input: page.input, index, article }, null, tokens[index]));
  } catch {
    return undefined;
  }
}

/**
 * The tokens of each article's title and body, made once for both its index terms and its text
 * analysis when the connect step's analyses are asked (each tokenized them apart: ~1/4 of a
 * worker's answer by profile); none for a title or body that is not text (each reads it its own way).
 */
function sharedTokens(articles: readonly Article[], shingleSize: number | null): Array<ArticleTokens | undefined> {
  if (shingleSize === null) return [];
  try {
    return articles.map((a) => (typeof a.title === "string" && typeof a.body === "string" ? { title: tokenizeByKinds(a.title), body: tokenizeByKinds(a.body) } : undefined));
  } catch {
    return [];
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
function textAnalyses(prepared: PreparedArticle[] | undefined, tokens: ReadonlyArray<ArticleTokens | undefined>, shingleSize: number | null): TextAnalysis[] | undefined {
  if (!prepared || shingleSize === null) return undefined;
  try {
    return prepared.map((p, i) => {
      const t = tokens[i];
      return t ? analyzeTokens(p.article.body, t.title, t.body, shingleSize) : analyzeTexts(p.article.title, p.article.body, shingleSize);
    });
  } catch {
    return undefined;
  }
}

/**
 * The next batch of the pages held, taken off `held`: the first page alone when it is to be read
 * alone, else the pages up to BATCH_PAGES that follow it, none alone, of the same options.
 */
export function nextBatch(held: PageMessage[]): PageMessage[] {
  const first = held[0];
  if (!first || first.alone) return held.splice(0, 1);
  let end = 1;
  while (end < held.length && end < BATCH_PAGES && !held[end]!.alone && held[end]!.options.now === first.options.now) end++;
  return held.splice(0, end);
}

/** In a worker of this pool: read the pages sent, a batch at a time, answer each with its result. */
if (!isMainThread && parentPort && (workerData as Partial<WorkerSetup> | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  const { shingleSize } = workerData as WorkerSetup;
  const { readPages } = await loadPipeline();
  const held: PageMessage[] = [];
  let isScheduled = false;
  // one batch per turn of the event loop: the pages sent meanwhile join the held ones before the next batch is cut
  const readNextBatch = () => {
    isScheduled = false;
    const batch = nextBatch(held);
    if (batch.length === 0) return;
    const results = readPages(batch.map((m) => m.page), batch[0]!.options);
    batch.forEach((m, i) => answer(port, m, results[i]!, shingleSize));
    schedule();
  };
  const schedule = () => {
    if (isScheduled || held.length === 0) return;
    isScheduled = true;
    setImmediate(readNextBatch);
  };
  port.on("message", (message: PageMessage) => {
    held.push(message);
    schedule();
  });
}

/** Posts a page's answer; one that cannot be copied to the pool's thread fails that page alone. */
function answer(port: MessagePort, message: PageMessage, result: Result<ExtractOutput>, shingleSize: number | null): void {
  const articles = result.value?.articles;
  const tokens = articles ? sharedTokens(articles, shingleSize) : [];
  const prepared = articles ? preparedArticles(message.page, articles, tokens) : undefined;
  try {
    port.postMessage({ id: message.id, result, prepared, analyses: textAnalyses(prepared, tokens, shingleSize) } satisfies WorkerAnswer);
  } catch (error) {
    const failed: WorkerAnswer = { id: message.id, result: { value: null, issues: [issue("understand-crashed", message.page.input, { detail: `the page's result could not be sent from its pipeline worker: ${(error as Error).message}` })] } };
    port.postMessage(failed);
  }
}
