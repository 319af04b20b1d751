/**
 * `marsad stories [--since] [--json]` and `marsad story <id>`: stories of the stored articles.
 * Stories are computed from the store's articles at each call (connect/connect-corpus.ts); they are
 * not persisted yet.
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { openStore, type Store } from "../store/store.js";
import { connectArticles } from "../connect/connect-corpus.js";
import type { StoryMember } from "../connect/story-record.js";
import type { StoryRecord } from "../types.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { writeLine } from "./output.js";

interface StoriesFlags {
  db?: string;
  json?: boolean;
  since?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const PAGE = 100;

function date(value: string): string {
  if (!DATE.test(value)) throw new InvalidArgumentError(`--since must be an ISO date (YYYY-MM-DD[THH:MM…]), got "${value}"`);
  return value;
}

async function loadMembers(store: Store, since: string | undefined): Promise<StoryMember[]> {
  const members: StoryMember[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ since, limit: PAGE, offset });
    for (const item of page.items) {
      const article = await store.getArticle(item.id);
      if (article) members.push({ id: article.id, article });
    }
    if (page.items.length < PAGE || offset + PAGE >= page.total) break;
  }
  return members;
}

async function printRecord(r: StoryRecord, full: boolean): Promise<void> {
  await writeLine(`${r.id}  ${r.title}`);
  await writeLine(`   ${r.articleCount} article(s) · ${r.sources.length} source(s) · first seen ${r.firstSeen ?? "?"} · last ${r.lastSeen ?? "?"}`);
  if (!full) return;
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
    .description("stories of the stored articles, newest first")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--since <date>", "only articles published on or after", date)
    .option("--json", "print the story records as JSON")
    .action(async (flags: StoriesFlags) => {
      const store = await openStore(storeLocation(flags.db));
      try {
        const { records } = connectArticles(await loadMembers(store, flags.since));
        if (flags.json) await writeLine(JSON.stringify(records, null, 2));
        else for (const r of records) await printRecord(r, false);
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
    .action(async (id: string, flags: StoriesFlags) => {
      const store = await openStore(storeLocation(flags.db));
      try {
        const { records, stories } = connectArticles(await loadMembers(store, undefined));
        const record = records.find((r) => r.id === stories.resolve(id));
        if (!record) {
          process.stderr.write(`marsad story: ${id}: no such story\n`);
          process.exitCode = 1;
          return;
        }
        if (flags.json) await writeLine(JSON.stringify(record, null, 2));
        else await printRecord(record, true);
      } finally {
        await store.close();
      }
    });
}
