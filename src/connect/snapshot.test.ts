import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../seeded-random.js";
import { FLOOD_BODY, TEMPLATED_ITEMS, UNRELATED_BODY, templated } from "./connect-fixtures.js";
import { DedupIndex, type DedupOptions, type DedupSnapshot } from "./near-dup.js";
import { StoryIndex, type StoryIndexSnapshot, type StoryOptions } from "./stories.js";
import { gzipSync } from "node:zlib";
import { decodeState, encodeState } from "./connector.js";

interface StreamItem {
  id: string;
  title: string;
  body: string;
  source: string;
  publishedAt: string | null;
}

const SENTENCES = [...FLOOD_BODY.split("\n\n"), ...UNRELATED_BODY.split("\n\n"), ...TEMPLATED_ITEMS];
const SOURCES = ["الواحة", "الوادي", "النبأ", "الشاطئ"];

/** A stream over 20 days: events retold by several sources, exact and near copies, templated pages, undated items. */
function stream(n: number): StreamItem[] {
  const random = seededRandom(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const items: StreamItem[] = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i / n) * 20);
    const hour = Math.floor(random() * 24);
    const source = pick(SOURCES);
    const earlier = items.length > 0 && random() < 0.25 ? items[Math.floor(random() * items.length)]! : null;
    const body = earlier
      ? random() < 0.5
        ? earlier.body
        : `(وكالات) - ${earlier.body}\n\n${pick(SENTENCES)}`
      : source === "الوادي" && random() < 0.3
        ? templated(pick(TEMPLATED_ITEMS))
        : [pick(SENTENCES), pick(SENTENCES), pick(SENTENCES)].join("\n\n");
    items.push({
      id: `a${String(i).padStart(4, "0")}`,
      title: earlier?.title ?? body.slice(0, 40),
      body,
      source,
      publishedAt: random() < 0.05 ? null : new Date(Date.UTC(2026, 0, 1 + day, hour)).toISOString(),
    });
  }
  return items;
}

const DEDUP: Partial<DedupOptions> = { retainHours: 72, sketchWidth: 1 << 12, maxBucketSize: 3 };
const STORIES: Partial<StoryOptions> = { forgetClosed: true, graceHours: 24, windowHours: 48, maxPostings: 4 };

/** The index restored from its snapshot, whole (base64 sketch in the JSON) or taken apart (the sketch's bytes beside it). */
function restored(dedup: DedupIndex, apart: boolean): DedupIndex {
  if (!apart) return DedupIndex.restore(JSON.parse(JSON.stringify(dedup.snapshot())) as DedupSnapshot);
  const { snapshot, sketch } = dedup.snapshotApart();
  return DedupIndex.restore(JSON.parse(JSON.stringify(snapshot)) as DedupSnapshot, sketch);
}

function run(items: StreamItem[], checkpoints: Set<number>, apart = false): string[] {
  let dedup = new DedupIndex(DEDUP);
  let stories = new StoryIndex(STORIES);
  const out: string[] = [];
  items.forEach((item, i) => {
    if (checkpoints.has(i)) {
      // through JSON text, as the connector stores it
      dedup = restored(dedup, apart);
      stories = StoryIndex.restore(JSON.parse(JSON.stringify(stories.snapshot())) as StoryIndexSnapshot);
    }
    const v = dedup.add(item);
    const s = stories.add({ ...item, entities: [] });
    out.push(`${item.id} ${v.kind} ${v.groupId} ${v.earliestId} ${v.matchedId ?? "-"} ${s.kind} ${s.storyId} ${s.merged.join(",")}`);
  });
  return out;
}

describe("connector snapshots", () => {
  it("a restored index decides exactly as the uninterrupted one, through eviction, closing and full buckets", () => {
    const items = stream(700);
    const straight = run(items, new Set());
    const resumed = run(items, new Set([1, 50, 233, 400, 401, 650]));
    assert.deepEqual(resumed, straight);
    assert.ok(straight.some((l) => l.includes(" exact ")) && straight.some((l) => l.includes(" near ")), "the stream has exact and near copies");
  });

  it("a snapshot taken apart (the sketch as raw bytes) restores the same index as the whole one", () => {
    const items = stream(700);
    assert.deepEqual(run(items, new Set([1, 50, 233, 400, 401, 650]), true), run(items, new Set()));
    const dedup = new DedupIndex(DEDUP);
    for (const item of items.slice(0, 300)) dedup.add(item);
    const { snapshot, sketch } = dedup.snapshotApart();
    assert.equal(snapshot.sketch, "");
    assert.deepEqual({ ...snapshot, sketch: Buffer.from(sketch).toString("base64") }, dedup.snapshot());
  });

  it("the connector's saved state is read back in its container and in the earlier one gzip JSON", async () => {
    const dedup = new DedupIndex(DEDUP);
    const stories = new StoryIndex(STORIES);
    for (const item of stream(200)) {
      dedup.add(item);
      stories.add({ ...item, entities: [] });
    }
    const { snapshot, sketch } = dedup.snapshotApart();
    const state = { version: 1 as const, seq: 200, dedup: snapshot, stories: stories.snapshot() };
    const saved = decodeState(await encodeState(state, sketch));
    assert.deepEqual(saved.state, state);
    assert.deepEqual(DedupIndex.restore(saved.state.dedup, saved.sketch).snapshot(), dedup.snapshot());
    const earlier = decodeState(gzipSync(JSON.stringify({ ...state, dedup: dedup.snapshot() })));
    assert.equal(earlier.sketch, undefined);
    assert.deepEqual(DedupIndex.restore(earlier.state.dedup).snapshot(), dedup.snapshot());
    assert.throws(() => decodeState(Buffer.from("{}")), /no known format/);
  });

  it("forgets what falls out of the windows, so memory follows the window and not the stream", () => {
    const dedup = new DedupIndex(DEDUP);
    const stories = new StoryIndex(STORIES);
    for (const item of stream(1500)) {
      dedup.add(item);
      stories.add({ ...item, entities: [] });
    }
    const kept = dedup.snapshot().docs.length;
    assert.ok(kept < 600, `dedup keeps ${kept} of 1500 articles`);
    assert.ok(stories.snapshot().stories.length < stories.snapshot().order, "closed stories are forgotten");
  });

  it("refuses a snapshot of another version", () => {
    const snap = new DedupIndex().snapshot();
    assert.throws(() => DedupIndex.restore({ ...snap, version: 2 as 1 }), /version 2/);
    const s = new StoryIndex().snapshot();
    assert.throws(() => StoryIndex.restore({ ...s, version: 3 as 1 }), /version 3/);
  });
});
