/**
 * `npm run eval -- ner`: entity-level (exact span + type, conlleval style) P/R/F1 of the shipped model
 * (models/ner-anercorp.json.gz, trained on ANERcorp train only) on
 * - ANERcorp CAMeL test_public.txt (the model never saw it: not in training, not in tuning);
 * - NewsFANE gold (newsfane_public.txt), fine types mapped to PERS/ORG/LOC/MISC by coarse_map.tsv;
 *   types mapped to "-" (e.g. Group = nationalities) are dropped from gold, and a predicted span on
 *   exactly such a span is dropped too. NewsFANE re-annotates largely the same newswire text as
 *   ANERcorp, so it is also scored on the "unseen" sentences only: those whose text (letters only,
 *   normalized) does not occur in ANERcorp train;
 * documents are windows of sentences, cut as in training (scripts/train-ner.ts documentWindow);
 * the gate (eval/gate.ts) checks the micro-F1s against eval/floors/ner.json.
 */
import { readFileSync } from "node:fs";
import { parseConll, scoreTagSequences, spansOfTags, type ConllSentence, type SpanScores } from "../src/understand/entities/conll.js";
import { loadDefaultModel } from "../src/understand/entities/model-file.js";
import { tagTokens } from "../src/understand/entities/recognize.js";
import { documentStats } from "../src/understand/entities/features.js";
import { documentWindow } from "../scripts/train-ner.js";
import { normalizeArabic } from "../src/arabic/normalize.js";
import type { EvalOutcome } from "./gate.js";

const REPO = new URL("..", import.meta.url);
const DATA = new URL("../shared/data/", REPO);
/** Sentences shorter than this (letters) are too generic to call seen or unseen. */
const MIN_OVERLAP_CHARS = 20;

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(5);
}

function table(name: string, s: SpanScores): string {
  const rows = [`${name}`, `  type     P      R      F1    gold  pred`];
  for (const t of [...s.perType, s.micro]) rows.push(`  ${t.type.padEnd(6)} ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}  ${String(t.tp + t.fn).padStart(5)} ${String(t.tp + t.fp).padStart(5)}`);
  rows.push(`  macro-F1 ${pct(s.macroF1)}`);
  return rows.join("\n");
}

function letters(tokens: readonly string[]): string {
  return normalizeArabic(tokens.join("")).replace(/[^\u0621-\u064A]/g, "");
}

function mapNewsFane(sentences: ConllSentence[]): { gold: string[][]; ignored: Set<string>[] } {
  const map = new Map<string, string>();
  for (const line of readFileSync(new URL("newsfane-gold/coarse_map.tsv", DATA), "utf8").split("\n").slice(1)) {
    const [fine, , coarse] = line.split("\t");
    if (fine && coarse) map.set(fine.trim(), coarse.trim());
  }
  const gold: string[][] = [];
  const ignored: Set<string>[] = [];
  for (const s of sentences) {
    const tags = s.tags.map(() => "O");
    const skip = new Set<string>();
    for (const span of spansOfTags(s.tags)) {
      const coarse = map.get(span.type);
      if (coarse === undefined) throw new Error(`eval ner: NewsFANE type "${span.type}" is not in coarse_map.tsv`);
      if (coarse === "-") {
        skip.add(`${span.start}:${span.end}`);
        continue;
      }
      for (let i = span.start; i < span.end; i++) tags[i] = (i === span.start ? "B-" : "I-") + coarse;
    }
    gold.push(tags);
    ignored.push(skip);
  }
  return { gold, ignored };
}

function dropIgnored(tags: string[], ignored: Set<string>): string[] {
  const out = [...tags];
  for (const span of spansOfTags(tags)) if (ignored.has(`${span.start}:${span.end}`)) for (let i = span.start; i < span.end; i++) out[i] = "O";
  return out;
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const t0 = performance.now();
  const model = loadDefaultModel();
  const loadMs = performance.now() - t0;
  const results: Record<string, SpanScores> = {};

  const test = parseConll(readFileSync(new URL("anercorp-camel/test_public.txt", DATA), "utf8"));
  const t1 = performance.now();
  const testPred = test.map((s, i) => tagTokens(s.tokens, model, documentStats(documentWindow(test, i))));
  const tagMs = performance.now() - t1;
  const tokens = test.reduce((a, s) => a + s.tokens.length, 0);
  results["anercorp-test"] = scoreTagSequences(test.map((s) => s.tags), testPred);

  const fane = parseConll(readFileSync(new URL("newsfane-gold/newsfane_public.txt", DATA), "utf8"));
  const { gold, ignored } = mapNewsFane(fane);
  const fanePred = fane.map((s, i) => dropIgnored(tagTokens(s.tokens, model, documentStats(documentWindow(fane, i))), ignored[i]!));
  results["newsfane"] = scoreTagSequences(gold, fanePred);
  const train = letters(parseConll(readFileSync(new URL("anercorp-camel/train.txt", DATA), "utf8")).flatMap((s) => s.tokens));
  const unseen = fane.map((s) => letters(s.tokens)).map((l) => l.length >= MIN_OVERLAP_CHARS && !train.includes(l));
  const pick = <T>(xs: T[]) => xs.filter((_, i) => unseen[i]);
  results["newsfane-unseen"] = scoreTagSequences(pick(gold), pick(fanePred));

  console.log(`model: ${JSON.stringify(model.meta)}`);
  console.log(`load ${loadMs.toFixed(0)} ms; tagging ${Math.round(tokens / (tagMs / 1000))} tokens/s on ANERcorp test\n`);
  console.log(table(`ANERcorp CAMeL test_public (${test.length} sentences)`, results["anercorp-test"]));
  console.log(table(`NewsFANE public, coarse (${fane.length} sentences)`, results["newsfane"]));
  console.log(table(`NewsFANE public, sentences not in ANERcorp train (${unseen.filter(Boolean).length} sentences)`, results["newsfane-unseen"]));
  console.log("\norientation (ANERcorp, splits differ): BiLSTM-CRF 81.7, mBERT 78.4, AraBERTv0.2 81.3 micro-F1");

  if (args.includes("--json")) console.log(JSON.stringify(results));
  return {
    metrics: Object.fromEntries(Object.entries(results).map(([set, s]) => [`${set}.microF1`, s.micro.f1 * 100])),
    data: ["anercorp-camel/test_public.txt", "anercorp-camel/train.txt", "newsfane-gold/newsfane_public.txt", "newsfane-gold/coarse_map.tsv"].map((f) => `../shared/data/${f}`),
  };
}
