/**
 * Writes to stdout honouring back-pressure, so streamed output keeps memory flat. A reader that
 * goes away (`marsad stories | head`) ends the process quietly with status 0, as Unix tools do.
 */
let watchingPipe = false;

function exitOnClosedPipe(): void {
  if (watchingPipe) return;
  watchingPipe = true;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

export function writeLine(line: string): Promise<void> {
  exitOnClosedPipe();
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(`${line}\n`, (err) => (err && (err as NodeJS.ErrnoException).code !== "EPIPE" ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once("drain", resolve);
  });
}
