/**
 * `marsad watch [--feeds file]`: poll feeds on their own cadence and store new articles, one log
 * line per poll, until interrupted (Ctrl-C / SIGTERM finish the current poll and save state).
 * Feeds come from `--feeds` (OPML or one URL per line), else the shipped list of Arabic news feeds
 * (acquire/feeds/default-feeds.json). Feed state (validators, next poll, items taken) lives in the
 * store, so watchers on several machines sharing one PostgreSQL database share it too; `--state FILE`
 * keeps it in a JSON file instead. A state file earlier versions kept beside the store
 * (`<db>.feeds.json`, or `$MARSAD_DATA_DIR/feeds.json` for PostgreSQL) is imported once.
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import defaultFeedList from "../acquire/feeds/default-feeds.json" with { type: "json" };
import type { FeedStateStore, FeedStateTable } from "../acquire/feeds/feed-state.js";
import { formatIssue } from "../issues.js";
import { isPostgresUrl } from "../store/store.js";
import { openCliStore } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { addFetchOptions, type FetchFlags } from "./web-sources.js";
import { describeConnect } from "./connect.js";

interface WatchFlags extends FetchFlags {
  feeds?: string;
  db?: string;
  state?: string;
  interval?: number;
  polls?: number;
  concurrency: number;
  connect: boolean;
  now?: string;
}

export const DEFAULT_FEEDS: string[] = (defaultFeedList as { feeds: { url: string }[] }).feeds.map((f) => f.url);

function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a duration (e.g. 90s, 5m, 250ms)`);
  const unit = (m[2] ?? "s").toLowerCase();
  return Math.round(Number(m[1]) * (unit === "ms" ? 1 : unit === "s" ? 1000 : unit === "m" ? 60_000 : 3_600_000));
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive integer`);
  return n;
}

export function registerWatch(program: Command): void {
  addFetchOptions(program.command("watch"))
    .description("poll news feeds on their own cadence and store new articles")
    .option("--feeds <file>", "OPML file or one feed URL per line (default: the shipped list of Arabic news feeds)")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--state <file>", "keep feed state in this JSON file instead of the store")
    .option("--interval <duration>", "poll every feed this often instead of its own cadence (e.g. 10m)", parseDuration)
    .option("--polls <n>", "stop after polling every feed this many times", parsePositiveInt)
    .option("--concurrency <n>", "pages fetched at once per feed", parsePositiveInt, 4)
    .option("--now <iso-date>", "reference date for pages without a date (default: none)")
    .option("--no-connect", "store only; leave duplicate groups and stories to `marsad connect`")
    .action(async (flags: WatchFlags) => {
      process.exitCode = await runWatch(flags);
    });
}

/** Feed URLs from an OPML file or a URL list; null (with a message) when unreadable. */
async function readFeedList(path: string): Promise<string[] | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    process.stderr.write(`marsad watch: error: ${path}: cannot be read — ${(error as Error).message}\n`);
    return null;
  }
  const [{ sniffSourceKind }, { parseOpml }] = await Promise.all([import("../acquire/feeds/discover.js"), import("../acquire/feeds/opml.js")]);
  if (sniffSourceKind(text) === "opml") {
    const opml = parseOpml(text, path);
    for (const i of opml.issues) process.stderr.write(`marsad watch: error: ${formatIssue(i)}\n`);
    return opml.value?.map((f) => f.url) ?? null;
  }
  const urls = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const bad = urls.filter((u) => !/^https?:\/\/\S+$/i.test(u));
  for (const b of bad) process.stderr.write(`marsad watch: warning: ${path}: "${b}" is not an http(s) URL, skipped\n`);
  return urls.filter((u) => !bad.includes(u));
}

export function defaultStatePath(location: string, env: Record<string, string | undefined> = process.env): string {
  if (!isPostgresUrl(location)) return `${location}.feeds.json`;
  return join(env.MARSAD_DATA_DIR?.trim() || ".", "feeds.json");
}

/** Where feed state lives: `--state FILE`, else the store (importing an earlier state file once). */
async function feedStates(stateFile: string | undefined, location: string, store: FeedStateTable, log: (line: string) => void): Promise<FeedStateStore> {
  const { FileFeedStateStore, importFeedStateFile, storeFeedStates } = await import("../acquire/feeds/feed-state.js");
  if (stateFile) return new FileFeedStateStore(stateFile);
  const states = storeFeedStates(store);
  const legacy = defaultStatePath(location);
  const moved = await importFeedStateFile(legacy, states);
  if (moved > 0) log(`moved the state of ${moved} feeds from ${legacy} into the store (the file is now ${legacy}.imported)`);
  return states;
}

async function runWatch(flags: WatchFlags): Promise<number> {
  const feeds = flags.feeds ? await readFeedList(flags.feeds) : DEFAULT_FEEDS;
  if (!feeds) return 2;
  if (feeds.length === 0) {
    process.stderr.write(`marsad watch: error: ${flags.feeds}: lists no feed\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`marsad watch: ${line}\n`);
  if (!flags.feeds) log(`watching the ${feeds.length} shipped Arabic news feeds (give --feeds to choose your own)`);
  const location = storeLocation(flags.db);
  const [{ feedValidators }, { watchFeeds }, { httpClientFromFlags }, { Connector }] = await Promise.all([
    import("../acquire/feeds/feed-state.js"),
    import("../ingest-web.js"),
    import("./http-client-flags.js"),
    import("../connect/connector.js"),
  ]);
  const store = await openCliStore(location);
  const connector = new Connector();
  let states: FeedStateStore;
  try {
    states = await feedStates(flags.state, location, store, log);
  } catch (error) {
    process.stderr.write(`marsad watch: error: feed state: ${(error as Error).message}\n`);
    await store.close();
    return 1;
  }
  const client = httpClientFromFlags(flags, log, { validators: feedValidators(states) });
  const controller = new AbortController();
  const stop = () => {
    log("stopping after the current poll…");
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const summary = await watchFeeds(store, client, states, feeds, {
      now: flags.now ?? null,
      concurrency: flags.concurrency,
      intervalMs: flags.interval ?? null,
      polls: flags.polls ?? null,
      signal: controller.signal,
      log,
      afterRound: async () => {
        if (flags.connect) {
          const report = await connector.connectPending(store, new Date().toISOString());
          log(describeConnect(report));
        }
        // one cheap check a round; an ANALYZE only when a table changed beyond autovacuum's threshold
        await store.refreshStatistics();
      },
    });
    log(`done: ${summary.created} new, ${summary.updated} updated, ${summary.failed} failed → ${store.location}`);
    return 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await client.close();
    await store.close();
  }
}
