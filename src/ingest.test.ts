import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { handoverInInputOrder, ingestLocalInputs } from "./ingest.js";
import { openSqliteStore } from "./store/sqlite/sqlite-store.js";
import { openSqliteDatabase } from "./store/sqlite/sqlite-driver.js";

const CLI = fileURLToPath(new URL("./cli.js", import.meta.url));
const RUN = { concurrency: 2, now: null, maxBytes: 1024 * 1024 };

const CITIES = ["جدة", "الرياض", "الدمام", "مكة", "تبوك", "أبها"];
const TOPICS = ["افتتاح مدرسة جديدة", "صيانة الطرق", "مهرجان للكتاب", "حملة للتشجير", "معرض للسيارات"];

/** A short composed news text, different for every n. */
function page(n: number, edit = ""): string {
  const city = CITIES[n % CITIES.length]!;
  const topic = TOPICS[n % TOPICS.length]!;
  return `${topic} في ${city} رقم ${n}\n\nأعلنت أمانة ${city} عن ${topic} ضمن خطة العام، وقال المسؤول إن العمل رقم ${n} يبدأ الأسبوع المقبل.${edit}\n`;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "marsad-ingest-"));
}

describe("ingestLocalInputs", () => {
  it("with worker threads stores exactly what one thread stores, and records the same failures", async () => {
    const dir = tempDir();
    try {
      const inputs = join(dir, "in");
      mkdirSync(inputs);
      for (let i = 0; i < 12; i++) writeFileSync(join(inputs, `p${i}.txt`), page(i));
      writeFileSync(join(inputs, "empty.txt"), "   \n");
      const summaries = [];
      const articles = [];
      for (const workers of [0, 2]) {
        const store = await openSqliteStore(join(dir, `db${workers}.sqlite`));
        try {
          const s = await ingestLocalInputs(store, [inputs], { ...RUN, storedAt: "2026-01-01T00:00:00Z", workers });
          summaries.push([s.created, s.failed, s.failures.map((f) => [f.stage, f.code])]);
          const list = await store.listArticles({ limit: 100 });
          const read = await Promise.all(list.items.map(async (a) => { const full = (await store.getArticle(a.id))!; return [full.key, full.contentHash, full.entities, full.dates] as const; }));
          articles.push(read.sort((x, y) => (x[0] < y[0] ? -1 : 1)));
        } finally {
          await store.close();
        }
      }
      assert.deepEqual(summaries[1], summaries[0]);
      assert.equal(summaries[0]![0], 12);
      assert.deepEqual(articles[1], articles[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("hands pages over in ticket order whatever order they are ready in; a ticket that comes to nothing lets the next go", async () => {
    const order = handoverInInputOrder();
    const tickets = [order.take(), order.take(), order.take(), order.take()];
    const handed: number[] = [];
    const hand = async (t: number): Promise<void> => {
      await order.turn(t);
      handed.push(t);
      order.release(t);
    };
    const ready = [hand(tickets[3]!), hand(tickets[2]!), hand(tickets[0]!)];
    order.release(tickets[1]!); // skipped: stored before, or failed
    order.release(tickets[1]!); // released twice: no effect
    await Promise.all(ready);
    assert.deepEqual(handed, [0, 2, 3]);
  });

  it("with worker threads stores the pages in input order, however long each takes to read", async () => {
    const dir = tempDir();
    try {
      const inputs = join(dir, "in");
      mkdirSync(inputs);
      // the first pages are long (their worker is busy longest), the later ones short: without the handover
      // in input order the short pages were stored first
      for (let i = 0; i < 10; i++) writeFileSync(join(inputs, `p${i}.txt`), i < 3 ? page(i, "\n\n" + Array.from({ length: 150 }, (_, k) => page(100 + k)).join("\n")) : page(i));
      const orders: string[][] = [];
      for (const workers of [0, 2]) {
        const db = join(dir, `order${workers}.sqlite`);
        const store = await openSqliteStore(db);
        try {
          await ingestLocalInputs(store, [inputs], { ...RUN, storedAt: "2026-01-01T00:00:00Z", workers });
        } finally {
          await store.close();
        }
        const reader = openSqliteDatabase(db, { readonly: true });
        try {
          orders.push((reader.prepare("SELECT input FROM articles ORDER BY row").all() as { input: string }[]).map((r) => r.input.replace(/^.*\//, "")));
        } finally {
          reader.close();
        }
      }
      assert.deepEqual(orders[0], Array.from({ length: 10 }, (_, i) => `p${i}.txt`));
      assert.deepEqual(orders[1], orders[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stores each page once, skips it on a re-run, versions an edit and records failures", async () => {
    const dir = tempDir();
    try {
      const inputs = join(dir, "in");
      mkdirSync(inputs);
      for (let i = 0; i < 5; i++) writeFileSync(join(inputs, `p${i}.txt`), page(i));
      writeFileSync(join(inputs, "empty.txt"), "   \n");
      const store = await openSqliteStore(join(dir, "db.sqlite"));
      try {
        const first = await ingestLocalInputs(store, [inputs], { ...RUN, storedAt: "2026-01-01T00:00:00Z" });
        assert.equal(first.created, 5);
        assert.equal(first.failed, 1);
        assert.equal(first.failures[0]!.stage, "read");
        assert.match(first.failures[0]!.input, /empty\.txt$/);
        assert.equal((await store.listFailures()).length, 1);

        const again = await ingestLocalInputs(store, [inputs], { ...RUN, storedAt: "2026-01-02T00:00:00Z" });
        assert.equal(again.skipped, 5);
        assert.equal(again.created + again.updated, 0);

        writeFileSync(join(inputs, "p2.txt"), page(2, " وتم تعديل الخبر لاحقاً."));
        const edited = await ingestLocalInputs(store, [inputs], { ...RUN, storedAt: "2026-01-03T00:00:00Z" });
        assert.equal(edited.updated, 1);
        assert.equal(edited.skipped, 4);
        const hit = (await store.search({ q: "تعديل" })).hits[0]!;
        const stored = await store.getArticle(hit.article.id);
        assert.deepEqual(stored!.versions.map((v) => v.version), [1, 2]);
        assert.equal((await store.stats()).articles, 5);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("marsad ingest (process)", () => {
  it("killed with SIGKILL mid-run and run again: no duplicate, no half article", async () => {
    const dir = tempDir();
    const PAGES = 2000;
    try {
      const inputs = join(dir, "in");
      mkdirSync(inputs);
      for (let i = 0; i < PAGES; i++) writeFileSync(join(inputs, `p${String(i).padStart(5, "0")}.txt`), page(i));
      const db = join(dir, "db.sqlite");
      const child = spawn(process.execPath, [CLI, "ingest", inputs, "--db", db], { stdio: "ignore" });
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      let storedAtKill = -1;
      // watched until the first article is stored or the run ends, however slow a loaded machine is
      while (child.exitCode === null && child.signalCode === null) {
        try {
          const reader = openSqliteDatabase(db, { readonly: true });
          try {
            const n = (reader.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
            if (n >= 1) {
              child.kill("SIGKILL");
              storedAtKill = n;
              break;
            }
          } finally {
            reader.close();
          }
        } catch {
          // not created or not migrated yet
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      await exited;
      assert.ok(storedAtKill >= 1 && storedAtKill < PAGES, `killed mid-run (stored at kill: ${storedAtKill})`);

      const rerun = spawnSync(process.execPath, [CLI, "ingest", inputs, "--db", db, "--json"], { encoding: "utf8", timeout: 120_000 });
      assert.equal(rerun.status, 0, rerun.stderr);
      const summary = JSON.parse(rerun.stdout) as { created: number; skipped: number; failed: number };
      assert.equal(summary.failed, 0);
      assert.equal(summary.created + summary.skipped, PAGES);
      assert.ok(summary.skipped >= 1, "the re-run resumed");

      const reader = openSqliteDatabase(db, { readonly: true });
      try {
        const one = (sql: string) => (reader.prepare(sql).get() as { n: number }).n;
        assert.equal(one("SELECT count(*) AS n FROM articles"), PAGES);
        assert.equal(one("SELECT count(DISTINCT key) AS n FROM articles"), PAGES);
        assert.equal(one("SELECT count(*) AS n FROM article_versions"), PAGES, "one version each: nothing stored twice");
        assert.equal(one("SELECT count(*) AS n FROM inputs"), PAGES);
        assert.equal(one("SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH 'رقم'"), PAGES, "every article is indexed");
      } finally {
        reader.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
