/**
 * Reading one local file safely: the only place marsad opens an input path. Rules:
 * - Only regular files are read. A FIFO, socket, character or block device (directly or through a
 *   symbolic link) is refused with an issue naming what it is, without being opened for reading
 *   (opening a FIFO blocks until a writer comes; a device never ends).
 * - The open is non-blocking and the type is checked again on the open handle, so a path swapped
 *   for a FIFO between the check and the open cannot block either.
 * - Reads are asynchronous (the event loop and every timer keep running), at most `maxBytes` (a
 *   file that grows past the cap while read is refused too), and given up after `timeoutMs`.
 */
import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { issue, type Issue } from "../issues.js";

export interface RegularFileOptions {
  /** Size cap in bytes. */
  maxBytes: number;
  /** Give up a read that has not finished after this long; default 30 s. */
  timeoutMs?: number;
  /** Names the size flag in the message (`--max-size`); default none. */
  capName?: string;
}

/** A stuck network file system is the only way a regular file's read can take this long. */
export const DEFAULT_READ_TIMEOUT_MS = 30_000;

/** What a path is when it is not a regular file or a directory ("a FIFO (named pipe)"…), else null. */
export function describeSpecialFile(info: Stats): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/** Issue for a path that is not a regular file; null when it is one. */
export function notRegularIssue(path: string, info: Stats): Issue | null {
  if (info.isFile()) return null;
  const what = info.isDirectory() ? "a directory" : describeSpecialFile(info)!;
  return issue("input-not-regular", path, { actual: what, expected: "a regular file" });
}

/** Whether `path` is a regular file (following links); false when it cannot be stat'ed. */
export async function isRegularFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Reads a regular file whole, within the cap and the deadline; every failure is an issue naming it. */
export async function readRegularFile(path: string, options: RegularFileOptions): Promise<{ data: Uint8Array } | { issue: Issue }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ issue: Issue }>((resolve) => {
    // resolved one loop turn late: a read that finished while the loop was busy (a long page being
    // parsed) is taken first, as its completion waits in the poll phase, after the timers
    timer = setTimeout(() => setImmediate(() => resolve({ issue: issue("input-unreadable", path, { detail: `no answer from the file system within ${timeoutMs / 1000} s` }) })), timeoutMs);
  });
  try {
    return await Promise.race([readWithin(path, options), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readWithin(path: string, options: RegularFileOptions): Promise<{ data: Uint8Array } | { issue: Issue }> {
  const cap = options.capName ? ` (${options.capName})` : "";
  let info: Stats;
  try {
    info = await stat(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { issue: issue(code === "ENOENT" ? "input-not-found" : "input-unreadable", path, { cause, detail: code === "ENOENT" ? undefined : (cause as Error).message }) };
  }
  const refused = notRegularIssue(path, info);
  if (refused) return { issue: refused };
  if (info.size > options.maxBytes) return { issue: issue("input-too-large", path, { actual: `${info.size} bytes`, expected: `at most ${options.maxBytes}${cap}` }) };
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = await handle.stat();
    const swapped = notRegularIssue(path, opened);
    if (swapped) return { issue: swapped };
    // one byte more than the cap tells a file that grew past it since the stat
    const data = new Uint8Array(Math.min(opened.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(data, length, data.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === data.length) break;
    }
    if (length > options.maxBytes) return { issue: issue("input-too-large", path, { actual: `more than ${options.maxBytes} bytes (it grew while read)`, expected: `at most ${options.maxBytes}${cap}` }) };
    return { data: data.subarray(0, Math.min(length, opened.size)) };
  } catch (cause) {
    return { issue: issue("input-unreadable", path, { cause, detail: (cause as Error).message }) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
