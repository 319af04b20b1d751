/**
 * Local inputs for `extract` and `ingest`: files, directories (walked in sorted order, streamed),
 * standard input (`-`) and JSONL dumps (one page per line). Every failure is an issue naming the
 * input; nothing here throws through a batch.
 *
 * Files are read by regular-file.ts: regular files only (a FIFO, socket or device is refused
 * without being opened), asynchronously and within the size cap, so one hostile path can neither
 * block the batch nor fill memory. A directory reached twice (a symbolic link cycle) is read once.
 */
import { createReadStream } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { issue, type Issue } from "../issues.js";
import type { Page } from "../types.js";
import { decodeBytes } from "./decode.js";
import { removeControlCharacters } from "../arabic/control-characters.js";
import { notRegularIssue, readRegularFile } from "./regular-file.js";

export { DEFAULT_MAX_BYTES } from "../limits.js";

export interface LocalReadOptions {
  /** Size cap per file in bytes; default 50 MB. */
  maxBytes: number;
}

/** One input read: a page, or the issues explaining why there is none. */
export interface PageOrIssues {
  input: string;
  page: Page | null;
  issues: Issue[];
}

const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;
const SKIPPED_NAMES = /^\.|~$/;

/** Streams pages from every input in order: directories recursively (sorted), JSONL line by line. */
export async function* readLocalInputs(inputs: string[], options: LocalReadOptions): AsyncGenerator<PageOrIssues> {
  for (const input of inputs) {
    if (input === "-") {
      yield pageFromBytes("-", await readStdin(options.maxBytes), options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      yield { input, page: null, issues: [issue("input-not-found", input, { cause })] };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(input, options, new Set([directoryKey(info)]));
    else yield* readFileInput(input, options);
  }
}

function directoryKey(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}

async function* walkDirectory(dir: string, options: LocalReadOptions, visited: Set<string>): AsyncGenerator<PageOrIssues> {
  const entries: Array<{ name: string; isDirectory: boolean | null }> = [];
  try {
    for await (const entry of await opendir(dir)) {
      if (SKIPPED_NAMES.test(entry.name)) continue;
      // Symbolic links are resolved by stat below; plain entries are known from the listing.
      entries.push({ name: entry.name, isDirectory: entry.isSymbolicLink() ? null : entry.isDirectory() });
    }
  } catch (cause) {
    yield { input: dir, page: null, issues: [issue("input-unreadable", dir, { cause })] };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const info = entry.isDirectory === false ? null : await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const key = directoryKey(info);
      if (visited.has(key)) continue; // a link back to a directory being read
      visited.add(key);
      yield* walkDirectory(path, options, visited);
    } else yield* readFileInput(path, options);
  }
}

async function* readFileInput(path: string, options: LocalReadOptions): AsyncGenerator<PageOrIssues> {
  if (JSONL_EXTENSIONS.test(path)) {
    const info = await stat(path).catch(() => null);
    const refused = info ? notRegularIssue(path, info) : null;
    if (refused) yield { input: path, page: null, issues: [refused] };
    else yield* readJsonl(path);
    return;
  }
  const bytes = await readRegularFile(path, { maxBytes: options.maxBytes, capName: "--max-size" });
  if ("issue" in bytes) yield { input: path, page: null, issues: [bytes.issue] };
  else yield pageFromBytes(path, bytes.data, options);
}

async function readStdin(maxBytes: number): Promise<Uint8Array | Issue> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) return issue("input-too-large", "-", { actual: `more than ${maxBytes} bytes` });
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function pageFromBytes(input: string, bytes: Uint8Array | Issue, _options?: LocalReadOptions, url: string | null = null): PageOrIssues {
  if (!(bytes instanceof Uint8Array)) return { input, page: null, issues: [bytes] };
  const decoded = decodeBytes(bytes, input);
  if (!decoded.value) return { input, page: null, issues: decoded.issues };
  const { text, charset } = decoded.value;
  if (text.trim() === "") return { input, page: null, issues: [issue("input-empty", input, { detail: "only white space" })] };
  return { input, page: { input, text, kind: detectKind(text), url, charset }, issues: decoded.issues };
}

const HTML_SIGNS = /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>]|<!--)/i;
const HTML_TAGS = /<\/?(p|div|span|a|br|h[1-6]|article|section|body|html|head|title|meta|script)\b[^>]*>/gi;

/** HTML when it starts like HTML or is dense with common tags; otherwise a plain-text dump. */
export function detectKind(text: string): "html" | "text" {
  if (HTML_SIGNS.test(text.slice(0, 1024))) return "html";
  const sample = text.slice(0, 20000);
  const tags = sample.match(HTML_TAGS)?.length ?? 0;
  return tags >= 5 && tags * 200 > sample.length ? "html" : "text";
}

/**
 * JSONL dumps: each line an object with `text` or `html` (and optionally `url`, `title`, `date`,
 * `source`). A bad line is an issue naming the file and line; the rest of the file is read.
 */
async function* readJsonl(path: string): AsyncGenerator<PageOrIssues> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === "") continue;
      const input = `${path}#${n}`;
      yield pageFromJsonlLine(input, line);
    }
  } catch (cause) {
    yield { input: path, page: null, issues: [issue("input-unreadable", path, { cause })] };
  }
}

/** JSON escapes (`\u0000`) put control characters past byte decoding: remove them from each field. */
function withoutControlsInFields(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === "string" ? removeControlCharacters(value) : value;
  return out;
}

export function pageFromJsonlLine(input: string, line: string): PageOrIssues {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { input, page: null, issues: [issue("jsonl-bad-line", input, { detail: "not valid JSON" })] };
  }
  if (typeof record !== "object" || record === null) return { input, page: null, issues: [issue("jsonl-bad-line", input, { detail: "not an object" })] };
  const r = withoutControlsInFields(record as Record<string, unknown>);
  const url = typeof r.url === "string" ? r.url : null;
  if (typeof r.html === "string" && r.html.trim()) return { input, page: { input, text: r.html, kind: "html", url, charset: "utf-8" }, issues: [] };
  const text = typeof r.text === "string" ? r.text : typeof r.content === "string" ? r.content : typeof r.body === "string" ? r.body : null;
  if (!text?.trim()) return { input, page: null, issues: [issue("jsonl-bad-line", input, { detail: "no text, content, body or html field" })] };
  const title = typeof r.title === "string" ? r.title.trim() : "";
  const date = typeof r.date === "string" ? r.date.trim() : typeof r.publishedAt === "string" ? r.publishedAt.trim() : "";
  const head = [title, date ? `تاريخ النشر: ${date}` : ""].filter(Boolean).join("\n");
  return { input, page: { input, text: head ? `${head}\n${text}` : text, kind: "text", url, charset: "utf-8" }, issues: [] };
}
