/** The key most votes give, ties to the smallest (the empty string when there are no votes). */
export function commonest(votes: ReadonlyMap<string, number>): string {
  let best = "";
  let bestVotes = 0;
  for (const [key, n] of votes) if (n > bestVotes || (n === bestVotes && key < best)) [best, bestVotes] = [key, n];
  return best;
}

/** Adds one vote (or `n`) for `key`. */
export function vote<K>(votes: Map<K, number>, key: K, n = 1): void {
  votes.set(key, (votes.get(key) ?? 0) + n);
}
