import type { Article, ExtractOutput } from "../types.js";

const BODY_PREVIEW_CHARS = 280;

/** The default `extract` view: what a person checks first about each article of a page. */
export function formatReadable(output: ExtractOutput): string {
  const related = output.articles.length - 1;
  const lines = [`== ${output.input}${related > 0 ? `  (main + ${related} related)` : ""}`];
  output.articles.forEach((a, i) => lines.push(...describeArticle(a, i)));
  return lines.join("\n");
}

function describeArticle(a: Article, index: number): string[] {
  const pageTags = a.tags.filter((t) => t.origin === "page");
  const counts = [
    `${a.embeds.length} embeds`,
    `${pageTags.filter((t) => t.scope === "article").length}/${pageTags.length} page tags about the article`,
    `${a.entities.length} entities`,
    `${a.quotes.length} quotes`,
    `${a.facts.length} figures`,
  ];
  const preview = a.body.length > BODY_PREVIEW_CHARS ? `${a.body.slice(0, BODY_PREVIEW_CHARS)}…` : a.body;
  return [
    `-- [${index}] ${a.role}${a.language !== "und" ? ` (${a.language})` : ""}`,
    `title:  ${a.title || "(none)"}`,
    `date:   ${a.publishedAt ?? "(none)"}${a.updatedAt ? `  updated ${a.updatedAt}` : ""}`,
    `source: ${a.source.name ?? "(none)"}${a.author ? `  author: ${a.author}` : ""}`,
    `counts: ${counts.join(", ")}`,
    "",
    preview,
    "",
  ];
}
