import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { openSqliteStore } from "./sqlite-store.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import type { Store } from "../store.js";
import { makeArticle } from "../store.contract.js";

const STORED_AT = "2026-01-05T00:00:00Z";
const BODIES = [
  "مستشفى المدينة يستقبل المرضى. مستقبل القطاع الصحي غامض.",
  "مستشفى جديد في الرياض. مستوى الخدمة مرتفع.",
  "مستقبل الاقتصاد. مستوى الأسعار في السوق.",
  "مستشفى الأطفال يفتح أبوابه. العمل مستمر.",
];

async function store(s: Store, n: number, body: string): Promise<void> {
  const article = makeArticle({ title: `خبر رقم ${n}`, body, url: `https://test.example/news/${n}` });
  await s.upsertPages([{ articles: [{ input: `in${n}`, index: 0, article }] }], { storedAt: STORED_AT });
}

const prefixForms = async (s: Store, prefix: string, limit: number) => (await s.search({ q: `${prefix}*`, prefixForms: limit })).cappedPrefixes[0]?.forms ?? [];

function tables(path: string): { stats: unknown[]; pending: number; counted: unknown[] } {
  const db = openSqliteDatabase(path);
  db.exec("CREATE VIRTUAL TABLE temp.form_instances USING fts5vocab(main, article_fts, instance)");
  const stats = db.prepare("SELECT form, df FROM form_stats ORDER BY form").all();
  const counted = db.prepare("SELECT term AS form, count(DISTINCT doc) AS df FROM temp.form_instances WHERE col IN ('title_n', 'body_n') GROUP BY term ORDER BY term").all();
  const pending = (db.prepare("SELECT count(*) AS n FROM form_pending").get() as { n: number }).n;
  db.close();
  return { stats, pending, counted };
}

test("form_stats changes wait in form_pending, count in prefix searches, and fold at close and refreshStatistics into the same form_stats", async () => {
  const dir = mkdtempSync(join(tmpdir(), "form-pending-"));
  const path = join(dir, "s.sqlite");
  try {
    let s = await openSqliteStore(path);
    for (const [i, body] of BODIES.entries()) await store(s, i, body);
    const before = await prefixForms(s, "مست", 2);
    assert.deepEqual(before, ["مستشفى", "مستقبل"].map(normalizeArabic));
    await s.close();
    let t = tables(path);
    assert.equal(t.pending, 0, "folded at close");
    assert.deepEqual(t.stats, t.counted);

    // written again over a folded form_stats: the replaced version's forms taken away while pending
    s = await openSqliteStore(path);
    await store(s, 0, "ارتفع منسوب المياه في السد.");
    await store(s, 4, "مستوى المياه في السد مستقر.");
    const pendingAnswer = await prefixForms(s, "مست", 3);
    assert.deepEqual(pendingAnswer, ["مستوى", "مستشفى", "مستقبل"].map(normalizeArabic), "مستوى in 3 articles now, مستشفى and مستقبل in 2");
    assert.ok(tables(path).pending > 0);
    // as a process killed now leaves the files: the pending changes were committed with their articles
    const crashed = join(dir, "crashed.sqlite");
    for (const suffix of ["", "-wal"]) copyFileSync(path + suffix, crashed + suffix);
    const reopened = await openSqliteStore(crashed);
    assert.ok(tables(crashed).pending > 0);
    assert.deepEqual(await prefixForms(reopened, "مست", 3), pendingAnswer, "the same answer from the killed process's files");
    await reopened.close();
    await s.refreshStatistics();
    t = tables(path);
    assert.equal(t.pending, 0, "folded at the end of an ingest");
    assert.deepEqual(await prefixForms(s, "مست", 3), pendingAnswer);
    await s.close();
    const kept = t.stats.filter((r) => (r as { df: number }).df > 0);
    assert.deepEqual(kept, t.counted, "every form's count as the index has it");
    assert.ok(t.stats.some((r) => (r as { form: string; df: number }).form === normalizeArabic("يستقبل") && (r as { df: number }).df === 0), "a form no longer in any article keeps its row, at 0");
    s = await openSqliteStore(path);
    assert.deepEqual(await prefixForms(s, "مست", 3), pendingAnswer, "the same answer folded");
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
