/**
 * A readable diff between two versions of an article's text, word by word. Rules:
 * - Tokens are words and the white space between them, so the output re-joins into either text.
 * - The longest common subsequence of tokens is kept; the rest is marked removed or added, and
 *   neighbouring pieces of one kind are merged.
 * - Past MAX_CELLS (tokens × tokens) the diff is done paragraph by paragraph instead, so a long
 *   article cannot make one request quadratic in memory.
 */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** 2,000 × 2,000 tokens: a long article, ~16 MB of table at most. */
export const MAX_CELLS = 4_000_000;

export function tokenizeForDiff(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function diffTokens(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, "same", a[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) push(parts, "removed", a[i++]!);
    else push(parts, "added", b[j++]!);
  }
  while (i < n) push(parts, "removed", a[i++]!);
  while (j < m) push(parts, "added", b[j++]!);
  return parts;
}

export function diffText(before: string, after: string): DiffPart[] {
  const a = tokenizeForDiff(before);
  const b = tokenizeForDiff(after);
  if ((a.length + 1) * (b.length + 1) <= MAX_CELLS) return diffTokens(a, b);
  const pa = before.split(/(\n\s*\n)/);
  const pb = after.split(/(\n\s*\n)/);
  const parts: DiffPart[] = [];
  for (const p of (pa.length + 1) * (pb.length + 1) <= MAX_CELLS ? diffTokens(pa, pb) : [{ kind: "removed" as const, text: before }, { kind: "added" as const, text: after }]) push(parts, p.kind, p.text);
  return parts;
}

/** Whether anything changed. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}
