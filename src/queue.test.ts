import { test } from "node:test";
import assert from "node:assert/strict";
import { issue } from "./issues.js";
import type { PageOrIssues } from "./acquire/local-files.js";
import { DEFAULT_WORKER_OPTIONS, enqueue, runWorker, type WorkerOptions } from "./queue.js";
import { openSqliteStore } from "./store/sqlite/sqlite-store.js";
import type { Store } from "./store/store.js";
import type { Page } from "./types.js";

const T0 = Date.UTC(2026, 0, 5, 10);

const ARTICLES = [
  "انقطاع الكهرباء عن أحياء في العاصمة\nتاريخ النشر: 2026-01-04 16:40\nشهدت أحياء واسعة من العاصمة انقطاعاً للتيار الكهربائي استمر ساعات، وقالت شركة الكهرباء إن فرقها تعمل على إصلاح العطل قبل المساء.",
  "سيول في الوادي تغلق الطرق\nتاريخ النشر: 2026-01-04 09:15\nغمرت السيول طرق الوادي بعد أمطار غزيرة، وأغلقت السلطات الطرق المؤدية إلى القرى حتى انحسار المياه، ودعت السكان إلى الحذر.",
  "افتتاح معرض الكتاب في الرباط\nتاريخ النشر: 2026-01-03 11:00\nافتتح في الرباط معرض الكتاب بمشاركة مئات الناشرين من الدول العربية، وقالت إدارة المعرض إن عدد الزوار تجاوز التوقعات في يومه الأول.",
];

function textPage(input: string, text: string): PageOrIssues {
  const page: Page = { input, text, kind: "text", url: null, charset: "utf-8" };
  return { input, page, issues: [] };
}

async function* items(list: (PageOrIssues | string)[]): AsyncGenerator<PageOrIssues | string> {
  yield* list;
}

/** A clock the test moves: each read advances it a millisecond; `sleep` in the worker waits real time only for 0 ms. */
function testClock(start: number): { clock: () => number; jump: (ms: number) => void } {
  let now = start;
  return { clock: () => now++, jump: (ms) => (now += ms) };
}

function options(over: Partial<WorkerOptions> & Pick<WorkerOptions, "clock" | "fetchPage">): WorkerOptions {
  return { ...DEFAULT_WORKER_OPTIONS, holder: "test:1", concurrency: 2, drain: true, now: null, retryBaseMs: 0, ...over };
}

async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openSqliteStore(":memory:");
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

test("enqueue carries local pages with their text and URLs as they are; a read without a page is a failure, not a job", () =>
  withStore(async (store) => {
    const unreadable: PageOrIssues = { input: "missing.txt", page: null, issues: [issue("input-not-found", "missing.txt")] };
    const summary = await enqueue(store, items([textPage("a.txt", ARTICLES[0]!), "https://news.example/1", unreadable, textPage("a.txt", ARTICLES[0]!)]), { now: () => T0, failedAt: "2026-01-05T10:00:00Z" });
    assert.deepEqual({ ...summary, failures: summary.failures.map((f) => [f.input, f.code]) }, { added: 2, requeued: 0, known: 1, failures: [["missing.txt", "input-not-found"]] });
    const jobs = await store.claimJobs("w", { limit: 5, leaseMs: 1000, now: T0, maxAttempts: 3 });
    assert.deepEqual(jobs.map((j) => [j.input, j.payload === null]), [["a.txt", false], ["https://news.example/1", true]]);
    assert.equal((await store.listFailures()).length, 1);
  }));

test("a worker drains the queue: local pages stored, URLs fetched, each job done once, connected at the end", () =>
  withStore(async (store) => {
    await enqueue(store, items([textPage("a.txt", ARTICLES[0]!), textPage("b.txt", ARTICLES[1]!), "https://news.example/3"]), { now: () => T0, failedAt: "x" });
    const fetched: string[] = [];
    const connects: boolean[] = [];
    const summary = await runWorker(store, options({
      clock: testClock(T0).clock,
      fetchPage: async (url) => (fetched.push(url), textPage(url, ARTICLES[2]!)),
      connect: async ({ wait }) => (connects.push(wait), true),
    }));
    assert.deepEqual([summary.jobs, summary.created, summary.dead, summary.retried], [3, 3, 0, 0]);
    assert.deepEqual(fetched, ["https://news.example/3"]);
    assert.deepEqual(connects, [true], "once, when the queue ran empty, waiting for the lease (draining)");
    assert.deepEqual({ ...(await store.jobCounts()), nextRunAt: null }, { queued: 0, running: 0, done: 3, dead: 0, nextRunAt: null });
    assert.equal((await store.stats()).articles, 3);
  }));

test("a transient failure is retried after its backoff until the last attempt, then dead; a page with no article is dead at once", () =>
  withStore(async (store) => {
    await enqueue(store, items(["https://down.example/1", textPage("empty.txt", "   \n")]), { now: () => T0, failedAt: "x" });
    const { clock } = testClock(T0);
    const timeout = (url: string): PageOrIssues => ({ input: url, page: null, issues: [issue("fetch-timeout", url)] });
    const summary = await runWorker(store, options({ clock, fetchPage: async (url) => timeout(url), maxAttempts: 3, retryBaseMs: 1 }));
    assert.deepEqual([summary.jobs, summary.retried, summary.dead], [4, 2, 2]);
    const dead = await store.listJobs({ state: "dead" });
    assert.deepEqual(dead.map((j) => [j.input, j.attempts]).sort(), [["empty.txt", 1], ["https://down.example/1", 3]]);
    assert.ok(dead.every((j) => j.reason !== null));
  }));

test("a stopped worker finishes the jobs under way and gives back the claimed ones it did not start", () =>
  withStore(async (store) => {
    const urls = [0, 1, 2, 3, 4].map((i) => `https://news.example/${i}`);
    await enqueue(store, items(urls), { now: () => T0, failedAt: "x" });
    const controller = new AbortController();
    let releaseSlow = () => {};
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    // lane 1 waits on page 0; lane 2 does page 1, claims pages 2 and 3, and stops the worker during page 2
    const summary = await runWorker(store, options({
      clock: testClock(T0).clock,
      concurrency: 2,
      drain: false,
      signal: controller.signal,
      fetchPage: async (url) => {
        const n = Number(url.at(-1));
        if (n === 0) await slow;
        if (n === 2) {
          controller.abort();
          releaseSlow();
        }
        return textPage(url, `${ARTICLES[n % ARTICLES.length]!}\nالخبر رقم ${n}.`);
      },
    }));
    assert.equal(summary.jobs, 3);
    assert.deepEqual({ ...(await store.jobCounts()), nextRunAt: null }, { queued: 2, running: 0, done: 3, dead: 0, nextRunAt: null });
    assert.deepEqual(await store.jobHolders(), []);
    const back = await store.claimJobs("w2", { limit: 5, leaseMs: 1000, now: T0 + 10_000, maxAttempts: 3 });
    assert.deepEqual(back.map((j) => [j.input, j.attempts]), [[urls[3], 1], [urls[4], 1]], "page 3's unstarted claim was not counted");
  }));

test("a long backlog is connected as it goes: every connectEvery stored articles, again after another process had the lease", () =>
  withStore(async (store) => {
    await enqueue(store, items([0, 1, 2, 3, 4].map((i) => `https://news.example/${i}`)), { now: () => T0, failedAt: "x" });
    const calls: { wait: boolean; stored: number }[] = [];
    const answers = [false, true, true];
    await runWorker(store, options({
      clock: testClock(T0).clock,
      concurrency: 1,
      // one job at a time, each written before the next: the cadence is then exact
      writeAhead: 0,
      connectEvery: 2,
      fetchPage: async (url) => textPage(url, `${ARTICLES[Number(url.at(-1)) % ARTICLES.length]!}\nالخبر رقم ${url.at(-1)}.`),
      connect: async ({ wait }) => {
        calls.push({ wait, stored: (await store.stats()).articles });
        return answers.shift() ?? true;
      },
    }));
    // after 2 stored: another process connects (false); after 3: connected; after 5: connected; nothing left when the queue ran empty
    assert.deepEqual(calls, [{ wait: false, stored: 2 }, { wait: false, stored: 3 }, { wait: false, stored: 5 }]);
  }));

test("with write-ahead a lane goes on while its page is written: the pages are stored in groups, each job done once", () =>
  withStore(async (store) => {
    const urls = Array.from({ length: 7 }, (_, i) => `https://news.example/${i}`);
    await enqueue(store, items(urls), { now: () => T0, failedAt: "x" });
    const groups: number[] = [];
    const upsertPages = store.upsertPages.bind(store);
    store.upsertPages = (pages, o) => (groups.push(pages.length), upsertPages(pages, o));
    const summary = await runWorker(store, options({
      clock: testClock(T0).clock,
      concurrency: 1,
      writeAhead: 4,
      fetchPage: async (url) => textPage(url, `${ARTICLES[Number(url.at(-1)) % ARTICLES.length]!}\nالخبر رقم ${url.at(-1)}.`),
    }));
    assert.deepEqual([summary.jobs, summary.created, summary.dead], [7, 7, 0]);
    assert.deepEqual({ ...(await store.jobCounts()), nextRunAt: null }, { queued: 0, running: 0, done: 7, dead: 0, nextRunAt: null });
    assert.equal((await store.stats()).articles, 7);
    assert.equal(groups.reduce((a, b) => a + b, 0), 7);
    assert.ok(groups.length < 7 && Math.max(...groups) <= 2, `groups of half the write-ahead, the lane reading on meanwhile: ${groups.join(", ")}`);
  }));

test("draining workers leave the connect to the last of them: a worker whose queue ran empty waits while another holds a job", () =>
  withStore(async (store) => {
    await enqueue(store, items([0, 1, 2].map((i) => `https://news.example/${i}`)), { now: () => T0, failedAt: "x" });
    const page = (url: string) => textPage(url, `${ARTICLES[Number(url.at(-1))]!}`);
    const seenByConnect: { worker: string; stored: number }[] = [];
    const connectAs = (worker: string) => async () => (seenByConnect.push({ worker, stored: (await store.stats()).articles }), true);
    let releaseSlow!: () => void;
    let slowStarted!: () => void;
    const slowHasStarted = new Promise<void>((resolve) => (slowStarted = resolve));
    const slowMayFinish = new Promise<void>((resolve) => (releaseSlow = resolve));
    // no claim ahead (writeAhead 0): the slow worker holds only the job it is stuck on
    const slow = runWorker(store, options({
      holder: "test:slow", concurrency: 1, writeAhead: 0, pollMs: 1, clock: testClock(T0).clock, connect: connectAs("slow"),
      fetchPage: async (url) => (slowStarted(), await slowMayFinish, page(url)),
    }));
    await slowHasStarted;
    let quickDrained = false;
    const quick = runWorker(store, options({
      holder: "test:quick", concurrency: 1, pollMs: 1, clock: testClock(T0).clock, connect: connectAs("quick"),
      fetchPage: async (url) => page(url),
    })).then((summary) => ((quickDrained = true), summary));
    while ((await store.stats()).articles < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(quickDrained, false, "the quick worker waits for the slow one's job");
    assert.equal(seenByConnect.length, 0, "and connects nothing meanwhile");
    releaseSlow();
    const [slowSummary, quickSummary] = await Promise.all([slow, quick]);
    assert.deepEqual([slowSummary.jobs, quickSummary.jobs], [1, 2]);
    assert.ok(seenByConnect.length > 0, "someone connected");
    assert.deepEqual(seenByConnect.map((c) => c.stored), seenByConnect.map(() => 3), `every connect saw all three articles stored: ${JSON.stringify(seenByConnect)}`);
  }));
