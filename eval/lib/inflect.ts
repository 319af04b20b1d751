/**
 * Rewrites an Arabic title into other inflected/spelled forms of its words, the way a reader would
 * type them: clitics added or removed (و ف ب ل, ال, لل), feminine/plural endings changed where
 * regular (ة ↔ ات, ون ↔ ين, +ة), hamza and alef maqsura variants (أ إ آ ↔ ا, ى ↔ ي, ة ↔ ه).
 * Deterministic for a given random source. Written for the search evaluation, not used by marsad.
 */
const ALEF_HAMZA = /^[\u0623\u0625\u0622]/;
const LETTERS_ONLY = /^[\u0621-\u064A]+$/;
const WAW = "\u0648", FEH = "\u0641", BEH = "\u0628", LAM = "\u0644", ALEF = "\u0627";
const AL = ALEF + LAM;
const TEH_MARBUTA = "\u0629", HEH = "\u0647", ALEF_MAQSURA = "\u0649", YEH = "\u064A";
const AT = ALEF + "\u062A";
const UN = WAW + "\u0646", IN = YEH + "\u0646";

type Rule = (w: string) => string | null;

const RULES: Rule[] = [
  // clitics
  (w) => (w.startsWith(AL) || w.startsWith(WAW) ? null : WAW + w),
  (w) => (w.startsWith(AL) && w.length > 4 ? BEH + w : null),
  (w) => (w.startsWith(AL) && w.length > 4 ? LAM + LAM + w.slice(2) : null),
  (w) => (w.startsWith(WAW + AL) && w.length > 5 ? w.slice(1) : null),
  (w) => (/^[\u0648\u0641\u0628]\u0627\u0644/.test(w) ? w.slice(1) : null),
  // definite article
  // Not before a likely imperfect verb (ي ت ن prefixes) or a word already carrying a proclitic.
  (w) => (!w.startsWith(AL) && w.length >= 3 && !/^[\u0648\u0641\u0628\u0644\u064A\u062A\u0646]/.test(w) ? AL + w : null),
  (w) => (w.startsWith(AL) && w.length > 5 ? w.slice(2) : null),
  (w) => (w.startsWith(AL) && w.length > 4 ? FEH + w : null),
  // endings
  (w) => (w.endsWith(TEH_MARBUTA) && w.length > 3 ? w.slice(0, -1) + AT : null),
  (w) => (w.endsWith(AT) && w.length > 5 ? w.slice(0, -2) + TEH_MARBUTA : null),
  (w) => (w.endsWith(UN) && w.length > 4 ? w.slice(0, -2) + IN : null),
  (w) => (w.endsWith(IN) && w.length > 4 ? w.slice(0, -2) + UN : null),
  (w) => (w.endsWith(YEH) && w.length > 3 ? w + TEH_MARBUTA : null),
  // spelling variants
  (w) => (ALEF_HAMZA.test(w) ? ALEF + w.slice(1) : null),
  (w) => (w.startsWith(ALEF) && !w.startsWith(AL) ? "\u0623" + w.slice(1) : null),
  (w) => (w.endsWith(ALEF_MAQSURA) ? w.slice(0, -1) + YEH : null),
  (w) => (w.endsWith(TEH_MARBUTA) ? w.slice(0, -1) + HEH : null),
];

/** One rewritten form of `word`, or null when no rule applies. */
export function inflectWord(word: string, random: () => number): string | null {
  if (!LETTERS_ONLY.test(word) || word.length < 3) return null;
  const candidates = RULES.map((r) => r(word)).filter((x): x is string => x !== null && x !== word);
  if (candidates.length === 0) return null;
  return candidates[Math.floor(random() * candidates.length)]!;
}

/**
 * A query from a title: every word that has a variant is rewritten with probability `rate`, at
 * least `minChanged` words change; punctuation is dropped. Null when too few words can change.
 */
export function inflectTitle(title: string, random: () => number, rate = 0.6, minChanged = 2): string | null {
  const words = title.replace(/[^\u0600-\u06FF\w\s]/g, " ").split(/\s+/).filter(Boolean);
  const options = words.map((w) => inflectWord(w, random));
  const changeable = options.map((o, i) => (o ? i : -1)).filter((i) => i >= 0);
  if (changeable.length < minChanged) return null;
  const chosen = new Set(changeable.filter(() => random() < rate));
  for (const i of changeable) if (chosen.size < minChanged) chosen.add(i);
  return words.map((w, i) => (chosen.has(i) ? options[i]! : w)).join(" ");
}
