/**
 * Mines recall (and precision) of marsad's figures over the DEV-safe pool (issue 12, figs26): every
 * article of the ANT multi-source and SaudiNewsNet samples that is neither a TEST article of the facts
 * draw (draw.ts) nor a copy of one's body, and, by default, none of the halves listed with --unseen
 * (fresh halves kept unseen to measure the mined rules on).
 *
 * `misses` (default): numbers (digits or number words, vague plurals included) within a few words of a
 * harm, arrest or displacement word in one sentence, where marsad read no figure at that number,
 * grouped by the pattern around the number (harm class, side, words between, the word after the
 * number). Numbers inside date mentions are left out (--with-dates keeps them), and so are numbers a
 * shape filter reads as no count of people (years, and numbers before a unit, an age, a duration, money
 * or a percentage; --raw keeps them).
 * `figures`: a sample of the figures marsad reads over the same pool, with their sentences, to check
 * wrong kinds and groups (seeded, --seed N).
 *
 *   npx tsx eval/facts/mine-figures.ts [misses|figures] [--window N] [--min N] [--show N] [--group KEY]
 *       [--seed N] [--sample N] [--unseen fresh14,…] [--with-dates] [--tsv] [--pool FILE.jsonl]
 *
 * --pool (or MARSAD_FIGURES_POOL; comma-separated paths) mines other JSONL collections instead of the DEV-safe pool: one article a
 * line, {id, title, body, source, date?, category?}; a licensed outside collection kept outside the repo
 * (figs29: Arabic Wikinews, CC BY 2.5), never scored.
 *
 * Prints counts by pattern (most frequent first) and up to --show sentences per pattern; --tsv prints
 * one line per candidate instead (id, outlet, pattern, sentence with the number in ⟦ ⟧). Reading only:
 * it writes nothing and scores nothing (no gold is read; TEST articles are never looked at).
 */
import { tokenize, type Token } from "../../src/arabic/analyze.js";
import { mayStartNumber, readNumber } from "../../src/arabic/numbers.js";
import { splitSentences } from "../../src/arabic/sentences.js";
import { findDateMentions } from "../../src/understand/dates/mentions.js";
import { findFacts } from "../../src/understand/figures.js";
import type { Fact } from "../../src/types.js";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { readAnt, readJsonl, readSaudiNewsNet, SHARED_DATA, str, type CorpusArticle } from "../lib/corpora.js";
import { drawFactsSample, LATER_DEV_DRAWS, LATER_DEV_PARTS, type LaterDevPart } from "./draw.js";

const HELP = `mine-figures: recall and precision mining of marsad's figures over the non-TEST pool
usage: npx tsx eval/facts/mine-figures.ts [misses|figures] [options]
  misses            numbers near a harm/arrest/displacement word with no figure read there (default)
  figures           a seeded sample of the figures marsad reads, with their sentences
  --window N        words between the harm word and the number (default 5)
  --min N           patterns seen fewer than N times are summed in one line (default 2)
  --show N          sentences printed per pattern (default 3)
  --group KEY       only patterns whose key contains KEY
  --unseen A,B      later DEV halves left out of the pool too (default fresh14)
  --with-dates      keep numbers inside date mentions
  --sample N        figures mode: how many figures (default 200; 0: every one, in pool order, for a
                    diff before and after a rule); --seed N (default 101)
  --raw             keep numbers a shape filter reads as no count (years; a unit, age, duration, money or percentage after them)
  --jawhara         add the 9,965 JawharaFM lines of arabic-unlabeled (never scored: more outlets for a
                    rule's examples and its pool diff)
  --pool FILE[,…]   mine these JSONL collections ({id,title,body,source,date?,category?} a line) instead
                    of the DEV-safe pool (also MARSAD_FIGURES_POOL); --jawhara still adds its lines
  --tsv             one line per candidate: id, outlet, pattern, sentence`;

/** Harm, arrest, displacement and missing words by class, as normalized stems after optional proclitics (the mining filter only; not the extractor's lexicon). */
const HARM_CLASSES: Record<string, RegExp> = {
  killed: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:قتل|قتلت|قتلوا|يقتل|مقتل|قتيل|قتيلا|قتلي|قتلاه|قتلاهم|استشهد|استشهدوا|استشهاد|شهيد|شهيدا|شهداء|شهدا|ضحيه|ضحايا|ضحيتها|ضحيته|ضحاياها|مصرع|مصرعهم|مصرعه|حتفه|حتفهم|توفي|توفوا|وفاه|وفيات|اعدم|اعدام|اعدموا|غرق|غرقي|غريق|هلاك|هلك|لقي|لقوا|قضي|قضوا|ارواح|حياه)$/,
  injured: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:جرح|جرحي|جريح|جريحا|جرحوا|اصابه|اصابات|اصيب|اصيبوا|مصاب|مصابا|مصابين|مصابون|يصاب|اصابتهم)$/,
  arrested: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:اعتقال|اعتقل|اعتقلت|معتقل|معتقلا|معتقلين|معتقلون|اسر|اسري|اسير|اسيرا|توقيف|اوقف|اوقفت|موقوف|موقوفين|ضبط|ضبطت|احتجاز|احتجز|محتجز|محتجزين|خطف|اختطاف|اختطف|مخطوف|مخطوفين|رهينه|رهائن|القبض|قبض|سجين|سجناء|سجنا|حبس|اعتقالات|توقيفات)$/,
  displaced: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:نزوح|نزح|نازح|نازحا|نازحين|نازحون|تهجير|هجر|مهجر|مهجرين|لاجئ|لاجئا|لاجئين|لاجئون|فر|فروا|فرار|اجلاء|اجلي|شرد|تشريد|مشرد|مشردين)$/,
  missing: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:مفقود|مفقودا|مفقودين|مفقودون|فقدان|فقد|فقدوا|فقدت|مختف|اختفاء|مختفين)$/,
};
/** Words right after a number that make it no count of people (a shape filter of the mining only, `--raw` keeps them): years, ages, durations, money, percentages, units, scores. */
const NON_COUNT_NEXT = new Set("عاما عام اعوام سنه سنوات سنين عمره عمرها العمر شهرا شهر اشهر شهور يوما يوم ايام ساعه ساعات دقيقه دقائق اسبوعا اسابيع دولار دولارا ريال ريالا يورو جنيه جنيها درهم دينار روبيه ليره مليار بالمئه بالمائه كيلومترا كيلومتر كلم كم مترا متر طن اطنان كيلوغرام كيلوغرامات كيلو هدفا هدف مقعدا مقعد مقاعد صوتا نقطه درجه مره مرات اضعاف لقبا مباراه ميلادي".split(" "));
const isYear = (w: string): boolean => /^(?:19|20)\d\d$/.test(w);
/** Short words kept as they are in a pattern (others become `w`). */
const KEEP = new Set("من في على عن الى إلى الي نحو حوالي قرابه اكثر اقل الاقل ما لا يقل عدد بين بينهم منهم و او عشرات مئات الاف الف الاف الي اثر جراء بعد قبل اليوم امس".split(" "));

interface Args {
  mode: "misses" | "figures";
  window: number;
  min: number;
  show: number;
  group: string | null;
  unseen: LaterDevPart[];
  withDates: boolean;
  sample: number;
  seed: number;
  tsv: boolean;
  raw: boolean;
  jawhara: boolean;
  pool: string | null;
}

function parseArgs(argv: string[]): Args | null {
  if (argv.includes("--help") || argv.includes("-h")) return null;
  const value = (flag: string, fallback: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  const unseen = value("--unseen", "fresh14").split(",").filter(Boolean);
  for (const u of unseen) if (!(LATER_DEV_PARTS as readonly string[]).includes(u)) throw new Error(`mine-figures: unknown half ${u}`);
  return {
    mode: argv.includes("figures") ? "figures" : "misses",
    window: Number(value("--window", "5")),
    min: Number(value("--min", "2")),
    show: Number(value("--show", "3")),
    group: argv.includes("--group") ? value("--group", "") : null,
    unseen: unseen as LaterDevPart[],
    withDates: argv.includes("--with-dates"),
    sample: Number(value("--sample", "200")),
    seed: Number(value("--seed", "101")),
    tsv: argv.includes("--tsv"),
    raw: argv.includes("--raw"),
    jawhara: argv.includes("--jawhara"),
    pool: argv.includes("--pool") ? value("--pool", "") || null : process.env.MARSAD_FIGURES_POOL || null,
  };
}

export interface PoolArticle extends CorpusArticle {
  corpus: "ant" | "saudinewsnet" | "jawharafm" | "outside";
}

/** An outside JSONL collection (`--pool`): one article a line, {id, title, body, source, date?, category?}. */
export function readOutsidePool(path: string): PoolArticle[] {
  return readJsonl(path).map((r): PoolArticle => ({ id: str(r.id), title: str(r.title), body: str(r.body), source: str(r.source) || "outside", publishedAt: str(r.date) || null, category: str(r.category) || null, corpus: "outside" }));
}

/** The JawharaFM lines of arabic-unlabeled (its SOURCE.md: no evaluation set; read here for examples only). */
export function jawharaLines(): PoolArticle[] {
  const text = gunzipSync(readFileSync(`${SHARED_DATA}arabic-unlabeled/ant_v1.1_jawharafm.txt.gz`)).toString("utf8");
  return text.split("\n").filter((l) => l.trim()).map((body, i): PoolArticle => ({ id: `ja-${i + 1}`, title: "", body, source: "JawharaFM", publishedAt: null, category: null, corpus: "jawharafm" }));
}

/** The DEV-safe pool: both samples minus the first draw's TEST articles, the `unseen` halves and every article whose trimmed body is one of theirs. */
export function devSafePool(unseen: readonly LaterDevPart[]): PoolArticle[] {
  const held = [...drawFactsSample().filter((a) => a.split === "test"), ...unseen.flatMap((p) => LATER_DEV_DRAWS[p]())];
  const ids = new Set(held.map((a) => a.id));
  const bodies = new Set(held.map((a) => a.body.trim()));
  const keep = (a: CorpusArticle) => !ids.has(a.id) && !bodies.has(a.body.trim());
  return [...readAnt().filter(keep).map((a): PoolArticle => ({ ...a, corpus: "ant" })), ...readSaudiNewsNet().filter(keep).map((a): PoolArticle => ({ ...a, corpus: "saudinewsnet" }))];
}

function factsOf(a: CorpusArticle): Fact[] {
  const dates = findDateMentions(a.body, a.publishedAt);
  return findFacts(a.body, { dateSpans: dates.map((d) => ({ start: d.start, end: d.start + d.text.length, value: d.value, kind: d.kind })), publishedAt: a.publishedAt, keepRestatements: true });
}

const harmClass = (w: string): string | null => {
  for (const [k, re] of Object.entries(HARM_CLASSES)) if (re.test(w)) return k;
  return null;
};

interface Candidate {
  id: string;
  source: string;
  key: string;
  sentence: string;
  /** Whether marsad read another figure in the sentence. */
  sentenceHasFigure: boolean;
}

const abstract = (w: string): string => (KEEP.has(w) ? w : harmClass(w) ? "H" : /^\d/.test(w) ? "N" : "w");

let filtered = 0;

function mineArticle(a: PoolArticle, args: Args, out: Candidate[]): void {
  const toks: Token[] = tokenize(a.body);
  const ws = toks.map((t) => t.norm);
  const facts = factsOf(a);
  const dates = args.withDates ? [] : findDateMentions(a.body, a.publishedAt);
  const inDate = (s: number, e: number) => dates.some((d) => s < d.start + d.text.length && e > d.start);
  const sentences = splitSentences(a.body);
  let si = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!mayStartNumber(ws[i]!)) continue;
    const n = readNumber(ws, i);
    if (!n) continue;
    const start = toks[n.start]!.start;
    const end = toks[n.end - 1]!.end;
    while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
    const s = sentences[si]!;
    const inSentence = (k: number) => toks[k] !== undefined && toks[k]!.start >= s.start && toks[k]!.end <= s.end;
    let harm: { k: number; cls: string } | null = null;
    for (let d = 1; d <= args.window + 1 && !harm; d++) {
      for (const k of [n.start - d, n.end - 1 + d]) {
        if (!inSentence(k)) continue;
        const cls = harmClass(ws[k]!);
        if (cls) {
          harm = { k, cls };
          break;
        }
      }
    }
    i = n.end - 1;
    if (!harm) continue;
    if (inDate(start, end)) continue;
    if (facts.some((f) => f.start !== undefined && f.start < end && (f.end ?? f.start + 1) > start)) continue;
    const nextWord = inSentence(n.end) ? ws[n.end]! : "";
    if (!args.raw && (isYear(ws[n.start]!) || NON_COUNT_NEXT.has(nextWord.replace(/^و/, "")) || /^[%٪]/.test(a.body.slice(end, end + 2).trim()))) {
      filtered++;
      continue;
    }
    const before = harm.k < n.start;
    const between = before ? ws.slice(harm.k + 1, n.start) : ws.slice(n.end, harm.k);
    const next = ws[n.end] !== undefined && inSentence(n.end) ? abstract(ws[n.end]!) === "w" ? ws[n.end]! : abstract(ws[n.end]!) : ".";
    const prev = !before && inSentence(n.start - 1) ? ws[n.start - 1]! : "";
    const key = before ? `${harm.cls}: ${ws[harm.k]} ${between.map(abstract).join(" ")} N ${next}` : `${harm.cls}: ${prev} N ${between.map(abstract).join(" ")} ${ws[harm.k]}`;
    const sentenceHasFigure = facts.some((f) => f.start !== undefined && f.start >= s.start && f.start < s.end);
    const text = `${a.body.slice(Math.max(s.start, start - 160), start)}⟦${a.body.slice(start, end)}⟧${a.body.slice(end, Math.min(s.end, end + 160))}`.replace(/\s+/g, " ");
    out.push({ id: a.id, source: a.source, key: key.replace(/\s+/g, " "), sentence: text, sentenceHasFigure });
  }
}

function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.log(HELP);
    return;
  }
  const pool = [...(args.pool ? args.pool.split(",").flatMap(readOutsidePool) : devSafePool(args.unseen)), ...(args.jawhara ? jawharaLines() : [])];
  if (args.mode === "figures") {
    const all: string[] = [];
    for (const a of pool) {
      for (const f of factsOf(a)) {
        if (f.kind === ("other" as Fact["kind"]) || f.start === undefined) continue;
        const ctx = a.body.slice(Math.max(0, f.start - 90), f.start) + "⟦" + a.body.slice(f.start, f.end) + "⟧" + a.body.slice(f.end, (f.end ?? f.start) + 90);
        all.push([a.id, a.source, `${f.kind} ${f.value}${f.valueMax ? `-${f.valueMax}` : ""} ${f.qualifier} ${f.group ?? "-"} ${f.scope?.extent ?? ""}`, ctx.replace(/\s+/g, " ")].join("\t"));
      }
    }
    if (args.sample === 0) {
      // every mention in pool order: a diff of two runs shows what a rule changes
      console.error(`${pool.length} pool articles, ${all.length} figure mentions`);
      for (const line of all) console.log(line);
      return;
    }
    const rand = mulberry32(args.seed);
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    console.error(`${pool.length} pool articles, ${all.length} figure mentions; ${Math.min(args.sample, all.length)} sampled (seed ${args.seed})`);
    for (const line of all.slice(0, args.sample)) console.log(line);
    return;
  }
  const found: Candidate[] = [];
  for (const a of pool) mineArticle(a, args, found);
  const cands = args.group === null ? found : found.filter((c) => c.key.includes(args.group!));
  if (args.tsv) {
    for (const c of cands) console.log([c.id, c.source, c.key, c.sentenceHasFigure ? "other-figure" : "no-figure", c.sentence].join("\t"));
    console.error(`${pool.length} pool articles; ${cands.length} candidates; ${filtered} numbers left out by the shape filter`);
    return;
  }
  const byKey = new Map<string, Candidate[]>();
  for (const c of cands) (byKey.get(c.key) ?? byKey.set(c.key, []).get(c.key)!).push(c);
  const sorted = [...byKey].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
  const poolNote = args.pool ? `from ${args.pool}` : `(TEST and ${args.unseen.join(", ") || "no other half"} left out, with their bodies)`;
  console.log(`${pool.length} pool articles ${poolNote}; ${cands.length} numbers near a harm word with no figure read, ${cands.filter((c) => !c.sentenceHasFigure).length} in sentences with no figure at all; ${byKey.size} patterns; ${filtered} numbers left out by the shape filter`);
  let rare = 0;
  for (const [key, cs] of sorted) {
    if (cs.length < args.min) {
      rare += cs.length;
      continue;
    }
    const outlets = new Set(cs.map((c) => c.source)).size;
    console.log(`\n${cs.length}\t${outlets} outlets\t${key}`);
    for (const c of cs.slice(0, args.show)) console.log(`    ${c.id} ${c.source}: ${c.sentence}`);
  }
  console.log(`\n${rare} candidates in patterns seen fewer than ${args.min} times`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) main();
