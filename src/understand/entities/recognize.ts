/**
 * Entity recognition over running text:
 * - the text is cut into sentences of ANERcorp-style tokens (tokens.ts), each tagged by the trained
 *   model (features.ts, perceptron.ts); BIO spans become character spans of the original text;
 * - a mention's first word loses a leading conjunction or preposition (و ف, ب ل ك before ال, or
 *   before a word the model knows as a name) unless the letter belongs to the name (a word the model
 *   saw as such, or a given name like وليد): وأذربيجان → أذربيجان, بالقاهرة → القاهرة, لبنان stays;
 * - a mention is dropped when it is only a weekday, month, platform name, time word or reporting verb
 *   (lexicon.ts), or has no letter;
 * - two gazetteer names side by side are split (الولايات المتحدة أذربيجان → two mentions);
 * - one name has one type in a document: mentions with the same matching key (merge.ts) take the
 *   type with most votes, cue words (إقليم, الرئيس), في and gazetteer names voting too;
 * - Latin-script runs (English embeds) go to the rule-based recognizer (latin.ts).
 * Spans come out in text order.
 */
import type { EntityType } from "../../types.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { documentStats, gazetteerTags, sentenceFeatures, splitProclitic, tokenInfo, type DocumentStats } from "./features.js";
import { recognizeLatinEntities } from "./latin.js";
import { LOC_CUES, NEVER_ENTITIES, PERSON_CUES, REPORTING_VERB, WAW_INITIAL_NAMES } from "./lexicon.js";
import { matchKey, nameForm } from "./merge.js";
import { loadDefaultModel, type NerModel } from "./model-file.js";
import { allowedTransitions, decodeSentence } from "./perceptron.js";
import type { EntitySpan } from "./span.js";
import { taggerSentences, type TaggerToken } from "./tokens.js";

const TYPES: Record<string, EntityType> = { PERS: "person", LOC: "location", ORG: "organization", MISC: "misc" };
const HAS_LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** After removing a proclitic the rest must keep this many letters. */
const MIN_REST = 3;

export interface RecognizeOptions {
  /** Defaults to the shipped model in models/. */
  model?: NerModel;
}

const allowedCache = new WeakMap<NerModel, boolean[][]>();
const latinPlacesCache = new WeakMap<NerModel, Set<string>>();

/** Tags of one sentence of tokens; `doc` holds the statistics of its document (exposed for evaluation). */
export function tagTokens(tokens: readonly string[], model: NerModel, doc?: DocumentStats): string[] {
  let allowed = allowedCache.get(model);
  if (!allowed) allowedCache.set(model, (allowed = allowedTransitions(model.tags)));
  return decodeSentence(model, sentenceFeatures(tokens, model.resources, doc), allowed);
}

export interface Candidate extends EntitySpan {
  /** Evidence for the type from around the mention (rule: cue words, gazetteer). */
  evidence: Partial<Record<EntityType, number>>;
}

export function recognizeEntities(text: string, options: RecognizeOptions = {}): EntitySpan[] {
  const model = options.model ?? loadDefaultModel();
  const spans: Candidate[] = [];
  const sentences = taggerSentences(text);
  const doc = documentStats(sentences.map((s) => s.map((t) => t.text)));
  for (const sentence of sentences) {
    const surfaces = sentence.map((t) => t.text);
    const tags = tagTokens(surfaces, model, doc);
    const gz = gazetteerTags(surfaces.map(tokenInfo), model.resources.gazetteer);
    let open: { type: string; from: number } | null = null;
    const close = (to: number) => {
      if (open) pushSpan(text, sentence, gz, open.from, to, open.type, model, spans);
      open = null;
    };
    tags.forEach((tag, i) => {
      // Two gazetteer names side by side are two mentions, whatever the tagger joined.
      const gazetteerBoundary = open && gz[i]!.startsWith("B-") && gz[i - 1] !== "";
      if (tag === "O" || tag.startsWith("B-") || (open && open.type !== tag.slice(2)) || gazetteerBoundary) close(i);
      if (tag !== "O" && !open) open = { type: tag.slice(2), from: i };
    });
    close(sentence.length);
  }
  settleTypes(spans);
  let latinPlaces = latinPlacesCache.get(model);
  if (!latinPlaces) latinPlacesCache.set(model, (latinPlaces = new Set(model.latinGazetteer.map((e) => e.name.toLowerCase()))));
  const latin = LATIN_LETTER.test(text) ? recognizeLatinEntities(text, latinPlaces) : [];
  const arabic: EntitySpan[] = spans.filter((s) => !LATIN_LETTER.test(s.text)).map(({ type, text: t, start, end }) => ({ type, text: t, start, end }));
  return [...arabic, ...latin].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One name, one type per document: mentions with the same matching key take the type with the most
 * votes — one per tagged mention, plus CUE_VOTES for a mention after a place or person cue word
 * (إقليم X, الرئيس X) or covered exactly by a gazetteer name, plus one after في.
 */
const CUE_VOTES = 2;

export function settleTypes(spans: Candidate[]): void {
  const groups = new Map<string, Candidate[]>();
  for (const s of spans) {
    const key = matchKey(nameForm(s.text, "location"));
    const g = groups.get(key) ?? [];
    g.push(s);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const votes = new Map<EntityType, number>();
    for (const s of g) {
      votes.set(s.type, (votes.get(s.type) ?? 0) + 1);
      for (const [t, v] of Object.entries(s.evidence) as [EntityType, number][]) votes.set(t, (votes.get(t) ?? 0) + v);
    }
    let best = g[0]!.type;
    for (const [t, v] of votes) if (v > votes.get(best)!) best = t;
    for (const s of g) s.type = best;
  }
}

function pushSpan(text: string, tokens: readonly TaggerToken[], gz: readonly string[], from: number, to: number, type: string, model: NerModel, out: Candidate[]): void {
  const mapped = TYPES[type];
  if (!mapped) return;
  // Trim punctuation and reporting verbs the tagger swept into the edges.
  while (from < to && (!HAS_LETTER.test(tokens[from]!.text) || REPORTING_VERB.test(normalizeArabic(tokens[from]!.text)))) from++;
  while (to > from && !HAS_LETTER.test(tokens[to - 1]!.text)) to--;
  if (from >= to) return;
  const first = tokens[from]!;
  const start = first.start + procliticLength(first.text, tokens[from - 1], model);
  const end = tokens[to - 1]!.end;
  const surface = text.slice(start, end);
  if (to - from === 1) {
    const { core } = splitProclitic(normalizeArabic(surface));
    const norm = normalizeArabic(surface);
    if (NEVER_ENTITIES.has(norm) || NEVER_ENTITIES.has(core) || REPORTING_VERB.test(norm)) return;
  }
  const evidence: Candidate["evidence"] = {};
  const previous = tokens[from - 1] ? tokenInfo(tokens[from - 1]!.text) : undefined;
  if (previous && (LOC_CUES.has(previous.core) || LOC_CUES.has(previous.norm))) evidence.location = CUE_VOTES;
  else if (previous && (PERSON_CUES.has(previous.core) || PERSON_CUES.has(previous.norm))) evidence.person = CUE_VOTES;
  else if (previous?.core === "في") evidence.location = 1;
  const isGazetteerName = gz[from]!.startsWith("B-") && gz.slice(from + 1, to).every((g) => g.startsWith("I-")) && !gz[to]?.startsWith("I-");
  if (isGazetteerName) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  out.push({ type: mapped, text: surface, start, end, evidence });
}

/** How many leading characters of `word` are a clitic to cut from the mention (0 if none). */
export function procliticLength(word: string, previous: TaggerToken | undefined, model: NerModel): number {
  const norm = normalizeArabic(word);
  if (norm.length !== word.length) return 0; // marks or compatibility forms: offsets would not line up
  if (model.nameInitialSet.has(norm) || model.entityWordSet.has(norm) || WAW_INITIAL_NAMES.has(norm)) return 0;
  const known = (w: string) => model.entityWordSet.has(w) || model.resources.gazetteer.byFirst.has(w);
  let cut = 0;
  let rest = norm;
  if (/^[وف]/.test(rest) && rest.length - 1 >= MIN_REST) {
    const afterTitle = previous !== undefined && PERSON_CUES.has(splitProclitic(normalizeArabic(previous.text)).core);
    if (known(rest.slice(1)) || !afterTitle) {
      cut = 1;
      rest = rest.slice(1);
    }
  }
  if (/^[بلك]/.test(rest) && rest.length - 1 >= MIN_REST && !known(rest)) {
    // لل + word: the article's alef is gone; keep the mention whole rather than write لأمم.
    if (rest.startsWith("لل")) return cut;
    if (rest.slice(1).startsWith("ال") || known(rest.slice(1))) cut++;
  }
  return cut;
}
