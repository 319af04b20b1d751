import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
const BUILD = fileURLToPath(new URL("..", import.meta.url));

/** The modules (file URLs and CommonJS requests) `marsad <args>` loads, in order. */
function modulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "marsad-start-up-"));
  try {
    const log = join(dir, "modules.log");
    const hooks = join(dir, "hooks.mjs");
    writeFileSync(hooks, `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); }\n`);
    const register = join(dir, "register.mjs");
    writeFileSync(register, `import { register, Module } from "node:module";\nimport { appendFileSync } from "node:fs";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\nconst load = Module._load;\nModule._load = function (request, ...rest) { appendFileSync(${JSON.stringify(log)}, "require:" + request + "\\n"); return load.call(this, request, ...rest); };\n`);
    writeFileSync(log, "");
    const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, CLI, ...args], { encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(log, "utf8").split("\n").filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ownModules = (loaded: string[]) => loaded.filter((u) => u.startsWith(pathToFileURL(BUILD).href)).map((u) => u.slice(pathToFileURL(BUILD).href.length));

test("--version loads only cli.js and version.js", () => {
  assert.deepEqual(ownModules(modulesLoadedBy(["--version"])).sort(), ["cli.js", "version.js"]);
});

// watch.ts reads the shipped feed list (1 KB of JSON) as it registers: JSON, not code of acquire/
test("--help registers every command without loading what the commands do", () => {
  const loaded = modulesLoadedBy(["--help"]);
  const heavy = ownModules(loaded).filter((m) => /^((understand|extract|connect|acquire|store\/sqlite|search)\/.*|serve\/server|pipeline|pipeline-pool|ingest|ingest-web|queue)\.js$/.test(m));
  assert.deepEqual(heavy, []);
  assert.deepEqual(loaded.filter((u) => /undici|@js-temporal|better-sqlite3/.test(u)), []);
});
