import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES, rssOf, startHostileSite, type HostileSite } from "../acquire/http/hostile-site.js";
import { openStore } from "../store/store.js";
import { splitWebSources } from "./web-sources.js";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
let site: HostileSite;
let dir: string;

/** Runs the CLI in a child process (async, so this process's test server keeps answering). */
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args, ...(args[0] === "extract" ? [] : ["--host-interval", "0"])], { env: { ...process.env, MARSAD_ALLOW_PRIVATE: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function storedTitles(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const list = await store.listArticles({ limit: 100 });
    return list.items.map((a) => a.title).sort();
  } finally {
    await store.close();
  }
}

before(async () => {
  site = await startHostileSite();
  dir = await mkdtemp(join(tmpdir(), "marsad-web-cli-"));
});
after(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe("marsad extract <url>", () => {
  test("a loopback URL without --allow-private is refused, saying why", async () => {
    const r = await runCli(["extract", site.url("/articles/1")]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /was refused by marsad's safety rules/);
    assert.match(r.stderr, /127\.0\.0\.1 is a loopback address; pass --allow-private/);
    assert.equal(site.hits.get("/articles/1") ?? 0, 0);
  });

  test("with --allow-private the page is fetched and extracted", async () => {
    const r = await runCli(["extract", "--allow-private", "--json", site.url("/articles/1")]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { input: string; articles: { title: string; body: string; url: string | null }[] };
    assert.equal(out.input, site.url("/articles/1"));
    assert.equal(out.articles[0]?.title, ARTICLES["1"]!.title);
    assert.match(out.articles[0]?.body ?? "", /منسوب مياه النهر/);
  });

  test("MARSAD_ALLOW_PRIVATE=1 works too; --ignore-robots says so", async () => {
    const r = await runCli(["extract", "--ignore-robots", "--jsonl", site.url("/private/secret")], { MARSAD_ALLOW_PRIVATE: "1" });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /robots\.txt is being ignored/);
  });
});

describe("marsad ingest <feed>", () => {
  test("stores the feed's articles; a re-run stores nothing new", async () => {
    const db = join(dir, "ingest.sqlite");
    const first = await runCli(["ingest", "--allow-private", "--db", db, "--json", site.url("/feeds/main.xml")]);
    assert.equal(first.code, 0, first.stderr);
    const s1 = JSON.parse(first.stdout) as { created: number; failed: number };
    assert.equal(s1.created, 2);
    assert.deepEqual(await storedTitles(db), [ARTICLES["1"]!.title, ARTICLES["2"]!.title].sort());
    const pageHits = () => [...site.hits].filter(([path]) => path.startsWith("/articles/")).reduce((n, [, hits]) => n + hits, 0);
    const fetchedBefore = pageHits();
    const again = await runCli(["ingest", "--allow-private", "--db", db, "--json", site.url("/feeds/main.xml")]);
    const s2 = JSON.parse(again.stdout) as { created: number; updated: number; skipped: number };
    assert.equal(s2.created, 0);
    assert.equal(s2.updated, 0);
    assert.equal(s2.skipped, 2);
    assert.equal(pageHits(), fetchedBefore, "known item URLs are skipped before fetching");
  });

  test("an OPML file and a sitemap index in one run, failures recorded", async () => {
    const db = join(dir, "opml.sqlite");
    const opml = join(dir, "list.opml");
    await writeFile(opml, `<opml version="2.0"><body><outline type="rss" text="x" xmlUrl="${site.url("/feeds/broken.xml")}"/><outline type="rss" text="y" xmlUrl="${site.url("/feeds/gone.xml")}"/></body></opml>`);
    const r = await runCli(["ingest", "--allow-private", "--db", db, "--json", opml, site.url("/sitemap-index.xml")]);
    const s = JSON.parse(r.stdout) as { created: number; failed: number };
    assert.equal(s.created, 3);
    assert.equal(s.failed, 1);
    assert.match(r.stderr, /feeds\/gone\.xml: answered with an HTTP error status/);
    assert.equal(r.code, 1);
  });

  test("local pages and web sources are told apart", async () => {
    const list = join(dir, "urls.txt");
    const page = join(dir, "page.txt");
    await writeFile(list, "https://a.example/1\nhttps://a.example/2\n");
    await writeFile(page, "عنوان الخبر\nنص الخبر فيه رابط https://a.example/1 داخل الجملة.\n");
    assert.deepEqual(await splitWebSources([page, list, "https://b.example/feed", "-"]), { web: [list, "https://b.example/feed"], local: [page, "-"] });
  });
});

describe("marsad watch", () => {
  test("picks up a new item at the next poll, and resumes from saved state after a restart", async () => {
    let polls = 0;
    site.route("/feeds/watched.xml", (_req, res) => {
      polls++;
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rssOf(polls === 1 ? ["1"] : ["1", "3"]));
    });
    const feeds = join(dir, "feeds.txt");
    await writeFile(feeds, `# اختبار\n${site.url("/feeds/watched.xml")}\n`);
    const db = join(dir, "watch.sqlite");
    const r = await runCli(["watch", "--allow-private", "--feeds", feeds, "--db", db, "--interval", "200ms", "--polls", "2"]);
    assert.equal(r.code, 0, r.stderr);
    const pollLines = r.stderr.split("\n").filter((l) => l.includes("/feeds/watched.xml 200"));
    assert.equal(pollLines.length, 2, r.stderr);
    assert.match(pollLines[0]!, /1 items 1 new/);
    assert.match(pollLines[1]!, /2 items 1 new/);
    assert.deepEqual(await storedTitles(db), [ARTICLES["1"]!.title, ARTICLES["3"]!.title].sort());

    const hitsBefore = site.hits.get("/articles/3") ?? 0;
    const restart = await runCli(["watch", "--allow-private", "--feeds", feeds, "--db", db, "--interval", "200ms", "--polls", "1"]);
    assert.equal(restart.code, 0, restart.stderr);
    assert.match(restart.stderr, /2 items 0 new/);
    assert.equal(site.hits.get("/articles/3") ?? 0, hitsBefore, "a taken item is not fetched again");
    assert.equal(existsSync(`${db}.feeds.json`), false, "feed state lives in the store, not in a file beside it");
  });

  test("without network the shipped feeds are skipped with a warning", async () => {
    const db = join(dir, "default.sqlite");
    // An unresolvable proxy-free environment: every shipped feed fails its DNS lookup or connection.
    const r = await runCli(["watch", "--db", db, "--polls", "1", "--timeout", "3"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /watching the \d+ shipped Arabic news feeds/);
    const warnings = r.stderr.split("\n").filter((l) => l.includes("warning:") && l.includes("skipped, retried in"));
    assert.ok(warnings.length >= 1, r.stderr);
  });
});
