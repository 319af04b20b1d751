/**
 * Features of a token in its sentence, shared by training (scripts/train-ner.ts) and tagging
 * (tagger.ts), so the two can never drift apart. A feature is the 32-bit hash of a template string
 * (`w=باكو`: "the word is باكو"), computed without building the string. For token i, with n its
 * normalized form (normalize.ts), in groups that can be switched off one by one (the ablation):
 * - word: n; its core (proclitics split off on evidence, see splitOnEvidence) without the article;
 *   its light stem (stem.ts); whether it carries the article; the proclitic split off;
 * - affix: the first 1–3 and last 1–3 letters of n, the first 2–3 and last 2–3 of the core;
 * - shape: script, digits, punctuation, length class; with the neighbours' shapes;
 * - context: n at i±1 and i±2, core and stem at i±1, the bigrams (n[i−1], n) and (n, n[i+1]);
 * - wide: n at i±3, core at i±2;
 * - classes: word classes learned from unlabeled text (clusters.ts) at every granularity, for the
 *   token and at i±1, i±2; the class trigram around i and class(i−1) with n;
 * - gazetteer: the token starts (B) or continues (I) the longest gazetteer name (places, languages,
 *   currencies) matched at that point, for i and i±1;
 * - triggers: word-list class (lexicon.ts: person title, organization head, place cue, given name,
 *   never-an-entity word) of the token, of i±1, and of (i−2, i−1); the class at i−1 and at i−2 with
 *   whether the unlabeled text ever showed the token (a title before a new word: a new name);
 * - document (label-free, when given): how often the core occurs in the document, which triggers
 *   precede it anywhere in it, whether it takes the article there (names do not).
 * The features of a token split into three parts: those of the token alone ("unary"), those of a
 * neighbour at a fixed offset ("neighbour": depend on that neighbour's word only), and the rest
 * ("pair": bigrams, gazetteer, document). The tagger caches the weight sums of the first two per word.
 * The previous tag is not a feature: the decoder scores tag transitions itself.
 */
import { wordOf } from "../../arabic/analyze.js";
import { BoundedMemo } from "../../arabic/bounded-memo.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { stemArabic } from "../../arabic/stem.js";
import { subwordClasses, type SubwordTable } from "./subwords.js";
import { GIVEN_NAMES, LOC_CUES, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES } from "./lexicon.js";

export const FEATURE_GROUPS = ["word", "affix", "shape", "context", "wide", "classes", "gazetteer", "triggers", "document"] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

/** What the features look words up in; travels inside the model. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Normalized words of the unlabeled and training text: how often seen, word class per level. */
  words: WordLookup;
  /** Number of class levels (granularities), over all class sets. */
  levels: number;
  /**
   * Per level, the form its classes were learned on (default "word" for every level): "word" levels
   * look up the normalized word, then its core, then its bare form; "bare" levels only the bare form
   * (core without the article), so «وبواشنطن» and «واشنطن» share their bare-form classes.
   */
  levelForms?: readonly LevelForm[];
  /**
   * Normalized words of person names (Wikidata labels of humans, scripts/ner/person-names.ts): a
   * unary feature of the word and of its neighbours (group "triggers"); only in a model trained
   * with `--person-names` (not the shipped one: eval/ner/README.md).
   */
  personNames?: ReadonlySet<string>;
  /**
   * Normalized words mostly seen inside names of one type in WikiFANE Gold (scripts/ner/wikifane-names.ts),
   * with that type: a unary feature of the word and of its neighbours (group "triggers"); only in a
   * model trained with `--wikifane-words`.
   */
  nameWords?: ReadonlyMap<string, string>;
  /** Whether the tagger has the name-shape features (nameShapeFeatures); only in a model trained with `--name-shapes`. */
  nameShapes?: boolean;
  /** Whether the word classes of the ±3 neighbours are features too (not only ±2); a measuring option of train-stack.ts --wide-classes, in no model file. */
  wideClasses?: boolean;
  /** Whether the affixes of the ±1 neighbours are features (neighbourAffixFeatures); only in a model trained with `--neighbour-affixes`. */
  neighbourAffixes?: boolean;
  /**
   * Character n-gram rows and class centres of the first class set (subwords.ts): a word none of
   * whose forms the table holds gets that set's levels from its n-grams; only in a model trained
   * with subword classes (eval/ner/README.md "Subword classes").
   */
  subwords?: SubwordTable;
  /** Groups switched off (ablation; empty in a shipped model). */
  off: ReadonlySet<FeatureGroup>;
}

export type LevelForm = "word" | "bare";

/** Word → entry: a Map, or the model file's table (model-file.ts). */
export interface WordLookup {
  get(word: string): WordEntry | undefined;
}

export interface WordEntry {
  count: number;
  /** Class id per level, coarse first. */
  classes: readonly number[];
}

export interface TokenInfo {
  surface: string;
  norm: string;
  /** norm with proclitics split off on evidence; the article ال stays. */
  core: string;
  /** core without the article ال. */
  bare: string;
  /** The proclitics split off (may include the article letters of لل). */
  proclitic: string;
  /** Word-list class (lexicon.ts): per, org, loc, given, never or "". */
  cue: string;
  stem: string;
  shape: string;
  /** Word class per level ("-" when unknown), or the punctuation itself. */
  classes: string[];
  /** Whether the classes come from the word's character n-grams (subwords.ts), not the table: a word the unlabeled text never showed. */
  guessed: boolean;
  /**
   * The resources the analysis was made with, from which its unary and neighbour feature hashes are
   * computed when a model sums them (featureHashesOf); `hashes` holds them only for the boundary
   * tokens. A word's are not kept: each model sums them once (tagger.ts wordScores), and kept on
   * every remembered analysis they were most of the memory a stream of new words retains (~50
   * hashes in 7 arrays a word), which each young-generation collection copied.
   */
  resources: FeatureResources;
  hashes: WordHashes | null;
  /** The hash states of the pair features whose first part is this token (pairLeftStates). */
  pairLeft: number[];
  /** Small ids of shape and cue (closedValueId), by which the tagger keys its sums of closed-set pair features. */
  shapeId: number;
  cueId: number;
  /**
   * Where the tagger's weight sums of unary and neighbour features (tagger.ts) start in the rows
   * it keeps them in, and those rows (one set a model): two models' sums, the last asked in the
   * first slot (the CoNLL path tags with two models in turn, stacking.ts, and one slot made each
   * pass sum every word again).
   */
  scoredBy: object | null;
  scoresAt: number;
  scoredBy2: object | null;
  scoresAt2: number;
  /** procliticSplits(norm), computed when first asked (splitsOf). */
  splits: { proclitic: string; core: string }[] | null;
  /** The gazetteer names starting at this word (gazetteerTags), and the gazetteer they were looked up in. */
  namesIn: Gazetteer | null;
  names: GazetteerName[] | undefined;
  /** The known organizations' names (recognize.ts) this word may start: null for none, undefined until asked. */
  knownOrganizations: KnownOrganizationLists | null | undefined;
  /** Answers of the rememberTokenTest tests, a bit each: which were asked, and which said yes. */
  testsAsked: number;
  testsYes: number;
  /** Which of recognize.ts's rules the word may open, a bit a rule (recognize/rule-cues.ts computeRuleCues), or -1 before they are asked. */
  ruleCues: number;
  /**
   * The word's documentCombination and the version of the document it was read from (a word
   * repeats in its document); a number, not the document, so that no document outlives its use.
   */
  combinationVersion: number;
  combination: number;
  /**
   * The word's entry in the document it was last counted in (countToken) and that document's id:
   * counting a token again reads it here, not by a probe of the document's map by string.
   */
  docWord: WordInDocument | null;
  docWordIn: number;
}

/** A token's feature hashes: unary, and per neighbour offset (see OFFSETS). */
export interface WordHashes {
  unary: number[];
  neighbour: number[][];
}

/** Known organizations' names (as word lists, longest first) by a word's norm, its core, and its norm as a conjunction before a name. */
export interface KnownOrganizationLists {
  byNorm: string[][] | undefined;
  byCore: string[][] | undefined;
  byConjoined: string[][] | undefined;
  /** By the definite word the fused لل writes (للصليب → الصليب; recognize/words.ts fusedLamDefinite). */
  byFusedLam: string[][] | undefined;
}

/** A gazetteer compiled for matching: normalized names by their first word. */
export interface Gazetteer {
  byFirst: Map<string, GazetteerName[]>;
}

export interface GazetteerName {
  type: string;
  words: string[];
}

// Conjunctions and prepositions fused to a word, longest first; the article ال stays on the core
// (ب+ال → core ال…; لل is ل + ال with the alef dropped, so its core gets ال back).
const PROCLITICS: [string, string][] = [
  ["وبال", "ال"], ["وكال", "ال"], ["ولل", "ال"], ["فلل", "ال"], ["وال", "ال"], ["فال", "ال"], ["بال", "ال"], ["كال", "ال"], ["لل", "ال"],
  ["وب", ""], ["ول", ""], ["وك", ""], ["فب", ""], ["فل", ""], ["و", ""], ["ف", ""], ["ب", ""], ["ل", ""], ["ك", ""],
];
const PROCLITIC_FIRST_LETTERS = new Set(PROCLITICS.map(([p]) => p[0]!));
const MIN_CORE = 2;
/**
 * A split needs its core seen at least this often in the unlabeled and training text: «بواشنطن»
 * (rare) → «واشنطن» (frequent), while «فارياب», whose rest «ارياب» is never seen, stays whole.
 */
const MIN_CORE_EVIDENCE = 10;
/** …and at least this many times as often as the whole word (بريكس, seen rarely, is not ب + ريكس). */
const CORE_OVER_WHOLE = 4;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** Every way to split a proclitic off a normalized word, longest proclitic first. */
export function procliticSplits(norm: string): { proclitic: string; core: string }[] {
  if (!PROCLITIC_FIRST_LETTERS.has(norm[0] ?? "") || !ARABIC_WORD.test(norm)) return [];
  const out: { proclitic: string; core: string }[] = [];
  for (const [p, article] of PROCLITICS) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_CORE) {
      const proclitic = article && !p.endsWith("لل") ? p.slice(0, -2) : p;
      out.push({ proclitic, core: article + norm.slice(p.length) });
    }
  }
  return out;
}

/** procliticSplits of the token's normalized form, memoized on its analysis. */
export function splitsOf(info: Pick<TokenInfo, "norm" | "splits">): { proclitic: string; core: string }[] {
  return (info.splits ??= fitted(procliticSplits(info.norm)));
}

/**
 * Proclitics split off only on evidence: the core is a word seen MIN_CORE_EVIDENCE+ times and
 * CORE_OVER_WHOLE times as often as the whole word, or a gazetteer name when the whole word is not.
 * Without evidence the word stays whole.
 */
export function splitOnEvidence(norm: string, res: Pick<FeatureResources, "words" | "gazetteer">): { proclitic: string; core: string } {
  const seen = (w: string) => res.words.get(w)?.count ?? 0;
  const whole = seen(norm);
  for (const split of procliticSplits(norm)) {
    const n = seen(split.core);
    const named = res.gazetteer.byFirst.has(split.core);
    if ((n >= MIN_CORE_EVIDENCE && n >= CORE_OVER_WHOLE * Math.max(1, whole)) || (named && !res.gazetteer.byFirst.has(norm))) return split;
  }
  return { proclitic: "", core: norm };
}

function shapeOf(surface: string, norm: string): string {
  if (DIGIT.test(surface)) return LETTER.test(surface) ? "alnum" : "digit";
  if (!LETTER.test(surface)) return "punct";
  if (LATIN.test(surface)) return /^\p{Lu}/u.test(surface) ? "latin-cap" : "latin";
  return norm.length <= 2 ? "ar-short" : norm.length <= 4 ? "ar-mid" : norm.length <= 7 ? "ar-long" : "ar-vlong";
}

/** A word whose core or bare form is a person-name word, unless a word list already classes it. */
function isPersonNameWord(t: TokenInfo, res: FeatureResources): boolean {
  const names = res.personNames;
  return names !== undefined && t.cue === "" && t.shape.startsWith("ar") && (names.has(t.core) || names.has(t.bare));
}

/** The name type of a word (nameWords) by its normalized form, core or bare form, unless a word list already classes it. */
function nameWordType(t: TokenInfo, res: FeatureResources): string | undefined {
  const names = res.nameWords;
  if (names === undefined || t.cue !== "" || !t.shape.startsWith("ar")) return undefined;
  return names.get(t.norm) ?? names.get(t.core) ?? names.get(t.bare);
}

function cueClassOf(norm: string, core: string): string {
  if (PERSON_CUES.has(core) || PERSON_CUES.has(norm)) return "per";
  if (ORG_HEADS.has(core) || ORG_HEADS.has(norm)) return "org";
  if (LOC_CUES.has(core) || LOC_CUES.has(norm)) return "loc";
  if (GIVEN_NAMES.has(core) || GIVEN_NAMES.has(norm)) return "given";
  if (NEVER_ENTITIES.has(core) || NEVER_ENTITIES.has(norm)) return "never";
  return "";
}

// Token analyses are pure given the resources, and words repeat (Zipf): remembered per word, they
// save most normalize/stem/hash work. A word's analysis lives on the record of its surface
// (arabic/analyze.ts Word, one memo shared with the analyzer and the other stages) for the first
// resources that ask for one (the one model of a run); other resources (tests, a second model) keep
// theirs in a bounded memo of their own.
const INFO_CACHE_LIMIT = 200_000;
const infoCaches = new WeakMap<FeatureResources, BoundedMemo<TokenInfo>>();
/** The resources whose analyses the words' records hold (the first to ask). */
let recordedResources: FeatureResources | null = null;

export function tokenInfo(surface: string, res: FeatureResources): TokenInfo {
  if (recordedResources === null) recordedResources = res;
  if (res === recordedResources) {
    const w = wordOf(surface);
    return (w.taggerInfo ??= computeTokenInfo(surface, res)) as TokenInfo;
  }
  let cache = infoCaches.get(res);
  if (!cache) infoCaches.set(res, (cache = new BoundedMemo(INFO_CACHE_LIMIT)));
  let info = cache.get(surface);
  if (!info) cache.set(surface, (info = computeTokenInfo(surface, res)));
  return info;
}

/** A class id below 0: the word is in the table but not in that level's class set. */
const classAt = (entry: WordEntry | undefined, l: number): number | undefined => {
  const c = entry?.classes[l];
  return c !== undefined && c >= 0 ? c : undefined;
};

/**
 * A class id as text, one string per id: every word of the token analyses' memo holds its classes,
 * and a string of its own per word and level was garbage to copy at each collection while new words
 * come in (a news stream).
 */
const classTexts: string[] = [];
function classText(c: number): string {
  return (classTexts[c] ??= String(c));
}

function classesOf(t: { surface: string; norm: string; core: string; bare: string; shape: string }, res: FeatureResources, guessed?: { value: boolean }): string[] {
  if (t.shape === "punct") return Array.from({ length: res.levels }, () => t.surface);
  const byWord = [res.words.get(t.norm), res.words.get(t.core), res.words.get(t.bare)];
  const byBare = byWord[2];
  const classes: string[] = [];
  for (let l = 0; l < res.levels; l++) {
    const c = res.levelForms?.[l] === "bare" ? classAt(byBare, l) : (classAt(byWord[0], l) ?? classAt(byWord[1], l) ?? classAt(byWord[2], l));
    classes.push(c === undefined ? "-" : classText(c));
  }
  // A word the table lacks in every form: the first set's levels from its character n-grams.
  if (res.subwords && classes[0] === "-" && LETTER.test(t.norm)) {
    const fromNgrams = subwordClasses(res.subwords, t.norm);
    fromNgrams.forEach((c, l) => (classes[l] = classText(c)));
    if (guessed && fromNgrams.length) guessed.value = true;
  }
  return classes;
}

/** Punctuation glued to a word in CoNLL corpora (كابول؛, «حماس»): not part of the word's lexical form. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** A token's normalized form, its proclitics split off on evidence, its core and bare forms. */
export function lexicalForms(surface: string, res: Pick<FeatureResources, "words" | "gazetteer">): { norm: string; proclitic: string; core: string; bare: string } {
  const folded = normalizeArabic(surface) || surface;
  const stripped = LETTER.test(folded) ? folded.replace(EDGE_PUNCTUATION, "") : folded;
  const norm = stripped || folded;
  const { proclitic, core } = splitOnEvidence(norm, res);
  const bare = core.startsWith("ال") && core.length - 2 >= MIN_CORE ? core.slice(2) : core;
  return { norm, proclitic, core, bare };
}

/** Ids of the values of one closed set (shapes, trigger classes, gazetteer tags, with the boundary markers), in order of first sight. */
export interface ClosedValues {
  ids: Map<string, number>;
  values: string[];
}

const closedValues = (): ClosedValues => ({ ids: new Map(), values: [] });
export const SHAPE_IDS = closedValues();
export const CUE_IDS = closedValues();
export const GAZETTEER_IDS = closedValues();

export function closedValueId(set: ClosedValues, value: string): number {
  let id = set.ids.get(value);
  if (id === undefined) {
    set.ids.set(value, (id = set.values.length));
    set.values.push(value);
  }
  return id;
}

type LexicalFacts = Pick<TokenInfo, "surface" | "norm" | "core" | "bare" | "proclitic" | "cue" | "stem" | "shape" | "classes"> & { guessed?: boolean };

/**
 * A token analysis with its features still to fill, built by one literal so that words and the
 * boundary tokens share one object shape (the tagger reads both at the same sites).
 */
function analysisOf(t: LexicalFacts, res: FeatureResources): TokenInfo {
  return {
    surface: t.surface, norm: t.norm, core: t.core, bare: t.bare, proclitic: t.proclitic, cue: t.cue, stem: t.stem, shape: t.shape, classes: t.classes, guessed: t.guessed ?? false,
    resources: res, hashes: null, pairLeft: [], shapeId: closedValueId(SHAPE_IDS, t.shape), cueId: closedValueId(CUE_IDS, t.cue), scoredBy: null, scoresAt: 0, scoredBy2: null, scoresAt2: 0, splits: null, namesIn: null, names: undefined, knownOrganizations: undefined,
    testsAsked: 0, testsYes: 0, ruleCues: -1, combinationVersion: 0, combination: 0, docWord: null, docWordIn: 0,
  };
}

/** Bits of TokenInfo.testsAsked and testsYes (small integers to V8). */
const MAX_TOKEN_TESTS = 30;
let tokenTests = 0;

/**
 * `test` of a token's analysis, answered once per analysis and kept on it as a bit: for the rules'
 * word-list tests (is the word or its core a head of…) asked of every token of every sentence, where
 * two Set probes per token cost more than the rule around them. Only for tests of the analysis
 * alone (its forms, not the model's counts nor the neighbours): analyses are shared between texts.
 */
export function rememberTokenTest(test: (t: TokenInfo) => boolean): (t: TokenInfo) => boolean {
  if (tokenTests === MAX_TOKEN_TESTS) throw new Error(`features: more than ${MAX_TOKEN_TESTS} remembered token tests`);
  const bit = 1 << tokenTests++;
  return (t) => {
    if (t.testsAsked & bit) return (t.testsYes & bit) !== 0;
    const yes = test(t);
    t.testsAsked |= bit;
    if (yes) t.testsYes |= bit;
    return yes;
  };
}

/**
 * `xs` at its exact length: an array grown by push keeps spare room (V8 grows a backing store by half
 * its length plus 16 slots, so a pushed array of 5 hashes held 21, 8 bytes each), and the arrays of a
 * token analysis live as long as the memo holds it: at 200,000 analyses the spare room was most of
 * the heap a stream of new words fills (2.6 KB an analysis, 1.8 KB of it the hash arrays' spare
 * room), memory the collector copies and marks again and again.
 */
function fitted<T>(xs: T[]): T[] {
  return xs.slice();
}

function computeTokenInfo(surface: string, res: FeatureResources): TokenInfo {
  const { norm, proclitic, core, bare } = lexicalForms(surface, res);
  const shape = shapeOf(surface, norm);
  const partial = { surface, norm, core, bare, proclitic, cue: cueClassOf(norm, core), stem: stemArabic(norm), shape, classes: [] as string[], guessed: false };
  const guessed = { value: false };
  partial.classes = fitted(classesOf(partial, res, guessed));
  partial.guessed = guessed.value;
  const info = analysisOf(partial, res);
  info.pairLeft = fitted(pairLeftStates(info, res.levels));
  return info;
}

/** The unary and neighbour feature hashes of a token analysis (computed again at each call for a word: see TokenInfo.resources). */
export function featureHashesOf(info: TokenInfo): WordHashes {
  return info.hashes ?? groupsOf((out, k, starts, ends) => writeWordFeatureHashes(info, out, k, starts, ends, 0));
}

/** A bound on the hashes writeWordFeatureHashes writes for one word, all its groups (about 50 with every option of the model file on). */
export const MAX_WORD_FEATURES = 512;

/** groupsOf's buffers, made at its first call and reused (it runs to its end before any other call). */
let groupBuffers: { out: Int32Array; starts: Int32Array; ends: Int32Array } | null = null;

/** The groups (unary, then each offset's) that `write` writes as in writeWordFeatureHashes, as arrays. */
function groupsOf(write: (out: Int32Array, k: number, starts: Int32Array, ends: Int32Array) => number): WordHashes {
  const { out, starts, ends } = (groupBuffers ??= { out: new Int32Array(MAX_WORD_FEATURES), starts: new Int32Array(1 + OFFSETS.length), ends: new Int32Array(1 + OFFSETS.length) });
  write(out, 0, starts, ends);
  const group = (g: number) => Array.from(out.subarray(starts[g]!, ends[g]!));
  const neighbour: number[][] = [];
  for (let g = 1; g <= OFFSETS.length; g++) neighbour.push(group(g));
  return { unary: group(0), neighbour };
}

/**
 * Writes the unary and neighbour feature hashes of a token analysis into `out` from `k`, group by
 * group (group 0 the unary ones, group 1 + j those as the neighbour at OFFSETS[j]), each group's
 * start and end into `starts` and `ends` at `at` + its number; returns the next free index. The
 * same hashes in the same order as featureHashesOf, without an array a group (the tagger sums a
 * news stream's new words from this buffer: tagger.ts scoreWords). Needs MAX_WORD_FEATURES of room.
 */
export function writeWordFeatureHashes(info: TokenInfo, out: Int32Array, k: number, starts: Int32Array, ends: Int32Array, at: number): number {
  const fixed = info.hashes;
  if (fixed) {
    for (let g = 0; g <= OFFSETS.length; g++) {
      const hashes = g === 0 ? fixed.unary : fixed.neighbour[g - 1]!;
      starts[at + g] = k;
      for (let j = 0; j < hashes.length; j++) out[k++] = hashes[j]!;
      ends[at + g] = k;
    }
    return k;
  }
  const res = info.resources;
  const on = wordSwitchesOf(res.off);
  const arabic = info.shape.startsWith("ar");
  // The optional groups of a model file's options: the word's own, and as the word before or after.
  const personName = on.triggers && isPersonNameWord(info, res);
  const nameType = on.triggers ? nameWordType(info, res) : undefined;
  const nameWord = nameType ? nameWordFeatures(nameType) : undefined;
  const shapes = res.nameShapes && arabic ? nameShapeFeatures(info) : undefined;
  const affixes = res.neighbourAffixes && on.affix && arabic;
  starts[at] = k;
  k = unaryFeatures(info, on, out, k);
  if (personName) out[k++] = PN_SELF;
  if (nameWord) out[k++] = nameWord.self;
  if (shapes) for (const h of shapes.unary) out[k++] = h;
  ends[at] = k;
  const levels = res.levels;
  const classReach = res.wideClasses ? 3 : 2;
  for (let j = 0; j < OFFSETS.length; j++) {
    const o = OFFSETS[j]!;
    starts[at + 1 + j] = k;
    k = neighbourFeatures(info, j, on, levels, classReach, out, k);
    if (Math.abs(o) === 1) {
      if (personName) out[k++] = o < 0 ? PN_BEFORE : PN_AFTER;
      if (nameWord) out[k++] = o < 0 ? nameWord.before : nameWord.after;
      if (affixes) k = neighbourAffixFeatures(info, o < 0 ? 0 : 1, out, k);
      if (shapes) for (const h of shapes.neighbour) out[k++] = o < 0 ? h[0] : h[1];
    }
    ends[at + 1 + j] = k;
  }
  return k;
}

/** Sentence-boundary pseudo tokens: every property is the marker itself. */
function boundaryInfo(marker: string, res: FeatureResources): TokenInfo {
  const info = analysisOf({ surface: marker, norm: marker, core: marker, bare: marker, proclitic: "", cue: marker, stem: marker, shape: marker, classes: Array.from({ length: res.levels }, () => marker) }, res);
  const on = wordSwitchesOf(res.off);
  const classReach = res.wideClasses ? 3 : 2;
  // Only their features as neighbours: nothing is summed for them as a token.
  const { neighbour } = groupsOf((out, k, starts, ends) => {
    for (let j = 0; j < OFFSETS.length; j++) {
      starts[1 + j] = k;
      k = neighbourFeatures(info, j, on, res.levels, classReach, out, k);
      ends[1 + j] = k;
    }
    return k;
  });
  info.hashes = { unary: [], neighbour };
  info.pairLeft = pairLeftStates(info, res.levels);
  return info;
}

const boundaryCaches = new WeakMap<FeatureResources, { start: TokenInfo; end: TokenInfo }>();
export function boundaries(res: FeatureResources): { start: TokenInfo; end: TokenInfo } {
  let b = boundaryCaches.get(res);
  if (!b) boundaryCaches.set(res, (b = { start: boundaryInfo("<s>", res), end: boundaryInfo("</s>", res) }));
  return b;
}

export function compileGazetteer(entries: { type: string; name: string }[]): Gazetteer {
  const byFirst = new Map<string, { type: string; words: string[] }[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    const ws = normalizeArabic(e.name).split(" ").filter(Boolean);
    const key = ws.join(" ");
    if (!ws.length || seen.has(key)) continue;
    seen.add(key);
    const list = byFirst.get(ws[0]!) ?? [];
    list.push({ type: e.type, words: ws });
    byFirst.set(ws[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** "B-" + a gazetteer type and "I-" + it, one string each by type: a concatenation per tag made a new string each time, which the tagger's lookups hashed again. */
const GAZETTEER_TAG_STRINGS = new Map<string, { begin: string; inside: string }>();
function gazetteerTagsOf(type: string): { begin: string; inside: string } {
  let tags = GAZETTEER_TAG_STRINGS.get(type);
  if (tags === undefined) GAZETTEER_TAG_STRINGS.set(type, (tags = { begin: "B-" + type, inside: "I-" + type }));
  return tags;
}

/** Gazetteer tag per token ("B-LOC", "I-LOC" or ""), longest match first, left to right. */
export function gazetteerTags(infos: readonly TokenInfo[], gaz: Gazetteer): string[] {
  // Pushed, not `map`ped: packed in every tier (see recognize/shared.ts tagNames).
  const tags: string[] = [];
  for (let i = 0; i < infos.length; i++) tags.push("");
  for (let i = 0; i < infos.length; ) {
    const hit = gazetteerNameAt(namesStartingAt(infos[i]!, gaz), infos, i);
    if (hit) {
      const { begin, inside } = gazetteerTagsOf(hit.type);
      tags[i] = begin;
      for (let k = 1; k < hit.words.length; k++) tags[i + k] = inside;
      i += hit.words.length;
    } else i++;
  }
  return tags;
}

/**
 * The first of `names` whose words after the first follow token i. Apart from gazetteerTags' loop:
 * a callback there captured its index, and the loop allocated a context for it at every token.
 */
function gazetteerNameAt(names: readonly GazetteerName[] | undefined, infos: readonly TokenInfo[], i: number): GazetteerName | undefined {
  if (!names) return undefined;
  for (const c of names) {
    let k = 1;
    while (k < c.words.length && infos[i + k]?.norm === c.words[k]) k++;
    if (k >= c.words.length) return c;
  }
  return undefined;
}

/** Gazetteer names whose first word is the token, whole, without proclitics or without the article. */
function namesStartingAt(info: TokenInfo, gaz: Gazetteer): GazetteerName[] | undefined {
  if (info.namesIn !== gaz) {
    info.names = gaz.byFirst.get(info.norm) ?? gaz.byFirst.get(info.core) ?? withoutArticle(gaz, info.core);
    info.namesIn = gaz;
  }
  return info.names;
}

function withoutArticle(gaz: Gazetteer, core: string) {
  return core.startsWith("ال") ? gaz.byFirst.get(core.slice(2)) : undefined;
}

/**
 * Label-free facts about the words of a whole document (an article; a window of sentences in CoNLL
 * text), by word (bare form). One entry per word holding all its facts: counting a token and reading
 * its document features is one probe of one map, not one of a map per fact.
 */
export interface DocumentStats {
  words: Map<string, WordInDocument>;
  /**
   * A number no other document and no other state of this one has (taken from one counter at its
   * creation and at every change of `words`): answers remembered for a version are stale after it.
   */
  version: number;
  /** Unique per document (emptyDocumentStats); a document without one is counted by map probes only. */
  id?: number;
}

let documentVersions = 0;
let documentIds = 0;

export interface WordInDocument {
  /** How often the word occurs. */
  count: number;
  /** How often it carried the article ال. */
  withArticle: number;
  /** How often each trigger class came right before it; null until one did (an empty map once they are all counted out). */
  cues: Map<string, number> | null;
  /** Set when the entry leaves its document's map (counted out): a TokenInfo's docWord holding it is stale. */
  removed: boolean;
}

export function emptyDocumentStats(): DocumentStats {
  return { words: new Map(), version: ++documentVersions, id: ++documentIds };
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n) map.set(key, n);
  else map.delete(key);
}

/** Adds (sign 1) or removes (sign −1) one sentence's words: a sliding window of sentences stays cheap. */
export function countSentence(stats: DocumentStats, sentence: readonly string[], res: FeatureResources, sign: 1 | -1): void {
  let previous: TokenInfo | undefined;
  for (const surface of sentence) {
    const t = tokenInfo(surface, res);
    countToken(stats, t, previous, sign);
    previous = t;
  }
}

function countToken(stats: DocumentStats, t: TokenInfo, previous: TokenInfo | undefined, sign: 1 | -1): void {
  if (t.shape === "punct") return;
  stats.version = ++documentVersions;
  let word = t.docWordIn === stats.id ? t.docWord : null;
  if (word === null || word.removed) {
    word = stats.words.get(t.bare) ?? null;
    if (!word) stats.words.set(t.bare, (word = { count: 0, withArticle: 0, cues: null, removed: false }));
    if (stats.id !== undefined) {
      t.docWord = word;
      t.docWordIn = stats.id;
    }
  }
  word.count += sign;
  if (t.bare !== t.core) word.withArticle += sign;
  const cue = previous?.cue;
  if (cue && cue !== "never") bump((word.cues ??= new Map()), cue, sign);
  // A sliding window counts words out again: a word counted out leaves no entry.
  if (word.count === 0 && word.withArticle === 0 && !word.cues?.size) {
    stats.words.delete(t.bare);
    word.removed = true;
  }
}

export function documentStats(sentences: readonly (readonly string[])[], res: FeatureResources): DocumentStats {
  const stats = emptyDocumentStats();
  for (const s of sentences) countSentence(stats, s, res, 1);
  return stats;
}

/** countSentence of a sentence already analyzed (tokenInfo per token). */
export function countInfos(stats: DocumentStats, sentence: readonly TokenInfo[], sign: 1 | -1): void {
  for (let i = 0; i < sentence.length; i++) countToken(stats, sentence[i]!, i > 0 ? sentence[i - 1] : undefined, sign);
}

/** documentStats of sentences already analyzed (tokenInfo per token). */
export function documentStatsOfInfos(sentences: readonly (readonly TokenInfo[])[]): DocumentStats {
  // countInfos(stats, s, 1) of every sentence in one loop: counting only up, no word is counted out,
  // and one new version at the end stands for the versions each token took.
  const words = new Map<string, WordInDocument>();
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i]!;
      if (t.shape === "punct") continue;
      let word = words.get(t.bare);
      if (!word) words.set(t.bare, (word = { count: 0, withArticle: 0, cues: null, removed: false }));
      word.count++;
      if (t.bare !== t.core) word.withArticle++;
      const cue = i > 0 ? sentence[i - 1]!.cue : undefined;
      if (cue && cue !== "never") {
        const cues = (word.cues ??= new Map());
        cues.set(cue, (cues.get(cue) ?? 0) + 1);
      }
    }
  }
  return { words, version: ++documentVersions };
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

/** Must stay in sync with hashFeature (feature-index.ts). */
function finish(h: number): number {
  return (h | 0) === -1 ? 0 : h | 0;
}

/** hashFeature(prefix + a [+ "|" + b [+ "|" + c]]) without building the string. */
function feature(prefix: number, a: string, b?: string, c?: string): number {
  let h = mix(prefix, a);
  if (b !== undefined) h = mix(Math.imul(h ^ BAR, FNV_PRIME), b);
  if (c !== undefined) h = mix(Math.imul(h ^ BAR, FNV_PRIME), c);
  return finish(h);
}

// Templates over a handful of values (gazetteer tags, count classes, trigger classes) give the same
// few hashes on every token: each is hashed once per template and value.
class ValueFeatures {
  private readonly byValue = new Map<string, number>();
  constructor(private readonly prefix: number) {}

  /** feature(prefix, value), memoized: only for templates whose values form a small closed set. */
  of(value: string): number {
    let h = this.byValue.get(value);
    if (h === undefined) this.byValue.set(value, (h = feature(this.prefix, value)));
    return h;
  }
}

function featureSlice(prefix: number, s: string, from: number, to: number): number {
  return finish(mix(prefix, s, from, Math.min(to, s.length)));
}

const prefix = (name: string) => mix(FNV_OFFSET, name);
// Template prefixes, hashed once.
const P_BIAS = prefix("b");
const P_W = prefix("w=");
const P_C = prefix("c=");
const P_ST = prefix("st=");
const P_PC = prefix("pc=");
const P_ART = prefix("art");
const P_SH = prefix("sh=");
const P_AFFIX = ["p1=", "p2=", "p3=", "s1=", "s2=", "s3=", "cp2=", "cp3=", "cs2=", "cs3="].map(prefix);
const P_CUE = prefix("cue=");
/** Affixes of the word before (index 0) and after (1): the first 2 letters of n, the first 2 and last 2–3 of the bare form. */
const P_NB_AFFIX = ["-1", "+1"].map((o) => ["p2", "cp2", "cs2", "cs3"].map((a) => prefix(`${a}@${o}=`)));
const P_NSK = prefix("nsk=");
const P_NSV = prefix("nsv=");
const P_NIS = [prefix("nis-1="), prefix("nis="), prefix("nis+1=")];
const VOWEL_LETTERS = new Set(["ا", "و", "ي", "ى"]);
const SKELETON_MAX = 10;

/**
 * The affixes of a word as its neighbour's features (side 0: the word before the token, 1: after):
 * an unseen name's neighbours are often unseen too, and their endings (a nisba «…ية» after an
 * organization, «…ة» of a head noun before it) say more than their identity.
 */
function neighbourAffixFeatures(t: TokenInfo, side: 0 | 1, out: Int32Array, k: number): number {
  const p = P_NB_AFFIX[side]!;
  const n = t.norm;
  const b = t.bare;
  out[k++] = featureSlice(p[0]!, n, 0, 2);
  out[k++] = featureSlice(p[1]!, b, 0, 2);
  out[k++] = featureSlice(p[2]!, b, b.length - 2, b.length);
  out[k++] = featureSlice(p[3]!, b, b.length - 3, b.length);
  return k;
}

/** A nisba-like ending: «الشمري» (article + …ي), «شمري», «…اوي». */
function nisbaOf(t: TokenInfo): string {
  const b = t.bare;
  if (b.length < 3 || !b.endsWith("ي")) return "";
  if (b.endsWith("اوي")) return t.core.startsWith("ال") ? "al-awi" : "awi";
  return t.core.startsWith("ال") ? "al-y" : b.length >= 4 ? "y" : "";
}

/**
 * Name-shape features of an Arabic word (--name-shapes): its consonant/vowel-letter skeleton
 * («باشينيان» → CVCVCVVC; transliterated names write their vowels, native words mostly do not),
 * the share of vowel letters by length, and a nisba ending, the last also for the neighbours.
 */
function nameShapeFeatures(t: TokenInfo): { unary: number[]; neighbour: [number, number][] } {
  const b = t.bare;
  let skeleton = "";
  let vowels = 0;
  for (const ch of b) {
    const v = VOWEL_LETTERS.has(ch);
    if (v) vowels++;
    if (skeleton.length < SKELETON_MAX) skeleton += ch === "ة" ? "h" : v ? "V" : "C";
  }
  const share = b.length ? Math.min(3, Math.floor((4 * vowels) / b.length)) : 0;
  const length = b.length <= 3 ? "s" : b.length <= 5 ? "m" : b.length <= 7 ? "l" : "x";
  const unary = [feature(P_NSK, skeleton), feature(P_NSV, `${share}${length}`)];
  const nisba = nisbaOf(t);
  const neighbour: [number, number][] = [];
  if (nisba) {
    unary.push(feature(P_NIS[1]!, nisba));
    neighbour.push([feature(P_NIS[0]!, nisba), feature(P_NIS[2]!, nisba)]);
  }
  return { unary, neighbour };
}
const NW_PREFIXES = { self: prefix("nword="), before: prefix("nword-1="), after: prefix("nword+1=") };
const nameWordHashes = new Map<string, { self: number; before: number; after: number }>();
/** The name-word features of a type (the word's own, and as the word before or after). */
function nameWordFeatures(type: string): { self: number; before: number; after: number } {
  let hashes = nameWordHashes.get(type);
  if (!hashes) nameWordHashes.set(type, (hashes = { self: feature(NW_PREFIXES.self, type), before: feature(NW_PREFIXES.before, type), after: feature(NW_PREFIXES.after, type) }));
  return hashes;
}
const PN_SELF = feature(prefix("pname="), "1");
const PN_BEFORE = feature(prefix("pname-1="), "1");
const PN_AFTER = feature(prefix("pname+1="), "1");
/** Most class levels a model may have (over all its class sets). */
export const MAX_LEVELS = 8;
const LEVEL_IDS = Array.from({ length: MAX_LEVELS }, (_, l) => l);
const P_CL = LEVEL_IDS.map((l) => prefix(`cl${l}=`));
const P_SHM = prefix("sh-1=");
const P_SHP = prefix("sh+1=");
const P_BGM = prefix("bg-=");
const P_BGP = prefix("bg+=");
const P_CL3 = LEVEL_IDS.map((l) => prefix(`cl${l}-+=`));
const P_CLW = prefix("clw-1=");
const P_GZ = [prefix("gz-1="), prefix("gz="), prefix("gz+1=")];
const P_CUE2 = prefix("cue-2=");
const P_TRIGGER_UNKNOWN = [prefix("tu-1="), prefix("tu-2=")];
const P_DN = prefix("dn=");
const P_DCUE = prefix("dcue=");
const P_DART = prefix("dart=");
const V_GZ = P_GZ.map((p) => new ValueFeatures(p));
const V_DN = new ValueFeatures(P_DN);
const V_DCUE = new ValueFeatures(P_DCUE);
const V_DART = new ValueFeatures(P_DART);

/** Neighbour offsets whose features depend on the neighbour's word alone. */
export const OFFSETS = [-3, -2, -1, 1, 2, 3] as const;
const at = (o: number, name: string) => prefix(`${name}@${o}=`);
const P_NB = OFFSETS.map((o) => ({ w: at(o, "w"), c: at(o, "c"), st: at(o, "st"), cue: at(o, "cue"), cl: LEVEL_IDS.map((l) => at(o, `cl${l}`)) }));

/** Which groups of a word's own features are on, read once per set of groups off (as switchesOf). */
interface WordSwitches {
  word: boolean;
  affix: boolean;
  shape: boolean;
  triggers: boolean;
  classes: boolean;
  context: boolean;
  wide: boolean;
}

const wordSwitchesCache = new WeakMap<ReadonlySet<FeatureGroup>, WordSwitches>();

function wordSwitchesOf(off: ReadonlySet<FeatureGroup>): WordSwitches {
  let on = wordSwitchesCache.get(off);
  if (!on) {
    on = { word: !off.has("word"), affix: !off.has("affix"), shape: !off.has("shape"), triggers: !off.has("triggers"), classes: !off.has("classes"), context: !off.has("context"), wide: !off.has("wide") };
    wordSwitchesCache.set(off, on);
  }
  return on;
}

/** Writes the word's unary features into `out` from `k`; returns the next free index. */
function unaryFeatures(t: TokenInfo, on: WordSwitches, out: Int32Array, k: number): number {
  out[k++] = finish(P_BIAS);
  if (on.word) {
    out[k++] = feature(P_W, t.norm);
    out[k++] = feature(P_C, t.bare);
    out[k++] = feature(P_ST, t.stem);
    out[k++] = feature(P_PC, t.proclitic);
    if (t.core.startsWith("ال")) out[k++] = finish(P_ART);
  }
  if (on.affix) {
    const n = t.norm;
    const b = t.bare;
    out[k++] = featureSlice(P_AFFIX[0]!, n, 0, 1);
    out[k++] = featureSlice(P_AFFIX[1]!, n, 0, 2);
    out[k++] = featureSlice(P_AFFIX[2]!, n, 0, 3);
    out[k++] = featureSlice(P_AFFIX[3]!, n, n.length - 1, n.length);
    out[k++] = featureSlice(P_AFFIX[4]!, n, n.length - 2, n.length);
    out[k++] = featureSlice(P_AFFIX[5]!, n, n.length - 3, n.length);
    out[k++] = featureSlice(P_AFFIX[6]!, b, 0, 2);
    out[k++] = featureSlice(P_AFFIX[7]!, b, 0, 3);
    out[k++] = featureSlice(P_AFFIX[8]!, b, b.length - 2, b.length);
    out[k++] = featureSlice(P_AFFIX[9]!, b, b.length - 3, b.length);
  }
  if (on.shape) out[k++] = feature(P_SH, t.shape);
  if (on.triggers) out[k++] = feature(P_CUE, t.cue);
  if (on.classes) for (let l = 0; l < t.classes.length; l++) out[k++] = feature(P_CL[l]!, t.classes[l]!);
  return k;
}

/** How many edge keys edgeKeyOf gives: 0 punctuation, 1 a word without a class, 2 + its coarse class (64). */
export const EDGE_KEYS = 66;

/** The key the transitions into a token are conditioned on when a model learns edge weights (perceptron.ts edges): its coarse word class. */
export function edgeKeyOf(t: Pick<TokenInfo, "shape" | "classes">): number {
  const c = Number(t.classes[0]);
  return t.shape === "punct" ? 0 : Number.isInteger(c) && c >= 0 && c < EDGE_KEYS - 2 ? 2 + c : 1;
}

/**
 * The features that name the word itself (its normalized form, core and stem), as unaryFeatures
 * writes them: the ones training may hide now and then (word dropout, perceptron.ts) so that a name
 * is also learned from its affixes, classes and context, as an unseen name must be.
 */
export function wordIdentityFeatures(t: TokenInfo, off: ReadonlySet<FeatureGroup>): number[] {
  return off.has("word") ? [] : [feature(P_W, t.norm), feature(P_C, t.bare), feature(P_ST, t.stem)];
}

/** Writes the word's features as the neighbour at OFFSETS[j] into `out` from `k`; returns the next free index. */
function neighbourFeatures(t: TokenInfo, j: number, on: WordSwitches, levels: number, classReach: number, out: Int32Array, k: number): number {
  const p = P_NB[j]!;
  const distance = Math.abs(OFFSETS[j]!);
  if (distance === 1 && on.context) {
    out[k++] = feature(p.w, t.norm);
    out[k++] = feature(p.c, t.bare);
    out[k++] = feature(p.st, t.stem);
  }
  if (distance === 2 && on.context) out[k++] = feature(p.w, t.norm);
  if (distance === 2 && on.wide) out[k++] = feature(p.c, t.bare);
  if (distance === 3 && on.wide) out[k++] = feature(p.w, t.norm);
  if (distance === 1 && on.triggers) out[k++] = feature(p.cue, t.cue);
  if (distance <= classReach && on.classes) for (let l = 0; l < levels; l++) out[k++] = feature(p.cl[l]!, t.classes[l]!);
  return k;
}

/**
 * A pair feature hashes "prefix first|second[|third]"; the state after "prefix first|" depends on
 * the first token alone, so each token carries it for the templates over words and word classes
 * where it comes first (pairFeatures only hashes the rest; the closed-set groups, shape and
 * triggers, hash from their few values). Indexes into TokenInfo.pairLeft:
 */
const L_BGM = 0;
const L_BGP = 1;
const L_CLW = 2;
const L_CL3 = [3, 4];

/** The hash state of `prefix + a + "|"`. */
function leftState(prefix: number, a: string): number {
  return Math.imul(mix(prefix, a) ^ BAR, FNV_PRIME);
}

function pairLeftStates(t: TokenInfo, levels: number): number[] {
  const left = [leftState(P_BGM, t.norm), leftState(P_BGP, t.norm), leftState(P_CLW, t.classes[levels - 1] ?? "")];
  for (let l = 0; l < Math.min(2, levels); l++) left.push(leftState(P_CL3[l]!, t.classes[l]!));
  return left;
}

/** feature(prefix, a, b) from the state left by prefix and a. */
function featureAfter(left: number, b: string): number {
  return finish(mix(left, b));
}

/** feature(prefix, a, b, c) from the state left by prefix and a. */
function featureAfter2(left: number, b: string, c: string): number {
  return finish(mix(Math.imul(mix(left, b) ^ BAR, FNV_PRIME), c));
}

/**
 * A bound on the pair features of one token (pairFeatureHashes), for the caller's buffer: 19 at
 * most (2 context, 2 shape, 3 classes, 3 gazetteer, 3 triggers, 6 document).
 */
export const MAX_PAIR_FEATURES = 32;

/** Which feature groups are on, read once per resources: a Set lookup per group and token cost more than the hashing. */
interface GroupSwitches {
  context: boolean;
  shape: boolean;
  classes: boolean;
  gazetteer: boolean;
  triggers: boolean;
  document: boolean;
}

const switchesCache = new WeakMap<ReadonlySet<FeatureGroup>, GroupSwitches>();

function switchesOf(off: ReadonlySet<FeatureGroup>): GroupSwitches {
  let on = switchesCache.get(off);
  if (!on) {
    on = { context: !off.has("context"), shape: !off.has("shape"), classes: !off.has("classes"), gazetteer: !off.has("gazetteer"), triggers: !off.has("triggers"), document: !off.has("document") };
    switchesCache.set(off, on);
  }
  return on;
}

/** What the pair features of a sentence's tokens read (pairFeatureHashes), gathered once per sentence. */
export interface PairInput {
  infos: readonly TokenInfo[];
  gz: readonly string[];
  doc: DocumentStats | undefined;
  edges: { start: TokenInfo; end: TokenInfo };
  /** Class levels of the class trigram feature: min(2, levels). */
  trigramLevels: number;
  on: GroupSwitches;
}

export function pairInput(a: SentenceAnalysis, res: FeatureResources): PairInput {
  return { infos: a.infos, gz: a.gazetteer, doc: a.doc, edges: boundaries(res), trigramLevels: Math.min(2, res.levels), on: switchesOf(res.off) };
}

// The gazetteer features of a token outside every name and of the boundaries, and the document
// features' few values: hashed once, not looked up per token.
const GZ_NONE = V_GZ.map((v) => v.of(""));
const DN_BY_CLASS = [V_DN.of(countClass(0)), V_DN.of(countClass(2)), V_DN.of(countClass(4))];
const DART_NO = V_DART.of("0");
const DART_YES = V_DART.of("1");

const gazetteerFeature = (k: number, tag: string) => (tag === "" ? GZ_NONE[k]! : V_GZ[k]!.of(tag));

/**
 * Writes the features of token i that depend on more than one token or on the document into
 * `out` from 0, returning how many. A typed buffer the caller reuses: the tagger asks this for
 * every token of every sentence, and an array per token was much of its garbage.
 */
export function pairFeatureHashes(input: PairInput, i: number, out: Int32Array): number {
  const { infos, gz, edges, on } = input;
  const t = infos[i]!;
  const p = infos[i - 1] ?? edges.start;
  const n = infos[i + 1] ?? edges.end;
  let k = 0;
  if (on.context) k = contextFeatures(p, t, n, out, k);
  if (on.shape) k = shapeFeatures(p.shape, t.shape, n.shape, out, k);
  if (on.classes) k = classFeatures(input, p, t, n, out, k);
  if (on.gazetteer) k = gazetteerFeatures(i === 0 ? GZ_BEFORE_START : gz[i - 1]!, gz[i]!, i + 1 === gz.length ? GZ_AFTER_END : gz[i + 1]!, out, k);
  if (on.triggers) k = triggerFeatures((infos[i - 2] ?? edges.start).cue, p.cue, seenClass(t), out, k);
  return documentFeatures(input, t, out, k);
}

/**
 * pairFeatureHashes without the groups whose values come from small closed sets (shape,
 * gazetteer, triggers) and without the document group: the tagger sums those groups' weights
 * once per combination of values (documentCombination for the document group). Written into
 * `out` from `from`; returns the next free index.
 */
export function openPairFeatureHashes(input: PairInput, i: number, out: Int32Array, from: number): number {
  const { infos, edges, on } = input;
  const t = infos[i]!;
  const p = infos[i - 1] ?? edges.start;
  const n = infos[i + 1] ?? edges.end;
  let k = from;
  if (on.context) k = contextFeatures(p, t, n, out, k);
  if (on.classes) k = classFeatures(input, p, t, n, out, k);
  return k;
}

/**
 * openPairFeatureHashes of every token of the sentence, token i's written from i * stride and
 * their count in counts[i]: the same hashes in the same order. The three features hashing a word
 * after its left neighbour's states (bigram from the left, bigram to the right as the left's, class
 * then word) read the word once, their three hash chains side by side (independent multiplies
 * that overlap) instead of three passes over it.
 */
export function sentenceOpenPairFeatureHashes(input: PairInput, out: Int32Array, counts: Int32Array, stride: number): void {
  const { infos, edges, on } = input;
  const n = infos.length;
  const levels = input.trigramLevels;
  let p = edges.start;
  for (let i = 0; i < n; i++) {
    const t = infos[i]!;
    const left = p.pairLeft;
    const s = t.norm;
    let fromLeft = left[L_BGM]!;
    let asRight = left[L_BGP]!;
    let afterClass = left[L_CLW]!;
    for (let q = 0; q < s.length; q++) {
      const c = s.charCodeAt(q);
      fromLeft = Math.imul(fromLeft ^ c, FNV_PRIME);
      asRight = Math.imul(asRight ^ c, FNV_PRIME);
      afterClass = Math.imul(afterClass ^ c, FNV_PRIME);
    }
    let k = i * stride;
    if (on.context) {
      out[k] = finish(fromLeft);
      // This word to the right of the previous token: that token's second context feature.
      if (i > 0) out[k - stride + 1] = finish(asRight);
      k += 2;
    }
    if (on.classes) {
      const next = i + 1 < n ? infos[i + 1]! : edges.end;
      for (let l = 0; l < levels; l++) out[k++] = featureAfter2(left[L_CL3[l]!]!, t.classes[l]!, next.classes[l]!);
      out[k++] = finish(afterClass);
    }
    counts[i] = k - i * stride;
    p = t;
  }
  if (on.context && n > 0) out[(n - 1) * stride + 1] = featureAfter(infos[n - 1]!.pairLeft[L_BGP]!, edges.end.norm);
}

function contextFeatures(p: TokenInfo, t: TokenInfo, n: TokenInfo, out: Int32Array, k: number): number {
  out[k++] = featureAfter(p.pairLeft[L_BGM]!, t.norm);
  out[k++] = featureAfter(t.pairLeft[L_BGP]!, n.norm);
  return k;
}

function classFeatures(input: PairInput, p: TokenInfo, t: TokenInfo, n: TokenInfo, out: Int32Array, k: number): number {
  for (let l = 0; l < input.trigramLevels; l++) out[k++] = featureAfter2(p.pairLeft[L_CL3[l]!]!, t.classes[l]!, n.classes[l]!);
  out[k++] = featureAfter(p.pairLeft[L_CLW]!, t.norm);
  return k;
}

/** The shape features of a token of shape `own` between shapes `before` and `after` (boundary markers at the edges). */
export function shapeFeatures(before: string, own: string, after: string, out: Int32Array, k: number): number {
  out[k++] = featureAfter(leftState(P_SHM, before), own);
  out[k++] = featureAfter(leftState(P_SHP, own), after);
  return k;
}

/** What the gazetteer features read before a sentence's first token and after its last. */
export const GZ_BEFORE_START = "<s>";
export const GZ_AFTER_END = "</s>";

/** The gazetteer features of a token tagged `own` between tags `before` and `after` (GZ_BEFORE_START, GZ_AFTER_END at the edges). */
export function gazetteerFeatures(before: string, own: string, after: string, out: Int32Array, k: number): number {
  out[k++] = gazetteerFeature(0, before);
  out[k++] = gazetteerFeature(1, own);
  out[k++] = gazetteerFeature(2, after);
  return k;
}

/** Whether the unlabeled text ever showed the token, as the trigger features read it. */
export function seenClass(t: TokenInfo): "new" | "seen" {
  return t.classes[0] === "-" || t.guessed ? "new" : "seen";
}

/**
 * The trigger features of a token: the classes of the two tokens before it, and each with whether
 * the token is `seen` (a trigger one or two words back before a word the unlabeled text never
 * showed: a new name, الرئيس الأذربيجاني علييف).
 */
export function triggerFeatures(cueTwoBack: string, cueBefore: string, seen: string, out: Int32Array, k: number): number {
  out[k++] = featureAfter(leftState(P_CUE2, cueTwoBack), cueBefore);
  out[k++] = featureAfter(leftState(P_TRIGGER_UNKNOWN[0]!, cueBefore), seen);
  out[k++] = featureAfter(leftState(P_TRIGGER_UNKNOWN[1]!, cueTwoBack), seen);
  return k;
}

/** documentCombination's answer for a token without document features. */
export const NO_DOCUMENT_FEATURES = -1;
/** documentCombination's answer for a word whose cue classes have ids too large for a combination: hash them (documentFeatures). */
export const DOCUMENT_FEATURES_OPEN = -2;
/** Cue classes with an id below this fit a combination's cue bits (the cues counted are four classes: per, org, loc, given). */
const DOCUMENT_CUE_IDS = 8;
/** How many combinations documentCombination may answer: count class × article answer × cue bits. */
export const DOCUMENT_COMBINATIONS = 3 * 3 * (1 << DOCUMENT_CUE_IDS);

/**
 * The document features of token i (documentFeatures) as one small integer, the same for every
 * token of a word in one document: its count class (0–2), its article answer (0 none, 1 no, 2 yes)
 * and its cue classes as bits of their ids. The tagger sums the weights of each combination once
 * (documentCombinationFeatures) instead of hashing and looking up the same features at every
 * token. NO_DOCUMENT_FEATURES when the token has none, DOCUMENT_FEATURES_OPEN when its cues do not fit.
 */
export function documentCombination(input: PairInput, t: TokenInfo): number {
  const doc = input.doc;
  if (!doc || !input.on.document) return NO_DOCUMENT_FEATURES;
  if (t.combinationVersion !== doc.version) {
    t.combination = combinationInDocument(doc, t);
    t.combinationVersion = doc.version;
  }
  return t.combination;
}

function combinationInDocument(doc: DocumentStats, t: TokenInfo): number {
  if (!t.shape.startsWith("ar")) return NO_DOCUMENT_FEATURES;
  const word = doc.words.get(t.bare);
  const count = word?.count ?? 0;
  const countIndex = count <= 1 ? 0 : count <= 3 ? 1 : 2;
  const article = t.bare !== t.core ? 0 : word !== undefined && word.withArticle !== 0 ? 2 : 1;
  let cueBits = 0;
  if (word?.cues) {
    for (const c of word.cues.keys()) {
      const id = closedValueId(CUE_IDS, c);
      if (id >= DOCUMENT_CUE_IDS) return DOCUMENT_FEATURES_OPEN;
      cueBits |= 1 << id;
    }
  }
  return (cueBits * 3 + article) * 3 + countIndex;
}

/** The document feature hashes of a combination (documentCombination) into `out` from 0, in no particular order; returns how many. */
export function documentCombinationFeatures(combination: number, out: Int32Array): number {
  let k = 0;
  out[k++] = DN_BY_CLASS[combination % 3]!;
  const article = Math.floor(combination / 3) % 3;
  if (article !== 0) out[k++] = article === 2 ? DART_YES : DART_NO;
  const cueBits = Math.floor(combination / 9);
  for (let id = 0; id < DOCUMENT_CUE_IDS; id++) if (cueBits & (1 << id)) out[k++] = V_DCUE.of(CUE_IDS.values[id]!);
  return k;
}

export function documentFeatures(input: PairInput, t: TokenInfo, out: Int32Array, k: number): number {
  const doc = input.doc;
  if (doc && input.on.document && t.shape.startsWith("ar")) {
    const word = doc.words.get(t.bare);
    const count = word?.count ?? 0;
    out[k++] = DN_BY_CLASS[count <= 1 ? 0 : count <= 3 ? 1 : 2]!;
    if (word?.cues) k = writeSortedCues(word.cues, out, k);
    if (t.bare === t.core) out[k++] = word !== undefined && word.withArticle !== 0 ? DART_YES : DART_NO;
  }
  return k;
}

/** writeSortedCues's scratch, indexed like `out`. */
const cueOrder: string[] = [];

/**
 * The document cue features of a word in the cues' code-unit order (as `[...keys].sort()`) from
 * out[k]; returns the next free index. An insertion sort in place: at most a handful of cue classes.
 */
function writeSortedCues(cues: Map<string, number>, out: Int32Array, k: number): number {
  const from = k;
  for (const c of cues.keys()) {
    let j = k++;
    for (; j > from && cueOrder[j - 1]! > c; j--) cueOrder[j] = cueOrder[j - 1]!;
    cueOrder[j] = c;
  }
  for (let j = from; j < k; j++) out[j] = V_DCUE.of(cueOrder[j]!);
  return k;
}

/** Features of token i that depend on more than one token or on the document (pairFeatureHashes as an array). */
function pairFeatures(input: PairInput, i: number): number[] {
  const out = new Int32Array(MAX_PAIR_FEATURES);
  return Array.from(out.subarray(0, pairFeatureHashes(input, i, out)));
}

/** A sentence ready for its pair features (pairFeatureHashes): its token analyses, gazetteer tags and document. */
export interface SentenceAnalysis {
  infos: TokenInfo[];
  gazetteer: string[];
  doc: DocumentStats | undefined;
}

/** The token analyses and gazetteer tags of one sentence. */
export function analyzeSentence(surfaces: readonly string[], res: FeatureResources, doc?: DocumentStats): SentenceAnalysis {
  return analyzeInfos(surfaces.map((s) => tokenInfo(s, res)), res, doc);
}

/** analyzeSentence of a sentence whose tokens are analyzed already (tokenInfo per token). */
export function analyzeInfos(infos: TokenInfo[], res: FeatureResources, doc?: DocumentStats): SentenceAnalysis {
  return { infos, gazetteer: gazetteerTags(infos, res.gazetteer), doc };
}

/** The token at offset `o` from i, or the boundary pseudo token. */
export function neighbourAt(infos: readonly TokenInfo[], i: number, o: number, edges: { start: TokenInfo; end: TokenInfo }): TokenInfo {
  const k = i + o;
  return k < 0 ? edges.start : k >= infos.length ? edges.end : infos[k]!;
}

/** All feature hashes of every token of one sentence (training; the tagger sums the same features through its caches). */
export function sentenceFeatures(surfaces: readonly string[], res: FeatureResources, doc?: DocumentStats): number[][] {
  const a = analyzeSentence(surfaces, res, doc);
  const edges = boundaries(res);
  const input = pairInput(a, res);
  return a.infos.map((t, i) => {
    const f = [...featureHashesOf(t).unary, ...pairFeatures(input, i)];
    OFFSETS.forEach((o, k) => f.push(...featureHashesOf(neighbourAt(a.infos, i, o, edges)).neighbour[k]!));
    return f;
  });
}
