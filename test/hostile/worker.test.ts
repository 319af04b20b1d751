/**
 * `marsad worker` under the faults of issue 14, on both backends:
 * - killed as `kill -9` would (a failpoint, src/failpoint.ts: the moment is exact, not a timer
 *   racing the work) three times mid-batch, after a page is stored and after a job is claimed; a
 *   restarted `worker --drain` then drains the queue: every article stored once (one version
 *   each), every job done once, no job held, no stale lease, nothing left to connect;
 * - SIGTERM while jobs are under way: the worker exits 0, holds no job, and every job it started
 *   is done with its page stored;
 * - two workers on one PostgreSQL queue: every job done by exactly one of them, each article once.
 * Moments are drawn from a seeded PRNG, so a failure can be replayed.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../../src/seeded-random.js";
import type { JobCounts } from "../../src/store/store.js";
import { writeCorpus } from "./generate.js";
import { assertBuilt, dropSchemas, freshStore, runMarsad, startMarsad, withStore, type Backend } from "./run-marsad.js";

const CORPUS_SIZE = 160;
let work: string;
let corpus: string;

before(() => {
  assertBuilt();
  work = mkdtempSync(join(tmpdir(), "marsad-worker-"));
  corpus = join(work, "corpus");
  writeCorpus(corpus, CORPUS_SIZE);
});

after(async () => {
  rmSync(work, { recursive: true, force: true });
  await dropSchemas();
});

interface QueueState {
  articles: number;
  versions: number;
  failures: number;
  pending: number;
  lease: string | null;
  jobs: Omit<JobCounts, "nextRunAt">;
  holders: string[];
}

async function stateOf(location: string): Promise<QueueState> {
  return withStore(location, async (store) => {
    const stats = await store.stats();
    const { nextRunAt: _, ...jobs } = await store.jobCounts();
    return {
      articles: stats.articles, versions: stats.versions, failures: stats.failures, pending: (await store.pendingConnections(1)).length,
      lease: await store.leaseHolder("connect"), jobs, holders: await store.jobHolders(),
    };
  });
}

const DRAINED: QueueState = {
  articles: CORPUS_SIZE, versions: CORPUS_SIZE, failures: 0, pending: 0, lease: null,
  jobs: { queued: 0, running: 0, done: CORPUS_SIZE, dead: 0 }, holders: [],
};

async function enqueueCorpus(db: string): Promise<void> {
  const run = await runMarsad(["enqueue", corpus, "--db", db]);
  assert.equal(run.code, 0, run.stderr.slice(-2000));
  assert.equal((await stateOf(db)).jobs.queued, CORPUS_SIZE);
}

for (const backend of ["sqlite", "postgres"] as Backend[]) {
  test(`kill -9 of a worker mid-batch, three times, loses nothing and stores nothing twice (${backend})`, { timeout: 900_000 }, async () => {
    const db = freshStore(backend, work, "kill-worker");
    await enqueueCorpus(db);
    const random = seededRandom(backend === "sqlite" ? 11 : 12);
    const points = ["ingest.stored", "worker.job", "ingest.stored"];
    let held = 0;
    for (const [k, point] of points.entries()) {
      const left = (await stateOf(db)).jobs.queued;
      const nth = 1 + Math.floor(random() * Math.max(1, left / 3));
      const { done } = startMarsad(["worker", "--drain", "--concurrency", "4", "--db", db], { env: { MARSAD_FAILPOINTS: `${point}=${nth}` } });
      const run = await done;
      assert.equal(run.signal, "SIGKILL", `kill ${k + 1} (${point}=${nth}) came before the end: ${run.stderr.slice(-1000)}`);
      const partial = await stateOf(db);
      assert.ok(partial.articles < CORPUS_SIZE, `kill ${k + 1} left work to do`);
      assert.equal(partial.jobs.done, partial.articles, `kill ${k + 1}: a job is done exactly when its page is stored`);
      assert.equal(partial.versions, partial.articles);
      // claimed jobs of the dead worker stay held (none when it died between a batch's last store and the next claim)
      assert.ok(partial.holders.length <= 1, `kill ${k + 1}: only the dead worker holds jobs: ${JSON.stringify({ nth, partial })}`);
      assert.equal(partial.jobs.running + partial.jobs.queued + partial.jobs.done, CORPUS_SIZE);
      held = partial.holders.length;
    }
    const run = await runMarsad(["worker", "--drain", "--db", db, "--json"]);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    if (held > 0) assert.match(run.stderr, /took back \d+ job\(s\) of .+, which no longer runs/);
    assert.deepEqual(await stateOf(db), DRAINED);
  });

  test(`SIGTERM finishes the jobs under way and gives the others back (${backend})`, { timeout: 900_000 }, async () => {
    const db = freshStore(backend, work, "term-worker");
    await enqueueCorpus(db);
    const { child, done } = startMarsad(["worker", "--concurrency", "4", "--poll", "1", "--db", db]);
    // SIGTERM once some pages are stored: the worker is mid-batch, jobs claimed and under way
    for (let stored = 0; stored < 8; stored = (await stateOf(db)).articles) await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill("SIGTERM");
    const run = await done;
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    const end = await stateOf(db);
    assert.deepEqual(end.holders, []);
    assert.equal(end.jobs.running, 0);
    assert.equal(end.jobs.done, end.articles, "every job started was finished with its page stored");
    assert.equal(end.jobs.queued, CORPUS_SIZE - end.articles);
    const rest = await runMarsad(["worker", "--drain", "--db", db]);
    assert.equal(rest.code, 0, rest.stderr.slice(-2000));
    assert.deepEqual(await stateOf(db), DRAINED);
  });
}

test("two workers on one PostgreSQL queue do every job once and store each article once", { timeout: 900_000 }, async () => {
  const db = freshStore("postgres", work, "two-workers");
  await enqueueCorpus(db);
  const runs = await Promise.all([0, 1].map(() => runMarsad(["worker", "--drain", "--concurrency", "4", "--db", db, "--json"])));
  for (const run of runs) assert.equal(run.code, 0, run.stderr.slice(-2000));
  const jobs = runs.map((run) => (JSON.parse(run.stdout) as { jobs: number }).jobs);
  assert.equal(jobs[0]! + jobs[1]!, CORPUS_SIZE, `jobs taken by each worker: ${jobs.join(" + ")}`);
  assert.deepEqual(await stateOf(db), DRAINED);
});
