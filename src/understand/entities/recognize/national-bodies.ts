/**
 * A country's national bodies (الحرس الوطني, المنتخب الوطني) and ministries named by their field (الخارجية).
 */
import type { TokenInfo } from "../features.js";
import { NATIONAL_BODY_HEADS, ORG_HEADS, PERSON_CUES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, infosOf, sortByStart } from "./shared.js";
import { placeAdjectiveStem, isCountryAdjective, isNationalAdjective, SPORT_FIELD, isNationalBodyHead, DEFINITE_NISBA, DEFINITE, NAME_ADJECTIVES } from "./words.js";
import { procliticLength } from "./proclitics.js";

/**
 * Heads whose «الوطني» alone names the country's own body (الحرس الوطني, المنتخب الوطني); not
 * الاتحاد, whose الوطني begins a longer name (الاتحاد الوطني لدافعي الضرائب), and not الجيش: the
 * Yemeni army's «الجيش الوطني» (like المقاومة الشعبية and الحوثيون as known names) joined reports of
 * different Yemeni fronts into one story (stories DEV hard negatives 9/17 → 10/17).
 */
const NATIONAL_ONLY_HEADS = new Set(["الحرس", "المنتخب"]);
const NATIONAL = "الوطني";

/**
 * A country's own body the tagger missed: a definite head of NATIONAL_BODY_HEADS (الجيش, المنتخب,
 * القوات), optionally one definite nisba (الجوية, الوطني), then a national adjective (الجيش
 * الإسرائيلي, المنتخب السعودي, القوات الجوية الأمريكية) or one definite participle (القوات المسلحة
 * القطرية: Okaz, Alyaum, SPA via SaudiNewsNet), and for a federation its sport (الاتحاد
 * السعودي لكرة القدم), for a national team its sport or age group after a fused لل (المنتخب السعودي
 * للبولينج, للتايكوندو, للشباب لكرة القدم: the tagger's run from that word goes), is an organization; so is a guard's two-word head in construct, خفر السواحل
 * or حرس الحدود, and an armed service's branch, سلاح الجو or سلاح البحرية, before a national adjective
 * (خفر السواحل الإيطالية, حرس الحدود التركي, سلاح الجو الأمريكي: SkyNews, Alarabia, France24), and a stock
 * exchange, البورصة or السوق المالية before one (البورصة المصرية, السوق المالية السعودية); so is a guard or team called «الوطني» alone (الحرس
 * الوطني, المنتخب الوطني). Mentions inside it give way; one crossing its edge keeps it out.
 */
export function addNationalBodies(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = infos[i]!;
    const compound = isCoastOrBorderGuard(infos, i);
    const market = head.norm === MARKET || head.core === MARKET;
    if (!isNationalBodyHead(head) && !compound && !market) continue;
    if (isPresidencyAsOffice(infos, i)) continue;
    let k = compound ? i + 2 : i + 1;
    if (k >= tokens.length) continue;
    const commission = COMMISSION_HEADS.has(head.norm) || COMMISSION_HEADS.has(head.core);
    const isNational = (norm: string) => (commission ? isCountryAdjective(norm, model) : isNationalAdjective(norm, model));
    if (!isNational(infos[k]!.norm) && infos[k + 1] && (DEFINITE_NISBA.test(infos[k]!.norm) || DEFINITE_PARTICIPLE.test(infos[k]!.norm) || NAME_ADJECTIVES.has(infos[k]!.norm))) k++;
    // «السوق السعودية» is also the market at large; «السوق المالية السعودية» the exchange.
    if (market && (k !== i + 2 || infos[i + 1]!.norm !== FINANCIAL)) continue;
    if (isNational(infos[k]!.norm)) {
      // A masculine head takes masculine adjectives: a feminine one qualifies a noun before it (قناة التلفزيون السورية, شبكات التلفزيون السويدية).
      if (MASCULINE_BODY_HEADS.has(head.norm) && infos.slice(i + 1, k + 1).some((t) => t.norm.endsWith(FEMININE_ENDING))) continue;
      // A plural of things takes a feminine adjective: a masculine one qualifies a noun before it (ضابط الاستخبارات الروسي, an officer).
      if ((FEMININE_BODY_HEADS.has(head.norm) || FEMININE_BODY_HEADS.has(head.core)) && !infos[k]!.norm.endsWith(FEMININE_ENDING)) continue;
      const nisba = infos[k]!.norm;
      k += infos[k + 1] && isCompassOfCountry(nisba, infos[k + 1]!.norm, model) ? 2 : 1;
      // A name adjective of the nisba's gender closes the body (القوات اليمنية | المشتركة, القوات الأمريكية | الخاصة).
      if (infos[k] && NAME_ADJECTIVES.has(infos[k]!.norm) && infos[k]!.norm.endsWith("ه") === nisba.endsWith("ه")) k++;
    }
    else if (isNationalOnly(head, infos[i + 1]!)) k = i + 2;
    else continue;
    // A national team's sport or age (المنتخب السعودي للبولينج, للتايكوندو, للشباب لكرة القدم): a fused لل + a word of its own.
    if (isTeamHead(head) && infos[k] && TEAM_FIELD.test(infos[k]!.norm) && infos[k]!.norm.length === tokens[k]!.text.length && !NOT_A_TEAM_FIELD.has(infos[k]!.norm)) {
      const field = tokens[k]!;
      for (let s = out.length - 1; s >= 0; s--) if (out[s]!.start === field.start && out[s]!.end > field.end) out.splice(s, 1); // the tagger's run from it (للبولينج ميداليتين)
      k++;
    }
    if (infos[k + 1] && SPORT_FIELD.test(infos[k]!.norm) && DEFINITE.test(infos[k + 1]!.norm)) k += 2;
    const start = tokens[i]!.start + (NATIONAL_BODY_HEADS.has(head.norm) || GUARD_HEADS.has(head.norm) ? 0 : compound ? compoundHeadCut(head, tokens[i]!.text) : procliticLength(tokens[i]!.text, model));
    const end = tokens[k - 1]!.end;
    if (!replaceWithOrganization(text, out, start, end)) continue;
    i = k - 1;
  }
  sortByStart(out);
}

/** The presidency as an office, not the body: after an election, a race or a history (انتخابات الرئاسة الأمريكية ×30: BBC, SkyNews, CNN, France24). */
const PRESIDENCY = "الرئاسه";
const OFFICE_BEFORE = /^[وفبل]{0,2}(?:انتخابات|الانتخابات|سباق|ترشح|الترشح|تاريخ|منصب)$/u;

function isPresidencyAsOffice(infos: readonly TokenInfo[], at: number): boolean {
  const head = infos[at]!;
  if (head.norm !== PRESIDENCY && head.core !== PRESIDENCY) return false;
  return at > 0 && OFFICE_BEFORE.test(infos[at - 1]!.norm);
}

/** Commission heads of NATIONAL_BODY_HEADS: their nation's adjective is a country's (isCountryAdjective), not any national one (المفوضية | السامية لشؤون اللاجئين: the High Commissioner's). */
const COMMISSION_HEADS = new Set(["المفوضيه"]);

/** Heads of NATIONAL_BODY_HEADS that are masculine singular nouns (written without a clitic). */
const MASCULINE_BODY_HEADS = new Set(["الجيش", "المنتخب", "الحرس", "الاتحاد", "التلفزيون", "البرلمان"]);
/** Heads of NATIONAL_BODY_HEADS that take a feminine adjective: plurals of things (المخابرات, الاستخبارات: a country's intelligence services) and feminine nouns (الرئاسة, القنصلية). */
const FEMININE_BODY_HEADS = new Set(["المخابرات", "الاستخبارات", "الرئاسه", "القنصليه"]);
/** A feminine adjective's normalized ending (الرسمية → الرسميه). */
const FEMININE_ENDING = "يه";

/** Compass adjectives that end a country's name (كوريا الجنوبية, كوريا الشمالية), in either gender. */
const COMPASS_ADJECTIVES = new Set(["الجنوبي", "الشمالي", "الشرقي", "الغربي"]);

/**
 * A compass adjective after a country's nisba that completes it (الكوري | الجنوبي ← كوريا الجنوبية:
 * الجيش الكوري الجنوبي, Sky News Arabia; المنتخب الكوري الجنوبي), when the gazetteer names the country
 * with that compass word; the nisba's own country first (الجيش السوري | الشمالي is no country).
 */
export function isCompassOfCountry(nisba: string, next: string, model: NerModel): boolean {
  const feminineNext = next.endsWith(FEMININE_ENDING);
  const masculine = feminineNext ? next.slice(0, -1) : next;
  if (!COMPASS_ADJECTIVES.has(masculine) || nisba.endsWith(FEMININE_ENDING) !== feminineNext) return false;
  const stem = placeAdjectiveStem(nisba);
  if (!stem) return false;
  const feminine = masculine + "ه";
  const byFirst = model.resources.gazetteer.byFirst;
  return [stem, stem + "ا", stem + "يا"].some((w) => byFirst.get(w)?.some((e) => e.type === "LOC" && e.words.length === 2 && e.words[1] === feminine));
}

/** A national team's head (المنتخب, its proclitics cut). */
const isTeamHead = (t: TokenInfo) => t.norm === "المنتخب" || t.core === "المنتخب";
/** A fused لل and a word: the team's sport or age group (للبولينج, للجودو, للناشئين). */
const TEAM_FIELD = /^لل[\u0621-\u064A]{3,}$/;
/** «for the game» names no team (الاتحاد الآسيوي للعبة). */
const NOT_A_TEAM_FIELD = new Set(["للعبه"]);

/** «السوق» + «المالية» + a national adjective: a country's stock exchange (السوق المالية السعودية). */
export const MARKET = "السوق";
const FINANCIAL = "الماليه";
/** A definite participle in feminine (المسلحة, المشتركة): after a head it qualifies the body (القوات المسلحة القطرية). */
export const DEFINITE_PARTICIPLE = /^الم[\u0621-\u064A]{3,}ه$/;
/**
 * Two-word heads of a country's bodies written in construct without the article, the first word
 * and what may follow it: guards and what they guard (خفر السواحل, حرس الحدود), and an armed
 * service's branch (سلاح الجو, the air force; سلاح البحرية, the navy: سلاح alone is a weapon,
 * سلاح نووي, سلاح حزب الله).
 */
export const GUARD_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["خفر", new Set(["السواحل", "الحدود"])],
  ["حرس", new Set(["السواحل", "الحدود"])],
  ["سلاح", new Set(["الجو", "البحريه", "الطيران"])],
]);

/**
 * The letters before a two-word head matched by its core (لسلاح → ل, وخفر → و), which the word table's
 * evidence may leave unsplit: the head is a noun of its own, so what comes before it is a clitic.
 */
function compoundHeadCut(head: TokenInfo, surface: string): number {
  return head.norm.length === surface.length && head.norm.endsWith(head.core) ? head.norm.length - head.core.length : 0;
}

/** Token i (its conjunction or preposition cut) and the next are a two-word head: خفر السواحل, لحرس الحدود, وسلاح الجو. */
function isCoastOrBorderGuard(infos: readonly TokenInfo[], i: number): boolean {
  const next = infos[i + 1]?.norm ?? "";
  return (GUARD_HEADS.get(infos[i]!.norm) ?? GUARD_HEADS.get(infos[i]!.core))?.has(next) ?? false;
}

/** Fields by which the press names a country's ministry without «وزارة» (الخارجية الروسية: the Russian foreign ministry). */
export const MINISTRY_FIELDS = new Set(["الخارجيه", "الداخليه", "الدفاع"]);

/**
 * A ministry named by its field and the country's feminine adjective, «وزارة» left out, is an
 * organization: قالت الخارجية الروسية (RT, Sky News Arabia, CNN), إحصائيات الداخلية الفرنسية
 * (Asharq al-Awsat), الدفاع الإسرائيلية. A conjunction or ب before the field is cut, a fused لل
 * kept (as everywhere); a mention crossing the edge keeps it out.
 */
export function addMinistriesByField(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let replaced = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = infos[i]!;
    const field = MINISTRY_FIELDS.has(t.norm) ? t.norm : t.norm.startsWith("لل") && MINISTRY_FIELDS.has("ا" + t.norm.slice(1)) ? t.norm : MINISTRY_FIELDS.has(t.core) && t.norm.endsWith(t.core) ? t.core : "";
    const adjective = infos[i + 1]!.norm;
    if (!field || !adjective.endsWith("يه") || !isCountryAdjective(adjective, model) || t.norm.length !== tokens[i]!.text.length) continue;
    // After a head or title the field completes another name or an office: وزارة الخارجية الأمريكية (addInstitutionNames), قوات الدفاع الإسرائيلية, وزير الخارجية الأمريكية.
    const before = infos[i - 1];
    if (before && (ORG_HEADS.has(before.norm) || ORG_HEADS.has(before.core) || PERSON_CUES.has(before.norm) || PERSON_CUES.has(before.core))) continue;
    // After a definite noun the bare field is its adjective: السياسة الخارجية الأميركية (foreign policy), العلاقات الخارجية المصرية,
    // المناطق الداخلية; with a fused لل it is a genitive (الصفحة الرسمية للخارجية المصرية).
    if (before && field === t.norm && !field.startsWith("لل") && DEFINITE.test(before.core)) continue;
    const start = tokens[i]!.start + (field === t.norm ? 0 : t.norm.length - field.length);
    if (replaceWithOrganization(text, out, start, tokens[i + 1]!.end)) replaced = true;
    i++;
  }
  if (replaced) sortByStart(out);
}

/** A head of NATIONAL_ONLY_HEADS (its clitics cut) right before «الوطني» with no clitic (الجيش | الوطني). */
function isNationalOnly(head: TokenInfo, next: TokenInfo): boolean {
  return (NATIONAL_ONLY_HEADS.has(head.norm) || NATIONAL_ONLY_HEADS.has(head.core)) && next.norm === NATIONAL;
}
