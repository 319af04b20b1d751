/**
 * Measured, not shipped (eval/ner/README.md "DEV misses by class on the CoNLL path; five decode-side fills"):
 * `npx tsx scripts/ner/opening-heads.ts [--dev dump.json…]`: the organization heads of the rule below
 * (ORG_OPENING_HEADS) as the training text gives them — core forms seen at least MIN_SEEN times untagged
 * in ANERcorp train and the NewsFANE train part (less the dev tenths and the sentences near an ANERcorp
 * test sentence, as train-ner.ts), followed by an organization's first word at least RATIO of the time —
 * and, with --dev, the rule's micro-F1 on the dev tenth's fixed tags (`scripts/ner/train-stack.ts
 * --dump-dev`: raw second-stage tags, then the rule, span edges and consistency, as tag-sentences.ts)
 * against the shipped path, with every changed tag. Never reads a TEST part.
 */
import { readFileSync } from "node:fs";
import { scoreTagSequences } from "../../src/understand/entities/conll.js";
import { loadDefaultModel } from "../../src/understand/entities/model-file.js";
import { tokenInfo, type TokenInfo } from "../../src/understand/entities/features.js";
import { consistentTags, CONSISTENCY_DEFAULTS, isPlainWord, type PlainWords } from "../../src/understand/entities/consistency.js";
import { trimSpanEdges } from "../../src/understand/entities/span-edges.js";
import { anercorpTest, anercorpTrain, devStart, NearDuplicateIndex, newsFaneSplit, textIndex } from "./corpora.js";

/**
 * The rule. Organizations opened by a head word (measured on the CoNLL path's tags, before the span-edge rules and
 * the consistency pass): a word the training text most often follows with an organization's name
 * («فريق», «نادي», «قناة», «جريدة», «لوكالة»…) names an organization in the next word when the tagger
 * leaves both untagged: «كما فاز فريق [الغرافة]», «بنادي [الغرافة]», «لفريق [الشمال]», «يذاع على قناة
 * [المحور]». The consistency pass then spreads the name to the document's other mentions.
 * - the head is read by its core form (proclitics split on evidence: «لفريق», «بنادي»), untagged;
 * - the next word is untagged, starts with a letter, and is not a plain word of the training text, a
 *   never-name, a word under 3 letters (consistency.ts isPlainWord) nor itself an organization head
 *   (lexicon cue "org": «مقاتلي حركة طالبان» keeps «حركة» out);
 * - one word only (longer runs lost on the dev tenth: the name's second word is mostly not the name's);
 *   never before a word the tagger continues (I-).
 *
 * Core forms the training text (ANERcorp train and the NewsFANE train part, less the dev tenths) follows
 * with the first word of an organization at least half the time, counted over words seen at least 5
 * times while untagged themselves (opening ORG / seen, as this script prints them; the ratio
 * and count chosen on the dev tenth).
 * Normalized as features.ts normalizes (ة → ه).
 */
const ORG_OPENING_HEADS: ReadonlySet<string> = new Set([
  "فريق", // 26 / 47
  "مسجد", // 20 / 38
  "نادي", // 17 / 19
  "وفد", // 14 / 18
  "لوكاله", // 9 / 10
  "جامعه", // 7 / 8
  "جريده", // 6 / 6
  "مقاتلي", // 5 / 9
  "قناه", // 5 / 9
  "التابعه", // 5 / 9
  "مراسل", // 5 / 7
  "ضيفه", // 5 / 9
  "فريقي", // 5 / 6
  "التابع", // 4 / 7
  "موفد", // 4 / 6
]);

const STARTS_WITH_LETTER = /^\p{L}/u;

/** The tags with a word after an organization head tagged as an organization (new arrays; the input is not changed). */
function tagNamesAfterOpeningHeads(infos: readonly (readonly TokenInfo[])[], tags: readonly (readonly string[])[], plainWords: PlainWords): string[][] {
  return tags.map((t, k) => {
    const out = [...t];
    const words = infos[k]!;
    for (let i = 0; i + 1 < out.length; i++) {
      if (out[i] !== "O" || out[i + 1] !== "O" || !ORG_OPENING_HEADS.has(words[i]!.core)) continue;
      const next = words[i + 1]!;
      if (!STARTS_WITH_LETTER.test(next.surface) || next.cue === "org" || isPlainWord(next, plainWords)) continue;
      if (i + 2 < out.length && out[i + 2]!.startsWith("I-")) continue;
      out[i + 1] = "B-ORG";
    }
    return out;
  });
}

const MIN_SEEN = 5;
const RATIO = 0.5;

const model = loadDefaultModel();
const near = new NearDuplicateIndex(anercorpTest().map((s) => s.tokens));
const aner = anercorpTrain().filter((s) => near.nearest(s.tokens) < 0);
const inAner = textIndex(anercorpTrain());
const fane = newsFaneSplit().train.filter((s) => near.nearest(s.tokens) < 0 && !inAner(s.tokens));
const seen = new Map<string, { n: number; org: number }>();
for (const ss of [aner, fane]) {
  for (const s of ss.slice(0, devStart(ss.length))) {
    const infos = s.tokens.map((t) => tokenInfo(t, model.resources));
    for (let i = 0; i + 1 < s.tokens.length; i++) {
      if (s.tags[i] !== "O") continue;
      const e = seen.get(infos[i]!.core) ?? { n: 0, org: 0 };
      seen.set(infos[i]!.core, e);
      e.n++;
      if (s.tags[i + 1] === "B-ORG") e.org++;
    }
  }
}
const heads = [...seen].filter(([, e]) => e.n >= MIN_SEEN && e.org / e.n >= RATIO).sort((a, b) => b[1].org - a[1].org);
console.log(`heads (${heads.length}): ${heads.map(([k, e]) => `${k} ${e.org}/${e.n}`).join(", ")}`);
const missing = heads.filter(([k]) => !ORG_OPENING_HEADS.has(k)).map(([k]) => k);
const extra = [...ORG_OPENING_HEADS].filter((k) => !heads.some(([h]) => h === k));
console.log(missing.length || extra.length ? `ORG_OPENING_HEADS differs: missing ${missing.join(" ")}; not learned ${extra.join(" ")}` : "ORG_OPENING_HEADS is this list");

const devAt = process.argv.indexOf("--dev");
for (const file of devAt >= 0 ? process.argv.slice(devAt + 1) : []) {
  const dump = JSON.parse(readFileSync(file, "utf8")) as { name: string; tokens: string[][]; gold: string[][]; stage2Raw: string[][] }[];
  const gold = dump.flatMap((p) => p.gold);
  const paths = dump.map((p) => {
    const infos = p.tokens.map((s) => s.map((t) => tokenInfo(t, model.resources)));
    const rest = (tags: string[][]) => consistentTags(infos, trimSpanEdges(infos, tags, model.plainWordSet), model.plainWordSet, CONSISTENCY_DEFAULTS);
    return { p, before: rest(p.stage2Raw), after: rest(tagNamesAfterOpeningHeads(infos, p.stage2Raw, model.plainWordSet)) };
  });
  const line = (tags: string[][]) => {
    const sc = scoreTagSequences(gold, tags);
    return `${(100 * sc.micro.f1).toFixed(2)} (P ${(100 * sc.micro.precision).toFixed(1)} R ${(100 * sc.micro.recall).toFixed(1)}) ${sc.perType.map((t) => `${t.type} ${(100 * t.f1).toFixed(1)} (R ${(100 * t.recall).toFixed(1)})`).join(" ")}`;
  };
  console.log(`${file}\n  shipped path  ${line(paths.flatMap((x) => x.before))}\n  + heads rule  ${line(paths.flatMap((x) => x.after))}`);
  for (const { p, before, after } of paths) {
    after.forEach((t, i) => t.forEach((x, j) => {
      if (x !== before[i]![j]) console.log(`    ${p.name}: ${p.tokens[i]!.slice(Math.max(0, j - 3), j).join(" ")} [${p.tokens[i]![j]}] ${p.tokens[i]!.slice(j + 1, j + 3).join(" ")}  ${before[i]![j]} → ${x}, gold ${p.gold[i]![j]}`);
    }));
  }
}
