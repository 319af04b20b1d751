/**
 * `tsx bench/understand-dump.ts --dist <dir> [--out file] [--unlabeled N] [--batch N]`: runs the built
 * understanding stage of `<dir>` (a `dist/` of this or another checkout, e.g. a worktree of main)
 * over real articles and prints one JSON line per article, so two builds can be compared byte for
 * byte (`cmp`) after a change meant to make the stage faster without changing what it finds.
 * Articles: the understand bench's composed articles, the SaudiNewsNet and ANT multi-source samples,
 * and the first N lines of the unlabeled JawharaFM text (../shared/data; read only here).
 * `--batch N`: through understandArticles, N articles at a time (the same lines are expected).
 */
import { createWriteStream, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Article } from "../src/types.js";
import { arg } from "./lib/args.js";
import { composeArticles } from "./understand.js";
import { bareArticle, jsonlArticles } from "./lib/unseen-stream.js";

const DATA = new URL("../../shared/data/", import.meta.url);

function unlabeled(n: number): Article[] {
  const lines = gunzipSync(readFileSync(new URL("arabic-unlabeled/ant_v1.1_jawharafm.txt.gz", DATA))).toString("utf8").split("\n").filter(Boolean);
  return lines.slice(0, n).map((line) => bareArticle("", line, null));
}

const args = process.argv.slice(2);
const dist = arg(args, "--dist", "");
if (!dist) throw new Error("understand-dump: --dist <dir> is required");
const { understandArticle, understandArticles } = (await import(pathToFileURL(resolve(dist, "understand/index.js")).href)) as {
  understandArticle: (a: Article, o: { referenceDate: string | null }) => Article;
  understandArticles?: (as: readonly Article[], o: readonly { referenceDate: string | null }[]) => Article[];
};
const articles = [
  ...composeArticles(200),
  ...jsonlArticles("saudinewsnet-sample/articles.jsonl"),
  ...jsonlArticles("ant-multisource-sample/articles.jsonl"),
  ...unlabeled(Number(arg(args, "--unlabeled", "2000"))),
];
const outPath = arg(args, "--out", "");
const out = outPath ? createWriteStream(outPath) : process.stdout;
const batch = Number(arg(args, "--batch", "0"));
if (batch > 0 && !understandArticles) throw new Error("understand-dump: this build has no understandArticles");
const options = { referenceDate: "2024-03-13" };
if (batch > 0) {
  for (let from = 0; from < articles.length; from += batch) {
    const block = articles.slice(from, from + batch);
    for (const a of understandArticles!(block, block.map(() => options))) out.write(JSON.stringify(a) + "\n");
  }
} else for (const a of articles) out.write(JSON.stringify(understandArticle(a, options)) + "\n");
if (outPath) out.end();
