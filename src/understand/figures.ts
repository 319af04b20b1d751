/**
 * Casualty and displacement figures: killed / injured / evacuated / displaced / arrested / missing.
 * Rules, over the normalized words of one sentence at a time:
 * - a figure is a number (numbers.ts: digits, Arabic-Indic digits, number words, آلاف / مليون, the
 *   vague plurals عشرات / مئات as a range) or a dual noun (`مدنيان`, `طفلين`: 2);
 * - its kind comes, in this order, from: a casualty noun right after it (`27 قتيلاً`, `3 جرحى`);
 *   a cue right before it (`مقتل 27`, `إصابة أكثر من 200`, `القبض على 5`); `بينهم` / `منهم`
 *   before it, which counts a subgroup of the sentence's previous figure (`بينهم مدنيان`); a
 *   `بين القتلى` / `من بين المصابين` earlier in the sentence; a cue verb or noun a few words before
 *   (`أصيب في الهجوم 12 شخصاً`) or after (`7 آلاف شخص … تم إجلاؤهم`);
 * - unless a cue stands right before it, the number must count people: a person noun follows it
 *   (`شخصاً`, `آخرين`, `مدنياً`, `أطفال`, a nationality) or it is itself a casualty noun or dual;
 * - not figures: years (`حرب 2020`, `عام 2015`), numbers inside a date mention, numbers followed by
 *   a unit (`%`, `بالمئة`, `دولار`, `كيلومتر`, `ساعة`, `يوماً`), numbers after رقم / القرار / المادة;
 * - qualifier from the words before it: أكثر من / ما يزيد عن / يتجاوز / يفوق = more_than, ما لا يقل عن and
 *   `على الأقل` after it = at_least, نحو / حوالي / قرابة / زهاء / ما يقارب / ما يناهز = about,
 *   أقل من = less_than, حتى / ما يصل إلى = up_to; exact otherwise;
 * - group from the person noun: civilians, children, women, soldiers, police, journalists, medics,
 *   fighters, families; null for people in general (`شخصاً`, `آخرين`) or a nationality;
 * - one figure per kind, value, qualifier and group in an article: a restatement (`مقتل 27 شخصاً`
 *   … `27 قتيلاً`) is not a new fact.
 */
import type { Fact, FactKind, FactQualifier } from "../types.js";
import { tokenize, type Token } from "../arabic/analyze.js";
import { mayStartNumber, readNumber } from "../arabic/numbers.js";
import { splitSentences } from "../arabic/sentences.js";

type Kind = Exclude<FactKind, "other">;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const setOf = (s: string) => new Set(words(s));

// Casualty nouns that name both the people and what happened to them.
const KIND_NOUNS = new Map<string, Kind>();
for (const [kind, list] of [
  ["killed", "قتيل قتيلا قتلي قتيلان قتيلين شهيد شهيدا شهداء شهيدان شهيدين ضحيه ضحايا ضحيتين ضحيتان"],
  ["injured", "جريح جريحا جرحي جريحان جريحين مصاب مصابا مصابين مصابون مصابان"],
  ["displaced", "نازح نازحا نازحين نازحون مهجر مهجرين مشرد مشردين"],
  ["arrested", "معتقل معتقلا معتقلين معتقلون موقوف موقوفين اسير اسيرا اسري محتجز محتجزين"],
  ["missing", "مفقود مفقودا مفقودين مفقودون"],
] as const) {
  for (const w of words(list)) KIND_NOUNS.set(w, kind);
}

// Cue words right before a number (after its qualifier): the event, as a noun or a verb.
const CUES = new Map<string, Kind>();
for (const [kind, list] of [
  ["killed", "مقتل قتل قتلت يقتل مصرع استشهاد استشهد وفاه توفي سقوط حتف"],
  ["injured", "اصابه اصيب اصيبت يصاب تصاب جرح جرحت اصابات"],
  ["evacuated", "اجلاء اجلي اجلت اجلوا اخلاء اخلت اجلاؤهم اجلاؤها"],
  ["displaced", "نزوح نزح تهجير هجر تشريد شرد فرار فر"],
  ["arrested", "اعتقال اعتقل اعتقلت توقيف اوقف اوقفت احتجاز احتجز احتجزت اسر"],
  ["missing", "فقدان فقد اختفاء"],
] as const) {
  for (const w of words(list)) CUES.set(w, kind);
}

// Cue words after the counted people (passive or plural verbs and nouns with a pronoun).
const AFTER_CUES = new Map<string, Kind>();
for (const [kind, list] of [
  ["killed", "قتلوا حتفهم حتفه مقتلهم"],
  ["injured", "اصيبوا جرحوا اصابتهم"],
  ["evacuated", "اجلاؤهم اجلوا اخلاؤهم اجلاوهم"],
  ["displaced", "نزحوا فروا شردوا هجروا تهجيرهم نزوحهم"],
  ["arrested", "اعتقلوا اوقفوا احتجزوا اعتقالهم"],
  ["missing", "فقدوا فقدانهم المفقودين"],
] as const) {
  for (const w of words(list)) AFTER_CUES.set(w, kind);
}

const GROUP_NOUNS = new Map<string, string | null>();
for (const [group, list] of [
  ["civilians", "مدني مدنيا مدنيين مدنيون مدنيان"],
  ["children", "طفل طفلا اطفال طفلين طفلان طفله طفلات قاصر قاصرين قاصرا رضيع رضع"],
  ["women", "امراه امراتين امراتان نساء سيده سيدات"],
  ["soldiers", "جندي جنديا جنود جنديين جنديان عسكري عسكريا عسكريين عسكريون عسكريان"],
  ["police", "شرطي شرطيا شرطيين شرطيون شرطيان"],
  ["journalists", "صحفي صحفيا صحفيين صحفيون صحفيان صحافي صحافيا صحافيين اعلامي اعلاميا اعلاميين"],
  ["medics", "مسعف مسعفا مسعفين مسعفان"],
  ["fighters", "مسلح مسلحا مسلحين مسلحون مقاتل مقاتلا مقاتلين مقاتلون"],
  ["families", "اسره اسر عائله عائلات"],
  ["", "شخص شخصا اشخاص شخصين شخصان اخرين اخرون مواطن مواطنا مواطنين مواطنون فرد افراد رجل رجلا رجال رجلين رجلان شاب شابا شبان شابين شابان طالب طالبا طلاب عامل عاملا عمال عاملين مهاجر مهاجرا مهاجرين لاجئ لاجئا لاجئين محتج محتجا محتجين متظاهر متظاهرا متظاهرين ناشط ناشطا ناشطين معارض معارضين مستوطن مستوطنا مستوطنين سكان ساكن مدرس معلم معلمين ركاب راكب سائح سائحا سياح زائر زائرا انسان نسمه"],
] as const) {
  for (const w of words(list)) GROUP_NOUNS.set(w, group || null);
}

// Singular nouns whose dual is unambiguous: the ان form always; the ين form only where the plural is
// broken (طفلين is two children, but مدنيين is also the plural of مدني).
const DUAL_BASES = setOf("طفل شخص رجل امرات قتيل جريح شاب طالب شقيق جندي مدني شرطي صحفي عسكري مسعف مواطن مسلح مقاتل فلسطيني اسرائيلي سوري عراقي لبناني يمني");
const DUAL_YEEN_BASES = setOf("طفل شخص رجل امرات قتيل جريح شاب طالب شقيق جندي");

// Nisba words in يا that are adverbs, not people (`يومياً`).
const ADVERBS_IN_YA = setOf("يوميا سنويا شهريا اسبوعيا حاليا نهائيا رسميا فعليا جزئيا كليا محليا دوليا عمليا اساسيا ثانيا اوليا تقريبا تدريجيا مبدئيا جديا نسبيا فوريا يدويا عسكريا سياسيا امنيا ميدانيا اقليميا")
const UNITS = setOf(
  "بالمئه بالمائه المئه المائه دولار دولارا دولارات ريال ريالا يورو جنيه جنيها درهم دراهم دينار دينارا ليره شيكل كيلومتر كيلومترا كيلومترات كلم كم متر مترا امتار ميل طن طنا اطنان لتر برميل هكتار دونم ساعه ساعات دقيقه دقائق ثانيه يوم يوما ايام اسبوع اسابيع شهر اشهر شهرا عام عاما اعوام سنه سنوات صاروخ صواريخ قذيفه قذائف غاره غارات طائره طائرات مسيره مسيرات منزل منازل مبني مباني سياره سيارات قريه قري بلده مدينه مدن تجمع تجمعا موقع مواقع مرحله مراحل نقطه نقاط",
);
const NOT_A_FIGURE_AFTER = setOf("عام العام لعام سنه السنه لسنه حرب رقم القرار المادة الماده الفقره البند الساعه الفصل الصفحه الدقيقه");

const QUALIFIERS: Array<[string[], FactQualifier]> = [
  [["ما", "لا", "يقل", "عن"], "at_least"],
  [["لا", "يقل", "عن"], "at_least"],
  [["ما", "يزيد", "عن"], "more_than"],
  [["ما", "يزيد", "علي"], "more_than"],
  [["ما", "يربو", "علي"], "more_than"],
  [["يزيد", "عن"], "more_than"],
  [["اكثر", "من"], "more_than"],
  [["يتجاوز"], "more_than"],
  [["تجاوز"], "more_than"],
  [["يفوق"], "more_than"],
  [["ما", "يقارب"], "about"],
  [["ما", "يناهز"], "about"],
  [["ما", "يصل", "الي"], "up_to"],
  [["يصل", "الي"], "up_to"],
  [["اقل", "من"], "less_than"],
  [["نحو"], "about"],
  [["حوالي"], "about"],
  [["قرابه"], "about"],
  [["زهاء"], "about"],
  [["يقارب"], "about"],
  [["حتي"], "up_to"],
];
const TALLY_WORDS = setOf("حصيله عدد اجمالي مجموع");
/** Words between a tally (`حصيلة القتلى`) and its number: `ارتفعت إلى`, `بلغت`. */
const TALLY_REACH = 3;
const DUAL_ENDING = /(?:ان|ين)$/;
const SUBGROUP_MARKERS = setOf("بينهم منهم بينهن منهن");
const AMONG = setOf("بين");
/** `من بين المصابين هناك 29`: how many words may stand between the group named and its count. */
const AMONG_REACH = 3;
const CLAUSE_STOP = /[.!?؟؛;:]/;
/** How far a cue verb may stand from the number it counts, in words (`أصيب في الهجوم الليلي 12`). */
const CUE_WINDOW = 5;

/** Reads one proclitic (و ف ب ل) off a word when what remains is known to `has`. */
function bare(w: string, has: (x: string) => boolean): string | null {
  if (has(w)) return w;
  if (/^[وفبل]/.test(w) && w.length > 2 && has(w.slice(1))) return w.slice(1);
  if (/^(?:وب|ول|فب|فل|وال|بال|لل)/.test(w)) {
    const cut = w.startsWith("لل") ? "ال" + w.slice(2) : w.startsWith("وال") || w.startsWith("بال") ? w.slice(1) : w.slice(2);
    if (has(cut)) return cut;
  }
  return null;
}

const withoutArticle = (w: string) => (w.startsWith("ال") && w.length > 4 ? w.slice(2) : w);
const kindNoun = (w: string) => { const b = bare(w, (x) => KIND_NOUNS.has(withoutArticle(x))); return b === null ? null : KIND_NOUNS.get(withoutArticle(b))!; };
const cueBefore = (w: string) => { const b = bare(w, (x) => CUES.has(x)); return b === null ? null : CUES.get(b)!; };
const cueAfter = (w: string) => { const b = bare(w, (x) => AFTER_CUES.has(x) || CUES.has(x)); return b === null ? null : (AFTER_CUES.get(b) ?? CUES.get(b))!; };

interface PersonNoun {
  group: string | null;
}

function personNoun(w: string | undefined): PersonNoun | null {
  if (!w) return null;
  const b = bare(w, (x) => GROUP_NOUNS.has(withoutArticle(x)));
  if (b !== null) return { group: GROUP_NOUNS.get(withoutArticle(b))! };
  if (KIND_NOUNS.has(w)) return { group: null };
  // Nationalities and other nisba plurals: فلسطينيين, سوريون, فلسطينياً.
  if (w.length >= 5 && /(?:يين|يون)$/.test(w)) return { group: null };
  if (w.length >= 5 && /يا$/.test(w) && !ADVERBS_IN_YA.has(w)) return { group: null };
  return null;
}

function readDual(w: string): { group: string | null; kind: Kind | null } | null {
  for (const cand of [w, /^[وفبل]/.test(w) ? w.slice(1) : ""]) {
    if (!cand) continue;
    const m = /^(.+?)(ان|ين)$/.exec(cand);
    if (!m) continue;
    const base = m[1]!;
    if (!DUAL_BASES.has(base) || (m[2] === "ين" && !DUAL_YEEN_BASES.has(base))) continue;
    return { group: GROUP_NOUNS.get(cand) ?? GROUP_NOUNS.get(base) ?? null, kind: KIND_NOUNS.get(cand) ?? null };
  }
  return null;
}

function matchBefore(ws: string[], end: number, pattern: string[]): boolean {
  if (end - pattern.length < 0) return false;
  for (let k = 0; k < pattern.length; k++) {
    const w = ws[end - pattern.length + k]!;
    const p = pattern[k]!;
    if (w !== p && !(k === 0 && /^[وبل]/.test(w) && w.slice(1) === p)) return false;
  }
  return true;
}

function qualifierBefore(ws: string[], a: number): { qualifier: FactQualifier; start: number } {
  for (const [pattern, qualifier] of QUALIFIERS) if (matchBefore(ws, a, pattern)) return { qualifier, start: a - pattern.length };
  return { qualifier: "exact", start: a };
}

export interface FindFactsOptions {
  /** Spans of the text already read as dates; numbers inside them are not figures. */
  dateSpans?: ReadonlyArray<{ start: number; end: number }>;
}

/** Figures in `text` (an article body), in text order, restatements dropped. */
export function findFacts(text: string, options: FindFactsOptions = {}): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const sentence of splitSentences(text)) {
    const toks = tokenize(sentence.text);
    const dates = (options.dateSpans ?? []).filter((d) => d.start < sentence.end && sentence.start < d.end);
    for (const f of sentenceFacts(sentence.text, sentence.start, toks, dates)) {
      const key = `${f.kind}|${f.value}|${f.valueMax}|${f.qualifier}|${f.group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(f);
    }
  }
  return facts;
}

function sentenceFacts(text: string, offset: number, toks: Token[], dates: ReadonlyArray<{ start: number; end: number }>): Fact[] {
  const ws = toks.map((t) => t.norm);
  const out: Fact[] = [];
  // A boundary between word k-1 and word k: strong punctuation in the gap.
  const stopBetween = (k: number) => k > 0 && k < toks.length && CLAUSE_STOP.test(text.slice(toks[k - 1]!.end, toks[k]!.start));
  const gapAfter = (k: number) => (k < toks.length - 1 ? text.slice(toks[k]!.end, toks[k + 1]!.start) : text.slice(toks[k]?.end ?? text.length));
  let among: { kind: Kind; at: number } | null = null;
  let lastKind: Kind | null = null;

  for (let i = 0; i < toks.length; i++) {
    const w = ws[i]!;
    if (AMONG.has(w) || w === "وبين") {
      const k = kindNoun(ws[i + 1] ?? "");
      if (k && (ws[i + 1] ?? "").includes("ال")) among = { kind: k, at: i + 1 };
    }
    let value: number;
    let valueMax: number | null = null;
    let end: number;
    let group: string | null = null;
    let hasPerson = false;
    let kind: Kind | null = null;
    const reading = mayStartNumber(w) ? readNumber(ws, i) : null;
    const dual = reading || !DUAL_ENDING.test(w) ? null : readDual(w);
    if (reading) {
      ({ value, valueMax, end } = reading);
      const abs = { start: offset + toks[i]!.start, end: offset + toks[end - 1]!.end };
      if (dates.some((d) => abs.start < d.end && d.start < abs.end)) { i = end - 1; continue; }
      if (!reading.isWord && Number.isInteger(value) && value >= 1900 && value <= 2100 && ws[i]!.length === 4 && !personNoun(ws[end])) { i = end - 1; continue; }
      if (i > 0 && bare(ws[i - 1]!, (x) => NOT_A_FIGURE_AFTER.has(x))) { i = end - 1; continue; }
      if (/^\s*[%٪]/.test(gapAfter(end - 1))) { i = end - 1; continue; }
      const next = ws[end];
      if (next && bare(next, (x) => UNITS.has(x))) { i = end - 1; continue; }
      if (next === "في" && /^(?:المئه|المائه)$/.test(ws[end + 1] ?? "")) { i = end - 1; continue; }
      const noun = kindNoun(next ?? "");
      if (noun) { kind = noun; hasPerson = true; }
      // The number as the subject of a casualty verb: `مئات الآلاف نزحوا`.
      const verb = next && !noun ? bare(next, (x) => AFTER_CUES.has(x)) : null;
      if (verb) { kind = AFTER_CUES.get(verb)!; hasPerson = true; }
      const person = personNoun(next);
      if (person) {
        hasPerson = true;
        group = person.group;
        // A person noun then a casualty noun: `5 جنود قتلى`.
        if (!kind) kind = kindNoun(ws[end + 1] ?? "");
        end++;
      }
      // `27 من المدنيين`: the group after من.
      if (!person && next === "من" && personNoun(ws[end + 1])) {
        hasPerson = true;
        group = personNoun(ws[end + 1])!.group;
      }
    } else if (dual) {
      value = 2;
      end = i + 1;
      group = dual.group;
      kind = dual.kind;
      hasPerson = true;
    } else continue;

    const { qualifier: q, start: qStart } = qualifierBefore(ws, i);
    let qualifier = q;
    if (ws[end] === "علي" && ws[end + 1] === "الاقل") qualifier = "at_least";
    let cueRight = false;
    if (!kind && qStart > 0 && !stopBetween(qStart)) {
      const c = cueBefore(ws[qStart - 1]!);
      if (c) { kind = c; cueRight = true; }
      else if (ws[qStart - 1] === "علي" && qStart > 1 && /^(?:القبض|ال?قبض)$/.test(ws[qStart - 2]!)) { kind = "arrested"; cueRight = true; }
    }
    // `ارتفعت حصيلة القتلى إلى 45`, `عدد النازحين بلغ 250 ألفاً`: the count of a named tally.
    if (!kind) {
      for (let k = qStart - 1; k >= Math.max(1, qStart - TALLY_REACH) && !stopBetween(k + 1); k--) {
        const noun = ws[k]!.startsWith("ال") ? kindNoun(ws[k]!) : null;
        if (noun && TALLY_WORDS.has(ws[k - 1]!.replace(/^[وب]/, ""))) {
          kind = noun;
          cueRight = true;
          break;
        }
      }
    }
    if (!kind && qStart > 0 && SUBGROUP_MARKERS.has(bare(ws[qStart - 1]!, (x) => SUBGROUP_MARKERS.has(x)) ?? "") && lastKind) {
      kind = lastKind;
    }
    if (!kind && qStart > 1 && ws[qStart - 2] === "من" && SUBGROUP_MARKERS.has(ws[qStart - 1]!) && lastKind) kind = lastKind;
    if (!kind && among && qStart - among.at <= AMONG_REACH && !/[،,"«»“”]/.test(text.slice(toks[among.at]!.end, toks[qStart]?.start ?? text.length))) kind = among.kind;
    if (!kind && hasPerson) {
      for (let k = qStart - 1; k >= Math.max(0, qStart - CUE_WINDOW) && !stopBetween(k + 1); k--) {
        const c = cueBefore(ws[k]!);
        if (c) { kind = c; break; }
        if (mayStartNumber(ws[k]!) && readNumber(ws, k)) break;
      }
    }
    if (!kind && hasPerson) {
      for (let k = end; k < Math.min(ws.length, end + CUE_WINDOW + 3) && !stopBetween(k); k++) {
        const c = cueAfter(ws[k]!);
        if (c) { kind = c; break; }
      }
    }
    if (!kind || (!hasPerson && !cueRight)) { i = Math.max(i, end - 1); continue; }
    out.push({ kind, value, valueMax, qualifier, group, text });
    lastKind = kind;
    i = Math.max(i, end - 1);
  }
  return out;
}
