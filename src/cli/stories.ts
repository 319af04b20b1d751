/**
 * `marsad stories [--since] [--json]` and `marsad story <id>`: the stories connect has stored
 * (connect/connector.ts). Articles still in the connect queue are connected first, so a listing
 * never lags behind the articles stored.
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import type { Store, StorySummary } from "../store/store.js";
import { openCliStore } from "./store-open.js";
import type { StoryRecord } from "../types.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { writeLine } from "./output.js";
import { connectStore } from "./connect.js";
import { messages } from "./messages.js";

interface StoriesFlags {
  db?: string;
  json?: boolean;
  since?: string;
  limit: number;
  minArticles: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

function date(value: string): string {
  if (!DATE.test(value)) throw new InvalidArgumentError(`--since must be an ISO date (YYYY-MM-DD[THH:MM…]), got "${value}"`);
  return value;
}

function count(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`--${name} must be an integer in 1..${max}, got "${value}"`);
    return n;
  };
}

async function allStories(store: Store, flags: StoriesFlags): Promise<StorySummary[]> {
  const out: StorySummary[] = [];
  while (out.length < flags.limit) {
    const page = await store.listStories({ since: flags.since, minArticles: flags.minArticles, limit: Math.min(100, flags.limit - out.length), offset: out.length });
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) break;
  }
  return out;
}

async function printSummary(s: StorySummary): Promise<void> {
  const m = messages();
  await writeLine(`${s.id}  ${s.title}`);
  await writeLine(`   ${[m.articles(s.articleCount), m.sources(s.sourceCount), m.firstSeen(s.firstSeen && m.day(s.firstSeen)), m.lastSeen(s.lastSeen && m.day(s.lastSeen)), s.conflictCount ? m.conflicts(s.conflictCount) : ""].filter(Boolean).join(" · ")}`);
}

/** One story for people: every label in the run's language (--lang), values as stored. */
export function formatRecord(r: StoryRecord): string[] {
  const m = messages();
  const who = (source: string | null) => source ?? m.unknown;
  const when = (at: string | null) => (at ? m.day(at) : m.unknown);
  const lines = [
    `${r.id}  ${r.title}`,
    `   ${[m.articles(r.articleCount), m.sources(r.sources.length), m.firstSeen(r.firstSeen && m.day(r.firstSeen)), m.lastSeen(r.lastSeen && m.day(r.lastSeen))].join(" · ")}`,
    `   ${m.sourcesLabel}: ${m.list(r.sources.map((s) => `${s.name} (${s.articles})`))}`,
    `   ${m.perDayLabel}: ${m.list(r.timeline.map((d) => m.perDay(m.day(d.day), d.articles, d.sources))) || m.none}`,
  ];
  if (r.mainEntities.length) lines.push(`   ${m.entitiesLabel}: ${m.list(r.mainEntities.map((e) => `${e.name} (${e.articles})`))}`);
  for (const f of r.figures) lines.push(`   ${m.figureLabel}: ${m.figureName(f)} ${m.figureValue(f)} · ${who(f.source)} · ${when(f.at)}`);
  for (const f of r.latest) lines.push(`   ${m.latestLabel}: ${m.figureName(f)} ${m.figureValue(f)} (${m.list([who(f.source), when(f.at)])})`);
  for (const f of r.highest) lines.push(`   ${m.highestLabel}: ${m.figureName(f)} ${m.figureValue({ ...f, value: f.valueMax ?? f.value, valueMax: null })} (${who(f.source)})`);
  const span = (from: string | null, to: string | null) => (when(from) === when(to) ? when(from) : `${when(from)} … ${when(to)}`);
  for (const c of r.conflicts) lines.push(`   ${m.conflictLabel}: ${m.figureName(c)} ${span(c.from, c.to)}: ${m.list(c.figures.map((f) => `${who(f.source)}=${f.value}`))}`);
  for (const q of r.quotes) lines.push(`   ${m.quoteLabel}: ${q.speaker ?? m.unknown}: «${q.text}»`);
  return lines;
}

async function printRecord(r: StoryRecord): Promise<void> {
  for (const line of formatRecord(r)) await writeLine(line);
}

export function registerStories(program: Command): void {
  program
    .command("stories")
    .description("stories of the stored articles, most recently active first")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--since <date>", "only stories active on or after this date", date)
    .option("--min-articles <n>", "only stories with at least n articles", count("min-articles", 100_000), 1)
    .option("--limit <n>", "at most n stories", count("limit", 100_000), 100)
    .option("--json", "print the story summaries as JSON")
    .action(async (flags: StoriesFlags) => {
      const store = await openCliStore(storeLocation(flags.db), { mustExist: true });
      try {
        await connectStore(store, "marsad stories");
        const stories = await allStories(store, flags);
        if (flags.json) await writeLine(JSON.stringify(stories, null, 2));
        else for (const s of stories) await printSummary(s);
      } finally {
        await store.close();
      }
    });
  program
    .command("story")
    .description("one story: sources, timeline, entities, quotes, figures and conflicts")
    .argument("<id>", "story id (from `marsad stories`)")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--json", "print the story record as JSON")
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const store = await openCliStore(storeLocation(flags.db), { mustExist: true });
      try {
        await connectStore(store, "marsad story");
        const record = await store.getStory(id);
        if (!record) {
          process.stderr.write(`marsad story: ${messages().noSuchStory(id)}\n`);
          process.exitCode = 1;
          return;
        }
        if (flags.json) await writeLine(JSON.stringify(record, null, 2));
        else await printRecord(record);
      } finally {
        await store.close();
      }
    });
}
