/**
 * The entity model on disk: one gzipped file in the package's models/ directory, read once per process.
 * - layout: a 4-byte little-endian length, a JSON header of that many bytes, then binary sections
 *   (offsets in the header): no base64, no per-weight JSON numbers, so loading is a gunzip and views;
 * - features are stored as their 32-bit hashes (feature-index.ts);
 * - emission weights are quantized to int16 with one scale (the largest |weight| maps to 32767),
 *   feature-major; features whose weights all quantize to 0 are dropped; transitions stay floats;
 * - the gazetteer names, the word table (normalized word, times seen in the unlabeled and training
 *   text, word class per level), the learned non-entity words and the meta record (sources,
 *   licenses, training settings, dev scores) travel with the weights, so a model is self-contained.
 * Loading is lazy and cached: the first call reads the file, later calls reuse it; no network.
 */
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { compileGazetteer, procliticSplits, type FeatureResources, type LevelForm, type WordEntry, type WordLookup } from "./features.js";
import { FeatureIndex } from "./feature-index.js";
import type { LinearModel } from "./perceptron.js";
import type { SubwordTable } from "./subwords.js";

export interface GazetteerEntry {
  type: string;
  name: string;
}

export interface NerModelData {
  /** Gazetteer names (Arabic, any form; normalized when compiled) with their type (LOC, LANG, CUR). */
  gazetteer: GazetteerEntry[];
  /** Latin-script names of gazetteer places (for English embeds), with their type. */
  latinGazetteer: GazetteerEntry[];
  /** Normalized words seen in training as the first word of an entity (loading drops those that are a clitic + another). */
  entityWords: string[];
  /**
   * Normalized words the training text almost never tags as (part of) an entity although seen
   * often: common nouns, verbs, function words. A mention made only of them is no entity.
   */
  plainWords: string[];
  /** The word table: words[i] seen wordCounts[i] times, class wordClasses[i * levels + l] at level l. */
  words: string[];
  wordCounts: Uint32Array;
  wordClasses: Int32Array;
  levels: number;
  /** Per level, the form its class set was learned on (features.ts LevelForm; absent: all "word"). */
  levelForms?: LevelForm[];
  /**
   * Normalized words of person names (Wikidata labels of humans, CC0; scripts/ner/person-names.ts)
   * for the tagger's person-name feature (features.ts); only in a model trained with `--person-names`.
   */
  personNames?: string[];
  /** Words mostly inside names of one type in WikiFANE Gold, "word<TAB>TYPE" (features.ts nameWords); only in a model trained with `--wikifane-words`. */
  nameWords?: string[];
  /** Whether the tagger has the name-shape features (features.ts nameShapeFeatures); only in a model trained with `--name-shapes`. */
  nameShapes?: boolean;
  /** Whether the tagger has the neighbours' affix features (features.ts neighbourAffixFeatures); only in a model trained with `--neighbour-affixes`. */
  neighbourAffixes?: boolean;
  /** Character n-gram rows and class centres of the first class set (subwords.ts); only in a model trained with subword classes. */
  subwords?: SubwordTable;
  meta: Record<string, unknown>;
}

export interface NerModel extends LinearModel, NerModelData {
  resources: FeatureResources;
  entityWordSet: Set<string>;
  plainWordSet: Set<string>;
}

interface Header {
  format: typeof MODEL_FORMAT;
  tags: string[];
  scale: number;
  transitions: number[];
  outsideBias: number;
  gazetteer: GazetteerEntry[];
  latinGazetteer: GazetteerEntry[];
  entityWords: string[];
  plainWords: string[];
  /** Words joined by "\n". */
  words: string;
  levels: number;
  levelForms?: LevelForm[];
  /** Joined by "\n". */
  personNames?: string;
  nameWords?: string;
  nameShapes?: boolean;
  neighbourAffixes?: boolean;
  /** The subword table's sizes (its arrays are the sections subwordRows, subwordScales, subwordCentres). */
  subwords?: Pick<SubwordTable, "minn" | "maxn" | "bucket" | "dim" | "branching" | "levels">;
  meta: Record<string, unknown>;
  /** Byte offset and length of each binary section after the header. */
  sections: Record<"features" | "weights" | "wordCounts" | "wordClasses", [number, number]> & Partial<Record<"subwordRows" | "subwordScales" | "subwordCentres" | "subwordMap", [number, number]>>;
}

export const MODEL_FORMAT = "marsad-ner-3";
const INT16_MAX = 32767;

export function serializeModel(model: LinearModel, data: NerModelData): Buffer {
  const T = model.tags.length;
  let maxAbs = 0;
  for (const x of model.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs > 0 ? INT16_MAX / maxAbs : 1;
  const hashes = model.features.hashes();
  const kept: number[] = [];
  const values = new Int16Array(hashes.length * T);
  let v = 0;
  hashes.forEach((h, f) => {
    let any = false;
    for (let t = 0; t < T; t++) {
      const q = Math.round(model.weights[f * T + t]! * scale);
      values[v + t] = q;
      if (q !== 0) any = true;
    }
    if (!any) return;
    kept.push(h);
    v += T;
  });
  const parts: Buffer[] = [
    Buffer.from(Int32Array.from(kept).buffer),
    Buffer.from(values.buffer, 0, v * 2),
    Buffer.from(data.wordCounts.buffer, data.wordCounts.byteOffset, data.wordCounts.byteLength),
    Buffer.from(data.wordClasses.buffer, data.wordClasses.byteOffset, data.wordClasses.byteLength),
  ];
  const names: (keyof Header["sections"])[] = ["features", "weights", "wordCounts", "wordClasses"];
  const sw = data.subwords;
  if (sw) {
    for (const a of [sw.rows, sw.scales, sw.centres]) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    names.push("subwordRows", "subwordScales", "subwordCentres");
    if (sw.map) {
      parts.push(Buffer.from(sw.map.buffer, sw.map.byteOffset, sw.map.byteLength));
      names.push("subwordMap");
    }
  }
  let at = 0;
  const sections = {} as Header["sections"];
  parts.forEach((p, k) => {
    sections[names[k]!] = [at, p.length];
    at += p.length;
  });
  const header: Header = {
    format: MODEL_FORMAT,
    tags: model.tags,
    scale,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1000) / 1000),
    outsideBias: model.outsideBias ?? 0,
    gazetteer: data.gazetteer,
    latinGazetteer: data.latinGazetteer,
    entityWords: data.entityWords,
    plainWords: data.plainWords,
    words: data.words.join("\n"),
    levels: data.levels,
    ...(data.levelForms ? { levelForms: data.levelForms } : {}),
    ...(data.personNames ? { personNames: data.personNames.join("\n") } : {}),
    ...(data.nameWords ? { nameWords: data.nameWords.join("\n") } : {}),
    ...(data.nameShapes ? { nameShapes: true } : {}),
    ...(data.neighbourAffixes ? { neighbourAffixes: true } : {}),
    ...(sw ? { subwords: { minn: sw.minn, maxn: sw.maxn, bucket: sw.bucket, dim: sw.dim, branching: sw.branching, ...(sw.map ? { levels: sw.levels } : {}) } } : {}),
    meta: data.meta,
    sections,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, ...parts]), { level: 9 });
}

/** A typed-array copy of one section (copied: the views must be aligned). */
function section<A>(body: Buffer, [at, length]: [number, number], make: (b: ArrayBuffer) => A): A {
  return make(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + length) as ArrayBuffer);
}

export function deserializeModel(buffer: Buffer): NerModel {
  const raw = gunzipSync(buffer);
  const length = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + length).toString("utf8")) as Header;
  if (header.format !== MODEL_FORMAT) throw new Error(`entities: model format "${header.format}" is not ${MODEL_FORMAT}`);
  const body = raw.subarray(4 + length);
  const hashes = section(body, header.sections.features, (b) => new Int32Array(b));
  const q = section(body, header.sections.weights, (b) => new Int16Array(b));
  const weights = new Float32Array(q.length);
  const inverse = 1 / header.scale;
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! * inverse;
  const data: NerModelData = {
    gazetteer: header.gazetteer,
    latinGazetteer: header.latinGazetteer,
    entityWords: header.entityWords,
    plainWords: header.plainWords,
    words: header.words ? header.words.split("\n") : [],
    wordCounts: section(body, header.sections.wordCounts, (b) => new Uint32Array(b)),
    wordClasses: section(body, header.sections.wordClasses, (b) => new Int32Array(b)),
    levels: header.levels,
    ...(header.levelForms ? { levelForms: header.levelForms } : {}),
    ...(header.personNames ? { personNames: header.personNames.split("\n") } : {}),
    ...(header.nameWords ? { nameWords: header.nameWords.split("\n") } : {}),
    ...(header.nameShapes ? { nameShapes: true } : {}),
    ...(header.neighbourAffixes ? { neighbourAffixes: true } : {}),
    ...(header.subwords && header.sections.subwordRows && header.sections.subwordScales && header.sections.subwordCentres
      ? {
          subwords: {
            ...header.subwords,
            rows: section(body, header.sections.subwordRows, (b) => new Int8Array(b)),
            scales: section(body, header.sections.subwordScales, (b) => new Float32Array(b)),
            centres: section(body, header.sections.subwordCentres, (b) => new Float32Array(b)),
            ...(header.sections.subwordMap ? { map: section(body, header.sections.subwordMap, (b) => new Int32Array(b)) } : {}),
          },
        }
      : {}),
    meta: header.meta,
  };
  return {
    tags: header.tags,
    features: FeatureIndex.fromHashes(hashes),
    weights,
    transitions: Float32Array.from(header.transitions),
    outsideBias: header.outsideBias,
    ...modelResources(data),
  };
}

/** The lookup structures of a model's data (also used in training, before a model file exists). */
export function modelResources(data: NerModelData, off: FeatureResources["off"] = new Set()): NerModelData & Pick<NerModel, "resources" | "entityWordSet" | "plainWordSet"> {
  const L = data.levels;
  const words = new WordTable(data.words, data.wordCounts, data.wordClasses, L);
  // A first word that is a clitic plus another first word (وأذربيجان, أذربيجان) is no evidence
  // that its first letter belongs to the name.
  const firstWords = new Set(data.entityWords);
  const entityWords = data.entityWords.filter((w) => !procliticSplits(w).some((split) => firstWords.has(split.core)));
  return {
    ...data,
    resources: {
      gazetteer: compileGazetteer(data.gazetteer), words, levels: L,
      ...(data.levelForms ? { levelForms: data.levelForms } : {}),
      ...(data.personNames ? { personNames: new Set(data.personNames) } : {}),
      ...(data.nameWords ? { nameWords: new Map(data.nameWords.map((line) => line.split("\t") as [string, string])) } : {}),
      ...(data.nameShapes ? { nameShapes: true } : {}),
      ...(data.neighbourAffixes ? { neighbourAffixes: true } : {}),
      ...(data.subwords ? { subwords: data.subwords } : {}),
      off,
    },
    entityWordSet: new Set(entityWords),
    plainWordSet: new Set(data.plainWords),
  };
}

/**
 * The model's word table as a lookup: word → row of the typed arrays, the entry made when first
 * asked for. Building 35,000 entry objects at load cost more than a third of the load time
 * (mostly the young-generation collections copying them).
 */
class WordTable implements WordLookup {
  private readonly rows = new Map<string, number>();
  private readonly entries: (WordEntry | undefined)[];

  constructor(words: readonly string[], private readonly counts: Uint32Array, private readonly classes: Int32Array, private readonly levels: number) {
    // A word listed twice resolves to its last row, as Map.set over the list did.
    for (let i = 0; i < words.length; i++) this.rows.set(words[i]!, i);
    this.entries = new Array<WordEntry | undefined>(words.length);
  }

  get(word: string): WordEntry | undefined {
    const row = this.rows.get(word);
    if (row === undefined) return undefined;
    return (this.entries[row] ??= this.entryAt(row));
  }

  private entryAt(row: number): WordEntry {
    const classes = new Array<number>(this.levels);
    for (let l = 0; l < this.levels; l++) classes[l] = this.classes[row * this.levels + l]!;
    return { count: this.counts[row]!, classes };
  }
}

export const DEFAULT_MODEL_URL = new URL("../../../models/ner.bin.gz", import.meta.url);

let cached: NerModel | null = null;

/** The shipped model, read once per process from models/ (resolved relative to this compiled module). */
export function loadDefaultModel(): NerModel {
  cached ??= deserializeModel(readFileSync(DEFAULT_MODEL_URL));
  return cached;
}

/** The second-stage model of the CoNLL path (stacking.ts, tag-sentences.ts); it carries no resources of its own. */
export const DEFAULT_STAGE2_URL = new URL("../../../models/ner-stack.bin.gz", import.meta.url);

let cachedStage2: LinearModel | null = null;

/** The shipped second-stage model, read once per process from models/. */
export function loadDefaultStage2(): LinearModel {
  if (!cachedStage2) {
    const m = deserializeModel(readFileSync(DEFAULT_STAGE2_URL));
    cachedStage2 = { tags: m.tags, features: m.features, weights: m.weights, transitions: m.transitions, outsideBias: m.outsideBias ?? 0 };
  }
  return cachedStage2;
}
