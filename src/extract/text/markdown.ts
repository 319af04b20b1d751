/**
 * Markdown dumps: crawler pipelines often save a page as Markdown (html2text, the converter behind
 * LangChain's Html2TextTransformer, and the markdown of reader and crawl services), not as a
 * terminal renderer's text. Its syntax is the converter's, not the page's: `# ` heading marks,
 * `**bold**`, `[text](address "title")` links (their text wrapped across lines, even across blank
 * lines round a linked image), `![alt](src)` images, backslash escapes. Read as plain text, a
 * navigation link's address outweighs its words and a headline keeps its `#`. So such a dump is
 * first turned into the plain text a renderer prints: links to their words (inline and reference-style
 * links alike), images and rules out, paragraphs (a Markdown paragraph ends at a blank line) on one line
 * each; in an unwrapped dump every line is a block of its own (html2text's `--single-line-break` leaves
 * out the blank lines).
 */

/**
 * A link or an image's target: an address (backslash escapes and balanced parentheses inside; html2text
 * wraps a long one after a hyphen: `…%2flbci-⏎lebanon-articles…`), then an optional quoted title
 * (quotes inside it: `"Welcome to "Libertarian Island": …"`). A link's address is never empty: w3m
 * prints a radio button as `[239]( ) Normal`. An image's may be (`![alt]()`, a lazy image), or an
 * inline `data:` image whose address holds spaces and quotes.
 */
const ADDRESS = String.raw`<?(?:\\.|[^\s()\\]|-[ \t]*\r?\n|\((?:\\.|[^\s()\\])*\))+>?`;
const TITLE = String.raw`(?:\s+"(?:[^"]|"(?!\s*\)))*"|\s+'[^']*')?`;
const TARGET = String.raw`\(\s*${ADDRESS}${TITLE}\s*\)`;
const IMAGE_TARGET = String.raw`\(\s*(?:data:[^()\n]*|(?:${ADDRESS})?${TITLE})\s*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\[\]]*\]${IMAGE_TARGET}`, "gu");
const LINK = new RegExp(String.raw`\[([^\[\]]*)\]${TARGET}`, "gu");
/** A link seen, not a renderer's link number before a button or a radio (`[92](BUTTON) Home`, `[146](*) Monthly`). */
const TARGET_SEEN = new RegExp(String.raw`\[(?!\d+\])[^\[\]]*\]${TARGET}`, "gu");
const HEADING_LINE = /^#{1,7}[ \t]+\S/gmu;
/** A dump is Markdown when it links in Markdown's syntax this often, or has this many `#` headings. */
const MIN_MARKDOWN_TARGETS = 3;
const MIN_HEADING_LINES = 2;
/** Images and links nest (`[![logo](…)](/)`, a link's text holding an image): inner ones go first. */
const MAX_NESTING = 4;

/**
 * Reference-style links (html2text `--reference-links`, pandoc's `--reference-links`): `[words][7]`
 * and `![alt][8]` in the text, their addresses listed as definitions (`   [7]: https://…`; a lazy image's is empty: `[32]:`), which
 * CommonMark indents by at most three spaces. A label is read as a reference only when the dump defines
 * it: a renderer's link numbers and an image's bracketed alt text (`[صورة]`) are no references.
 */
const REFERENCE_DEFINITION = /^ {0,3}\[([^[\]\n]+)\]:(?:[ \t].*)?$/gmu;
const REFERENCE_IMAGE = /!\[[^[\]]*\]\[([^[\]\n]*)\]/gu;
const REFERENCE_LINK = /\[([^[\]]*)\]\[([^[\]\n]*)\]/gu;

function referenceLabels(text: string): Set<string> {
  return new Set([...text.matchAll(REFERENCE_DEFINITION)].map((m) => m[1]!.trim().toLowerCase()));
}

export function isMarkdownDump(text: string): boolean {
  return (
    (text.match(TARGET_SEEN)?.length ?? 0) >= MIN_MARKDOWN_TARGETS ||
    (text.match(HEADING_LINE)?.length ?? 0) >= MIN_HEADING_LINES ||
    referenceLabels(text).size >= MIN_MARKDOWN_TARGETS
  );
}

function withoutLinksAndImages(text: string): string {
  const labels = referenceLabels(text);
  // `[words][]` refers by its words (CommonMark's collapsed reference).
  const isDefined = (words: string, label: string) => labels.has((label || words).trim().toLowerCase());
  let out = labels.size > 0 ? text.replace(REFERENCE_DEFINITION, "") : text;
  for (let k = 0; k < MAX_NESTING; k++) {
    let next = out.replace(IMAGE, "").replace(LINK, (_, words: string) => words.trim());
    if (labels.size > 0) {
      next = next
        .replace(REFERENCE_IMAGE, (whole: string, label: string) => (isDefined(whole.slice(2, whole.indexOf("]")), label) ? "" : whole))
        .replace(REFERENCE_LINK, (whole: string, words: string, label: string) => (isDefined(words, label) ? words.trim() : whole));
    }
    if (next === out) break;
    out = next;
  }
  return out;
}

const LIST_ITEM = /^\s*(?:[*+-]|\d{1,3}[.)])\s+\S/u;
const HEADING = /^\s*#{1,7}(?:\s|$)/u;
const QUOTE = /^\s*>/u;
const QUOTE_MARK = /^(\s*)(?:>\s?)+/u;
const TABLE_ROW = /\|/u;
const RULE = /^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/u;
/** Markdown's hard line break: two spaces at the line's end (html2text writes one for `<br>`). */
const HARD_BREAK = / {2,}$/u;

const opensBlock = (line: string): boolean => LIST_ITEM.test(line) || HEADING.test(line) || TABLE_ROW.test(line) || RULE.test(line);

/**
 * One line per paragraph: a line joins the one before unless a blank line, a hard break or a block's
 * mark (list item, heading, table row, rule) stands between; a list item's wrapped tail (set in under
 * it) and a heading's (html2text wraps headings too) join them. A quote's lines (`> `) join each other
 * the same way, its marks dropped (an embedded post's text and its `pic.twitter.com` link are one
 * line again, as a renderer prints the post); a bare `>` ends a paragraph of the quote.
 */
function joinParagraphs(lines: readonly string[], isWrapped: boolean): string[] {
  const out: string[] = [];
  let open = false;
  let openQuoted = false;
  for (const raw of lines) {
    const quoted = QUOTE.test(raw);
    const line = quoted ? raw.replace(QUOTE_MARK, "$1") : raw;
    if (!line.trim()) {
      out.push("");
      open = false;
      continue;
    }
    const last = out.length - 1;
    const joins = open && quoted === openQuoted && !opensBlock(line) && !HARD_BREAK.test(out[last]!) && (isWrapped || quoted);
    if (joins) out[last] = `${out[last]!.trimEnd()} ${line.trimStart()}`;
    else out.push(line);
    open = !RULE.test(line) && !TABLE_ROW.test(line);
    openQuoted = quoted;
  }
  return out;
}

/** A heading's mark, also inside a list item (`  * # Headline`, `  4. #  Headline`: a teaser list's current item). */
const HEADING_MARK = /^(\s*(?:(?:[*+-]|\d{1,3}[.)])\s+)?)#{1,7}\s*/u;
const STRONG = /\*\*|__/gu;
const EMPHASIS = /(^|[\s(«"“])_(\S(?:[^_\n]*\S)?)_(?=$|[\s.,،:;؛!?؟)»"”])/gu;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/gu;
const TABLE_RULE = /^[\s|:-]*-{3,}[\s|:-]*$/u;
/** A list item whose words were all a link's image: nothing but its bullet is left. */
const BARE_BULLET = /^\s*(?:[*+-]|\d{1,3}[.)])?\s*$/u;
/** Spaces a removed mark or link left between words; a line's indent (a list item's) stays. */
const INNER_SPACES = /(?<=\S)[ \t]{2,}/gu;

function plainLine(line: string): string {
  if (RULE.test(line) || TABLE_RULE.test(line)) return "";
  const plain = line.replace(HEADING_MARK, "$1").replace(STRONG, "").replace(EMPHASIS, "$1$2").replace(ESCAPE, "$1");
  return BARE_BULLET.test(plain) ? "" : plain.replace(INNER_SPACES, " ").trimEnd();
}

/**
 * A converter wraps paragraphs at a width (html2text: 78 columns) or not at all (`-b 0`). Unwrapped, a
 * block is one line, and html2text's `--single-line-break` sets blocks one under the other without the
 * blank line Markdown asks between paragraphs: lines under each other are then separate blocks (a
 * headline over its date line, one paragraph over the next), never one paragraph. A dump is unwrapped
 * when at least UNWRAPPED_SHARE of its prose lines (no list item, heading, table row, quote or link)
 * run past UNWRAPPED_COLUMNS, longer than any converter's wrap width, with a space it would have broken them at.
 */
const UNWRAPPED_COLUMNS = 100;
const UNWRAPPED_SHARE = 0.1;

/** A line past UNWRAPPED_COLUMNS that a converter wrapping at a space before them would have broken (not a run of Chinese). */
const isUnbrokenLine = (line: string): boolean => line.length > UNWRAPPED_COLUMNS && line.slice(1, UNWRAPPED_COLUMNS).includes(" ");

function isWrappedMarkdown(lines: readonly string[]): boolean {
  const prose = lines.map((l) => l.trim()).filter((l) => l && !opensBlock(l) && !QUOTE.test(l) && !l.includes("]("));
  const long = prose.filter(isUnbrokenLine).length;
  return long < prose.length * UNWRAPPED_SHARE;
}

/** The plain text a renderer would print for a Markdown dump (isMarkdownDump). */
export function plainFromMarkdown(text: string): string {
  const raw = text.split(/\r\n|\r|\n/);
  const lines = withoutLinksAndImages(text).split(/\r\n|\r|\n/);
  return joinParagraphs(lines, isWrappedMarkdown(raw)).map(plainLine).join("\n");
}
