#!/usr/bin/env node
/**
 * `npm start`: the first run of marsad on a fresh clone, saying what it does at each step:
 * 1. dependencies (npm ci when node_modules is missing or older than package-lock.json; the first
 *    install compiles better-sqlite3 from source),
 * 2. build (tsc, incremental),
 * 3. ingest the sample corpus (with its progress bar) and serve, printing the address.
 * Plain JS: it runs before anything is installed. Arguments after `--` go to `marsad serve`.
 */
import { execFileSync, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const step = (n, what) => process.stderr.write(`\nmarsad start [${n}/3] ${what}\n`);
const node = (script, args = []) => execFileSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: "inherit" });

try {
  step(1, "dependencies");
  node("scripts/ensure-installed.mjs", ["--verbose"]);
  step(2, "build (TypeScript → build/ and dist/)");
  node("scripts/build.mjs");
} catch (error) {
  process.stderr.write(`marsad start: ${error.message.split("\n")[0]}\n`);
  process.exit(1);
}
step(3, "ingest the sample corpus into SQLite (pages already stored are skipped), then serve");
const serve = spawn(process.execPath, [join(ROOT, "dist", "cli.js"), "serve", "--ingest", "samples/corpus", "samples/corpus-edits", ...process.argv.slice(2)], { cwd: ROOT, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => serve.kill(signal));
serve.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
