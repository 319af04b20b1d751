/** Helpers for the tests of rules over the tagger's mentions (not shipped). */
import type { Candidate } from "./recognize/candidate.js";

/** Candidates over the first occurrence (from `from`) of each piece, as the tagger leaves them. */
export function candidates(text: string, pieces: [Candidate["type"], string, number?][]): Candidate[] {
  return pieces.map(([type, piece, from]) => {
    const start = text.indexOf(piece, from ?? 0);
    return { type, text: piece, start, end: start + piece.length, evidence: {} };
  });
}

/** Each mention as `type:text`, in order. */
export const texts = (spans: readonly Candidate[]) => spans.map((s) => `${s.type}:${s.text}`);
