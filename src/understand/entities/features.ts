/**
 * Features of a token in its sentence, shared by training (scripts/train-ner.ts) and tagging, so the
 * two can never drift apart. For token i, with n = normalized form (normalize.ts):
 * - the word: n, light stem (stem.ts), clitic split of n into proclitics (و ف ب ل ك and their
 *   combinations) and core (the article ال kept on it), prefixes and suffixes of n and of the core;
 * - its shape: script, digits, punctuation, length class;
 * - context: n, bare core and stem of the tokens at i±1, n at i±2, and the bigrams (n[i-1], n[i]),
 *   (n[i], n[i+1]);
 * - word lists (lexicon.ts): the previous one or two words are a person title, an organization head
 *   or a place cue or a given name; the word itself is one; the word is a month, weekday or platform name;
 * - word classes learned from unlabeled text (clusters.ts) of the token and its neighbours, and
 *   their combinations;
 * - gazetteer: the token starts (B) or continues (I) the longest gazetteer name matched at that
 *   point, names compared in core form for their first word (so والعراق matches العراق).
 * - document (label-free, when given): how often the word occurs in the document, which cues
 *   precede it anywhere in it, whether it takes ال there (names do not);
 * The previous tag is not a feature here: the decoder scores tag transitions itself.
 */
import { normalizeArabic } from "../../arabic/normalize.js";
import { stemArabic } from "../../arabic/stem.js";
import { GIVEN_NAMES, LOC_CUES, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES } from "./lexicon.js";

export interface TokenInfo {
  surface: string;
  norm: string;
  core: string;
  /** The core without the article ال: what context, affix, class and document features use. */
  bare: string;
  proclitic: string;
  /** Word-list class (lexicon.ts): per, org, loc, given or "". */
  cue: string;
  stem: string;
  shape: string;
}

/** A gazetteer compiled for matching: normalized names by their first word's core. */
export interface Gazetteer {
  byFirst: Map<string, { type: string; words: string[] }[]>;
}

// Conjunctions and prepositions fused to a word, longest first; the article ال stays on the core
// (ب+ال → core ال…; لل is ل + ال with the alef dropped, so its core gets ال back). A proclitic is
// split off only when at least MIN_CORE letters remain.
const PROCLITICS: [string, string][] = [
  ["وبال", "ال"], ["وكال", "ال"], ["ولل", "ال"], ["فلل", "ال"], ["وال", "ال"], ["فال", "ال"], ["بال", "ال"], ["كال", "ال"], ["لل", "ال"],
  ["وب", ""], ["ول", ""], ["وك", ""], ["فب", ""], ["فل", ""], ["و", ""], ["ف", ""], ["ب", ""], ["ل", ""], ["ك", ""],
];
const MIN_CORE = 2;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

export function splitProclitic(norm: string): { proclitic: string; core: string } {
  if (!ARABIC_WORD.test(norm)) return { proclitic: "", core: norm };
  for (const [p, article] of PROCLITICS) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_CORE) {
      const proclitic = article && !p.endsWith("لل") ? p.slice(0, -2) : p;
      return { proclitic, core: article + norm.slice(p.length) };
    }
  }
  return { proclitic: "", core: norm };
}

function shapeOf(surface: string, norm: string): string {
  if (DIGIT.test(surface)) return LETTER.test(surface) ? "alnum" : "digit";
  if (!LETTER.test(surface)) return "punct";
  if (LATIN.test(surface)) return /^\p{Lu}/u.test(surface) ? "latin-cap" : "latin";
  return norm.length <= 2 ? "ar-short" : norm.length <= 4 ? "ar-mid" : norm.length <= 7 ? "ar-long" : "ar-vlong";
}

// tokenInfo is pure and words repeat (Zipf): a bounded memo saves most normalize/stem work.
const INFO_CACHE_LIMIT = 100_000;
const infoCache = new Map<string, TokenInfo>();

export function tokenInfo(surface: string): TokenInfo {
  let info = infoCache.get(surface);
  if (!info) {
    if (infoCache.size >= INFO_CACHE_LIMIT) infoCache.clear();
    infoCache.set(surface, (info = computeTokenInfo(surface)));
  }
  return info;
}

function computeTokenInfo(surface: string): TokenInfo {
  const norm = normalizeArabic(surface) || surface;
  const { proclitic, core } = splitProclitic(norm);
  const bare = core.startsWith("ال") && core.length - 2 >= MIN_CORE ? core.slice(2) : core;
  return { surface, norm, core, bare, proclitic, cue: cueClassOf(norm, core), stem: stemArabic(norm), shape: shapeOf(surface, norm) };
}

export function compileGazetteer(entries: { type: string; name: string }[]): Gazetteer {
  const byFirst = new Map<string, { type: string; words: string[] }[]>();
  for (const e of entries) {
    const ws = normalizeArabic(e.name).split(" ").filter(Boolean);
    if (!ws.length) continue;
    const list = byFirst.get(ws[0]!) ?? [];
    list.push({ type: e.type, words: ws });
    byFirst.set(ws[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Gazetteer tag per token ("B-LOC", "I-LOC" or ""), longest match first, left to right. */
export function gazetteerTags(infos: readonly TokenInfo[], gaz: Gazetteer): string[] {
  const tags = infos.map(() => "");
  for (let i = 0; i < infos.length; ) {
    const first = infos[i]!;
    const candidates = gaz.byFirst.get(first.norm) ?? gaz.byFirst.get(first.core) ?? withoutArticle(gaz, first.core);
    const hit = candidates?.find((c) => c.words.every((w, k) => k === 0 || infos[i + k]?.norm === w));
    if (hit) {
      tags[i] = "B-" + hit.type;
      for (let k = 1; k < hit.words.length; k++) tags[i + k] = "I-" + hit.type;
      i += hit.words.length;
    } else i++;
  }
  return tags;
}

function withoutArticle(gaz: Gazetteer, core: string) {
  return core.startsWith("ال") ? gaz.byFirst.get(core.slice(2)) : undefined;
}

function cueClass(info: TokenInfo | undefined): string {
  return info ? info.cue : "";
}

function cueClassOf(norm: string, core: string): string {
  const info = { norm, core };
  const w = info.core;
  if (PERSON_CUES.has(w) || PERSON_CUES.has(info.norm)) return "per";
  if (ORG_HEADS.has(w) || ORG_HEADS.has(info.norm)) return "org";
  if (LOC_CUES.has(w) || LOC_CUES.has(info.norm)) return "loc";
  if (GIVEN_NAMES.has(w) || GIVEN_NAMES.has(info.norm)) return "given";
  return "";
}

/** What the features look words up in; travels inside the model. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Word class of a core form (clusters.ts); words without a class get "-". */
  clusters: ReadonlyMap<string, number>;
}

/** Label-free facts about the words of a whole document (an article; a window of sentences in training). */
export interface DocumentStats {
  /** Cue classes (person/org/loc title, given name) seen right before each word (bare form) in the document. */
  cues: Map<string, Set<string>>;
  counts: Map<string, number>;
  /** Words seen with the article ال somewhere in the document (bare forms). */
  withArticle: Set<string>;
}

export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const stats: DocumentStats = { cues: new Map(), counts: new Map(), withArticle: new Set() };
  for (const s of sentences) {
    const infos = s.map(tokenInfo);
    infos.forEach((t, i) => {
      if (t.shape === "punct") return;
      stats.counts.set(t.bare, (stats.counts.get(t.bare) ?? 0) + 1);
      if (t.bare !== t.core) stats.withArticle.add(t.bare);
      const cue = cueClass(infos[i - 1]);
      if (cue) {
        let set = stats.cues.get(t.bare);
        if (!set) stats.cues.set(t.bare, (set = new Set()));
        set.add(cue);
      }
    });
  }
  return stats;
}

function countClass(n: number): string {
  return n <= 1 ? "1" : n <= 3 ? "2-3" : "4+";
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 0x7c;

function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let k = Math.max(0, from); k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** hashFeature(prefix + a [+ "|" + b [+ "|" + c]]) without building the string. */
function feature(prefix: number, a: string, b?: string, c?: string): number {
  let h = mix(prefix, a);
  if (b !== undefined) h = mix(Math.imul(h ^ BAR, FNV_PRIME), b);
  if (c !== undefined) h = mix(Math.imul(h ^ BAR, FNV_PRIME), c);
  return finish(h);
}

function featureSlice(prefix: number, s: string, from: number, to: number): number {
  return finish(mix(prefix, s, from, Math.min(to, s.length)));
}

/** Must stay in sync with hashFeature (feature-index.ts). */
function finish(h: number): number {
  return (h | 0) === -1 ? 0 : h | 0;
}

// Template prefixes, hashed once (plain constants: an object keyed by "w=" would be a slow dictionary).
const P_W = mix(FNV_OFFSET, "w=");
const P_C = mix(FNV_OFFSET, "c=");
const P_ST = mix(FNV_OFFSET, "st=");
const P_PC = mix(FNV_OFFSET, "pc=");
const P_SH = mix(FNV_OFFSET, "sh=");
const P_P1 = mix(FNV_OFFSET, "p1=");
const P_P2 = mix(FNV_OFFSET, "p2=");
const P_P3 = mix(FNV_OFFSET, "p3=");
const P_S1 = mix(FNV_OFFSET, "s1=");
const P_S2 = mix(FNV_OFFSET, "s2=");
const P_S3 = mix(FNV_OFFSET, "s3=");
const P_CP2 = mix(FNV_OFFSET, "cp2=");
const P_CS2 = mix(FNV_OFFSET, "cs2=");
const P_CS3 = mix(FNV_OFFSET, "cs3=");
const P_WM1 = mix(FNV_OFFSET, "w-1=");
const P_WP1 = mix(FNV_OFFSET, "w+1=");
const P_WM2 = mix(FNV_OFFSET, "w-2=");
const P_WP2 = mix(FNV_OFFSET, "w+2=");
const P_CM1 = mix(FNV_OFFSET, "c-1=");
const P_CP1 = mix(FNV_OFFSET, "c+1=");
const P_STM1 = mix(FNV_OFFSET, "st-1=");
const P_STP1 = mix(FNV_OFFSET, "st+1=");
const P_SHM1 = mix(FNV_OFFSET, "sh-1=");
const P_SHP1 = mix(FNV_OFFSET, "sh+1=");
const P_BGM = mix(FNV_OFFSET, "bg-=");
const P_BGP = mix(FNV_OFFSET, "bg+=");
const P_GZ = mix(FNV_OFFSET, "gz=");
const P_GZM1 = mix(FNV_OFFSET, "gz-1=");
const P_GZP1 = mix(FNV_OFFSET, "gz+1=");
const P_CUE = mix(FNV_OFFSET, "cue=");
const P_CUEM1 = mix(FNV_OFFSET, "cue-1=");
const P_CUEM2 = mix(FNV_OFFSET, "cue-2=");
const P_CUEP1 = mix(FNV_OFFSET, "cue+1=");
const P_CL = mix(FNV_OFFSET, "cl=");
const P_CLM1 = mix(FNV_OFFSET, "cl-1=");
const P_CLP1 = mix(FNV_OFFSET, "cl+1=");
const P_CLMP = mix(FNV_OFFSET, "cl-+=");
const P_CLWM1 = mix(FNV_OFFSET, "clw-1=");
const P_DN = mix(FNV_OFFSET, "dn=");
const P_DCUE = mix(FNV_OFFSET, "dcue=");
const P_DART = mix(FNV_OFFSET, "dart=");
const P_B = mix(FNV_OFFSET, "b");
const P_NEVER = mix(FNV_OFFSET, "never");
const P_ART = mix(FNV_OFFSET, "art");

/**
 * Features of every token of one sentence, as the hashes of their strings (`w=` + word, `bg-=` +
 * previous word + `|` + word...): hashFeature("w=باكو") is the feature "word is باكو".
 */
export function sentenceFeatures(surfaces: readonly string[], res: FeatureResources, doc?: DocumentStats): number[][] {
  const infos = surfaces.map(tokenInfo);
  const gz = gazetteerTags(infos, res.gazetteer);
  const cl = infos.map((t) => (t.shape === "punct" ? t.surface : String(res.clusters.get(t.bare) ?? "-")));
  const cues = infos.map(cueClass);
  const n = infos.length;
  const normAt = (k: number) => (k < 0 ? "<s>" : k >= n ? "</s>" : infos[k]!.norm);
  return infos.map((t, i) => {
    const p = infos[i - 1];
    const nx = infos[i + 1];
    const clPrev = cl[i - 1] ?? "<s>";
    const clNext = cl[i + 1] ?? "</s>";
    const f = [
      finish(P_B),
      feature(P_W, t.norm),
      feature(P_C, t.bare),
      feature(P_ST, t.stem),
      feature(P_PC, t.proclitic),
      feature(P_SH, t.shape),
      featureSlice(P_P1, t.norm, 0, 1),
      featureSlice(P_P2, t.norm, 0, 2),
      featureSlice(P_P3, t.norm, 0, 3),
      featureSlice(P_S1, t.norm, t.norm.length - 1, t.norm.length),
      featureSlice(P_S2, t.norm, t.norm.length - 2, t.norm.length),
      featureSlice(P_S3, t.norm, t.norm.length - 3, t.norm.length),
      featureSlice(P_CP2, t.bare, 0, 2),
      featureSlice(P_CS2, t.bare, t.bare.length - 2, t.bare.length),
      featureSlice(P_CS3, t.bare, t.bare.length - 3, t.bare.length),
      feature(P_WM1, normAt(i - 1)),
      feature(P_WP1, normAt(i + 1)),
      feature(P_WM2, normAt(i - 2)),
      feature(P_WP2, normAt(i + 2)),
      feature(P_CM1, p?.bare ?? "<s>"),
      feature(P_CP1, nx?.bare ?? "</s>"),
      feature(P_STM1, p?.stem ?? "<s>"),
      feature(P_STP1, nx?.stem ?? "</s>"),
      feature(P_SHM1, p?.shape ?? "<s>", t.shape),
      feature(P_SHP1, t.shape, nx?.shape ?? "</s>"),
      feature(P_BGM, normAt(i - 1), t.norm),
      feature(P_BGP, t.norm, normAt(i + 1)),
      feature(P_GZ, gz[i]!),
      feature(P_GZM1, gz[i - 1] ?? "<s>"),
      feature(P_GZP1, gz[i + 1] ?? "</s>"),
      feature(P_CUE, cues[i]!),
      feature(P_CUEM1, cues[i - 1] ?? "<s>"),
      feature(P_CUEM2, cues[i - 2] ?? "<s>", cues[i - 1] ?? "<s>"),
      feature(P_CUEP1, cues[i + 1] ?? "</s>"),
      feature(P_CL, cl[i]!),
      feature(P_CLM1, clPrev),
      feature(P_CLP1, clNext),
      feature(P_CLMP, clPrev, cl[i]!, clNext),
      feature(P_CLWM1, clPrev, t.norm),
    ];
    if (NEVER_ENTITIES.has(t.core) || NEVER_ENTITIES.has(t.norm)) f.push(finish(P_NEVER));
    if (doc && t.shape.startsWith("ar")) {
      f.push(feature(P_DN, countClass(doc.counts.get(t.bare) ?? 0)));
      for (const c of doc.cues.get(t.bare) ?? []) f.push(feature(P_DCUE, c));
      if (t.bare === t.core) f.push(feature(P_DART, doc.withArticle.has(t.bare) ? "1" : "0"));
    }
    if (t.core.startsWith("ال")) f.push(finish(P_ART));
    return f;
  });
}
