/**
 * The one floor gate of every evaluation (trafilatura's eval gate is the model: floors pinned beside
 * a digest of the data they were measured on). Rules:
 * - An evaluation's `run(args)` returns an `EvalOutcome`: its metrics by name and the data files or
 *   folders it read. `eval/run.ts` hands it to `checkFloors`; nothing else compares scores to floors.
 * - Floors hold for one configuration: the `args` of the floors file (a smaller or faster setting
 *   is chosen there when the full one would not fit CI's time). A run with other measuring arguments
 *   is reported, not gated.
 * - Floors live in `eval/floors/<evaluation>.json` (format: `FloorFile`): per metric a `min` (lowest
 *   accepted) or a `max` (highest accepted, e.g. failed checks), the arguments a gate run passes, and
 *   the sha256 of the data the floors were measured on. A floor fails when its metric is missing or
 *   out of bounds; the gate fails too when the data's digest is not the pinned one (the floors do
 *   not hold for other data: re-measure and pin).
 * - `--pin` writes the digest of the data just read and RAISES floors to the scores just measured
 *   (rounded down to PIN_DECIMALS; a `max` is lowered); it never lowers a floor. Lowering one is a
 *   hand edit whose reason goes in the commit message.
 * - Every evaluation module in eval/ has a floors file: `npm run eval -- gate` runs them all, one
 *   process each, with the file's `args`, and fails when any floor fails or any evaluation has none.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("..", import.meta.url));
export const FLOORS_DIR = join(REPO, "eval", "floors");
/** Floors are pinned at this many decimals, rounded toward passing (a 0.8766 F1 pins 0.876). */
const PIN_DECIMALS = 3;

/** What an evaluation's `run` returns for the gate. */
export interface EvalOutcome {
  /** Metric name → score, e.g. `"anercorp-test.microF1": 67.8`. Names are the floors' keys. */
  metrics: Record<string, number>;
  /** Files or folders the scores were measured on, relative to the repository (`../shared/data/…`). */
  data: string[];
  /** True when options limited the run (one suite, fewer queries…): floors are not checked. */
  partial?: boolean;
}

export interface Floor {
  /** Lowest accepted score. */
  min?: number;
  /** Highest accepted score (counts of failures). */
  max?: number;
}

/** The format of eval/floors/<evaluation>.json. */
export interface FloorFile {
  $comment?: string;
  /** Arguments `npm run eval -- gate` passes to the evaluation (e.g. to skip peers). */
  args: string[];
  /** The data the floors were measured on. */
  data: { paths: string[]; sha256: string };
  floors: Record<string, Floor>;
}

export interface FloorCheck {
  metric: string;
  value: number | undefined;
  floor: Floor;
  ok: boolean;
}

export interface GateReport {
  evaluation: string;
  ok: boolean;
  dataOk: boolean;
  checks: FloorCheck[];
  lines: string[];
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

/** sha256 over every file of `paths` (folders walked in name order): relative path, then content. */
export function dataDigest(paths: readonly string[]): string {
  const hash = createHash("sha256");
  for (const path of [...paths].sort()) {
    const absolute = resolve(REPO, path);
    if (!existsSync(absolute)) throw new Error(`eval gate: data ${path} does not exist`);
    for (const file of filesUnder(absolute)) {
      hash.update(relative(REPO, file)).update("\u0000").update(readFileSync(file)).update("\u0000");
    }
  }
  return hash.digest("hex");
}

export function floorsPath(evaluation: string): string {
  return join(FLOORS_DIR, `${evaluation}.json`);
}

export function readFloors(evaluation: string): FloorFile | null {
  const path = floorsPath(evaluation);
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, "utf8")) as FloorFile;
  if (!Array.isArray(file.args) || !file.data || typeof file.floors !== "object") throw new Error(`eval gate: ${relative(REPO, path)} is not a floors file (args, data, floors)`);
  return file;
}

function checkOne(metric: string, value: number | undefined, floor: Floor): FloorCheck {
  const ok = value !== undefined && Number.isFinite(value) && (floor.min === undefined || value + 1e-9 >= floor.min) && (floor.max === undefined || value - 1e-9 <= floor.max);
  return { metric, value, floor, ok };
}

/**
 * A measured value at four decimals, rounded toward passing its floor (down beside a `min`, up beside
 * a `max`), so a value copied from this line into a floors file by hand never fails on itself (a
 * nearest rounding printed 66/73 = 90.41096 as 90.411).
 */
const show = (x: number | undefined, floor: Floor) => {
  if (x === undefined) return "missing";
  if (Number.isInteger(x)) return String(x);
  const toward = floor.min === undefined && floor.max !== undefined ? Math.ceil : Math.floor;
  return (toward(x * 1e4 + (toward === Math.floor ? 1e-7 : -1e-7)) / 1e4).toFixed(4).replace(/\.?0+$/, "");
};
const bound = (f: Floor) => [f.min !== undefined ? `≥ ${f.min}` : "", f.max !== undefined ? `≤ ${f.max}` : ""].filter(Boolean).join(" and ");

/** Checks `outcome` against the pinned floors of `evaluation`: the one floor check of every eval. */
export function checkFloors(evaluation: string, outcome: EvalOutcome): GateReport {
  const file = readFloors(evaluation);
  const lines: string[] = [];
  if (!file) {
    lines.push(`gate ${evaluation}: FAIL no floors file (${relative(REPO, floorsPath(evaluation))}); pin one with \`npm run eval -- ${evaluation} --pin\``);
    return { evaluation, ok: false, dataOk: false, checks: [], lines };
  }
  const digest = dataDigest(outcome.data);
  const samePaths = JSON.stringify([...outcome.data].sort()) === JSON.stringify([...file.data.paths].sort());
  const dataOk = samePaths && digest === file.data.sha256;
  if (!dataOk) lines.push(`gate ${evaluation}: FAIL the data is not the data the floors were measured on (sha256 ${digest.slice(0, 12)}, pinned ${file.data.sha256.slice(0, 12)}${samePaths ? "" : `; paths ${outcome.data.join(", ")} vs pinned ${file.data.paths.join(", ")}`}): re-measure and pin with \`npm run eval -- ${evaluation} --pin\``);
  const checks = Object.entries(file.floors).map(([metric, floor]) => checkOne(metric, outcome.metrics[metric], floor));
  for (const c of checks) lines.push(`gate ${evaluation}: ${c.ok ? "ok  " : "FAIL"} ${c.metric} = ${show(c.value, c.floor)} (floor ${bound(c.floor)})`);
  const ok = dataOk && checks.every((c) => c.ok);
  lines.push(`gate ${evaluation}: ${ok ? "all floors hold" : "FLOORS BROKEN"} (${checks.filter((c) => c.ok).length}/${checks.length})`);
  return { evaluation, ok, dataOk, checks, lines };
}

const down = (x: number) => Math.floor(x * 10 ** PIN_DECIMALS + 1e-9) / 10 ** PIN_DECIMALS;
const up = (x: number) => Math.ceil(x * 10 ** PIN_DECIMALS - 1e-9) / 10 ** PIN_DECIMALS;

/**
 * `--pin`: the digest of the data just read, and every floor raised to its measured score (a `max`
 * lowered). A metric without a floor gets one. No floor is ever lowered here.
 */
export function pinFloors(evaluation: string, outcome: EvalOutcome, args: string[] = []): string[] {
  const existing = readFloors(evaluation);
  const floors: Record<string, Floor> = { ...(existing?.floors ?? {}) };
  const changes: string[] = [];
  for (const [metric, value] of Object.entries(outcome.metrics)) {
    if (!Number.isFinite(value)) continue;
    const floor = floors[metric] ?? { min: -Infinity };
    if (floor.max !== undefined && up(value) < floor.max) {
      changes.push(`${metric}: max ${floor.max} → ${up(value)}`);
      floors[metric] = { ...floor, max: up(value) };
    } else if (floor.max === undefined && (floor.min === undefined || down(value) > floor.min)) {
      changes.push(`${metric}: min ${floor.min === -Infinity || floor.min === undefined ? "none" : floor.min} → ${down(value)}`);
      floors[metric] = { ...floor, min: down(value) };
    }
  }
  const file: FloorFile = {
    $comment: existing?.$comment ?? `Floors of \`npm run eval -- ${evaluation}\` (eval/gate.ts): raised by --pin with each measured improvement; lowered only by hand, with the reason in the commit message.`,
    args: existing?.args ?? args,
    data: { paths: [...outcome.data].sort(), sha256: dataDigest(outcome.data) },
    floors: Object.fromEntries(Object.entries(floors).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  writeFileSync(floorsPath(evaluation), `${JSON.stringify(file, null, 2)}\n`);
  return changes;
}
