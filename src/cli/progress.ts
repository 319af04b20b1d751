/**
 * Progress of long work on stderr: a redrawn bar with rate and ETA on a terminal, a plain log line
 * every LOG_INTERVAL_MS otherwise (so logs stay readable and small).
 */
const LOG_INTERVAL_MS = 2000;
const BAR_WIDTH = 24;
// Redraw at most this often: drawing per item would cost more than the work on fast inputs.
const REDRAW_MS = 100;

export interface ProgressReporter {
  update(done: number, detail: string): void;
  finish(done: number, detail: string): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export function createProgress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr, clock: () => number = Date.now): ProgressReporter {
  const started = clock();
  let last = 0;
  const line = (done: number, detail: string) => {
    const elapsed = (clock() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = total !== null && rate > 0 ? duration((total - done) / rate) : "?";
    const count = total !== null ? `${done}/${total}` : `${done}`;
    return { elapsed, rate, eta, count, detail };
  };
  return {
    update(done, detail) {
      const now = clock();
      if (now - last < (stream.isTTY ? REDRAW_MS : LOG_INTERVAL_MS)) return;
      last = now;
      const l = line(done, detail);
      if (stream.isTTY) {
        const ratio = total ? Math.min(1, done / total) : 0;
        const filled = Math.round(ratio * BAR_WIDTH);
        const bar = total ? `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.round(ratio * 100)}% ` : "";
        stream.write(`\r\x1b[K${label} ${bar}${l.count} ${l.rate.toFixed(1)}/s ETA ${l.eta} ${detail}`);
      } else {
        stream.write(`${label}: ${l.count} ${l.rate.toFixed(1)}/s ETA ${l.eta} ${detail}\n`);
      }
    },
    finish(done, detail) {
      const l = line(done, detail);
      stream.write(`${stream.isTTY ? "\r\x1b[K" : ""}${label}: ${l.count} in ${duration(l.elapsed)} (${l.rate.toFixed(1)}/s) ${detail}\n`);
    },
  };
}
