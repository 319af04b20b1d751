/**
 * Faults an operator meets, on both backends:
 * - `kill -9` at random moments during ingest and during connect (three times each, at failpoints
 *   so the moment is exact on a fast machine as on a slow one); afterwards
 *   `ingest` completes the work: every article stored once, no stale lease, the queue empty, no
 *   failure record.
 * - Concurrent writers over overlapping inputs (two SQLite ingests, three PostgreSQL ingests, with
 *   --wait): all exit 0, every article stored once, no failure record, and the duplicate groups and
 *   stories equal a single process's over the same inputs.
 * Moments are drawn from a seeded PRNG, so a failure can be replayed.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../../src/seeded-random.js";
import type { Store } from "../../src/store/store.js";
import { writeCorpus } from "./generate.js";
import { assertBuilt, dropSchemas, freshStore, runMarsad, startMarsad, withStore, type Backend } from "./run-marsad.js";

const CORPUS_SIZE = 160;
let work: string;
let corpus: string;
let files: string[];

before(() => {
  assertBuilt();
  work = mkdtempSync(join(tmpdir(), "marsad-faults-"));
  corpus = join(work, "corpus");
  files = writeCorpus(corpus, CORPUS_SIZE).map((f) => join(corpus, f));
});

after(async () => {
  rmSync(work, { recursive: true, force: true });
  await dropSchemas();
});

interface StoreState {
  articles: number;
  versions: number;
  failures: number;
  pending: number;
  lease: string | null;
}

async function stateOf(store: Store): Promise<StoreState> {
  const stats = await store.stats();
  return { articles: stats.articles, versions: stats.versions, failures: stats.failures, pending: (await store.pendingConnections(1)).length, lease: await store.leaseHolder("connect") };
}

/**
 * Runs `marsad <args>` with a failpoint (src/failpoint.ts) that kills it as `kill -9` would the
 * `nth` time it passes `point`: the moment is exact, not a timer racing the work.
 */
async function killAt(args: string[], point: string, nth: number): Promise<boolean> {
  const { done } = startMarsad(args, { env: { MARSAD_FAILPOINTS: `${point}=${nth}` } });
  return (await done).signal === "SIGKILL";
}

const EMPTY_END: Omit<StoreState, "articles" | "versions"> = { failures: 0, pending: 0, lease: null };

for (const backend of ["sqlite", "postgres"] as Backend[]) {
  test(`kill -9 during ingest, three times, then ingest completes the work (${backend})`, { timeout: 900_000 }, async () => {
    const db = freshStore(backend, work, "kill-ingest");
    const random = seededRandom(backend === "sqlite" ? 1 : 2);
    for (let k = 0; k < 3; k++) {
      const before = (await withStore(db, stateOf)).articles;
      // a moment inside the pages still to store: ingest skips the stored ones first
      const nth = 1 + Math.floor(random() * Math.max(1, (CORPUS_SIZE - before) / 2));
      assert.equal(await killAt(["ingest", corpus, "--db", db], "ingest.stored", nth), true, `kill ${k + 1} came before the end`);
      const partial = await withStore(db, stateOf);
      assert.ok(partial.articles < CORPUS_SIZE, `kill ${k + 1} left work to do`);
    }
    const run = await runMarsad(["ingest", corpus, "--db", db]);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    const end = await withStore(db, stateOf);
    assert.deepEqual(end, { articles: CORPUS_SIZE, versions: CORPUS_SIZE, ...EMPTY_END });
  });

  test(`kill -9 during connect, three times, then ingest completes the work (${backend})`, { timeout: 900_000 }, async () => {
    const db = freshStore(backend, work, "kill-connect");
    const stored = await runMarsad(["ingest", corpus, "--db", db, "--no-connect"]);
    assert.equal(stored.code, 0, stored.stderr.slice(-2000));
    const random = seededRandom(backend === "sqlite" ? 3 : 4);
    for (let k = 0; k < 3; k++) {
      const nth = 1 + Math.floor(random() * (CORPUS_SIZE - 1));
      assert.equal(await killAt(["connect", "--db", db], "connect.article", nth), true, `kill ${k + 1} came while connecting`);
      const partial = await withStore(db, stateOf);
      assert.ok(partial.lease !== null && partial.pending > 0, `kill ${k + 1} left a dead holder's lease and the queue`);
    }
    const run = await runMarsad(["ingest", corpus, "--db", db]);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    const end = await withStore(db, stateOf);
    assert.deepEqual(end, { articles: CORPUS_SIZE, versions: CORPUS_SIZE, ...EMPTY_END });
  });
}

/** Duplicate groups and stories as sets of article keys, order-free. */
async function connectPartition(location: string): Promise<{ groups: string[]; stories: string[] }> {
  return withStore(location, async (store) => {
    const groups = new Map<string, string[]>();
    const stories = new Map<string, string[]>();
    for (let offset = 0; ; offset += 100) {
      const page = await store.listArticles({ limit: 100, offset });
      for (const a of page.items) {
        const links = await store.getArticleLinks(a.id);
        assert.ok(links, `${a.key} connected`);
        groups.set(links.dupGroup, [...(groups.get(links.dupGroup) ?? []), a.key]);
        if (links.storyId) stories.set(links.storyId, [...(stories.get(links.storyId) ?? []), a.key]);
      }
      if (page.items.length < 100) break;
    }
    const canonical = (m: Map<string, string[]>) => [...m.values()].map((keys) => keys.sort().join("|")).sort();
    return { groups: canonical(groups), stories: canonical(stories) };
  });
}

for (const [backend, writers] of [["sqlite", 2], ["postgres", 3]] as [Backend, number][]) {
  test(`${writers} concurrent ingests over overlapping inputs on ${backend}: all exit 0, each article once, connect as one process`, { timeout: 900_000 }, async () => {
    const single = freshStore(backend, work, "single");
    const alone = await runMarsad(["ingest", ...files, "--db", single]);
    assert.equal(alone.code, 0, alone.stderr.slice(-2000));

    const shared = freshStore(backend, work, "shared");
    // each writer takes a window of the corpus overlapping its neighbours' by half
    const window = Math.ceil((2 * files.length) / (writers + 1));
    const slices = Array.from({ length: writers }, (_, w) => files.slice(Math.floor((w * window) / 2), Math.floor((w * window) / 2) + window));
    assert.deepEqual(new Set(slices.flat()).size, files.length);
    const runs = await Promise.all(slices.map((slice) => runMarsad(["ingest", ...slice, "--db", shared, "--wait"])));
    for (const run of runs) assert.equal(run.code, 0, run.stderr.slice(-2000));
    const end = await withStore(shared, stateOf);
    assert.deepEqual(end, { articles: CORPUS_SIZE, versions: CORPUS_SIZE, ...EMPTY_END });
    assert.deepEqual(await connectPartition(shared), await connectPartition(single));
  });
}
