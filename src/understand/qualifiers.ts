/**
 * Qualifiers standing before a count (أكثر من، ما لا يقل عن، نحو، حوالي…), longest first, as folded
 * word sequences: shared by the casualty figures (figures.ts) and the service cuts (service-cuts.ts).
 */
import type { FactQualifier } from "../types.js";
import { normalizeArabic } from "../arabic/normalize.js";

export const QUALIFIERS: ReadonlyArray<[string[], FactQualifier]> = (
  [
    ["ما لا يقل عن", "at_least"], ["مالا يقل عن", "at_least"], ["لا يقل عن", "at_least"], ["لا تقل عن", "at_least"],
    ["ما يزيد عن", "more_than"], ["ما يزيد على", "more_than"], ["ما يربو على", "more_than"], ["يزيد عن", "more_than"], ["يزيد على", "more_than"],
    ["أكثر من", "more_than"], ["أزيد من", "more_than"], ["يتجاوز", "more_than"], ["تجاوز", "more_than"], ["يفوق", "more_than"], ["يربو على", "more_than"],
    ["ما يقرب من", "about"], ["ما يقارب", "about"], ["مايقارب", "about"], ["ما يناهز", "about"], ["يناهز", "about"], ["يقارب", "about"], ["يقرب من", "about"],
    ["ما يصل إلى", "up_to"], ["يصل إلى", "up_to"], ["تصل إلى", "up_to"],
    ["أقل من", "less_than"], ["نحو", "about"], ["حوالي", "about"], ["حوالى", "about"], ["قرابة", "about"], ["زهاء", "about"], ["حتى", "up_to"],
  ] as Array<[string, FactQualifier]>
)
  .map(([p, q]): [string[], FactQualifier] => [normalizeArabic(p).split(" "), q])
  .sort((a, b) => b[0].length - a[0].length);

/** /^[وبل]/.test(w) without a regex call (the qualifiers are tried at every number): و, ب or ل first. */
function startsWithWBL(w: string): boolean {
  const c = w.charCodeAt(0);
  return c === 0x648 || c === 0x628 || c === 0x644;
}

/** Whether a qualifier's words stand at word `from` of `ws` (folded words), its first word with a و, ب or ل before it or not. */
export function qualifierWordsAt(ws: readonly string[], pattern: readonly string[], from: number): boolean {
  for (let j = 0; j < pattern.length; j++) {
    const w = ws[from + j]!;
    if (!(w === pattern[j] || (j === 0 && startsWithWBL(w) && w.slice(1) === pattern[j]))) return false;
  }
  return true;
}

/** The qualifier whose words end right before word `at` of `ws` (folded words), and where it starts; "exact" at `at` when none. */
export function qualifierEndingAt(ws: readonly string[], at: number): { qualifier: FactQualifier; start: number } {
  for (const [pattern, qualifier] of QUALIFIERS) {
    const from = at - pattern.length;
    if (from >= 0 && qualifierWordsAt(ws, pattern, from)) return { qualifier, start: from };
  }
  return { qualifier: "exact", start: at };
}
