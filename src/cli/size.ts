/** `--max-size` values (50MB, 1.5k, 1024): apart from extract.ts so that ingest and enqueue do not load the pipeline with it. */
import { InvalidArgumentError } from "./commander.js";

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size (e.g. 50MB, 1024)`);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}
