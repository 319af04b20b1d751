/**
 * The hostile inputs of `npm run test:hostile`, written by marsad itself (nothing downloaded or
 * copied): every page is composed here from small Arabic word lists and a seeded PRNG, so the same
 * seed writes the same bytes. Rules:
 * - `writeHostileBatch` writes one directory that a single `ingest`/`extract` must get through:
 *   good pages next to 100,000 nested divs, a FIFO, a link to a device, a directory link cycle, a
 *   36 MB page, NUL bytes (windows-1256 and a JSONL `\u0000`), bidi overrides, soft hyphens, a
 *   binary and an empty file. Its manifest says, per input, what must happen: stored (and found by
 *   a word) or refused with an issue code.
 * - `hundredThousandItemFeed` is an RSS feed of 100,000 items for a local site (see the test).
 * - `writeCorpus` writes N ordinary distinct articles (kill -9 and concurrent-writer tests).
 * Run alone: `node --import tsx test/hostile/generate.ts <dir>` writes the batch and prints the manifest.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { seededRandom } from "../../src/seeded-random.js";
import { encodeWindows1256 } from "../../src/acquire/http/hostile-site.js";

export type Expectation = { outcome: "stored"; word: string } | { outcome: "refused"; code: string };

export interface HostileInput {
  /** Path relative to the batch directory. */
  name: string;
  expect: Expectation;
}

const CITIES = ["عمّان", "تونس", "الرباط", "بيروت", "دمشق", "بغداد", "الخرطوم", "صنعاء", "طرابلس", "الدوحة", "مسقط", "نواكشوط"];
const SUBJECTS = ["وزارة الصحة", "بلدية المدينة", "هيئة الأرصاد الجوية", "اتحاد المزارعين", "جامعة العاصمة", "مديرية التربية", "شركة الكهرباء", "نقابة الصحفيين"];
const EVENTS = ["افتتاح معرض للكتاب", "انقطاع التيار الكهربائي", "أمطار غزيرة وسيول", "إطلاق حملة تطعيم", "مهرجان للمسرح", "إضراب عمال النقل", "موسم قطف الزيتون", "مؤتمر للطاقة المتجددة"];
const VERBS = ["أعلنت", "أكدت", "ذكرت", "أوضحت", "قالت"];
const DETAILS = [
  "أن العمل سيستمر حتى نهاية الأسبوع المقبل",
  "أن عدد المشاركين تجاوز التوقعات هذا العام",
  "أن الفرق الميدانية تعمل على مدار الساعة",
  "أن الخطة تشمل الأحياء الشرقية والغربية معاً",
  "أن الميزانية المخصصة زادت مقارنة بالعام الماضي",
  "أن السكان مدعوون إلى متابعة البيانات الرسمية",
];

/** One composed article: title, date line, body paragraphs and a source line, as a text dump. */
export function composeArticle(n: number, seed = 7): { title: string; text: string; word: string } {
  const random = seededRandom(seed * 100_003 + n);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const city = pick(CITIES);
  const event = pick(EVENTS);
  const subject = pick(SUBJECTS);
  // the number makes every title and body distinct, so no two composed articles are copies
  const title = `${event} في ${city} بمشاركة ${1000 + n} شخص`;
  const paragraphs = [
    `${pick(VERBS)} ${subject} في ${city} ${pick(DETAILS)}، وذلك في بيان صدر صباح اليوم بشأن ${event}.`,
    `وأضاف البيان أن ${1000 + n} شخص شاركوا في الفعاليات الأولى، ${pick(DETAILS)}، فيما ${pick(VERBS)} مصادر محلية ${pick(DETAILS)}.`,
    `ويأتي ذلك بعد أسابيع من التحضير، إذ ${pick(VERBS)} ${pick(SUBJECTS)} ${pick(DETAILS)}.`,
  ];
  const day = 10 + (n % 18);
  const text = `${title}\nتاريخ النشر: 2026-11-${day} 0${n % 10}:30\n${paragraphs.join("\n\n")}\nالمصدر: ${pick(["وكالة الواحة", "صحيفة النهر", "موقع الساحل", "إذاعة الجبل"])}\n`;
  return { title, text, word: event.split(" ")[0]! };
}

function htmlPage(title: string, body: string, head = ""): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

const PARAGRAPH = "وقال المتحدث باسم البلدية إن فرق الصيانة بدأت العمل منذ ساعات الصباح الأولى، وإن الطرق الرئيسية ستفتح تباعاً خلال اليوم.";

/** A page of `size` bytes: an article, a 4 MB inline script, then thousands of reader comments. */
export function bigPage(size: number): string {
  const article = htmlPage("تعليقات القراء على خطة النقل الجديدة في العاصمة", `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`).replace("</body></html>", "");
  const script = `<script>window.__DATA__=${JSON.stringify({ items: Array.from({ length: 40_000 }, (_, i) => ({ id: i, label: "عنصر" })) })}</script>`;
  const comment = (i: number) => `<div class="comment" id="c${i}"><span class="author">قارئ ${i}</span><p>${PARAGRAPH}</p></div>`;
  const parts = [article, script, '<section id="comments">'];
  let length = parts.join("").length;
  for (let i = 0; length < size - 100; i++) {
    const c = comment(i);
    parts.push(c);
    length += Buffer.byteLength(c);
  }
  parts.push("</section></body></html>");
  return parts.join("");
}

export const BIG_PAGE_BYTES = 36 * 1024 * 1024;
export const DEEP_NESTING = 100_000;

/** Writes the batch directory and returns its manifest. */
export function writeHostileBatch(dir: string, options: { bigPageBytes?: number } = {}): HostileInput[] {
  mkdirSync(dir, { recursive: true });
  const out: HostileInput[] = [];
  const write = (name: string, data: string | Uint8Array, expect: Expectation) => {
    writeFileSync(join(dir, name), data);
    out.push({ name, expect });
  };
  for (let n = 1; n <= 3; n++) {
    const a = composeArticle(n);
    write(`good-${n}.txt`, a.text, { outcome: "stored", word: `${1000 + n}` });
  }
  write("deep-nesting.html", `<!doctype html><html><head><title>صفحة متداخلة</title></head><body>${"<div>".repeat(DEEP_NESTING)}<p>${PARAGRAPH} عميقة</p>${"</div>".repeat(DEEP_NESTING)}</body></html>`, { outcome: "stored", word: "عميقة" });
  const fifo = spawnSync("mkfifo", [join(dir, "fifo.html")]);
  if (fifo.status !== 0) throw new Error(`generate: mkfifo failed: ${fifo.stderr}`);
  out.push({ name: "fifo.html", expect: { outcome: "refused", code: "input-not-regular" } });
  symlinkSync("/dev/zero", join(dir, "zero.html"));
  out.push({ name: "zero.html", expect: { outcome: "refused", code: "input-not-regular" } });
  mkdirSync(join(dir, "sub"));
  symlinkSync("..", join(dir, "sub", "loop"));
  write("big.html", bigPage(options.bigPageBytes ?? BIG_PAGE_BYTES), { outcome: "stored", word: "تعليقات" });
  const nulPage = htmlPage("انقطاع المياه عن أحياء المدينة", `<p>${PARAGRAPH.replace("البلدية", "البلدية\u0000")} مياه\u0000</p>`).replace('charset="utf-8"', 'charset="windows-1256"');
  write("nul-bytes.html", encodeWindows1256(nulPage), { outcome: "stored", word: "مياه" });
  write("nul-escape.jsonl", `${JSON.stringify({ title: "بيان\u0000 الأرصاد الجوية", date: "2026-11-20", text: `${PARAGRAPH} أرصاد\u0000` })}\n`, { outcome: "stored", word: "أرصاد" });
  out[out.length - 1]!.name = "nul-escape.jsonl#1";
  write("bidi-title.html", htmlPage("نتائج \u202Eاختبار\u202C القبول في الجامعات", `<p>${PARAGRAPH} اختبار</p>`), { outcome: "stored", word: "اختبار" });
  write("soft-hyphens.txt", `مهرجان المسرح يختتم دورته\n${PARAGRAPH} وشهد المهر\u00ADجان عروضاً من عشر\u200Bين فرقة وجمهوراً كبي\u2060راً.\n`, { outcome: "stored", word: "المهرجان" });
  const random = seededRandom(99);
  write("binary.html", Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256)), { outcome: "refused", code: "input-binary" });
  write("empty.txt", "", { outcome: "refused", code: "input-empty" });
  return out;
}

/** An RSS feed of `count` items on `origin`: all but `allowed` under /blocked/ (robots.txt forbids it). */
export function hundredThousandItemFeed(origin: string, count = 100_000, allowed = 10): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = i % Math.floor(count / allowed) === 0 && i / Math.floor(count / allowed) < allowed ? `/news/${i}` : `/blocked/${i}`;
    items.push(`<item><title>خبر ${i}</title><link>${origin}${path}</link><guid>${origin}${path}</guid></item>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خلاصة ضخمة</title><link>${origin}/</link>${items.join("")}</channel></rss>`;
}

/** Writes `count` distinct composed articles as text files; returns their file names. */
export function writeCorpus(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    const name = `article-${String(n).padStart(4, "0")}.txt`;
    writeFileSync(join(dir, name), composeArticle(n, seed).text);
    names.push(name);
  }
  return names;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!) && process.argv[2]) {
  process.stdout.write(`${JSON.stringify(writeHostileBatch(process.argv[2]), null, 1)}\n`);
}
