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
 */
import { asError, type PageWrite, type Store, type UpsertResult } from "./store/store.js";

/**
 * Pages per commit at most. On SQLite a page stored alone costs about twice the main-thread CPU of
 * one stored among 16 (4.7 → 2.2 ms, 240 news pages: the commit and FTS5's segment flush are paid
 * once per group); beyond 16 nothing more is gained and more pages wait for the commit.
 */
export const MAX_GROUP_PAGES = 16;

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
}

interface Queued {
  page: PageWrite;
  resolve: (results: UpsertResult[]) => void;
  reject: (error: Error) => void;
}

/** A writer that groups the pages handed to it into `upsertPages` calls on `store`. */
export function groupWriter(store: Store, storedAt: string): GroupWriter {
  const queued: Queued[] = [];
  let timer: NodeJS.Timeout | null = null;
  let isFlushDue = false;
  let isDraining = false;
  const schedule = () => {
    if (queued.length >= (isDraining ? 1 : MAX_GROUP_PAGES) && !isFlushDue) {
      isFlushDue = true;
      setImmediate(() => void flush());
    } else if (queued.length > 0 && !timer) {
      timer = setTimeout(() => void flush(), GROUP_WAIT_MS);
    }
  };
  const flush = async () => {
    isFlushDue = false;
    if (timer) clearTimeout(timer);
    timer = null;
    const group = queued.splice(0, MAX_GROUP_PAGES);
    schedule();
    if (group.length === 0) return;
    try {
      const outcomes = await store.upsertPages(group.map((q) => q.page), { storedAt });
      group.forEach((q, i) => {
        const outcome = outcomes[i]!;
        if (outcome.results) q.resolve(outcome.results);
        else q.reject(outcome.error);
      });
    } catch (error) {
      for (const q of group) q.reject(asError(error));
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
  };
}
