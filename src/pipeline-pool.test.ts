import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Worker } from "node:worker_threads";
import { BATCH_PAGES, nextBatch, PAGES_PER_WORKER, PipelinePool, readPageHere } from "./pipeline-pool.js";
import type { Page } from "./types.js";

const CITIES = ["جدة", "الرياض", "الدمام", "مكة", "تبوك"];

function page(n: number): Page {
  const city = CITIES[n % CITIES.length]!;
  return { input: `p${n}.txt`, url: null, kind: "text", charset: "utf-8", text: `افتتاح مدرسة في ${city} رقم ${n}\n\nأعلنت أمانة ${city} عن افتتاح المدرسة رقم ${n}، وقال المسؤول إن العمل يبدأ يوم الاثنين.\n` };
}

/** The pool's workers (private): a test kills one to see what becomes of the pages it held. */
function workersOf(pool: PipelinePool): Worker[] {
  return (pool as unknown as { slots: { worker: Worker }[] }).slots.map((s) => s.worker);
}

/** Kills the pool's one worker once it has replaced `dead` (the replacement is made when `dead` exits). */
async function killReplacementOf(pool: PipelinePool, dead: Worker): Promise<void> {
  while (workersOf(pool)[0] === dead) await new Promise((resolve) => setImmediate(resolve));
  await workersOf(pool)[0]!.terminate();
}

function fatalCodes(results: { issues: { fatal: boolean; code: string }[] }[]): (string | null)[] {
  return results.map((r) => r.issues.find((i) => i.fatal)?.code ?? null);
}

/** A page message as the pool sends it, for nextBatch. */
function held(n: number, alone: boolean, now: string | null = null) {
  return { id: n, page: page(n), options: { now }, alone };
}

describe("PipelinePool", () => {
  it("answers each page with its own result when every worker holds several", async () => {
    const pool = new PipelinePool(2);
    try {
      const pages = Array.from({ length: 2 * PAGES_PER_WORKER + 3 }, (_, n) => page(n));
      const results = await Promise.all(pages.map((p) => pool.read(p, { now: null })));
      const here = await Promise.all(pages.map((p) => readPageHere(p, { now: null })));
      assert.deepEqual(
        results.map((r) => r.value),
        here.map((r) => r.value),
      );
      assert.deepEqual(
        results.map((r) => r.prepared?.map((a) => a.input)),
        pages.map((p) => [p.input]),
      );
    } finally {
      await pool.close();
    }
  });

  it("a worker that dies holding a batch fails no page: each page it held is read again alone", async () => {
    const pool = new PipelinePool(1);
    try {
      const pages = Array.from({ length: PAGES_PER_WORKER + 2 }, (_, n) => page(n));
      const reads = pages.map((p) => pool.read(p, { now: null }));
      // still loading its modules: it holds its first PAGES_PER_WORKER pages, none read
      await workersOf(pool)[0]!.terminate();
      const results = await Promise.all(reads);
      assert.deepEqual(fatalCodes(results), pages.map(() => null));
      assert.deepEqual(
        results.map((r) => r.value),
        (await Promise.all(pages.map((p) => readPageHere(p, { now: null })))).map((r) => r.value),
      );
    } finally {
      await pool.close();
    }
  });

  it("a worker that dies reading a page alone fails that page only; the others are read", async () => {
    const pool = new PipelinePool(1);
    try {
      const pages = Array.from({ length: 5 }, (_, n) => page(n));
      const reads = pages.map((p) => pool.read(p, { now: null }));
      const first = workersOf(pool)[0]!;
      await first.terminate();
      // its replacement holds the five pages, each to be read alone, the first one oldest: it dies "reading" it
      await killReplacementOf(pool, first);
      const results = await Promise.all(reads);
      assert.deepEqual(fatalCodes(results), pages.map((_, n) => (n === 0 ? "understand-crashed" : null)));
      assert.deepEqual(
        results.slice(1).map((r) => r.value?.articles.length),
        pages.slice(1).map(() => 1),
      );
    } finally {
      await pool.close();
    }
  });
});

describe("nextBatch", () => {
  const cases: { name: string; held: ReturnType<typeof held>[]; batch: number[]; left: number[] }[] = [
    { name: "nothing held", held: [], batch: [], left: [] },
    { name: "the pages held, up to BATCH_PAGES", held: Array.from({ length: BATCH_PAGES + 3 }, (_, n) => held(n, false)), batch: Array.from({ length: BATCH_PAGES }, (_, n) => n), left: [BATCH_PAGES, BATCH_PAGES + 1, BATCH_PAGES + 2] },
    { name: "a page to read alone first: it alone", held: [held(0, true), held(1, false), held(2, false)], batch: [0], left: [1, 2] },
    { name: "the batch stops before a page to read alone", held: [held(0, false), held(1, false), held(2, true), held(3, false)], batch: [0, 1], left: [2, 3] },
    { name: "the batch stops before other options", held: [held(0, false, "2026-01-01"), held(1, false, "2026-01-01"), held(2, false, null)], batch: [0, 1], left: [2] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const messages = [...c.held];
      assert.deepEqual(nextBatch(messages).map((m) => m.id), c.batch);
      assert.deepEqual(messages.map((m) => m.id), c.left);
    });
  }
});
