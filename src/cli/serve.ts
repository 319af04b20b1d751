/** `marsad serve`: the HTTP API and the Arabic web reader over a store, optionally after ingesting inputs. */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import { connectStore } from "./connect.js";
import { openCliStore } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { countInputs } from "./ingest.js";
import { createProgress } from "./progress.js";
import { messages } from "./messages.js";

interface ServeFlags {
  port: number;
  host: string;
  db?: string;
  ingest?: string[];
}

export const DEFAULT_PORT = 8080;

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port in 0..65535`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api) and the Arabic web reader over the store")
    .option("--port <n>", `port to listen on (default: $MARSAD_PORT, else ${DEFAULT_PORT}; 0 = any free port)`, parsePort)
    .option("--host <address>", "address to listen on (0.0.0.0 for every interface)", "127.0.0.1")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--ingest <inputs...>", "ingest these files/directories first (pages already stored are skipped)")
    .action(async (flags: ServeFlags) => {
      process.exitCode = await runServe(flags);
    });
}

async function runServe(flags: ServeFlags): Promise<number> {
  const envPort = process.env.MARSAD_PORT?.trim();
  const port = flags.port ?? (envPort ? parsePort(envPort) : DEFAULT_PORT);
  // Serving only reads: a store path that does not exist is a typo, not a wish for an empty store.
  const location = storeLocation(flags.db);
  const { serveSearchThreads, startServer } = await import("../serve/server.js");
  const store = await openCliStore(location, { mustExist: !flags.ingest?.length, searchThreads: location === ":memory:" ? 0 : serveSearchThreads() });
  if (flags.ingest?.length) {
    const { DEFAULT_INGEST_OPTIONS, ingestLocalInputs } = await import("../ingest.js");
    for (const input of flags.ingest) {
      // One input after another: later inputs (edited versions) must land after earlier ones.
      const progress = createProgress(`marsad serve: ${input}`, await countInputs([input]));
      const s = await ingestLocalInputs(store, [input], { ...DEFAULT_INGEST_OPTIONS, storedAt: new Date().toISOString(), onProgress: (c) => progress.update(c.done, messages().ingestCounts(c)) });
      progress.finish(s.done, messages().ingestCounts(s));
      for (const f of s.failures.slice(0, 10)) process.stderr.write(`  ${f.stage}: ${f.reason}\n`);
    }
  }
  await connectStore(store, "marsad serve");
  const server = await startServer(store, port, flags.host);
  const shown = flags.host === "0.0.0.0" ? "localhost" : flags.host;
  process.stderr.write(`marsad serve: ${messages().storeAt(store.kind, store.location)}\nmarsad serve: ${messages().listening(`http://${shown}:${server.port}/`)}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store.close();
  return 0;
}
