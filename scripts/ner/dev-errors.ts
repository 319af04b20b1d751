/**
 * `npx tsx scripts/ner/dev-errors.ts <model.bin.gz>`: the error table of a tagger on the dev tenth
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

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error("usage: dev-errors.ts <model.bin.gz>");
  const model = deserializeModel(readFileSync(path));
  const known = (w: string) => (model.resources.words.get(normalizeArabic(w))?.classes[0] ?? -1) >= 0;
  for (const corpus of devTenths()) {
    const tags = tagSentences(corpus.sentences, model);
    const errors = new Map<string, { n: number; covered: number; words: number; examples: Map<string, number> }>();
    let gold = 0;
    const add = (cls: string, type: string, tokens: readonly string[], text: string) => {
      const key = `${cls}`.padEnd(22) + type;
      const e = errors.get(key) ?? { n: 0, covered: 0, words: 0, examples: new Map() };
      e.n++;
      e.words += tokens.length;
      e.covered += tokens.filter(known).length;
      e.examples.set(text, (e.examples.get(text) ?? 0) + 1);
      errors.set(key, e);
    };
    corpus.sentences.forEach((s, i) => {
      const g = spansOfTags(s.tags);
      const p = spansOfTags(tags[i]!);
      gold += g.length;
      for (const span of g) {
        if (p.some((q) => q.start === span.start && q.end === span.end && q.type === span.type)) continue;
        const words = s.tokens.slice(span.start, span.end);
        add(classify(span, p), span.type, words, words.join(" "));
      }
      for (const q of p) {
        if (g.some((r) => r.start < q.end && q.start < r.end)) continue;
        const words = s.tokens.slice(q.start, q.end);
        add("false alarm", q.type, words, words.join(" "));
      }
    });
    console.log(`\n${corpus.name}: ${corpus.sentences.length} sentences, ${gold} gold entities`);
    console.log(`  ${"class".padEnd(22)}type   count  words with a class  examples`);
    for (const [key, e] of [...errors].sort((a, b) => b[1].n - a[1].n)) {
      const examples = [...e.examples].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t]) => t).join(" | ");
      console.log(`  ${key.padEnd(28)} ${String(e.n).padStart(5)}  ${((100 * e.covered) / e.words).toFixed(0).padStart(5)} %  ${examples}`);
    }
  }
}

main();
