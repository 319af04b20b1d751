/**
 * `npm run train -- ner [--epochs N --bias B] [--max-epochs N] [--seed S] [--min-count C] [--no-final]`
 * Trains the entity tagger on ANERcorp train (CAMeL split) and writes models/ner-anercorp.json.gz.
 * - dev = the last DEV_FRACTION of train sentences (the test split is the corpus tail, so the dev part
 *   is cut the same way); the epoch count, then the O-score bias, are chosen on dev unless --epochs
 *   (and --bias) are given;
 * - the final model is trained on all of train with that epoch count (skip with --no-final);
 * - the gazetteer: CLDR Arabic country names from reference-lists/countries_ar.tsv (column ar_cldr,
 *   Unicode License) plus marsad's own place list (lexicon.ts); English names of the same countries
 *   come from CLDR through Intl.DisplayNames;
 * - word classes (clusters.ts) are learned from the train tokens alone (labels unused): the larger
 *   SaudiNewsNet sample is CC BY-NC-SA and "not to be shipped in a product", and the classes ship in the model;
 * - never reads the test file. Fixed seed: the same inputs give the same model.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { parseConll, scoreTagSequences, spansOfTags, type ConllSentence } from "../src/understand/entities/conll.js";
import { compileGazetteer, documentStats, sentenceFeatures, splitProclitic, tokenInfo, type FeatureResources } from "../src/understand/entities/features.js";
import { learnClusters, type ClusterOptions } from "../src/understand/entities/clusters.js";
import { CITIES } from "../src/understand/entities/lexicon.js";
import { decodeSentence, trainPerceptron, allowedTransitions, type LinearModel } from "../src/understand/entities/perceptron.js";
import { serializeModel, type GazetteerEntry, type NerModelData } from "../src/understand/entities/model-file.js";
import { normalizeArabic } from "../src/arabic/normalize.js";

const REPO = new URL("..", import.meta.url);
const SHARED = new URL("../shared/", REPO);
const TRAIN = new URL("data/anercorp-camel/train.txt", SHARED);
const COUNTRIES = new URL("data/reference-lists/countries_ar.tsv", SHARED);
const OUT = new URL("models/ner-anercorp.json.gz", REPO);
// 200 classes over the words seen 3+ times in the ~125 k train tokens.
const CLUSTERS: ClusterOptions = { k: 200, seed: 7, iterations: 12, minCount: 3, contextWords: 600 };
// A tenth of train: ~400 sentences, ~1,000 entities — enough to rank epoch counts.
const DEV_FRACTION = 0.1;
const MAX_EPOCHS = 20;
// About one ANERcorp article on each side (articles run 10–40 sentences).
const DOC_WINDOW = 15;
/** O-score biases tried on dev (in weight units of the averaged model). */
const BIAS_GRID = [0, 2, 4, 6, 8, 11, 16, 22, 32, 45, 64];

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function buildGazetteer(): { arabic: GazetteerEntry[]; latin: GazetteerEntry[] } {
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

/** Bare core forms (features.ts) of the train tokens, labels unused: the text the word classes learn from. */
function unlabeledCores(train: readonly ConllSentence[]): string[][] {
  return train.map((s) => s.tokens.map((t) => tokenInfo(t).bare));
}

/**
 * ANERcorp has no document boundaries: a sentence's "document" is the DOC_WINDOW sentences on each
 * side of it (the corpus is articles in sequence). Evaluation cuts test documents the same way.
 */
export function documentWindow<T extends { tokens: string[] }>(sentences: readonly T[], i: number): string[][] {
  return sentences.slice(Math.max(0, i - DOC_WINDOW), i + DOC_WINDOW + 1).map((s) => s.tokens);
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

function evaluate(model: LinearModel, feats: number[][][], gold: ConllSentence[]): number {
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
  const clusters = learnClusters(unlabeledCores(sentences), CLUSTERS);
  console.log(`word classes: ${clusters.size} words in ${CLUSTERS.k} classes (${Date.now() - t0} ms)`);
  const resources: FeatureResources = { gazetteer: compileGazetteer(gaz.arabic), clusters };
  const feats = sentences.map((s, i) => sentenceFeatures(s.tokens, resources, documentStats(documentWindow(sentences, i))));
  const data = sentences.map((s, i) => ({ features: feats[i]!, tags: s.tags }));
  console.log(`train: ${sentences.length} sentences, features in ${Date.now() - t0} ms`);

  const devStart = Math.floor(sentences.length * (1 - DEV_FRACTION));
  let epochs = Number(fixedEpochs ?? 0);
  let devF1: number | null = null;
  let outsideBias = Number(arg(args, "--bias") ?? 0);
  if (!fixedEpochs) {
    const curve: number[] = [];
    let bestModel: LinearModel | null = null;
    trainPerceptron(data.slice(0, devStart), {
      epochs: Number(arg(args, "--max-epochs") ?? MAX_EPOCHS),
      seed,
      minCount,
      onEpoch: (epoch, model) => {
        const f1 = evaluate(model, feats.slice(devStart), sentences.slice(devStart));
        if (!curve.length || f1 > Math.max(...curve)) bestModel = model;
        curve.push(f1);
        console.log(`epoch ${epoch}: dev micro-F1 ${(f1 * 100).toFixed(2)} (${Math.round((Date.now() - t0) / 1000)} s)`);
      },
    });
    devF1 = Math.max(...curve);
    epochs = curve.indexOf(devF1) + 1;
    console.log(`best on dev: ${epochs} epochs, micro-F1 ${(devF1 * 100).toFixed(2)}`);
    for (const bias of BIAS_GRID) {
      const f1 = evaluate({ ...bestModel!, outsideBias: bias }, feats.slice(devStart), sentences.slice(devStart));
      console.log(`  O bias ${bias}: dev micro-F1 ${(f1 * 100).toFixed(2)}`);
      if (f1 > devF1) {
        devF1 = f1;
        outsideBias = bias;
      }
    }
    console.log(`chosen: ${epochs} epochs, O bias ${outsideBias}, dev micro-F1 ${(devF1 * 100).toFixed(2)}`);
  }
  if (args.includes("--no-final")) return;

  const model = { ...trainPerceptron(data, { epochs, seed, minCount }), outsideBias };
  const extras: NerModelData = {
    gazetteer: gaz.arabic,
    latinGazetteer: gaz.latin,
    ...vocabulary(sentences),
    clusterWords: [...clusters.keys()],
    clusterIds: [...clusters.values()],
    meta: {
      wordClasses: { ...CLUSTERS, text: "ANERcorp train tokens, labels unused" },
      trainedOn: "ANERcorp, CAMeL Lab train split (train.txt), all sentences",
      gazetteer: "Unicode CLDR region names (Unicode License) + marsad lexicon.ts",
      algorithm: "averaged structured perceptron, first-order Viterbi, BIO-constrained",
      epochs,
      outsideBias,
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
