/**
 * Main-content selection on a pruned tree. Rules:
 * - every text block (p, pre, td, or a div/section holding its own text) of at least
 *   MIN_BLOCK_CHARS scores 1 + its commas (Latin `,`, Arabic `،` `؛`, CJK `，` `、`) + one per 100 characters
 *   (at most 3), credited to its parent in full, its grandparent by half and higher ancestors by
 *   a third of the level; text directly inside a container scores as the paragraphs its line
 *   breaks make; a short block naming rights, policies or disclosures (LEGAL) scores nothing;
 * - an ancestor starts from its tag's prior and its class/id hints (±25, English and Arabic);
 * - a candidate's final score is discounted by its link density;
 * - the best candidate is widened to an ancestor that holds several near-best candidates, whose
 *   own score keeps rising, or that adds mostly prose to it (a story split into chunks; prose in
 *   other `article` elements, the cards of a "more in this section" rail, is not this story's), then
 *   merged with siblings that score well or read as prose (a wrapper holding one paragraph and
 *   nothing else reads as that paragraph: Readability unwraps such divs first); a lead the page
 *   names as such (intro, standfirst, summary… or the article's `<header>`) standing before the body in the same
 *   `article` (without one: the one paragraph a class names a lead in the story's wrapper) is put in
 *   front of it; a lead named by its class needs no full stop (decks often end without one);
 * - a reading-time note alone on its line (`17 minute read`, `Lesezeit: 3 Min`) is chrome wherever it sits;
 * - inside the kept nodes, blocks are dropped when their hints are negative, when they are mostly
 *   links, when they are short legal notices, or when they are lists of short items in a container
 *   that is not a list; a list item with a sentence of unlinked text is prose, and so is a linked
 *   item written as a statement (five words or more ending in a full stop or `!`); a paragraph that
 *   is one linked URL is a source the story cites, not a link list; a data table (it heads its
 *   columns with `<th>`, `<thead>` or a `<caption>`, holds no table and is not presentational, as
 *   Readability tells one) is kept whole when its own class allows it, each row written as one line.
 */
import { isBoilerplateLine, isTagLabel, opensWithReadAlso, opensWithSharePrompt } from "../../arabic/cues/index.js";
import { LEARNED_BLOCK_WEIGHTS } from "./block-weights.js";
import { findDatesInText } from "./date-text.js";
import { BROADCAST_PLUG, INLINE_PROMPT, INLINE_PROMPT_MAX_CHARS, LEAD_HINT, LEGAL, NEGATIVE, OPENING_PROMPT, OPENING_PROMPT_MAX_CHARS, POSITIVE, READER_PROMPT, READER_PROMPT_MAX_CHARS, READING_TIME, READING_TIME_MAX_CHARS, RELATED_HEADING, RELATED_HEADING_MAX_CHARS, TAIL_NOTICE } from "./hints.js";
import { classAndId, cleanText, contains, isEl, textOf, type El } from "./tree.js";

/** Shorter blocks are labels, buttons and captions; Readability uses the same floor. */
const MIN_BLOCK_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const MIN_ALTERNATIVES = 3;
/** Climb to a parent only for a real gain of prose made mostly of prose. */
const CHUNK_PROSE_SHARE = 0.6;

/**
 * The weights block choice weighs its signals with. The shipped values are learned on the DEV
 * halves of the public suites by `npm run train -- extract-html` (block-weights.ts); the names say
 * what each one trades.
 */
export interface BlockWeights {
  /** Score a class/id hint adds (positive words) or takes (negative words) from a candidate; a kept block with a weaker hint and many links is dropped. */
  classHint: number;
  /** Share of the top candidate's score a sibling needs to join it. */
  siblingShare: number;
  /** Share of the best score an alternative candidate needs to count when widening. */
  alternativeShare: number;
  /** Blocks with more linked text than this are link lists, not prose. */
  proseMaxLinkDensity: number;
  /** A kept block (not a paragraph) with more linked text than this is dropped. */
  linkListDensity: number;
  /** Unlinked characters per list item that make a list item (or a list) prose. */
  listItemProseChars: number;
  /** Climbing to a parent needs this share more prose than the current pick holds. */
  chunkGain: number;
}
/** A lead is a sentence or more; a header's other lines (kicker, byline, date) are shorter. */
const LEAD_MIN_CHARS = 80;
/** Blocks other than `p` a lead is set in when its class names it one. */
const LEAD_BLOCK_TAGS = new Set(["h2", "h3", "div", "span"]);
/** How far above the body the `article` element holding its lead may be. */
const LEAD_ARTICLE_LEVELS = 4;
/** A wrapper may add a caption or a button label without ending the climb. */
const CHUNK_WRAPPER_CHARS = 200;

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table",
  "tbody", "thead", "tfoot", "tr", "ul", "br", "td", "th", "caption", "details", "summary",
]);
const SCORED_TAGS = new Set(["p", "pre", "td"]);
const CONTAINER_TAGS = new Set(["div", "section", "article", "main", "span", "font", "center", "blockquote"]);
/** Latin, Arabic and CJK commas: a Japanese or Chinese story separates its clauses with `、` or `，`. */
const COMMAS = /[,،؛，、﹐]/g;
/** Header lines (section label, date line, share prompt) are shorter and end without a stop. */
const HEADER_LINE_CHARS = 100;
const MAX_HEADER_LINES = 8;
const SENTENCE_END = /[.!?؟。:]["'”»)]?$/;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;
/** A short block naming rights, policies or disclosures is a footer or a notice, however many commas it has. */
const LEGAL_MAX_CHARS = 600;

interface Stats {
  len: number;
  linkLen: number;
  commas: number;
  hasBlockChild: boolean;
  /** Text outside block children (line breaks count as inline): a div of `<br>`-separated prose. */
  ownText: number;
  ownCommas: number;
}

export interface Selection {
  nodes: El[];
  /** The scored candidate the nodes were chosen around. */
  top: El;
}

export class Scorer {
  private readonly stats = new Map<El, Stats>();
  private readonly scores = new Map<El, number>();
  /** Characters of prose blocks (scored, few links) under each element. */
  private readonly prose = new Map<El, number>();
  private readonly mostlyUnlinked = new Map<El, boolean>();
  private readonly dataTables = new Map<El, boolean>();

  constructor(
    private readonly root: El,
    private readonly weights: BlockWeights = LEARNED_BLOCK_WEIGHTS,
  ) {
    this.measure(root);
  }

  private measure(el: El): Stats {
    const s: Stats = { len: 0, linkLen: 0, commas: 0, hasBlockChild: false, ownText: 0, ownCommas: 0 };
    for (const c of el.children) {
      if (isEl(c)) {
        const cs = this.measure(c);
        s.len += cs.len;
        s.linkLen += c.tag === "a" ? cs.len : cs.linkLen;
        s.commas += cs.commas;
        if (c.tag === "br") continue;
        if (BLOCK_TAGS.has(c.tag)) s.hasBlockChild = true;
        else {
          s.ownText += cs.len;
          s.ownCommas += cs.commas;
        }
      } else {
        const t = cleanText(c);
        if (t) {
          s.len += t.length + 1;
          s.ownText += t.length + 1;
          const commas = t.match(COMMAS)?.length ?? 0;
          s.commas += commas;
          s.ownCommas += commas;
        }
      }
    }
    this.stats.set(el, s);
    return s;
  }

  statsOf(el: El): Stats {
    return this.stats.get(el) ?? this.measure(el);
  }

  linkDensity(el: El): number {
    const s = this.statsOf(el);
    return s.len === 0 ? 0 : s.linkLen / s.len;
  }

  /** Scores text blocks into their ancestors and picks the content nodes; null when nothing scores. */
  select(): Selection | null {
    const candidates: El[] = [];
    this.scoreBlocks(this.root, candidates);
    if (candidates.length === 0) return null;
    let top: El | null = null;
    let best = -Infinity;
    const finals = new Map<El, number>();
    for (const c of candidates) {
      const f = this.scores.get(c)! * (1 - this.linkDensity(c));
      finals.set(c, f);
      if (f > best) {
        best = f;
        top = c;
      }
    }
    if (!top) return null;
    top = this.widen(top, best, finals);
    const nodes = this.mergeSiblings(top, finals);
    const lead = this.leadBefore(nodes[0]!);
    return { nodes: lead ? [lead, ...nodes] : nodes, top };
  }

  /**
   * The story's lead when it stands apart from the body, in the article's header: the last
   * paragraph of prose (a sentence of LEAD_MIN_CHARS or more, few links) before the body inside the
   * same `article` element, with nothing but headings, bylines, captions and dates between them, that the page
   * names a lead (LEAD_HINT on it or a wrapper, or a `<header>` around it). A page without an
   * `article` element keeps its lead in the story's wrapper a few levels up; there only a lead named
   * by its class counts, and only when it is the one such paragraph before the body (several are
   * the teasers of a rail).
   */
  private leadBefore(first: El): El | null {
    const ancestors: El[] = [];
    for (let a = first.parent; a && ancestors.length < LEAD_ARTICLE_LEVELS && a.tag !== "body" && a.tag !== "#root"; a = a.parent) ancestors.push(a);
    const article = ancestors.find((a) => a.tag === "article");
    if (article) return this.leadIn(article, first, false);
    for (const wrapper of ancestors) {
      const lead = this.leadIn(wrapper, first, true);
      if (lead) return lead;
    }
    return null;
  }

  private leadIn(container: El, first: El, isWrapper: boolean): El | null {
    let lead: El | null = null;
    let named = 0;
    const walk = (el: El): boolean => {
      for (const c of el.children) {
        if (!isEl(c)) continue;
        if (c === first) return true;
        if (c.tag === "p" || this.isNamedLeadBlock(c)) {
          if (this.isLead(c, container, isWrapper)) {
            lead = c;
            named++;
          } else if (this.isProseBetween(c)) lead = null;
        } else if (walk(c)) return true;
      }
      return false;
    };
    return walk(container) && (!isWrapper || named === 1) ? lead : null;
  }

  /**
   * A paragraph between a lead and the body that ends the lead's claim: prose of its own. A byline
   * (`von <a>Till Eckert</a>, <a>Max Bernhard</a>`: mostly links) or a photo caption (a class hint
   * against it) stands between a header and its body on many pages and ends nothing.
   */
  private isProseBetween(p: El): boolean {
    return this.statsOf(p).len >= MIN_BLOCK_CHARS && this.linkDensity(p) < this.weights.proseMaxLinkDensity && classWeight(classAndId(p), this.weights.classHint) >= 0;
  }

  /**
   * A lead set in another block than a paragraph: a subheading (`<h2 class="subtitle">`,
   * `<h2 class="c-article-summary">`), a `<div class="article--lead">` or a span, named a lead by
   * its own class and holding no block of its own; not one its class also names chrome by a NEGATIVE word
   * (`image__caption text-summaryGrayDark`: a photo caption).
   */
  private isNamedLeadBlock(el: El): boolean {
    if (!LEAD_BLOCK_TAGS.has(el.tag) || this.statsOf(el).hasBlockChild) return false;
    const ci = classAndId(el);
    return LEAD_HINT.test(`${ci} ${el.attrs.itemprop ?? ""}`) && !NEGATIVE.test(ci);
  }

  private isLead(p: El, container: El, byHintOnly: boolean): boolean {
    const named = p.tag === "p" ? namedLead(p, container) : "hint";
    if (!named || (byHintOnly && named !== "hint")) return false;
    const s = this.statsOf(p);
    if (s.len < LEAD_MIN_CHARS || s.len >= LEGAL_MAX_CHARS * 2 || this.linkDensity(p) >= this.weights.proseMaxLinkDensity) return false;
    const text = cleanText(textOf(p));
    return (named === "hint" || SENTENCE_END.test(text)) && !LEGAL.test(text);
  }

  private scoreBlocks(el: El, candidates: El[]): void {
    for (const c of el.children) {
      if (!isEl(c)) continue;
      const s = this.statsOf(c);
      const isBlock = SCORED_TAGS.has(c.tag) ? s.len >= MIN_BLOCK_CHARS : CONTAINER_TAGS.has(c.tag) && s.ownText >= MIN_BLOCK_CHARS;
      const isLegal = isBlock && s.len < LEGAL_MAX_CHARS && LEGAL.test(textOf(c));
      if (isBlock && !isLegal) {
        const own = SCORED_TAGS.has(c.tag) ? s.len : s.ownText;
        const score = SCORED_TAGS.has(c.tag) ? paragraphScore(own, s.commas) : ownParagraphsScore(c);
        if (this.linkDensity(c) < this.weights.proseMaxLinkDensity) for (let a = c.parent; a; a = a.parent) this.prose.set(a, (this.prose.get(a) ?? 0) + own);
        let level = 0;
        for (let a = c.parent; a && level < ANCESTOR_LEVELS; a = a.parent, level++) {
          if (a.tag === "#root") break;
          if (!this.scores.has(a)) {
            this.scores.set(a, prior(a, this.weights.classHint));
            candidates.push(a);
          }
          const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
          this.scores.set(a, this.scores.get(a)! + score / divider);
        }
      }
      if (s.hasBlockChild || !isBlock) this.scoreBlocks(c, candidates);
    }
  }

  private widen(top: El, best: number, finals: Map<El, number>): El {
    const alternatives = [...finals.entries()]
      .filter(([el, f]) => el !== top && f >= best * this.weights.alternativeShare)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([el]) => el);
    if (alternatives.length >= MIN_ALTERNATIVES) {
      for (let p = top.parent; p && p.tag !== "#root" && p.tag !== "body" && p.tag !== "html"; p = p.parent) {
        let inside = 0;
        for (const alt of alternatives) if (contains(p, alt)) inside++;
        if (inside >= MIN_ALTERNATIVES) {
          top = p;
          break;
        }
      }
    }
    // climb while the parent scores higher: the story is split over several scored children
    let last = finals.get(top) ?? best;
    const floor = last / 3;
    for (let p = top.parent; p && p.tag !== "body" && p.tag !== "#root" && p.tag !== "html"; p = p.parent) {
      const ps = finals.get(p);
      if (ps === undefined) continue;
      if (ps < floor) break;
      if (ps > last) {
        top = p;
        last = ps;
      }
    }
    // a story split into chunks: climb while the parent adds mostly prose to what we hold
    for (let p = top.parent; p && p.tag !== "body" && p.tag !== "#root" && p.tag !== "html"; p = p.parent) {
      const added = this.statsOf(p).len - this.statsOf(top).len;
      const isTooLittle = (gain: number): boolean => gain < (this.prose.get(top) ?? 0) * this.weights.chunkGain || gain < added * CHUNK_PROSE_SHARE;
      const rawGain = (this.prose.get(p) ?? 0) - (this.prose.get(top) ?? 0);
      // other articles' prose is part of the raw gain: the walk that finds it is only needed when it can change the answer
      const gained = rawGain > 0 && (!isTooLittle(rawGain) || added < CHUNK_WRAPPER_CHARS) ? rawGain - this.otherArticlesProse(p, top) : rawGain;
      if (gained === 0 && added < CHUNK_WRAPPER_CHARS) continue; // a wrapper: look further up
      if (isTooLittle(gained)) break;
      top = p;
    }
    // a lone child says nothing the parent does not
    while (top.parent && top.parent.tag !== "body" && top.parent.tag !== "#root" && top.parent.children.filter(isEl).length === 1) top = top.parent;
    return top;
  }

  /**
   * Prose inside `article` elements under `p` that neither hold nor sit inside `held`: the cards of
   * an archive or a "more in this section" rail, each its own story with a teaser, not a chunk of this one.
   */
  private otherArticlesProse(p: El, held: El): number {
    let other = 0;
    const walk = (el: El): void => {
      for (const c of el.children) {
        if (!isEl(c) || c === held) continue;
        if (c.tag === "article" && !contains(c, held)) other += this.prose.get(c) ?? 0;
        else walk(c);
      }
    };
    walk(p);
    return other;
  }

  private mergeSiblings(top: El, finals: Map<El, number>): El[] {
    const parent = top.parent;
    if (!parent) return [top];
    const topScore = finals.get(top) ?? 0;
    const threshold = Math.max(10, topScore * this.weights.siblingShare);
    const nodes: El[] = [];
    for (const sib of parent.children) {
      if (!isEl(sib)) continue;
      if (sib === top) {
        nodes.push(sib);
        continue;
      }
      let bonus = 0;
      if (sib.attrs.class && sib.attrs.class === top.attrs.class) bonus += topScore * 0.2;
      const f = finals.get(sib);
      if (f !== undefined && f + bonus >= threshold) {
        nodes.push(sib);
        continue;
      }
      // a wrapper holding one paragraph and nothing else is judged as that paragraph
      if (sib.tag === "p" || (CONTAINER_TAGS.has(sib.tag) && (!this.statsOf(sib).hasBlockChild || this.isPlainParagraphWrapper(sib)))) {
        const s = this.statsOf(sib);
        const density = this.linkDensity(sib);
        const text = s.len > 0 ? cleanText(textOf(sib)) : "";
        if (s.len > 80 && density < 0.25) nodes.push(sib);
        else if (s.len < 80 && s.len > 0 && density === 0 && /[.!?؟。]\s*$/.test(text)) nodes.push(sib);
      }
    }
    return nodes;
  }

  /**
   * A chain of wrappers around one paragraph, none of them (nor the paragraph) named for chrome: a
   * `<div class="media"><p class="media__caption">` is a caption, not the story's closing line.
   */
  private isPlainParagraphWrapper(el: El): boolean {
    return wrapsOneParagraph(el, (e) => classWeight(classAndId(e), this.weights.classHint) >= 0);
  }

  /**
   * A list written in prose: its items hold, on average, a sentence of unlinked text, or most of
   * them say something around their link (`gero <a>removed the attribute</a> from dialogs`) where
   * a list of headlines is links alone; a list of one item does when that item words its links
   * (`Neil has patches up to <a>improve the tab unloader</a>, and <a>show UI when…</a>`: changelog
   * notes set one to a list under their heading); a list whose every item is a bare URL is the
   * story's sources.
   */
  private isProseList(list: El): boolean {
    if (list.tag !== "ul" && list.tag !== "ol") return false;
    const s = this.statsOf(list);
    const items = list.children.filter((c): c is El => isEl(c) && c.tag === "li");
    if ((s.len - s.linkLen) / Math.max(1, items.length) >= this.weights.listItemProseChars) return true;
    // the sources a story cites, one URL an item (the list form of a linked bare URL's paragraph)
    if (items.length >= 2 && items.every((li) => BARE_URL.test(cleanText(textOf(li))))) return true;
    // a list of one point: its item must say more around its links than a label does (`Related: <a>…</a>`)
    if (items.length === 1) return hasWordsAroundLink(items[0]!, LONE_POINT_MIN_WORDS);
    return items.length >= 2 && items.filter((li) => hasWordsAroundLink(li)).length >= items.length * POINT_LIST_SHARE;
  }

  /**
   * A list of points most of which link nothing (`When will I use this again?`, `Does this item
   * <a>bring you joy</a>?`): its one linked item is a point like the others, where every item of a
   * link list is a link.
   */
  private isMostlyUnlinked(list: El): boolean {
    if (list.tag !== "ul" && list.tag !== "ol") return false;
    let answer = this.mostlyUnlinked.get(list);
    if (answer === undefined) {
      const items = list.children.filter((c): c is El => isEl(c) && c.tag === "li");
      const unlinked = items.filter((li) => this.statsOf(li).linkLen === 0 && (cleanText(textOf(li)).match(WORD)?.length ?? 0) >= POINT_MIN_WORDS);
      answer = items.length >= 2 && unlinked.length >= items.length * POINT_LIST_SHARE;
      // asked once per item of the list: the answer is the list's
      this.mostlyUnlinked.set(list, answer);
    }
    return answer;
  }

  /** Whether a block inside the kept content is chrome rather than story. */
  isBoilerplate(el: El, rootLen: number): boolean {
    const s = this.statsOf(el);
    if (s.len === 0) return false;
    const ci = classAndId(el);
    const w = this.weights;
    const weight = classWeight(ci, w.classHint);
    const density = this.linkDensity(el);
    if (s.len < LEGAL_MAX_CHARS && LEGAL.test(textOf(el))) return true;
    // a data table is read whole: a linked ticker or name in a cell is one value of its row (the
    // table itself is still judged by its class, as every block is)
    if (TABLE_PARTS.has(el.tag) && this.isInDataTable(el) && (el.tag !== "table" || weight >= 0)) return false;
    if (el.tag === "p") return density > 0.9 && s.len < 200 && s.commas === 0 && !BARE_URL.test(cleanText(textOf(el)));
    if (weight < 0 && s.len < rootLen * 0.5) return true;
    // a paragraph in its own chain of wrappers is judged as that paragraph
    if (wrapsOneParagraph(el)) return false;
    if (s.commas >= 10) return false;
    // a list item that opens with a linked name and goes on in a sentence is prose
    if (el.tag === "li" && s.len - s.linkLen >= w.listItemProseChars) return false;
    // a linked list item written as a statement (it ends with a full stop) is a point of the story;
    // the headlines of link lists end without one
    if (el.tag === "li" && isLinkedStatement(el)) return false;
    // a point of a list written in prose, or a sub-list of such a point, is part of that list
    if (el.tag === "li" && el.parent && (el.parent.parent?.tag === "li" || this.isProseList(el.parent) || this.isMostlyUnlinked(el.parent))) return false;
    if (el.tag === "ul" || el.tag === "ol") {
      if (isUnderRelatedHeading(el)) return true;
      if (el.parent?.tag === "li") return false;
      return density > w.linkListDensity && !this.isProseList(el);
    }
    // a linked section heading over the prose it opens is the story's (a teaser's title opens no prose)
    if (SECTION_HEADING.test(el.tag) && s.len <= SECTION_HEADING_MAX_CHARS && this.opensProse(el)) return false;
    if (density > w.linkListDensity) return true;
    if (weight < w.classHint && density > w.proseMaxLinkDensity && s.len < 600) return true;
    return false;
  }

  /** Whether the element is, or is inside, a data table (the nearest table around it). */
  isInDataTable(el: El): boolean {
    let table: El | null = el;
    while (table && table.tag !== "table") table = table.parent;
    if (!table) return false;
    let answer = this.dataTables.get(table);
    if (answer === undefined) {
      answer = isDataTable(table);
      this.dataTables.set(table, answer);
    }
    return answer;
  }

  /** Whether the next element after the heading is a block of prose (a paragraph or list with few links). */
  private opensProse(heading: El): boolean {
    const siblings = heading.parent?.children ?? [];
    const next = siblings.slice(siblings.indexOf(heading) + 1).find(isEl);
    if (!next || !["p", "ul", "ol"].includes(next.tag)) return false;
    return this.statsOf(next).len >= MIN_BLOCK_CHARS * 2 && this.linkDensity(next) < this.weights.proseMaxLinkDensity;
  }
}

const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"]);
const HEADER_CELL_PARTS = new Set(["th", "thead", "caption"]);
/** A table's cells: written on their row's line, separated as words. */
const TABLE_CELLS = new Set(["td", "th"]);

/**
 * A table of data, as Readability tells one from a layout table: it heads its columns or rows
 * (`<th>`, `<thead>`, a `<caption>`), is not marked presentational and holds no table of its own.
 */
function isDataTable(table: El): boolean {
  if (table.attrs.role === "presentation") return false;
  let headed = false;
  let nested = false;
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (!isEl(c)) continue;
      if (c.tag === "table") nested = true;
      else {
        if (HEADER_CELL_PARTS.has(c.tag)) headed = true;
        walk(c);
      }
    }
  };
  walk(table);
  return headed && !nested;
}

/**
 * Whether the element is a chain of wrappers, each holding one block and no text, that ends in a
 * paragraph; `passes`: a test each of them (the element and the paragraph too) must pass.
 */
function wrapsOneParagraph(el: El, passes: (e: El) => boolean = () => true): boolean {
  if (!passes(el)) return false;
  let inner = soleBlockChild(el);
  while (inner && inner.tag !== "p") {
    if (!passes(inner)) return false;
    inner = soleBlockChild(inner);
  }
  return inner !== null && passes(inner);
}

/** How the paragraph, or a wrapper of it inside the container, is named the lead: by a LEAD_HINT class, by a `<header>` around it, or not. */
function namedLead(p: El, container: El): "hint" | "header" | null {
  let named: "header" | null = null;
  for (let e: El | null = p; e && e !== container; e = e.parent) {
    const hint = `${classAndId(e)} ${e.attrs.itemprop ?? ""}`;
    if (LEAD_HINT.test(hint)) return "hint";
    if (e.tag === "header") named = "header";
  }
  return named;
}

/** The one block child of a wrapper that holds no text of its own beside it, else null. */
function soleBlockChild(el: El): El | null {
  let sole: El | null = null;
  for (const c of el.children) {
    if (!isEl(c)) {
      if (cleanText(c)) return null;
      continue;
    }
    if (!BLOCK_TAGS.has(c.tag) || c.tag === "br" || c.tag === "hr" || sole) return null;
    sole = c;
  }
  return sole;
}

/** A list right after a heading that names other articles (`More stories`, `اقرأ أيضاً`). */
function isUnderRelatedHeading(list: El): boolean {
  const siblings = list.parent?.children ?? [];
  for (let i = siblings.indexOf(list) - 1; i >= 0; i--) {
    const prev = siblings[i]!;
    if (!isEl(prev)) {
      if (cleanText(prev)) return false;
      continue;
    }
    if (prev.tag === "hr" || prev.tag === "br") continue;
    return isRelatedHeading(cleanText(textOf(prev)));
  }
  return false;
}

export function isRelatedHeading(text: string): boolean {
  return text.length > 0 && text.length <= RELATED_HEADING_MAX_CHARS && (RELATED_HEADING.test(text) || (opensWithReadAlso(text) && !SENTENCE_END.test(text)));
}

/** Share of a list's items that must word their link for the list to read as points. */
const POINT_LIST_SHARE = 0.6;
const POINT_MIN_WORDS = 2;
/** Words a list's only item must say outside its links: more than a label's one or two. */
const LONE_POINT_MIN_WORDS = 4;
const WORD = /\p{L}{2,}/gu;

/** An item with a link and, outside it, words of its own (not only a date or a count). */
function hasWordsAroundLink(li: El, minWords = POINT_MIN_WORDS): boolean {
  let unlinked = "";
  let linked = false;
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (!isEl(c)) unlinked += ` ${c}`;
      else if (c.tag === "a") linked = true;
      else walk(c);
    }
  };
  walk(li);
  return linked && (unlinked.match(WORD)?.length ?? 0) >= minWords;
}

const STATEMENT_END = /[.!]["'”»)]?$/;
const MIN_STATEMENT_WORDS = 5;

function isLinkedStatement(el: El): boolean {
  const text = cleanText(textOf(el));
  return STATEMENT_END.test(text) && !text.endsWith("...") && text.split(" ").length >= MIN_STATEMENT_WORDS;
}

/** Readability's paragraph score: one, plus one per comma, plus one per 100 characters (at most 3). */
function paragraphScore(chars: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(chars / 100), 3);
}

/**
 * Text directly inside a container scores as the paragraphs it is written in: a paragraph ends at
 * two line breaks in a row or at a line break after a sentence end.
 */
function ownParagraphsScore(el: El): number {
  let score = 0;
  let text = "";
  let breaks = 0;
  const close = (): void => {
    const t = cleanText(text);
    if (t.length > 0) score += paragraphScore(t.length, t.match(COMMAS)?.length ?? 0);
    text = "";
  };
  for (const c of el.children) {
    if (!isEl(c)) {
      text += c;
      if (c.trim()) breaks = 0;
    } else if (c.tag === "br") {
      breaks++;
      if (breaks >= 2 || SENTENCE_END.test(cleanText(text))) close();
      else text += " ";
    } else if (!BLOCK_TAGS.has(c.tag)) {
      text += textOf(c);
      breaks = 0;
    } else close();
  }
  close();
  return score;
}

function prior(el: El, hintWeight: number): number {
  let score = 0;
  switch (el.tag) {
    case "div":
    case "article":
    case "main":
    case "section":
      score += 5;
      break;
    case "pre":
    case "td":
    case "blockquote":
      score += 3;
      break;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      score -= 3;
      break;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      score -= 5;
      break;
  }
  if (el.attrs.itemprop && /articlebody|text/i.test(el.attrs.itemprop)) score += hintWeight;
  return score + classWeight(classAndId(el), hintWeight);
}

export function classWeight(ci: string, hintWeight: number): number {
  if (!ci) return 0;
  let w = 0;
  if (NEGATIVE.test(ci)) w -= hintWeight;
  if (POSITIVE.test(ci)) w += hintWeight;
  return w;
}

/** Serializes the kept nodes to paragraphs, skipping boilerplate blocks and the title heading. */
export function toParagraphs(nodes: El[], scorer: Scorer, title: string): string[] {
  const rootLen = nodes.reduce((n, el) => n + scorer.statsOf(el).len, 0);
  const out: string[] = [];
  let buffer = "";
  const flush = (): void => {
    const t = cleanText(buffer);
    if (t) out.push(t);
    buffer = "";
  };
  const folded = foldTitle(title);
  // top-level headings above the first sentence are display headlines and kickers, not body
  const headlines = new Set<string>();
  let pendingBreaks = 0;
  // a single <br> wraps a line inside a paragraph unless the line ends a sentence; two end it
  const lineBreak = (): void => {
    pendingBreaks++;
    if (pendingBreaks >= 2 || SENTENCE_END.test(cleanText(buffer))) flush();
    else buffer += " ";
  };
  const visit = (el: El, isRoot: boolean): void => {
    if (el.tag === "br") return lineBreak();
    if (!isRoot && BLOCK_TAGS.has(el.tag) && scorer.isBoilerplate(el, rootLen)) return;
    if (el.tag === "h1" && folded && isTitleEcho(cleanText(textOf(el)), folded)) return;
    // a data table's row is one line, its cells separated as words
    const block = BLOCK_TAGS.has(el.tag) && !(TABLE_CELLS.has(el.tag) && scorer.isInDataTable(el));
    if (block) flush();
    const before = out.length;
    for (const c of el.children) {
      if (isEl(c)) visit(c, false);
      else {
        buffer += c;
        if (c.trim()) pendingBreaks = 0;
      }
      if (!isEl(c) || !TABLE_CELLS.has(c.tag)) continue;
      buffer += " ";
    }
    if (block) flush();
    if ((el.tag === "h1" || el.tag === "h2") && out.length > before) headlines.add(out[out.length - 1]!);
  };
  for (const n of nodes) visit(n, true);
  flush();
  return trimChrome(out, folded, headlines, linkedUrls(nodes));
}

/** The bare URLs the kept nodes write as link text: references the story cites, not image sources leaked as text. */
function linkedUrls(nodes: El[]): Set<string> {
  const urls = new Set<string>();
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (!isEl(c)) continue;
      if (c.tag === "a") {
        const text = cleanText(textOf(c));
        if (BARE_URL.test(text)) urls.add(text);
      } else walk(c);
    }
  };
  for (const n of nodes) walk(n);
  return urls;
}

const TIME_OF_DAY = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/;
const BYLINE = /^(?:by|von|par|por|di|door|av|przez|كتب|بقلم|إعداد)\s/i;
const FOLLOW_PROMPT = /^(?:follow|folgen|suivez|تابع)/i;
const RELATIVE_TIME = /\b\d+\s+(?:sec|min|minute|hour|hr|day|week|month)s?\s+ago\b|^منذ\s/i;
const NEWSLETTER_PROMPT = /\b(?:newsletter|news email|sign up|subscribe)\b/i;
/** A gallery's counter: `1 of 12`, `3/20`. */
const COUNTER = /^\d+\s*(?:of|von|de|\/)\s*\d+\b/i;
const SOFT_HYPHEN = /\u00ad/g;
const SECTION_HEADING = /^h[2-6]$/;
const DATE_LINE_MAX_CHARS = 250;
const SECTION_HEADING_MAX_CHARS = 120;
/** A teaser's excerpt is cut short with an ellipsis. */
const CUT_SHORT = /(?:…|\.\.\.)$/;
const TEASER_EXCERPT_MAX_CHARS = 300;
/** A header line made mostly of the title's words is a kicker-and-title variant of it. */
const TITLE_WORD_SHARE = 0.6;

/**
 * Of the short lines above the first sentence, the article's chrome: a date, time or "2 hours ago"
 * line, a gallery counter, a byline, a follow, share or newsletter prompt, a variant of the title; other short lines (a subheading, a
 * product's facts, a dance figure's name) are the start of the body.
 */
function isHeaderChrome(line: string, foldedTitle: string): boolean {
  if (findDatesInText(line).length > 0 || TIME_OF_DAY.test(line)) return true;
  if (RELATIVE_TIME.test(line) || COUNTER.test(line)) return true;
  if (BYLINE.test(line) || FOLLOW_PROMPT.test(line) || NEWSLETTER_PROMPT.test(line) || opensWithSharePrompt(line)) return true;
  const words = line.replace(SOFT_HYPHEN, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return true;
  const title = foldedTitle.replace(SOFT_HYPHEN, "");
  const inTitle = words.filter((w) => title.includes(w)).length;
  return inTitle / words.length >= TITLE_WORD_SHARE;
}

/**
 * A header line that dates the story and goes on past HEADER_LINE_CHARS with no sentence end: the
 * site, date, update time and authors in one line (`Le Monde | 04.05.2015 à 13h36 • Mis à jour le
 * 05.05.2015 à 20h13 | Par …`), not the body's first sentence.
 */
function isDateLine(line: string): boolean {
  return line.length <= DATE_LINE_MAX_CHARS && (TIME_OF_DAY.test(line) || findDatesInText(line).length > 0);
}

/**
 * A related-stories heading followed by the cut excerpts of its teasers (each ending in `…`) at the
 * end of a body: the excerpts go here, the heading with the loop's next turn.
 */
function dropTeaserRail(out: string[]): boolean {
  let i = out.length;
  while (i > 1 && isTeaserExcerpt(out[i - 1]!)) i--;
  if (i === out.length || !isRelatedHeading(out[i - 1]!)) return false;
  out.length = i;
  return true;
}

function isTeaserExcerpt(paragraph: string): boolean {
  return paragraph.length <= TEASER_EXCERPT_MAX_CHARS && CUT_SHORT.test(paragraph);
}

function isReaderPrompt(paragraph: string): boolean {
  if (paragraph.length <= OPENING_PROMPT_MAX_CHARS && OPENING_PROMPT.test(paragraph)) return true;
  return paragraph.length <= READER_PROMPT_MAX_CHARS && (READER_PROMPT.test(paragraph) || BROADCAST_PLUG.test(paragraph));
}

/** A reading-time note alone on its line (`17 minute read`, `3 Min Lesezeit`). */
export function isReadingTime(paragraph: string): boolean {
  return paragraph.length <= READING_TIME_MAX_CHARS && READING_TIME.test(paragraph);
}

/** A short subscription offer standing alone between paragraphs ("Subscribe to X and stay smart…"). */
function isInlinePrompt(paragraph: string): boolean {
  return paragraph.length <= INLINE_PROMPT_MAX_CHARS && INLINE_PROMPT.test(paragraph);
}

export function foldTitle(title: string): string {
  return cleanText(title).toLowerCase();
}

function isTitleEcho(text: string, foldedTitle: string): boolean {
  const t = text.toLowerCase();
  return t.length > 0 && (t === foldedTitle || (t.length > 10 && foldedTitle.includes(t)) || (foldedTitle.length > 10 && t.includes(foldedTitle) && t.length < foldedTitle.length * 1.3));
}

/** Drops echo titles, share/tag labels and read-also lines; cuts at a tag label near the end. */
export function trimChrome(paragraphs: string[], foldedTitle: string, headlines: ReadonlySet<string> = new Set(), linked: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (foldedTitle && out.length === 0 && isTitleEcho(p, foldedTitle)) continue;
    if (isTagLabel(p) || (opensWithSharePrompt(p) && p.length < 40)) continue;
    if (opensWithReadAlso(p) && p.length < 200) continue;
    if (isBoilerplateLine(p) || isInlinePrompt(p) || isReadingTime(p)) continue;
    out.push(p);
  }
  while (out.length > 1 && (TAIL_NOTICE.test(out[out.length - 1]!) || isReaderPrompt(out[out.length - 1]!) || isRelatedHeading(out[out.length - 1]!) || dropTeaserRail(out))) out.pop();
  // of the short lines before the first sentence, the article header's chrome goes (date and
  // byline lines, prompts, title variants, top-level headings); bare URLs are image sources that
  // leaked as text, unless the page wrote them as a link's text (a source the story cites)
  const first = out.findIndex((p) => SENTENCE_END.test(p) || (p.length >= HEADER_LINE_CHARS && !isDateLine(p)));
  const start = first > 0 && first <= MAX_HEADER_LINES ? first : 0;
  const header = out.slice(0, start).filter((p) => !headlines.has(p) && !isHeaderChrome(p, foldedTitle));
  return [...header, ...out.slice(start)].filter((p) => !BARE_URL.test(p) || linked.has(p));
}
