/**
 * Training-time aids for names the training text never labels (issue 11, ent108):
 * - mention swaps: copies of training sentences whose entity spans are replaced by other spans of the
 *   same type drawn from the training text, so the weights of a name's context, affixes and classes
 *   are learned apart from the name it happened to hold (mention replacement, Dai & Adel 2020);
 * - the dev yardstick of unseen names: micro-F1 over the dev entities whose text the train part never
 *   labelled (what a tagger meets in other weeks of news), beside the usual dev micro-F1.
 */
import { spansOfTags, type ConllSentence } from "../../src/understand/entities/conll.js";
import { normalizeArabic } from "../../src/arabic/normalize.js";

/** A span's text as the unseen yardstick compares it: its words normalized, space-joined. */
export function spanKey(tokens: readonly string[]): string {
  return tokens.map((t) => normalizeArabic(t)).join(" ");
}

/** The labelled spans of `sentences`, per type, as token lists (one entry per occurrence: frequent names are drawn more often). */
export function mentionPool(sentences: readonly ConllSentence[]): Map<string, string[][]> {
  const pool = new Map<string, string[][]>();
  for (const s of sentences) {
    for (const span of spansOfTags(s.tags)) {
      const list = pool.get(span.type) ?? [];
      list.push(s.tokens.slice(span.start, span.end));
      pool.set(span.type, list);
    }
  }
  return pool;
}

/**
 * The sentence with every entity span replaced by a span of its type drawn from `pool` (another text
 * than its own when the pool has one; a few draws, then kept as it is). Null when it has no entity.
 */
export function swapMentions(s: ConllSentence, pool: ReadonlyMap<string, readonly string[][]>, random: () => number): ConllSentence | null {
  const spans = spansOfTags(s.tags);
  if (!spans.length) return null;
  const tokens: string[] = [];
  const tags: string[] = [];
  let at = 0;
  for (const span of spans) {
    for (let i = at; i < span.start; i++) {
      tokens.push(s.tokens[i]!);
      tags.push(s.tags[i]!);
    }
    const own = s.tokens.slice(span.start, span.end);
    const choices = pool.get(span.type) ?? [];
    let pick = own;
    for (let tries = 0; tries < 4 && choices.length; tries++) {
      const candidate = choices[Math.floor(random() * choices.length)]!;
      if (spanKey(candidate) !== spanKey(own)) {
        pick = candidate;
        break;
      }
    }
    pick.forEach((t, k) => {
      tokens.push(t);
      tags.push(`${k ? "I" : "B"}-${span.type}`);
    });
    at = span.end;
  }
  for (let i = at; i < s.tokens.length; i++) {
    tokens.push(s.tokens[i]!);
    tags.push(s.tags[i]!);
  }
  return { tokens, tags };
}

/** Counts of the unseen yardstick: predicted and gold spans whose text is not in `seen`, and the right ones among them. */
export interface UnseenCounts {
  tp: number;
  pred: number;
  gold: number;
}

/** The unseen yardstick's counts over sentences (token lists), their gold and predicted tags. */
export function unseenCounts(sentences: readonly (readonly string[])[], gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], seen: ReadonlySet<string>): UnseenCounts {
  const n = { tp: 0, pred: 0, gold: 0 };
  sentences.forEach((s, i) => {
    const g = spansOfTags(gold[i]!);
    const unseen = (q: { start: number; end: number }) => !seen.has(spanKey(s.slice(q.start, q.end)));
    n.gold += g.filter(unseen).length;
    for (const q of spansOfTags(predicted[i]!)) {
      if (!unseen(q)) continue;
      n.pred++;
      if (g.some((r) => r.start === q.start && r.end === q.end && r.type === q.type)) n.tp++;
    }
  });
  return n;
}

/** Micro precision, recall and F1 of unseen counts (summed over folds, or of one set). */
export function unseenF1(n: UnseenCounts): { p: number; r: number; f1: number; gold: number } {
  const p = n.pred ? n.tp / n.pred : 0;
  const r = n.gold ? n.tp / n.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: n.gold };
}

/** Micro precision, recall and F1 over the predicted and gold spans whose text is not in `seen`. */
export function unseenScore(sentences: readonly (readonly string[])[], gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], seen: ReadonlySet<string>): { p: number; r: number; f1: number; gold: number } {
  return unseenF1(unseenCounts(sentences, gold, predicted, seen));
}
