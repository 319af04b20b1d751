/**
 * Every command of the README runs as printed (issue 15): each line of a ```sh block that starts
 * with `node dist/cli.js`, `cat`, or `curl` is run by bash in an empty folder holding the pages it
 * names, and must end as its comment says (exit 0; curl: 200, or the `400: {…}` shown). Rules:
 * - `https://example.org/…` is a local test site (the same paths), private addresses allowed
 *   (MARSAD_ALLOW_PRIVATE=1, as the README says); `<id>` is a stored story's id; `localhost:8080` is
 *   the port of the `serve` line's server; a synopsis line (`[--flag …]`) runs with its defaults.
 * - `npm …` lines (start, test, eval, bench, docs) are the project's own scripts and run elsewhere
 *   (CI runs npm test and the eval gate); the library example is run by package.test.ts.
 * - A line that polls forever (`watch`) must poll the feed once, then it is stopped.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { articleHtml, rssOf, startHostileSite, type HostileSite } from "./acquire/http/hostile-site.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");

const PAGE_TEXT = `انقطاع الكهرباء عن أحياء في العاصمة
تاريخ النشر: 2026-11-18 16:40
شهدت أحياء واسعة من العاصمة انقطاعاً للتيار الكهربائي استمر ساعات، وقالت شركة الكهرباء إن فرقها تعمل على إصلاح العطل.
`;
const PAGE_HTML = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>سيول في الوادي</title></head><body><article><h1>سيول في الوادي</h1><p>غمرت السيول طرق الوادي بعد أمطار غزيرة، وأغلقت السلطات الطرق المؤدية إلى القرى حتى انحسار المياه.</p></article></body></html>`;

/** The runnable lines of every ```sh block. */
export function readmeCommands(markdown: string): string[] {
  const lines: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split("\n")) if (/^(node dist\/cli\.js|cat |curl )/.test(line.trim())) lines.push(line.trim());
  }
  return lines;
}

/** The command without its trailing `# comment`, and that comment. */
function split(line: string): { command: string; comment: string } {
  const at = line.search(/\s#\s/);
  return at < 0 ? { command: line, comment: "" } : { command: line.slice(0, at).trim(), comment: line.slice(at).replace(/^\s*#\s*/, "") };
}

describe("README commands", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-readme-"));
  let site: HostileSite;
  let server: ChildProcess | null = null;
  let port = 0;
  const env = { ...process.env, MARSAD_ALLOW_PRIVATE: "1", LC_ALL: "C.UTF-8", LANG: "C.UTF-8", MARSAD_DATA_DIR: dir };
  const commands = readmeCommands(README);

  before(async () => {
    site = await startHostileSite();
    site.route("/feed.xml", (_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssOf(["1", "2"])));
    site.route("/news/1", (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articleHtml("1")));
    symlinkSync(join(ROOT, "dist"), join(dir, "dist"));
    symlinkSync(join(ROOT, "samples"), join(dir, "samples"));
    writeFileSync(join(dir, "page.txt"), PAGE_TEXT);
    writeFileSync(join(dir, "page.html"), PAGE_HTML);
    mkdirSync(join(dir, "pages"));
    writeFileSync(join(dir, "pages", "a.txt"), PAGE_TEXT);
    writeFileSync(join(dir, "pages", "b.html"), PAGE_HTML);
    writeFileSync(join(dir, "feeds.txt"), `${site.origin}/feed.xml\n`);
  });
  after(async () => {
    server?.kill("SIGTERM");
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const local = (command: string) => command.replaceAll("https://example.org", site.origin).replaceAll("localhost:8080", `localhost:${port}`);
  /** Runs `command` without blocking this process, which serves the test site the command fetches. */
  const bash = (command: string): Promise<{ status: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      const child = spawn("bash", ["-c", command], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });

  test("the README has the commands this test knows how to set up", () => {
    assert.ok(commands.length >= 12, `${commands.length} commands`);
    assert.ok(commands.some((c) => c.startsWith("node dist/cli.js serve")) && commands.some((c) => c.startsWith("curl")));
  });

  test("every CLI command runs as printed", async () => {
    // The ingest of the sample corpus goes first: search, stories, story and connect read its store.
    const cli = commands.filter((c) => c.includes("node dist/cli.js") && !c.startsWith("node dist/cli.js serve")).sort((a, b) => Number(b.includes("ingest samples/corpus")) - Number(a.includes("ingest samples/corpus")));
    for (const line of cli) {
      let { command } = split(line);
      command = local(command);
      if (command.includes("<id>")) {
        const stories = await bash("node dist/cli.js stories --min-articles 2 --json");
        const [first] = JSON.parse(stories.stdout) as { id: string }[];
        assert.ok(first, `a story to show: ${stories.stderr}`);
        command = command.replaceAll("<id>", first.id);
      }
      if (/ watch /.test(command)) {
        await runUntil(command, /feed\.xml/, "watch polls the listed feed");
        continue;
      }
      const r = await bash(command);
      assert.equal(r.status, 0, `${line}\n${r.stderr}`);
      assert.ok(r.stdout.trim() || r.stderr.trim(), `${line} says something`);
    }
  });

  test("serve and the curl examples answer as their comments say", async () => {
    const synopsis = commands.find((c) => c.startsWith("node dist/cli.js serve"))!;
    assert.match(synopsis, /\[--port 8080\]/, "the serve line is a synopsis: run with its defaults, on a free port");
    await bash("node dist/cli.js ingest samples/corpus");
    server = spawn("bash", ["-c", "exec node dist/cli.js serve --port 0"], { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
    port = await new Promise<number>((resolve, reject) => {
      let err = "";
      server!.stderr!.on("data", (c: Buffer) => {
        err += c.toString("utf8");
        const m = /listening on http:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) resolve(Number(m[1]));
      });
      server!.on("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    for (const line of commands.filter((c) => c.startsWith("curl"))) {
      const { command, comment } = split(line);
      const r = await bash(`${local(command)} -sS -w '\\n%{http_code}'`);
      assert.equal(r.status, 0, `${line}\n${r.stderr}`);
      const body = r.stdout.slice(0, r.stdout.lastIndexOf("\n"));
      const status = Number(r.stdout.slice(r.stdout.lastIndexOf("\n") + 1));
      const documented = /^(\d{3}): (\{.*?\})/.exec(comment);
      if (!documented) {
        assert.equal(status, 200, `${line}: ${body.slice(0, 300)}`);
        assert.ok((JSON.parse(body) as { total: number }).total > 0, `${line} finds articles`);
        continue;
      }
      assert.equal(status, Number(documented[1]), `${line}: ${body.slice(0, 300)}`);
      const error = (JSON.parse(body) as { error: Record<string, unknown> }).error;
      for (const [, key, value] of documented[2]!.matchAll(/"(\w+)":"([^"]*)"/g)) assert.equal(error[key!], value, `${line}: error.${key}`);
    }
  });

  /** Starts a long-running command, waits for `pattern` on its stderr, then stops it. */
  function runUntil(command: string, pattern: RegExp, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn("bash", ["-c", `exec ${command}`], { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      const timer = setTimeout(() => {
        child.kill("SIGTERM");
        reject(new Error(`${what}: not seen in 120 s:\n${err}`));
      }, 120_000);
      child.stderr!.on("data", (c: Buffer) => {
        err += c.toString("utf8");
        if (pattern.test(err)) {
          clearTimeout(timer);
          child.kill("SIGTERM");
          resolve();
        }
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        if (!pattern.test(err)) reject(new Error(`${what}: exited ${code}:\n${err}`));
      });
    });
  }
});
