/**
 * Two-stage (stacked) tagging on the CoNLL path (tag-sentences.ts), after Krishnan & Manning 2006:
 * a second perceptron reads the first's tags as features — the word's own and its ±2 neighbours'
 * predicted tags, and how the ±15-sentence document window tags the word's core form elsewhere
 * (majority type against untagged mentions, as first or last word of a multiword span), so a name
 * the first pass tags in one sentence and misses in another can be tagged from the evidence of both.
 * The second stage is trained on jackknifed first-stage tags (scripts/ner/train-stack.ts), never on
 * a model's tags of its own training sentences. Measured on the dev tenth: eval/ner/README.md.
 */
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

/** The id of `value` in `values` (its index), given it when first seen; `ids` maps each value to its index. */
function internedId(ids: Map<string, number>, values: string[], value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    ids.set(value, (id = values.length));
    values.push(value);
  }
  return id;
}

/** Ids of first-stage tag strings, with the sentence boundary markers at 0 and 1, in order of first sight. */
const tagIds = new Map<string, number>([["<s>", 0], ["</s>", 1]]);
const tagValues = ["<s>", "</s>"];
const tagId = (tag: string) => internedId(tagIds, tagValues, tag);

/** The ids of the boundary markers (tagValues). */
const BEFORE_START = 0;
const AFTER_END = 1;

/** A token's place in a multiword span, in stackedFeatureRowsOfIds's `places` (0: neither). */
const FIRST = 1;
const LAST = 2;

/** Marks tokens [start, end) as a span of type `id`. */
function markSpan(type: Int32Array, place: Uint8Array, start: number, end: number, id: number): void {
  type.fill(id, start, end);
  if (end - start > 1) {
    place[start] = FIRST;
    place[end - 1] = LAST;
  }
}

/** A window count of the word at `at` (slot: type, K + type as first word, 2K + type as last word), its own occurrence (in slots own, ownFirst, ownLast) left out. */
function leftOut(win: Int32Array, at: number, slot: number, own: number, ownFirst: number, ownLast: number): number {
  return win[at + slot]! - (slot === own || slot === ownFirst || slot === ownLast ? 1 : 0);
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
  // With a recall tagging (the first stage decoded again at a higher O bias): its tag, and its tag with the first stage's.
  { name: "r1", sizes: [TAG_KEYS, 1, 1], value: tagOf },
  { name: "r1×s1", sizes: [TAG_KEYS, TAG_KEYS, 1], value: (a, b) => `${tagOf(a)}|${tagOf(b)}` },
  { name: "r1-1×r1+1", sizes: [TAG_KEYS, TAG_KEYS, 1], value: (a, b) => `${typeOfTag(a)}|${typeOfTag(b)}` },
];
/** The templates read only when a recall tagging is given (the last ones of TEMPLATES). */
const RECALL_TEMPLATES = 3;

/** The feature string of a template's value from ids a, b, c, as hashed. */
const featureText = (template: number, a: number, b: number, c: number) => {
  const t = TEMPLATES[template]!;
  return `stk:${t.name}=${t.value(a, b, c)}`;
};

/** Per template: how many values of each id its table keys, and where its table starts. */
const SIZE_A = Int32Array.from(TEMPLATES, (t) => t.sizes[0]);
const SIZE_B = Int32Array.from(TEMPLATES, (t) => t.sizes[1]);
const SIZE_C = Int32Array.from(TEMPLATES, (t) => t.sizes[2]);
const TABLE_AT = new Int32Array(TEMPLATES.length + 1);
TEMPLATES.forEach((t, k) => (TABLE_AT[k + 1] = TABLE_AT[k]! + t.sizes[0] * t.sizes[1] * t.sizes[2]));
/** Each template's hashes by key (ids a, b, c at ((a * sizes[1]) + b) * sizes[2] + c from its TABLE_AT), hashed when first asked (about 11,000 keys). */
const tableHashes = new Int32Array(TABLE_AT[TEMPLATES.length]!);
const tableKnown = new Uint8Array(TABLE_AT[TEMPLATES.length]!);
/** The hashes of features with a tag id of TAG_KEYS or more, by their string. */
const largeIdHashes = new Map<string, number>();

function templateHash(template: number, a: number, b: number, c: number): number {
  const sb = SIZE_B[template]!;
  const sc = SIZE_C[template]!;
  if (a >= SIZE_A[template]! || b >= sb || c >= sc) {
    const feature = featureText(template, a, b, c);
    let h = largeIdHashes.get(feature);
    if (h === undefined) largeIdHashes.set(feature, (h = hashFeature(feature)));
    return h;
  }
  const at = TABLE_AT[template]! + (a * sb + b) * sc + c;
  if (!tableKnown[at]) {
    tableHashes[at] = hashFeature(featureText(template, a, b, c));
    tableKnown[at] = 1;
  }
  return tableHashes[at]!;
}

/** Per token of one corpus (sentences in order), the stacked features of the stage-1 tags `t1` (stackedFeatureRows as arrays). */
export function stackedFeatures(infos: readonly (readonly TokenInfo[])[], t1: readonly (readonly string[])[], only?: ReadonlySet<string>, recall?: readonly (readonly string[])[]): number[][][] {
  return stackedFeatureRows(infos, t1, only, recall).map(({ hashes, stride }) => Array.from({ length: hashes.length / stride }, (_, i) => Array.from(hashes.subarray(i * stride, (i + 1) * stride))));
}

/** Per sentence of one corpus (sentences in order), the stacked features of the stage-1 tags `t1`; `only`: the templates kept, by name. */
export function stackedFeatureRows(infos: readonly (readonly TokenInfo[])[], t1: readonly (readonly string[])[], only?: ReadonlySet<string>, recall?: readonly (readonly string[])[]): FeatureRows[] {
  const names: string[] = [];
  const ids = new Map<string, number>();
  const toIds = (tags: readonly string[]) => Int32Array.from(tags, (tag) => internedId(ids, names, tag));
  return stackedFeatureRowsOfIds(infos, names, t1.map(toIds), only, recall?.map(toIds));
}

/** stackedFeatureRows of tags given as indexes into `tagNames` (the first stage's tagger gives them so: tag-sentences.ts). */
export function stackedFeatureRowsOfIds(infos: readonly (readonly TokenInfo[])[], tagNames: readonly string[], t1: readonly ArrayLike<number>[], only?: ReadonlySet<string>, recall?: readonly ArrayLike<number>[]): FeatureRows[] {
  const kept = TEMPLATES.flatMap((t, k) => ((!only || only.has(t.name)) && (recall || k < TEMPLATES.length - RECALL_TEMPLATES) ? [k] : []));
  const on = TEMPLATES.map((_, k) => kept.includes(k));
  const stride = kept.length;
  // Per tag: its place in a BIO span (as spansOfTags reads it: conll.ts), the type id of the span
  // (TYPES at 1–4, others after them) and its id in the hash tables.
  const typeIds = new Map(["O", ...TYPES].map((t, k) => [t, k]));
  const B = 1;
  const I = 2;
  const bio = tagNames.map((t) => (t.startsWith("B-") ? B : t.startsWith("I-") ? I : 0));
  const spanType = tagNames.map((t, v) => {
    if (!bio[v]) return -1;
    let id = typeIds.get(t.slice(2));
    if (id === undefined) typeIds.set(t.slice(2), (id = typeIds.size));
    return id;
  });
  const tagKey = tagNames.map(tagId);
  // Per sentence: for each token, the type (id) of the predicted span it is in and its place in
  // it (first and last word of a multiword span), its core form's id and its tag's key.
  const cores = new Map<string, number>();
  const types: Int32Array[] = [];
  const places: Uint8Array[] = [];
  const coreIds: Int32Array[] = [];
  const keys: Int32Array[] = [];
  for (let si = 0; si < infos.length; si++) {
    const words = infos[si]!;
    const tags = t1[si]!;
    const n = words.length;
    const type = new Int32Array(n);
    const place = new Uint8Array(n);
    const key = new Int32Array(n);
    // spansOfTags: an I- of another type, a B- or any other tag ends the open span; a B-, or an I- with none open, opens one.
    let open = -1;
    let openedAt = 0;
    for (let k = 0; k < n; k++) {
      const v = tags[k]!;
      if (open >= 0 && (bio[v] !== I || spanType[v] !== open)) {
        markSpan(type, place, openedAt, k, open);
        open = -1;
      }
      if (bio[v] === B || (bio[v] === I && open < 0)) {
        open = spanType[v]!;
        openedAt = k;
      }
      key[k] = tagKey[v]!;
    }
    if (open >= 0) markSpan(type, place, openedAt, n, open);
    const core = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      let id = cores.get(words[k]!.core);
      if (id === undefined) cores.set(words[k]!.core, (id = cores.size));
      core[k] = id;
    }
    types.push(type);
    places.push(place);
    coreIds.push(core);
    keys.push(key);
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
  // Per token of a sentence: its document summary (majority type, its count, the ratio class, untagged count, …).
  let major = new Int32Array(64);
  let majorN = new Int32Array(64);
  let ratio = new Int32Array(64);
  let untagged = new Int32Array(64);
  let lastPers = new Uint8Array(64);
  let firstOf = new Int32Array(64);
  for (let si = 0; si < infos.length; si++) {
    if (si > 0) {
      if (si + STACK_WINDOW < infos.length) add(si + STACK_WINDOW, 1);
      if (si - STACK_WINDOW - 1 >= 0) add(si - STACK_WINDOW - 1, -1);
    }
    const type = types[si]!;
    const place = places[si]!;
    const core = coreIds[si]!;
    const tag = keys[si]!;
    const n = type.length;
    if (major.length < n) {
      const grown = 2 * n;
      [major, majorN, ratio, untagged, lastPers, firstOf] = [new Int32Array(grown), new Int32Array(grown), new Int32Array(grown), new Int32Array(grown), new Uint8Array(grown), new Int32Array(grown)];
    }
    // The document summary of each token (its own occurrence left out).
    for (let k = 0; k < n; k++) {
      const at = core[k]! * W;
      const own = type[k]!;
      const ownFirst = place[k] === FIRST ? K + own : -1;
      const ownLast = place[k] === LAST ? 2 * K + own : -1;
      let m = 0;
      let mN = 0;
      for (let id = 1; id <= TYPES.length; id++) {
        const c = leftOut(win, at, id, own, ownFirst, ownLast);
        if (c > mN) {
          m = id;
          mN = c;
        }
      }
      const o = leftOut(win, at, 0, own, ownFirst, ownLast);
      let first = 0;
      for (let f = 0; f < FIRST_ORDER.length && !first; f++) if (leftOut(win, at, K + FIRST_ORDER[f]!, own, ownFirst, ownLast) > 0) first = FIRST_ORDER[f]!;
      major[k] = m;
      majorN[k] = mN;
      untagged[k] = o;
      lastPers[k] = leftOut(win, at, 2 * K + 1, own, ownFirst, ownLast) > 0 ? 1 : 0;
      firstOf[k] = first;
      ratio[k] = mN === 0 ? 0 : mN >= o ? 1 : 2 * mN >= o ? 2 : 3;
    }
    // (Written out, no closure per token: tsx, which runs the benchmarks, names each closure it makes.)
    const hashes = new Int32Array(n * stride);
    for (let i = 0; i < n; i++) {
      const t0 = tag[i]!;
      const before2 = i >= 2 ? tag[i - 2]! : BEFORE_START;
      const before1 = i >= 1 ? tag[i - 1]! : BEFORE_START;
      const after1 = i + 1 < n ? tag[i + 1]! : AFTER_END;
      const after2 = i + 2 < n ? tag[i + 2]! : AFTER_END;
      const majorBefore = i > 0 ? major[i - 1]! : EDGE;
      const majorAfter = i + 1 < n ? major[i + 1]! : EDGE;
      const d = major[i]!;
      let j = i * stride;
      if (on[0]) hashes[j++] = templateHash(0, t0, 0, 0);
      if (on[1]) hashes[j++] = templateHash(1, before1, t0, 0);
      if (on[2]) hashes[j++] = templateHash(2, t0, after1, 0);
      if (on[3]) hashes[j++] = templateHash(3, before2, 0, 0);
      if (on[4]) hashes[j++] = templateHash(4, after2, 0, 0);
      if (on[5]) hashes[j++] = templateHash(5, d, ratio[i]!, 0);
      if (on[6]) hashes[j++] = templateHash(6, d, bucket(majorN[i]!), 0);
      if (on[7]) hashes[j++] = templateHash(7, bucket(untagged[i]!), 0, 0);
      if (on[8]) hashes[j++] = templateHash(8, d, ratio[i]!, t0);
      if (on[9]) hashes[j++] = templateHash(9, lastPers[i]!, t0, 0);
      if (on[10]) hashes[j++] = templateHash(10, firstOf[i]!, 0, 0);
      if (on[11]) hashes[j++] = templateHash(11, majorBefore, d, majorAfter);
      if (on[12]) hashes[j++] = templateHash(12, majorBefore, before1, 0);
      if (on[13]) hashes[j++] = templateHash(13, majorAfter, after1, 0);
      if (recall) {
        const r = recall[si]!;
        const r0 = tagKey[r[i]!]!;
        if (on[14]) hashes[j++] = templateHash(14, r0, 0, 0);
        if (on[15]) hashes[j++] = templateHash(15, r0, t0, 0);
        if (on[16]) hashes[j++] = templateHash(16, i >= 1 ? tagKey[r[i - 1]!]! : BEFORE_START, i + 1 < n ? tagKey[r[i + 1]!]! : AFTER_END, 0);
      }
    }
    out.push({ hashes, stride });
  }
  return out;
}
