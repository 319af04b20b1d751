import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Worker } from "node:worker_threads";
import { PAGES_PER_WORKER, PipelinePool, readPageHere } from "./pipeline-pool.js";
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

  it("a worker that dies fails only the page it was reading; the pages it held are read by its replacement", async () => {
    const pool = new PipelinePool(1);
    try {
      const pages = Array.from({ length: PAGES_PER_WORKER + 2 }, (_, n) => page(n));
      const reads = pages.map((p) => pool.read(p, { now: null }));
      await workersOf(pool)[0]!.terminate();
      const results = await Promise.all(reads);
      assert.deepEqual(
        results.map((r) => r.issues.find((i) => i.fatal)?.code ?? null),
        pages.map((_, n) => (n === 0 ? "understand-crashed" : null)),
      );
      assert.deepEqual(
        results.slice(1).map((r) => r.value?.articles.length),
        pages.slice(1).map(() => 1),
      );
    } finally {
      await pool.close();
    }
  });
});
