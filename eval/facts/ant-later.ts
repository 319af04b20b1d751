/**
 * ANT Corpus v2.1 multi-source articles of July–October 2018 (github.com/antcorpus/antcorpus.multisource.data, the
 * repository ant-multisource-sample's two weeks of May 2018 come from), as text for a figures DEV half: read at eval
 * time from `../shared/data/ant-multisource-later/articles.jsonl` (or the folder MARSAD_ANT_LATER_DIR names), never
 * copied into the repository. Same outlets and record shape as the sample; a missing file gives no article, and
 * `antLaterAbsence()` says so for the eval to report.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readJsonl, SHARED_DATA, str, type CorpusArticle } from "../lib/corpora.js";

export const ANT_LATER_DIR = process.env.MARSAD_ANT_LATER_DIR ?? join(SHARED_DATA, "ant-multisource-later");
const FILE = "articles.jsonl";

let cache: CorpusArticle[] | null = null;

/** Every article of the file, when it is there; the publication time as readAnt reads it. */
export function antLaterArticles(): CorpusArticle[] {
  if (cache) return cache;
  const path = join(ANT_LATER_DIR, FILE);
  if (!existsSync(path)) return (cache = []);
  return (cache = readJsonl(path).map((r) => {
    const date = str(r.date);
    const t = Date.parse(str(r.time));
    const publishedAt = Number.isNaN(t) ? (date ? `${date}T12:00:00Z` : null) : new Date(t).toISOString().replace(".000Z", "Z");
    return { id: str(r.id), title: str(r.title), body: str(r.body), source: str(r.source), publishedAt, category: str(r.category) || null };
  }));
}

/** What is missing, as a sentence for the eval's report; null when the file is there. */
export function antLaterAbsence(): string | null {
  return existsSync(join(ANT_LATER_DIR, FILE)) ? null : `${FILE} not found in ${ANT_LATER_DIR} (set MARSAD_ANT_LATER_DIR to the folder that holds it)`;
}

/** An ANT DOCNO dated July–October 2018: an article of this file, not of the May 2018 sample. */
export const isAntLaterId = (id: string): boolean => /^[A-Z]{2}-\w+-\d+-2018(0[7-9]|10)\d\d$/u.test(id);
