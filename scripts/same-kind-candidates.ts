/**
 * `npx tsx scripts/same-kind-candidates.ts > list.txt`: the listings from which the same-kind set of
 * eval/stories (eval/stories/same-kind, README "The same-kind set") was labeled by hand. Fixed rules,
 * no clustering output; only ANT multi-source and SaudiNewsNet sample articles that no story of
 * eval/stories/labels.tsv (DEV or TEST) or of its recurring set holds:
 * 1. articles that report a match result (match-score.ts matchScoreKeys: a score in the title or
 *    lead), else whose title names a bombing, a disaster, a crash, an air strike or a match
 *    (event-kinds.ts), by that kind, then by date;
 * 2. every ANT sport-section article, by date (where the results, bans, awards and farewells are);
 * 3. titles (and, for the place words, leads) holding one of SAME_KIND_WORDS: the same kinds of
 *    event in words the kinds' lexicon lacks (a tremor, two planes, Afghan cities, a suspension,
 *    an award, a farewell, rain).
 * A story was labeled when the listings held another event of its kind (another day, place, match
 * or person); the eval refuses a story id that labels.tsv or the recurring set already uses.
 */
import { readFileSync } from "node:fs";
import { tokenize } from "../src/arabic/analyze.js";
import { eventKindOf } from "../src/connect/event-kinds.js";
import { matchScoreKeys } from "../src/connect/match-score.js";
import { readAnt, readSaudiNewsNet, type CorpusArticle } from "../eval/lib/corpora.js";

const TITLE_KINDS = ["bombing", "disaster", "crash", "airstrike", "match"];
/** Listing 3: words of same-kind events; those marked `lead` are also looked for in the lead's first 300 characters. */
const SAME_KIND_WORDS: { kind: string; pattern: RegExp; lead: boolean }[] = [
  { kind: "quake", pattern: /زلزال|هزة أرضية|هزة بقوة/u, lead: true },
  { kind: "planes", pattern: /اصطدام طائرتين|طائرتين/u, lead: true },
  { kind: "afghanistan", pattern: /كابول|جلال آباد|جلال أباد|خوست/u, lead: true },
  { kind: "baqubah", pattern: /بعقوبة|ديالى/u, lead: true },
  { kind: "somalia", pattern: /الصومال|مقديشو/u, lead: true },
  { kind: "ban", pattern: /إيقاف|إيقافه|عقوبة|يوقف|أوقف/u, lead: false },
  { kind: "award", pattern: /جائزة/u, lead: false },
  { kind: "farewell", pattern: /اعتزال|وداع|مباراة ودية/u, lead: false },
  { kind: "rain", pattern: /أمطار/u, lead: false },
];

function labeledIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of ["../eval/stories/labels.tsv", "../eval/stories/recurring/labels.tsv"]) {
    for (const line of readFileSync(new URL(file, import.meta.url), "utf8").split("\n").slice(1)) {
      const id = line.split("\t")[0];
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** Listing 1's kind of an article: "result" when it reports one, else the first of TITLE_KINDS its title names. */
function candidateKind(article: CorpusArticle): { kind: string; keys: string[] } | undefined {
  const keys = matchScoreKeys(article.title, article.body);
  if (keys.length) return { kind: "result", keys };
  const kinds = new Set(tokenize(article.title).filter((t) => !t.isStopword).map((t) => eventKindOf(t.stem)));
  const kind = TITLE_KINDS.find((k) => kinds.has(k));
  return kind ? { kind, keys } : undefined;
}

const line = (a: CorpusArticle, keys: string[] = []): string => `${a.id}\t${a.publishedAt}\t${keys.join(",")}\t${a.title}\n    ${a.body.replace(/\s+/g, " ").slice(0, 200)}`;
const byTime = (a: CorpusArticle, b: CorpusArticle): number => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || (a.id < b.id ? -1 : 1);

function main(): void {
  const labeled = labeledIds();
  const articles = [...readAnt(), ...readSaudiNewsNet()].filter((a) => !labeled.has(a.id)).sort(byTime);
  const kinds = new Map(articles.map((a) => [a, candidateKind(a)] as const));
  for (const kind of ["result", ...TITLE_KINDS]) {
    console.log(`\n# ${kind}`);
    for (const a of articles) if (kinds.get(a)?.kind === kind) console.log(line(a, kinds.get(a)!.keys));
  }
  console.log("\n# ANT sport section");
  for (const a of articles.filter((x) => x.category === "sport")) console.log(line(a, matchScoreKeys(a.title, a.body)));
  for (const { kind, pattern, lead } of SAME_KIND_WORDS) {
    console.log(`\n# ${kind}`);
    for (const a of articles.filter((x) => pattern.test(x.title) || (lead && pattern.test(x.body.slice(0, 300))))) console.log(line(a));
  }
}

main();
