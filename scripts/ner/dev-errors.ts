/**
 * `npx tsx scripts/ner/dev-errors.ts <model.bin.gz> [--tags dump.json]`: the error table of a tagger on the dev tenth
 * of the training corpora (the sentences `npm run train -- ner` holds out to choose epochs and bias;
 * write such a model with `--dev-out`), tagged through tagSentences (with the document-level
 * consistency pass). Never reads a TEST part. Each gold entity the tagger did not
 * get exactly is put in one class, each predicted span matching no gold span likewise:
 * - missed: no predicted token inside it; wrong type: same span, other type; boundary: overlapping
 *   span of the same type (too long / too short / shifted); boundary+type: both wrong;
 * - per class, how many of the entity's words the word classes know (the distributional features'
 *   coverage) and the most frequent examples.
 */
import { readFileSync } from "node:fs";
import { spansOfTags, type ConllSentence, type TagSpan } from "../../src/understand/entities/conll.js";
import { deserializeModel } from "../../src/understand/entities/model-file.js";
import { tagSentences } from "../../src/understand/entities/tag-sentences.js";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { anercorpTrain, devStart, newsFaneSplit, textIndex } from "./corpora.js";

function devTenths(): { name: string; sentences: ConllSentence[] }[] {
  const aner = anercorpTrain();
  const inAner = textIndex(aner);
  const fane = newsFaneSplit().train.filter((s) => !inAner(s.tokens));
  return [
    { name: "ANERcorp dev", sentences: aner },
    { name: "NewsFANE dev", sentences: fane },
  ].map((c) => ({ name: c.name, sentences: c.sentences.slice(devStart(c.sentences.length)) }));
}

function classify(g: TagSpan, predicted: readonly TagSpan[]): string {
  const overlapping = predicted.filter((p) => p.start < g.end && g.start < p.end);
  if (!overlapping.length) return "missed";
  if (overlapping.some((p) => p.start === g.start && p.end === g.end)) return `type ${g.type}→${overlapping.find((p) => p.start === g.start && p.end === g.end)!.type}`;
  const same = overlapping.find((p) => p.type === g.type);
  if (!same) return `boundary+type ${g.type}→${overlapping[0]!.type}`;
  if (same.start <= g.start && same.end >= g.end) return "too long";
  if (same.start >= g.start && same.end <= g.end) return overlapping.length > 1 ? "split" : "too short";
  return "shifted";
}

/** Prints the error table of predicted tags against gold, sentence by sentence; `known`: whether the word classes know a word. */
function errorTable(name: string, sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[], predicted: readonly (readonly string[])[], known: (w: string) => boolean): void {
  const errors = new Map<string, { n: number; covered: number; words: number; examples: Map<string, number> }>();
  let gold = 0;
  const perType = new Map<string, { gold: number; predicted: number; right: number }>();
  const count = (type: string, key: "gold" | "predicted" | "right") => {
    const c = perType.get(type) ?? { gold: 0, predicted: 0, right: 0 };
    c[key]++;
    perType.set(type, c);
  };
  const add = (cls: string, type: string, tokens: readonly string[], text: string) => {
    const key = `${cls}`.padEnd(22) + type;
    const e = errors.get(key) ?? { n: 0, covered: 0, words: 0, examples: new Map() };
    e.n++;
    e.words += tokens.length;
    e.covered += tokens.filter(known).length;
    e.examples.set(text, (e.examples.get(text) ?? 0) + 1);
    errors.set(key, e);
  };
  sentences.forEach((s, i) => {
    const g = spansOfTags(s.tags);
    const p = spansOfTags(predicted[i]!);
    gold += g.length;
    for (const span of g) count(span.type, "gold");
    for (const q of p) count(q.type, "predicted");
    for (const span of g) {
      if (p.some((q) => q.start === span.start && q.end === span.end && q.type === span.type)) {
        count(span.type, "right");
        continue;
      }
      const words = s.tokens.slice(span.start, span.end);
      add(classify(span, p), span.type, words, words.join(" "));
    }
    for (const q of p) {
      if (g.some((r) => r.start < q.end && q.start < r.end)) continue;
      const words = s.tokens.slice(q.start, q.end);
      add("false alarm", q.type, words, words.join(" "));
    }
  });
  console.log(`\n${name}: ${sentences.length} sentences, ${gold} gold entities`);
  for (const [type, c] of [...perType].sort()) console.log(`  ${type.padEnd(5)} gold ${String(c.gold).padStart(4)}  P ${((100 * c.right) / Math.max(1, c.predicted)).toFixed(1)}  R ${((100 * c.right) / Math.max(1, c.gold)).toFixed(1)}  F1 ${((200 * c.right) / Math.max(1, c.gold + c.predicted)).toFixed(1)}`);
  console.log(`  ${"class".padEnd(22)}type   count  words with a class  examples`);
  for (const [key, e] of [...errors].sort((a, b) => b[1].n - a[1].n)) {
    const examples = [...e.examples].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t]) => t).join(" | ");
    console.log(`  ${key.padEnd(28)} ${String(e.n).padStart(5)}  ${((100 * e.covered) / e.words).toFixed(0).padStart(5)} %  ${examples}`);
  }
}

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error("usage: dev-errors.ts <model.bin.gz> [--tags dump.json]");
  const model = deserializeModel(readFileSync(path));
  const known = (w: string) => (model.resources.words.get(normalizeArabic(w))?.classes[0] ?? -1) >= 0;
  // --tags file: the tags of scripts/ner/train-stack.ts --dump-dev (both stages on the dev tenth) instead of the model's own.
  const tagsAt = process.argv.indexOf("--tags");
  if (tagsAt >= 0) {
    const dump = JSON.parse(readFileSync(process.argv[tagsAt + 1]!, "utf8")) as { name: string; tokens: string[][]; gold: string[][]; stage1: string[][]; stage2: string[][] }[];
    for (const stage of ["stage1", "stage2"] as const) {
      for (const part of dump) errorTable(`${part.name} dev, ${stage}`, part.tokens.map((tokens, i) => ({ tokens, tags: part.gold[i]! })), part[stage], known);
      errorTable(`all dev, ${stage}`, dump.flatMap((part) => part.tokens.map((tokens, i) => ({ tokens, tags: part.gold[i]! }))), dump.flatMap((part) => part[stage]), known);
    }
    return;
  }
  for (const corpus of devTenths()) errorTable(corpus.name, corpus.sentences, tagSentences(corpus.sentences, model), known);
}

main();
