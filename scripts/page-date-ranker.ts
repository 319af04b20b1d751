/**
 * A conditional logit over a page's date candidates (scripts/train-page-date.ts): each distinct day
 * that a page-date source gives (pageDateEvidence) is a candidate with a feature vector (FEATURES);
 * the model is fitted by Newton's method from zero (L2-penalized: one optimum, no random start).
 */
import { EVIDENCE_SOURCES, type EvidenceSource } from "../src/extract/html/page-date.js";
import type { IsoDate } from "../src/types.js";

const STATED: EvidenceSource[] = ["json-ld", "meta", "microdata", "other-meta"];
const DAY_MS = 86_400_000;

export type Sources = Record<EvidenceSource, IsoDate | null>;

export interface Candidate {
  day: string;
  x: number[];
}

export interface Example {
  cands: Candidate[];
  /** the index of the gold day among cands */
  right: number;
}

export const FEATURES = [...EVIDENCE_SOURCES.map((s) => `from:${s}`), "chain-choice", "sources(log)", "earliest", "latest", "after-update", "time-of-day", "one-day-off-stated", "far-from-stated", "utc-day-of-stated", "stated-after-update"];

/** The UTC day of a time written in another zone, when it is not the day as written; else null. */
function utcDay(value: IsoDate): string | null {
  const t = instantOf(value);
  if (t === null || /(?:Z|[+-]00:?00)$/.test(value)) return null;
  const day = new Date(t).toISOString().slice(0, 10);
  return day === value.slice(0, 10) ? null : day;
}

function instantOf(value: IsoDate): number | null {
  if (!/T\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/**
 * The candidate days of a page, each with its feature vector (FEATURES); the stated time's UTC day is
 * a candidate too. `chosen`: the hand-written chain's day, a feature unless null (`--no-chain`).
 */
export function candidatesOf(sources: Sources, chosen: IsoDate | null): Candidate[] {
  const byDay = new Map<string, EvidenceSource[]>();
  for (const s of EVIDENCE_SOURCES) {
    const v = sources[s];
    if (!v) continue;
    const day = v.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const statedValue = STATED.map((s) => sources[s]).find((v) => v) ?? null;
  const utc = statedValue ? utcDay(statedValue) : null;
  if (utc && !byDay.has(utc)) byDay.set(utc, []);
  const days = [...byDay.keys()].sort();
  const stated = statedValue?.slice(0, 10) ?? null;
  const update = sources.modified?.slice(0, 10) ?? null;
  const statedAt = statedValue ? instantOf(statedValue) : null;
  const updateAt = sources.modified ? instantOf(sources.modified) : null;
  const statedAfterUpdate = statedAt !== null && updateAt !== null && statedAt > updateAt;
  return days.map((day) => {
    const from = byDay.get(day)!;
    const gap = stated ? Math.abs(Date.parse(day) - Date.parse(stated)) / DAY_MS : 0;
    const x = [
      ...EVIDENCE_SOURCES.map((s) => Number(from.includes(s))),
      Number(chosen?.slice(0, 10) === day),
      Math.log1p(from.length),
      Number(days.length > 1 && day === days[0]),
      Number(days.length > 1 && day === days[days.length - 1]),
      Number(!!update && day > update),
      Number(from.some((s) => /T\d\d:\d\d/.test(sources[s]!))),
      Number(gap === 1),
      Number(gap > 1),
      Number(day === utc),
      Number(statedAfterUpdate && day === stated),
    ];
    return { day, x };
  });
}

/** The training example of a page, or null when it teaches no preference (one candidate, or the gold day is none). */
export function exampleOf(sources: Sources, chosen: IsoDate | null, gold: string): Example | null {
  const cands = candidatesOf(sources, chosen);
  const right = cands.findIndex((c) => c.day === gold);
  return right >= 0 && cands.length > 1 ? { cands, right } : null;
}

/** Conditional logit, L2-penalized, by Newton's method from zero. */
export function fit(examples: Example[], l2: number, iterations = 30): number[] {
  const d = FEATURES.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((v) => l2 * v);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    for (const ex of examples) {
      const p = softmax(ex.cands.map((c) => dot(w, c.x)));
      const mean = new Array<number>(d).fill(0);
      ex.cands.forEach((c, i) => c.x.forEach((v, j) => (mean[j]! += p[i]! * v)));
      ex.cands[ex.right]!.x.forEach((v, j) => (grad[j]! -= v - mean[j]!));
      ex.cands.forEach((c, i) => {
        for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) hess[a]![b]! += p[i]! * (c.x[a]! - mean[a]!) * (c.x[b]! - mean[b]!);
      });
    }
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w.map((v) => Math.round(v * 1e6) / 1e6);
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function softmax(z: number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const s = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / s);
}

function dot(w: number[], x: number[]): number {
  return x.reduce((a, v, i) => a + v * w[i]!, 0);
}

/** The ranker's day for a page: the candidate of highest score (ties: the earlier candidate day). */
export function rankedDay(w: number[], sources: Sources, chosen: IsoDate | null): string | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidatesOf(sources, chosen)) {
    const s = dot(w, c.x);
    if (s > bestScore + 1e-12) {
      best = c;
      bestScore = s;
    }
  }
  return best?.day ?? null;
}

