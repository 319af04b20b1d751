import type { Result } from "../issues.js";
import type { Article, Page } from "../types.js";
import { extractHtmlPage } from "./html/extract-html.js";
import { extractTextPage } from "./text/extract-text.js";

/** Page → articles (main first, then related), without understanding. */
export function extractArticles(page: Page): Result<Article[]> {
  return page.kind === "html" ? extractHtmlPage(page) : extractTextPage(page);
}
