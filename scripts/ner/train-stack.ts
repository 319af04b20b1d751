/**
 * `npx tsx scripts/ner/train-stack.ts [--seed S] [--folds K] [--epochs1 N] [--bias1 B] [--max-epochs N] [--stage1-curve] [--only t,t] [--t1-cache file] [--model file] [--margin M] [--miss-cost C] [--stage2-seeds N] [--recall-bias B] [--bioes] [--min-count2 C] [--off2 g,g] [--t1-extra file,…] [--dump-dev file] [--type-bias] [--pa C] [--pa1 C] [--edges1] [--edges2] [--wide-classes] [--neighbour-affixes] [--neighbour-affixes2] [--final E B --out file]`:
 * two-stage (stacked) tagging (src/understand/entities/stacking.ts), measured on the dev tenth of the
 * training corpora (as train-ner.ts: the last tenth of ANERcorp train and of the NewsFANE train part,
 * less the sentences near an ANERcorp test sentence; never a TEST part), or trained for shipping.
 * - stage 1: the shipped model's features and resources (word classes, gazetteer, lists; the file
 *   models/ner.bin.gz is read, not changed), its epochs (11) and O bias (16); its tags on the
 *   training part come from K-fold jackknifing (each contiguous fold tagged by a model trained on the
 *   other folds), on the dev tenth from a model trained on the whole training part;
 * - stage 2: the same features plus the stacked features of the stage-1 tags; prints dev micro-F1 of
 *   stage 1 and, per epoch and O bias, of stage 2, each alone and with the consistency pass;
 * - --stage1-curve: stage 1's own dev curve over epochs and biases instead (the fair yardstick);
 * - --model file: stage 1's features and resources from that model file instead of models/ner.bin.gz
 *   (e.g. one trained with `npm run train -- ner --subwords`);
 * - --final E B --out file: the jackknife over all training sentences, stage 2 trained E epochs on
 *   all of them, written with O bias B (models/ner-stack.bin.gz: `--seed 20231 --final 6 11`).
 * - --margin M / --miss-cost C: stage 2 trained with a cost-augmented decode (perceptron.ts; shipped: --margin 8);
 *   --stage2-seeds N: stage 2 averaged over N shuffle seeds; --recall-bias B: stacked templates of a recall tagging
 *   (stage 1 decoded again at O bias B); --dump-dev file: the dev tags for scripts/ner/dev-errors.ts --tags
 *   (and the raw ones for scripts/ner/consistency-sweep.ts);
 * - --bioes, --min-count2, --off2, --t1-extra: stage 2 with BIOES tags, feature pruning, first-stage feature
 *   groups left out, tags of other jackknife runs as more training copies. Measured, not shipped
 *   (eval/ner/README.md "Second-stage levers").
 * - --type-bias (per-type B- thresholds at the shipped cell), --pa C / --pa1 C (passive-aggressive steps in stage
 *   2 / stage 1), --edges2 / --edges1 (transitions conditioned on the coarse class of the token stepped into),
 *   --wide-classes (the ±3 neighbours' classes too). Measured, not shipped (eval/ner/README.md "The learner itself").
 * - --neighbour-affixes (the ±1 neighbours' affixes as features, both stages; features.ts neighbourAffixes),
 *   --neighbour-affixes2 (the same in the second stage only, the first as shipped). Measured, not shipped
 *   (eval/ner/README.md "Neighbours' affixes, coarser classes").
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { scoreTagSequences, type ConllSentence } from "../../src/understand/entities/conll.js";
import { documentStats, EDGE_KEYS, edgeKeyOf, sentenceFeatures, tokenInfo, type FeatureGroup, type TokenInfo } from "../../src/understand/entities/features.js";
import { stackedFeatures } from "../../src/understand/entities/stacking.js";
import { deserializeModel, loadDefaultModel, serializeModel } from "../../src/understand/entities/model-file.js";
import { averageModels, bioesToBio, bioToBioes, decodeSentence, trainPerceptron, type LinearModel, type TrainingSentence } from "../../src/understand/entities/perceptron.js";
import { documentWindow } from "../../src/understand/entities/tag-sentences.js";
import { consistentTags, CONSISTENCY_DEFAULTS } from "../../src/understand/entities/consistency.js";
import { anercorpTest, anercorpTrain, devStart, NearDuplicateIndex, newsFaneSplit, textIndex } from "./corpora.js";

const BIAS_GRID = [0, 4, 8, 11, 16, 22, 32];
/** The shipped second stage's epochs and O bias (models/ner-stack.bin.gz), reported for each variant. */
const SHIPPED_CELL = [6, 11];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Part {
  name: string;
  sentences: ConllSentence[];
  infos: TokenInfo[][];
  feats: number[][][];
  /** The second stage's own features before the stacked ones (feats, unless --neighbour-affixes2). */
  feats2: number[][][];
  /** Per sentence and token, the edge key of transitions into it (--edges: its coarse word class). */
  keys: number[][];
  devStart: number;
}

/**
 * The model with `by` added to every transition into B-<type>: a per-type threshold (a span of that
 * type opens more or less easily), free at run time, since the model file carries the transitions.
 */
export function withTypeBias(model: LinearModel, type: string, by: number): LinearModel {
  const T = model.tags.length;
  const b = model.tags.indexOf(`B-${type}`);
  if (b < 0) return model;
  const transitions = Float32Array.from(model.transitions);
  for (let p = -1; p < T; p++) transitions[(p + 1) * T + b]! += by;
  return { ...model, transitions };
}

const TYPE_BIASES = [-6, -3, 3, 6, 10, 16];
/** --dump-dev: the raw second-stage tags also at these O biases (subtracted from O: recall taggings for scripts/ner/recall-fill-sweep.ts). */
const DUMP_BIASES = [16, 22, 32, 45, 60];

/** --type-bias: at the shipped cell, each type's B- threshold moved alone, then the best of each together (dev F1 with consistency). */
function sweepTypeBiases(model: LinearModel, bias: number, tag: (m: LinearModel) => string[][][], f1Of: (tags: string[][][]) => number): void {
  const base = f1Of(tag(model));
  let combined = model;
  for (const type of ["LOC", "MISC", "ORG", "PERS"]) {
    const row = TYPE_BIASES.map((by) => ({ by, f1: f1Of(tag(withTypeBias(model, type, by))) }));
    console.log(`type bias ${type} (O bias ${bias}, none ${(100 * base).toFixed(2)}): ${row.map((r) => `${r.by} ${(100 * r.f1).toFixed(2)}`).join(", ")}`);
    const best = row.reduce((a, r) => (r.f1 > a.f1 ? r : a), { by: 0, f1: base });
    combined = withTypeBias(combined, type, best.by);
  }
  console.log(`type biases combined: ${(100 * f1Of(tag(combined))).toFixed(2)}`);
}

function main(): void {
  const seed = arg("--seed", 20231);
  const K = arg("--folds", 5);
  const epochs1 = arg("--epochs1", 11);
  const bias1 = arg("--bias1", 16);
  const maxEpochs = arg("--max-epochs", 12);
  // --margin M, --miss-cost C: stage 2's cost-augmented training decode (perceptron.ts TrainOptions.margin, missCost).
  const margin = arg("--margin", 0);
  const missCost = arg("--miss-cost", 0);
  // --min-count2 C: stage 2 keeps the features seen at least C times in its training (feature pruning; shipped: 1).
  const minCount2 = arg("--min-count2", 1);
  // --pa C / --pa1 C: stage 2 / stage 1 trained with passive-aggressive steps of aggressiveness C (perceptron.ts TrainOptions.passiveAggressive).
  const pa2 = arg("--pa", 0);
  const pa1 = arg("--pa1", 0);
  // --final E B: jackknife over all training sentences, train stage 2 for E epochs, write it with O bias B.
  const finalAt = process.argv.indexOf("--final");
  const final = finalAt >= 0 ? { epochs: Number(process.argv[finalAt + 1]), bias: Number(process.argv[finalAt + 2]) } : null;
  const t0 = Date.now();
  const log = (s: string) => console.log(`${s} (${Math.round((Date.now() - t0) / 1000)} s)`);
  const modelAt = process.argv.indexOf("--model");
  const model = modelAt >= 0 ? deserializeModel(readFileSync(process.argv[modelAt + 1]!)) : loadDefaultModel();
  // --off2 g,g: feature groups of the first stage left out of the second stage's features (needs --t1-cache
  // with the stage-1 tags: the jackknife reads the same features); at run time the second stage ignores them.
  const off2At = process.argv.indexOf("--off2");
  const res0 = off2At >= 0 ? { ...model.resources, off: new Set(process.argv[off2At + 1]!.split(",") as FeatureGroup[]) } : model.resources;
  // --wide-classes: the ±3 neighbours' word classes as features too, in both stages (features.ts wideClasses).
  const res1 = process.argv.includes("--wide-classes") ? { ...res0, wideClasses: true } : res0;
  // --neighbour-affixes: the ±1 neighbours' affixes as features too, in both stages (features.ts neighbourAffixes).
  const res = process.argv.includes("--neighbour-affixes") ? { ...res1, neighbourAffixes: true } : res1;
  // --neighbour-affixes2: the neighbours' affixes in the second stage only (the first stage, and so its tags, as shipped).
  const res2 = process.argv.includes("--neighbour-affixes2") ? { ...res, neighbourAffixes: true } : null;
  const near = new NearDuplicateIndex(anercorpTest().map((s) => s.tokens));
  const keep = (ss: ConllSentence[]) => ss.filter((s) => near.nearest(s.tokens) < 0);
  const aner = keep(anercorpTrain());
  const inAner = textIndex(anercorpTrain());
  const fane = keep(newsFaneSplit().train).filter((s) => !inAner(s.tokens));
  const parts: Part[] = [
    ["ANERcorp", aner],
    ["NewsFANE", fane],
  ].map(([name, sentences]) => {
    const ss = sentences as ConllSentence[];
    const infos = ss.map((s) => s.tokens.map((t) => tokenInfo(t, res)));
    const featsOf = (r: typeof res) => ss.map((s, i) => sentenceFeatures(s.tokens, r, documentStats(documentWindow(ss, i), r)));
    const feats = featsOf(res);
    return { name: name as string, sentences: ss, infos, keys: infos.map((row) => row.map(edgeKeyOf)), feats, feats2: res2 ? featsOf(res2) : feats, devStart: final ? ss.length : devStart(ss.length) };
  });
  log("features");
  // --bioes: stage 2 learns and decodes BIOES tags (read back as BIO); stage 1 stays BIO.
  const bioes = process.argv.includes("--bioes");
  // --edges1 / --edges2: stage 1 / stage 2 learn transitions conditioned on the coarse class of the token stepped into (perceptron.ts edges).
  const edges1 = process.argv.includes("--edges1");
  const edges2 = process.argv.includes("--edges2");
  const items = (p: Part, from: number, to: number, extra?: number[][][]): TrainingSentence[] => p.sentences.slice(from, to).map((s, k) => ({ features: extra ? p.feats2[from + k]!.map((f, i) => [...f, ...extra[from + k]![i]!]) : p.feats[from + k]!, tags: extra && bioes ? bioToBioes(s.tags) : s.tags, edgeKeys: p.keys[from + k]! }));
  const decode = (m: LinearModel, feats: number[][][], bias: number, keys: number[][] = []) => feats.map((f, j) => bioesToBio(decodeSentence({ ...m, outsideBias: bias }, f, keys[j])));

  if (process.argv.includes("--stage1-curve")) {
    const gold1 = parts.map((p) => p.sentences.slice(p.devStart).map((s) => s.tags));
    const infos1 = parts.map((p) => p.infos.slice(p.devStart));
    trainPerceptron(parts.flatMap((p) => items(p, 0, p.devStart)), {
      epochs: maxEpochs,
      seed,
      minCount: 1,
      margin,
      missCost,
      passiveAggressive: pa1,
      edgeKeys: edges1 ? EDGE_KEYS : 0,
      onEpoch: (epoch, m) => {
        for (const bias of BIAS_GRID) {
          const tags = parts.map((p) => decode(m, p.feats.slice(p.devStart), bias, p.keys.slice(p.devStart)));
          const a = scoreTagSequences(gold1.flat(), tags.flat()).micro.f1;
          const c = scoreTagSequences(gold1.flat(), tags.map((t, k) => consistentTags(infos1[k]!, t, model.plainWordSet, CONSISTENCY_DEFAULTS)).flat()).micro.f1;
          console.log(`stage 1 ep ${epoch} bias ${bias} ${(100 * a).toFixed(2)} ${(100 * c).toFixed(2)}`);
        }
      },
    });
    return;
  }
  // Stage 1 tags: jackknifed on the training part, a whole-training-part model on dev.
  // --t1-cache file: read them from the file when it exists, else write them there (stage-2 variants
  // of one stage 1 then skip the K + 1 stage-1 trainings; the file is bound to model, seed, K, epochs1, bias1, --final).
  const cacheAt = process.argv.indexOf("--t1-cache");
  const cacheFile = cacheAt >= 0 ? process.argv[cacheAt + 1]! : null;
  const cached = cacheFile && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, "utf8")) as string[][][]) : null;
  const t1 = cached ?? parts.map((p) => p.sentences.map((s) => s.tags.map(() => "O")));
  // --recall-bias B: the first stage's tags decoded again at O bias B too (a recall tagging, stacking.ts r1 templates), cached in <t1-cache>.r<B>.
  const recallBias = arg("--recall-bias", NaN);
  const recallFile = cacheFile && !Number.isNaN(recallBias) ? `${cacheFile}.r${recallBias}` : null;
  const recallCached = recallFile && existsSync(recallFile) ? (JSON.parse(readFileSync(recallFile, "utf8")) as string[][][]) : null;
  const r1 = Number.isNaN(recallBias) ? null : recallCached ?? parts.map((p) => p.sentences.map((s) => s.tags.map(() => "O")));
  if (r1 && !recallCached && cached) throw new Error("stack: --recall-bias needs its stage-1 tags computed with the t1 cache (remove the cache file)");
  for (let k = 0; k < (cached ? 0 : K); k++) {
    const train: TrainingSentence[] = [];
    for (const p of parts) {
      const from = Math.floor((p.devStart * k) / K);
      const to = Math.floor((p.devStart * (k + 1)) / K);
      train.push(...items(p, 0, from), ...items(p, to, p.devStart));
    }
    const m = trainPerceptron(train, { epochs: epochs1, seed, minCount: 1, passiveAggressive: pa1, edgeKeys: edges1 ? EDGE_KEYS : 0 });
    parts.forEach((p, pi) => {
      const from = Math.floor((p.devStart * k) / K);
      const to = Math.floor((p.devStart * (k + 1)) / K);
      decode(m, p.feats.slice(from, to), bias1, p.keys.slice(from, to)).forEach((tags, j) => (t1[pi]![from + j] = tags));
      if (r1) decode(m, p.feats.slice(from, to), recallBias).forEach((tags, j) => (r1[pi]![from + j] = tags));
    });
    log(`fold ${k + 1}/${K}`);
  }
  if (final && cacheFile && !cached) writeFileSync(cacheFile, JSON.stringify(t1));
  if (final && r1 && recallFile && !recallCached) writeFileSync(recallFile, JSON.stringify(r1));
  if (final) {
    const stacked = parts.map((p, pi) => stackedFeatures(p.infos, t1[pi]!, undefined, r1?.[pi]));
    const stage2 = trainPerceptron(parts.flatMap((p, pi) => items(p, 0, p.devStart, stacked[pi])), { epochs: final.epochs, seed, minCount: minCount2, margin, missCost, passiveAggressive: pa2, edgeKeys: edges2 ? EDGE_KEYS : 0 });
    const meta = { stage: 2, algorithm: `averaged structured perceptron over the first stage's features plus stacked features (stacking.ts)${margin || missCost ? `, cost-augmented training decode (margin ${margin}, miss cost ${missCost})` : ""}`, jackknife: { folds: K, epochs: epochs1, outsideBias: bias1 }, epochs: final.epochs, outsideBias: final.bias, seed, ...(margin || missCost ? { margin, missCost } : {}), features: stage2.features.size };
    const buffer = serializeModel({ ...stage2, outsideBias: final.bias }, { gazetteer: [], latinGazetteer: [], entityWords: [], plainWords: [], words: [], wordCounts: new Uint32Array(0), wordClasses: new Int32Array(0), levels: model.levels, meta });
    const out = process.argv[process.argv.indexOf("--out") + 1] ?? "";
    if (!out || !process.argv.includes("--out")) throw new Error("stack: --final needs --out file");
    writeFileSync(out, buffer);
    log(`wrote ${out}: ${(buffer.length / 1e6).toFixed(2)} MB, ${stage2.features.size} features`);
    return;
  }
  if (!cached) {
    const stage1 = trainPerceptron(
      parts.flatMap((p) => items(p, 0, p.devStart)),
      { epochs: epochs1, seed, minCount: 1, passiveAggressive: pa1, edgeKeys: edges1 ? EDGE_KEYS : 0 },
    );
    parts.forEach((p, pi) => decode(stage1, p.feats.slice(p.devStart), bias1, p.keys.slice(p.devStart)).forEach((tags, j) => (t1[pi]![p.devStart + j] = tags)));
    if (r1) parts.forEach((p, pi) => decode(stage1, p.feats.slice(p.devStart), recallBias).forEach((tags, j) => (r1[pi]![p.devStart + j] = tags)));
    if (cacheFile) writeFileSync(cacheFile, JSON.stringify(t1));
    if (r1 && recallFile) writeFileSync(recallFile, JSON.stringify(r1));
  }
  log("stage 1");
  const jk = scoreTagSequences(parts.flatMap((p) => p.sentences.slice(0, p.devStart).map((s) => s.tags)), parts.flatMap((p, pi) => t1[pi]!.slice(0, p.devStart)));
  log(`jackknifed stage-1 micro-F1 on the training part ${(100 * jk.micro.f1).toFixed(2)}`);

  const gold = parts.map((p) => p.sentences.slice(p.devStart).map((s) => s.tags));
  const devInfos = parts.map((p) => p.infos.slice(p.devStart));
  const score = (tags: string[][][], label: string) => {
    const all = scoreTagSequences(gold.flat(), tags.flat());
    const per = tags.map((t, k) => (100 * scoreTagSequences(gold[k]!, t).micro.f1).toFixed(2));
    const types = all.perType.map((t) => `${t.type} ${(100 * t.f1).toFixed(1)}`).join(" ");
    console.log(`${label.padEnd(34)} ${(100 * all.micro.f1).toFixed(2)} (P ${(100 * all.micro.precision).toFixed(1)} R ${(100 * all.micro.recall).toFixed(1)}) / ${per.join(" / ")}  [${types}]`);
    return all.micro.f1;
  };
  const cons = (tags: string[][][]) => tags.map((t, k) => consistentTags(devInfos[k]!, t, model.plainWordSet, CONSISTENCY_DEFAULTS));
  const dev1 = parts.map((p, pi) => t1[pi]!.slice(p.devStart));
  score(dev1, `stage 1 (bias ${bias1})`);
  score(cons(dev1), `stage 1 + consistency`);

  // --only t,t[;t,t…]: the stacked templates kept, by name; several sets separated by ";" are measured
  // one after another on the same stage-1 tags ("all": every template), each summarized at the shipped
  // cell (SHIPPED_CELL) and at its best cell, with the consistency pass.
  const onlyArg = process.argv.indexOf("--only");
  const variants = onlyArg >= 0 ? process.argv[onlyArg + 1]!.split(";") : ["all"];
  const summary: string[] = [];
  // --dump-dev file: the dev tenth's gold, stage-1 and stage-2 tags (both + consistency) at the shipped cell, per variant, for scripts/ner/dev-errors.ts --tags.
  const dumpAt = process.argv.indexOf("--dump-dev");
  const dumpFile = dumpAt >= 0 ? process.argv[dumpAt + 1]! : null;
  for (const variant of variants) {
    const only = variant === "all" ? undefined : new Set(variant.split(","));
    const stacked = parts.map((p, pi) => stackedFeatures(p.infos, t1[pi]!, only, r1?.[pi]));
    // --t1-extra file,…: stage-1 tags of other jackknife runs (t1 caches of other seeds): stage 2 also learns from each (one more copy of its training part per run).
    const extraAt = process.argv.indexOf("--t1-extra");
    const extraRuns = extraAt >= 0 ? process.argv[extraAt + 1]!.split(",").map((f) => JSON.parse(readFileSync(f, "utf8")) as string[][][]) : [];
    const train2 = [
      ...parts.flatMap((p, pi) => items(p, 0, p.devStart, stacked[pi])),
      ...extraRuns.flatMap((run) => parts.flatMap((p, pi) => items(p, 0, p.devStart, stackedFeatures(p.infos, run[pi]!, only, r1?.[pi])))),
    ];
    const devKeys = parts.map((p) => p.keys.slice(p.devStart));
    const dev2 = parts.map((p, pi) => p.feats2.slice(p.devStart).map((f, j) => f.map((x, i) => [...x, ...stacked[pi]![p.devStart + j]![i]!])));
    let best = { f1: 0, cell: "" };
    let shipped = 0;
    // --stage2-seeds N: stage 2 trained with N shuffle seeds (seed, seed + 1, …) and its weights averaged per epoch.
    const seeds2 = arg("--stage2-seeds", 1);
    const perEpoch: LinearModel[][] = [];
    for (let s2 = 1; s2 < seeds2; s2++) trainPerceptron(train2, { epochs: maxEpochs, seed: seed + s2, minCount: minCount2, margin, missCost, passiveAggressive: pa2, edgeKeys: edges2 ? EDGE_KEYS : 0, onEpoch: (epoch, m) => (perEpoch[epoch] ??= []).push(m) });
    trainPerceptron(train2, {
      epochs: maxEpochs,
      seed,
      minCount: minCount2,
      margin,
      missCost,
      passiveAggressive: pa2,
      edgeKeys: edges2 ? EDGE_KEYS : 0,
      onEpoch: (epoch, m0) => {
        const m = seeds2 > 1 ? averageModels([m0, ...perEpoch[epoch]!]) : m0;
        if (seeds2 > 1) perEpoch[epoch] = [];
        for (const bias of BIAS_GRID) {
          const tags = dev2.map((f, k) => decode(m, f, bias, devKeys[k]));
          score(tags, `stage 2 ep ${epoch} bias ${bias}`);
          const f1 = score(cons(tags), `  + consistency`);
          if (f1 > best.f1) best = { f1, cell: `${epoch} ep, bias ${bias}` };
          if (epoch === SHIPPED_CELL[0] && bias === SHIPPED_CELL[1]) {
            shipped = f1;
            if (process.argv.includes("--type-bias")) sweepTypeBiases(m, bias, (tb) => cons(dev2.map((f, k) => decode(tb, f, bias, devKeys[k]))), (tags) => scoreTagSequences(gold.flat(), tags.flat()).micro.f1);
            if (dumpFile) writeFileSync(`${dumpFile}.${variant.replace(/[^a-z0-9+-]+/gi, "_")}.json`, JSON.stringify(parts.map((p, pi) => ({ name: p.name, tokens: p.sentences.slice(p.devStart).map((s) => s.tokens), gold: gold[pi], stage1: cons(dev1)[pi], stage2: cons(tags)[pi], stage1Raw: dev1[pi], stage2Raw: tags[pi], stage2RawAt: Object.fromEntries(DUMP_BIASES.map((b) => [b, decode(m, dev2[pi]!, b, devKeys[pi])])) }))));
          }
        }
        log(`epoch ${epoch}`);
      },
    });
    summary.push(`${variant}: + consistency at ${SHIPPED_CELL[0]} ep, bias ${SHIPPED_CELL[1]}: ${(100 * shipped).toFixed(2)}; best ${(100 * best.f1).toFixed(2)} (${best.cell})`);
    console.log(`variant ${summary[summary.length - 1]}`);
  }
  for (const line of summary) console.log(`summary ${line}`);
}

main();
