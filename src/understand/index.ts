/**
 * The understanding stage: fills language, dates, entities, quotes, facts and generated tags of an
 * extracted article. Pure: the reference date is passed in, never read from a clock.
 * - language: kept when extract set one, else detected from the body; embeds likewise;
 * - dates: mentions in the body, resolved against publishedAt, else the reference date;
 * - entities: recognized over the body and every embed's text, then merged into one list;
 * - quotes: speakers named by the merged entities (spans from the body);
 * - facts: figures in the body, numbers inside date mentions excluded, scoped against the
 *   publication date and the places recognized;
 * - tags: the page's tags, plus generated keyphrases.
 */
import type { Article, Embed } from "../types.js";
import { findDateMentions } from "./dates/mentions.js";
import { mergeEntities, recognizeEntities } from "./entities/index.js";
import { findFacts } from "./figures.js";
import { detectLanguage } from "../arabic/language.js";
import { findQuotes } from "./quotes.js";
import { addGeneratedTags, generateTags } from "./tags.js";

export interface UnderstandOptions {
  /** Date relative expressions resolve against when the article has no publishedAt (ISO). */
  referenceDate: string | null;
}

const isUnset = (language: string | null) => !language || language === "und";

export function understandArticle(article: Article, options: UnderstandOptions): Article {
  const body = article.body;
  const language = isUnset(article.language) ? detectLanguage(body) : article.language;
  const embeds: Embed[] = article.embeds.map((e) => (isUnset(e.language) && e.text.trim() ? { ...e, language: detectLanguage(e.text) } : e));
  const dates = findDateMentions(body, article.publishedAt ?? options.referenceDate);
  const bodySpans = recognizeEntities(body);
  const entities = mergeEntities([...bodySpans, ...embeds.flatMap((e) => recognizeEntities(e.text))]);
  const quotes = findQuotes(body, { spans: bodySpans, entities });
  const facts = findFacts(body, {
    dateSpans: dates.map((d) => ({ start: d.start, end: d.start + d.text.length, value: d.value, kind: d.kind })),
    publishedAt: article.publishedAt ?? options.referenceDate,
    places: bodySpans.filter((s) => s.type === "location"),
  });
  const tags = addGeneratedTags(article.tags, generateTags(article.title, body, entities));
  return { ...article, language, embeds, dates, entities, quotes, facts, tags };
}
