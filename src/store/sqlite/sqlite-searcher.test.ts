import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SQLITE_MIGRATIONS } from "./migrations.js";
import { openSqliteSearcher, SQLITE_SCHEMA } from "./sqlite-searcher.js";
import { openSqliteStore } from "./sqlite-store.js";
import { makeArticle, seed } from "../store.contract.js";
import type { SearchQuery } from "../store.js";

test("SQLITE_SCHEMA names the migrations' count and last version", () => {
  assert.equal(SQLITE_SCHEMA.migrations, SQLITE_MIGRATIONS.length);
  assert.equal(SQLITE_SCHEMA.lastVersion, Math.max(...SQLITE_MIGRATIONS.map((m) => m.version)));
});

test("a store opened for searching answers every search as the store does", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-searcher-"));
  try {
    const path = join(dir, "s.sqlite");
    const store = await openSqliteStore(path);
    await seed(store, [
      makeArticle({ title: "وزير الخارجية يزور الرياض", body: "قال وزير الخارجية إن المحادثات في الرياض تناولت الأمطار والسيول في جدة.", publishedAt: "2025-11-01T08:00:00Z" }),
      makeArticle({ title: "سيول في جدة", body: "أغلقت السيول طرقا في جدة وأعلنت الوزارة تعليق الدراسة بسبب الأمطار الغزيرة.", source: { name: "صحيفة أخرى", domain: "other.example" } }),
      makeArticle({ title: "مباراة كرة القدم", body: "فاز الفريق في المباراة الأخيرة من الموسم والمدرب راض عن اللاعبين.", publishedAt: "2025-10-03T08:00:00Z" }),
    ]);
    const searcher = await openSqliteSearcher(path);
    assert.ok(searcher, "a migrated store opens for searching");
    const base = { limit: 10, offset: 0, collapseDuplicates: true } as const;
    const queries: SearchQuery[] = [
      { ...base, q: "جدة" },
      { ...base, q: "وزير الخارجية", facets: ["source", "day", "entity"] },
      { ...base, q: "الأمطار OR المباراة", sources: ["other.example"] },
      { ...base, q: "سي*", since: "2025-11-01" },
      { ...base, q: "غائب تماما" },
    ];
    for (const q of queries) assert.deepEqual(await searcher!.search(q), await store.search(q), q.q);
    await searcher!.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a file whose schema is not current is left to the full store (null), unchanged", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-searcher-"));
  try {
    const empty = join(dir, "empty.sqlite");
    writeFileSync(empty, "");
    assert.equal(await openSqliteSearcher(empty), null);
    const store = await openSqliteStore(empty);
    await store.close();
    assert.ok(await openSqliteSearcher(empty), "migrated by the full store, then opened for searching");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
