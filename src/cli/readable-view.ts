import type { Article, ExtractOutput } from "../types.js";
import { messages } from "./messages.js";

const BODY_PREVIEW_CHARS = 280;

/** The default `extract` view: what a person checks first about each article of a page. */
export function formatReadable(output: ExtractOutput): string {
  const related = output.articles.length - 1;
  const lines = [`== ${output.input}${related > 0 ? `  (${messages().readable.related(related)})` : ""}`];
  output.articles.forEach((a, i) => lines.push(...describeArticle(a, i)));
  return lines.join("\n");
}

function describeArticle(a: Article, index: number): string[] {
  const r = messages().readable;
  const none = r.none;
  const pageTags = a.tags.filter((t) => t.origin === "page");
  const counts = r.countsLine({ embeds: a.embeds.length, articleTags: pageTags.filter((t) => t.scope === "article").length, pageTags: pageTags.length, entities: a.entities.length, quotes: a.quotes.length, figures: a.facts.length });
  const preview = a.body.length > BODY_PREVIEW_CHARS ? `${a.body.slice(0, BODY_PREVIEW_CHARS)}…` : a.body;
  return [
    `-- [${index}] ${a.role === "main" ? r.main : r.relatedRole}${a.language !== "und" ? ` (${a.language})` : ""}`,
    `${r.title} ${a.title || none}`,
    `${r.date} ${a.publishedAt ?? none}${a.updatedAt ? `  ${r.updated} ${a.updatedAt}` : ""}`,
    `${r.source} ${a.source.name ?? none}${a.author ? `  ${r.author} ${a.author}` : ""}`,
    `${r.counts} ${counts}`,
    "",
    preview,
    "",
  ];
}
