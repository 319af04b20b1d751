/**
 * Entity recognition over running text:
 * - the text is cut into sentences of ANERcorp-style tokens (tokens.ts), each tagged by the trained
 *   model (features.ts, perceptron.ts); BIO spans become character spans of the original text;
 * - a mention's first word loses a leading conjunction or preposition (و ف, ب ل ك before ال, or
 *   before a word the model knows as a name) unless the letter belongs to the name (a word the model
 *   saw as such, or a given name like وليد): وأذربيجان → أذربيجان, بالقاهرة → القاهرة, لبنان stays;
 * - a mention is dropped when it is only a weekday, month, platform name, time word or reporting verb
 *   (lexicon.ts), or has no letter;
 * - institution names the tagger missed (وزارة الدفاع, هيئة الأمم...) are added by pattern, and
 *   well-known organizations (lexicon.ts: آسيان, الناتو...) by name;
 * - a mention followed by a place apposition (`X، أكبر مدن Y`, `X، عاصمة Y`) votes location;
 * - two same-type mentions outside the gazetteer, only a space apart, are joined (the tagger cut
 *   an unknown name); two gazetteer names side by side are split (الولايات المتحدة أذربيجان → two mentions);
 * - one name has one type in a document: mentions with the same matching key (merge.ts) take the
 *   type with most votes, cue words (إقليم, الرئيس), في and gazetteer names voting too;
 * - Latin-script runs (English embeds) go to the rule-based recognizer (latin.ts).
 * Spans come out in text order.
 */
import type { EntityType } from "../../types.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { documentStats, gazetteerTags, sentenceFeatures, splitProclitic, tokenInfo, type DocumentStats } from "./features.js";
import { recognizeLatinEntities } from "./latin.js";
import { KNOWN_ORGANIZATIONS, LOC_CUES, NEVER_ENTITIES, PERSON_CUES, PLACE_APPOSITION_HEADS, REPORTING_VERB, SETTLEMENT_WORDS, SUPERLATIVES, TIME_OF_DAY, WAW_INITIAL_NAMES } from "./lexicon.js";
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
    for (const run of tagRuns(text, sentence, tags, gz)) pushSpan(text, sentence, gz, run.from, run.to, run.type, model, spans);
    addInstitutionNames(text, sentence, spans);
    addKnownOrganizations(text, sentence, spans);
  }
  settleTypes(spans);
  let latinPlaces = latinPlacesCache.get(model);
  if (!latinPlaces) latinPlacesCache.set(model, (latinPlaces = new Set(model.latinGazetteer.map((e) => e.name.toLowerCase()))));
  const latin = LATIN_LETTER.test(text) ? recognizeLatinEntities(text, latinPlaces) : [];
  const arabic: EntitySpan[] = spans.filter((s) => !LATIN_LETTER.test(s.text)).map(({ type, text: t, start, end }) => ({ type, text: t, start, end }));
  return [...arabic, ...latin].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Token runs of one sentence from its BIO tags. Two gazetteer names side by side are two runs,
 * whatever the tagger joined; two runs outside the gazetteer that the tagger started back to back,
 * same type, with only a space between them, are one name it cut (ناغورني | قرة باغ).
 */
export function tagRuns(text: string, sentence: readonly TaggerToken[], tags: readonly string[], gz: readonly string[]): { type: string; from: number; to: number }[] {
  const runs: { type: string; from: number; to: number }[] = [];
  let open: { type: string; from: number } | null = null;
  tags.forEach((tag, i) => {
    const gazetteerBoundary = open !== null && gz[i]!.startsWith("B-") && gz[i - 1] !== "";
    const isCutName =
      open !== null && tag === "B-" + open.type && gz[i] === "" && gz[open.from] === "" && /^[ \t]+$/.test(text.slice(sentence[i - 1]!.end, sentence[i]!.start));
    if (open && (tag === "O" || (tag.startsWith("B-") && !isCutName) || open.type !== tag.slice(2) || gazetteerBoundary)) {
      runs.push({ ...open, to: i });
      open = null;
    }
    if (tag !== "O" && !open) open = { type: tag.slice(2), from: i };
  });
  if (open) runs.push({ ...(open as { type: string; from: number }), to: tags.length });
  return runs;
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
  while (to > from && (!HAS_LETTER.test(tokens[to - 1]!.text) || TIME_OF_DAY.has(normalizeArabic(tokens[to - 1]!.text)) || NEVER_ENTITIES.has(normalizeArabic(tokens[to - 1]!.text)))) to--;
  if (from >= to) return;
  const first = tokens[from]!;
  const start = first.start + procliticLength(first.text, tokens[from - 1], model);
  const end = tokens[to - 1]!.end;
  const surface = text.slice(start, end);
  if (to - from === 1) {
    const { core } = splitProclitic(normalizeArabic(surface));
    const norm = normalizeArabic(surface);
    const whole = normalizeArabic(first.text); // before a clitic cut: فيسبوك is a platform, not ف + يسبوك
    if (NEVER_ENTITIES.has(norm) || NEVER_ENTITIES.has(core) || NEVER_ENTITIES.has(whole) || REPORTING_VERB.test(norm)) return;
    if (mapped === "location" && isArticleOnGazetteerWord(core, model)) return;
  }
  const evidence: Candidate["evidence"] = {};
  const previous = tokens[from - 1] ? tokenInfo(tokens[from - 1]!.text) : undefined;
  if (previous && (LOC_CUES.has(previous.core) || LOC_CUES.has(previous.norm))) evidence.location = CUE_VOTES;
  else if (previous && (PERSON_CUES.has(previous.core) || PERSON_CUES.has(previous.norm))) evidence.person = CUE_VOTES;
  else if (previous?.core === "في") evidence.location = 1;
  const isGazetteerName = gz[from]!.startsWith("B-") && gz.slice(from + 1, to).every((g) => g.startsWith("I-")) && !gz[to]?.startsWith("I-");
  if (isGazetteerName) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  if (isPlaceApposition(text, tokens, to)) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  out.push({ type: mapped, text: surface, start, end, evidence });
}

/**
 * «السيول» (the floods) is not «سيول» (Seoul): a one-word place whose gazetteer entry has no article
 * is no place with one, unless training saw it starting a name.
 */
function isArticleOnGazetteerWord(core: string, model: NerModel): boolean {
  if (!core.startsWith("ال") || model.entityWordSet.has(core)) return false;
  const oneWord = (w: string) => model.resources.gazetteer.byFirst.get(w)?.some((e) => e.words.length === 1) ?? false;
  return !oneWord(core) && oneWord(core.slice(2));
}

/** Heads of institution names built as head + definite noun (+ nisba): وزارة الدفاع الروسية. */
const INSTITUTION_HEADS = new Set(["وزاره", "هيئه", "جامعه", "مجلس", "محكمه", "وكاله", "مفوضيه", "منظمه", "جمعيه", "مديريه", "نقابه"]);
const DEFINITE = /^ال[\u0621-\u064A]{2,}$/;
const NISBA_ADJECTIVE = /^ال[\u0621-\u064A]{2,}(?:ي|يه)$/;

/**
 * Institution names the tagger missed: an institution head (وزارة, هيئة, جامعة, مجلس...) with its
 * conjunction or preposition cut, then a definite noun, then optionally a nisba adjective
 * (وزارة الخارجية الروسية) is an organization — unless a tagged mention already overlaps it.
 */
export function addInstitutionNames(text: string, tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokenInfo(tokens[i]!.text);
    // وزارة itself starts with و: the whole word is tried before its clitic-split core.
    const cut = INSTITUTION_HEADS.has(head.norm) ? 0 : INSTITUTION_HEADS.has(head.core) ? head.proclitic.length : -1;
    if (cut < 0 || !DEFINITE.test(tokenInfo(tokens[i + 1]!.text).norm)) continue;
    let to = i + 2;
    if (tokens[to] && NISBA_ADJECTIVE.test(tokenInfo(tokens[to]!.text).norm)) to++;
    const start = tokens[i]!.start + (head.norm.length === tokens[i]!.text.length ? cut : 0);
    const end = tokens[to - 1]!.end;
    if (out.some((s) => s.start < end && start < s.end)) continue;
    out.push({ type: "organization", text: text.slice(start, end), start, end, evidence: { organization: CUE_VOTES } });
    i = to - 1;
  }
  out.sort((a, b) => a.start - b.start);
}

/** `X، أكبر مدن Y` / `X، عاصمة Y`: the tokens after a mention ending at `to` describe a place. */
export function isPlaceApposition(text: string, tokens: readonly TaggerToken[], to: number): boolean {
  const head = tokens[to];
  const isComma = head && /^[،,]$/.test(head.text);
  const first = tokens[isComma ? to + 1 : to];
  if (!first || (!isComma && !/[،,]\s*$/.test(text.slice(tokens[to - 1]!.end, first.start)))) return false;
  const w = tokenInfo(first.text).core;
  if (PLACE_APPOSITION_HEADS.has(w)) return true;
  const next = tokens[(isComma ? to + 1 : to) + 1];
  return SUPERLATIVES.has(w) && next !== undefined && SETTLEMENT_WORDS.test(tokenInfo(next.text).core);
}

const KNOWN_ORGANIZATION_WORDS = KNOWN_ORGANIZATIONS.map((name) => name.split(" "));

/**
 * Well-known organizations by name (lexicon.ts), the first word matched without its clitics:
 * added when no tagged mention overlaps; a tagged mention covering exactly the name gets the
 * organization votes instead.
 */
export function addKnownOrganizations(text: string, tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokenInfo(tokens[i]!.text);
    const conjunctionCut = /^[وف]/.test(first.norm) ? first.norm.slice(1) : "";
    const name = KNOWN_ORGANIZATION_WORDS.find(
      (ws) => [first.norm, first.core, conjunctionCut].includes(ws[0]!) && ws.every((w, k) => k === 0 || tokenInfo(tokens[i + k]?.text ?? "").norm === w),
    );
    if (!name) continue;
    if (first.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    const cut = name[0] === first.norm ? 0 : name[0] === conjunctionCut ? 1 : first.proclitic.length;
    const start = tokens[i]!.start + cut;
    const end = tokens[i + name.length - 1]!.end;
    const exact = out.find((s) => s.start === start && s.end === end);
    if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
    else if (!out.some((s) => s.start < end && start < s.end)) out.push({ type: "organization", text: text.slice(start, end), start, end, evidence: { organization: CUE_VOTES } });
    i += name.length - 1;
  }
  out.sort((a, b) => a.start - b.start);
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
