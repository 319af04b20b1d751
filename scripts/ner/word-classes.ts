/**
 * Word classes for the tagger, learned from unlabeled text at training time (never at run time):
 * 1. the text: the unlabeled news (arabic-unlabeled, Apache-2.0) plus the training sentences'
 *    tokens (labels unused), cut into sentences of tagger tokens (tokens.ts), each token in its
 *    normalized form (normalize.ts), tokens without a letter dropped;
 * 2. word vectors: fastText skipgram (Debian's `fasttext`, one thread and a fixed seed, so the same
 *    text gives the same vectors), with character n-grams so rare words get useful vectors;
 * 3. classes: hierarchical spherical k-means (clusters.ts) over the vectors of words seen MIN_COUNT+
 *    times: a coarse level, each class split again, and again: three granularities whose ids nest
 *    like Brown-cluster prefixes;
 * 4. everything is cached under CACHE_DIR by a digest of its inputs and settings: a rerun with the
 *    same inputs reads the cache; nothing is written into the repository but the model.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { getPriority } from "node:os";
import { INVISIBLE_CLASS, normalizeArabic } from "../../src/arabic/normalize.js";
import { taggerSentences } from "../../src/understand/entities/tokens.js";
import { learnNestedClasses, type NestedClassOptions } from "../../src/understand/entities/clusters.js";
import { lexicalForms, type FeatureResources, type LevelForm } from "../../src/understand/entities/features.js";

/** One set of word classes: vectors learned on one form of the words, clustered at nested granularities. */
export interface ClassSet {
  form: LevelForm;
  vectors: WordVectorOptions;
  classes: NestedClassOptions;
}

export const CACHE_DIR = process.env["MARSAD_NER_CACHE"] ?? "/work/data/ner-cache";
const HAS_LETTER = /\p{L}/u;

export interface WordVectorOptions {
  model: "skipgram" | "cbow";
  dim: number;
  epoch: number;
  minCount: number;
  window: number;
  minn: number;
  maxn: number;
  seed: number;
  /** fastText's n-gram hash buckets (its default 2,000,000 when absent): the run-time subword table holds one row per bucket. */
  bucket?: number;
}

// No character n-grams (minn = maxn = 0): with them (SUBWORD_VECTOR_OPTIONS) fastText took 7 min
// instead of 80 s, and their classes scored lower on every dev yardstick (eval/ner/README.md "Subword classes").
export const VECTOR_OPTIONS: WordVectorOptions = { model: "skipgram", dim: 64, epoch: 5, minCount: 3, window: 5, minn: 0, maxn: 0, seed: 11 };

function digest(...parts: string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex").slice(0, 16);
}

/**
 * Invisible format characters (arabic/normalize.ts INVISIBLE_CLASS), which the vectors' text reads as
 * spaces (unlabeledLines).
 */
const INVISIBLES = new RegExp(`[${INVISIBLE_CLASS}]`, "gu");

/**
 * Normalized token lines (one sentence per line) of running texts and of pre-tokenized sentences.
 * A running text's invisible format characters are read as spaces, as the shipped word classes were
 * learned: the tagger's tokenizer keeps them inside a word since dbb28390 (ترا\u200Fمب one word),
 * which on arabic-unlabeled changes one line of 46,697 (U+202C between تونس and بالتنسيق made one
 * word of two), and one line of fastText's input draws every class anew (ent127, eval/ner/README.md:
 * the retrain no longer rebuilt models/ner.bin.gz). The labeled corpora hold no such character.
 */
export function unlabeledLines(articles: readonly string[], sentences: readonly (readonly string[])[]): string[] {
  const lines: string[] = [];
  const push = (tokens: readonly string[]) => {
    const words = tokens.map((t) => normalizeArabic(t)).filter((w) => w && HAS_LETTER.test(w) && !/\s/.test(w));
    if (words.length >= 2) lines.push(words.join(" "));
  };
  for (const a of articles) for (const s of taggerSentences(a.replace(INVISIBLES, " "))) push(s.map((t) => t.text));
  for (const s of sentences) push(s);
  return lines;
}

/**
 * Vectors with character n-grams (subword classes, subwords.ts): minn 2 to maxn 5 letters, 100,000
 * buckets (6.4 MB of int8 rows at run time), the rest as VECTOR_OPTIONS.
 */
export const SUBWORD_VECTOR_OPTIONS: WordVectorOptions = { ...VECTOR_OPTIONS, minn: 2, maxn: 5, bucket: 100_000 };

/** The cache directory of fastText's model of `lines` under `options` (model.bin, model.vec once trained). */
export function vectorDir(lines: readonly string[], options: WordVectorOptions): string {
  return `${CACHE_DIR}/vectors-${digest(lines.join("\n") + "\n", JSON.stringify(options))}`;
}

/** fastText vectors of the words of `lines` (cached); a Map word → vector. */
export function wordVectors(lines: readonly string[], options: WordVectorOptions = VECTOR_OPTIONS): Map<string, Float32Array> {
  const text = lines.join("\n") + "\n";
  const key = digest(text, JSON.stringify(options));
  const dir = `${CACHE_DIR}/vectors-${key}`;
  mkdirSync(dir, { recursive: true });
  const vec = `${dir}/model.vec`;
  if (!existsSync(vec)) {
    writeFileSync(`${dir}/text.txt`, text);
    const o = options;
    const args = [o.model, "-input", `${dir}/text.txt`, "-output", `${dir}/model`, "-dim", String(o.dim), "-epoch", String(o.epoch), "-minCount", String(o.minCount), "-ws", String(o.window), "-minn", String(o.minn), "-maxn", String(o.maxn), "-thread", "1", "-seed", String(o.seed), "-verbose", "2", ...(o.bucket ? ["-bucket", String(o.bucket)] : [])];
    console.log(`fasttext ${args.join(" ")}`);
    try {
      // Niced on a shared machine, unless this process already is (nice over nice starves it).
      if (getPriority() === 0) execFileSync("nice", ["-n", "10", "fasttext", ...args], { stdio: "inherit" });
      else execFileSync("fasttext", args, { stdio: "inherit" });
    } catch (e) {
      throw new Error(`train ner: fastText failed (install Debian's fasttext: apt-get install fasttext): ${(e as Error).message}`);
    }
  }
  const vectors = new Map<string, Float32Array>();
  const rows = readFileSync(vec, "utf8").split("\n");
  for (const row of rows.slice(1)) {
    const parts = row.trim().split(" ");
    if (parts.length !== options.dim + 1) continue;
    vectors.set(parts[0]!, Float32Array.from(parts.slice(1), Number));
  }
  return vectors;
}

/** Nested word classes of the vectors (cached by digest of the vectors' words and the options). */
export function wordClasses(vectors: Map<string, Float32Array>, options: NestedClassOptions): Map<string, number[]> {
  const words = [...vectors.keys()];
  const key = digest(words.join(" "), String(vectors.values().next().value?.[0] ?? ""), JSON.stringify(options));
  const file = `${CACHE_DIR}/classes-${key}.json`;
  if (existsSync(file)) return new Map(JSON.parse(readFileSync(file, "utf8")) as [string, number[]][]);
  const classes = learnNestedClasses(words.map((w) => vectors.get(w)!), options);
  const map = new Map(words.map((w, i) => [w, classes[i]!]));
  writeFileSync(file, JSON.stringify([...map]));
  return map;
}

/**
 * The lines with every word in its bare form (proclitics split off on the evidence of `res`, the
 * article dropped: lexicalForms), what "bare" class sets learn on.
 */
export function bareLines(lines: readonly string[], res: Pick<FeatureResources, "words" | "gazetteer">): string[] {
  const memo = new Map<string, string>();
  const bare = (w: string) => {
    let b = memo.get(w);
    if (b === undefined) memo.set(w, (b = lexicalForms(w, res).bare || w));
    return b;
  };
  return lines.map((line) => line.split(" ").map(bare).join(" "));
}

/** The classes of one set: word (in the set's form) → class per level. */
export function classSet(lines: readonly string[], res: Pick<FeatureResources, "words" | "gazetteer">, set: ClassSet): Map<string, number[]> {
  return wordClasses(wordVectors(set.form === "bare" ? bareLines(lines, res) : lines, set.vectors), set.classes);
}
