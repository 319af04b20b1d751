/** `marsad search "<query>"`: ranked articles with highlighted snippets, or JSON. */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import type { FacetName, SearchQuery } from "../store/store.js";
import { openCliSearcher } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { writeLine } from "./output.js";
import { messages } from "./messages.js";

interface SearchFlags {
  db?: string;
  json?: boolean;
  allCopies?: boolean;
  source: string[];
  since?: string;
  until?: string;
  language: string[];
  tag: string[];
  entity: string[];
  facets?: string;
  limit: number;
  offset: number;
}

const FACETS: FacetName[] = ["source", "day", "entity"];
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const MAX_QUERY_LENGTH = 1000;

const collect = (value: string, previous: string[]) => [...previous, value];

function intIn(min: number, max: number, name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer in ${min}..${max}, got "${value}"`);
    return n;
  };
}

function date(name: string) {
  return (value: string): string => {
    if (!DATE.test(value)) throw new InvalidArgumentError(`${name} must be an ISO date (YYYY-MM-DD[THH:MM…]), got "${value}"`);
    return value;
  };
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description('search stored articles: words, "phrases", OR, -not, prefix*')
    .argument("<query>", "the query")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--json", "print the result as JSON")
    .option("--source <key>", "only this source (repeatable)", collect, [])
    .option("--since <date>", "published on or after", date("--since"))
    .option("--until <date>", "published on or before", date("--until"))
    .option("--language <code>", "only articles in this language, e.g. ar (repeatable)", collect, [])
    .option("--tag <tag>", "must carry this tag (repeatable)", collect, [])
    .option("--entity <name>", "must mention this entity, any spelling (repeatable)", collect, [])
    .option("--facets <list>", `comma-separated facets to count: ${FACETS.join(",")}`)
    .option("--limit <n>", "results per page (1..100)", intIn(1, 100, "--limit"), 10)
    .option("--offset <n>", "results to skip (0..10000)", intIn(0, 10_000, "--offset"), 0)
    .option("--all-copies", "list every copy of a text instead of one hit per duplicate group")
    .action(async (q: string, flags: SearchFlags) => {
      if (q.length > MAX_QUERY_LENGTH) throw new InvalidArgumentError(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
      const facets = (flags.facets ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = facets.filter((f) => !FACETS.includes(f as FacetName));
      if (unknown.length > 0) throw new InvalidArgumentError(`unknown facet "${unknown[0]}" (expected ${FACETS.join(", ")})`);
      const query: SearchQuery = {
        q, sources: flags.source, since: flags.since, until: flags.until, languages: flags.language, tags: flags.tag, entities: flags.entity,
        facets: facets as FacetName[], limit: flags.limit, offset: flags.offset, collapseDuplicates: !flags.allCopies,
      };
      process.exitCode = await runSearch(query, flags);
    });
}

async function runSearch(query: SearchQuery, flags: SearchFlags): Promise<number> {
  const [store, { markSnippet }] = await Promise.all([openCliSearcher(storeLocation(flags.db)), import("../search/snippet.js")]);
  try {
    const result = await store.search(query);
    if (flags.json) {
      await writeLine(JSON.stringify(result, null, 2));
      return 0;
    }
    const m = messages();
    for (const w of result.warnings) process.stderr.write(`marsad search: ${m.warning}: ${w}\n`);
    const tty = process.stdout.isTTY;
    const [open, close] = tty ? ["\x1b[1;33m", "\x1b[0m"] : ["[", "]"];
    await writeLine(`${m.results(result.total)}${result.relaxed ? ` (${m.relaxedNote})` : ""}`);
    for (const [i, hit] of result.hits.entries()) {
      const a = hit.article;
      await writeLine(`\n${(query.offset ?? 0) + i + 1}. ${markSnippet(hit.title, open, close)}`);
      await writeLine(`   ${[a.outlet.name, a.publishedAt ? m.day(a.publishedAt) : "", a.url ?? a.key, m.id(a.id), hit.duplicates > 0 ? m.copies(hit.duplicates) : ""].filter(Boolean).join(" · ")}`);
      if (hit.snippet.text) await writeLine(`   ${markSnippet(hit.snippet, open, close).replace(/\s+/g, " ")}`);
    }
    for (const [name, counts] of Object.entries(result.facets)) {
      await writeLine(`\n${m.facetNames[name] ?? name}: ${m.list(counts.map((c) => `${name === "day" ? m.day(c.value) : (c.label ?? c.value)} (${c.count})`)) || m.none}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
