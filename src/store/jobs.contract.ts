/**
 * The job queue's contract (store/job-sql.ts), run by both adapters' tests against real databases:
 * idempotent enqueue, claims that never hand a job out twice, completion in the article's
 * transaction, failures with backoff, dead jobs, and re-claim of expired leases.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { JobInput, Store } from "./store.js";
import { makeArticle } from "./store.contract.js";

const T0 = Date.UTC(2026, 0, 5, 10);
const LEASE = 60_000;
const CLAIM = { leaseMs: LEASE, maxAttempts: 3 };

function page(input: string, pageHash: string | null = `hash-${input}`): JobInput {
  return { kind: "page", input, payload: JSON.stringify({ input, text: `نص الصفحة ${input}`, kind: "text", url: null, charset: "utf-8" }), pageHash };
}

async function withStore(open: () => Promise<Store>, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

export function describeJobsContract(name: string, open: () => Promise<Store>): void {
  describe(`job queue contract: ${name}`, () => {
    it("enqueues once per key: a known job is left alone, an edited page after done is queued again", () =>
      withStore(open, async (store) => {
        assert.deepEqual(await store.enqueueJobs([page("a.txt"), page("b.txt"), page("a.txt")], { now: T0 }), { added: 2, requeued: 0, known: 1 });
        assert.deepEqual(await store.enqueueJobs([page("a.txt"), page("b.txt")], { now: T0 }), { added: 0, requeued: 0, known: 2 });
        const [a] = await store.claimJobs("w1", { ...CLAIM, limit: 1, now: T0 });
        await store.completeJob(a!.key, { now: T0 + 1 });
        assert.deepEqual(await store.enqueueJobs([page("a.txt")], { now: T0 + 2 }), { added: 0, requeued: 0, known: 1 }, "same page: done stays done");
        assert.deepEqual(await store.enqueueJobs([page("a.txt", "hash-edited")], { now: T0 + 3 }), { added: 0, requeued: 1, known: 0 }, "edited page: queued again");
        const counts = await store.jobCounts();
        assert.deepEqual({ queued: counts.queued, running: counts.running, done: counts.done, dead: counts.dead }, { queued: 2, running: 0, done: 0, dead: 0 });
      }));

    it("claims oldest first, up to the limit, and never hands a job to two claimers", () =>
      withStore(open, async (store) => {
        await store.enqueueJobs(["1", "2", "3", "4", "5"].map((n) => page(`${n}.txt`)), { now: T0 });
        const first = await store.claimJobs("w1", { ...CLAIM, limit: 2, now: T0 });
        assert.deepEqual(first.map((j) => [j.key, j.input, j.attempts]), [["page:1.txt", "1.txt", 1], ["page:2.txt", "2.txt", 1]]);
        assert.match(first[0]!.payload ?? "", /نص الصفحة 1\.txt/);
        const together = await Promise.all([store.claimJobs("w2", { ...CLAIM, limit: 2, now: T0 }), store.claimJobs("w3", { ...CLAIM, limit: 2, now: T0 })]);
        const keys = [...first, ...together.flat()].map((j) => j.key);
        assert.equal(keys.length, 5);
        assert.equal(new Set(keys).size, 5, "each job claimed once");
        assert.deepEqual(await store.claimJobs("w4", { ...CLAIM, limit: 2, now: T0 }), [], "nothing left");
        assert.equal(await store.nextJobAt(), null, "none queued");
        assert.deepEqual((await store.jobHolders()).sort(), ["w1", "w2", "w3"]);
      }));

    it("completes a job in the transaction that stores its page", () =>
      withStore(open, async (store) => {
        await store.enqueueJobs([page("rain.html")], { now: T0 });
        const [job] = await store.claimJobs("w1", { ...CLAIM, limit: 1, now: T0 });
        const article = makeArticle({ title: "أمطار غزيرة في جدة", body: "أعلنت إدارة التعليم في جدة تعليق الدراسة.", url: "https://test.example/rain" });
        await store.upsertArticles([{ input: "rain.html", index: 0, article }], { storedAt: "2026-01-05T10:00:01Z", mark: { input: "rain.html", pageHash: "h" }, job: { key: job!.key, now: T0 + 1 } });
        const counts = await store.jobCounts();
        assert.equal(counts.done, 1);
        assert.equal(counts.running, 0);
        assert.deepEqual(await store.jobHolders(), []);
        assert.deepEqual((await store.listJobs({ state: "done" })).map((j) => [j.key, j.finishedAt, j.holder]), [["page:rain.html", T0 + 1, null]]);
      }));

    it("says with each claimed job whether the store already holds its page (input and page hash), as hasInput does", () =>
      withStore(open, async (store) => {
        const article = makeArticle({ title: "أمطار غزيرة في جدة", body: "أعلنت إدارة التعليم في جدة تعليق الدراسة.", url: "https://test.example/rain" });
        await store.upsertArticles([{ input: "rain.html", index: 0, article }], { storedAt: "2026-01-05T10:00:01Z", mark: { input: "rain.html", pageHash: "h1" } });
        await store.enqueueJobs([page("rain.html", "h1"), page("other.html", "h1"), page("https://test.example/feed-item", null)], { now: T0 });
        await store.enqueueJobs([page("edited.html", "h2")], { now: T0 });
        await store.upsertArticles([{ input: "edited.html", index: 0, article: { ...article, url: "https://test.example/edited" } }], { storedAt: "2026-01-05T10:00:02Z", mark: { input: "edited.html", pageHash: "h1" } });
        const jobs = await store.claimJobs("w1", { ...CLAIM, limit: 4, now: T0 });
        assert.deepEqual(jobs.map((j) => [j.input, j.storedPage ?? null]), [
          ["rain.html", { pageHash: "h1", stored: true }],
          ["other.html", { pageHash: "h1", stored: false }],
          ["https://test.example/feed-item", null],
          ["edited.html", { pageHash: "h2", stored: false }],
        ]);
        for (const j of jobs) if (j.storedPage) assert.equal(await store.hasInput({ input: j.input, pageHash: j.storedPage.pageHash }), j.storedPage.stored);
      }));

    it("a failed attempt waits for its retry time; a job given up is dead and listed with its reason", () =>
      withStore(open, async (store) => {
        await store.enqueueJobs([page("slow.html"), page("broken.html")], { now: T0 });
        const [slow, broken] = await store.claimJobs("w1", { ...CLAIM, limit: 2, now: T0 });
        await store.failJob(slow!.key, "w1", { reason: "slow.html: timed out", now: T0 + 10, retryAt: T0 + 5_000 });
        await store.failJob(broken!.key, "w1", { reason: "broken.html: no article found", now: T0 + 10, retryAt: null });
        await store.failJob(broken!.key, "other", { reason: "not its holder", now: T0 + 11, retryAt: T0 });
        assert.deepEqual(await store.claimJobs("w2", { ...CLAIM, limit: 5, now: T0 + 4_999 }), [], "not before its retry time");
        assert.equal((await store.jobCounts()).nextRunAt, T0 + 5_000);
        assert.equal(await store.nextJobAt(), T0 + 5_000);
        const again = await store.claimJobs("w2", { ...CLAIM, limit: 5, now: T0 + 5_000 });
        assert.deepEqual(again.map((j) => [j.key, j.attempts]), [["page:slow.html", 2]]);
        const dead = await store.listJobs({ state: "dead" });
        assert.deepEqual(dead.map((j) => [j.key, j.attempts, j.reason, j.finishedAt]), [["page:broken.html", 1, "broken.html: no article found", T0 + 10]]);
        assert.deepEqual(await store.enqueueJobs([page("broken.html")], { now: T0 + 6_000 }), { added: 0, requeued: 0, known: 1 }, "a dead job stays dead");
        assert.deepEqual(await store.enqueueJobs([page("broken.html")], { now: T0 + 6_000, retryDead: true }), { added: 0, requeued: 1, known: 0 }, "unless dead jobs are retried");
      }));

    it("a job whose lease expired is claimed again; after its last attempt it is dead", () =>
      withStore(open, async (store) => {
        await store.enqueueJobs([page("poison.html")], { now: T0 });
        let now = T0;
        for (let attempt = 1; attempt <= CLAIM.maxAttempts; attempt++) {
          const claimed = await store.claimJobs(`w${attempt}`, { ...CLAIM, limit: 1, now });
          assert.deepEqual(claimed.map((j) => j.attempts), [attempt]);
          assert.deepEqual(await store.claimJobs("other", { ...CLAIM, limit: 1, now: now + LEASE - 1 }), [], "not while the lease runs");
          now += LEASE + 1;
        }
        assert.deepEqual(await store.claimJobs("w9", { ...CLAIM, limit: 1, now }), []);
        const [dead] = await store.listJobs({ state: "dead" });
        assert.equal(dead?.attempts, CLAIM.maxAttempts);
        assert.match(dead?.reason ?? "", /worker stopped/);
      }));

    it("a renewed lease is not taken; released jobs are queued again, attempts given back when not started", () =>
      withStore(open, async (store) => {
        await store.enqueueJobs([page("a.txt"), page("b.txt")], { now: T0 });
        await store.claimJobs("w1", { ...CLAIM, limit: 2, now: T0 });
        assert.equal(await store.renewJobs("w1", { leaseMs: LEASE, now: T0 + LEASE - 1 }), 2);
        assert.deepEqual(await store.claimJobs("w2", { ...CLAIM, limit: 2, now: T0 + LEASE + 1 }), [], "renewed");
        assert.equal(await store.releaseJobs("w1", { countAttempt: false }), 2);
        const back = await store.claimJobs("w2", { ...CLAIM, limit: 2, now: T0 + LEASE + 2 });
        assert.deepEqual(back.map((j) => j.attempts), [1, 1]);
        assert.equal(await store.releaseJobs("w2", { countAttempt: true }), 2);
        assert.deepEqual((await store.claimJobs("w3", { ...CLAIM, limit: 2, now: T0 + LEASE + 3 })).map((j) => j.attempts), [2, 2]);
      }));
  });
}
