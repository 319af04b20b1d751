/**
 * Known organizations by name (lexicon.ts, known-brands.ts), their country's adjective after them, and a state's formal
 * name (المملكة المغربية, جمهورية مصر العربية).
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { rememberTokenTest, splitsOf, type KnownOrganizationLists, type TokenInfo } from "../features.js";
import { COMMON_WORD_BODIES, FUNCTION_NAMED_BODIES, KNOWN_ORGANIZATIONS, NAMED_ORG_HEADS } from "../lexicon.js";
import { KNOWN_COMPANIES, KNOWN_OUTLETS } from "../known-brands.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, replaceWithMention, infosOf, spanAt, sortByStart, spaceAfter, widenUnlessOverlapping, CUE_VOTES } from "./shared.js";
import { isNationalAdjective, DEFINITE_NISBA, INSTITUTION_HEADS, isOrgHeadInfo, fusedLamDefinite } from "./words.js";
import { procliticLength } from "./proclitics.js";

export const KNOWN_ORGANIZATIONS_SET: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS);

/** Known organization names (lexicon.ts) by first word, longest first. */
const KNOWN_ORGANIZATIONS_BY_FIRST = new Map<string, string[][]>();
for (const name of KNOWN_ORGANIZATIONS) {
  const words = name.split(" ");
  const list = KNOWN_ORGANIZATIONS_BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  KNOWN_ORGANIZATIONS_BY_FIRST.set(words[0]!, list);
}
/** The same lists by first word with a conjunction و / ف before it: looked up by the token's own form, no slice per token. */
const KNOWN_ORGANIZATIONS_BY_CONJOINED_FIRST = new Map<string, string[][]>();
for (const [first, list] of KNOWN_ORGANIZATIONS_BY_FIRST) for (const c of ["و", "ف"]) KNOWN_ORGANIZATIONS_BY_CONJOINED_FIRST.set(c + first, list);

/** The first of `names` (longest first) whose words after the first follow token i, if any. */
function knownOrganizationAt(names: readonly string[][] | undefined, i: number, tokens: readonly TaggerToken[], infos: readonly TokenInfo[]): readonly string[] | undefined {
  if (!names) return undefined;
  const normAt = (k: number) => (tokens[k] ? infos[k]!.norm : "");
  return names.find((ws) => ws.every((w, k) => k === 0 || normAt(i + k) === w));
}

/** Heads of a state's formal name (المملكة المغربية, جمهورية مصر العربية, سلطنة عمان), with or without the article. */
const POLITY_HEADS = new Set(["مملكه", "المملكه", "جمهوريه", "الجمهوريه", "سلطنه", "السلطنه", "اماره", "الاماره"]);
/** Whether the word, its core or a core after a clitic split is a polity head (addStateNames). */
export const mayBePolityHead = rememberTokenTest((t) => POLITY_HEADS.has(t.norm) || POLITY_HEADS.has(t.core) || splitsOf(t).some((p) => POLITY_HEADS.has(p.core)));
/** Most national adjectives in a formal state name (المملكة | العربية السعودية). */
const MAX_STATE_ADJECTIVES = 2;

/**
 * A state's formal name the tagger missed or cut: a polity head (المملكة, جمهورية, سلطنة) with its
 * clitics cut, then either national adjectives (المملكة المغربية, الجمهورية اليمنية, المملكة العربية
 * السعودية) or, after a head without the article, a gazetteer place and its adjectives (جمهورية مصر
 * العربية, مملكة البحرين, سلطنة عمان), is one place. Mentions inside it give way; one crossing its edge keeps it out.
 */
export function addStateNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[], gz: readonly string[]): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    // The head is evidence enough to cut a clitic the analysis kept (وسلطنة: سلطنة seen too rarely).
    const split = !mayBePolityHead(head) ? undefined : POLITY_HEADS.has(head.norm) ? { proclitic: "", core: head.norm } : POLITY_HEADS.has(head.core) ? head : splitsOf(head).find((p) => POLITY_HEADS.has(p.core));
    if (!split || head.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    const headWord = split.core;
    let k = i + 1;
    if (!headWord.startsWith("ال") && gz[k] === "B-LOC") for (k++; gz[k] === "I-LOC"; k++);
    const named = k;
    while (k < tokens.length && k - named < MAX_STATE_ADJECTIVES && isNationalAdjective(infos[k]!.norm, model)) k++;
    if (k === i + 1) continue;
    const start = tokens[i]!.start + split.proclitic.length;
    const end = tokens[k - 1]!.end;
    if (!replaceWithMention(text, out, start, end, "location")) continue;
    added = true;
    i = k - 1;
  }
  if (added) sortByStart(out);
}

/**
 * A mention that a body's head opens just before a known name and that ends inside the name is that body
 * cut by the tagger (منظمة مراسلون | بلا حدود): it goes on to the name's end. False when no such mention.
 */
function widenHeadOverKnownName(text: string, out: Candidate[], tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number, end: number): boolean {
  if (i === 0 || !isOrgHeadInfo(infos[i - 1]!)) return false;
  const cut = out.find((s) => s.type === "organization" && s.start >= tokens[i - 1]!.start && s.start < tokens[i]!.start && s.end > tokens[i]!.start && s.end < end);
  return cut !== undefined && widenUnlessOverlapping(text, out, cut, end);
}

const KNOWN_BRANDS: ReadonlySet<string> = new Set([...KNOWN_COMPANIES, ...KNOWN_OUTLETS]);
/** «شركتا», «شركات», «صحيفتا»: a head's dual or plural before the first of two or more named bodies. */
const COMPANY_DUALS = /^[وب]?(?:شركت[اي]|شركات|صحيفت[اي]|صحف|مجموعت[اي]|قنات[اي]|وكالت[اي])$/;

/**
 * Whether a person mention ends with a company's or outlet's name (known-brands.ts), or is that name, after a word that is
 * no common noun nor a particle: the name is a person's family name there (الممثلة برينيس بيجو, the actress, which the
 * tagger may read as one mention or two; إريك أريكسون), not a brand after its noun (هاتف هواوي) or a verb (قالت بوينغ).
 */
function isBrandEndingPerson(out: readonly Candidate[], tokens: readonly TaggerToken[], infos: readonly TokenInfo[], model: NerModel, i: number, end: number, name: readonly string[]): boolean {
  if (i === 0 || !KNOWN_BRANDS.has(name.join(" "))) return false;
  const before = infos[i - 1]!.norm;
  const person = out.find((s) => s.type === "person" && s.end === end && s.start <= tokens[i]!.start);
  return person !== undefined && !model.plainWordSet.has(before) && !isStopword(before) && !isOrgHeadInfo(infos[i - 1]!) && !COMPANY_DUALS.test(before) && /^[\u0621-\u064A]/.test(before);
}

/**
 * Well-known organizations by name (lexicon.ts), the first word matched whole, without its
 * proclitics, without a conjunction, or written with the fused لل (للصليب الأحمر, للأونروا: France24, BBC, SkyNews; the
 * mention keeps the لل, ent131): added in place of the tagged mentions inside it (the tagger's
 * cut: فرانس of فرانس 24), unless one crosses its edge; a tagged mention covering exactly the name
 * gets the organization votes instead.
 */
export function addKnownOrganizations(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = infos[i]!;
    const lists = knownOrganizationsStartingWith(first);
    if (lists === null) continue;
    if (first.norm.length !== tokens[i]!.text.length) continue; // marks inside the word: offsets would not line up
    // The whole word, then its core without proclitics, then without a conjunction.
    let cut = 0;
    let name = knownOrganizationAt(lists.byNorm, i, tokens, infos);
    if (!name && (name = knownOrganizationAt(lists.byCore, i, tokens, infos))) cut = procliticLength(first.surface, model);
    if (!name && (name = knownOrganizationAt(lists.byConjoined, i, tokens, infos))) cut = 1;
    // The fused لل stays in the mention (للصليب الأحمر, as the gold writes للأمم المتحدة); a conjunction before it is cut.
    if (!name && (name = knownOrganizationAt(lists.byFusedLam, i, tokens, infos))) cut = fusedLamDefinite(first.norm)!.conjunction;
    if (!name) continue;
    if (COMMON_WORD_BODIES.has(name.slice(0, 2).join(" "))) {
      // قوات الطوارئ | الدولية: another force, named with its adjective
      if (name.length === 2 && i + 2 < tokens.length && DEFINITE_NISBA.test(infos[i + 2]!.norm)) continue;
      // A common plural's clitic is the analysis's, though training saw the whole word in names (لقوات الدعم السريع)
      if (cut === 0 && name[0] === first.core) cut = first.norm.length - first.core.length;
    }
    const start = tokens[i]!.start + cut;
    const end = tokens[i + name.length - 1]!.end;
    const headed = FUNCTION_NAMED_BODIES.has(name.join(" ")) ? out.find((s) => s.type === "organization" && s.start < start && s.end >= end) : undefined;
    if (headed) {
      i += name.length - 1;
      continue;
    }
    if (isBrandEndingPerson(out, tokens, infos, model, i, end, name)) continue;
    const exact = spanAt(out, start, end) ?? withoutLeadingNoun(text, tokens, out, i, start, end);
    if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
    // Mentions inside the name are the tagger's cut of it (فرانس of فرانس 24, الصين of وكالة أنباء الصين الجديدة).
    else if (!replaceWithOrganization(text, out, start, end) && !widenHeadOverKnownName(text, out, tokens, infos, i, end)) continue;
    i += name.length - 1;
  }
  sortByStart(out);
}

/**
 * A known organization's national body is named by the country's masculine adjective after it, and its head before it
 * in construct (هيئة | الهلال الأحمر | السعودي: okaz, alweeam, alyaum, alriyadh, was; جمعية | الهلال الأحمر | الكويتي; الهلال
 * الأحمر | السوري: aawsat, SkyNews): one organization over the known name and the adjective, and a head of INSTITUTION_HEADS
 * right before it (its fused preposition cut: لهيئة), in place of the mentions inside, unless one crosses its edge.
 */
export function widenKnownOrganizationsOfCountries(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const lists = knownOrganizationsStartingWith(infos[i]!);
    const name = lists && (knownOrganizationAt(lists.byNorm, i, tokens, infos) ?? knownOrganizationAt(lists.byCore, i, tokens, infos));
    // Only a name of common definite words has national bodies (الهلال الأحمر, الدفاع المدني); after a proper name the adjective describes it (حزب الله | اللبناني).
    if (!name || name.length < 2 || !name.every((w) => w.startsWith("ال"))) continue;
    const last = i + name.length - 1;
    const adjective = infos[last + 1];
    if (!adjective || !spaceAfter(text, tokens, last) || !isNationalAdjective(adjective.norm, model) || adjective.norm.endsWith("ه")) continue;
    const head = i > 0 ? infos[i - 1]! : undefined;
    const headed = head !== undefined && spaceAfter(text, tokens, i - 1) && INSTITUTION_HEADS.has(head.core) && head.norm.length === tokens[i - 1]!.text.length;
    const start = headed ? tokens[i - 1]!.start + (head.norm.length - head.core.length) : tokens[i]!.start + (infos[i]!.norm === name[0] ? 0 : procliticLength(infos[i]!.surface, model));
    if (replaceWithOrganization(text, out, start, tokens[last + 1]!.end)) added = true;
    i = last + 1;
  }
  if (added) sortByStart(out);
}

/**
 * A mention that is one word and a known organization's name (منظمة | اليونسكو, ميليشيا | حزب الله)
 * is that name: the word before it is a description, unless a head of NAMED_ORG_HEADS (حركة حماس);
 * the mention cut to the name, or undefined when there is none.
 */
function withoutLeadingNoun(text: string, tokens: readonly TaggerToken[], out: Candidate[], i: number, start: number, end: number): Candidate | undefined {
  if (i === 0) return undefined;
  const before = tokens[i - 1]!;
  const mention = out.find((s) => s.end === end && s.start <= before.start && s.start >= before.start - 1);
  if (!mention || NAMED_ORG_HEADS.has(normalizeArabic(text.slice(mention.start, before.end)))) return undefined;
  mention.start = start;
  mention.text = text.slice(start, end);
  mention.type = "organization";
  return mention;
}

/** The known organizations' names a word may start, kept on its analysis (tokenInfo memoizes those per word): null for most words. */
export function knownOrganizationsStartingWith(info: TokenInfo): KnownOrganizationLists | null {
  let lists = info.knownOrganizations;
  if (lists === undefined) {
    const byNorm = KNOWN_ORGANIZATIONS_BY_FIRST.get(info.norm);
    const byCore = KNOWN_ORGANIZATIONS_BY_FIRST.get(info.core);
    const byConjoined = KNOWN_ORGANIZATIONS_BY_CONJOINED_FIRST.get(info.norm);
    const fused = fusedLamDefinite(info.norm);
    const byFusedLam = fused ? KNOWN_ORGANIZATIONS_BY_FIRST.get(fused.definite) : undefined;
    lists = byNorm || byCore || byConjoined || byFusedLam ? { byNorm, byCore, byConjoined, byFusedLam } : null;
    info.knownOrganizations = lists;
  }
  return lists;
}
