/**
 * End-to-end: the web reader in a real Chromium (Debian's, driven by playwright-core) over the
 * sample corpus plus hostile fixtures. Checks the search → article → story → entity → source flow,
 * the RTL layout, that hostile text runs no script, keyboard-only navigation and axe-core; writes
 * desktop and phone screenshots (to $MARSAD_SCREENSHOTS — `npm run test:e2e` sets docs/screenshots —
 * else a temporary directory, so `npm test` leaves the tree clean). Skips, saying why, only when Chromium is
 * absent (`.ci/run` installs it).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_INGEST_OPTIONS, ingestLocalInputs } from "../../ingest.js";
import { openStore, type Store } from "../../store/store.js";
import { FIXTURE_ARTICLES, HOSTILE_TITLE, loadFixtures } from "../fixtures.js";
import { startServer, type RunningServer } from "../server.js";

// The few browser globals the page functions below use (this project compiles without the DOM lib).
interface BrowserElement {
  id: string;
  className: string;
  textContent: string | null;
  classList: { contains(name: string): boolean };
  closest(selector: string): (BrowserElement & { viewBox: { baseVal: { width: number } } }) | null;
  getBoundingClientRect(): { left: number; right: number; width: number };
}
declare const document: { activeElement: BrowserElement | null; scripts: { length: number }; documentElement: { scrollWidth: number }; fonts: { ready: Promise<unknown> }; querySelectorAll(selector: string): Iterable<BrowserElement> };
declare const window: { innerWidth: number };
declare function getComputedStyle(element: unknown): { direction: string; textAlign: string; outlineStyle: string; display: string; fontSize: string; fontFamily: string };

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CHROMIUM = process.env.MARSAD_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const HAS_CHROMIUM = existsSync(CHROMIUM);
const skip = HAS_CHROMIUM ? false : `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium fonts-noto-core) or set MARSAD_CHROMIUM`;
if (skip) process.stderr.write(`e2e: SKIPPED — ${skip}\n`);

let dir: string;
let SHOTS: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let base: string;

// The timeout only stops a hung browser: a loaded 2-core machine runs this suite for minutes.
describe("web reader in Chromium", { skip, timeout: 1_200_000 }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "marsad-e2e-"));
    SHOTS = process.env.MARSAD_SCREENSHOTS ? join(ROOT, process.env.MARSAD_SCREENSHOTS) : join(dir, "screenshots");
    store = await openStore(join(dir, "e2e.sqlite"));
    for (const input of [join(ROOT, "samples/corpus"), join(ROOT, "samples/corpus-edits")]) {
      await ingestLocalInputs(store, [input], { ...DEFAULT_INGEST_OPTIONS, storedAt: "2026-11-25T00:00:00Z" });
    }
    await loadFixtures(store);
    server = await startServer(store, 0, "127.0.0.1", { clock: () => "2026-11-25T00:00:00Z", log: () => {}, searchTimeoutMs: 60_000, requestTimeoutMs: 300_000 });
    base = `http://127.0.0.1:${server.port}`;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The sample corpus's flood story: the one with the most articles. */
  async function storyPath(): Promise<string> {
    const stories = await store.listStories({ minArticles: 2, limit: 100 });
    const largest = [...stories.items].sort((a, b) => b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1))[0]!;
    return `/stories/${largest.id}`;
  }

  async function newPage(width = 1280, height = 900): Promise<{ page: Page; dialogs: string[]; external: string[] }> {
    const context = await browser.newContext({ viewport: { width, height }, locale: "ar" });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const external: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(base)) external.push(r.url());
    });
    return { page, dialogs, external };
  }

  it("search → article → story → entity → source, all from the sample corpus", async () => {
    const { page, external } = await newPage();
    await page.goto(`${base}/`);
    await page.fill("#site-q", "سيول وادي الريم");
    await page.press("#site-q", "Enter");
    await page.waitForURL(/\/search\?q=/);
    assert.match(page.url(), /q=%D8%B3%D9%8A%D9%88%D9%84/);
    const hits = page.locator("ul.items > li");
    assert.ok((await hits.count()) >= 3, "several hits");
    assert.ok((await page.locator("ul.items mark").count()) > 0, "highlights");
    await hits.first().locator("h3 a").click();
    await page.waitForURL(/\/articles\/[0-9a-f]{16}/);
    const title = await page.locator("h1").textContent();
    assert.match(title ?? "", /وادي الريم|سيول/);
    await page.locator(".story-box a").click();
    await page.waitForURL(/\/stories\/story-[0-9a-f]{16}$/);
    assert.match((await page.locator("h1").textContent()) ?? "", /وادي الريم|سيول/);
    const marks = page.locator("svg[aria-labelledby=timeline-cap] a");
    assert.ok((await marks.count()) >= 5, "the story's articles on the timeline");
    assert.ok((await page.locator("svg[aria-labelledby=figures-cap] path").count()) >= 2, "conflicting figures drawn as diamonds");
    assert.match((await page.locator("#conflicts-h").textContent()) ?? "", /تعارض/);
    assert.ok((await page.locator(".conflicts > li").count()) >= 1, "the conflicts in words");
    await page.locator("aside .entities a").first().click();
    await page.waitForURL(/\/entities\//);
    assert.ok((await page.locator("ul.items > li").count()) >= 1, "the entity's articles");
    assert.equal(await page.locator("svg.chart-svg").count(), 1, "mentions over time");
    await page.locator("section[aria-labelledby=mentions-h] ul.items > li .meta a").first().click();
    await page.waitForURL(/\/sources\//);
    assert.equal(await page.locator("svg.chart-svg").count(), 1, "volume chart");
    assert.deepEqual(external, [], "no third-party request");
  });

  it("shows each outlet once, with all its articles", async () => {
    const { page } = await newPage();
    await page.goto(`${base}/sources`);
    const names = await page.locator("main ul.items > li > a").allTextContents();
    assert.equal(new Set(names).size, names.length, `no outlet listed twice: ${names.join("، ")}`);
    assert.ok(names.includes("صحيفة الضفتين"));
  });

  it("lays the page out right to left", async () => {
    const { page } = await newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent("قمة المياه")}`);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    const width = page.viewportSize()!.width;
    const brand = (await page.locator(".brand").boundingBox())!;
    assert.ok(brand.x > width / 2, `the brand and navigation sit on the right (x=${brand.x})`);
    const nav = (await page.locator(".site-header nav").boundingBox())!;
    assert.ok(nav.x + nav.width > width / 2, "navigation starts on the right half");
    const snippet = page.locator("p.snippet").first();
    const style = await snippet.evaluate((el) => ({ direction: getComputedStyle(el).direction, align: getComputedStyle(el).textAlign }));
    assert.equal(style.direction, "rtl");
    assert.ok(["start", "right"].includes(style.align), `text aligned right (${style.align})`);
    const box = (await snippet.boundingBox())!;
    const section = (await page.locator("section[aria-labelledby=results-h]").boundingBox())!;
    assert.ok(Math.abs(box.x + box.width - (section.x + section.width)) < 4, "snippet flush with the right edge of its column");
  });

  it("renders hostile titles, bodies and links as text: no dialog, no script", async () => {
    const { page, dialogs } = await newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent("خبيث")}`);
    const link = page.locator("ul.items > li h3 a").first();
    assert.ok((await link.textContent())?.includes("<script>"), "the title shows its markup as text");
    await link.click();
    await page.waitForURL(/\/articles\//);
    assert.equal(await page.locator("h1").textContent(), HOSTILE_TITLE);
    assert.equal(await page.locator("a[href^='javascript:']").count(), 0, "no javascript: link");
    assert.equal(await page.locator("main script, main img, main svg[onload]").count(), 0);
    for (const q of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)"]) {
      await page.goto(`${base}/search?q=${encodeURIComponent(q)}`);
      await page.goto(`${base}/entities/${encodeURIComponent(q)}`);
    }
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => document.scripts.length), 0, "the pages carry no script at all");
  });

  it("works with the keyboard alone", async () => {
    const { page } = await newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip", "the skip link comes first");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, "none", "focus is visible");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await page.goto(`${base}/`);
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== "site-q"; i++) await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "site-q", "the search box is reachable by Tab");
    await page.keyboard.type("الإضراب");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const inResults = await page.evaluate(() => !!document.activeElement?.closest("ul.items h3"));
      if (inResults) break;
    }
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest("ul.items h3")), "a result is reachable by Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles\//);
    await page.goto(`${base}${await storyPath()}`);
    for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.activeElement?.closest("svg"))); i++) await page.keyboard.press("Tab");
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest("svg")), "a timeline mark is reachable by Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles\//);
  });

  it("has no serious or critical axe-core violation on any page", async () => {
    const axe = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
    const { page } = await newPage();
    const edited = (await store.listArticles({ limit: 100 })).items.find((a) => a.version > 1)!;
    const entity = (await store.listEntities({ limit: 1 }))[0];
    const source = (await store.listSources())[0]!;
    const pages = [
      "/",
      `/search?q=${encodeURIComponent("الكهرباء")}`,
      `/articles/${edited.id}`,
      `/sources/${encodeURIComponent(source.key)}`,
      "/sources",
      "/entities",
      "/stories",
      await storyPath(),
      ...(entity ? [`/entities/${encodeURIComponent(entity.name)}`] : []),
      "/no-such-page",
    ];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      // Injected through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run: (ctx: unknown, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } };
        const r = await w.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      for (const v of violations) if (v.impact === "serious" || v.impact === "critical") found.push(`${path}: ${v.id} (${v.impact}, ${v.nodes} nodes)`);
      const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
      if (minor.length) process.stderr.write(`axe ${path}: ${minor.map((v) => `${v.id}/${v.impact}`).join(", ")}\n`);
    }
    assert.deepEqual(found, []);
  });

  it("on a phone, chart labels are drawn at 12 px or more and apart; date fields and code samples are Arabic", async () => {
    const { page } = await newPage(390, 844);
    for (const path of ["/", await storyPath()]) {
      await page.goto(`${base}${path}`);
      await page.evaluate(() => document.fonts.ready);
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll("svg.chart-svg text")]
          .filter((t) => getComputedStyle(t).display !== "none")
          .map((t) => {
            const svg = t.closest("svg")!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const box = t.getBoundingClientRect();
            return { text: t.textContent ?? "", px: parseFloat(getComputedStyle(t).fontSize) * scale, left: box.left, right: box.right, isDay: t.classList.contains("day") };
          }),
      );
      assert.ok(labels.length > 0, `${path} has chart labels`);
      for (const l of labels) assert.ok(l.px >= 12, `${path}: «${l.text}» is drawn at ${l.px.toFixed(1)} px`);
      const days = labels.filter((l) => l.isDay).sort((a, b) => a.left - b.left);
      for (let i = 1; i < days.length; i++) assert.ok(days[i]!.left >= days[i - 1]!.right, `${path}: «${days[i - 1]!.text}» and «${days[i]!.text}» overlap`);
    }
    await page.goto(`${base}/search?q=${encodeURIComponent("سيول")}&since=2026-11-20`);
    assert.match(await page.inputValue("#since"), /^20 نوفمبر 2026$/);
    await page.fill("#until", "24 نوفمبر 2026");
    await Promise.all([page.waitForURL(/until=2026-11-24/), page.click(".search-form button[type=submit]")]);
    assert.match(await page.inputValue("#until"), /^24 نوفمبر 2026$/);
    const codeFont = await page.locator("#q-help code").first().evaluate((el) => getComputedStyle(el).fontFamily);
    assert.match(codeFont, /^"?Noto Naskh Arabic/);
  });

  it("writes screenshots of every page, desktop and phone", async () => {
    // Show the sample corpus, not the test fixtures.
    const fixtureUrls = new Set(FIXTURE_ARTICLES.map((f) => f.article.url));
    const edited = (await store.listArticles({ limit: 100 })).items.find((a) => a.version > 1 && !fixtureUrls.has(a.url))!;
    // A person, so the page shows quotes too.
    const entities = await store.listEntities({ limit: 50 });
    const entity = entities.find((e) => e.type === "person") ?? entities[0];
    const source = (await store.listSources())[0]!;
    const shots: [string, string][] = [
      ["home", "/"],
      ["search", `/search?q=${encodeURIComponent("سيول")}`],
      ["article", `/articles/${edited.id}`],
      ["stories", "/stories"],
      ["story", await storyPath()],
      ["source", `/sources/${encodeURIComponent(source.key)}`],
      ...(entity ? [["entity", `/entities/${encodeURIComponent(entity.name)}`] as [string, string]] : []),
    ];
    for (const [width, height, kind] of [[1280, 900, "desktop"], [390, 844, "phone"]] as const) {
      const { page } = await newPage(width, height);
      for (const [name, path] of shots) {
        await page.goto(`${base}${path}`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(SHOTS, `${name}-${kind}.png`), fullPage: kind === "desktop" });
      }
      if (kind === "phone") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
        assert.equal(overflow, false, "no horizontal scrolling on a phone");
      }
    }
    for (const [name] of shots) assert.ok(existsSync(join(SHOTS, `${name}-phone.png`)));
  });
});
