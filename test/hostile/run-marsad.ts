/**
 * Runs the built `marsad` command (build/cli.js) as a child process for the hostile tests, under a
 * JS heap limit when asked (V8's `--max-old-space-size`, which its worker threads share), with its
 * own peak RSS measured inside it (peak-rss.mjs) for the record, and opens the stores it wrote. PostgreSQL
 * stores get a schema of their own in MARSAD_TEST_DATABASE_URL (default the local `test`
 * database), dropped by `dropSchemas`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createPgPool } from "../../src/store/postgres/pg-driver.js";
import { openStore, type Store } from "../../src/store/store.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "../..");
const CLI = join(ROOT, "build", "cli.js");
const PEAK_RSS_HOOK = join(HERE, "peak-rss.mjs");

export const PG_URL = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RUN = `${process.env.MARSAD_TEST_SCHEMA_PREFIX ?? "marsad"}_hostile_${process.pid}_${randomBytes(3).toString("hex")}`;
const schemas: string[] = [];

export type Backend = "sqlite" | "postgres";

/** A fresh store location of the backend: a SQLite file in `dir`, or a new PostgreSQL schema. */
export function freshStore(backend: Backend, dir: string, name: string): string {
  if (backend === "sqlite") return join(dir, `${name}.sqlite`);
  const schema = `${RUN}_${schemas.length}`;
  schemas.push(schema);
  return `${PG_URL}#${schema}`;
}

export async function dropSchemas(): Promise<void> {
  if (schemas.length === 0) return;
  const pool = createPgPool({ connectionString: PG_URL, max: 1 });
  try {
    for (const s of schemas.splice(0)) await pool.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await pool.end();
  }
}

/** Opens the store at `location`, reads it, and closes it whatever happens. */
export async function withStore<T>(location: string, read: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

export interface MarsadRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the marsad process, bytes (0 when it was killed); reported, never asserted. */
  peakRss: number;
  /** The process or one of its worker threads ran out of its JS heap limit. */
  outOfMemory: boolean;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`hostile: ${CLI} is missing: run \`npm run build\` first`);
}

/** Starts `marsad <args>`; `done` settles when it exits (killed or not). */
export function startMarsad(args: string[], options: { cwd?: string; env?: Record<string, string>; heapLimitMb?: number } = {}): { child: ChildProcess; done: Promise<MarsadRun> } {
  const scratch = mkdtempSync(join(tmpdir(), "marsad-rss-"));
  const rssFile = join(scratch, "peak");
  const heapLimit = options.heapLimitMb === undefined ? [] : [`--max-old-space-size=${options.heapLimitMb}`];
  const child = spawn(process.execPath, [...heapLimit, "--import", PEAK_RSS_HOOK, CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, MARSAD_PEAK_RSS_FILE: rssFile, MARSAD_ALLOW_PRIVATE: "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<MarsadRun>((resolveRun) => {
    child.on("close", (code, signal) => {
      const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : 0;
      rmSync(scratch, { recursive: true, force: true });
      resolveRun({ code, signal, stdout, stderr, peakRss, outOfMemory: OUT_OF_MEMORY.test(stderr) });
    });
  });
  return { child, done };
}

// V8's own words: "JavaScript heap out of memory" (the process), "reaching memory limit" (a worker thread).
const OUT_OF_MEMORY = /JavaScript heap out of memory|reaching memory limit/;

/** Runs `marsad <args>` to its end; a run longer than `timeoutMs` is killed and fails the test. */
export async function runMarsad(args: string[], options: { timeoutMs?: number; cwd?: string; env?: Record<string, string>; heapLimitMb?: number } = {}): Promise<MarsadRun> {
  const { child, done } = startMarsad(args, options);
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 600_000);
  const run = await done;
  clearTimeout(timer);
  if (run.signal === "SIGKILL") throw new Error(`hostile: marsad ${args.join(" ")} did not finish in time (hung?)\n${run.stderr.slice(-2000)}`);
  return run;
}

export const MB = 1024 * 1024;

/**
 * The JS heap a run may hold, in MB: ten times its largest input plus 100 MB. It bounds what the
 * code keeps alive, not when the collector runs: V8 collects in full before it stops a process at
 * its limit, so a run fits or fails the same on an idle machine and a loaded one, where a peak-RSS
 * window grows with the load (garbage waits longer for the collector's threads).
 */
export function heapBudgetMb(largestInputBytes: number): number {
  return Math.ceil((10 * largestInputBytes) / MB) + 100;
}
