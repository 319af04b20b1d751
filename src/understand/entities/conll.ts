/**
 * CoNLL BIO files (one `token tag` per line, blank line between sentences), as ANERcorp and
 * NewsFANE ship them:
 * - token and tag are separated by the last run of white space (tabs or spaces);
 * - a line with one field is a token tagged `O`; lines without a field end a sentence;
 * - entity spans (conlleval style): a span starts at `B-X`, or at `I-X` not continuing an X span,
 *   and runs over the following `I-X` tags.
 */

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export interface TagSpan {
  type: string;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (current.tokens.length) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const m = /^(.*\S)\s+(\S+)$/.exec(line);
    current.tokens.push(m ? m[1]! : line);
    current.tags.push(m ? m[2]! : "O");
  }
  if (current.tokens.length) sentences.push(current);
  return sentences;
}

export function spansOfTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    if (open && (prefix !== "I-" || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (prefix === "B-" || (prefix === "I-" && !open)) open = { type, start: i, end: i + 1 };
  });
  if (open) {
    (open as TagSpan).end = tags.length;
    spans.push(open);
  }
  return spans;
}

export interface TypeScore {
  type: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScores {
  perType: TypeScore[];
  micro: TypeScore;
  /** Mean of the per-type F1. */
  macroF1: number;
}

function score(type: string, tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, tp, fp, fn, precision, recall, f1 };
}

/** Entity-level exact-match scores (span and type), conlleval style, over aligned tag sequences. */
export function scoreTagSequences(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): SpanScores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bucket = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((g, i) => {
    const key = (s: TagSpan) => `${s.type}:${s.start}:${s.end}`;
    const gs = spansOfTags(g);
    const ps = spansOfTags(predicted[i] ?? []);
    const goldKeys = new Set(gs.map(key));
    const predKeys = new Set(ps.map(key));
    for (const s of gs) bucket(s.type)[predKeys.has(key(s)) ? "tp" : "fn"]++;
    for (const s of ps) if (!goldKeys.has(key(s))) bucket(s.type).fp++;
  });
  const perType = [...counts.keys()].sort().map((t) => {
    const c = counts.get(t)!;
    return score(t, c.tp, c.fp, c.fn);
  });
  const sum = (k: "tp" | "fp" | "fn") => perType.reduce((a, s) => a + s[k], 0);
  const micro = score("micro", sum("tp"), sum("fp"), sum("fn"));
  const macroF1 = perType.length ? perType.reduce((a, s) => a + s.f1, 0) / perType.length : 0;
  return { perType, micro, macroF1 };
}
