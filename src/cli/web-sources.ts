/**
 * The web side of the CLI, kept apart from the local-file commands it plugs into:
 * - `addFetchOptions`: `--allow-private`, `--ignore-robots`, `--contact <url>`, `--timeout <s>`,
 *   `--host-interval <ms>`;
 * - `httpClientFromFlags` (./http-client-flags.ts): flags, then `MARSAD_ALLOW_PRIVATE=1`,
 *   `MARSAD_CONTACT`, then defaults;
 * - `readUrlInputs`: `extract`'s inputs, http(s) URLs fetched, everything else read locally, in order;
 * - `splitWebSources`: which `ingest` inputs are web sources (URLs, OPML, URL lists, saved feeds
 *   and sitemaps) rather than pages to read as they are.
 * The HTTP client (undici), fetching and feed parsing are imported when a URL or a file to sniff
 * comes: `marsad extract page.html` loads none of them (~150 ms of CPU at start-up).
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import { open, stat } from "node:fs/promises";
import type { PageOrIssues } from "../acquire/local-files.js";
import type { HttpClient } from "../acquire/http/client.js";

export interface FetchFlags {
  allowPrivate?: boolean;
  ignoreRobots?: boolean;
  contact?: string;
  /** Seconds for a whole request. */
  timeout?: number;
  /** Milliseconds between request starts on one host. */
  hostInterval?: number;
}

const URL_INPUT = /^https?:\/\//i;

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) throw new InvalidArgumentError(`"${value}" is not a number of seconds in (0, 600]`);
  return n;
}

function parseMilliseconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 600_000) throw new InvalidArgumentError(`"${value}" is not a number of milliseconds in 0..600000`);
  return n;
}

/** Adds the fetching flags to a command; returns it for chaining. */
export function addFetchOptions(command: Command): Command {
  return command
    .option("--allow-private", "allow loopback and private-network addresses; cloud metadata endpoints stay refused (also MARSAD_ALLOW_PRIVATE=1)")
    .option("--ignore-robots", "do not fetch or obey robots.txt (logged)")
    .option("--contact <url>", "contact URL or mailto: put in marsad's User-Agent (also MARSAD_CONTACT)")
    .option("--timeout <seconds>", "give up on a request after this long (default 60)", parseSeconds)
    .option("--host-interval <ms>", "least milliseconds between requests to one host (default 1000; a robots.txt Crawl-delay raises it)", parseMilliseconds);
}

/**
 * `extract`'s inputs in order: http(s) URLs fetched and decoded, the rest read by `readLocal`.
 * The client is created only when a URL is given, and closed at the end.
 */
export async function* readUrlInputs(
  inputs: string[],
  flags: FetchFlags,
  readLocal: (inputs: string[]) => AsyncIterable<PageOrIssues>,
  log: (line: string) => void = (line) => process.stderr.write(`marsad: ${line}\n`),
): AsyncGenerator<PageOrIssues> {
  let client: HttpClient | null = null;
  try {
    for (const input of inputs) {
      if (URL_INPUT.test(input)) {
        const [{ httpClientFromFlags }, { fetchPage }] = await Promise.all([import("./http-client-flags.js"), import("../acquire/sources.js")]);
        client ??= httpClientFromFlags(flags, log);
        yield await fetchPage(client, input);
      } else {
        yield* readLocal([input]);
      }
    }
  } finally {
    await client?.close();
  }
}

const WEB_SOURCE_EXTENSIONS = /\.(opml|rss|atom)$/i;
const SNIFF_BYTES = 4096;

/** Splits `ingest` inputs into web sources and local pages, keeping each group's order. */
export async function splitWebSources(inputs: string[]): Promise<{ web: string[]; local: string[] }> {
  const web: string[] = [];
  const local: string[] = [];
  for (const input of inputs) (await isWebSource(input) ? web : local).push(input);
  return { web, local };
}

async function isWebSource(input: string): Promise<boolean> {
  if (URL_INPUT.test(input)) return true;
  if (input === "-") return false;
  const info = await stat(input).catch(() => null);
  if (!info?.isFile()) return false;
  if (WEB_SOURCE_EXTENSIONS.test(input)) return true;
  let handle;
  try {
    handle = await open(input, "r");
    const buffer = new Uint8Array(Math.min(SNIFF_BYTES, info.size));
    await handle.read(buffer, 0, buffer.length, 0);
    const { sniffSourceKind } = await import("../acquire/feeds/discover.js");
    const kind = sniffSourceKind(new TextDecoder().decode(buffer));
    return kind === "feed" || kind === "sitemap" || kind === "opml" || kind === "url-list";
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
