/**
 * A name's leading conjunction or preposition: how many letters of its first word are a clitic, not the name.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { BoundedMemo } from "../../../arabic/bounded-memo.js";
import { rememberTokenTest, splitOnEvidence, splitsOf, type TokenInfo } from "../features.js";
import { GIVEN_NAMES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import { timesSeen } from "./shared.js";
import { LINEAGE_CONNECTORS } from "./words.js";

/** Shortest rest a clitic may leave of a name's first word, unless letters spelled out follow (لبي بي سي). */
export const MIN_NAME_CORE = 3;

/** Whether a word is بن, ابن or بنت: the word before it is a name. */
export function isLineageConnector(word: string): boolean {
  return LINEAGE_CONNECTORS.has(normalizeArabic(word));
}

/** A given name or a word training saw start a name. */
function isKnownName(norm: string, model: NerModel): boolean {
  return GIVEN_NAMES.has(norm) || model.entityWordSet.has(norm);
}

/**
 * procliticLength of a mention's first word, unless the rest would be under MIN_NAME_CORE letters
 * and no spelled-out letter follows in the mention: فاس, لاس فيغاس are no ف/ل + اس, while لبي بي
 * سي is ل + بي بي سي. Before بن the word is a name: a preposition (ل, ب, ك) before it goes only
 * when the rest is a known name (لمحمد بن سلمان → محمد; لبيد بن ربيعة stays: بيد is no name); و
 * and ف before a name are common enough to go on the usual evidence (فزهير بن أبي سلمى → زهير).
 */
export function nameProcliticLength(tokens: readonly TaggerToken[], from: number, to: number, model: NerModel): number {
  const first = tokens[from]!.text;
  const cut = procliticLength(first, model);
  if (cut > 0 && from + 1 < to && isLineageConnector(tokens[from + 1]!.text) && !/^[وف]/.test(first) && !isKnownName(normalizeArabic(first.slice(cut)), model)) return 0;
  const isShortRest = cut > 0 && first.length - cut < MIN_NAME_CORE && !first.slice(cut).startsWith("ال");
  const isSpelledOut = from + 1 < to && tokens[from + 1]!.text.length < MIN_NAME_CORE;
  return isShortRest && !isSpelledOut ? 0 : cut;
}

/**
 * How many leading characters of `word` are a conjunction or preposition to cut from the mention:
 * the evidence split (features.ts splitOnEvidence) unless training saw the whole word start a name,
 * it is a given name, or the rest is a plain word (فادي is no ف + ادي, a verb); و or ف before a
 * given name is split off on the name's evidence (وفادي → فادي);
 * the article stays (بالقاهرة → القاهرة), and a fused لل keeps the mention whole from the ل on
 * (its alef is gone; merge.ts restores ال in the name).
 */
export function procliticLength(word: string, model: NerModel): number {
  let memo = procliticLengths.get(model);
  if (!memo) procliticLengths.set(model, (memo = new Map()));
  let length = memo.get(word);
  if (length === undefined) {
    if (memo.size >= PROCLITIC_MEMO_LIMIT) memo.clear();
    memo.set(word, (length = computeProcliticLength(word, model)));
  }
  return length;
}

/** givenNameAfterConjunction before its counts: و / ف split off a given name. */
export const mayBeGivenNameAfterConjunction = rememberTokenTest((t) => splitsOf(t).some((split) => (split.proclitic === "و" || split.proclitic === "ف") && isGivenNameWord(split.core)));

/**
 * و or ف before a given name the text showed at least as often as the whole word (وفادي → فادي):
 * the name is the evidence, however rarely seen. Prepositions before a name are rare, and a
 * letter + name is often another word (كامل is no ك + امل).
 */
export function givenNameAfterConjunction(info: Pick<TokenInfo, "norm" | "splits">, model: NerModel): { proclitic: string; core: string } | undefined {
  // A loop, not find with closures: asked of every token of every sentence, most with no split.
  for (const split of splitsOf(info)) {
    if ((split.proclitic === "و" || split.proclitic === "ف") && isGivenNameWord(split.core) && timesSeen(split.core, model) >= timesSeen(info.norm, model)) return split;
  }
  return undefined;
}


/** Theophoric names written as one word, عبد + ال + a name of God (عبدالمحسن, عبدالحفيظ): given names the list need not hold. */
const ABD_NAME = /^عبدال[\u0621-\u064A]{3,}$/;

/** A given name of the lexicon, or one of the عبدال… shape. */
function isGivenNameWord(norm: string): boolean {
  return GIVEN_NAMES.has(norm) || ABD_NAME.test(norm);
}

/** splitOnEvidence of a model's resources, remembered by word (pushSpan asks it of every one-word mention). */
const evidenceSplits = new WeakMap<NerModel["resources"], BoundedMemo<{ proclitic: string; core: string }>>();
export function evidenceSplitOf(norm: string, model: NerModel): { proclitic: string; core: string } {
  const res = model.resources;
  let memo = evidenceSplits.get(res);
  if (!memo) evidenceSplits.set(res, (memo = new BoundedMemo(PROCLITIC_MEMO_LIMIT)));
  let split = memo.get(norm);
  if (!split) memo.set(norm, (split = splitOnEvidence(norm, res)));
  return split;
}

/** procliticLength is pure given the model, and asked again for the same words (Zipf): a bounded memo per model. */
const procliticLengths = new WeakMap<NerModel, Map<string, number>>();
const PROCLITIC_MEMO_LIMIT = 100_000;

function computeProcliticLength(word: string, model: NerModel): number {
  const norm = normalizeArabic(word);
  if (norm.length !== word.length) return 0; // marks or compatibility forms: offsets would not line up
  if (model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return 0;
  const given = givenNameAfterConjunction({ norm, splits: null }, model);
  const { proclitic, core } = given ?? splitOnEvidence(norm, model.resources);
  // A core training almost never saw in a name (ادي, a verb) starts none: فادي keeps its ف. Before
  // the article (بال, وال) the letters are always clitics, and a given name is never plain (وتركي → تركي).
  if (!given && !core.startsWith("ال") && model.plainWordSet.has(core)) return 0;
  return proclitic.endsWith("لل") ? proclitic.length - 2 : proclitic.length;
}
