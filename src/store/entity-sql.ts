/**
 * The store's entity list, in SQL both SQLite and PostgreSQL run. Rules:
 * - Rows keep each article's entity as it was recognized, under `type:name key` keys (entity-keys.ts: the
 *   cross-article key of the name, one for its spellings); the one entity per name key is a read-side fold.
 * - A name's one type is the type its head word names, otherwise the type most of its articles give
 *   it (ties in merge.ts TYPE_ORDER): majorityType, as the home page's lists and stories decide it.
 * - Its shown name is the name most of its articles give it, ties to the smallest (one article's
 *   «مانشستر سيتى» does not stand for 25 articles' «مانشستر سيتي»); its spellings are those of
 *   every typed key.
 * - Order: most articles first, then the normalized name.
 */
import type { EntityType } from "../types.js";
import { commonest, vote } from "../votes.js";
import type { SqlReader } from "./connect-sql.js";
import type { EntitySummary } from "./store.js";

const ENTITY_TYPES: readonly EntityType[] = ["person", "location", "organization", "misc"];

/**
 * The version of the entity keys (entity-keys.ts entityKey) rows are written under; a store holding older ones
 * re-keys them from the rows' names as it opens (entity-keys.ts). 0: the normalized name (`person:دونالد ترامب`);
 * 1: nameKey (`person:دونالد ترمب`); 2: nameKey reading a short transliterated word's inner ا…ي run as ي (ent118: دايلي/ديلي, سايمون/سيمون);
 * 3: nameKey leaving out a joinable head of the row's type (name-key-heads.ts: مخيم الزعتري/الزعتري, نادي الهلال/الهلال, حركة حماس/حماس);
 * 4: a club named by a body's head keeps its head (ent128: نادي الاتحاد is not الاتحاد, any union or federation);
 * 5: a listed foreign club's name drops a place's nisba after it (ent132: ريال مدريد الإسباني is ريال مدريد), and a
 *    hashtag's «#» and underscores read as spaces (الاتحاد_الأوروبي is الاتحاد الأوروبي).
 */
export const ENTITY_KEY_VERSION = 5;

/** The normalized name of an `entity_key` (`type:name`; a type holds no colon). */
export function keyName(entityKey: string): string {
  return entityKey.slice(entityKey.indexOf(":") + 1);
}

/** Every typed key a normalized name can be stored under. */
function typedKeys(name: string): string[] {
  return ENTITY_TYPES.map((t) => `${t}:${name}`);
}

/**
 * The `repeats_name` column of an article's entity rows, from their keys (entityKey), in order: 1 when
 * an earlier entity of the article has the same normalized name (the name under another type:
 * marsad's merge never stores one, an imported article may), else 0. Counting the articles that name
 * an entity is then a count of the rows with 0, not a count(DISTINCT) of their articles (see
 * search-engine.ts facetSql).
 */
export function repeatsName(keys: readonly string[]): number[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    const name = keyName(key);
    const repeats = seen.has(name) ? 1 : 0;
    seen.add(name);
    return repeats;
  });
}

/** SQL for the normalized name of a row aliased `alias` with `entity_key` and `type` columns. */
export function entityNameSql(alias: string): string {
  return `substr(${alias}.entity_key, length(${alias}.type) + 2)`;
}

type NameRow = { norm: string; name: string; n: number } & Record<EntityType, number>;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/**
 * Entities most mentioned first, one per normalized name; when `keys` is given (entity keys of any
 * type), only the names those keys carry. `pairs` is the table with each entity key's spellings
 * (SQLite keeps the distinct pairs apart: migration 15).
 */
export async function readEntitySummaries(db: SqlReader, keys: readonly string[] | null, limit: number, pairs = "entity_spellings"): Promise<EntitySummary[]> {
  const filterKeys = keys ? [...new Set(keys.map(keyName))].flatMap(typedKeys) : null;
  if (filterKeys?.length === 0) return [];
  // Counting per typed key first walks the (entity_key, article_row) index as the key-per-type list
  // did; grouping every row by the name itself sorts them all (7x slower on 400k rows).
  const votes = ENTITY_TYPES.map((t) => `CAST(sum(CASE WHEN k.type = '${t}' THEN k.n ELSE 0 END) AS integer) AS ${t}`).join(", ");
  const rows = await db.all<NameRow>(
    `SELECT ${entityNameSql("k")} AS norm, min(k.name) AS name, CAST(sum(k.n) AS integer) AS n, ${votes}
    FROM (SELECT e.entity_key, min(e.type) AS type, min(e.name) AS name, count(DISTINCT e.article_row) AS n
      FROM article_entities e ${filterKeys ? `WHERE e.entity_key IN (${placeholders(filterKeys.length)})` : ""}
      GROUP BY e.entity_key) k
    GROUP BY ${entityNameSql("k")} ORDER BY n DESC, norm LIMIT ?`,
    [...(filterKeys ?? []), limit],
  );
  // loaded here, not with the module: search reads entity names (entityNameSql) and needs none of
  // understanding's word lists
  const { majorityType } = await import("../understand/entities/merge.js");
  const exact = await articleCounts(db, rows.filter((r) => ENTITY_TYPES.filter((t) => Number(r[t]) > 0).length > 1).map((r) => r.norm));
  const spellings = await spellingsOfNames(db, rows.map((r) => r.norm), pairs);
  const shown = await commonestNames(db, rows.map((r) => r.norm));
  return rows
    .map((r) => ({
      type: majorityType(new Map(ENTITY_TYPES.map((t) => [t, Number(r[t])])), shown.get(r.norm) ?? r.name),
      name: shown.get(r.norm) ?? r.name,
      spellings: spellings.get(r.norm) ?? [],
      articleCount: exact.get(r.norm) ?? Number(r.n),
      norm: r.norm,
    }))
    .sort((a, b) => b.articleCount - a.articleCount || (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0))
    .map(({ norm: _norm, ...entity }) => entity);
}

/**
 * Distinct articles naming each of `names` under any type: a per-type sum counts twice an article
 * that gives one name two types, which marsad's merge never stores but an imported article may.
 */
async function articleCounts(db: SqlReader, names: readonly string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const keys = names.flatMap(typedKeys);
  const rows = await db.all<{ norm: string; n: number }>(
    `SELECT ${entityNameSql("e")} AS norm, CAST(count(DISTINCT e.article_row) AS integer) AS n FROM article_entities e
    WHERE e.entity_key IN (${placeholders(keys.length)}) GROUP BY ${entityNameSql("e")}`,
    keys,
  );
  return new Map(rows.map((r) => [r.norm, Number(r.n)]));
}

/** Each normalized name's name as most of its articles give it (under any type), ties to the smallest. */
async function commonestNames(db: SqlReader, names: readonly string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const keys = names.flatMap(typedKeys);
  const rows = await db.all<{ norm: string; name: string; n: number }>(
    `SELECT ${entityNameSql("e")} AS norm, e.name AS name, CAST(count(DISTINCT e.article_row) AS integer) AS n FROM article_entities e
    WHERE e.entity_key IN (${placeholders(keys.length)}) GROUP BY ${entityNameSql("e")}, e.name`,
    keys,
  );
  const votes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const names = votes.get(r.norm) ?? new Map<string, number>();
    votes.set(r.norm, names);
    vote(names, r.name, Number(r.n));
  }
  return new Map([...votes].map(([norm, names]) => [norm, commonest(names)]));
}

/** Each normalized name's spellings over all its typed keys, sorted. */
async function spellingsOfNames(db: SqlReader, names: readonly string[], pairs: string): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>();
  if (names.length === 0) return new Map();
  const keys = names.flatMap(typedKeys);
  const rows = await db.all<{ entity_key: string; spelling: string }>(
    `SELECT DISTINCT entity_key, spelling FROM ${pairs} WHERE entity_key IN (${placeholders(keys.length)})`,
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
