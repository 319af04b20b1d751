import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
const SAMPLES = fileURLToPath(new URL("../../samples/corpus", import.meta.url));
const ORIGINAL = "2026-11-23-sharq-floods-wadi-alreem.txt";

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  // An English locale: the default output language follows it (--lang overrides).
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copier's version of a sample article: agency line, tashkeel, Persian letter forms, a footer. */
function rewrite(text: string): string {
  const [title, ...rest] = text.split("\n");
  const body = rest.join("\n").replace(/ي/g, "ی").replace(/ك/g, "ک").replace("سيول", "سُيُول");
  return `${title}\n(وكالات) - \n${body}\n\nتابعونا على قناتنا في تلغرام لمزيد من الأخبار العاجلة.`;
}

describe("marsad connect on the sample corpus", () => {
  it("ingesting the corpus twice and a rewritten copy yields one duplicate group and no new story; the story shows the toll conflict", () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-connect-"));
    try {
      const db = join(dir, "m.sqlite");
      assert.equal(cli("ingest", SAMPLES, "--db", db).status, 0);
      const stories = JSON.parse(cli("stories", "--db", db, "--json").stdout) as { id: string; articleCount: number; conflictCount: number }[];
      assert.equal(cli("ingest", SAMPLES, "--db", db).status, 0);
      assert.deepEqual(JSON.parse(cli("stories", "--db", db, "--json").stdout), stories, "a second ingest changes nothing");

      mkdirSync(join(dir, "copy"));
      writeFileSync(join(dir, "copy", "rewritten.txt"), rewrite(readFileSync(join(SAMPLES, ORIGINAL), "utf8")));
      const ingested = cli("ingest", join(dir, "copy"), "--db", db, "--json");
      assert.equal(ingested.status, 0, ingested.stderr);
      assert.match(ingested.stderr, /near copies 1|exact copies 1/);
      const after = JSON.parse(cli("stories", "--db", db, "--json").stdout) as typeof stories;
      assert.equal(after.length, stories.length, "no new story");
      const grown = after.filter((s) => s.articleCount === (stories.find((x) => x.id === s.id)?.articleCount ?? 0) + 1);
      assert.equal(grown.length, 1, "the copy joined its original's story");

      const conflicted = after.find((s) => s.conflictCount > 0);
      assert.ok(conflicted, "a story where sources disagree on a toll");
      const shown = cli("story", conflicted.id, "--db", db);
      assert.equal(shown.status, 0);
      assert.match(shown.stdout, /CONFLICT: killed/);
      assert.match(shown.stdout, /per day: 2026-11-\d\d \d+ articles? from \d+ sources?/);

      // --lang ar: every label Arabic, dates with Arabic month names; no English label left.
      const arabic = cli("--lang", "ar", "story", conflicted.id, "--db", db);
      assert.equal(arabic.status, 0, arabic.stderr);
      assert.match(arabic.stdout, /في كل يوم: \d+ نوفمبر 2026/);
      assert.match(arabic.stdout, /تعارض: قتلى/);
      assert.match(arabic.stdout, /رقم: [^\n]*(نحو |أكثر من |على الأقل |أقل من |حتى )?\d/);
      for (const english of [/per day/, /figure:/, /\((about|exact|more than|at least)\)/, /article\(s\)|articles?\b/, /sources?:/, /first seen|last /, /CONFLICT|latest|highest|quote:/]) {
        assert.doesNotMatch(arabic.stdout, english, `no English label ${english}`);
      }
      const listed = cli("stories", "--db", db, "--lang", "ar");
      assert.match(listed.stdout, /أول ظهور \d+ نوفمبر 2026/);
      assert.equal(cli("story", "story-0000000000000000", "--db", db).status, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
