/**
 * `node --cpu-prof --import tsx scripts/profile-understand.ts [passes]`: loops understandArticle over
 * the understand bench's composed articles, for a CPU profile of the whole stage (the bench times
 * it; this only repeats it). The first pass warms the per-word memos and the JIT like the bench's.
 */
import { composeArticles } from "../bench/understand.js";
import { understandArticle } from "../src/understand/index.js";

const passes = Number(process.argv[2] ?? 5);
const articles = composeArticles(200);
for (const a of articles) understandArticle(a, { referenceDate: null });
const cpu0 = process.cpuUsage();
for (let pass = 0; pass < passes; pass++) for (const a of articles) understandArticle(a, { referenceDate: null });
const cpu = process.cpuUsage(cpu0);
const msPerArticle = (cpu.user + cpu.system) / 1000 / (passes * articles.length);
console.log(`${passes} passes over ${articles.length} articles: ${msPerArticle.toFixed(2)} CPU ms/article, ${(1000 / msPerArticle).toFixed(0)} articles/CPU-s`);
