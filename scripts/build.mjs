#!/usr/bin/env node
/**
 * `npm run build`: one TypeScript compile, two outputs. Rules:
 * - build/ is everything under src/ compiled (code, tests, contract suites, fixtures' helpers, test
 *   servers): the tests run from there (`node --test build/x.test.js`, `npm test`).
 * - dist/ is the package: exactly the modules the two entry points (src/index.ts, the library, and
 *   src/cli.ts, the `marsad` command) import, statically or by `import("…")` with a literal path,
 *   with their declarations and source maps. A module no entry point reaches (a test, a contract
 *   suite, a test server, a fixture helper) is never shipped, whatever its name.
 * - The compile is incremental (build/.tsbuildinfo); outputs whose source was deleted are removed,
 *   so a deleted test never runs from a stale build.
 * Plain JS, so it runs before anything is built.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "src");
const BUILD = join(ROOT, "build");
const DIST = join(ROOT, "dist");
const ENTRY_POINTS = ["index.js", "cli.js"];
const quiet = process.argv.includes("--quiet");
const say = (line) => quiet || process.stderr.write(`build: ${line}\n`);

function compile() {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const started = Date.now();
  say("compiling src/ with tsc (incremental) → build/ …");
  execFileSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit", cwd: ROOT });
  say(`compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** The source an output was compiled from (`build/a/b.test.js` → `src/a/b.test.ts`), or null for files tsc copies as they are. */
function sourceOf(output) {
  const rel = relative(BUILD, output);
  const m = /^(.*?)(\.d\.ts\.map|\.d\.ts|\.js\.map|\.js)$/.exec(rel);
  if (!m) return rel.endsWith(".json") ? join(SRC, rel) : null;
  return join(SRC, `${m[1]}.ts`);
}

function pruneStale() {
  let removed = 0;
  for (const file of walk(BUILD)) {
    if (file.endsWith(".tsbuildinfo")) continue;
    const source = sourceOf(file);
    if (source && !existsSync(source)) {
      rmSync(file);
      removed++;
    }
  }
  if (removed) say(`removed ${removed} output(s) of deleted sources`);
}

/** Relative module paths `file` imports (static, re-exports, dynamic with a literal, JSON). */
function importsOf(file) {
  const ts = createRequire(import.meta.url)(join(ROOT, "node_modules", "typescript"));
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName).filter((name) => name.startsWith("./") || name.startsWith("../"));
}

/** Every output under build/ the entry points reach, with each module's declaration and maps. */
function packageClosure() {
  const seen = new Set();
  const queue = ENTRY_POINTS.flatMap((e) => [join(BUILD, e), join(BUILD, e.replace(/\.js$/, ".d.ts"))]);
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!/\.(js|d\.ts)$/.test(file)) continue;
    for (const spec of importsOf(file)) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(BUILD)) continue; // ../contract, ../models: shipped as package folders
      queue.push(target);
      if (target.endsWith(".js")) queue.push(target.replace(/\.js$/, ".d.ts"));
    }
  }
  const withMaps = [...seen].flatMap((f) => [f, `${f}.map`]).filter((f) => existsSync(f));
  return withMaps.sort();
}

function writeDist(files) {
  rmSync(DIST, { recursive: true, force: true });
  for (const file of files) {
    const target = join(DIST, relative(BUILD, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  const modules = files.filter((f) => f.endsWith(".js")).length;
  say(`dist/: ${modules} modules reached from ${ENTRY_POINTS.join(" and ")} (the package; tests and test servers stay in build/)`);
}

if (!process.argv.includes("--no-compile")) compile();
if (!existsSync(BUILD) || !statSync(BUILD).isDirectory()) {
  console.error("build: build/ is missing after the compile");
  process.exit(1);
}
pruneStale();
writeDist(packageClosure());
