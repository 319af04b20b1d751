import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Entity } from "../../types.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { makeArticle, seed } from "../store.contract.js";
import { openSqliteDatabase } from "./sqlite-driver.js";
import { openSqliteStore } from "./sqlite-store.js";
import { ENTITY_KEY_VERSION, entityKey } from "../entity-keys.js";
import { nameKey } from "../../understand/entities/merge.js";
import type { SqliteDatabase } from "./sqlite-driver.js";

const entity = (type: Entity["type"], name: string): Entity => ({ type, name, mentions: [name], aliases: [] });

test("a store written under the normalized-name keys re-keys its entity rows as it opens: spellings of one name are one entity", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-entity-rekey-"));
  const path = join(dir, "s.sqlite");
  try {
    let store = await openSqliteStore(path);
    await seed(store, [
      makeArticle({ title: "ترامب يلتقي بوتين", body: "التقى دونالد ترامب فلاديمير بوتين.", entities: [entity("person", "دونالد ترامب"), entity("person", "فلاديمير بوتين")] }),
      makeArticle({ title: "ترمب في هلسنكي", body: "وصل دونالد ترمب إلى هلسنكي للقاء بوتن.", entities: [entity("person", "دونالد ترمب"), entity("location", "هلسنكي"), entity("person", "فلاديمير بوتن")] }),
    ]);
    const joined = await store.listEntities();
    assert.equal(joined.find((e) => e.name === "دونالد ترامب")?.articleCount, 2, "written under the current key");
    await store.close();
    // As written before entity-key version 1: each row keyed by its normalized name, one pair per spelling.
    const db = openSqliteDatabase(path);
    const rows = db.prepare("SELECT DISTINCT name, type FROM article_entities").all() as { name: string; type: string }[];
    db.exec("DELETE FROM entity_spellings; DELETE FROM entity_key_spellings; UPDATE entity_key_version SET version = 0");
    for (const r of rows) {
      const old = `${r.type}:${normalizeArabic(r.name)}`;
      db.prepare("UPDATE article_entities SET entity_key = ? WHERE name = ?").run(old, r.name);
      const pair = Number(db.prepare("INSERT INTO entity_key_spellings (entity_key, spelling) VALUES (?, ?)").run(old, normalizeArabic(r.name)).lastInsertRowid);
      db.prepare("INSERT INTO entity_spellings (article_row, pair_id) SELECT DISTINCT article_row, ? FROM article_entities WHERE name = ?").run(pair, r.name);
    }
    const keys = "SELECT count(DISTINCT entity_key) AS n FROM article_entities";
    assert.deepEqual(db.prepare(keys).all(), [{ n: 5 }]);
    db.close();
    store = await openSqliteStore(path);
    const entities = await store.listEntities();
    assert.deepEqual(entities.map((e) => [e.type, e.articleCount]).sort(), joined.map((e) => [e.type, e.articleCount]).sort());
    assert.equal(entities.find((e) => e.name === "فلاديمير بوتين" || e.name === "فلاديمير بوتن")?.articleCount, 2);
    assert.equal((await store.listEntities({ name: "دونالد ترمب" }))[0]?.articleCount, 2);
    assert.equal((await store.listArticles({ entities: ["دونالد ترامب"] })).total, 2);
    await store.close();
    const check = openSqliteDatabase(path);
    assert.deepEqual(check.prepare("SELECT version FROM entity_key_version").all(), [{ version: ENTITY_KEY_VERSION }]);
    assert.deepEqual(check.prepare(keys).all(), [{ n: 3 }]);
    assert.deepEqual(check.prepare("SELECT count(*) AS n FROM entity_key_spellings WHERE id NOT IN (SELECT pair_id FROM entity_spellings)").all(), [{ n: 0 }]);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Rewrites every entity row's key and its article's spellings as an older writer would have: `stale(row)` is the old key. */
function restale(db: SqliteDatabase, stale: (row: { type: string; name: string }) => string, version: number): void {
  const rows = db.prepare("SELECT article_row, ord, type, name FROM article_entities").all() as { article_row: number; ord: number; type: string; name: string }[];
  db.exec(`DELETE FROM entity_spellings; DELETE FROM entity_key_spellings; UPDATE entity_key_version SET version = ${version}`);
  for (const r of rows) {
    const old = stale(r);
    db.prepare("UPDATE article_entities SET entity_key = ? WHERE article_row = ? AND ord = ?").run(old, r.article_row, r.ord);
    const found = db.prepare("SELECT id FROM entity_key_spellings WHERE entity_key = ? AND spelling = ?").get(old, normalizeArabic(r.name)) as { id: number } | undefined;
    const pair = found?.id ?? Number(db.prepare("INSERT INTO entity_key_spellings (entity_key, spelling) VALUES (?, ?)").run(old, normalizeArabic(r.name)).lastInsertRowid);
    db.prepare("INSERT OR IGNORE INTO entity_spellings (article_row, pair_id) VALUES (?, ?)").run(r.article_row, pair);
  }
}

test("a store written under an older nameKey re-keys from its rows' names: spellings it kept apart join, names one stale key held part", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-entity-rekey-"));
  const path = join(dir, "s.sqlite");
  try {
    let store = await openSqliteStore(path);
    await seed(store, [
      makeArticle({ title: "جايسون ستاثام في لندن", body: "وصل جايسون ستاثام إلى لندن مع سايمون كويل.", entities: [entity("person", "جايسون ستاثام"), entity("location", "لندن"), entity("person", "سايمون كويل")] }),
      makeArticle({ title: "جيسون ستاثام يعود", body: "عاد جيسون ستاثام إلى لندن.", entities: [entity("person", "جيسون ستاثام"), entity("location", "لندن")] }),
    ]);
    const current = (await store.listEntities()).map((e) => [e.type, e.articleCount]).sort();
    await store.close();
    // Version 1 kept جايسون and جيسون apart and, as a made-up older key, held both persons of the first article under one key.
    const db = openSqliteDatabase(path);
    restale(db, (r) => (r.name === "سايمون كويل" ? "person:جايسن ستثم" : r.name === "جايسون ستاثام" ? "person:جايسن ستثم" : `${r.type}:${normalizeArabic(r.name)}`), 1);
    assert.deepEqual(db.prepare("SELECT count(DISTINCT entity_key) AS n FROM article_entities").all(), [{ n: 3 }]);
    const generation = "SELECT coalesce(sum(n), 0) AS n FROM store_changes";
    const before = (db.prepare(generation).get() as { n: number }).n;
    db.close();
    store = await openSqliteStore(path);
    assert.deepEqual((await store.listEntities()).map((e) => [e.type, e.articleCount]).sort(), current);
    assert.equal((await store.listEntities({ name: "جايسون ستاثام" }))[0]?.articleCount, 2);
    assert.equal((await store.listEntities({ name: "سايمون كويل" }))[0]?.articleCount, 1);
    assert.equal((await store.listArticles({ entities: ["جيسون ستاثام"] })).total, 2);
    assert.equal((await store.listArticles({ entities: ["سايمون كويل"] })).total, 1);
    await store.close();
    const check = openSqliteDatabase(path);
    assert.deepEqual(check.prepare("SELECT version FROM entity_key_version").all(), [{ version: ENTITY_KEY_VERSION }]);
    assert.deepEqual(check.prepare("SELECT count(DISTINCT entity_key) AS n FROM article_entities").all(), [{ n: 3 }]);
    assert.deepEqual(check.prepare("SELECT count(*) AS n FROM article_entities WHERE repeats_name = 1").all(), [{ n: 0 }]);
    assert.ok((check.prepare(generation).get() as { n: number }).n > before, "the re-key is a store change: kept searches are dropped");
    assert.deepEqual(check.prepare("SELECT count(*) AS n FROM entity_key_spellings WHERE id NOT IN (SELECT pair_id FROM entity_spellings)").all(), [{ n: 0 }]);
    const keysOfSpelling = check.prepare("SELECT p.entity_key AS k FROM entity_key_spellings p WHERE p.spelling = ?");
    assert.deepEqual(keysOfSpelling.all(normalizeArabic("سايمون كويل")), [{ k: entityKey({ type: "person", name: "سايمون كويل" }) }]);
    assert.deepEqual(keysOfSpelling.all(normalizeArabic("جايسون ستاثام")), [{ k: entityKey({ type: "person", name: "جيسون ستاثام" }) }]);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a store written under entity-key version 2 re-keys as it opens: a headed name joins its bare name (حركة حماس, حماس), a club named for a city stays apart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-entity-rekey-"));
  const path = join(dir, "s.sqlite");
  try {
    let store = await openSqliteStore(path);
    await seed(store, [
      makeArticle({ title: "حركة حماس ترد", body: "قالت حركة حماس إن الوفد وصل إلى مخيم الزعتري ونادي نجران.", entities: [entity("organization", "حركة حماس"), entity("location", "مخيم الزعتري"), entity("organization", "نادي نجران")] }),
      makeArticle({ title: "حماس في القاهرة", body: "وصل وفد حماس إلى الزعتري ثم إلى نجران.", entities: [entity("organization", "حماس"), entity("location", "الزعتري"), entity("location", "نجران")] }),
    ]);
    const current = (await store.listEntities()).map((e) => [e.type, e.articleCount]).sort();
    await store.close();
    // Version 2 kept every head in the key (no head is left out under the type misc).
    const db = openSqliteDatabase(path);
    restale(db, (r) => `${r.type}:${nameKey(r.name, "misc")}`, 2);
    assert.deepEqual(db.prepare("SELECT count(DISTINCT entity_key) AS n FROM article_entities").all(), [{ n: 6 }]);
    db.close();
    store = await openSqliteStore(path);
    assert.deepEqual((await store.listEntities()).map((e) => [e.type, e.articleCount]).sort(), current);
    assert.equal((await store.listEntities({ name: "حماس" }))[0]?.articleCount, 2);
    assert.equal((await store.listArticles({ entities: ["حركة حماس"] })).total, 2);
    assert.equal((await store.listArticles({ entities: ["الزعتري"] })).total, 2);
    assert.equal((await store.listEntities({ name: "نادي نجران" }))[0]?.articleCount, 1);
    await store.close();
    const check = openSqliteDatabase(path);
    assert.deepEqual(check.prepare("SELECT version FROM entity_key_version").all(), [{ version: ENTITY_KEY_VERSION }]);
    assert.deepEqual(check.prepare("SELECT count(DISTINCT entity_key) AS n FROM article_entities").all(), [{ n: 4 }]);
    const keysOfSpelling = check.prepare("SELECT p.entity_key AS k FROM entity_key_spellings p WHERE p.spelling = ?");
    assert.deepEqual(keysOfSpelling.all(normalizeArabic("حركة حماس")), [{ k: entityKey({ type: "organization", name: "حماس" }) }]);
    assert.deepEqual(check.prepare("SELECT count(*) AS n FROM entity_key_spellings WHERE id NOT IN (SELECT pair_id FROM entity_spellings)").all(), [{ n: 0 }]);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a store written under entity-key version 4 re-keys as it opens: a foreign club with its country's nisba joins the club (ريال مدريد الإسباني, ريال مدريد), a town's club keeps it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-entity-rekey-"));
  const path = join(dir, "s.sqlite");
  try {
    let store = await openSqliteStore(path);
    await seed(store, [
      makeArticle({ title: "ريال مدريد الإسباني يفوز", body: "فاز ريال مدريد الإسباني على يوفنتوس الإيطالي، وتعادل برشلونة الإسباني.", entities: [entity("organization", "ريال مدريد الإسباني"), entity("organization", "يوفنتوس الإيطالي"), entity("organization", "برشلونة الإسباني")] }),
      makeArticle({ title: "ريال مدريد يتعاقد", body: "تعاقد ريال مدريد مع لاعب يوفنتوس، وخسر برشلونة.", entities: [entity("organization", "ريال مدريد"), entity("organization", "يوفنتوس"), entity("organization", "برشلونة")] }),
    ]);
    const current = (await store.listEntities()).map((e) => [e.type, e.articleCount]).sort();
    await store.close();
    // Version 4 kept the nisba in the key (the nisba rule reads organizations only, not misc).
    const db = openSqliteDatabase(path);
    restale(db, (r) => `${r.type}:${nameKey(r.name, "misc")}`, 4);
    assert.deepEqual(db.prepare("SELECT count(DISTINCT entity_key) AS n FROM article_entities").all(), [{ n: 6 }]);
    db.close();
    store = await openSqliteStore(path);
    assert.deepEqual((await store.listEntities()).map((e) => [e.type, e.articleCount]).sort(), current);
    assert.equal((await store.listEntities({ name: "ريال مدريد" }))[0]?.articleCount, 2);
    assert.equal((await store.listArticles({ entities: ["يوفنتوس الإيطالي"] })).total, 2);
    assert.equal((await store.listEntities({ name: "برشلونة الإسباني" }))[0]?.articleCount, 1);
    await store.close();
    const check = openSqliteDatabase(path);
    assert.deepEqual(check.prepare("SELECT version FROM entity_key_version").all(), [{ version: ENTITY_KEY_VERSION }]);
    assert.deepEqual(check.prepare("SELECT count(DISTINCT entity_key) AS n FROM article_entities").all(), [{ n: 4 }]);
    const keysOfSpelling = check.prepare("SELECT p.entity_key AS k FROM entity_key_spellings p WHERE p.spelling = ?");
    assert.deepEqual(keysOfSpelling.all(normalizeArabic("ريال مدريد الإسباني")), [{ k: entityKey({ type: "organization", name: "ريال مدريد" }) }]);
    assert.deepEqual(check.prepare("SELECT count(*) AS n FROM entity_key_spellings WHERE id NOT IN (SELECT pair_id FROM entity_spellings)").all(), [{ n: 0 }]);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
