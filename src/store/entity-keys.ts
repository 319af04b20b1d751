/**
 * The entity key the store writes on each entity row: `<type>:<nameKey of the name>` (understand/entities/merge.ts
 * nameKey: one key for the spellings of one name across articles, ترامب and ترمب, بوتين and بوتن), so the entity
 * list, an entity's page and an entity filter read one entity. When nameKey changes, ENTITY_KEY_VERSION goes up and a
 * store written with an older key re-keys its rows as it opens (SQLite and PostgreSQL `rekeyEntities`). A version-0
 * key is re-made from the key alone (its type and the normalized name it holds); a later version would re-make keys
 * from the rows' names (`article_entities.name`), since a nameKey is not a name (`latin:…`, skeletons).
 */
import type { EntityType } from "../types.js";
import { nameKey } from "../understand/entities/merge.js";
import { keyName } from "./entity-sql.js";

export { ENTITY_KEY_VERSION } from "./entity-sql.js";

/** An entity's stored key: its type and the cross-article key of its name. */
export function entityKey(e: { type: EntityType; name: string }): string {
  return `${e.type}:${nameKey(e.name)}`;
}

/** The pairs (version-0 key, current key) of `keys` whose current key differs: what a store written before re-keys. */
export function rekeyedEntityKeys(keys: readonly string[]): [from: string, to: string][] {
  const out: [string, string][] = [];
  for (const key of keys) {
    const to = currentKey(key);
    if (to !== key) out.push([key, to]);
  }
  return out;
}

/** The current key of a version-0 key; nameKey of an Arabic name's key is itself (a test asserts it), so no key maps to one that moves too. */
function currentKey(key: string): string {
  return `${key.slice(0, key.indexOf(":"))}:${nameKey(keyName(key))}`;
}
