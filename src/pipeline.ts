/**
 * Wires the stages for one page: extract → understand. Used by the CLI, the server and workers.
 * - A stage that throws (a bug, or a page that defeats a bound) never throws through a batch: the
 *   page gets a fatal `extract-crashed` / `understand-crashed` issue naming it and the error.
 * - An article body longer than MAX_BODY_CHARS is cut at the last paragraph break before it (a
 *   warning says so): understanding costs about 12 µs a character, so a 2-million-character
 *   comment thread took 23 s and 400 MB, and no news article is that long.
 */
import { issue, type Issue, type Result } from "./issues.js";
import type { Article, ExtractOutput, Page } from "./types.js";
import { extractArticles } from "./extract/index.js";
import { understandArticles, type UnderstandOptions } from "./understand/index.js";

export interface ReadPageOptions {
  /** "Now" of the run, ISO; relative dates fall back to it when a page has no date. */
  now: string | null;
}

export function readPage(page: Page, options: ReadPageOptions): Result<ExtractOutput> {
  const extracted = extractPage(page, options);
  return "value" in extracted ? extracted : understandPage(extracted);
}

/**
 * readPage of each page, the same results in the same order, with the articles of every page
 * understood in one batch (understandArticles: part by part, each part's tables kept in the CPU's
 * caches). A batch that throws is understood again page by page, so only the page that throws gets
 * its `understand-crashed` issue.
 */
export function readPages(pages: readonly Page[], options: ReadPageOptions): Result<ExtractOutput>[] {
  const extracted = pages.map((page) => extractPage(page, options));
  const pending = extracted.filter((e): e is ExtractedPage => !("value" in e));
  let understood: Article[] | null = null;
  try {
    understood = understandArticles(pending.flatMap((e) => e.articles), pending.flatMap((e) => e.understandOptions));
  } catch {
    // read again page by page below: the crash is told on its own page
  }
  let next = 0;
  return extracted.map((e) => {
    if ("value" in e) return e;
    if (!understood) return understandPage(e);
    const articles = understood.slice(next, (next += e.articles.length));
    return { value: { input: e.input, articles }, issues: e.issues };
  });
}

/** A page extracted, its articles' bodies capped, waiting to be understood. */
interface ExtractedPage {
  input: string;
  articles: Article[];
  understandOptions: UnderstandOptions[];
  issues: Issue[];
}

/** The page's articles to understand, or its final result when extraction failed or found none. */
function extractPage(page: Page, options: ReadPageOptions): ExtractedPage | Result<ExtractOutput> {
  let extracted: Result<Article[]>;
  try {
    extracted = extractArticles(page);
  } catch (error) {
    return { value: null, issues: [crashed("extract-crashed", page.input, error)] };
  }
  const issues: Issue[] = [...extracted.issues];
  if (!extracted.value || extracted.value.length === 0) return { value: null, issues };
  const main = extracted.value[0]!;
  const capped = extracted.value.map((a) => capBody(a));
  if (capped.some((a, i) => a !== extracted.value![i])) {
    issues.push(issue("article-too-long", page.input, { fatal: false, detail: `its body was cut at ${MAX_BODY_CHARS} characters` }));
  }
  return { input: page.input, articles: capped, understandOptions: capped.map((a) => ({ referenceDate: a.publishedAt ?? main.publishedAt ?? options.now })), issues };
}

function understandPage(page: ExtractedPage): Result<ExtractOutput> {
  try {
    const articles = understandArticles(page.articles, page.understandOptions);
    return { value: { input: page.input, articles }, issues: page.issues };
  } catch (error) {
    return { value: null, issues: [...page.issues, crashed("understand-crashed", page.input, error)] };
  }
}

/** Longest body kept: ten times the longest article of the extraction gold. */
export const MAX_BODY_CHARS = 300_000;

function capBody(article: Article): Article {
  if (article.body.length <= MAX_BODY_CHARS) return article;
  const paragraphEnd = article.body.lastIndexOf("\n\n", MAX_BODY_CHARS);
  return { ...article, body: article.body.slice(0, paragraphEnd > MAX_BODY_CHARS / 2 ? paragraphEnd : MAX_BODY_CHARS) };
}

function crashed(code: "extract-crashed" | "understand-crashed", input: string, error: unknown): Issue {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return issue(code, input, { detail: message, cause: error });
}
