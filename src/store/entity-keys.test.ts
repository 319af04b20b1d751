import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType } from "../types.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { nameKey } from "../understand/entities/merge.js";
import { entityKey, rekeyedEntityKeys } from "./entity-keys.js";

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

test("a key written under the normalized name is re-made as the entity's current key", () => {
  const old = NAMES.map(([type, name]) => `${type}:${normalizeArabic(name)}`);
  const rekeyed = new Map(rekeyedEntityKeys(old));
  NAMES.forEach(([type, name], i) => assert.equal(rekeyed.get(old[i]!) ?? old[i], entityKey({ type, name })));
});

test("nameKey of an Arabic name's key is the key: no key of a version-0 store maps to one that moves too", () => {
  for (const [, name] of NAMES.filter(([type]) => type !== "misc")) assert.equal(nameKey(nameKey(name)), nameKey(name), name);
});
