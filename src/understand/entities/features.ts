/**
 * Features of a token in its sentence, shared by training (scripts/train-ner.ts) and tagging, so the
 * two can never drift apart. For token i, with n = normalized form (normalize.ts):
 * - the word: surface, n, light stem (stem.ts), clitic split of n into proclitics (و ف ب ل ك ال,
 *   وال بال لل...) and core, prefixes and suffixes of n and of the core (1–3 letters);
 * - its shape: script, digits, punctuation, length class;
 * - context: n, core and stem of the tokens at i±1, n at i±2, and the bigrams (n[i-1], n[i]),
 *   (n[i], n[i+1]);
 * - word lists (lexicon.ts): the previous one or two words are a person title, an organization head
 *   or a place cue or a given name; the word itself is one; the word is a month, weekday or platform name;
 * - word classes learned from unlabeled text (clusters.ts) of the token and its neighbours, and
 *   their combinations;
 * - gazetteer: the token starts (B) or continues (I) the longest gazetteer name matched at that
 *   point, names compared in core form for their first word (so والعراق matches العراق).
 * - unlabeled evidence: whether the word takes the article ال in the unlabeled text (names do not);
 * - document (label-free, when given): how often the word occurs in the document, which cues
 *   precede it anywhere in it, whether it takes ال there;
 * The previous tag is not a feature here: the decoder scores tag transitions itself.
 */
import { normalizeArabic } from "../arabic/normalize.js";
import { stemArabic } from "../arabic/stem.js";
import { GIVEN_NAMES, LOC_CUES, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES } from "./lexicon.js";

export interface TokenInfo {
  surface: string;
  norm: string;
  core: string;
  proclitic: string;
  stem: string;
  shape: string;
}

/** A gazetteer compiled for matching: normalized names by their first word's core. */
export interface Gazetteer {
  byFirst: Map<string, { type: string; words: string[] }[]>;
}

// Longest first; a proclitic is split off only when at least MIN_CORE letters remain.
const PROCLITICS = ["وبال", "وكال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];
const MIN_CORE = 2;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

export function splitProclitic(norm: string): { proclitic: string; core: string } {
  if (!ARABIC_WORD.test(norm)) return { proclitic: "", core: norm };
  for (const p of PROCLITICS) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_CORE) {
      // لل is ل + ال with the alef dropped: the core keeps its article.
      const core = p.endsWith("لل") ? "ال" + norm.slice(p.length) : norm.slice(p.length);
      return { proclitic: p, core };
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
  return { surface, norm, core, proclitic, stem: stemArabic(norm), shape: shapeOf(surface, norm) };
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
  /** Cue classes (person/org/loc title, given name) seen right before each core in the document. */
  cues: Map<string, Set<string>>;
  counts: Map<string, number>;
  /** Cores seen with the article ال somewhere in the document, stored without it. */
  withArticle: Set<string>;
}

export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const stats: DocumentStats = { cues: new Map(), counts: new Map(), withArticle: new Set() };
  for (const s of sentences) {
    const infos = s.map(tokenInfo);
    infos.forEach((t, i) => {
      if (t.shape === "punct") return;
      stats.counts.set(t.core, (stats.counts.get(t.core) ?? 0) + 1);
      if (t.core.startsWith("ال")) stats.withArticle.add(t.core.slice(2));
      const cue = cueClass(infos[i - 1]);
      if (cue) {
        let set = stats.cues.get(t.core);
        if (!set) stats.cues.set(t.core, (set = new Set()));
        set.add(cue);
      }
    });
  }
  return stats;
}

function countClass(n: number): string {
  return n <= 1 ? "1" : n <= 3 ? "2-3" : "4+";
}

/** Feature strings of every token of one sentence. */
export function sentenceFeatures(surfaces: readonly string[], res: FeatureResources, doc?: DocumentStats): string[][] {
  const infos = surfaces.map(tokenInfo);
  const gz = gazetteerTags(infos, res.gazetteer);
  const cl = infos.map((t) => (t.shape === "punct" ? t.surface : String(res.clusters.get(t.core) ?? "-")));
  const cues = infos.map(cueClass);
  const at = (k: number): TokenInfo | undefined => infos[k];
  const normAt = (k: number) => (k < 0 ? "<s>" : k >= infos.length ? "</s>" : infos[k]!.norm);
  return infos.map((t, i) => {
    const p = at(i - 1);
    const nx = at(i + 1);
    const f = [
      "b",
      "w=" + t.norm,
      "c=" + t.core,
      "st=" + t.stem,
      "pc=" + t.proclitic,
      "sh=" + t.shape,
      "p1=" + t.norm.slice(0, 1),
      "p2=" + t.norm.slice(0, 2),
      "p3=" + t.norm.slice(0, 3),
      "s1=" + t.norm.slice(-1),
      "s2=" + t.norm.slice(-2),
      "s3=" + t.norm.slice(-3),
      "cp2=" + t.core.slice(0, 2),
      "cs2=" + t.core.slice(-2),
      "cs3=" + t.core.slice(-3),
      "w-1=" + normAt(i - 1),
      "w+1=" + normAt(i + 1),
      "w-2=" + normAt(i - 2),
      "w+2=" + normAt(i + 2),
      "c-1=" + (p?.core ?? "<s>"),
      "c+1=" + (nx?.core ?? "</s>"),
      "st-1=" + (p?.stem ?? "<s>"),
      "st+1=" + (nx?.stem ?? "</s>"),
      "sh-1=" + (p?.shape ?? "<s>") + "|" + t.shape,
      "sh+1=" + t.shape + "|" + (nx?.shape ?? "</s>"),
      "bg-=" + normAt(i - 1) + "|" + t.norm,
      "bg+=" + t.norm + "|" + normAt(i + 1),
      "gz=" + gz[i],
      "gz-1=" + (gz[i - 1] ?? "<s>"),
      "gz+1=" + (gz[i + 1] ?? "</s>"),
      "cue=" + cues[i],
      "cue-1=" + (cues[i - 1] ?? "<s>"),
      "cue-2=" + (cues[i - 2] ?? "<s>") + "|" + (cues[i - 1] ?? "<s>"),
      "cue+1=" + (cues[i + 1] ?? "</s>"),
      "cl=" + cl[i],
      "cl-1=" + (cl[i - 1] ?? "<s>"),
      "cl+1=" + (cl[i + 1] ?? "</s>"),
      "cl-+=" + (cl[i - 1] ?? "<s>") + "|" + cl[i] + "|" + (cl[i + 1] ?? "</s>"),
      "clw-1=" + (cl[i - 1] ?? "<s>") + "|" + t.norm,
    ];
    if (NEVER_ENTITIES.has(t.core) || NEVER_ENTITIES.has(t.norm)) f.push("never");
    if (t.shape.startsWith("ar")) {
      const bare = !t.core.startsWith("ال");
      f.push("uart=" + (bare ? (res.clusters.has("ال" + t.core) ? "takes" : "never") : res.clusters.has(t.core.slice(2)) ? "bare-seen" : "bare-unseen"));
      if (doc) {
        f.push("dn=" + countClass(doc.counts.get(t.core) ?? 0));
        for (const c of doc.cues.get(t.core) ?? []) f.push("dcue=" + c);
        if (bare) f.push("dart=" + (doc.withArticle.has(t.core) ? "1" : "0"));
      }
    }
    if (t.core.startsWith("ال")) f.push("art");
    return f;
  });
}
