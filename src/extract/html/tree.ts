/**
 * A light element tree built straight from htmlparser2's callbacks (the tokenizer linkedom itself
 * uses). Rules:
 * - elements keep their lower-cased tag, attributes and children; text is a plain string child;
 * - script, style and svg bodies are dropped, except JSON-LD scripts, whose text metadata needs;
 *   MathML stays (a formula is part of the text), without its annotations (the TeX source again);
 * - comments and processing instructions are dropped; control characters that character
 *   references decode to (`&#1;`) are removed from text and attributes, as decoding does;
 * - tag soup is closed the way htmlparser2 closes it (implied ends for p, li, td…);
 * - the parse cost is bounded (TREE_LIMITS): an element deeper than `maxDepth` or past
 *   `maxElements` is flattened (its text joins the deepest open element kept, its tags are
 *   dropped), and text past `maxTextChars` is cut; the limits hit are reported, so every walk over
 *   the tree, recursive or not, stays within the depth bound and memory stays proportional to
 *   the caps, not to the page;
 * - the parser's own stack is bounded too (forgetIfTooDeep), so parsing stays linear in the page.
 * Why not linkedom's DOM: on the Zyte pages building it costs ~13 ms a page, a third of what
 * Readability on linkedom spends in all; this tree costs ~3 ms and is all the extractor needs.
 */
import { Parser } from "htmlparser2";
import { removeControlCharacters } from "../../arabic/control-characters.js";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}

export type Node = El | string;

export interface TreeLimits {
  /** Deepest element kept. */
  maxDepth: number;
  /** Elements kept. */
  maxElements: number;
  /** Characters of text kept. */
  maxTextChars: number;
}

export const TREE_LIMITS: TreeLimits = {
  // Chromium's HTML parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth) for the same
  // reason: deeper trees only come from broken or hostile markup, and walks must stay shallow.
  maxDepth: 512,
  // Real news pages hold 1,000–30,000 elements (long live blogs the most); each kept element costs
  // about a kilobyte through scoring, so this caps a page's tree near 100 MB.
  maxElements: 100_000,
  // Ten times the longest article in the extraction gold, with room for the page's chrome; a page
  // with more text is a dump or a comment thread, and parsing past this only costs memory.
  maxTextChars: 1_000_000,
};

/** Which limits a parse hit; all false for every ordinary page. */
export interface TreeOverflow {
  /** Elements nested deeper than maxDepth were flattened. */
  isTooDeep: boolean;
  /** Elements past maxElements were flattened. */
  hasTooManyElements: boolean;
  /** Text past maxTextChars was dropped. */
  hasTooMuchText: boolean;
}

export interface BoundedTree {
  root: El;
  overflow: TreeOverflow;
}

/** Open elements htmlparser2 tracks at most (see forgetIfTooDeep); above maxDepth on purpose. */
const PARSER_STACK_LIMIT = TREE_LIMITS.maxDepth + 64;

const DROPPED_BODIES = new Set(["script", "style", "noscript", "template", "svg", "annotation", "annotation-xml"]);

/** Parses HTML into a root element named `#root`. Never throws: broken markup yields a partial tree. */
export function parseTree(html: string, limits: TreeLimits = TREE_LIMITS): El {
  return parseBoundedTree(html, limits).root;
}

/** parseTree, also telling which limits were hit (see the module rules). */
export function parseBoundedTree(html: string, limits: TreeLimits = TREE_LIMITS): BoundedTree {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null };
  const overflow: TreeOverflow = { isTooDeep: false, hasTooManyElements: false, hasTooMuchText: false };
  let current = root;
  let depth = 0;
  let elementCount = 0;
  let textChars = 0;
  let dropDepth = 0;
  // one entry per open tag: whether it became `current` (false: flattened or inside a dropped body)
  const opened: boolean[] = [];
  // htmlparser2 keeps its open elements in an array it grows with unshift, so each open tag costs
  // the nesting depth: 100,000 nested <div>s (600 KB) took 14 s. Past PARSER_STACK_LIMIT the element
  // just opened is forgotten by the parser as if it were void (its end tag then closes the nearest
  // open one of that name); it lies far below maxDepth, where the tree is flattened anyway.
  const forgetIfTooDeep = (name: string): boolean => {
    const internal = parser as unknown as { stack?: unknown; foreignContext?: unknown };
    const stack = internal.stack;
    // a void element is not on the stack (stack[0] is then its parent, never of a void name)
    if (!Array.isArray(stack) || stack.length <= PARSER_STACK_LIMIT || stack[0] !== name) return false;
    overflow.isTooDeep = true;
    stack.shift();
    if (Array.isArray(internal.foreignContext) && internal.foreignContext.length > PARSER_STACK_LIMIT) internal.foreignContext.shift();
    return true;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (forgetIfTooDeep(name)) return;
        if (dropDepth > 0) {
          dropDepth++;
          opened.push(false);
          return;
        }
        // keep a dropped-body element (embeds read telegram scripts' attributes) but not its body
        const dropsBody = DROPPED_BODIES.has(name) && !(name === "script" && isJsonLdType(attrs.type));
        if (depth >= limits.maxDepth || elementCount >= limits.maxElements) {
          if (depth >= limits.maxDepth) overflow.isTooDeep = true;
          else overflow.hasTooManyElements = true;
          opened.push(false);
          if (dropsBody) dropDepth = 1;
          return;
        }
        const el: El = { tag: name, attrs: withoutControlsInAttributes(attrs), children: [], parent: current };
        current.children.push(el);
        current = el;
        depth++;
        elementCount++;
        opened.push(true);
        if (dropsBody) dropDepth = 1;
      },
      ontext(text) {
        if (dropDepth > 0) return;
        const room = limits.maxTextChars - textChars;
        if (room <= 0) {
          if (text.trim()) overflow.hasTooMuchText = true;
          return;
        }
        // character references (&#1;) decode to controls the byte decoder never saw
        const clean = removeControlCharacters(text);
        const kept = clean.length > room ? clean.slice(0, room) : clean;
        if (kept.length < clean.length) overflow.hasTooMuchText = true;
        textChars += kept.length;
        current.children.push(kept);
      },
      onclosetag() {
        if (dropDepth > 0) dropDepth--;
        if (opened.pop() && current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, overflow };
}

function withoutControlsInAttributes(attrs: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(attrs)) attrs[name] = removeControlCharacters(value);
  return attrs;
}

function isJsonLdType(type: string | undefined): boolean {
  return type !== undefined && /ld\+json/i.test(type);
}

export function isEl(node: Node): node is El {
  return typeof node !== "string";
}

/** Every element under `root` (not root itself), in document order. */
export function* elements(root: El): Generator<El> {
  const stack: El[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    const c = root.children[i]!;
    if (isEl(c)) stack.push(c);
  }
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (isEl(c)) stack.push(c);
    }
  }
}

/** First element (document order) with the tag. */
export function findFirst(root: El, tag: string): El | null {
  for (const el of elements(root)) if (el.tag === tag) return el;
  return null;
}

/** Raw text content (script/style bodies are not in the tree), read without recursion. */
export function textOf(node: Node): string {
  if (!isEl(node)) return node;
  let out = "";
  const stack: Node[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!isEl(c)) {
      out += c;
      continue;
    }
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}

const SPACES = /[\s\u00a0\u200b]+/g;

/** Text with white space collapsed and trimmed. */
export function cleanText(text: string): string {
  return text.replace(SPACES, " ").trim();
}

export function attr(el: El, name: string): string {
  return el.attrs[name] ?? "";
}

/**
 * `class` and `id` together, the string class/id hints are matched against. A heading's id made
 * from its own words (an anchor slug: `1.-ai-shines-a-light-on-cumbersome-toolchains`) says what
 * the heading says, not what the block is, so it is left out.
 */
export function classAndId(el: El): string {
  const c = el.attrs.class;
  const id = el.attrs.id && !(HEADINGS.has(el.tag) && isSlugOfText(el.attrs.id, el)) ? el.attrs.id : undefined;
  return c && id ? `${c} ${id}` : c || id || "";
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
/** Slugs are cut at a length; shorter ids are words a template chose, not a slug. */
const MIN_SLUG_CHARS = 12;

function isSlugOfText(id: string, el: El): boolean {
  const slug = id.toLowerCase().replace(NOT_ALPHANUMERIC, "");
  if (slug.length < MIN_SLUG_CHARS) return false;
  const words = textOf(el).toLowerCase().replace(NOT_ALPHANUMERIC, "");
  return words.startsWith(slug) || (words.length >= MIN_SLUG_CHARS && slug.startsWith(words));
}

export function removeNode(el: El): void {
  const p = el.parent;
  if (!p) return;
  const i = p.children.indexOf(el);
  if (i >= 0) p.children.splice(i, 1);
  el.parent = null;
}

/** Whether `el` is `ancestor` or inside it. */
export function contains(ancestor: El, el: El): boolean {
  for (let p: El | null = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export function hasAncestor(el: El, test: (a: El) => boolean): boolean {
  for (let a = el.parent; a; a = a.parent) if (test(a)) return true;
  return false;
}
