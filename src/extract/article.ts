import type { Article } from "../types.js";

/** A blank article with every contract field present; extractors fill what they find. */
export function newArticle(fields: Partial<Article> = {}): Article {
  return {
    role: "main",
    title: "",
    publishedAt: null,
    updatedAt: null,
    language: "und",
    body: "",
    source: { name: null, domain: null },
    author: null,
    url: null,
    embeds: [],
    tags: [],
    entities: [],
    quotes: [],
    facts: [],
    dates: [],
    ...fields,
  };
}
