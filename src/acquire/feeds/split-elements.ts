/**
 * Splits an XML document at its repeated entries (feed items, sitemap URLs) so that each entry is
 * parsed apart from the others, a thousand at a time. Parsed whole, a 100,000-item feed held about
 * seven times its text in parse trees at once (fast-xml-parser's own tree beside the one it
 * returns); a call of the parser per entry would cost ×4 its time (it sets up its entity tables on
 * every call). Rules:
 * - Comments, CDATA sections, processing instructions and the doctype are skipped over: an
 *   `<item>` written inside them is text.
 * - An entry ends at its closing tag; one left open ends before the next entry or before the
 *   closing tag of an element that holds entries (`</channel>`), and is closed there, as a lenient
 *   parser would close it.
 * - A batch the parser cannot read is read again entry by entry, so one bad entry loses itself only.
 * - Entries never nest in one another (no feed or sitemap format nests them).
 */

import { children, parseXml } from "./xml.js";

/** The entries' element names, each with the names of the elements that hold them. */
export type EntryParents = ReadonlyMap<string, ReadonlySet<string>>;

export interface SplitDocument {
  /** The document without its entries: its root, channel and other elements, in order. */
  rest: string;
  /** Each entry's own text, `<item …>…</item>` (closed when it was left open), in document order. */
  entries: { name: string; text: string }[];
}

interface Tag {
  name: string;
  closing: boolean;
  /** Index just after the tag's name: attribute values hold no `<` in XML, so scanning goes on from here. */
  nameEnd: number;
}

const TAG_NAME = /<(\/?)([A-Za-z_][\w:.-]*)/y;
const TAG_REST = /(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/y;

/** The end of a start tag whose name ends at `from` (quoted `>` skipped), and whether it closes itself. */
function startTagEnd(text: string, from: number): { end: number; selfClosing: boolean } {
  TAG_REST.lastIndex = from;
  const m = TAG_REST.exec(text);
  return m ? { end: TAG_REST.lastIndex, selfClosing: m[1] === "/" } : { end: text.length, selfClosing: false };
}

export function splitEntries(text: string, parents: EntryParents): SplitDocument {
  const restPieces: string[] = [];
  const entries: SplitDocument["entries"] = [];
  let restFrom = 0;
  let pos = 0;
  for (;;) {
    const next = nextTag(text, pos);
    if (!next) break;
    const { at, tag } = next;
    if (tag.closing || !parents.has(tag.name)) {
      pos = tag.nameEnd;
      continue;
    }
    const start = startTagEnd(text, tag.nameEnd);
    const end = start.selfClosing ? { at: start.end, closed: true } : entryEnd(text, start.end, tag.name, parents);
    restPieces.push(text.slice(restFrom, at));
    const own = text.slice(at, end.at);
    entries.push({ name: tag.name, text: end.closed ? own : `${own}</${tag.name}>` });
    restFrom = pos = end.at;
  }
  restPieces.push(text.slice(restFrom));
  return { rest: restPieces.join(""), entries };
}

/** Where an entry whose start tag ends at `from` ends, and whether its closing tag is there. */
function entryEnd(text: string, from: number, name: string, parents: EntryParents): { at: number; closed: boolean } {
  const holders = parents.get(name)!;
  let pos = from;
  for (;;) {
    const next = nextTag(text, pos);
    if (!next) return { at: text.length, closed: false };
    const { at, tag } = next;
    if (tag.closing && tag.name === name) return { at: startTagEnd(text, tag.nameEnd).end, closed: true };
    if ((tag.closing && holders.has(tag.name)) || (!tag.closing && parents.has(tag.name))) return { at, closed: false };
    pos = tag.nameEnd;
  }
}

/**
 * Whether a parsed root element holds a document: an element, or an element left empty ("" once
 * parsed) because its entries were split off. A root of bare text (`<feed>200 items</feed>`) does not.
 */
export function rootTest(entryCount: number): (root: unknown) => boolean {
  return (root) => (root !== null && typeof root === "object") || (root === "" && entryCount > 0);
}

const BATCH = 1000;
const BATCH_ROOT = "marsad-entries";

/** The parsed nodes of the entries named `name`, in order (see the module rules). */
export function entryNodes(entries: SplitDocument["entries"], name: string): unknown[] {
  const own = entries.filter((e) => e.name === name).map((e) => e.text);
  const nodes: unknown[] = [];
  for (let i = 0; i < own.length; i += BATCH) {
    const batch = own.slice(i, i + BATCH);
    const tree = parseXml(`<${BATCH_ROOT}>${batch.join("")}</${BATCH_ROOT}>`);
    const parsed = tree ? children(tree[BATCH_ROOT], name) : [];
    if (parsed.length === batch.length) nodes.push(...parsed);
    else for (const text of batch) nodes.push(...children(parseXml(text), name));
  }
  return nodes;
}

/** The next element tag at or after `from`, past comments, CDATA, PIs and the doctype. */
function nextTag(text: string, from: number): { at: number; tag: Tag } | null {
  let pos = from;
  for (;;) {
    const at = text.indexOf("<", pos);
    if (at < 0) return null;
    const opaqueEnd = skipOpaque(text, at);
    if (opaqueEnd >= 0) {
      pos = opaqueEnd;
      continue;
    }
    TAG_NAME.lastIndex = at;
    const m = TAG_NAME.exec(text);
    if (!m) {
      pos = at + 1;
      continue;
    }
    return { at, tag: { name: m[2]!, closing: m[1] === "/", nameEnd: TAG_NAME.lastIndex } };
  }
}

const OPAQUE: [open: string, close: string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];

/** The index after a comment, CDATA section, PI or doctype starting at `at`; -1 when none does. */
function skipOpaque(text: string, at: number): number {
  for (const [open, close] of OPAQUE) {
    if (!text.startsWith(open, at)) continue;
    const end = text.indexOf(close, at + open.length);
    return end < 0 ? text.length : end + close.length;
  }
  if (!text.startsWith("<!", at)) return -1;
  // A doctype, whose internal subset in [ ] may hold `>`.
  const bracket = text.indexOf("[", at);
  const close = text.indexOf(">", at);
  if (close < 0) return text.length;
  if (bracket < 0 || bracket > close) return close + 1;
  const subsetEnd = text.indexOf("]", bracket);
  const end = subsetEnd < 0 ? -1 : text.indexOf(">", subsetEnd);
  return end < 0 ? text.length : end + 1;
}
