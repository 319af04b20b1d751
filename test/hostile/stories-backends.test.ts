/**
 * The same input gives the same stories and ids on every backend and worker count (issue 13):
 * a composed multi-outlet corpus (story-corpus.ts: nine events, hard negatives that share a
 * place, copies) is stored and connected
 * - on SQLite by one `marsad ingest` process,
 * - on PostgreSQL by one `marsad worker --drain` over an enqueued queue,
 * - on PostgreSQL by four `marsad worker --drain` processes started together on one queue,
 * and what a reader sees is compared whole: every article's story and duplicate group, every story's
 * id, title, central article, times and members, and each article's related lists. The test
 * compares the runs with each other, not with fixed stories, so it holds whatever the scorer.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../../src/store/store.js";
import { relatedArticles } from "../../src/serve/related.js";
import { writeStoryCorpus } from "./story-corpus.js";
import { assertBuilt, dropSchemas, freshStore, runMarsad, type MarsadRun } from "./run-marsad.js";

const PAGE = 100;
let work: string;
let corpus: string;
let size: number;

before(() => {
  assertBuilt();
  work = mkdtempSync(join(tmpdir(), "marsad-stories-"));
  corpus = join(work, "corpus.jsonl");
  size = writeStoryCorpus(corpus);
});

after(async () => {
  rmSync(work, { recursive: true, force: true });
  await dropSchemas();
});

interface ArticleView {
  id: string;
  storyId: string | null;
  dupGroup: string;
  earliestId: string;
  duplicates: string[];
  storyMembers: string[];
  nearestStories: string[];
}

interface StoryView {
  id: string;
  title: string;
  centralArticleId: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
  members: string[];
}

interface StoreView {
  articles: ArticleView[];
  stories: StoryView[];
}

async function allArticleIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset });
    ids.push(...page.items.map((a) => a.id));
    if (page.items.length < PAGE) break;
  }
  return ids.sort();
}

async function allStories(store: Store): Promise<StoryView[]> {
  const out: StoryView[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listStories({ limit: PAGE, offset, minArticles: 1 });
    for (const s of page.items) {
      const members = (await store.storyMembers(s.id)).sort();
      out.push({ id: s.id, title: s.title, centralArticleId: s.centralArticleId, firstSeen: s.firstSeen, lastSeen: s.lastSeen, articleCount: s.articleCount, members });
    }
    if (page.items.length < PAGE) break;
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function articleView(store: Store, id: string): Promise<ArticleView> {
  const related = await relatedArticles(store, id);
  assert.ok(related, `article ${id} is stored`);
  return {
    id,
    storyId: related.storyId,
    dupGroup: related.duplicateGroup?.id ?? "",
    earliestId: related.duplicateGroup?.earliestId ?? "",
    duplicates: related.duplicates.map((d) => d.id).sort(),
    storyMembers: related.storyMembers.map((m) => m.article.id),
    nearestStories: related.nearestStories.map((s) => s.id),
  };
}

async function viewOf(location: string): Promise<StoreView> {
  const store = await openStore(location);
  try {
    const articles: ArticleView[] = [];
    for (const id of await allArticleIds(store)) articles.push(await articleView(store, id));
    return { articles, stories: await allStories(store) };
  } finally {
    await store.close();
  }
}

function assertSucceeded(run: MarsadRun, what: string): void {
  assert.equal(run.code, 0, `${what}: ${run.stderr.slice(-2000)}`);
}

async function ingestSqlite(): Promise<string> {
  const db = freshStore("sqlite", work, "stories");
  assertSucceeded(await runMarsad(["ingest", corpus, "--db", db, "--workers", "0"]), "sqlite ingest");
  return db;
}

async function postgresWorkers(workers: number): Promise<{ db: string; jobs: number[] }> {
  const db = freshStore("postgres", work, `stories-${workers}`);
  assertSucceeded(await runMarsad(["enqueue", corpus, "--db", db]), "enqueue");
  // a small claim (--concurrency 2) spreads the jobs over the workers
  const runs = await Promise.all(Array.from({ length: workers }, () => runMarsad(["worker", "--drain", "--concurrency", "2", "--db", db, "--json"])));
  runs.forEach((run, k) => assertSucceeded(run, `worker ${k + 1} of ${workers}`));
  return { db, jobs: runs.map((run) => (JSON.parse(run.stdout) as { jobs: number }).jobs) };
}

/** The first difference between two views, named, so a failure says which article or story moved. */
function firstDifference(a: StoreView, b: StoreView): string | null {
  const storiesA = new Map(a.stories.map((s) => [s.id, s]));
  for (const s of b.stories) {
    const other = storiesA.get(s.id);
    if (!other) return `story ${s.id} (${s.title}, ${s.members.length} members) is only in the second run`;
    if (JSON.stringify(other) !== JSON.stringify(s)) return `story ${s.id} differs:\n${JSON.stringify(other)}\n${JSON.stringify(s)}`;
  }
  for (const s of a.stories) if (!b.stories.some((t) => t.id === s.id)) return `story ${s.id} (${s.title}, ${s.members.length} members) is only in the first run`;
  for (const [k, art] of a.articles.entries()) {
    if (JSON.stringify(art) !== JSON.stringify(b.articles[k])) return `article ${art.id} differs:\n${JSON.stringify(art)}\n${JSON.stringify(b.articles[k])}`;
  }
  return null;
}

test("SQLite, PostgreSQL with one worker and PostgreSQL with four workers give the same stories and ids", { timeout: 1_800_000 }, async () => {
  const sqlite = await viewOf(await ingestSqlite());
  assert.equal(sqlite.articles.length, size, "every line is stored");
  // the corpus has several stories and copies: a run that put everything in one story, or nothing together, is no comparison
  assert.ok(sqlite.stories.length >= 5, `${sqlite.stories.length} stories`);
  assert.ok(sqlite.stories.some((s) => s.members.length >= 4), "some story holds several articles");
  assert.ok(sqlite.articles.some((a) => a.duplicates.length > 0), "some copies are found");

  const one = await postgresWorkers(1);
  const pgOne = await viewOf(one.db);
  assert.equal(firstDifference(sqlite, pgOne), null, "SQLite and PostgreSQL with one worker differ");
  assert.deepEqual(pgOne, sqlite);

  const four = await postgresWorkers(4);
  assert.equal(four.jobs.reduce((x, y) => x + y, 0), size, `jobs per worker: ${four.jobs.join(" + ")}`);
  const pgFour = await viewOf(four.db);
  assert.equal(firstDifference(pgOne, pgFour), null, `PostgreSQL with one and four workers differ (jobs per worker: ${four.jobs.join(" + ")})`);
  assert.deepEqual(pgFour, pgOne);
});
