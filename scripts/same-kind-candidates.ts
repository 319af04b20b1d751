/**
 * `npx tsx scripts/same-kind-candidates.ts > list.txt`: the articles from which the same-kind set
 * of eval/stories (eval/stories/same-kind, README "The same-kind set") was labeled by hand.
 * A fixed rule, no clustering output: every ANT multi-source and SaudiNewsNet sample article that
 * no story of eval/stories/labels.tsv (DEV or TEST) or of its recurring set holds, and that either
 * - reports a match result (match-score.ts matchScoreKeys: a score in its title or lead), or
 * - has a title naming a bombing, a disaster or a crash (event-kinds.ts),
 * listed by that kind, then by the team or place word shared with other candidates of the kind
 * (the title term of the kind's candidates seen on the most distinct days), then by date. Groups of
 * one day only are left out: the set is for events of one kind told again on other days.
 */
import { readFileSync } from "node:fs";
import { tokenize } from "../src/arabic/analyze.js";
import { eventKindOf } from "../src/connect/event-kinds.js";
import { matchScoreKeys } from "../src/connect/match-score.js";
import { readAnt, readSaudiNewsNet, type CorpusArticle } from "../eval/lib/corpora.js";

const TITLE_KINDS = new Set(["bombing", "disaster", "crash"]);
/** A group must span at least this many publication days. */
const MIN_DAYS = 2;

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

interface Candidate {
  article: CorpusArticle;
  kind: string;
  terms: Set<string>;
  keys: string[];
}

function candidateOf(article: CorpusArticle): Candidate | undefined {
  const titleTokens = tokenize(article.title).filter((t) => !t.isStopword);
  const keys = matchScoreKeys(article.title, article.body);
  const terms = new Set(titleTokens.map((t) => t.stem));
  if (keys.length) return { article, kind: "result", terms, keys };
  const kind = titleTokens.map((t) => eventKindOf(t.stem)).find((k) => k !== undefined && TITLE_KINDS.has(k));
  return kind ? { article, kind, terms, keys } : undefined;
}

const day = (a: CorpusArticle): string => (a.publishedAt ?? "").slice(0, 10);

/** Within one kind: each candidate goes to its title term seen on the most days among the kind's candidates (not a kind word). */
function groupsOf(candidates: Candidate[]): Map<string, Candidate[]> {
  const daysOf = new Map<string, Set<string>>();
  for (const c of candidates) for (const t of c.terms) if (!eventKindOf(t)) (daysOf.get(t) ?? daysOf.set(t, new Set()).get(t)!).add(day(c.article));
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const best = [...c.terms].filter((t) => daysOf.has(t)).sort((a, b) => daysOf.get(b)!.size - daysOf.get(a)!.size || (a < b ? -1 : 1))[0] ?? "";
    (groups.get(best) ?? groups.set(best, []).get(best)!).push(c);
  }
  return groups;
}

function main(): void {
  const labeled = labeledIds();
  const articles = [...readAnt(), ...readSaudiNewsNet()].filter((a) => !labeled.has(a.id));
  const candidates = articles.map(candidateOf).filter((c): c is Candidate => c !== undefined);
  for (const kind of ["result", ...TITLE_KINDS]) {
    const groups = groupsOf(candidates.filter((c) => c.kind === kind));
    for (const [term, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (new Set(members.map((c) => day(c.article))).size < MIN_DAYS) continue;
      console.log(`\n## ${kind} / ${term} (${members.length})`);
      for (const c of members.sort((a, b) => (a.article.publishedAt ?? "").localeCompare(b.article.publishedAt ?? "") || (a.article.id < b.article.id ? -1 : 1))) {
        const lead = c.article.body.replace(/\s+/g, " ").slice(0, 200);
        console.log(`${c.article.id}\t${c.article.publishedAt}\t${c.keys.join(",")}\t${c.article.title}\n    ${lead}`);
      }
    }
  }
}

main();
