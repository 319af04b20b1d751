/**
 * `marsad stories [--since] [--json]` and `marsad story <id>`: the stories connect has stored
 * (connect/connector.ts). Articles still in the connect queue are connected first, so a listing
 * never lags behind the articles stored.
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { openStore, type Store, type StorySummary } from "../store/store.js";
import type { StoryRecord } from "../types.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { writeLine } from "./output.js";
import { connectStore } from "./connect.js";

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
  await writeLine(`${s.id}  ${s.title}`);
  await writeLine(`   ${s.articleCount} article(s) · ${s.sourceCount} source(s) · first seen ${s.firstSeen ?? "?"} · last ${s.lastSeen ?? "?"}${s.conflictCount ? ` · ${s.conflictCount} figure conflict(s)` : ""}`);
}

async function printRecord(r: StoryRecord): Promise<void> {
  await writeLine(`${r.id}  ${r.title}`);
  await writeLine(`   ${r.articleCount} article(s) · ${r.sources.length} source(s) · first seen ${r.firstSeen ?? "?"} · last ${r.lastSeen ?? "?"}`);
  await writeLine(`   sources: ${r.sources.map((s) => `${s.name} (${s.articles})`).join(", ")}`);
  await writeLine(`   per day: ${r.timeline.map((d) => `${d.day} ${d.articles}/${d.sources}`).join(", ") || "—"}`);
  if (r.mainEntities.length) await writeLine(`   entities: ${r.mainEntities.map((e) => `${e.name} (${e.articles})`).join(", ")}`);
  for (const f of r.figures) await writeLine(`   figure: ${f.kind}${f.group ? `/${f.group}` : ""} ${f.value}${f.valueMax ? `–${f.valueMax}` : ""} (${f.qualifier}) · ${f.source ?? "?"} · ${f.at ?? "?"}`);
  for (const f of r.latest) await writeLine(`   latest ${f.kind}${f.group ? `/${f.group}` : ""}: ${f.value} (${f.source ?? "?"}, ${f.at ?? "?"})`);
  for (const f of r.highest) await writeLine(`   highest ${f.kind}${f.group ? `/${f.group}` : ""}: ${f.valueMax ?? f.value} (${f.source ?? "?"})`);
  for (const c of r.conflicts) await writeLine(`   CONFLICT ${c.kind}${c.group ? `/${c.group}` : ""} ${c.from} … ${c.to}: ${c.figures.map((f) => `${f.source ?? "?"}=${f.value}`).join(", ")}`);
  for (const q of r.quotes) await writeLine(`   quote: ${q.speaker ?? "?"}: «${q.text}»`);
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
      const store = await openStore(storeLocation(flags.db));
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
      const store = await openStore(storeLocation(flags.db));
      try {
        await connectStore(store, "marsad story");
        const record = await store.getStory(id);
        if (!record) {
          process.stderr.write(`marsad story: ${id}: no such story\n`);
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
