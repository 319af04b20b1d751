/**
 * One section of `npm run eval -- facts` (issue 12): figures, quotes, conflicts, dates, dumps,
 * read-also. Each module in eval/facts/sections/ exports `evaluate` returning one of these; the
 * runner prints every section's report and its metrics, TEST half first; the gate (eval/gate.ts)
 * checks them as `<section>.<metric>` against eval/floors/facts.json.
 */
export interface FactsSection {
  /** Short name, e.g. "figures". */
  name: string;
  /** Human-readable lines: what was scored, on how many items, the worst misses. */
  report: string[];
  /** Metric name → value in [0, 1] (or a count), e.g. `test.precision`, `test.recall`. */
  metrics: Record<string, number>;
  /** Files or folders the section read beyond the draw's corpora (its gold), repo-relative. */
  data?: string[];
}

export type EvaluateSection = (args: string[]) => Promise<FactsSection>;
