/**
 * Two-stage (stacked) tagging on the CoNLL path (tag-sentences.ts), after Krishnan & Manning 2006:
 * a second perceptron reads the first's tags as features — the word's own and its ±2 neighbours'
 * predicted tags, and how the ±15-sentence document window tags the word's core form elsewhere
 * (majority type against untagged mentions, as first or last word of a multiword span), so a name
 * the first pass tags in one sentence and misses in another can be tagged from the evidence of both.
 * The second stage is trained on jackknifed first-stage tags (scripts/ner/train-stack.ts), never on
 * a model's tags of its own training sentences. Measured on the dev tenth: eval/ner/README.md.
 */
import { spansOfTags } from "./conll.js";
import type { TokenInfo } from "./features.js";
import { hashFeature } from "./feature-index.js";

/** Sentences on each side of a sentence whose first-stage tags it reads (tag-sentences.ts DOC_WINDOW). */
export const STACK_WINDOW = 15;

/**
 * Each token's stacked feature hashes, one row of `stride` per token: token i's are
 * hashes[i * stride, (i + 1) * stride). A typed row per sentence: an array per token and the
 * strings built and looked up for each of its features were most of the second stage's time.
 */
export interface FeatureRows {
  hashes: Int32Array;
  stride: number;
}

const typeOf = (tag: string) => (tag === "O" ? "O" : tag.slice(2));
/** The span types the document summary reads; their ids in the window counts are 1–4 in this order ("O" is 0). */
const TYPES = ["PERS", "LOC", "ORG", "MISC"];
/** The order in which `dfirst` looks for a type whose multiword spans the word starts, as ids of TYPES. */
const FIRST_ORDER = [1, 3, 2, 4];
/** A summary's majority type (0 none, TYPES by id) and a neighbour's beyond the sentence (EDGE). */
const MAJOR = ["none", ...TYPES, "edge"];
const EDGE = 5;
const RATIO = ["-", "hi", "mid", "lo"];
const BUCKET = ["0", "1", "2", "4"];
const bucket = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3);

/** Ids of first-stage tag strings, with the sentence boundary markers at 0 and 1, in order of first sight. */
const tagIds = new Map<string, number>([["<s>", 0], ["</s>", 1]]);
const tagValues = ["<s>", "</s>"];
function tagId(tag: string): number {
  let id = tagIds.get(tag);
  if (id === undefined) {
    tagIds.set(tag, (id = tagValues.length));
    tagValues.push(tag);
  }
  return id;
}

/** Tag ids below this are keys of the templates' hash tables (any model's tags: 4 types give 9); a larger one is hashed from its string. */
const TAG_KEYS = 64;
const MAJORS = MAJOR.length;
const tagOf = (id: number) => tagValues[id]!;
const typeOfTag = (id: number) => typeOf(tagValues[id]!);

/**
 * The stacked templates in feature order: name, the feature's value from up to three ids (of tags,
 * majority types, ratios, buckets), and how many values of each id the table of hashes keys.
 */
const TEMPLATES: { name: string; sizes: [number, number, number]; value: (a: number, b: number, c: number) => string }[] = [
  { name: "s1", sizes: [TAG_KEYS, 1, 1], value: tagOf },
  { name: "s1-1", sizes: [TAG_KEYS, TAG_KEYS, 1], value: (a, b) => `${tagOf(a)}|${tagOf(b)}` },
  { name: "s1+1", sizes: [TAG_KEYS, TAG_KEYS, 1], value: (a, b) => `${tagOf(a)}|${tagOf(b)}` },
  { name: "s1-2", sizes: [TAG_KEYS, 1, 1], value: typeOfTag },
  { name: "s1+2", sizes: [TAG_KEYS, 1, 1], value: typeOfTag },
  { name: "dmaj", sizes: [MAJORS, RATIO.length, 1], value: (a, b) => `${MAJOR[a]!}|${RATIO[b]!}` },
  { name: "dmajn", sizes: [MAJORS, BUCKET.length, 1], value: (a, b) => `${MAJOR[a]!}|${BUCKET[b]!}` },
  { name: "dO", sizes: [BUCKET.length, 1, 1], value: (a) => BUCKET[a]! },
  { name: "dmaj×s1", sizes: [MAJORS, RATIO.length, TAG_KEYS], value: (a, b, c) => `${MAJOR[a]!}|${RATIO[b]!}|${tagOf(c)}` },
  { name: "dlast", sizes: [2, TAG_KEYS, 1], value: (a, b) => `${a ? "true" : "false"}|${typeOfTag(b)}` },
  { name: "dfirst", sizes: [MAJORS, 1, 1], value: (a) => MAJOR[a]! },
  { name: "dnb", sizes: [MAJORS, MAJORS, MAJORS], value: (a, b, c) => `${MAJOR[a]!}|${MAJOR[b]!}|${MAJOR[c]!}` },
  { name: "dprev", sizes: [MAJORS, TAG_KEYS, 1], value: (a, b) => `${MAJOR[a]!}|${typeOfTag(b)}` },
  { name: "dnext", sizes: [MAJORS, TAG_KEYS, 1], value: (a, b) => `${MAJOR[a]!}|${typeOfTag(b)}` },
];

const featureHash = (template: number, a: number, b: number, c: number) => {
  const t = TEMPLATES[template]!;
  return hashFeature(`stk:${t.name}=${t.value(a, b, c)}`);
};

/** Each template's hashes by key (ids a, b, c as ((a * sizes[1]) + b) * sizes[2] + c), hashed when first asked; made at the first use. */
let tables: { offsets: number[]; hashes: Int32Array; known: Uint8Array } | null = null;
/** The hashes of features with a tag id of TAG_KEYS or more, by their string. */
const largeIdHashes = new Map<string, number>();

function templateHash(template: number, a: number, b: number, c: number): number {
  const [sa, sb, sc] = TEMPLATES[template]!.sizes;
  if (a >= sa || b >= sb || c >= sc) {
    const t = TEMPLATES[template]!;
    const feature = `stk:${t.name}=${t.value(a, b, c)}`;
    let h = largeIdHashes.get(feature);
    if (h === undefined) largeIdHashes.set(feature, (h = hashFeature(feature)));
    return h;
  }
  if (!tables) {
    const offsets: number[] = [];
    let size = 0;
    for (const t of TEMPLATES) {
      offsets.push(size);
      size += t.sizes[0] * t.sizes[1] * t.sizes[2];
    }
    tables = { offsets, hashes: new Int32Array(size), known: new Uint8Array(size) };
  }
  const { offsets, hashes, known } = tables;
  const at = offsets[template]! + (a * sb + b) * sc + c;
  if (!known[at]) {
    hashes[at] = featureHash(template, a, b, c);
    known[at] = 1;
  }
  return hashes[at]!;
}

/** Per token of one corpus (sentences in order), the stacked features of the stage-1 tags `t1` (stackedFeatureRows as arrays). */
export function stackedFeatures(infos: readonly (readonly TokenInfo[])[], t1: readonly (readonly string[])[], only?: ReadonlySet<string>): number[][][] {
  return stackedFeatureRows(infos, t1, only).map(({ hashes, stride }) => Array.from({ length: hashes.length / stride }, (_, i) => Array.from(hashes.subarray(i * stride, (i + 1) * stride))));
}

/** Per sentence of one corpus (sentences in order), the stacked features of the stage-1 tags `t1`; `only`: the templates kept, by name. */
export function stackedFeatureRows(infos: readonly (readonly TokenInfo[])[], t1: readonly (readonly string[])[], only?: ReadonlySet<string>): FeatureRows[] {
  const kept = TEMPLATES.flatMap((t, k) => (!only || only.has(t.name) ? [k] : []));
  const on = TEMPLATES.map((_, k) => kept.includes(k));
  const stride = kept.length;
  // Per sentence: for each token, the type (id) of the predicted span it is in and its place in
  // it (first and last word of a multiword span), and its core form's id.
  const typeIds = new Map(["O", ...TYPES].map((t, k) => [t, k]));
  const cores = new Map<string, number>();
  const FIRST = 1;
  const LAST = 2;
  const types: Int32Array[] = [];
  const places: Uint8Array[] = [];
  const coreIds: Int32Array[] = [];
  for (let si = 0; si < infos.length; si++) {
    const words = infos[si]!;
    const type = new Int32Array(words.length);
    const place = new Uint8Array(words.length);
    for (const s of spansOfTags(t1[si]!)) {
      let id = typeIds.get(s.type);
      if (id === undefined) typeIds.set(s.type, (id = typeIds.size));
      for (let k = s.start; k < s.end; k++) type[k] = id;
      if (s.end - s.start > 1) {
        place[s.start] = FIRST;
        place[s.end - 1] = LAST;
      }
    }
    const core = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      let id = cores.get(words[k]!.core);
      if (id === undefined) cores.set(words[k]!.core, (id = cores.size));
      core[k] = id;
    }
    types.push(type);
    places.push(place);
    coreIds.push(core);
  }
  // Counts per core form in a sliding window: per type (at its id), as first word of a multiword
  // span (at K + id) and as last word (at 2K + id).
  const K = typeIds.size;
  const W = 3 * K;
  const win = new Int32Array(cores.size * W);
  const add = (si: number, sign: 1 | -1) => {
    const type = types[si]!;
    const place = places[si]!;
    const core = coreIds[si]!;
    for (let k = 0; k < type.length; k++) {
      const at = core[k]! * W;
      win[at + type[k]!]! += sign;
      if (place[k] === FIRST) win[at + K + type[k]!]! += sign;
      else if (place[k] === LAST) win[at + 2 * K + type[k]!]! += sign;
    }
  };
  for (let k = 0; k <= STACK_WINDOW && k < infos.length; k++) add(k, 1);
  const out: FeatureRows[] = [];
  // Per token of a sentence: its document summary (majority type, its count, the ratio class, untagged count, …) and its tag id.
  let major = new Int32Array(64);
  let majorN = new Int32Array(64);
  let ratio = new Int32Array(64);
  let untagged = new Int32Array(64);
  let lastPers = new Uint8Array(64);
  let firstOf = new Int32Array(64);
  let tag = new Int32Array(64);
  for (let si = 0; si < infos.length; si++) {
    if (si > 0) {
      if (si + STACK_WINDOW < infos.length) add(si + STACK_WINDOW, 1);
      if (si - STACK_WINDOW - 1 >= 0) add(si - STACK_WINDOW - 1, -1);
    }
    const tags = t1[si]!;
    const type = types[si]!;
    const place = places[si]!;
    const core = coreIds[si]!;
    const n = type.length;
    if (major.length < n) {
      const grown = 2 * n;
      [major, majorN, ratio, untagged, lastPers, firstOf, tag] = [new Int32Array(grown), new Int32Array(grown), new Int32Array(grown), new Int32Array(grown), new Uint8Array(grown), new Int32Array(grown), new Int32Array(grown)];
    }
    // The document summary of each token (its own occurrence left out).
    for (let k = 0; k < n; k++) {
      const at = core[k]! * W;
      const own = type[k]!;
      const count = (slot: number) => win[at + slot]! - (slot === own || (place[k] === FIRST && slot === K + own) || (place[k] === LAST && slot === 2 * K + own) ? 1 : 0);
      let m = 0;
      let mN = 0;
      for (let id = 1; id <= TYPES.length; id++) {
        const c = count(id);
        if (c > mN) [m, mN] = [id, c];
      }
      const o = count(0);
      let first = 0;
      for (const id of FIRST_ORDER) {
        if (count(K + id) > 0) {
          first = id;
          break;
        }
      }
      major[k] = m;
      majorN[k] = mN;
      untagged[k] = o;
      lastPers[k] = count(2 * K + 1) > 0 ? 1 : 0;
      firstOf[k] = first;
      ratio[k] = mN === 0 ? 0 : mN >= o ? 1 : 2 * mN >= o ? 2 : 3;
      tag[k] = tagId(tags[k]!);
    }
    const hashes = new Int32Array(n * stride);
    for (let i = 0; i < n; i++) {
      const at = (o: number) => (i + o < 0 ? 0 : i + o >= n ? 1 : tag[i + o]!);
      const t0 = tag[i]!;
      const before = i > 0 ? major[i - 1]! : EDGE;
      const after = i + 1 < n ? major[i + 1]! : EDGE;
      const d = major[i]!;
      let j = i * stride;
      const put = (f: number, x: number, y: number, z: number) => {
        if (on[f]) hashes[j++] = templateHash(f, x, y, z);
      };
      put(0, t0, 0, 0);
      put(1, at(-1), t0, 0);
      put(2, t0, at(1), 0);
      put(3, at(-2), 0, 0);
      put(4, at(2), 0, 0);
      put(5, d, ratio[i]!, 0);
      put(6, d, bucket(majorN[i]!), 0);
      put(7, bucket(untagged[i]!), 0, 0);
      put(8, d, ratio[i]!, t0);
      put(9, lastPers[i]!, t0, 0);
      put(10, firstOf[i]!, 0, 0);
      put(11, before, d, after);
      put(12, before, at(-1), 0);
      put(13, after, at(1), 0);
    }
    out.push({ hashes, stride });
  }
  return out;
}
