#!/usr/bin/env node
/**
 * Runs the compiled tests (build/**\/*.test.js) with node:test and closes with one summary line.
 *
 *   node scripts/test.mjs [--unit] [--require browser,postgres] [file-or-dir…]
 *
 * Rules:
 * - Every test file runs in its own process (node:test isolation), CONCURRENCY files at a time.
 * - Besides build/, the tests of the tools that are never compiled (eval/ and scripts/, `*.test.ts`)
 *   run from source through tsx, after the compiled ones, in the same count. test/hostile/ keeps its
 *   own command (`npm run test:hostile`).
 * - `--unit`: only the files that need no PostgreSQL, no browser and start no process. A file's
 *   needs are read from its compiled text, so a new test is classified without a list to update:
 *   it needs PostgreSQL when it names MARSAD_TEST_DATABASE_URL, a browser when it imports
 *   playwright-core, processes when it imports node:child_process.
 * - The closing lines list every skipped test or suite with its reason, then
 *   `N passed, N failed, N skipped` alone on the last line (a skipped suite counts once).
 * - `--require browser` (or MARSAD_TEST_REQUIRE=browser, as .ci/run sets it): a skipped test whose
 *   file needs the browser is a failure, so CI cannot pass by skipping the e2e suite; likewise
 *   `postgres`.
 * Plain JS, so it runs before anything is built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { run } from "node:test";
import { spec } from "node:test/reporters";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUILD = join(ROOT, "build");
/** Folders whose tests are TypeScript run through tsx (they are not compiled into build/). */
const SOURCE_TEST_DIRS = ["eval", "scripts"].map((d) => join(ROOT, d));
// node's default is one file at a time on a 2-core machine (cores - 1); the files mostly wait on
// I/O, child processes and sockets, so one per core keeps both cores busy.
const CONCURRENCY = Math.max(2, availableParallelism());

const NEEDS = {
  postgres: /MARSAD_TEST_DATABASE_URL/,
  browser: /from "playwright-core"|import\("playwright-core"\)/,
  processes: /from "node:child_process"/,
};

function parseArgs(argv) {
  const fromEnv = (process.env.MARSAD_TEST_REQUIRE ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const args = { unit: false, require: new Set(fromEnv), paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--unit") args.unit = true;
    else if (a === "--require") for (const need of (argv[++i] ?? "").split(",").filter(Boolean)) args.require.add(need);
    else if (a.startsWith("--")) throw new Error(`test: unknown option ${a}`);
    else args.paths.push(resolve(a));
  }
  for (const need of args.require) if (!(need in NEEDS)) throw new Error(`test: --require ${need}: expected one of ${Object.keys(NEEDS).join(", ")}`);
  return args;
}

function testFiles(path) {
  if (!existsSync(path)) throw new Error(`test: ${relative(ROOT, path)}: no such file or directory (run \`npm run build\` first?)`);
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(join(path, e.name)) : /\.test\.[jt]s$/.test(e.name) && !e.name.endsWith(".d.ts") ? [join(path, e.name)] : []));
}

function needsOf(file) {
  const text = readFileSync(file, "utf8");
  return Object.keys(NEEDS).filter((need) => NEEDS[need].test(text));
}

let args;
let files;
try {
  args = parseArgs(process.argv.slice(2));
  files = (args.paths.length ? args.paths : [BUILD, ...SOURCE_TEST_DIRS]).flatMap(testFiles).sort();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const needs = new Map(files.map((f) => [f, needsOf(f)]));
if (args.unit) files = files.filter((f) => needs.get(f).length === 0);
if (files.length === 0) {
  console.error("test: no test files (run `npm run build` first?)");
  process.exit(1);
}

let passed = 0;
let failed = 0;
const skipped = [];
const requiredSkips = [];

function count(stream) {
  stream.on("test:pass", (t) => {
    if (t.skip !== undefined && t.skip !== false) {
      const where = t.file ? relative(ROOT, t.file) : "?";
      const reason = typeof t.skip === "string" ? t.skip : "no reason given";
      skipped.push(`${t.details?.type === "suite" ? "suite" : "test"} "${t.name}" (${where}): ${reason}`);
      const unmet = t.file ? (needs.get(t.file) ?? []).filter((n) => args.require.has(n)) : [];
      if (unmet.length) requiredSkips.push(`"${t.name}" (${where}) needs ${unmet.join(", ")}, required here`);
    } else if (t.details?.type !== "suite" && !t.todo) passed++;
  });
  stream.on("test:fail", (t) => {
    if (t.details?.type !== "suite" || t.details?.error?.failureType === "hookFailed" || t.details?.error?.failureType === "testCodeFailure") failed++;
  });
  return stream;
}

/** Runs one group of files to its end, its report on stdout. */
function runGroup(group) {
  return new Promise((done) => {
    const report = count(run({ files: group, concurrency: CONCURRENCY })).compose(new spec());
    report.pipe(process.stdout, { end: false });
    report.on("end", done);
  });
}

const started = Date.now();
const compiled = files.filter((f) => f.endsWith(".js"));
const fromSource = files.filter((f) => f.endsWith(".ts"));
if (compiled.length) await runGroup(compiled);
if (fromSource.length) {
  // node 20's run() has no execArgv: its child processes take the loader from NODE_OPTIONS, read when
  // each is spawned, so it is set only once the compiled files are done.
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import tsx`.trim();
  await runGroup(fromSource);
}
// After the spec reporter's own lines: ours close the output.
setImmediate(() => {
  const lines = [""];
  lines.push(`test: ${files.length} file(s)${args.unit ? " (unit: no PostgreSQL, no browser, no processes)" : ""} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const s of skipped) lines.push(`skipped: ${s}`);
  for (const r of requiredSkips) lines.push(`FAILED: skipped ${r}`);
  failed += requiredSkips.length;
  lines.push(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exitCode = failed > 0 ? 1 : 0;
});
