/**
 * `npm run bench -- cli [--runs 5] [--db <store>] [--query q]… [--lang ar|en] [--peer <dist dir>]
 * [--no-extract]`: start-up of the built `marsad` command (dist/cli.js; run `npm run build` first):
 * `--version`, `--help` (every command registered), `search` of each `--query` (repeatable; default «الأمطار») on a small store made for
 * the run (or on `--db`, e.g. a 100k store filled by `npm run bench -- fill`), printing in the
 * language of `--lang` (default: the locale's), and `extract` of one page (not with `--no-extract`);
 * beside the peer `node -e 0` (Node's own start-up) in the same run, and with `--peer` another
 * build's `cli.js` (e.g. main's dist/ copied beside its package.json and models/), each command run
 * alternately by the two builds, the order swapped every round. Median and 90th percentile wall
 * time of each, and its CPU (user + system of the child) on Linux: the children's CPU from
 * /proc/self/stat, in clock ticks, so the mean of all runs rather than a median. The load average
 * before and after is printed with the table: wall times mean little without it.
 * Targets (issue 14): `--version` ≤ 150 ms; `search` on a 100k store ≤ 500 ms wall (run it with
 * `--db <100k store>` and the README's queries: `--query 'مس*' --query 'وزير الخارجية' --query
 * السعودية --query ترامب`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { arg } from "./lib/args.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
/** Linux's USER_HZ: /proc reports CPU times in these ticks. */
const TICKS_PER_SECOND = 100;

/** The q-quantile of xs, nearest rank (q = 0.5: the median as before, the upper one of an even count). */
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

const median = (xs: number[]): number => quantile(xs, 0.5);

/** Every value of a repeatable flag, in order. */
function allArgs(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(" ");

/** The environment without what tsx adds for its own children (they would start through its loader). */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && !k.startsWith("TSX")));
}

/** CPU ms of this process's waited-for children so far (cutime + cstime), or null off Linux. */
function childrenCpuMs(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is the state (field 3); cutime and cstime are fields 16 and 17
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

interface Timing {
  wall: number[];
  cpu: number;
}

function runOnce(argv: string[], into: Timing): void {
  const cpu = childrenCpuMs();
  const t = performance.now();
  const r = spawnSync("node", argv, { encoding: "utf8", env: plainEnv() });
  into.wall.push(performance.now() - t);
  const after = childrenCpuMs();
  if (cpu !== null && after !== null) into.cpu += after - cpu;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench cli: ${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
}

/** Each command of each build `runs` times, the builds alternated and their order swapped every round. */
function time(commands: string[][], runs: number): Timing[] {
  const timings = commands.map((): Timing => ({ wall: [], cpu: 0 }));
  for (let i = 0; i < runs; i++) {
    const order = commands.map((_, k) => k);
    if (i % 2 === 1) order.reverse();
    for (const k of order) runOnce(commands[k]!, timings[k]!);
  }
  return timings;
}

export async function run(args: string[]): Promise<void> {
  const runs = Number(arg(args, "--runs", "5"));
  const peerDir = arg(args, "--peer", "");
  const peerCli = peerDir ? resolve(peerDir, "cli.js") : null;
  if (peerCli && !existsSync(peerCli)) throw new Error(`bench cli: no cli.js in ${peerDir}`);
  const queries = allArgs(args, "--query");
  if (queries.length === 0) queries.push("الأمطار");
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-cli-"));
  try {
    const page = join(dir, "page.txt");
    writeFileSync(page, "أمطار غزيرة في جدة\n\nأعلنت إدارة التعليم في جدة تعليق الدراسة بسبب الأمطار الغزيرة، وقال المتحدث إن الفرق تعاملت مع البلاغات.\n");
    const db = arg(args, "--db", join(dir, "small.sqlite"));
    if (!args.includes("--db")) spawnSync("node", [CLI, "ingest", page, "--db", db, "--workers", "0"], { encoding: "utf8", env: plainEnv() });
    const loadBefore = load();
    const [peer] = time([["-e", "0"]], runs);
    const rows: [string, Timing][] = [["peer: node -e 0", peer!]];
    const lang = args.includes("--lang") ? ["--lang", arg(args, "--lang", "en")] : [];
    const commands: [string, string[]][] = [
      ["marsad --version", ["--version"]],
      ["marsad --help", ["--help"]],
      ...queries.map((q): [string, string[]] => [`marsad ${[...lang, "search"].join(" ")} ${q}`, [...lang, "search", q, "--db", db]]),
      ...(args.includes("--no-extract") ? [] : [["marsad extract (one page)", ["extract", page, "--json"]] as [string, string[]]]),
    ];
    for (const [name, argv] of commands) {
      const [own, other] = time(peerCli ? [[CLI, ...argv], [peerCli, ...argv]] : [[CLI, ...argv]], runs);
      rows.push([name, own!]);
      if (other) rows.push([`${name} (peer build)`, other]);
    }
    console.log(`${runs} runs each; store ${args.includes("--db") ? db : "(one page, made for the run)"}; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after`);
    console.log(`| command | median wall ms | p90 wall ms | × node -e 0 | CPU ms (mean) |\n|---|---|---|---|---|`);
    for (const [name, t] of rows) console.log(`| ${name} | ${median(t.wall).toFixed(0)} | ${quantile(t.wall, 0.9).toFixed(0)} | ${(median(t.wall) / median(peer!.wall)).toFixed(2)} | ${(t.cpu / t.wall.length).toFixed(0)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
