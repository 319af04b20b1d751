/**
 * The conjunctions و and ف fused before a word (`وقال`, `فإن`): cut by a test of the first code unit.
 * The stages cut them from hundreds of words an article, and a regex replace (`/^[وف]/`) per word
 * cost more than the rest of those tests.
 */

const WAW = 0x0648;
const FEH = 0x0641;

/** `word` without one و or ف in front, as `word.replace(/^[وف]/, "")` gives it. */
export function withoutConjunction(word: string): string {
  const c = word.charCodeAt(0);
  return c === WAW || c === FEH ? word.slice(1) : word;
}
