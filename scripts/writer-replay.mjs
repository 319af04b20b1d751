#!/usr/bin/env node
/**
 * The writer thread of an ingest alone, replayed: `node scripts/writer-replay.mjs capture <dist> <n> <file>`
 * reads the first n lines of the bench's JSONL (the two news samples, alternating) with `<dist>`'s
 * readPage and prepareArticle, as a pipeline worker does, and saves each page's message
 * (v8.serialize, the structured clone a worker posts). `node scripts/writer-replay.mjs run <dist> <file>
 * [--dump out] [--rounds k] [--group-pages g]` then does what an ingest's main thread does with those messages, in one
 * thread with nothing else running: deserializes each page, writes them g pages a transaction
 * (`upsertPages`; default 16, ingest's full groups), connects a full batch whenever 500 more articles are
 * stored (`connectFullBatch`, ingest's connectAlong) and the rest at the end (`connectPending`,
 * the repair included). It prints this thread's CPU ms an article (Linux /proc, 10 ms ticks) by part:
 * messages, store, connect; and the whole process's (libuv's pool, where the connector's state is
 * compressed, V8's GC and compiler threads included). `--dump` writes every table of the store (rows sorted; leases and
 * migration times left out; entity spellings as texts: see TEXT_VIEWS) for `cmp` between builds. The worker threads' cost and the machine's
 * load are out of the measure; `<dist>` may be main's copied dist (./dist-before) for A/B runs.
 * `node scripts/writer-replay.mjs ingest <dist> <n> <dump>`: the whole ingest of the same lines (2 worker
 * threads, connect along and after, fixed clock), its store dumped likewise.
 * `node scripts/writer-replay.mjs grow <dist> <file> <rounds> [--vary k]`: the store alone as it grows: the capture
 * stored `rounds` times into one store (each round under new article ids, keys and inputs, in groups of 64
 * pages; with `--vary k`, 1 in k normalized forms renamed each round: a growing vocabulary), printing per
 * 2,000 articles this thread's CPU ms an article and the KB an article written (the WAL and its
 * checkpoints) and read (/proc/self/io).
 * `node scripts/writer-replay.mjs compare <dump> <dump>`: whether two dumps hold the same rows, leaving
 * out FTS5's segment layout (article_fts_data, article_fts_idx and the docsize rows' origin: they follow
 * the commits, which worker threads' timing and group sizes decide); the index's contents are compared
 * by its fts5vocab instances. Prints each table that differs and exits 1 when one does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { serialize, deserialize } from "node:v8";
import { Buffer } from "node:buffer";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const SHARED = new URL("../../shared/data/", import.meta.url);
const SAMPLES = ["saudinewsnet-sample", "ant-multisource-sample"];
const STORED_AT = "2026-01-05T00:00:00Z";

const [command, distArg, ...rest] = process.argv.slice(2);
const dist = command === "compare" ? "" : pathToFileURL(resolve(distArg) + "/").href;
const load = (path) => import(new URL(path, dist).href);

function threadCpuMs() {
  const fields = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function sampleLines(n) {
  const files = SAMPLES.map((s) => readFileSync(new URL(`${s}/articles.jsonl`, SHARED), "utf8").split("\n").filter((l) => l.trim()));
  const out = [];
  for (let i = 0; out.length < n && i < Math.max(...files.map((f) => f.length)); i++) for (const f of files) if (f[i] && out.length < n) out.push(f[i]);
  return out;
}

/**
 * The first n sample lines as a JSONL file, always at one path for n: keys of articles without a URL
 * hold it, so captures and ingests of different builds compare.
 */
function writeSampleJsonl(n) {
  const dir = join(tmpdir(), `writer-replay-${n}`);
  mkdirSync(dir, { recursive: true });
  const jsonl = join(dir, "news.jsonl");
  writeFileSync(jsonl, sampleLines(n).join("\n") + "\n");
  return jsonl;
}

async function capture(n, file) {
  const jsonl = writeSampleJsonl(n);
  const { readLocalInputs } = await load("acquire/local-files.js");
  const { readPage } = await load("pipeline.js");
  const { prepareArticle } = await load("store/document.js");
  const { pageHash } = await load("ingest.js");
  // a build whose workers analyze the texts for the connector (connect/text-analysis.js) sends those too
  const analysis = await load("connect/text-analysis.js").catch(() => null);
  const { DEFAULT_DEDUP_OPTIONS } = await load("connect/near-dup.js");
  const messages = [];
  for await (const read of readLocalInputs([jsonl], { maxBytes: 50 * 1024 * 1024 })) {
    if (!read.page) continue;
    const result = readPage(read.page, { now: null });
    if (!result.value || result.value.articles.length === 0) continue;
    const prepared = result.value.articles.map((article, index) => prepareArticle({ input: read.page.input, index, article }));
    // the worker's message as pipeline-pool posts it, and the input mark ingest computes on the writer
    const analyses = analysis ? prepared.map((p) => analysis.analyzeTexts(p.article.title, p.article.body, DEFAULT_DEDUP_OPTIONS.shingleSize)) : undefined;
    messages.push({ input: read.input, mark: { input: read.input, pageHash: pageHash(read.page) }, message: serialize({ id: 0, result, prepared, analyses }) });
  }
  writeFileSync(file, serialize(messages));
  rmSync(dirname(jsonl), { recursive: true, force: true });
  console.log(`${messages.length} pages captured to ${file}`);
}

/**
 * Tables a store of SQLite migration 16 keys by integer ids, read as the texts they stand for (the
 * columns of the tables before it), so its dump compares with an older build's.
 */
const TEXT_VIEWS = {
  entity_spellings: { when: "entity_key_spellings.id", sql: "SELECT s.article_row, p.entity_key, p.spelling FROM entity_spellings s JOIN entity_key_spellings p ON p.id = s.pair_id" },
  entity_key_spellings: { when: "entity_key_spellings.id", sql: "SELECT entity_key, spelling FROM entity_key_spellings" },
};

/** Whether a store has a table (`name`) or a table's column (`table.column`). */
function hasSchema(db, name) {
  const [table, column] = name.split(".");
  const columns = db.prepare("SELECT name FROM pragma_table_info(?)").all(table).map((r) => r.name);
  return column ? columns.includes(column) : columns.length > 0;
}

async function dumpStore(path, out) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(path);
  // the full-text index's contents (its segments' layout follows the commits, which the timing of worker threads decides)
  db.exec("CREATE VIRTUAL TABLE temp.fts_instances USING fts5vocab(main, article_fts, instance)");
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('leases', 'schema_migrations') ORDER BY name").all().map((r) => r.name);
  const lines = [];
  for (const t of tables) {
    const view = TEXT_VIEWS[t] && hasSchema(db, TEXT_VIEWS[t].when) ? TEXT_VIEWS[t] : null;
    const rows = db.prepare(view ? view.sql : `SELECT * FROM "${t}"`).raw().all().map((r) => JSON.stringify(r.map((v) => (Buffer.isBuffer(v) ? v.toString("base64") : typeof v === "bigint" ? String(v) : v))));
    rows.sort();
    lines.push(`## ${t} ${rows.length}`);
    for (const r of rows) lines.push(r);
  }
  const instances = db.prepare("SELECT term, doc, col, offset FROM temp.fts_instances ORDER BY term, doc, col, offset").raw().all();
  lines.push(`## fts5vocab instances ${instances.length}`);
  for (const r of instances) lines.push(JSON.stringify(r));
  db.close();
  writeFileSync(out, lines.join("\n") + "\n");
}

/** FTS5's segment layout: which commit wrote what (see `compare`). */
const LAYOUT_TABLES = new Set(["article_fts_data", "article_fts_idx"]);

/** A dump's tables by name, their rows as lines; the layout left out. */
function dumpTables(path) {
  const tables = new Map();
  let rows = null;
  let table = "";
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("## ")) {
      table = line.slice(3).replace(/ \d+$/, "");
      rows = LAYOUT_TABLES.has(table) ? null : [];
      if (rows) tables.set(table, rows);
    } else if (rows && line) {
      // a docsize row: [rowid, sizes, origin]; the origin is the commit's
      rows.push(table === "article_fts_docsize" ? line.replace(/,\d+\]$/, "]") : line);
    }
  }
  return tables;
}

function compare(a, b) {
  const [left, right] = [dumpTables(a), dumpTables(b)];
  let differ = 0;
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const [l, r] = [left.get(name) ?? [], right.get(name) ?? []];
    const rightRows = new Set(r);
    const onlyLeft = l.filter((row) => !rightRows.has(row)).length;
    const leftRows = new Set(l);
    const onlyRight = r.filter((row) => !leftRows.has(row)).length;
    if (onlyLeft === 0 && onlyRight === 0 && l.length === r.length) continue;
    differ++;
    console.log(`${name}: ${l.length} rows / ${r.length} rows, ${onlyLeft} only in the first, ${onlyRight} only in the second`);
  }
  console.log(differ === 0 ? `same rows in all ${left.size} tables (FTS5's segment layout left out)` : `${differ} table(s) differ`);
  if (differ > 0) process.exitCode = 1;
}

async function run(file, options) {
  const { openStore } = await load("store/store.js");
  const { Connector, emptyReport } = await load("connect/connector.js");
  const analysis = await load("connect/text-analysis.js").catch(() => null);
  const captured = deserialize(readFileSync(file));
  const dir = mkdtempSync(join(tmpdir(), "writer-replay-"));
  try {
    for (let round = 0; round < options.rounds; round++) {
      const path = join(dir, `r${round}.sqlite`);
      const store = await openStore(path);
      const connector = new Connector();
      const ms = { messages: 0, store: 0, connect: 0 };
      const processStart = process.cpuUsage();
      let created = 0;
      let connectedAt = 0;
      const timed = async (part, f) => {
        const t = threadCpuMs();
        const value = await f();
        ms[part] += threadCpuMs() - t;
        return value;
      };
      for (let i = 0; i < captured.length; i += options.groupPages) {
        const pages = await timed("messages", () =>
          captured.slice(i, i + options.groupPages).map(({ input, mark, message }) => {
            const { result, prepared, analyses } = deserialize(message);
            // as pipeline-pool does on receiving a worker's answer
            if (analysis && analyses) analyses.forEach((a, k) => analysis.keepTextAnalysis(prepared[k].id, prepared[k].contentHash, a));
            return { articles: result.value.articles.map((article, index) => ({ input, index, article, prepared: prepared[index] })), mark };
          }),
        );
        const outcomes = await timed("store", () => store.upsertPages(pages, { storedAt: STORED_AT }));
        for (const o of outcomes) for (const r of o.results ?? []) if (r.status === "created" || r.status === "updated") created++;
        if (created - connectedAt >= connector.options.batchSize) {
          connectedAt = created;
          await timed("connect", () => connector.connectFullBatch(store, STORED_AT, emptyReport()));
        }
      }
      await timed("connect", () => connector.connectPending(store, STORED_AT));
      await store.close();
      const processUsage = process.cpuUsage(processStart);
      const per = (x) => (x / created).toFixed(3);
      console.log(`round ${round}: ${created} articles; main-thread CPU ms an article: all ${per(ms.messages + ms.store + ms.connect)} = messages ${per(ms.messages)} + store ${per(ms.store)} + connect ${per(ms.connect)}; process ${per((processUsage.user + processUsage.system) / 1000)}`);
      if (options.dump && round === 0) await dumpStore(path, options.dump);
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a form is one of the 1 in `vary` that a round renames (a hash of its text). */
function variesForm(form, vary) {
  let h = 0;
  for (let i = 0; i < form.length; i++) h = (h * 31 + form.charCodeAt(i)) | 0;
  return (h >>> 0) % vary === 0;
}

/**
 * A round's copy of a captured page: new ids, keys and input (round 0 as captured); with `vary`, 1 in
 * `vary` distinct normalized forms of the index (titles' and bodies') renamed for the round, so the
 * vocabulary grows as a backfill's does instead of repeating the capture's.
 */
function pageOfRound({ input, mark, message }, round, vary = 0) {
  const { result, prepared } = deserialize(message);
  const own = (text, sep) => (round === 0 ? text : `${text}${sep}${round}`);
  const roundInput = own(input, "#");
  const renamed = (norms) => (vary && round > 0 ? norms.split(" ").map((f) => (f && variesForm(f, vary) ? `${f}ـ${round}` : f)).join(" ") : norms);
  const articles = result.value.articles.map((article, index) => {
    const p = prepared[index];
    const ix = { ...p.index, titleNorms: renamed(p.index.titleNorms), bodyNorms: renamed(p.index.bodyNorms) };
    return { input: roundInput, index, article, prepared: { ...p, id: own(p.id, "-"), key: own(p.key, "#"), input: own(p.input, "#"), index: ix } };
  });
  return { articles, mark: { input: roundInput, pageHash: mark.pageHash } };
}

function processIo() {
  return Object.fromEntries(readFileSync("/proc/self/io", "utf8").trim().split("\n").map((line) => line.split(": ")).map(([k, v]) => [k, Number(v)]));
}

async function grow(file, rounds, vary) {
  const { openStore } = await load("store/store.js");
  const captured = deserialize(readFileSync(file));
  const dir = mkdtempSync(join(tmpdir(), "writer-replay-"));
  const store = await openStore(join(dir, "grow.sqlite"));
  let stored = 0;
  let block = { articles: 0, ms: 0, io: processIo() };
  try {
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < captured.length; i += 64) {
        const pages = captured.slice(i, i + 64).map((page) => pageOfRound(page, round, vary));
        const t = threadCpuMs();
        const outcomes = await store.upsertPages(pages, { storedAt: STORED_AT });
        block.ms += threadCpuMs() - t;
        for (const o of outcomes) for (const r of o.results ?? []) if (r.status === "created") {
          stored++;
          block.articles++;
        }
        if (block.articles < 2000) continue;
        const io = processIo();
        const kb = (field) => ((io[field] - block.io[field]) / 1024 / block.articles).toFixed(1);
        console.log(`${stored} articles: store ${(block.ms / block.articles).toFixed(3)} ms an article, written ${kb("wchar")} KB, read ${kb("rchar")} KB`);
        block = { articles: 0, ms: 0, io };
      }
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole ingest as the bench runs it (2 worker threads, connect along, then the connect step) of the same n lines, for `--dump`. */
async function ingest(n, out) {
  const jsonl = writeSampleJsonl(n);
  const { ingestLocalInputs } = await load("ingest.js");
  const { openStore } = await load("store/store.js");
  const { Connector, emptyReport } = await load("connect/connector.js");
  const path = join(mkdtempSync(join(tmpdir(), "writer-replay-")), "i.sqlite");
  const store = await openStore(path);
  const connector = new Connector();
  const connectAlong = { every: connector.options.batchSize, connect: () => connector.connectFullBatch(store, STORED_AT, emptyReport()) };
  const s = await ingestLocalInputs(store, [jsonl], { concurrency: 4, now: null, maxBytes: 50 * 1024 * 1024, storedAt: STORED_AT, workers: 2, connectAlong });
  await connector.connectPending(store, STORED_AT);
  await store.close();
  await dumpStore(path, out);
  rmSync(dirname(path), { recursive: true, force: true });
  rmSync(dirname(jsonl), { recursive: true, force: true });
  console.log(`${s.created} articles ingested, store dumped to ${out}`);
}

const flag = (name, fallback) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : fallback;
};
if (command === "compare") compare(distArg, rest[0]);
else if (command === "capture") await capture(Number(rest[0]), rest[1]);
else if (command === "ingest") await ingest(Number(rest[0]), rest[1]);
else if (command === "grow") await grow(rest[0], Number(rest[1]), Number(flag("--vary", "0")));
else if (command === "run") await run(rest[0], { dump: flag("--dump", null), rounds: Number(flag("--rounds", "1")), groupPages: Number(flag("--group-pages", "16")) });
else throw new Error("usage: writer-replay.mjs capture <dist> <n> <file> | run <dist> <file> [--dump out] [--rounds k] [--group-pages g] | ingest <dist> <n> <dump> | grow <dist> <file> <rounds> [--vary k] | compare <dump> <dump>");
