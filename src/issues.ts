/**
 * The catalogue of problem codes. A stage never throws through a batch: it returns
 * `{ value, issues }`, and a fatal issue for one input is recorded while the batch goes on.
 * Every message names the offending input.
 */
export const ISSUES = {
  "input-not-found": "no such file or directory",
  "input-unreadable": "cannot be read",
  "input-not-regular": "is not a regular file, so it is not read",
  "input-empty": "is empty",
  "input-too-large": "is larger than the size cap",
  "input-binary": "looks like a binary file, not text or HTML",
  "input-undecodable-bytes": "has bytes that are not valid in its character encoding (replaced by U+FFFD)",
  "input-unknown-charset": "declares a character encoding that cannot be used (the encoding was detected instead)",
  "input-truncated-utf8": "ends in the middle of a UTF-8 character (truncated file?)",
  "input-invalid-utf8-bytes": "is UTF-8 with a few invalid bytes (replaced by U+FFFD)",
  "jsonl-bad-line": "has a line that is not a JSON object with text or html",
  "extract-no-text": "has no readable text",
  "article-too-long": "holds an article longer than marsad reads whole; the rest was left out",
  "extract-crashed": "made extraction fail (a marsad bug: please report it with the input)",
  "understand-crashed": "made understanding fail (a marsad bug: please report it with the input)",
  "html-too-deep": "nests elements deeper than marsad reads; the deeper ones were read flattened",
  "html-too-large": "is larger than marsad parses whole; it was read up to the cap",
  "fetch-failed": "could not be fetched",
  "fetch-refused": "was refused by marsad's safety rules",
  "robots-disallowed": "is disallowed by the site's robots.txt",
  "store-failed": "could not be stored",
  "feed-invalid": "is not a valid RSS, Atom or JSON feed",
  "sitemap-invalid": "is not a valid sitemap",
  "fetch-timeout": "did not answer in time",
  "fetch-too-many-redirects": "redirected too many times",
  "fetch-http-error": "answered with an HTTP error status",
  "fetch-retry-too-long": "asked to be retried later than marsad waits",
  "robots-unreachable": "has a robots.txt that could not be fetched, so the site is treated as disallowed",
  "opml-invalid": "is not a valid OPML file",
  "source-unrecognized": "is not a feed, sitemap, OPML file, URL list or HTML page",
  "http-bad-parameter": "is not a valid parameter value",
  "http-unknown-parameter": "is not a parameter of this endpoint",
  "http-not-found": "was not found",
} as const;

export type IssueCode = keyof typeof ISSUES;

export interface Issue {
  code: IssueCode;
  /** Path or URL of the input the issue is about. */
  input: string;
  /** Line/column or selector inside the input, when known. */
  place?: string;
  fatal: boolean;
  actual?: string;
  expected?: string;
  /** Human-readable detail beyond the catalogue text. */
  detail?: string;
  cause?: unknown;
}

export interface Result<T> {
  value: T | null;
  issues: Issue[];
}

/** Builds an issue; the message is derived, never stored. */
export function issue(code: IssueCode, input: string, extra: Omit<Partial<Issue>, "code" | "input"> = {}): Issue {
  return { code, input, fatal: extra.fatal ?? true, ...extra };
}

/** `path/to/file: is empty` style message, naming the input and the problem. */
export function formatIssue(i: Issue): string {
  const parts = [`${i.input}${i.place ? `:${i.place}` : ""}: ${ISSUES[i.code]}`];
  if (i.detail) parts.push(i.detail);
  if (i.actual !== undefined && i.expected !== undefined) parts.push(`got ${i.actual}, expected ${i.expected}`);
  else if (i.actual !== undefined) parts.push(`got ${i.actual}`);
  return `${parts.join(" — ")} [${i.code}]`;
}

/** Error thrown at a boundary (CLI, API) that carries issues. */
export class IssueError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "IssueError";
  }
}
