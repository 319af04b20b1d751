/**
 * Companies named by a share word (سهم جرير, أسهم شركات ...): addCompaniesOfShares; known organization pairs split.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import type { TokenInfo } from "../features.js";
import { NEVER_ENTITIES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, timesSeen, overlapsAny, spanAt, sortByStart, spaceAfter, withoutProclitic, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isPlaceAdjective, isHeadWord, DEFINITE } from "./words.js";
import { OPENING_QUOTE, CLOSING_QUOTE } from "./press-citations.js";
import { KNOWN_ORGANIZATIONS_SET } from "./known-organizations.js";
import { ACCUSATIVE_ALEF } from "./tag-runs.js";

/** A company's share in the singular, dual or plural (سهم, سهمي, أسهم), a conjunction or لـ cut (بسهم: with an arrow). */
const SHARE_WORDS = new Set(["سهم", "سهمي", "اسهم"]);
/** The letters every one of SHARE_WORDS holds. */
export const SHARE_STEM = "سهم";
const SHARE_PROCLITIC = /^[وف]?ل?/;
/** A count before a share word makes it a unit (148.6 مليون سهم توزعت), not a company's share. */
const SHARE_COUNT_WORDS = new Set(["مليون", "ملايين", "مليار", "الف", "الاف"]);
const DIGITS = /^\p{Nd}/u;
/** The company word a share may take before the name (أسهم شركات مدينة المعرفة, سهم شركة "سناب"). */
const COMPANY_WORD = "شركه";
const COMPANIES_WORD = "شركات";
/** Whether a token is a list's comma or semicolon (، , ؛), by its one code unit: asked after every token of a sentence. */
export function isListCommaOrSemicolon(token: TaggerToken | undefined): boolean {
  if (token?.text.length !== 1) return false;
  const c = token.text.charCodeAt(0);
  return c === 0x060c || c === 0x2c || c === 0x061b;
}
/** Most words of a company's name after a share word (دار الأركان, أسمنت حائل). */
const MAX_COMPANY_WORDS = 3;
/** A word seen more often than this after a bare أسهم (also the verb «contributed»: أسهم ضغطهم في…) is no company's name. */
const MAX_BARE_SHARE_NAME_COUNT = 5;
/** A preposition or conjunction fused before the article (لألفابت, بالقيمة): no company name starts so. */
const PREPOSITION_AND_ARTICLE = /^[وفبلك]ال/;
/** A letter that may be a fused preposition or conjunction (أسهم بمئة, عوائد أسهم وأرباح). */
const PROCLITIC_LETTER = /^[وفبلك]/;
/** Particles before a verb: «قد أسهم ضغطهم», «الذي أسهم». */
const VERB_PARTICLES = new Set(["قد", "وقد", "لقد", "فقد", "ما", "مما", "الذي", "التي", "من", "لمن"]);

interface CompanyItem {
  start: number;
  end: number;
  next: number;
  quoted: boolean;
}

/**
 * A share word names its company: «سهم جرير», «بفعل سهمي صافولا وسدافكو», «أسهم شركات مدينة المعرفة،
 * وفيبكو وموبايلي», «سهم "سلامة"». After it (and شركة / شركات) come one to MAX_COMPANY_WORDS words,
 * Arabic letters only, none a plain word, stopword, head or place adjective, no later one with a
 * proclitic or an accusative alef (سهم جرير | بكمية, أسهم جوجل | تلقائيا), each next item of a list
 * opened by و (after a comma or not); a quoted name is taken whole, and a list of quoted names goes
 * on only over quotes. Each item is an organization: a tagged mention starting there gets the votes
 * (سهم مصرف الراجحي), mentions inside it are replaced (الإنماء طوكيو | مارين). Guards: a count
 * before the share word makes it a unit (مليون سهم توزعت); the dual and «شركات» name two or more
 * (أسهم شركات الطاقة: a sector); after a bare أسهم, also the verb «contributed» (وأسهم الرحالة
 * اليونانيون في…), only one indefinite word rarely seen, or a tagged mention no person's, or a quote.
 */
export function addCompaniesOfShares(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const norm = infos[i]!.norm;
    // Every share word holds سهم: the proclitic is cut (a regex match and a slice) only of a token that does.
    if (!norm.includes(SHARE_STEM)) continue;
    const share = withoutProclitic(norm, SHARE_PROCLITIC);
    if (!SHARE_WORDS.has(share) || (i > 0 && (DIGITS.test(tokens[i - 1]!.text) || SHARE_COUNT_WORDS.has(infos[i - 1]!.norm)))) continue;
    let j = i + 1;
    const company = infos[j]!.norm === COMPANY_WORD || infos[j]!.norm === COMPANIES_WORD;
    const several = share === "سهمي" || infos[j]!.norm === COMPANIES_WORD;
    if (company) j++;
    const ranked = infos[j - 1]!.norm === COMPANIES_WORD ? rankedCompanyList(text, tokens, out, model, infos, j) : undefined;
    const items: CompanyItem[] = ranked ?? [];
    if (ranked) j = ranked[ranked.length - 1]!.next;
    while (!ranked && j < tokens.length) {
      const item = OPENING_QUOTE.test(tokens[j]!.text) ? quotedCompanyName(tokens, infos, j) : companyNameAt(text, tokens, out, model, infos, j, items.length > 0, share === "اسهم" && !company);
      if (!item || (items.length > 0 && item.quoted !== items[0]!.quoted)) break;
      items.push(item);
      j = item.next;
      // The list goes on over a comma to a word opened by و (, والإنماء ,وموبايلي), or over that word alone.
      if (isListCommaOrSemicolon(tokens[j]) && tokens[j + 1]?.text.startsWith("و")) j++;
      if (!tokens[j]?.text.startsWith("و")) break;
      // و then a quoted name: «أسهم شركات "أدنوك"، و"تسجيل"».
      if (tokens[j]!.text === "و" && OPENING_QUOTE.test(tokens[j + 1]?.text ?? "")) j++;
    }
    if (items.length === 0 || (several && items.length < 2)) continue;
    for (const item of items) {
      const exact = spanAt(out, item.start, item.end);
      if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
      else if (replaceWithOrganization(text, out, item.start, item.end)) added = true;
    }
    i = Math.max(i, j - 1);
  }
  if (added) sortByStart(out);
}

/** Words that close a market report's ranked list of companies: «… وإعمار الأكثر ارتفاعا», «… وكيان على رأس قائمة». */
const RANKED_LIST_ENDS = new Set(["الاكثر", "علي", "ضمن", "في", "من"]);
/** Fewest companies a ranked list names, and fewest of them named by words no common noun shares (mayNameCompany) or tagged. */
const MIN_RANKED_COMPANIES = 3;
const MIN_PLAIN_NAMED_COMPANIES = 2;

/**
 * The companies of a market report's ranked list after «أسهم شركات», read to the word that closes it
 * (RANKED_LIST_ENDS): each item one to MAX_COMPANY_WORDS words of letters only, opened by و (fused,
 * or apart, or after a comma). Names made of common words are items too (مدينة المعرفة, مصرف الراجحي,
 * أسمنت حائل) when the list holds MIN_RANKED_COMPANIES items, MIN_PLAIN_NAMED_COMPANIES of them named
 * as a company is (a sector list, «أسهم شركات الطاقة والاتصالات الأكثر…», is not). The SPA market
 * report as alyaum, aljazirah, alwatan, alweeam and was print it. Undefined when no such list is there.
 */
function rankedCompanyList(text: string, tokens: readonly TaggerToken[], out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], j: number): CompanyItem[] | undefined {
  const items: CompanyItem[] = [];
  let opened = true;
  let itemFrom = j;
  for (let k = j; k < tokens.length; k++) {
    const t = infos[k]!;
    if (RANKED_LIST_ENDS.has(t.norm)) return items.length >= MIN_RANKED_COMPANIES && items.filter((item) => isCompanyNamed(item, out, model, infos, tokens)).length >= MIN_PLAIN_NAMED_COMPANIES ? items : undefined;
    if (isListCommaOrSemicolon(tokens[k]) || tokens[k]!.text === "و") {
      opened = true;
      continue;
    }
    if (t.norm.length !== tokens[k]!.text.length || !ARABIC_LETTERS_ONLY.test(t.norm) || isStopword(t.norm)) return undefined;
    const conjoined = t.norm.length > 2 && t.norm.startsWith("و") && k > j;
    const last = items[items.length - 1];
    if (opened || conjoined || !last) {
      items.push({ start: tokens[k]!.start + (conjoined ? 1 : 0), end: tokens[k]!.end, next: k + 1, quoted: false });
      itemFrom = k;
      opened = false;
    } else if (k - itemFrom < MAX_COMPANY_WORDS) {
      last.end = tokens[k]!.end;
      last.next = k + 1;
    } else return undefined;
  }
  return undefined;
}

/** Whether a ranked list's item is named as a company is: a tagged mention starts there, or its first word may name one. */
function isCompanyNamed(item: CompanyItem, out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], tokens: readonly TaggerToken[]): boolean {
  if (out.some((s) => s.start === item.start)) return true;
  const first = tokens.findIndex((t) => t.end > item.start);
  const word = infos[first]!.norm.slice(item.start - tokens[first]!.start);
  return mayNameCompany(word, model) && !PREPOSITION_AND_ARTICLE.test(word);
}

/** A quoted name of one to MAX_COMPANY_WORDS words from token j (an opening quote), and the token after its closing quote. */
function quotedCompanyName(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], j: number): CompanyItem | undefined {
  let k = j + 1;
  while (k < tokens.length && k - (j + 1) < MAX_COMPANY_WORDS && ARABIC_LETTERS_ONLY.test(infos[k]!.norm)) k++;
  if (k === j + 1 || !CLOSING_QUOTE.test(tokens[k]?.text ?? "")) return undefined;
  return { start: tokens[j + 1]!.start, end: tokens[k - 1]!.end, next: k + 1, quoted: true };
}

/** Whether a word may be part of a company's name after a share word. */
function mayNameCompany(word: string, model: NerModel): boolean {
  return word.length >= 2 && ARABIC_LETTERS_ONLY.test(word) && !model.plainWordSet.has(word) && !isStopword(word) && !NEVER_ENTITIES.has(word) && !isPlaceAdjective(word, model) && !isHeadWord(word);
}

/**
 * The company name at token j after a share word: a tagged mention starting there, or up to
 * MAX_COMPANY_WORDS words that may name a company (mayNameCompany); `listed`: the name is a list's
 * next item, its first word's و cut; `bare`: after a bare أسهم (see addCompaniesOfShares).
 */
function companyNameAt(text: string, tokens: readonly TaggerToken[], out: readonly Candidate[], model: NerModel, infos: readonly TokenInfo[], j: number, listed: boolean, bare: boolean): CompanyItem | undefined {
  const t = infos[j]!;
  if (t.norm.length !== tokens[j]!.text.length) return undefined; // marks inside the word: offsets would not line up
  if (listed && !t.norm.startsWith("و")) return undefined;
  const cut = listed ? 1 : 0;
  const start = tokens[j]!.start + cut;
  const tagged = out.find((s) => s.start === start);
  if (tagged) {
    if (bare && tagged.type === "person") return undefined; // أسهم محمد في…: the verb and its subject
    let next = j + 1;
    while (next < tokens.length && tokens[next]!.start < tagged.end) next++;
    return { start, end: tagged.end, next, quoted: false };
  }
  const word = t.norm.slice(cut);
  if (!mayNameCompany(word, model) || PREPOSITION_AND_ARTICLE.test(word)) return undefined;
  if (bare && (t.proclitic !== "" || PROCLITIC_LETTER.test(word) || DEFINITE.test(word) || timesSeen(word, model) > MAX_BARE_SHARE_NAME_COUNT || (j > 1 && VERB_PARTICLES.has(infos[j - 2]!.norm)))) return undefined;
  let k = j + 1;
  while (!bare && k < tokens.length && k - j < MAX_COMPANY_WORDS && spaceAfter(text, tokens, k - 1)) {
    const w = infos[k]!;
    if (w.norm.startsWith("و") || w.proclitic !== "" || (ACCUSATIVE_ALEF.test(w.norm) && !DEFINITE.test(w.norm)) || !mayNameCompany(w.norm, model)) break;
    if (overlapsAny(out, tokens[k]!.start, tokens[k]!.end) && !out.some((s) => s.start >= start && s.end <= tokens[k]!.end && s.end > tokens[k]!.start)) break;
    k++;
  }
  // A count of companies after the word: أسهم تسع شركات.
  if (infos[k]?.norm === COMPANY_WORD || infos[k]?.norm === COMPANIES_WORD) return undefined;
  return { start, end: tokens[k - 1]!.end, next: k, quoted: false };
}

/** «A وB» with no space after the و (رينو وبيجو): the first name, the conjunction, the second. */
const KNOWN_PAIR = /^([^ ]+(?: [^ ]+)*) و([^ ]+(?: [^ ]+)*)$/u;

/**
 * A mention that is two known organizations joined by و (بوينغ وسافران, رينو وبيجو: Al Arabia, read as one person;
 * غوغل وفيسبوك) is the two organizations: it is cut in two before addKnownOrganizations sees the names (only the
 * names of known-brands.ts and lexicon.ts KNOWN_ORGANIZATIONS, whole, so that no joined name of one body is cut:
 * جونسون آند جونسون has no و, مراسلون بلا حدود none).
 */
export function splitKnownOrganizationPairs(text: string, out: Candidate[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (!s.text.includes(" و")) continue;
    const m = KNOWN_PAIR.exec(s.text);
    if (!m || !KNOWN_ORGANIZATIONS_SET.has(normalizeArabic(m[1]!)) || !KNOWN_ORGANIZATIONS_SET.has(normalizeArabic(m[2]!))) continue;
    const firstEnd = s.start + m[1]!.length;
    const secondStart = s.end - m[2]!.length;
    const parts: Candidate[] = [
      { type: "organization", text: text.slice(s.start, firstEnd), start: s.start, end: firstEnd, evidence: { organization: CUE_VOTES } },
      { type: "organization", text: text.slice(secondStart, s.end), start: secondStart, end: s.end, evidence: { organization: CUE_VOTES } },
    ];
    out.splice(k, 1, ...parts);
    k++;
  }
}
