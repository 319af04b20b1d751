/**
 * Head words at an organization's edge, as the entity gold's convention writes them (eval/entities/README.md):
 * - an indefinite «شركة» before a company's own name is out of the span: the name alone names the company across
 *   articles (شركة جوجل → جوجل, شركة بيكر هيوز → بيكر هيوز). It stays when the rest does not name the company alone:
 *   its first word has the article, or is a plain word, a given name, a title or a place (شركة الكهرباء, شركة غسان
 *   أحمد السليمان, شركة قطر …), or a later word has the article or the fused لل (شركة جدة للتنمية والتطوير العمراني,
 *   شركة بيشة الزراعية: a descriptive name), or a quoted name follows (لشركة طيران "آسمان");
 * - «منظمة» or «نادي» right before an organization's name is in the span (منظمة العفو الدولية, منظمة الإنتربول, نادي
 *   وست بروميتش ألبيون): the name after them often names something else too (a place, a movement), and the gold and
 *   ANERcorp write these bodies with their head. Not when the name opens with a head of its own, nor when the head
 *   word is part of another mention. Latin-script names are left as written.
 * Seen: شركة كامبريدج أناليتكا (BBC), شركة جوجل, شركة كوديلكو, شركة سامسونج (SaudiNewsNet), شركة بي إم دبليو
 * (France24), شركة بيكر هيوز (SkyNews); منظمة اليونسكو, منظمة الإنتربول (SkyNews), منظمة العفو الدولية (France24),
 * منظمة الصليب الأحمر (BBC), نادي وست بروميتش ألبيون (SkyNews).
 */
import { normalizeArabic } from "../../arabic/normalize.js";
import type { EntitySpan } from "./span.js";

/** Tests of a word (normalized) the rules ask of the model's lists. */
export interface HeadWordTests {
  /** A word the training text sees often and almost never tags (model-file.ts plainWords). */
  isPlain(norm: string): boolean;
  /** A given name or a title or role word (lexicon GIVEN_NAMES, PERSON_CUES). */
  isPersonWord(norm: string): boolean;
  /** A head of an organization's or a place's name (lexicon ORG_HEADS, LOC_CUES, FACILITY_HEADS). */
  isHead(norm: string): boolean;
  /** A place's name (the tagger's gazetteer): a company named for it is named so only with its head (شركة قطر للبترول). */
  isPlace(norm: string): boolean;
}

const COMPANY_HEAD = "شركه";
/** Heads that are part of the organization's name (folded). */
const NAME_HEADS = new Set(["منظمه", "نادي"]);
/** Clitics that may be fused to a head before the name: و ف, then ب ل (لمنظمة, ومنظمة, وبنادي). */
const HEAD_CLITICS = /^[وف]?[بل]?/u;
const DEFINITE = /^(?:[وفبك]?ال|لل)/u;
const LETTER = /[\p{L}\p{M}]/u;
const MARK = /\p{M}/u;
const ARABIC_LETTER = /[\u0621-\u064A]/u;
const OPENING_QUOTE = /^\s*["«“]/u;

/** Applies both rules to `spans` in place (offsets and text). */
export function settleOrganizationHeads(text: string, spans: EntitySpan[], tests: HeadWordTests): void {
  for (const s of spans) {
    if (s.type !== "organization" || !ARABIC_LETTER.test(s.text[0] ?? "")) continue;
    if (!cutCompanyHead(text, s, tests)) takeNameHead(text, s, spans, tests);
  }
}

function cutCompanyHead(text: string, s: EntitySpan, tests: HeadWordTests): boolean {
  const first = /^\S+/u.exec(s.text)?.[0] ?? "";
  if (normalizeArabic(first) !== COMPANY_HEAD) return false;
  const rest = s.text.slice(first.length).trimStart();
  const written = rest.split(/\s+/u).filter(Boolean);
  if (!written.length || DEFINITE.test(written[0]!) || written.slice(1).some((w) => DEFINITE.test(w))) return false;
  if (!LETTER.test(written[0]![0]!)) return false;
  const lead = normalizeArabic(written[0]!);
  if (tests.isPlain(lead) || tests.isPersonWord(lead) || tests.isHead(lead) || tests.isPlace(lead)) return false;
  // A quoted name right after the span is the company's (لشركة طيران "آسمان"): the span is head and kind.
  if (OPENING_QUOTE.test(text.slice(s.end, s.end + 3))) return false;
  s.start = s.end - rest.length;
  s.text = rest;
  return true;
}

function takeNameHead(text: string, s: EntitySpan, spans: readonly EntitySpan[], tests: HeadWordTests): boolean {
  let end = s.start;
  while (end > 0 && text[end - 1] === " ") end--;
  if (end === s.start) return false;
  let from = end;
  while (from > 0 && LETTER.test(text[from - 1]!)) from--;
  const word = normalizeArabic(text.slice(from, end));
  const bare = word.replace(HEAD_CLITICS, "");
  const head = NAME_HEADS.has(word) ? word : NAME_HEADS.has(bare) ? bare : null;
  if (head === null) return false;
  const own = normalizeArabic(/^\S+/u.exec(s.text)?.[0] ?? "");
  if (tests.isHead(own) || NAME_HEADS.has(own)) return false;
  let start = from;
  for (let clitics = word.length - head.length; clitics > 0; clitics--) {
    start++;
    while (start < end && MARK.test(text[start]!)) start++;
  }
  if (spans.some((o) => o !== s && o.start < s.start && start < o.end)) return false;
  s.text = text.slice(start, s.end);
  s.start = start;
  return true;
}
