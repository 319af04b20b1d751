/**
 * Arabic Wikinews articles (ar.wikinews.org, CC BY 2.5) as text for the figures gold: read at eval time from
 * `../shared/data/arabic-wikinews/` (or the folder MARSAD_WIKINEWS_DIR names), never copied into the repository.
 * Two diacritization test sets hold them, each a file of the folder (its SOURCE.md tells where they came from):
 * - `WikiNewsMax.tsv` (CAMeL Lab, CC BY-SA 4.0): the 70 articles of Darwish et al.'s 2017 WikiNews test set, one
 *   token a row, its undiacritized form first; a blank row ends a paragraph, a `#` row opens a category, and a
 *   paragraph without closing punctuation is an article's title.
 * - `WikiNews_2024_Multi_Ref.txt.diac` (QCRI): 40 articles of January–April 2024, fully diacritized with the
 *   other accepted readings after `/`; a blank line ends an article, whose first line is its title.
 * Both print punctuation as tokens of its own (`قتيل ، و`); it is joined back so marsad reads print-like text.
 * A missing file gives no article; `wikinewsAbsence()` says what is missing, for the eval to report.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_DATA } from "../lib/corpora.js";

export const WIKINEWS_DIR = process.env.MARSAD_WIKINEWS_DIR ?? join(SHARED_DATA, "arabic-wikinews");
const FILE_2014 = "WikiNewsMax.tsv";
const FILE_2024 = "WikiNews_2024_Multi_Ref.txt.diac";

export interface WikinewsArticle {
  /** `wn14-<n>` or `wn24-<n>`: the article's place in its file, from 1. */
  id: string;
  title: string;
  body: string;
  /** The 2014 set's category heading; null for the 2024 set. */
  category: string | null;
}

const CLOSING = /^[.,،:;؛!?؟)\]»%]+$/u;
const OPENING = /^[([«]+$/u;

/** Tokens separated by spaces, punctuation among them, as print writes them: closing marks glued to the word before, opening ones to the word after, straight quotes by pairs. */
export function joinWikinewsTokens(tokens: readonly string[]): string {
  let text = "";
  let glueNext = true;
  let quoteOpen = false;
  for (const token of tokens) {
    if (!token) continue;
    const isQuote = token === '"';
    const closes = CLOSING.test(token) || (isQuote && quoteOpen);
    text += glueNext || closes ? token : ` ${token}`;
    glueNext = OPENING.test(token) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
  }
  return text;
}

const ENDS_SENTENCE = /[.!?؟:…][")»]*$/u;

/** The 2014 set: paragraphs of tokens, each paragraph without closing punctuation a title that opens an article. */
export function articlesOf2014(tsv: string): WikinewsArticle[] {
  const articles: WikinewsArticle[] = [];
  let category: string | null = null;
  let current: { title: string; paragraphs: string[]; category: string | null } | null = null;
  let tokens: string[] = [];
  const close = () => {
    if (current) articles.push({ id: `wn14-${articles.length + 1}`, title: current.title, body: current.paragraphs.join("\n"), category: current.category });
  };
  const endParagraph = () => {
    const paragraph = joinWikinewsTokens(tokens);
    tokens = [];
    if (!paragraph) return;
    if (!ENDS_SENTENCE.test(paragraph)) {
      close();
      current = { title: paragraph, paragraphs: [], category };
    } else current?.paragraphs.push(paragraph);
  };
  let inHeading = false;
  for (const row of tsv.split("\n").slice(1)) {
    const word = row.split("\t")[0]!.trim();
    if (word === "#") {
      endParagraph();
      inHeading = true;
      category = null;
    } else if (inHeading) {
      if (word) category = category ? `${category} ${word}` : word;
      else inHeading = false;
    } else if (word) tokens.push(word);
    else endParagraph();
  }
  endParagraph();
  close();
  return articles;
}

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/gu;
const ARABIC_LETTER = /[\u0621-\u064A\u0671]/u;

/** One token of the 2024 set: its first accepted reading (`a/b/c`), undiacritized; a `/` between digits stays. */
function firstReading(token: string): string {
  const readings = token.split("/");
  const word = readings.length > 1 && readings.every((r) => ARABIC_LETTER.test(r)) ? readings[0]! : token;
  return word.replace(DIACRITICS, "").replace(/\u0671/gu, "ا");
}

/** A line of the 2024 set as print writes it; a wiki heading (`=== … ===`) keeps its words. */
function lineOf2024(line: string): string {
  return joinWikinewsTokens(line.trim().replace(/^=+\s*|\s*=+$/gu, "").split(/\s+/u).map(firstReading));
}

/** The 2024 set: articles separated by blank lines, the first line of each its title. */
export function articlesOf2024(diac: string): WikinewsArticle[] {
  return diac
    .split(/\n\s*\n/u)
    .map((block) => block.split("\n").map(lineOf2024).filter((l) => l))
    .filter((lines) => lines.length)
    .map((lines, i) => ({ id: `wn24-${i + 1}`, title: lines[0]!, body: lines.slice(1).join("\n"), category: null }));
}

const readIfPresent = (name: string): string | null => {
  const path = join(WIKINEWS_DIR, name);
  return existsSync(path) ? readFileSync(path, "utf8") : null;
};

let cache: WikinewsArticle[] | null = null;

/** Every article of the files present, the 2014 set first. */
export function wikinewsArticles(): WikinewsArticle[] {
  if (cache) return cache;
  const set2014 = readIfPresent(FILE_2014);
  const set2024 = readIfPresent(FILE_2024);
  return (cache = [...(set2014 ? articlesOf2014(set2014) : []), ...(set2024 ? articlesOf2024(set2024) : [])]);
}

/** Which Wikinews file is missing, as a sentence for the eval's report; null when both are there. */
export function wikinewsAbsence(): string | null {
  const missing = [FILE_2014, FILE_2024].filter((name) => !existsSync(join(WIKINEWS_DIR, name)));
  return missing.length ? `${missing.join(" and ")} not found in ${WIKINEWS_DIR} (set MARSAD_WIKINEWS_DIR to the folder that holds them)` : null;
}

/** The file an article id comes from, for skipping the gold of a file that is absent. */
export const isWikinewsId = (id: string): boolean => id.startsWith("wn14-") || id.startsWith("wn24-");
