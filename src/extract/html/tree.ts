/**
 * A light element tree built straight from htmlparser2's callbacks (the tokenizer linkedom itself
 * uses). Rules:
 * - elements keep their lower-cased tag, attributes and children; text is a plain string child;
 * - script and style bodies are dropped, except JSON-LD scripts, whose text metadata needs;
 * - comments and processing instructions are dropped;
 * - tag soup is closed the way htmlparser2 closes it (implied ends for p, li, td…).
 * Why not linkedom's DOM: on the Zyte pages building it costs ~13 ms a page, a third of what
 * Readability on linkedom spends in all; this tree costs ~3 ms and is all the extractor needs.
 */
import { Parser } from "htmlparser2";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}

export type Node = El | string;

const DROPPED_BODIES = new Set(["script", "style", "noscript", "template", "svg", "math"]);

/** Parses HTML into a root element named `#root`. Never throws: broken markup yields a partial tree. */
export function parseTree(html: string): El {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null };
  let current = root;
  let dropDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { tag: name, attrs, children: [], parent: current };
        if (dropDepth > 0) {
          dropDepth++;
        } else if (DROPPED_BODIES.has(name) && !(name === "script" && isJsonLdType(attrs.type))) {
          // keep the element (embeds read telegram scripts' attributes) but not its body
          current.children.push(el);
          dropDepth = 1;
          current = el;
          return;
        }
        if (dropDepth === 0) current.children.push(el);
        current = el;
      },
      ontext(text) {
        if (dropDepth === 0) current.children.push(text);
      },
      onclosetag() {
        if (dropDepth > 0) dropDepth--;
        if (current.parent) current = current.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
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

/** Raw text content (script/style bodies are not in the tree). */
export function textOf(node: Node): string {
  if (!isEl(node)) return node;
  let out = "";
  for (const c of node.children) out += isEl(c) ? textOf(c) : c;
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

/** `class` and `id` together, the string class/id hints are matched against. */
export function classAndId(el: El): string {
  const c = el.attrs.class;
  const id = el.attrs.id;
  return c && id ? `${c} ${id}` : c || id || "";
}

export function removeNode(el: El): void {
  const p = el.parent;
  if (!p) return;
  const i = p.children.indexOf(el);
  if (i >= 0) p.children.splice(i, 1);
  el.parent = null;
}

export function hasAncestor(el: El, test: (a: El) => boolean): boolean {
  for (let a = el.parent; a; a = a.parent) if (test(a)) return true;
  return false;
}
