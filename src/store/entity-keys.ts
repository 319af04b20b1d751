/**
 * The entity key the store writes on each entity row: `<type>:<nameKey of the name>` (understand/entities/merge.ts
 * nameKey: one key for the spellings of one name across articles, ترامب and ترمب, بوتين and بوتن), so the entity
 * list, an entity's page and an entity filter read one entity. When nameKey changes, ENTITY_KEY_VERSION goes up and a
 * store written with an older key re-keys its rows as it opens (SQLite and PostgreSQL `rekeyEntities`): each row's
 * key is re-made from the row's own type and name (`article_entities.type`, `.name`), as the writer makes it now,
 * so a key change may join two names' rows or part one old key's rows, and each article's spellings follow its row.
 */
import type { EntityType } from "../types.js";
import { nameKey } from "../understand/entities/merge.js";

export { ENTITY_KEY_VERSION } from "./entity-sql.js";

/** An entity's stored key: its type and the cross-article key of its name. */
export function entityKey(e: { type: EntityType; name: string }): string {
  return `${e.type}:${nameKey(e.name, e.type)}`;
}

/** An entity row's stored key with the type and name it was made from. */
export interface EntityKeyRow {
  key: string;
  type: EntityType;
  name: string;
}

/** The rows of `rows` whose current key (entityKey of their type and name) is not their stored one, with that key. */
export function rekeyedEntityRows(rows: readonly EntityKeyRow[]): (EntityKeyRow & { to: string })[] {
  const out: (EntityKeyRow & { to: string })[] = [];
  for (const row of rows) {
    const to = entityKey(row);
    if (to !== row.key) out.push({ ...row, to });
  }
  return out;
}

/**
 * The keys an article's spelling stored under a moved key `old` goes to: the one new key of the article's rows that
 * held `old`, or, when those rows part (`newKeys` holds several), the key of the spelling's own name among them
 * (every one of them when it is none: the spelling stays with its article's entities rather than being lost).
 */
export function spellingTargets(old: string, spelling: string, newKeys: readonly string[]): readonly string[] {
  if (newKeys.length <= 1) return newKeys;
  const type = old.slice(0, old.indexOf(":")) as EntityType;
  const own = `${type}:${nameKey(spelling, type)}`;
  return newKeys.includes(own) ? [own] : newKeys;
}

/** Each (article, old key) pair's new keys, from the moved rows' (article, old, new) triples. */
export function newKeysByArticle(triples: readonly { article_row: number | string; old: string; new: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of triples) {
    const at = `${t.article_row}\u0000${t.old}`;
    const keys = out.get(at) ?? out.set(at, []).get(at)!;
    if (!keys.includes(t.new)) keys.push(t.new);
  }
  return out;
}
