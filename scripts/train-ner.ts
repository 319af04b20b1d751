/**
 * `npm run train -- ner [--epochs N] [--seed S] [--min-count C] [--no-final]`
 * Trains the entity tagger on ANERcorp train (CAMeL split) and writes models/ner-anercorp.json.gz.
 * - dev = the last DEV_FRACTION of train sentences (the test split is the corpus tail, so the dev part
 *   is cut the same way); the epoch count is chosen on dev unless --epochs is given;
 * - the final model is trained on all of train with that epoch count (skip with --no-final);
 * - the gazetteer: CLDR Arabic country names from reference-lists/countries_ar.tsv (column ar_cldr,
 *   Unicode License) plus marsad's own place list (lexicon.ts); English names of the same countries
 *   come from CLDR through Intl.DisplayNames;
 * - never reads the test file. Fixed seed: the same inputs give the same model.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { parseConll, scoreTagSequences, spansOfTags, type ConllSentence } from "../src/understand/entities/conll.js";
import { compileGazetteer, sentenceFeatures, splitProclitic } from "../src/understand/entities/features.js";
import { CITIES } from "../src/understand/entities/lexicon.js";
import { decodeSentence, trainPerceptron, allowedTransitions, type LinearModel } from "../src/understand/entities/perceptron.js";
import { serializeModel, type GazetteerEntry, type NerModelData } from "../src/understand/entities/model-file.js";
import { normalizeArabic } from "../src/understand/arabic/normalize.js";

const REPO = new URL("..", import.meta.url);
const SHARED = new URL("../shared/", REPO);
const TRAIN = new URL("data/anercorp-camel/train.txt", SHARED);
const COUNTRIES = new URL("data/reference-lists/countries_ar.tsv", SHARED);
const OUT = new URL("models/ner-anercorp.json.gz", REPO);
// A tenth of train: ~400 sentences, ~1,000 entities — enough to rank epoch counts.
const DEV_FRACTION = 0.1;
const MAX_EPOCHS = 20;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function buildGazetteer(): { arabic: GazetteerEntry[]; latin: GazetteerEntry[] } {
  const lines = readFileSync(COUNTRIES, "utf8").split("\n").filter(Boolean);
  const header = lines[0]!.split("\t");
  const codeCol = header.indexOf("cca2");
  const cldrCol = header.indexOf("ar_cldr");
  const english = new Intl.DisplayNames(["en"], { type: "region" });
  const arabic: GazetteerEntry[] = [];
  const latin: GazetteerEntry[] = [];
  for (const line of lines.slice(1)) {
    const cols = line.split("\t");
    const name = cols[cldrCol]?.trim();
    const code = cols[codeCol]?.trim();
    if (name) arabic.push({ type: "LOC", name });
    if (code) {
      const en = english.of(code);
      if (en && en !== code) latin.push({ type: "LOC", name: en });
    }
  }
  for (const name of CITIES) arabic.push({ type: "LOC", name });
  return { arabic, latin };
}

function vocabulary(sentences: readonly ConllSentence[]): { nameInitialWords: string[]; entityWords: string[] } {
  const initial = new Set<string>();
  const plain = new Set<string>();
  for (const s of sentences) {
    for (const span of spansOfTags(s.tags)) {
      const w = normalizeArabic(s.tokens[span.start]!);
      if (!w) continue;
      if (splitProclitic(w).proclitic && /^[وفبلك]/.test(w)) initial.add(w);
      else plain.add(w);
    }
  }
  // A proclitic-looking first letter belongs to the name only if the rest is never a name itself.
  const nameInitialWords = [...initial].filter((w) => !plain.has(splitProclitic(w).core)).sort();
  return { nameInitialWords, entityWords: [...plain].sort() };
}

function evaluate(model: LinearModel, feats: string[][][], gold: ConllSentence[]): number {
  const allowed = allowedTransitions(model.tags);
  const pred = feats.map((f) => decodeSentence(model, f, allowed));
  return scoreTagSequences(gold.map((s) => s.tags), pred).micro.f1;
}

export async function run(args: string[]): Promise<void> {
  const seed = Number(arg(args, "--seed") ?? 20231);
  const minCount = Number(arg(args, "--min-count") ?? 1);
  const fixedEpochs = arg(args, "--epochs");
  const t0 = Date.now();
  const sentences = parseConll(readFileSync(TRAIN, "utf8"));
  const gaz = buildGazetteer();
  const compiled = compileGazetteer(gaz.arabic);
  const feats = sentences.map((s) => sentenceFeatures(s.tokens, compiled));
  const data = sentences.map((s, i) => ({ features: feats[i]!, tags: s.tags }));
  console.log(`train: ${sentences.length} sentences, features in ${Date.now() - t0} ms`);

  const devStart = Math.floor(sentences.length * (1 - DEV_FRACTION));
  let epochs = Number(fixedEpochs ?? 0);
  let devF1: number | null = null;
  if (!fixedEpochs) {
    const curve: number[] = [];
    trainPerceptron(data.slice(0, devStart), {
      epochs: MAX_EPOCHS,
      seed,
      minCount,
      onEpoch: (epoch, model) => {
        const f1 = evaluate(model, feats.slice(devStart), sentences.slice(devStart));
        curve.push(f1);
        console.log(`epoch ${epoch}: dev micro-F1 ${(f1 * 100).toFixed(2)} (${Math.round((Date.now() - t0) / 1000)} s)`);
      },
    });
    devF1 = Math.max(...curve);
    epochs = curve.indexOf(devF1) + 1;
    console.log(`best on dev: ${epochs} epochs, micro-F1 ${(devF1 * 100).toFixed(2)}`);
  }
  if (args.includes("--no-final")) return;

  const model = trainPerceptron(data, { epochs, seed, minCount });
  const extras: NerModelData = {
    gazetteer: gaz.arabic,
    latinGazetteer: gaz.latin,
    ...vocabulary(sentences),
    meta: {
      trainedOn: "ANERcorp, CAMeL Lab train split (train.txt), all sentences",
      gazetteer: "Unicode CLDR region names (Unicode License) + marsad lexicon.ts",
      algorithm: "averaged structured perceptron, first-order Viterbi, BIO-constrained",
      epochs,
      seed,
      minCount,
      devMicroF1: devF1,
      features: model.features.size,
    },
  };
  const buffer = serializeModel(model, extras);
  mkdirSync(new URL("models/", REPO), { recursive: true });
  writeFileSync(OUT, buffer);
  console.log(`wrote ${OUT.pathname}: ${(buffer.length / 1e6).toFixed(2)} MB, ${model.features.size} features, ${Math.round((Date.now() - t0) / 1000)} s`);
}
