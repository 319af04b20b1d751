/**
 * `npx tsx scripts/ner/consistency-dev.ts <dev-model.bin.gz>`: micro-F1 (P / R) on the dev tenth of
 * the training corpora (as dev-errors.ts: a model written by `train ner --dev-out`, trained without
 * it) of the tagger alone and with the document-level consistency pass (consistency.ts) under
 * several settings. Never reads a TEST part.
 */
import { readFileSync } from "node:fs";
import { scoreTagSequences, type ConllSentence } from "../../src/understand/entities/conll.js";
import { deserializeModel } from "../../src/understand/entities/model-file.js";
import { tagSentences } from "../../src/understand/entities/tag-sentences.js";
import { CONSISTENCY_DEFAULTS, type ConsistencyOptions } from "../../src/understand/entities/consistency.js";
import { anercorpTrain, devStart, newsFaneSplit, textIndex } from "./corpora.js";

function devTenths(): ConllSentence[][] {
  const aner = anercorpTrain();
  const inAner = textIndex(aner);
  const fane = newsFaneSplit().train.filter((s) => !inAner(s.tokens));
  return [aner, fane].map((c) => c.slice(devStart(c.length)));
}

const SETTINGS: [string, Partial<ConsistencyOptions> | null][] = [
  ["tagger alone", null],
  ["defaults", {}],
  ["fill, ratio 1", { ratio: 1, lastNames: false }],
  ["fill, ratio 0.5", { ratio: 0.5, lastNames: false }],
  ["fill, ratio 0.34", { ratio: 0.34, lastNames: false }],
  ["fill, ratio 0.25", { ratio: 0.25, lastNames: false }],
  ["fill, ratio 0", { ratio: 0, lastNames: false }],
  ["fill, ratio 0.5, window 25", { ratio: 0.5, window: 25, lastNames: false }],
  ["fill, ratio 0.5, window 8", { ratio: 0.5, window: 8, lastNames: false }],
  ["fill, ratio 0.5, min 2", { ratio: 0.5, minTagged: 2, lastNames: false }],
  ["fill + last, ratio 0.5", { ratio: 0.5, lastNames: true }],
  ["fill + last, ratio 0.25", { ratio: 0.25, lastNames: true }],
  ["fill + last, ratio 0", { ratio: 0, lastNames: true }],
];

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error("usage: consistency-dev.ts <dev-model.bin.gz>");
  const model = deserializeModel(readFileSync(path));
  if (process.argv[3]) model.outsideBias = Number(process.argv[3]);
  const devs = devTenths();
  const pct = (x: number) => (100 * x).toFixed(2);
  for (const [name, o] of SETTINGS) {
    const tags = devs.map((d) => tagSentences(d, model, { consistency: o && { ...CONSISTENCY_DEFAULTS, ...o } }));
    const all = scoreTagSequences(devs.flatMap((d) => d.map((s) => s.tags)), tags.flat()).micro;
    const per = devs.map((d, k) => scoreTagSequences(d.map((s) => s.tags), tags[k]!).micro.f1);
    console.log(`${name.padEnd(28)} ${pct(all.f1)} (P ${pct(all.precision)} R ${pct(all.recall)}) / ${per.map(pct).join(" / ")}`);
  }
}

main();
