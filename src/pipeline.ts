/** Wires the stages for one page: extract → understand. Used by the CLI, the server and workers. */
import type { Issue, Result } from "./issues.js";
import type { ExtractOutput, Page } from "./types.js";
import { extractArticles } from "./extract/index.js";
import { understandArticle } from "./understand/index.js";

export interface ReadPageOptions {
  /** "Now" of the run, ISO; relative dates fall back to it when a page has no date. */
  now: string | null;
}

export function readPage(page: Page, options: ReadPageOptions): Result<ExtractOutput> {
  const extracted = extractArticles(page);
  const issues: Issue[] = [...extracted.issues];
  if (!extracted.value || extracted.value.length === 0) return { value: null, issues };
  const main = extracted.value[0]!;
  const articles = extracted.value.map((a) =>
    understandArticle(a, { referenceDate: a.publishedAt ?? main.publishedAt ?? options.now }),
  );
  return { value: { input: page.input, articles }, issues };
}
