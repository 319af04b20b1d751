import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType } from "../types.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { nameKey } from "../understand/entities/merge.js";
import { entityKey, rekeyedEntityRows } from "./entity-keys.js";

const NAMES: [EntityType, string][] = [
  ["person", "دونالد ترامب"],
  ["person", "فلاديمير بوتن"],
  ["person", "بنيامين نتانياهو"],
  ["location", "الولايات المتحدة الأميركية"],
  ["location", "السعودية"],
  ["organization", "وزارة الشؤون الاجتماعية"],
  ["person", "محمد بن سلمان"],
  ["location", "كابول"],
  ["misc", "Pashinyan"],
];

test("a row keyed under the normalized name is re-made as the entity's current key from its type and name", () => {
  const rows = NAMES.map(([type, name]) => ({ key: `${type}:${normalizeArabic(name)}`, type, name }));
  const moved = new Map(rekeyedEntityRows(rows).map((r) => [r.name, r.to]));
  for (const r of rows) assert.equal(moved.get(r.name) ?? r.key, entityKey(r), r.name);
});

test("rows under one stale key part when their names' current keys differ; a current row does not move", () => {
  const stale = "person:جايسون";
  const rows = [
    { key: stale, type: "person" as const, name: "جايسون ستاثام" },
    { key: stale, type: "person" as const, name: "سايمون كويل" },
    { key: entityKey({ type: "person", name: "غرايام بوتر" }), type: "person" as const, name: "غرايام بوتر" },
  ];
  assert.deepEqual(
    rekeyedEntityRows(rows).map((r) => r.to),
    [entityKey({ type: "person", name: "جيسون ستاثام" }), entityKey({ type: "person", name: "سيمون كويل" })],
  );
});

test("nameKey of an Arabic name's key is the key: no key of a version-0 store maps to one that moves too", () => {
  for (const [, name] of NAMES.filter(([type]) => type !== "misc")) assert.equal(nameKey(nameKey(name)), nameKey(name), name);
});
