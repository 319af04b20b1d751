/**
 * `npm run bench -- understand-profile [--dist DIR] [--articles N] [--passes N] [--stream N [--again]] [--batch N] [--top N] [--out FILE] [--regex]`:
 * where the understanding stage's CPU time goes, on the understand bench's composed articles (the
 * same fixed set, bench/understand.ts), in the built package (`--dist`, default this checkout's
 * dist/: run `npm run build` first). One pass warms the memos and the JIT, then `--passes` passes
 * (default 5) run under V8's sampling profiler (100 µs); printed:
 * - self time by function (name, module, line) and by module, the `--top` first (default 30);
 * - inclusive time by function (each function counted once per sample however deep it recurses);
 * - the collector's share: the profile's (garbage collector) node, and pauses and their time from
 *   perf_hooks over the same passes (the pauses are wall time: a loaded machine stretches them);
 * - with `--regex`, a last pass with RegExp.prototype.exec wrapped: regex executions per article
 *   (exec, test, match, replace, split and matchAll all go through exec once it is replaced) by
 *   pattern and calling line; the wrapper turns off V8's fast paths, so that pass is not timed.
 * `--stream N` profiles instead the understand bench's stream of N real articles, each seen once
 * (what a news monitor does; warmed as in that bench), `--again` the same stream seen a second time.
 * `--batch N` profiles understandArticles over blocks of N articles (the measured articles only; the
 * warm-up stays one at a time).
 * `--out FILE` writes the .cpuprofile (for Chrome DevTools or speedscope).
 * Articles/CPU-s printed here run under the profiler: compare builds with `npm run bench -- understand`.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { Article } from "../src/types.js";
import { arg } from "./lib/args.js";
import { unseenArticles } from "./lib/unseen-stream.js";
import { composeArticles } from "./understand.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self, inclusive and per-module microseconds of a profile, keyed by "function module:line" and module. */
function aggregate(profile: Profile, root: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const moduleOf = (cf: ProfileNode["callFrame"]) =>
    cf.url ? cf.url.replace(root, "").replace(/^file:\/\//, "") : cf.functionName.startsWith("RegExp") ? "(regexp)" : cf.functionName.startsWith("(") ? cf.functionName : "(native)";
  const keyOf = (cf: ProfileNode["callFrame"]) => `${cf.functionName || "(anonymous)"} ${moduleOf(cf)}:${cf.lineNumber + 1}`.slice(0, 120);
  const selfById = new Map<number, number>();
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, t] of selfById) {
    const cf = byId.get(id)!.callFrame;
    total += t;
    self.set(keyOf(cf), (self.get(keyOf(cf)) ?? 0) + t);
    modules.set(moduleOf(cf), (modules.get(moduleOf(cf)) ?? 0) + t);
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const k = keyOf(byId.get(p)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  return { self, modules, inclusive, total };
}

function table(title: string, m: Map<string, number>, total: number, top: number): void {
  console.log(`\n${title}\n| share | ms | |\n|---|---|---|`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${((100 * t) / total).toFixed(1)}% | ${(t / 1000).toFixed(0)} | ${k} |`);
}

/** `root`: the checkout, whose files (the stage's modules, shown through their source maps under tsx) name the calling line. */
function countRegexExecutions(articles: Article[], understand: (a: Article) => unknown, root: string, top: number): void {
  const counts = new Map<string, number>();
  const exec = RegExp.prototype.exec;
  let total = 0;
  let inside = false;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (!inside) {
      inside = true;
      total++;
      const caller = new Error().stack!.split("\n").slice(2).find((l) => l.includes(root) && !l.includes("/bench/")) ?? "?";
      const k = `${this.sticky ? "y" : this.global ? "g" : "-"} ${this.source.slice(0, 50)} | ${caller.trim().replace(/^at .*?\(?(?:file:\/\/)?(?=\/)/, "").replace(root, "").replace(/\)$/, "")}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      inside = false;
    }
    return exec.call(this, s);
  };
  try {
    for (const a of articles) understand(a);
  } finally {
    RegExp.prototype.exec = exec;
  }
  console.log(`\nregex executions per article: ${(total / articles.length).toFixed(0)}\n| per article | flag, pattern | calling line |\n|---|---|---|`);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const [pattern, line] = [k.slice(0, k.lastIndexOf(" | ")), k.slice(k.lastIndexOf(" | ") + 3)];
    console.log(`| ${(n / articles.length).toFixed(1)} | ${pattern.replace(/\|/g, "\\|")} | ${line} |`);
  }
}

export async function run(args: string[]): Promise<void> {
  const dist = resolve(arg(args, "--dist", new URL("../dist/", import.meta.url).pathname));
  const passes = Number(arg(args, "--passes", "5"));
  const top = Number(arg(args, "--top", "30"));
  const composed = composeArticles(Number(arg(args, "--articles", "200")));
  const { understandArticle, understandArticles } = (await import(pathToFileURL(resolve(dist, "understand/index.js")).href)) as typeof import("../src/understand/index.js");
  const understand = (a: Article) => understandArticle(a, { referenceDate: null });
  const batch = Number(arg(args, "--batch", "0"));
  const understandAll = (as: readonly Article[]) => {
    if (batch <= 0) for (const a of as) understand(a);
    else for (let from = 0; from < as.length; from += batch) understandArticles(as.slice(from, from + batch), as.slice(from, from + batch).map(() => ({ referenceDate: null })));
  };
  for (const a of composed) understand(a);
  // --stream N: the understand bench's stream of real articles each seen once, after the composed
  // articles' warm passes and its warm-up on other real articles; --again: that stream seen a second time.
  const streamLength = Number(arg(args, "--stream", "0"));
  const unseen = streamLength > 0 ? unseenArticles(streamLength, Number(arg(args, "--stream-warm", "300"))) : null;
  if (unseen) {
    for (let p = 0; p < 3; p++) for (const a of composed) understand(a);
    for (const a of unseen.warm) understand(a);
    if (args.includes("--again")) for (const a of unseen.stream) understand(a);
  }
  const articles = unseen ? unseen.stream : composed;

  let pauses = 0;
  let pauseMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      pauses++;
      pauseMs += e.duration;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let p = 0; p < (unseen ? 1 : passes); p++) understandAll(articles);
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
  session.disconnect();
  // gc entries are delivered asynchronously
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  const out = arg(args, "--out", "");
  if (out) writeFileSync(out, JSON.stringify(profile));

  const runs = (unseen ? 1 : passes) * articles.length;
  const { self, modules, inclusive, total } = aggregate(profile, `${dist}/`);
  const way = batch > 0 ? `, understandArticles ${batch} at a time` : "";
  console.log(unseen ? `understand profile: a stream of ${articles.length} real articles${args.includes("--again") ? " seen a second time" : " each seen once"}${way}, ${dist}` : `understand profile: ${articles.length} composed articles × ${passes} passes${way}, ${dist}`);
  console.log(`under the profiler: ${(runs / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} articles/CPU-s; ${(total / 1000).toFixed(0)} ms sampled`);
  console.log(`collector: ${((100 * (modules.get("(garbage collector)") ?? 0)) / total).toFixed(1)}% of the samples; ${pauses} pauses, ${pauseMs.toFixed(0)} ms (${((100 * pauseMs) / wall).toFixed(1)}% of wall), ${(pauses / runs).toFixed(2)} per article`);
  table("self time by function", self, total, top);
  table("self time by module", modules, total, top);
  table("inclusive time by function", inclusive, total, top);
  if (args.includes("--regex")) countRegexExecutions(articles, understand, new URL("../", import.meta.url).pathname, top);
}
