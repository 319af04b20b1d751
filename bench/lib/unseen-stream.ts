/**
 * Real Arabic articles for the understand bench's stream rows: a news monitor sees mostly articles
 * it has not seen before, whose rarer words no memo of the stage holds yet.
 * - stream: the SaudiNewsNet and ANT multi-source samples (13 + 5 outlets) and the unlabeled
 *   JawharaFM text (one article a line: title . body), taken in turn one from each, so any prefix
 *   mixes the three registers; `n` of them.
 * - warm: the last `warm` lines of the JawharaFM file, which no stream of up to 9,000 articles
 *   reaches: a warm-up on real news words (the common ones fill the memos as they would in the
 *   first minutes of an ingest) that are not the stream's articles.
 * Read from ../shared/data (bench and eval only).
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Article } from "../../src/types.js";

const DATA = new URL("../../../shared/data/", import.meta.url);

/** An article as extraction hands it to understanding, with nothing understood yet. */
export function bareArticle(title: string, body: string, publishedAt: string | null): Article {
  return {
    role: "main", title, publishedAt, updatedAt: null, language: "und", body, source: { name: null, domain: null },
    author: null, url: null, embeds: [], tags: [], entities: [], quotes: [], facts: [], dates: [],
  };
}

/** The articles of a JSONL sample under ../shared/data (title, body, date). */
export function jsonlArticles(path: string): Article[] {
  return readFileSync(new URL(path, DATA), "utf8").split("\n").filter(Boolean).map((line) => {
    const r = JSON.parse(line) as { title?: string; body?: string; date?: string };
    return bareArticle(r.title ?? "", r.body ?? "", r.date ?? null);
  });
}

/** The JawharaFM lines split at their first " . " into title and body. */
function unlabeled(): Article[] {
  const lines = gunzipSync(readFileSync(new URL("arabic-unlabeled/ant_v1.1_jawharafm.txt.gz", DATA))).toString("utf8").split("\n").filter(Boolean);
  return lines.map((line) => {
    const cut = line.indexOf(" . ");
    return cut > 0 ? bareArticle(line.slice(0, cut), line.slice(cut + 3), null) : bareArticle("", line, null);
  });
}

export function unseenArticles(n: number, warm: number): { stream: Article[]; warm: Article[] } {
  const jawhara = unlabeled();
  const sources = [jsonlArticles("saudinewsnet-sample/articles.jsonl"), jsonlArticles("ant-multisource-sample/articles.jsonl"), jawhara.slice(0, jawhara.length - warm)];
  const stream: Article[] = [];
  for (let i = 0; stream.length < n && sources.some((s) => i < s.length); i++) for (const s of sources) if (i < s.length && stream.length < n) stream.push(s[i]!);
  return { stream, warm: jawhara.slice(jawhara.length - warm) };
}
