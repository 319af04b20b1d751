/**
 * Plain-text page segmentation (provisional): first non-empty line is the title, the rest the body.
 * The full segmenter (dates, sources, embeds, tags, read-also blocks) replaces this.
 */
import type { Result } from "../../issues.js";
import { issue } from "../../issues.js";
import type { Article, Page } from "../../types.js";
import { newArticle } from "../article.js";

export function extractTextPage(page: Page): Result<Article[]> {
  const lines = page.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { value: null, issues: [issue("extract-no-text", page.input)] };
  const [title, ...rest] = lines;
  return { value: [newArticle({ title: title!, body: rest.join("\n\n"), url: page.url })], issues: [] };
}
