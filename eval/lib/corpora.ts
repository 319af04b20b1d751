/** Readers for the shared corpora used by the connect evaluations and benchmark (never copied into the repo). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { shuffledBy } from "../../src/seeded-random.js";

export const SHARED_DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

export interface CorpusArticle {
  id: string;
  title: string;
  body: string;
  source: string;
  /** ISO date-time (UTC) or date. */
  publishedAt: string | null;
  category: string | null;
}

/** The records of a JSONL file, one a non-blank line. */
export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A record's field as a string, "" when it is not one. */
export const str = (v: unknown): string => (typeof v === "string" ? v : "");

export function readSaudiNewsNet(): CorpusArticle[] {
  return readJsonl(`${SHARED_DATA}saudinewsnet-sample/articles.jsonl`).map((r) => ({
    id: str(r.id),
    title: str(r.title),
    body: str(r.body),
    source: str(r.source),
    publishedAt: str(r.date) || null,
    category: null,
  }));
}

export function readSaudiExactGroups(): string[][] {
  const json = JSON.parse(readFileSync(`${SHARED_DATA}saudinewsnet-sample/exact_duplicate_groups.json`, "utf8")) as { groups: string[][] };
  return json.groups;
}

/** ANT multi-source: the feed's RFC 2822 time in UTC when it parses, else noon of the DOCNO date. */
export function readAnt(): CorpusArticle[] {
  return readJsonl(`${SHARED_DATA}ant-multisource-sample/articles.jsonl`).map((r) => {
    const date = str(r.date);
    const t = Date.parse(str(r.time));
    const publishedAt = Number.isNaN(t) ? (date ? `${date}T12:00:00Z` : null) : new Date(t).toISOString().replace(".000Z", "Z");
    return { id: str(r.id), title: str(r.title), body: str(r.body), source: str(r.source), publishedAt, category: str(r.category) || null };
  });
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export function shuffle<T>(rand: () => number, items: readonly T[]): T[] {
  return shuffledBy(items, rand);
}

export function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}
