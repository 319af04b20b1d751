/**
 * The package as a user gets it. Rules checked:
 * - `npm pack --dry-run` lists the library and the command with their declarations, the contract
 *   schema and the model, and no test, contract suite, fixture, fixture helper or test server;
 * - every package a shipped module imports is a runtime dependency (never a devDependency);
 * - the packed tarball, installed into an empty project, runs the README's library example in
 *   JavaScript, and the same example type-checks in TypeScript (`tsc --noEmit`, strict).
 * The tarball is unpacked into node_modules/marsad of a project made inside build/, so its
 * dependencies resolve from the repository's node_modules (the exact versions package.json pins)
 * instead of being downloaded and compiled again; the dependency check above is what guarantees
 * that an installed marsad finds them.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string>; version: string };
const NOT_SHIPPED = [/\.test\.(js|d\.ts)/, /\.contract\./, /(^|\/)fixtures?[/.]/, /fixtures\.(js|d\.ts)/, /hostile-site/, /golden\./, /(^|\/)src\//, /(^|\/)(eval|bench|scripts)\//];

const PAGE_HTML = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>سيول تغمر قرى الوادي بعد أمطار غزيرة</title></head><body>
<article><h1>سيول تغمر قرى الوادي بعد أمطار غزيرة</h1><time datetime="2026-11-23T08:00:00Z">23 نوفمبر 2026</time>
<p>غمرت سيول جارفة صباح اليوم قرى وادي الريم بعد أمطار غزيرة استمرت طوال الليل، وقال الدفاع المدني إن فرقه أجلت نحو 300 أسرة من المنازل القريبة من مجرى الوادي.</p>
<p>وأوضح المتحدث باسم الدفاع المدني أحمد الزعبي أن الطرق المؤدية إلى القرى أغلقت، وأن فرق الإنقاذ تعمل على فتحها قبل حلول المساء.</p>
</article></body></html>`;
const PAGE_TEXT = `أمطار غزيرة وسيول في جنوب البلاد
تاريخ النشر: 2026-11-23 10:15
شهدت مناطق الجنوب أمطاراً غزيرة منذ مساء أمس تسببت في سيول قطعت عدداً من الطرق الرئيسية، بحسب ما أعلنت إدارة الأرصاد الجوية.

وطالبت الإدارة السكان بالابتعاد عن مجاري الأودية حتى انحسار المياه.`;

/** The first ```js block of the README's library section: the example a user copies. */
function readmeExample(): string {
  const section = README.slice(README.indexOf("## The library"));
  const m = /```js\n([\s\S]*?)```/.exec(section);
  assert.ok(m, "README has a ```js block under ## The library");
  return m[1]!;
}

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } });
}

describe("the package", () => {
  let files: string[];
  let project: string;
  let tarball: string;

  before(() => {
    // --ignore-scripts: npm test has just built dist/; prepack rebuilds it for a real publish.
    const [pack] = JSON.parse(npm(["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT)) as [{ files: { path: string }[] }];
    files = pack.files.map((f) => f.path).sort();
    project = mkdtempSync(join(ROOT, "build", "pack-test-"));
    const [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", project], ROOT)) as [{ filename: string }];
    tarball = join(project, packed.filename);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  test("npm pack lists the library, the command, the contract and the model, and no test file", () => {
    for (const needed of ["dist/index.js", "dist/index.d.ts", "dist/cli.js", "contract/article.schema.json", "models/ner-anercorp.json.gz", "package.json", "README.md"]) {
      assert.ok(files.includes(needed), `${needed} is packed`);
    }
    const testFiles = files.filter((f) => NOT_SHIPPED.some((re) => re.test(f)));
    assert.deepEqual(testFiles, [], "no test, contract suite, fixture or test server is packed");
  });

  test("every package a shipped module imports is a runtime dependency", () => {
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(join(ROOT, file), "utf8");
      // createRequire(…)("x") and require.resolve("x") are not import statements preProcessFile sees.
      const required = [...text.matchAll(/(?:createRequire\(import\.meta\.url\)|require\.resolve)\("([^"]+)"\)/g)].map((m) => m[1]!);
      for (const spec of [...ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName), ...required]) {
        if (spec.startsWith(".") || spec.startsWith("node:") || builtins.has(spec)) continue;
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
        if (!(name in PACKAGE.dependencies)) missing.add(`${name} (${file})`);
      }
    }
    assert.deepEqual([...missing], []);
  });

  test("the tarball installed in an empty project runs the README example in JavaScript and type-checks in TypeScript", () => {
    const installed = join(project, "node_modules", "marsad");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "marsad-user", private: true, type: "module", dependencies: { marsad: `file:${tarball}` } }));
    writeFileSync(join(project, "page.html"), PAGE_HTML);
    mkdirSync(join(project, "pages"));
    writeFileSync(join(project, "pages", "flood.html"), PAGE_HTML);
    writeFileSync(join(project, "pages", "rain.txt"), PAGE_TEXT);
    const example = readmeExample();
    assert.ok(example.split("\n").filter((l) => l.trim()).length <= 10, "the example is at most ten lines");
    writeFileSync(join(project, "example.mjs"), example);
    writeFileSync(join(project, "example.ts"), example);

    const js = spawnSync(process.execPath, ["example.mjs"], { cwd: project, encoding: "utf8", timeout: 300_000 });
    assert.equal(js.status, 0, js.stderr);
    assert.match(js.stdout, /سيول تغمر قرى الوادي بعد أمطار غزيرة/, "the page's title");
    assert.match(js.stdout, /stored 2, new stories \d+/);
    assert.match(js.stdout, /أمطار غزيرة وسيول في جنوب البلاد/, "a search hit");

    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: ["node"], skipLibCheck: true },
      files: ["example.ts"],
    }));
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: project, encoding: "utf8", timeout: 300_000 });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
