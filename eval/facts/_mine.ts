import { drawFactsSample } from "./draw.js";
import { readAnt, readSaudiNewsNet } from "../lib/corpora.js";
import { findFacts } from "../../src/understand/figures.js";
import { createHash } from "node:crypto";
const test = new Set(drawFactsSample().filter((a) => a.split === "test").map((a) => a.id));
const testBodies = new Set(drawFactsSample().filter((a) => a.split === "test").map((a) => a.body.trim()));
const EV = /(?:قتل|قتيل|مقتل|قتلى|مصرع|حتف|وفاة|توفي|ضحايا|شهيد|شهداء|استشهاد|جرح|جريح|جرحى|إصابة|إصابات|مصاب|اعتقال|اعتقل|معتقل|توقيف|أوقف|ضبط|نازح|نزوح|تهجير|لاجئ|مفقود|اختطاف|أسرى|خطف)/u;
const NUM = /[0-9\u0660-\u0669]|(?:اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|ألف|آلاف|مليون)/u;
const mode = process.argv[2] ?? "miss";
const seen = new Set<string>();
const out: string[] = [];
for (const a of [...readAnt(), ...readSaudiNewsNet()]) {
  if (test.has(a.id) || testBodies.has(a.body.trim()) || seen.has(a.body.trim())) continue;
  seen.add(a.body.trim());
  const facts = findFacts(a.body, { publishedAt: a.publishedAt, keepRestatements: true });
  for (const s of a.body.split(/(?<=[.!؟?\n])/)) {
    const start = a.body.indexOf(s);
    const inS = facts.filter((f) => f.start! >= start && f.start! < start + s.length);
    if (mode === "miss" && inS.length === 0 && EV.test(s) && /[0-9]/.test(s) && s.length < 300) {
      const m = s.match(new RegExp(`${EV.source}\\S*\\s+(?:\\S+\\s+){0,2}(?:[0-9]+|\\S*(?:${NUM.source})\\S*)`, "u"));
      if (m) out.push(`${createHash("sha1").update(a.id + s).digest("hex").slice(0, 6)}\t${a.id}\t${s.trim().slice(0, 220)}`);
    }
    if (mode === "facts" && inS.length) out.push(`${createHash("sha1").update(a.id + s).digest("hex").slice(0, 6)}\t${a.id}\t${inS.map((f) => `${f.kind} ${f.value} ${f.group ?? "-"}`).join("; ")}\t${s.trim().slice(0, 200)}`);
  }
}
out.sort();
console.log(out.length);
for (const l of out.slice(0, Number(process.argv[3] ?? 60))) console.log(l);
