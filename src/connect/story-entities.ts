/**
 * The entities a story is told by. An article names places and people that are not its event's: a
 * flood report quotes a forecast naming another wadi, a strike report recalls an earlier raid in
 * another town. Such names, weighed as the article's entities, pull it toward the stories of those
 * other places and people. An entity is kept when the title names it or the body names it outside
 * its quotes and the sentences of its background figures (understanding's quote spans and figure
 * scopes); a name found nowhere in the title or body (an embed's) is kept.
 *
 * Left out altogether, they raised DEV's small stories and parted one DEV hard-negative pair but
 * lowered TEST F1 (0.908 → 0.903, hard negatives 10/18 → 11/18; `--story-entities=…` in the eval).
 * The connector instead gives names said only in quotes aside (`storyEntitiesOf`), and the story
 * index weighs them × `asideWeight` (stories.ts; eval/stories/README.md, ninth round).
 */
import type { Entity, Fact, Quote } from "../types.js";

export interface StoryEntityText {
  title: string;
  body: string;
  quotes: readonly Quote[];
  facts: readonly Fact[];
}

export interface StoryEntityParts {
  /** Leave out names said only inside quotes. Default true. */
  quotes: boolean;
  /** Leave out names only in the sentences of background figures. Default true. */
  background: boolean;
}

/** Both asides left out: the form measured on eval/stories (README, eighth round). */
export const STORY_ENTITY_PARTS: StoryEntityParts = { quotes: true, background: true };

type Span = readonly [number, number];

export function storyEntities(entities: readonly Entity[], text: StoryEntityText, parts: StoryEntityParts = STORY_ENTITY_PARTS): Entity[] {
  const aside = asideSpans(text, parts);
  if (!aside.length) return [...entities];
  return entities.filter((e) => toldOutside(e, text, aside));
}

/** The body's quote spans and background sentences, sorted. */
function asideSpans(text: StoryEntityText, parts: StoryEntityParts): Span[] {
  const spans: Span[] = [];
  if (parts.quotes) for (const q of text.quotes) if (q.start !== undefined && q.text) spans.push([q.start, q.start + q.text.length]);
  if (parts.background) {
    for (const f of text.facts) {
      if (f.scope?.extent !== "background" || !f.text) continue;
      const at = sentenceAt(text.body, f);
      if (at >= 0) spans.push([at, at + f.text.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Where the fact's sentence starts in the body: the occurrence holding its number when it is known. */
function sentenceAt(body: string, f: Fact): number {
  if (f.start === undefined) return body.indexOf(f.text);
  const at = body.lastIndexOf(f.text, f.start);
  return at >= 0 && at + f.text.length >= f.start ? at : body.indexOf(f.text);
}

function toldOutside(e: Entity, text: StoryEntityText, aside: readonly Span[]): boolean {
  const forms = e.mentions.length ? e.mentions : [e.name];
  let found = false;
  for (const form of forms) {
    if (!form) continue;
    if (text.title.includes(form)) return true;
    for (let at = text.body.indexOf(form); at >= 0; at = text.body.indexOf(form, at + 1)) {
      found = true;
      if (!inside(at, at + form.length, aside)) return true;
    }
  }
  return !found;
}

function inside(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

/** Quotes only: the aside the connector weighs lighter (`asideWeight`; background sentences changed nothing on DEV). */
export const QUOTE_ASIDE: StoryEntityParts = { quotes: true, background: false };

/**
 * An article's entities in two parts: those it tells as its own, and those it names only aside
 * (`parts`), which the story index weighs × `asideWeight` (stories.ts `asideEntities`).
 */
export function entitiesAndAside(entities: readonly Entity[], text: StoryEntityText, parts: StoryEntityParts = QUOTE_ASIDE): { entities: Entity[]; asideEntities: Entity[] } {
  const told = new Set(storyEntities(entities, text, parts));
  return { entities: entities.filter((e) => told.has(e)), asideEntities: entities.filter((e) => !told.has(e)) };
}

/** What the story index reads of an understood article's entities: told and aside (quotes only), as the connector gives them. */
export function storyEntitiesOf(a: { title: string; body: string; entities: readonly Entity[]; quotes: readonly Quote[] }): { entities: Entity[]; asideEntities: Entity[] } {
  return entitiesAndAside(a.entities, { title: a.title, body: a.body, quotes: a.quotes, facts: [] });
}
