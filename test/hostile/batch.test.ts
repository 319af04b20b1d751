/**
 * One hostile batch through `marsad ingest` and `marsad extract` on both backends, and a
 * 100,000-item feed: every batch finishes, each bad input is named with its reason, the good ones
 * are stored and found, and the run keeps within a JS heap of ten times its largest input plus
 * 100 MB (run-marsad.ts `heapBudgetMb`; its peak RSS is reported beside the test).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { lstatSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/store.js";
import { composeArticle, hundredThousandItemFeed, writeHostileBatch, type HostileInput } from "./generate.js";
import { assertBuilt, dropSchemas, freshStore, heapBudgetMb, MB, runMarsad, type Backend, type MarsadRun } from "./run-marsad.js";

let work: string;
let batch: string;
let manifest: HostileInput[];
let largest = 0;

before(() => {
  assertBuilt();
  work = mkdtempSync(join(tmpdir(), "marsad-hostile-"));
  batch = join(work, "batch");
  manifest = writeHostileBatch(batch);
  for (const input of manifest) {
    const info = lstatSync(join(batch, input.name.replace(/#\d+$/, "")));
    if (info.isFile()) largest = Math.max(largest, info.size);
  }
});

after(async () => {
  rmSync(work, { recursive: true, force: true });
  await dropSchemas();
});

/** The run did not run out of its heap budget; its peak RSS goes to the test's report. */
function assertWithinHeap(t: { diagnostic(message: string): void }, run: MarsadRun, budgetMb: number): void {
  t.diagnostic(`heap limit ${budgetMb} MB; peak RSS ${Math.round(run.peakRss / MB)} MB`);
  assert.ok(!run.outOfMemory, `out of its ${budgetMb} MB heap budget\n${run.stderr.slice(-2000)}`);
}

for (const backend of ["sqlite", "postgres"] as Backend[]) {
  test(`ingest of the hostile batch on ${backend}: finishes, names each bad input, stores the good ones, within its heap budget`, { timeout: 900_000 }, async (t) => {
    const db = freshStore(backend, work, "batch");
    const run = await runMarsad(["ingest", batch, "--db", db, "--now", "2026-11-30T12:00:00Z"], { heapLimitMb: heapBudgetMb(largest) });
    assertWithinHeap(t, run, heapBudgetMb(largest));
    assert.equal(run.code, 1, `some inputs fail, so exit 1\n${run.stderr.slice(-3000)}`);
    for (const input of manifest.filter((i) => i.expect.outcome === "refused")) {
      const code = (input.expect as { code: string }).code;
      assert.ok(run.stderr.includes(`${join(batch, input.name)}:`) && run.stderr.includes(`[${code}]`), `${input.name} named with ${code}\n${run.stderr.slice(-3000)}`);
    }
    const store = await openStore(db);
    try {
      for (const input of manifest.filter((i) => i.expect.outcome === "stored")) {
        const word = (input.expect as { word: string }).word;
        const found = await store.search({ q: word, limit: 100, collapseDuplicates: false });
        assert.ok(found.hits.some((h) => h.article.key.startsWith(join(batch, input.name))), `${input.name} stored and found by «${word}»: ${found.total} ${JSON.stringify(await store.stats())} ${run.stderr.slice(-1500)} ${found.hits.map((h) => h.article.key).join(", ")}`);
      }
      const failures = await store.listFailures();
      assert.deepEqual(failures.map((f) => f.input).sort(), manifest.filter((i) => i.expect.outcome === "refused").map((i) => join(batch, i.name)).sort());
      const nul = await store.search({ q: "مياه" });
      assert.doesNotMatch(JSON.stringify(nul.hits), /\\u0000/, "no NUL stored");
    } finally {
      await store.close();
    }
  });
}

test("extract of the hostile batch: finishes, prints the good pages, names the bad ones, within its heap budget", { timeout: 900_000 }, async (t) => {
  const run = await runMarsad(["extract", batch, "--jsonl"], { heapLimitMb: heapBudgetMb(largest) });
  assertWithinHeap(t, run, heapBudgetMb(largest));
  assert.equal(run.code, 1);
  const printed = run.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { input: string }).input);
  for (const input of manifest) {
    const path = join(batch, input.name);
    if (input.expect.outcome === "stored") assert.ok(printed.includes(path), `${input.name} printed`);
    else assert.match(run.stderr, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:.*\\[${input.expect.code}\\]`));
  }
});

describe("a feed of 100,000 items", () => {
  let server: Server;
  let origin: string;
  let feed: string;

  before(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0]!;
      if (path === "/robots.txt") return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /blocked/\n");
      if (path === "/feed.xml") return res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(feed);
      const news = /^\/news\/(\d+)$/.exec(path);
      if (news) return res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(composeArticle(Number(news[1]), 11).text);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    feed = hundredThousandItemFeed(origin);
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test("is read through: its ten allowed items stored, the others refused by robots.txt, within its heap budget", { timeout: 900_000 }, async (t) => {
    const db = freshStore("sqlite", work, "feed");
    const budgetMb = heapBudgetMb(Buffer.byteLength(feed));
    const run = await runMarsad(["ingest", `${origin}/feed.xml`, "--db", db, "--allow-private", "--host-interval", "0", "--concurrency", "8"], { heapLimitMb: budgetMb });
    assertWithinHeap(t, run, budgetMb);
    assert.equal(run.code, 1, run.stderr.slice(-2000));
    assert.match(run.stderr, /feed with 100000 entries/);
    const store = await openStore(db);
    try {
      const stats = await store.stats();
      const unexpected = (await store.listFailures({ limit: 100_000 })).filter((f) => f.code !== "robots-disallowed").map((f) => f.reason);
      assert.deepEqual(unexpected, [], "only the disallowed items fail");
      assert.equal(stats.articles, 10);
      assert.equal(stats.failures, 99_990);
    } finally {
      await store.close();
    }
  });
});
