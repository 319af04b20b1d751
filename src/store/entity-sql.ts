/**
 * The store's entity list, in SQL both SQLite and PostgreSQL run. Rules:
 * - Rows keep each article's entity as it was recognized (`type:normalized name` keys); the one
 *   entity per normalized name is a read-side fold, so no stored record changes.
 * - A name's one type is the type its head word names, otherwise the type most of its articles give
 *   it (ties in merge.ts TYPE_ORDER): majorityType, as the home page's lists and stories decide it.
 * - Its shown name is the smallest name stored for it; its spellings are those of every typed key.
 * - Order: most articles first, then the normalized name.
 */
import type { EntityType } from "../types.js";
import { majorityType } from "../understand/entities/merge.js";
import type { SqlReader } from "./connect-sql.js";
import type { EntitySummary } from "./store.js";

const ENTITY_TYPES: readonly EntityType[] = ["person", "location", "organization", "misc"];

/** The normalized name of an `entity_key` (`type:name`; a type holds no colon). */
export function keyName(entityKey: string): string {
  return entityKey.slice(entityKey.indexOf(":") + 1);
}

/** Every typed key a normalized name can be stored under. */
function typedKeys(name: string): string[] {
  return ENTITY_TYPES.map((t) => `${t}:${name}`);
}

/** SQL for the normalized name of the `article_entities` row aliased `alias`. */
export function entityNameSql(alias: string): string {
  return `substr(${alias}.entity_key, length(${alias}.type) + 2)`;
}

type NameRow = { norm: string; name: string; n: number } & Record<EntityType, number>;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/**
 * Entities most mentioned first, one per normalized name; when `keys` is given (entity keys of any
 * type), only the names those keys carry.
 */
export async function readEntitySummaries(db: SqlReader, keys: readonly string[] | null, limit: number): Promise<EntitySummary[]> {
  const filterKeys = keys ? [...new Set(keys.map(keyName))].flatMap(typedKeys) : null;
  if (filterKeys?.length === 0) return [];
  const votes = ENTITY_TYPES.map((t) => `CAST(count(DISTINCT CASE WHEN e.type = '${t}' THEN e.article_row END) AS integer) AS ${t}`).join(",\n      ");
  const rows = await db.all<NameRow>(
    `SELECT ${entityNameSql("e")} AS norm, min(e.name) AS name, CAST(count(DISTINCT e.article_row) AS integer) AS n,
      ${votes}
    FROM article_entities e ${filterKeys ? `WHERE e.entity_key IN (${placeholders(filterKeys.length)})` : ""}
    GROUP BY ${entityNameSql("e")} ORDER BY n DESC, norm LIMIT ?`,
    [...(filterKeys ?? []), limit],
  );
  const spellings = await spellingsOfNames(db, rows.map((r) => r.norm));
  return rows.map((r) => ({
    type: majorityType(new Map(ENTITY_TYPES.map((t) => [t, Number(r[t])])), r.name),
    name: r.name,
    spellings: spellings.get(r.norm) ?? [],
    articleCount: Number(r.n),
  }));
}

/** Each normalized name's spellings over all its typed keys, sorted. */
async function spellingsOfNames(db: SqlReader, names: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>();
  if (names.length === 0) return new Map();
  const keys = names.flatMap(typedKeys);
  const rows = await db.all<{ entity_key: string; spelling: string }>(
    `SELECT DISTINCT entity_key, spelling FROM entity_spellings WHERE entity_key IN (${placeholders(keys.length)})`,
    keys,
  );
  for (const r of rows) {
    const name = keyName(r.entity_key);
    const set = out.get(name) ?? new Set<string>();
    set.add(r.spelling);
    out.set(name, set);
  }
  return new Map([...out].map(([name, set]) => [name, [...set].sort()]));
}
