/**
 * `npm run bench -- cli [--runs 5]`: start-up of the built `marsad` command (dist/cli.js; run
 * `npm run build` first): `--version`, `search` on a small store, `extract` of one page; beside the
 * peer `node -e 0` (Node's own start-up) in the same run. Median wall time of each.
 * Targets (issue 14): `--version` ≤ 150 ms; `search` on a 100k store ≤ 500 ms (run that one with
 * `--db <100k store>`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { arg } from "./lib/args.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The environment without what tsx adds for its own children (they would start through its loader). */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && !k.startsWith("TSX")));
}

function time(argv: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync("node", argv, { encoding: "utf8", env: plainEnv() });
    times.push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench cli: ${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

export async function run(args: string[]): Promise<void> {
  const runs = Number(arg(args, "--runs", "5"));
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-cli-"));
  try {
    const page = join(dir, "page.txt");
    writeFileSync(page, "أمطار غزيرة في جدة\n\nأعلنت إدارة التعليم في جدة تعليق الدراسة بسبب الأمطار الغزيرة، وقال المتحدث إن الفرق تعاملت مع البلاغات.\n");
    const db = arg(args, "--db", join(dir, "small.sqlite"));
    if (!args.includes("--db")) spawnSync("node", [CLI, "ingest", page, "--db", db, "--workers", "0"], { encoding: "utf8", env: plainEnv() });
    const peer = time(["-e", "0"], runs);
    const rows: [string, number][] = [
      ["peer: node -e 0", peer],
      ["marsad --version", time([CLI, "--version"], runs)],
      ["marsad search", time([CLI, "search", "الأمطار", "--db", db], runs)],
      ["marsad extract (one page)", time([CLI, "extract", page, "--json"], runs)],
    ];
    console.log(`| command | median ms | × node -e 0 |\n|---|---|---|`);
    for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / peer).toFixed(2)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
