/**
 * `npx tsx eval/entities/relabel.ts [--dry]`: brings every half of the entity gold (gold.json, gold.fresh*.json) to the
 * head-word convention of eval/entities/README.md, printing every change. Reads the drawn bodies (draw.ts) to see the
 * words around each mention; writes only the gold files (offsets move, nothing else is relabelled). Rules:
 * - a head of HEAD_IN (facility, landform, institution, formal state name) is in the span: a mention written right
 *   after one, with nothing but spaces between and the head in no other mention, starts at the head (after its fused
 *   clitic: لنادي مانشستر يونايتد → نادي مانشستر يونايتد), when the mention's type is the head's and the mention does
 *   not open with a head of its own (بمطار قاعدة الرياض الجوية keeps the base's name);
 * - a head of HEAD_OUT (settlement and administrative divisions, media and company classifiers, the courtesy «دولة»,
 *   person titles) is out of the span: a mention that starts with one starts at the next word, when the mention's type
 *   is the head's and the rest names the entity alone, that is unless
 *   (a) the rest is descriptive: two or more words, a later one with the article or the fused لل (وكالة الأنباء
 *       السعودية, شركة بترول أبوظبي الوطنية, مدينة الملك فهد الطبية),
 *   (b) the rest starts with a title (ملعب الأمير محمد العبدالله الفيصل: a person's name, not the place's), or
 *   (c) the rest names another thing: NAMES_ANOTHER_THING (منطقة اليورو, whose rest is the currency), or one definite word
 *       after a stadium's head (ملعب الإمارات, ملعب الاتحاد: a country, a club or a common noun);
 * - a name in quotes after its head («مستشفى "موستا ديل سول"», «ملعب "لوفتس رود"») keeps the quoted span: the quotes
 *   delimit the name, and a span holding a quote mark is no name;
 * - the «ال» of a word is never cut (a span never starts inside a word): the gold already keeps it everywhere.
 * The canonical name follows a mention that was the name. Idempotent: a second run changes nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import type { GoldArticle } from "./build-gold.js";
import { drawEntityArticles, drawFresh2Articles, drawFresh3Articles, drawFresh4Articles, drawFresh5Articles, drawFresh6Articles, drawFresh7Articles, drawFresh8Articles, drawFresh9Articles, drawFresh10Articles, drawFreshArticles } from "./draw.js";

type Type = "person" | "organization" | "location";
const words = (s: string) => s.trim().split(/\s+/).map(normalizeArabic);
const heads = (spec: Record<string, string>) => new Map(Object.entries(spec).flatMap(([type, list]) => words(list).map((w) => [w, type as Type] as const)));

/** Heads that are part of the name: without them the rest names another thing (مطار القاهرة, جامعة الطائف) or no name. */
export const HEAD_IN = heads({
  location: `مطار ميناء معبر قطاع شارع جسر قصر متنزه جزيرة جزر نهر جبل وادي بحيرة خليج مملكة جمهورية سلطنة`,
  organization: `نادي جامعة مستشفى منظمة حزب حركة مصرف بنك جمعية`,
});

/**
 * Heads that only classify a name that names the entity alone (مدينة جدة, شركة أرامكو, صحيفة الوئام, ملعب ويمبلي,
 * الرئيس ترامب).
 */
export const HEAD_OUT = heads({
  location: `مدينة محافظة ولاية منطقة إقليم مقاطعة بلدة قرية حي مخيم إمارة دولة عاصمة ملعب استاد`,
  organization: `شركة صحيفة جريدة مجلة موقع قناة إذاعة مؤسسة مجموعة وكالة`,
  person: `الرئيس الشيخ الشيخة الدكتور الدكتورة الأمير الأميرة الملك الملكة السيد السيدة الوزير المهندس اللواء العميد العقيد الفريق الإمام الحاج المستشار الأستاذ`,
});

/** Words that open a name with its own head: such a name takes no second head (بمطار قاعدة الرياض الجوية: the base's name). */
const OWN_HEADS = new Set([...HEAD_IN.keys(), ...HEAD_OUT.keys(), ...words(`قاعدة`)]);

/** Title words that start a name given after a person (ملعب الأمير محمد العبدالله الفيصل): such a rest is not the place's name. */
const TITLE_START = new Set(words(`الملك الأمير الأميرة الشيخ الشيخة الرئيس الإمام السلطان`));

/** Head + rest where the rest alone names another thing: the head stays. */
const NAMES_ANOTHER_THING = new Set(["منطقه اليورو"]);

/** Stadium heads: one definite word after them names a common thing, a country or the club (ملعب الإمارات, ملعب الاتحاد), not the stadium. */
const STADIUM_HEADS = new Set(words(`ملعب استاد`));

const CLITICS = new Set(["و", "ف", "ب", "ل", "ك"]);
const LETTER = /[\p{L}\p{M}]/u;
const DEFINITE = /^(?:[وفبك]?ال|لل)/;

/** The head of HEAD_IN right before `start` (spaces only between), as [its start after any clitic, its type]. */
function headBefore(body: string, start: number): [number, Type] | null {
  let end = start;
  while (end > 0 && body[end - 1] === " ") end--;
  if (end === start) return null;
  let from = end;
  while (from > 0 && LETTER.test(body[from - 1]!)) from--;
  if (from === end) return null;
  const word = body.slice(from, end);
  const own = /^\S+/.exec(body.slice(start))?.[0] ?? "";
  if (OWN_HEADS.has(normalizeArabic(own))) return null;
  const whole = HEAD_IN.get(normalizeArabic(word));
  if (whole) return [from, whole];
  const bare = CLITICS.has(word[0]!) ? HEAD_IN.get(normalizeArabic(word.slice(1))) : undefined;
  return bare ? [from + 1, bare] : null;
}

/** Where the rest after a HEAD_OUT head that starts the mention begins, or null when the head stays. */
function restStart(body: string, [start, end]: [number, number], type: Type): number | null {
  const text = body.slice(start, end);
  const first = /^\S+/.exec(text)?.[0] ?? "";
  if (HEAD_OUT.get(normalizeArabic(first)) !== type) return null;
  const rest = text.slice(first.length).trim();
  if (!rest) return null;
  const restWords = words(rest);
  // Written words, not normalized ones: a foreign word's إل (إلكترونيكس) is no article.
  if (restWords.length >= 2 && rest.split(/\s+/).slice(1).some((w) => DEFINITE.test(w))) return null;
  if (type !== "person" && TITLE_START.has(restWords[0]!)) return null;
  if (NAMES_ANOTHER_THING.has(words(text).join(" "))) return null;
  if (STADIUM_HEADS.has(normalizeArabic(first)) && restWords.length === 1 && DEFINITE.test(rest)) return null;
  return end - rest.length;
}

const FILES = ["gold.json", ...["", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map((n) => `gold.fresh${n}.json`)];

function main(dry: boolean): void {
  const bodies = new Map([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles(), ...drawFresh5Articles(), ...drawFresh6Articles(), ...drawFresh7Articles(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => [a.id, a.body]));
  const counts = new Map<string, { in: number; out: number }>();
  for (const file of FILES) {
    const url = new URL(file, import.meta.url);
    const gold = JSON.parse(readFileSync(url, "utf8")) as { about: string; articles: GoldArticle[] };
    for (const article of gold.articles) {
      const body = bodies.get(article.id);
      if (body === undefined) throw new Error(`relabel: ${article.id} is not in the draw (is MARSAD_ANT_LATER_DIR set?)`);
      const tally = counts.get(article.split) ?? { in: 0, out: 0 };
      counts.set(article.split, tally);
      const taken = (a: number, b: number, self: [number, number]) => article.entities.some((e) => e.mentions.some((m) => m !== self && m[0] < b && a < m[1]));
      for (const entity of article.entities) {
        const type = entity.type as Type;
        const next: [number, number][] = [];
        for (const m of entity.mentions) {
          const before = headBefore(body, m[0]);
          const cut = restStart(body, m, type);
          let moved: [number, number] = m;
          if (before && before[1] === type && !taken(before[0], m[0], m)) moved = [before[0], m[1]];
          else if (cut !== null) moved = [cut, m[1]];
          if (moved !== m) {
            const [was, now] = [body.slice(m[0], m[1]), body.slice(moved[0], moved[1])];
            console.log(`${article.split}\t${article.id}\t${type}\t${moved[0] < m[0] ? "head in " : "head out"}\t«${was}» → «${now}»`);
            tally[moved[0] < m[0] ? "in" : "out"]++;
            if (entity.name === was) entity.name = now;
          }
          if (!next.some(([a, b]) => a === moved[0] && b === moved[1])) next.push(moved);
        }
        entity.mentions = next.sort((a, b) => a[0] - b[0]);
      }
    }
    if (!dry) writeFileSync(url, JSON.stringify(gold, null, 1) + "\n");
  }
  for (const [split, t] of counts) console.log(`${split}: ${t.in} head in, ${t.out} head out`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.includes("--dry"));
