import { test } from "node:test";
import assert from "node:assert/strict";
import { repeatsName } from "./entity-sql.js";
import { entityKey } from "./entity-keys.js";

test("repeatsName flags an entity whose normalized name an earlier entity of the article gave", () => {
  const names = ["سلمى الحارثي", "وادي الريم", "سلمي الحارثي", "الوادي", "سلمى الحارثي"];
  assert.deepEqual(repeatsName(names.map((name, i) => entityKey({ type: i % 2 ? "location" : "person", name }))), [0, 0, 1, 0, 1]);
  assert.deepEqual(repeatsName([]), []);
});
