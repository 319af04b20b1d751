/**
 * The words of the CLI's human output, in Arabic and in English (`--lang`). Rules:
 * - One language per run: every label a command prints comes from the table of that language, so a
 *   line never mixes Arabic labels with English ones; values (titles, names, ids) stay as stored.
 * - Default: Arabic when the locale (LC_ALL, then LC_MESSAGES, then LANG) is Arabic, else English.
 * - Arabic: counted nouns in the form the number asks for, dates with Arabic month names and
 *   Western digits, code names of figures and entities in Arabic (the web reader's names,
 *   serve/web/labels.ts). English: ISO dates and the stored codes.
 * - JSON output (`--json`) is data, never translated.
 */
import { ARTICLES, formatCount, formatDay, formatNumber, RESULTS, SOURCES, type CountedNoun } from "../serve/web/format.js";
import { FIGURE_GROUPS, FIGURE_KINDS, QUALIFIERS } from "../serve/web/labels.js";

export const LANGUAGES = ["ar", "en"] as const;
export type OutputLanguage = (typeof LANGUAGES)[number];

/** The language the locale asks for: `ar` when the first set of LC_ALL, LC_MESSAGES, LANG starts with "ar". */
export function defaultLanguage(env: Record<string, string | undefined> = process.env): OutputLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v.trim() !== "") ?? "";
  return /^ar([_.@-]|$)/i.test(locale) ? "ar" : "en";
}

const COPIES: CountedNoun = { one: "نسخة واحدة", two: "نسختان", few: "نسخ", many: "نسخة", singular: "نسخة" };
const CONFLICTS: CountedNoun = { one: "تعارض واحد", two: "تعارضان", few: "تعارضات", many: "تعارضاً", singular: "تعارض" };
const STORIES: CountedNoun = { one: "قصة واحدة", two: "قصتان", few: "قصص", many: "قصة", singular: "قصة" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface FigureWords {
  kind: string;
  group: string | null;
  value: number;
  valueMax: number | null;
  qualifier: string;
}

/** Every label the CLI prints for people. */
export interface Messages {
  results(total: number): string;
  relaxedNote: string;
  copies(n: number): string;
  id(id: string): string;
  facetNames: Record<string, string>;
  warning: string;
  articles(n: number): string;
  sources(n: number): string;
  stories(n: number): string;
  conflicts(n: number): string;
  firstSeen(day: string | null): string;
  lastSeen(day: string | null): string;
  sourcesLabel: string;
  perDayLabel: string;
  perDay(day: string, articles: number, sources: number): string;
  entitiesLabel: string;
  figureLabel: string;
  latestLabel: string;
  highestLabel: string;
  conflictLabel: string;
  quoteLabel: string;
  figureName(f: Pick<FigureWords, "kind" | "group">): string;
  figureValue(f: FigureWords): string;
  unknown: string;
  day(iso: string | null): string;
  none: string;
  list(items: string[]): string;
  ingestCounts(c: { created: number; updated: number; unchanged: number; skipped: number; failed: number }): string;
  enqueueCounts(c: { added: number; requeued: number; known: number; failed: number }): string;
  jobCounts(c: { queued: number; running: number; done: number; dead: number }): string;
  workerStopping: string;
  noSuchStory(id: string): string;
  connectNothing: string;
  connectSkipped(holder: string | null | undefined): string;
  connectReport(r: { connected: number; exactDuplicates: number; nearDuplicates: number; refreshed: number; newStories: number; joinedStories: number; mergedStories: number; splitStories: number; storiesWritten: number }): string;
  ingested(input: string, counts: string): string;
  storeAt(kind: string, location: string): string;
  listening(url: string): string;
  readable: { none: string; related(n: number): string; main: string; relatedRole: string; title: string; date: string; updated: string; source: string; author: string; counts: string; countsLine(c: { embeds: number; articleTags: number; pageTags: number; entities: number; quotes: number; figures: number }): string };
}

const ENGLISH: Messages = {
  results: (total) => plural(total, "result", "results"),
  relaxedNote: "no article has every word: showing articles with some of the words, those with more of them first",
  copies: (n) => `+${plural(n, "copy", "copies")}`,
  id: (id) => `id ${id}`,
  facetNames: { source: "sources", day: "days", entity: "entities" },
  warning: "warning",
  articles: (n) => plural(n, "article", "articles"),
  sources: (n) => plural(n, "source", "sources"),
  stories: (n) => plural(n, "story", "stories"),
  conflicts: (n) => plural(n, "figure conflict", "figure conflicts"),
  firstSeen: (day) => `first seen ${day ?? "?"}`,
  lastSeen: (day) => `last ${day ?? "?"}`,
  sourcesLabel: "sources",
  perDayLabel: "per day",
  perDay: (day, articles, sources) => `${day} ${plural(articles, "article", "articles")} from ${plural(sources, "source", "sources")}`,
  entitiesLabel: "entities",
  figureLabel: "figure",
  latestLabel: "latest",
  highestLabel: "highest",
  conflictLabel: "CONFLICT",
  quoteLabel: "quote",
  figureName: (f) => `${f.kind}${f.group ? ` (${f.group})` : ""}`,
  figureValue: (f) => `${f.qualifier === "exact" ? "" : `${f.qualifier.replace(/_/g, " ")} `}${f.value}${f.valueMax ? `–${f.valueMax}` : ""}`,
  unknown: "?",
  day: (iso) => iso?.slice(0, 10) ?? "?",
  none: "—",
  list: (items) => items.join(", "),
  ingestCounts: (c) => `new ${c.created}, versions ${c.updated}, unchanged ${c.unchanged}, skipped ${c.skipped}, failed ${c.failed}`,
  enqueueCounts: (c) => `jobs added ${c.added}, queued again ${c.requeued}, already known ${c.known}, unreadable ${c.failed}`,
  jobCounts: (c) => `jobs queued ${c.queued}, running ${c.running}, done ${c.done}, dead ${c.dead}`,
  workerStopping: "stopping: finishing the jobs under way, giving back the others",
  noSuchStory: (id) => `${id}: no such story`,
  connectNothing: "every stored article is connected already; nothing to do",
  connectSkipped: (holder) => `another process${holder ? ` (${holder})` : ""} is connecting this store; the articles stored wait in its queue (pass --wait to wait for it, or run \`marsad connect\` later)`,
  connectReport: (r) => `connected ${r.connected} (exact copies ${r.exactDuplicates}, near copies ${r.nearDuplicates}), refreshed ${r.refreshed}; stories new ${r.newStories}, joined ${r.joinedStories}, merged ${r.mergedStories}, split ${r.splitStories}; records written ${r.storiesWritten}`,
  ingested: (input, counts) => `ingested ${input}: ${counts}`,
  storeAt: (kind, location) => `${kind} store at ${location}`,
  listening: (url) => `listening on ${url} (API: /api, OpenAPI: /api/openapi.json)`,
  readable: {
    none: "(none)",
    related: (n) => `main + ${n} related`,
    main: "main",
    relatedRole: "related",
    title: "title: ",
    date: "date:  ",
    updated: "updated",
    source: "source:",
    author: "author:",
    counts: "counts:",
    countsLine: (c) => `${c.embeds} embeds, ${c.articleTags}/${c.pageTags} page tags about the article, ${c.entities} entities, ${c.quotes} quotes, ${c.figures} figures`,
  },
};

const ARABIC: Messages = {
  results: (total) => formatCount(total, RESULTS),
  relaxedNote: "لا خبر يحوي كل الكلمات: تظهر الأخبار التي تحوي بعضها، الأكثر منها أولاً",
  copies: (n) => `+${formatCount(n, COPIES)}`,
  id: (id) => `المعرّف ${id}`,
  facetNames: { source: "المصادر", day: "الأيام", entity: "الأعلام" },
  warning: "تنبيه",
  articles: (n) => formatCount(n, ARTICLES),
  sources: (n) => formatCount(n, SOURCES),
  stories: (n) => formatCount(n, STORIES),
  conflicts: (n) => `${formatCount(n, CONFLICTS)} في الأرقام`,
  firstSeen: (day) => `أول ظهور ${day ?? "؟"}`,
  lastSeen: (day) => `آخر ظهور ${day ?? "؟"}`,
  sourcesLabel: "المصادر",
  perDayLabel: "في كل يوم",
  perDay: (day, articles, sources) => `${day}: ${formatCount(articles, ARTICLES)} من ${formatCount(sources, SOURCES)}`,
  entitiesLabel: "الأعلام",
  figureLabel: "رقم",
  latestLabel: "الأحدث",
  highestLabel: "الأعلى",
  conflictLabel: "تعارض",
  quoteLabel: "اقتباس",
  figureName: (f) => `${FIGURE_KINDS[f.kind] ?? f.kind}${f.group ? ` (${FIGURE_GROUPS[f.group] ?? f.group})` : ""}`,
  figureValue: (f) => `${QUALIFIERS[f.qualifier] ? `${QUALIFIERS[f.qualifier]} ` : ""}${formatNumber(f.value)}${f.valueMax ? `–${formatNumber(f.valueMax)}` : ""}`,
  unknown: "؟",
  day: (iso) => (iso ? formatDay(iso) : "؟"),
  none: "—",
  list: (items) => items.join("، "),
  ingestCounts: (c) => `جديد ${formatNumber(c.created)}، نسخ جديدة ${formatNumber(c.updated)}، بلا تغيير ${formatNumber(c.unchanged)}، مخزّن من قبل ${formatNumber(c.skipped)}، تعذّر ${formatNumber(c.failed)}`,
  enqueueCounts: (c) => `مهام مضافة ${formatNumber(c.added)}، أعيدت إلى الطابور ${formatNumber(c.requeued)}، معروفة من قبل ${formatNumber(c.known)}، تعذّرت قراءتها ${formatNumber(c.failed)}`,
  jobCounts: (c) => `مهام في الطابور ${formatNumber(c.queued)}، قيد التنفيذ ${formatNumber(c.running)}، منجزة ${formatNumber(c.done)}، متروكة ${formatNumber(c.dead)}`,
  workerStopping: "إيقاف: تُنهى المهام الجارية وتُعاد البقية إلى الطابور",
  noSuchStory: (id) => `${id}: لا قصة بهذا المعرّف`,
  connectNothing: "كل الأخبار المخزّنة مربوطة من قبل؛ لا شيء لفعله",
  connectSkipped: (holder) => `عملية أخرى${holder ? ` (${holder})` : ""} تربط هذا المخزن الآن؛ تنتظر الأخبار المخزنة في طابورها (استعمل --wait للانتظار، أو شغّل \`marsad connect\` لاحقاً)`,
  connectReport: (r) => `رُبط ${formatNumber(r.connected)} (نسخ مطابقة ${formatNumber(r.exactDuplicates)}، نسخ متقاربة ${formatNumber(r.nearDuplicates)})، حُدّث ${formatNumber(r.refreshed)}؛ القصص: جديدة ${formatNumber(r.newStories)}، انضمام ${formatNumber(r.joinedStories)}، دمج ${formatNumber(r.mergedStories)}، فصل ${formatNumber(r.splitStories)}؛ سجلات مكتوبة ${formatNumber(r.storiesWritten)}`,
  ingested: (input, counts) => `أُدخل ${input}: ${counts}`,
  storeAt: (kind, location) => `المخزن (${kind}) في ${location}`,
  listening: (url) => `يعمل على ${url} (الواجهة البرمجية: /api، وصفها: /api/openapi.json)`,
  readable: {
    none: "(لا يوجد)",
    related: (n) => `الخبر الرئيسي و${formatCount(n, ARTICLES)} ذات صلة`,
    main: "رئيسي",
    relatedRole: "ذو صلة",
    title: "العنوان:",
    date: "التاريخ:",
    updated: "حُدّث",
    source: "المصدر:",
    author: "الكاتب:",
    counts: "الأعداد:",
    countsLine: (c) => `منشورات مضمّنة ${formatNumber(c.embeds)}، وسوم الصفحة عن الخبر ${formatNumber(c.articleTags)} من ${formatNumber(c.pageTags)}، أعلام ${formatNumber(c.entities)}، اقتباسات ${formatNumber(c.quotes)}، أرقام ${formatNumber(c.figures)}`,
  },
};

const TABLES: Record<OutputLanguage, Messages> = { ar: ARABIC, en: ENGLISH };
let current: OutputLanguage = defaultLanguage();

export function setOutputLanguage(language: OutputLanguage): void {
  current = language;
}

export function outputLanguage(): OutputLanguage {
  return current;
}

/** The labels of the run's language (or of `language`). */
export function messages(language: OutputLanguage = current): Messages {
  return TABLES[language];
}
