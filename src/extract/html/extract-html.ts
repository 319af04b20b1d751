/**
 * HTML pages (basic path): the document is flattened to text lines (title, headings, paragraphs,
 * list items) and read by the plain-text segmenter. The full HTML extractor replaces this.
 */
import { parseHTML } from "linkedom";
import type { Result } from "../../issues.js";
import type { Article, Page } from "../../types.js";
import { extractTextPage } from "../text/extract-text.js";

const BLOCKS = "h1, h2, h3, p, li, blockquote, time";

export function extractHtmlPage(page: Page): Result<Article[]> {
  const { document } = parseHTML(page.text);
  for (const el of document.querySelectorAll("script, style, noscript, nav, footer, header, aside, form")) el.remove();
  const title = document.querySelector("h1")?.textContent?.trim() || document.querySelector("title")?.textContent?.trim() || "";
  const lines = [title];
  for (const el of document.querySelectorAll(BLOCKS)) {
    const text = el.textContent?.replace(/\s+/g, " ").trim();
    if (text && text !== title) lines.push(text);
  }
  return extractTextPage({ ...page, kind: "text", text: lines.join("\n") });
}
