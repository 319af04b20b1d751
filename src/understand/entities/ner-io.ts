/**
 * The tagger as NLP users call it (`marsad ner`, and `npm run eval -- ner` through the same code):
 * - input is CoNLL (first column the token, other columns ignored, a blank line between sentences)
 *   or plain text, tokenized by marsad (tokens.ts). Auto-detected unless told: CoNLL when every
 *   non-blank line has at most MAX_CONLL_COLUMNS fields and either some second field is a BIO tag
 *   or lines hold CONLL_MAX_WORDS_PER_LINE words or fewer on average;
 * - BIO output: `token<TAB>TAG` per token (PERS, LOC, ORG, MISC), sentences separated by a blank
 *   line, the token exactly as read;
 * - JSON output: for CoNLL, spans as token ranges per sentence; for plain text, the recognizer's
 *   entity spans (recognize.ts: clitics cut on evidence, character offsets into the input).
 */
import type { NerModel } from "./model-file.js";
import type { LinearModel } from "./perceptron.js";
import { recognizeEntities } from "./recognize.js";
import { spansOfTags } from "./conll.js";
import { tagSentences } from "./tag-sentences.js";
import { taggerSentences } from "./tokens.js";
import type { EntitySpan } from "./span.js";

export type NerInputFormat = "conll" | "text";

const MAX_CONLL_COLUMNS = 12;
const CONLL_MAX_WORDS_PER_LINE = 1.5;
const BIO_TAG = /^(?:O|[BIES]-\S+)$/;

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

export interface NerResult {
  format: NerInputFormat;
  sentences: TaggedSentence[];
  /** Plain text only: the recognizer's spans with character offsets. */
  spans?: EntitySpan[];
}

export function detectFormat(input: string): NerInputFormat {
  const lines = input.split(/\r?\n/).filter((l) => l.trim());
  if (!lines.length) return "text";
  const fields = lines.map((l) => l.trim().split(/\s+/));
  if (fields.some((f) => f.length > MAX_CONLL_COLUMNS)) return "text";
  if (fields.some((f) => f.length >= 2 && BIO_TAG.test(f[1]!))) return "conll";
  const words = fields.reduce((a, f) => a + f.length, 0);
  return words / lines.length <= CONLL_MAX_WORDS_PER_LINE ? "conll" : "text";
}

/** Sentences of first-column tokens, as read. */
export function readConllTokens(input: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    const token = line.trim().split(/\s+/)[0] ?? "";
    if (!token) {
      if (current.length) sentences.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** `stage2`: the second-stage model of stacked tagging (stacking.ts), or none. */
export function tagInput(input: string, model: NerModel, format: NerInputFormat = detectFormat(input), stage2: LinearModel | null = null): NerResult {
  if (format === "conll") {
    const tokens = readConllTokens(input).map((t) => ({ tokens: t }));
    const tags = tagSentences(tokens, model, { stage2 });
    return { format, sentences: tokens.map((s, i) => ({ tokens: s.tokens, tags: tags[i]! })) };
  }
  const sentences = taggerSentences(input).map((s) => ({ tokens: s.map((t) => t.text) }));
  const tags = tagSentences(sentences, model, { stage2 });
  return { format, sentences: sentences.map((s, i) => ({ tokens: s.tokens, tags: tags[i]! })), spans: recognizeEntities(input, { model }) };
}

export function formatBio(result: NerResult): string {
  return result.sentences.map((s) => s.tokens.map((t, i) => `${t}\t${s.tags[i]}\n`).join("")).join("\n");
}

const TYPE_NAMES: Record<string, string> = { PERS: "person", LOC: "location", ORG: "organization", MISC: "misc" };

export function formatJson(result: NerResult): string {
  if (result.spans) return JSON.stringify({ format: result.format, entities: result.spans }, null, 2);
  const sentences = result.sentences.map((s) => ({
    tokens: s.tokens,
    entities: spansOfTags(s.tags).map((sp) => ({ type: TYPE_NAMES[sp.type] ?? sp.type, text: s.tokens.slice(sp.start, sp.end).join(" "), start: sp.start, end: sp.end })),
  }));
  return JSON.stringify({ format: result.format, sentences }, null, 2);
}

/** Parses `token<TAB>TAG` output back into sentences (for the evaluation, which reads what users read). */
export function parseBio(output: string): TaggedSentence[] {
  return output
    .split("\n\n")
    .map((block) => block.split("\n").filter(Boolean))
    .filter((lines) => lines.length)
    .map((lines) => {
      const pairs = lines.map((l) => {
        const tab = l.lastIndexOf("\t");
        return [l.slice(0, tab), l.slice(tab + 1)] as const;
      });
      return { tokens: pairs.map((p) => p[0]), tags: pairs.map((p) => p[1]) };
    });
}
