/**
 * The two Arabic news samples in ../shared/data as marsad Article records (no extraction: their
 * title/body/source/date fields are used as given). Only eval/ and bench/ read them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/types.js";

export const SHARED_DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
export const SAMPLES = ["saudinewsnet-sample", "ant-multisource-sample"] as const;

export interface CorpusDoc {
  /** The sample's own id. */
  id: string;
  sample: (typeof SAMPLES)[number];
  article: Article;
}

interface Raw {
  id: string;
  title?: string | null;
  body?: string | null;
  source?: string | null;
  date?: string | null;
  url?: string | null;
}

export function loadNewsCorpus(): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const sample of SAMPLES) {
    const lines = readFileSync(`${SHARED_DATA}${sample}/articles.jsonl`, "utf8").split("\n");
    for (const line of lines) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Raw;
      const title = (r.title ?? "").trim();
      const body = (r.body ?? "").trim();
      if (!title || !body) continue;
      docs.push({
        id: r.id,
        sample,
        article: {
          role: "main", title, body, publishedAt: r.date ?? null, updatedAt: null, language: "ar",
          source: { name: r.source ?? null, domain: null }, author: null, url: r.url ?? `urn:${sample}:${r.id}`,
          embeds: [], tags: [], entities: [], quotes: [], facts: [], dates: [],
        },
      });
    }
  }
  return docs;
}

