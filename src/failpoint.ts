/**
 * Failpoints: named places where a test can make this process die as `kill -9` would, at an exact
 * moment instead of a timed one (a timer races the work: on a fast machine the work ends first).
 *
 * `MARSAD_FAILPOINTS="ingest.stored=37,connect.article=12"` kills the process (SIGKILL, no cleanup,
 * no flush) the 37th time `ingest.stored` is passed, or the 12th time `connect.article` is.
 * Unset (always, outside the fault tests), a failpoint is one map lookup on an empty map.
 */

const counts = new Map<string, number>();
const triggers = parseFailpoints(process.env.MARSAD_FAILPOINTS ?? "");

/** Parses `name=N,name=N`; throws naming the bad part, so a mistyped test fails loudly. */
export function parseFailpoints(spec: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z][a-z.-]*)=([1-9]\d*)$/.exec(part);
    if (!match) throw new Error(`MARSAD_FAILPOINTS: "${part}" is not name=N (N a positive integer)`);
    out.set(match[1]!, Number(match[2]));
  }
  return out;
}

/** Passes the failpoint `name`: on its configured count, the process dies at once. */
export function failpoint(name: string): void {
  const at = triggers.get(name);
  if (at === undefined) return;
  const n = (counts.get(name) ?? 0) + 1;
  counts.set(name, n);
  if (n === at) process.kill(process.pid, "SIGKILL");
}
