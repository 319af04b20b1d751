/**
 * Group commit for ingest: pages handed over while the store is busy are written together in one
 * `upsertPages` call (one transaction, a savepoint per page, on SQLite). Rules:
 * - Each page stays atomic: it is stored whole with its mark (and job) or not at all, and a page
 *   that fails rejects alone; a crash leaves whole pages only, as with a transaction per page.
 * - A group is written when it holds MAX_GROUP_PAGES pages, or GROUP_WAIT_MS after its first page
 *   came, whichever is first: the caller keeps enough pages in flight for groups to fill while the
 *   workers go on reading (ingest.ts), and a slow input (a pipe) only delays its pages by the wait.
 *   Once the caller says no more pages will come (`drain`), every page is written at once.
 * - Outcomes resolve in the order the pages were handed over.
 * - `serial` (marsad worker): one group is written at a time, and the next one, of every page that
 *   came meanwhile, as soon as it is committed (`waitMs` 0): a worker's few lanes then never wait
 *   for a group to fill, and a process never waits on its own row locks (the statistics rows of its
 *   slot, see postgres-store.ts).
 */
import { asError, type PageWrite, type Store, type UpsertResult } from "./store/store.js";

/**
 * Pages per commit at most. On SQLite a page stored alone costs about twice the main-thread CPU of
 * one stored among 16 (4.7 → 2.2 ms, 240 news pages: the commit and FTS5's segment flush are paid
 * once per group). Larger groups still gain: every commit also rewrote each form_stats page its
 * forms fall on (most of the table; since SQLite migration 14 they wait in form_pending) and
 * flushes an FTS5 segment that later merges rewrite: storing the writer replay's 1,000 articles cost
 * 1.05 ms an article in groups of 16, 0.86 in groups of 32, 0.75 in groups of 64 (alternated runs).
 * An ingest's group is written after INGEST_GROUP_WAIT_MS at the latest, so on a loaded machine it
 * holds what came meanwhile.
 */
export const MAX_GROUP_PAGES = 64;

/**
 * Longest a page waits for its group to fill: only a slow input waits this long (16 pages from
 * local files come in well under it), and a page's write is never urgent during an ingest.
 */
export const GROUP_WAIT_MS = 250;

/** Stores one page (its articles, mark and job) and returns what became of its articles. */
export type PageWriter = (page: PageWrite) => Promise<UpsertResult[]>;

export interface GroupWriter {
  write: PageWriter;
  /** No more pages will come but those in flight: from now on each page is written without waiting. */
  drain(): void;
  /** Writes the pages queued now without waiting for their group to fill (later pages wait again). */
  flush(): void;
}

interface Queued {
  page: PageWrite;
  resolve: (results: UpsertResult[]) => void;
  reject: (error: Error) => void;
}

export interface GroupWriterOptions {
  /** Pages per group at most; default MAX_GROUP_PAGES. */
  maxPages: number;
  /** Longest a page waits for its group to fill; default GROUP_WAIT_MS. */
  waitMs: number;
  /** One group written at a time (see the module rules); default false. */
  serial: boolean;
}

/** A writer that groups the pages handed to it into `upsertPages` calls on `store`; `storedAt` is read when a group is written. */
export function groupWriter(store: Store, storedAt: string | (() => string), options: Partial<GroupWriterOptions> = {}): GroupWriter {
  const { maxPages, waitMs, serial }: GroupWriterOptions = { maxPages: MAX_GROUP_PAGES, waitMs: GROUP_WAIT_MS, serial: false, ...options };
  const queued: Queued[] = [];
  let timer: NodeJS.Timeout | null = null;
  let isFlushDue = false;
  let isDraining = false;
  let isWriting = false;
  /** Pages queued before a `flush()` call that are still to be written. */
  let flushing = 0;
  const schedule = () => {
    if (serial && isWriting) return;
    if (queued.length >= (isDraining || waitMs === 0 || flushing > 0 ? 1 : maxPages) && !isFlushDue) {
      isFlushDue = true;
      setImmediate(() => void flush());
    } else if (queued.length > 0 && !timer) {
      timer = setTimeout(() => void flush(), waitMs);
    }
  };
  const flush = async () => {
    isFlushDue = false;
    if (timer) clearTimeout(timer);
    timer = null;
    if (serial && isWriting) return;
    const group = queued.splice(0, maxPages);
    if (group.length === 0) return;
    flushing = Math.max(0, flushing - group.length);
    isWriting = true;
    schedule();
    try {
      const outcomes = await store.upsertPages(group.map((q) => q.page), { storedAt: typeof storedAt === "string" ? storedAt : storedAt() });
      group.forEach((q, i) => {
        const outcome = outcomes[i]!;
        if (outcome.results) q.resolve(outcome.results);
        else q.reject(outcome.error);
      });
    } catch (error) {
      for (const q of group) q.reject(asError(error));
    } finally {
      isWriting = false;
      schedule();
    }
  };
  return {
    write: (page) =>
      new Promise<UpsertResult[]>((resolve, reject) => {
        queued.push({ page, resolve, reject });
        schedule();
      }),
    drain: () => {
      isDraining = true;
      schedule();
    },
    flush: () => {
      flushing = queued.length;
      schedule();
    },
  };
}
