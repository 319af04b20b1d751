/**
 * Tag lines (`كلمات دلالية:`, `الوسوم:`, `وسوم:`, `الكلمات المفتاحية:`, `Tags:`) and their phrases.
 *
 * Rules:
 * - A tag line opens with a TAG_LABELS label (vocabulary.ts, matched through the normalizer) and a
 *   colon; a label alone (HTML pages print it above the links) is `isTagLabel`. A line of hashtags
 *   alone (`#فيضانات #ليبيا`) is a tag line without a label (readHashtagLine).
 * - Splitting: on the separators sites use (، , | ; # · • newline, two spaces, ` - `); `#وسم_مركب` →
 *   `وسم مركب`. A piece of more than MAX_TAG_WORDS words had its separators lost (sites render tags as
 *   links, dumps glue them): it is segmented by dynamic programming over phrases of one to four
 *   words, scoring phrases found in the article's title and body highest (longer first), then
 *   Arabic noun-phrase shapes (noun + definite noun, definite noun + nisba adjective, two
 *   indefinite proper nouns), then single words.
 * - Text: Persian/Urdu letter forms folded (foldPersianLetters), original spelling otherwise.
 * - Deduplicated by normalizeArabic form, first occurrence kept.
 * - Scope `noise`: a phrase that starts or ends with a function word (`فی`, `من`), only function
 *   words, or fewer than MIN_TAG_LETTERS letters.
 * - Scope `site`: a tag whose words the title and body do not contain (under RELATED_SHARE of its
 *   content words, compared by light stem so clitics do not hide a word) and that stands in the leading run before the first tag about the article, or in
 *   a trailing run of at least MIN_TRAILING_SITE_RUN such tags — sites put their trending block
 *   around the article's own tags, usually first. When no tag is about the article (or there is no
 *   body to judge by) every well-formed tag is kept as `article`.
 */
import type { Tag } from "../../types.js";
import { foldPersianLetters, normalizeArabic } from "../normalize.js";
import { stemArabic } from "../stem.js";
import { isStopword } from "../stopwords.js";
import { TAG_LABELS, TAG_LABELS_GLUED } from "./vocabulary.js";

const COLON_AFTER_LABEL = /^\s*[:：]\s*/u;

const SEPARATORS = /\s*(?:[،,|;؛·•#\n]|\s{2,}|\s[-–—]\s)\s*/u;
/** Longer pieces had their separators lost. */
const MAX_TAG_WORDS = 4;
const MAX_PHRASE_WORDS = 4;
const MIN_TAG_LETTERS = 2;
/** A tag is about the article when at least this share of its content words occur in title+body. */
const RELATED_SHARE = 0.66;
const MIN_TRAILING_SITE_RUN = 3;
/** Fewer body words than this and there is nothing to judge tags by. */
const MIN_CONTEXT_WORDS = 20;

// Segmentation scores. A phrase found in the article beats the same words split (2n + n - 1 > 2n);
// noun-phrase shapes beat two single words (2.2–2.5 > 1 + 1) but lose to article matches.
const SCORE_FOUND_WORD = 2;
const SCORE_FOUND_JOIN = 1;
const SCORE_SINGLE = 1;
const SCORE_STOPWORD = 0.5;
const SCORE_IDAFA_OR_ADJECTIVE = 2.5;
const SCORE_TWO_NAMES = 2.2;
const SCORE_DEFINITE_THEN_BARE = 1.5;
// A triple must beat pair + single (2.5 + 1) yet lose to a name pair + pair after one word (1 + 3.6 < 2.2 + 2.5).
const SCORE_NISBA_TRIPLE = 3.6;

/** The phrases of a tag line (a TAG_LABELS label and a colon), or null when `line` is no tag line. */
export function readTagLabel(line: string): string | null {
  const m = TAG_LABELS.opening(line);
  if (!m) return null;
  const colon = COLON_AFTER_LABEL.exec(line.slice(m.end));
  return colon ? line.slice(m.end + colon[0].length) : null;
}

/** A line of hashtags alone (`#فيضانات #ليبيا`, `#عاجل`): the article's tags, never body. */
const HASHTAG_LINE = /^\s*#[\p{L}\p{M}\p{N}_]+(?:[\s،,|]+#[\p{L}\p{M}\p{N}_]+)*\s*$/u;

/** The hashtags of a line made of them alone, or null (a hashtag inside a sentence keeps it a sentence). */
export function readHashtagLine(line: string): string | null {
  return HASHTAG_LINE.test(line) ? line.trim() : null;
}

/** True when `text` is a tag label alone (`كلمات دلالية`, `الوسوم:`), as HTML pages print it above the links. */
export function isTagLabel(text: string): boolean {
  return TAG_LABELS.whole(text);
}

/** Where a tag label glued to the text before it starts, or -1. */
export function findGluedTagLabel(line: string): number {
  return TAG_LABELS_GLUED.glued(line);
}

const WORD_SPLIT = /\s+/u;
const PUNCTUATION_EDGES = /^[\s"'«»“”()[\].:!?؟]+|[\s"'«»“”()[\].:!?؟]+$/gu;
const DEFINITE = /^(?:[وفبلك]?ال)../u;
const NISBA = /^(?:ال).+ي(?:ه|ين|ون)?$/u;

/** Words of title+body in matching form, and their n-grams up to four words. */
export interface TagContext {
  words: Set<string>;
  /** Light stems of the words, so `الطاقة` finds `للطاقة`. */
  stems: Set<string>;
  ngrams: Set<string>;
  wordCount: number;
}

export function buildTagContext(text: string, tagWords: Set<string>): TagContext {
  const words = normalizeArabic(text).replace(/[^\p{L}\p{N}\s]+/gu, " ").split(WORD_SPLIT).filter(Boolean);
  const set = new Set(words);
  const ngrams = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!tagWords.has(words[i]!)) continue;
    let gram = words[i]!;
    ngrams.add(gram);
    for (let n = 1; n < MAX_PHRASE_WORDS && i + n < words.length; n++) {
      gram += ` ${words[i + n]}`;
      ngrams.add(gram);
    }
  }
  return { words: set, stems: new Set(words.map(stemOf)), ngrams, wordCount: words.length };
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;

function stemOf(folded: string): string {
  return ARABIC_LETTER.test(folded) ? stemArabic(folded) : folded;
}

function fold(word: string): string {
  return normalizeArabic(word);
}

function phraseScore(folded: string[], i: number, j: number, context: TagContext): number {
  const n = j - i;
  const part = folded.slice(i, j);
  const allStop = part.every(isStopword);
  if (!allStop && context.ngrams.has(part.join(" "))) return SCORE_FOUND_WORD * n + SCORE_FOUND_JOIN * (n - 1);
  if (n === 1) return allStop ? SCORE_STOPWORD : SCORE_SINGLE;
  if (allStop || part.some(isStopword)) return Number.NEGATIVE_INFINITY;
  const [a, b, c] = part as [string, string, string | undefined];
  if (n === 2) {
    const aDef = DEFINITE.test(a);
    const bDef = DEFINITE.test(b);
    if (!aDef && bDef) return SCORE_IDAFA_OR_ADJECTIVE;
    if (aDef && bDef) return NISBA.test(b) ? SCORE_IDAFA_OR_ADJECTIVE : SCORE_DEFINITE_THEN_BARE;
    if (!aDef && !bDef) return SCORE_TWO_NAMES;
    return SCORE_DEFINITE_THEN_BARE;
  }
  if (n === 3 && c !== undefined && NISBA.test(c) && DEFINITE.test(b) && (NISBA.test(b) || !DEFINITE.test(a))) return SCORE_NISBA_TRIPLE;
  return Number.NEGATIVE_INFINITY;
}

/** Best split of `words` into phrases (see the module rules). */
export function segmentTagWords(words: string[], context: TagContext): string[] {
  const folded = words.map(fold);
  const best: number[] = [0];
  const cut: number[] = [0];
  for (let j = 1; j <= words.length; j++) {
    best[j] = Number.NEGATIVE_INFINITY;
    for (let i = Math.max(0, j - MAX_PHRASE_WORDS); i < j; i++) {
      const s = best[i]! + phraseScore(folded, i, j, context);
      if (s > best[j]!) {
        best[j] = s;
        cut[j] = i;
      }
    }
  }
  const phrases: string[] = [];
  for (let j = words.length; j > 0; j = cut[j]!) phrases.unshift(words.slice(cut[j]!, j).join(" "));
  return phrases;
}

function splitPieces(rest: string): string[] {
  return rest
    .split(SEPARATORS)
    .map((p) => p.replace(/_/g, " ").replace(PUNCTUATION_EDGES, "").trim())
    .filter(Boolean);
}

/** Matching context for the tags of `tagLines`: built once per page from its title and body. */
export function tagContextFor(tagLines: string[], contextText: string): TagContext {
  const words = new Set(tagLines.flatMap((line) => splitPieces(line).flatMap((p) => p.split(WORD_SPLIT).map(fold))));
  return buildTagContext(contextText, words);
}

/** Splits the text after a tag label into phrases (segmenting runs that lost their separators). */
export function splitTagPhrases(rest: string, contextText: string | TagContext): string[] {
  const pieces = splitPieces(rest);
  const long = pieces.filter((p) => p.split(WORD_SPLIT).length > MAX_TAG_WORDS);
  if (long.length === 0) return pieces;
  const context = typeof contextText === "string" ? tagContextFor([rest], contextText) : contextText;
  return pieces.flatMap((p) => {
    const words = p.split(WORD_SPLIT);
    return words.length > MAX_TAG_WORDS ? segmentTagWords(words, context) : [p];
  });
}

function isNoise(folded: string[], display: string): boolean {
  const letters = display.replace(/[^\p{L}]/gu, "").length;
  if (letters < MIN_TAG_LETTERS) return true;
  return isStopword(folded[0]!) || isStopword(folded.at(-1)!);
}

function relatedShare(folded: string[], context: TagContext): number {
  const content = folded.filter((w) => !isStopword(w));
  if (content.length === 0) return 0;
  const found = content.filter((w) => context.words.has(w) || context.stems.has(stemOf(w))).length;
  return found / content.length;
}

/**
 * Page tags from phrases, in line order: Persian forms folded, duplicates dropped, and each scoped
 * (see the module rules). `contextText` is the article's title and body.
 */
export function scorePageTags(phrases: string[], contextText: string | TagContext): Tag[] {
  const seen = new Set<string>();
  const items: Array<{ text: string; folded: string[]; noise: boolean }> = [];
  for (const p of phrases) {
    const text = foldPersianLetters(p);
    const key = normalizeArabic(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const folded = key.split(" ");
    items.push({ text, folded, noise: isNoise(folded, text) });
  }
  const context = typeof contextText === "string" ? buildTagContext(contextText, new Set(items.flatMap((t) => t.folded))) : contextText;
  const related = items.map((t) => !t.noise && relatedShare(t.folded, context) >= RELATED_SHARE);
  const canJudge = context.wordCount >= MIN_CONTEXT_WORDS && related.some(Boolean);
  const firstRelated = related.indexOf(true);
  const lastRelated = related.lastIndexOf(true);
  const trailingUnrelated = items.slice(lastRelated + 1).filter((t) => !t.noise).length;
  return items.map((t, i) => {
    let scope: Tag["scope"] = "article";
    if (t.noise) scope = "noise";
    else if (canJudge && !related[i] && (i < firstRelated || (i > lastRelated && trailingUnrelated >= MIN_TRAILING_SITE_RUN))) scope = "site";
    return { text: t.text, origin: "page", scope };
  });
}
