/**
 * The entity model on disk: one gzipped JSON file in the package's models/ directory.
 * - features are stored as their 32-bit hashes (feature-index.ts);
 * - emission weights are quantized to int16 with one scale (the largest |weight| maps to 32767) and
 *   stored base64, feature-major; features whose weights all quantize to 0 are dropped;
 * - transitions stay as floats (a few dozen numbers);
 * - the gazetteer names, the word classes, the entity-word vocabulary and the meta record (sources, licenses,
 *   training settings, dev scores) travel with the weights, so a model is self-contained.
 * Loading is lazy and cached: the first call reads the file, later calls reuse it; no network.
 */
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { compileGazetteer, type FeatureResources } from "./features.js";
import { FeatureIndex } from "./feature-index.js";
import type { LinearModel } from "./perceptron.js";

export interface GazetteerEntry {
  type: string;
  name: string;
}

export interface NerModelData {
  /** Gazetteer names (Arabic, any form; normalized when compiled) with their CoNLL type. */
  gazetteer: GazetteerEntry[];
  /** Latin-script names of gazetteer places (for English embeds), with their type. */
  latinGazetteer: GazetteerEntry[];
  /**
   * Normalized words seen in training as the first word of an entity while starting with a letter
   * that could be a proclitic (و ف ب ل ك): the letter belongs to the name (واشنطن, لبنان).
   */
  nameInitialWords: string[];
  /** Normalized words seen in training as the first word of an entity, without any proclitic. */
  entityWords: string[];
  /** Word classes (clusters.ts): clusterWords[i] has class clusterIds[i]. */
  clusterWords: string[];
  clusterIds: number[];
  meta: Record<string, unknown>;
}

export interface NerModel extends LinearModel, NerModelData {
  resources: FeatureResources;
  nameInitialSet: Set<string>;
  entityWordSet: Set<string>;
}

interface ModelFile extends NerModelData {
  format: "marsad-ner-2";
  tags: string[];
  /** FNV-1a hashes of the feature strings (feature-index.ts), Uint32 little-endian, base64. */
  features: string;
  scale: number;
  weights: string;
  transitions: number[];
  outsideBias: number;
}

export const MODEL_FORMAT = "marsad-ner-2";
const INT16_MAX = 32767;

export function serializeModel(model: LinearModel, data: NerModelData): Buffer {
  const T = model.tags.length;
  let maxAbs = 0;
  for (const x of model.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs > 0 ? INT16_MAX / maxAbs : 1;
  const kept: number[] = [];
  const values: number[] = [];
  const hashes = model.features.hashes();
  hashes.forEach((h, f) => {
    const q = Array.from({ length: T }, (_, t) => Math.round(model.weights[f * T + t]! * scale));
    if (q.every((x) => x === 0)) return;
    kept.push(h);
    values.push(...q);
  });
  const file: ModelFile = {
    format: MODEL_FORMAT,
    tags: model.tags,
    features: Buffer.from(Uint32Array.from(kept).buffer).toString("base64"),
    scale,
    weights: Buffer.from(new Int16Array(values).buffer).toString("base64"),
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1000) / 1000),
    outsideBias: model.outsideBias ?? 0,
    ...data,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function deserializeModel(buffer: Buffer): NerModel {
  const file = JSON.parse(gunzipSync(buffer).toString("utf8")) as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new Error(`entities: model format "${file.format}" is not ${MODEL_FORMAT}`);
  const rawHashes = Buffer.from(file.features, "base64");
  const hashes = new Uint32Array(rawHashes.buffer.slice(rawHashes.byteOffset, rawHashes.byteOffset + rawHashes.byteLength));
  const raw = Buffer.from(file.weights, "base64");
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! / file.scale;
  return {
    tags: file.tags,
    features: FeatureIndex.fromHashes(hashes),
    weights,
    transitions: Float32Array.from(file.transitions),
    outsideBias: file.outsideBias,
    gazetteer: file.gazetteer,
    latinGazetteer: file.latinGazetteer,
    nameInitialWords: file.nameInitialWords,
    entityWords: file.entityWords,
    meta: file.meta,
    clusterWords: file.clusterWords,
    clusterIds: file.clusterIds,
    resources: {
      gazetteer: compileGazetteer(file.gazetteer),
      clusters: new Map(file.clusterWords.map((w, i) => [w, file.clusterIds[i]!])),
    },
    nameInitialSet: new Set(file.nameInitialWords),
    entityWordSet: new Set(file.entityWords),
  };
}

export const DEFAULT_MODEL_URL = new URL("../../../models/ner-anercorp.json.gz", import.meta.url);

let cached: NerModel | null = null;

/** The shipped model, read once from models/ (resolved relative to this compiled module). */
export function loadDefaultModel(): NerModel {
  cached ??= deserializeModel(readFileSync(DEFAULT_MODEL_URL));
  return cached;
}
