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
import { normalizeArabic } from "../arabic/normalize.js";
import { stemArabic } from "../arabic/stem.js";
import { GIVEN_NAMES, LOC_CUES, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES } from "./lexicon.js";

export interface TokenInfo {
  surface: string;
  norm: string;
  core: string;
  /** The core without the article ال: what context, affix, class and document features use. */
  bare: string;
  proclitic: string;
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
  return { surface, norm, core, bare, proclitic, stem: stemArabic(norm), shape: shapeOf(surface, norm) };
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
  if (!info) return "";
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

function finish(h: number): number {
  const u = h >>> 0;
  return u === 0xffffffff ? 0 : u;
}

// Template prefixes, hashed once. A feature's identity is hashFeature(prefix + value) (feature-index.ts).
const T = Object.fromEntries(
  ["w=", "c=", "st=", "pc=", "sh=", "p1=", "p2=", "p3=", "s1=", "s2=", "s3=", "cp2=", "cs2=", "cs3=", "w-1=", "w+1=", "w-2=", "w+2=", "c-1=", "c+1=", "st-1=", "st+1=", "sh-1=", "sh+1=", "bg-=", "bg+=", "gz=", "gz-1=", "gz+1=", "cue=", "cue-1=", "cue-2=", "cue+1=", "cl=", "cl-1=", "cl+1=", "cl-+=", "clw-1=", "dn=", "dcue=", "dart=", "b", "never", "art"].map((p) => [p, mix(FNV_OFFSET, p)]),
) as Record<string, number>;

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
      finish(T["b"]!),
      feature(T["w="]!, t.norm),
      feature(T["c="]!, t.bare),
      feature(T["st="]!, t.stem),
      feature(T["pc="]!, t.proclitic),
      feature(T["sh="]!, t.shape),
      featureSlice(T["p1="]!, t.norm, 0, 1),
      featureSlice(T["p2="]!, t.norm, 0, 2),
      featureSlice(T["p3="]!, t.norm, 0, 3),
      featureSlice(T["s1="]!, t.norm, t.norm.length - 1, t.norm.length),
      featureSlice(T["s2="]!, t.norm, t.norm.length - 2, t.norm.length),
      featureSlice(T["s3="]!, t.norm, t.norm.length - 3, t.norm.length),
      featureSlice(T["cp2="]!, t.bare, 0, 2),
      featureSlice(T["cs2="]!, t.bare, t.bare.length - 2, t.bare.length),
      featureSlice(T["cs3="]!, t.bare, t.bare.length - 3, t.bare.length),
      feature(T["w-1="]!, normAt(i - 1)),
      feature(T["w+1="]!, normAt(i + 1)),
      feature(T["w-2="]!, normAt(i - 2)),
      feature(T["w+2="]!, normAt(i + 2)),
      feature(T["c-1="]!, p?.bare ?? "<s>"),
      feature(T["c+1="]!, nx?.bare ?? "</s>"),
      feature(T["st-1="]!, p?.stem ?? "<s>"),
      feature(T["st+1="]!, nx?.stem ?? "</s>"),
      feature(T["sh-1="]!, p?.shape ?? "<s>", t.shape),
      feature(T["sh+1="]!, t.shape, nx?.shape ?? "</s>"),
      feature(T["bg-="]!, normAt(i - 1), t.norm),
      feature(T["bg+="]!, t.norm, normAt(i + 1)),
      feature(T["gz="]!, gz[i]!),
      feature(T["gz-1="]!, gz[i - 1] ?? "<s>"),
      feature(T["gz+1="]!, gz[i + 1] ?? "</s>"),
      feature(T["cue="]!, cues[i]!),
      feature(T["cue-1="]!, cues[i - 1] ?? "<s>"),
      feature(T["cue-2="]!, cues[i - 2] ?? "<s>", cues[i - 1] ?? "<s>"),
      feature(T["cue+1="]!, cues[i + 1] ?? "</s>"),
      feature(T["cl="]!, cl[i]!),
      feature(T["cl-1="]!, clPrev),
      feature(T["cl+1="]!, clNext),
      feature(T["cl-+="]!, clPrev, cl[i]!, clNext),
      feature(T["clw-1="]!, clPrev, t.norm),
    ];
    if (NEVER_ENTITIES.has(t.core) || NEVER_ENTITIES.has(t.norm)) f.push(finish(T["never"]!));
    if (doc && t.shape.startsWith("ar")) {
      f.push(feature(T["dn="]!, countClass(doc.counts.get(t.bare) ?? 0)));
      for (const c of doc.cues.get(t.bare) ?? []) f.push(feature(T["dcue="]!, c));
      if (t.bare === t.core) f.push(feature(T["dart="]!, doc.withArticle.has(t.bare) ? "1" : "0"));
    }
    if (t.core.startsWith("ال")) f.push(finish(T["art"]!));
    return f;
  });
}
