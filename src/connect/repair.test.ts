import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { seededRandom, seededShuffle } from "../seeded-random.js";
import { FLOOD_BODY, TEMPLATED_ITEMS, UNRELATED_BODY } from "./connect-fixtures.js";
import { StoryIndex, type StoryIndexSnapshot, type StoryInput, type StoryOptions } from "./stories.js";

const SENTENCES = [...FLOOD_BODY.split("\n\n"), ...UNRELATED_BODY.split("\n\n"), ...TEMPLATED_ITEMS];

/** 200 articles over 10 days: each tells one of a few topics with a sentence of another, so stories form, chain and compete. */
function articles(): StoryInput[] {
  const random = seededRandom(11);
  const pick = (): string => SENTENCES[Math.floor(random() * SENTENCES.length)]!;
  return Array.from({ length: 200 }, (_, i) => {
    const topic = Math.floor(random() * SENTENCES.length);
    const body = [SENTENCES[topic]!, SENTENCES[(topic + 1) % SENTENCES.length]!, pick()].join("\n\n");
    const day = Math.floor(i / 20);
    return {
      id: `a${String(i).padStart(3, "0")}`,
      title: body.slice(0, 50),
      body,
      source: `s${i % 4}`,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + day, Math.floor(random() * 24))).toISOString(),
      entities: [],
    };
  });
}

// the hand scorer: these articles are mixes of a few template sentences, not news the membership
// model was trained on, and the test is about the repair's order invariance, not about scoring
const OPTIONS: Partial<StoryOptions> = { graceHours: 24, windowHours: 48, scorer: "hand" };

/** Article → story id after adding `items` in the given order (and repairing when asked). */
function stories(items: StoryInput[], repair: boolean, options = OPTIONS): Map<string, string> {
  const index = new StoryIndex(options);
  for (const item of items) index.add(item);
  if (repair) index.repair();
  return new Map([...items].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => [a.id, index.storyOf(a.id)!]));
}

describe("story repair pass", () => {
  it("gives the same stories and the same ids whatever the arrival order", () => {
    const items = articles();
    const byTime = stories(items, true);
    const online = [1, 2, 3].map((seed) => stories(seededShuffle(items, seed), false));
    assert.ok(online.some((o) => JSON.stringify([...o]) !== JSON.stringify([...stories(items, false)])), "online assignment alone depends on the order");
    for (const seed of [1, 2, 3]) assert.deepEqual(stories(seededShuffle(items, seed), true), byTime, `order ${seed}`);
    assert.ok(new Set(byTime.values()).size > 3, "several stories");
  });

  it("refines the replay: articles only move between stories it made, never into new ones", () => {
    const items = articles();
    const refined = stories(items, true, { ...OPTIONS, refine: true });
    const replayed = stories(items, true, { ...OPTIONS, refine: false });
    assert.notDeepEqual(refined, replayed, "the round moved some articles");
    assert.ok(new Set(refined.values()).size <= new Set(replayed.values()).size, "no story is made by the round");
    for (const seed of [1, 2]) assert.deepEqual(stories(seededShuffle(items, seed), true, { ...OPTIONS, refine: true }), refined, `order ${seed}`);
  });

  it("merges stories the replay left apart when their members would join the other story, in any order", () => {
    const items = articles();
    const off = { ...OPTIONS, repairMerge: 0 };
    const on = { ...OPTIONS, repairMerge: 0.3, repairMergeMembers: 0.18 };
    const merged = stories(items, true, on);
    const apart = stories(items, true, off);
    assert.ok(new Set(merged.values()).size < new Set(apart.values()).size, "the round merged some stories");
    for (const seed of [1, 2]) assert.deepEqual(stories(seededShuffle(items, seed), true, on), merged, `order ${seed}`);
    // no story's members reach the guard: nothing merges
    assert.deepEqual(stories(items, true, { ...on, repairMergeMembers: 1 }), apart);
  });

  it("guards the merge round by the membership model when asked, in any order", () => {
    const items = articles();
    const apart = stories(items, true, { ...OPTIONS, repairMerge: 0 });
    // every probability is above 0 and none reaches 1: the story score alone decides, or nothing merges
    const loose = { ...OPTIONS, repairMerge: 0.3, repairMergeModel: 1e-9 };
    const merged = stories(items, true, loose);
    assert.ok(new Set(merged.values()).size < new Set(apart.values()).size, "the round merged some stories");
    for (const seed of [1, 2]) assert.deepEqual(stories(seededShuffle(items, seed), true, loose), merged, `order ${seed}`);
    assert.deepEqual(stories(items, true, { ...loose, repairMergeModel: 1 }), apart);
  });

  it("guards the merge round by the share of each story's members that would join the other, in any order", () => {
    const items = articles();
    const apart = stories(items, true, { ...OPTIONS, repairMerge: 0 });
    // one bridging member on each side is enough at a tiny share; no story is all bridges at a share above 1
    const loose = { ...OPTIONS, repairMerge: 0.3, repairMergeBridges: 1e-9 };
    const merged = stories(items, true, loose);
    assert.ok(new Set(merged.values()).size < new Set(apart.values()).size, "the round merged some stories");
    for (const seed of [1, 2]) assert.deepEqual(stories(seededShuffle(items, seed), true, loose), merged, `order ${seed}`);
    assert.deepEqual(stories(items, true, { ...loose, repairMergeBridges: 1.01 }), apart);
  });

  it("names every story after its earliest member (time, then id)", () => {
    const items = articles();
    const index = new StoryIndex(OPTIONS);
    for (const item of seededShuffle(items, 5)) index.add(item);
    index.repair();
    const time = new Map(items.map((a) => [a.id, a.publishedAt!]));
    for (const s of index.list()) {
      const earliest = [...s.members].sort((a, b) => (time.get(a)! < time.get(b)! ? -1 : time.get(a)! > time.get(b)! ? 1 : a < b ? -1 : 1))[0]!;
      assert.equal(s.id, `story-${earliest}`);
    }
  });

  it("keeps a redirect for every id it retires, to the story holding that id's earliest former member", () => {
    const items = articles();
    const index = new StoryIndex(OPTIONS);
    for (const item of seededShuffle(items, 2)) index.add(item);
    const before = new Map(items.map((a) => [a.id, index.storyOf(a.id)!]));
    const result = index.repair();
    assert.ok(result.retired.length > 0, "the shuffled run had ids the repair retires");
    for (const { from, into } of result.retired) {
      assert.equal(index.resolve(from), into);
      assert.ok(index.get(into), "redirects lead to a live story");
      const formerMembers = [...before].filter(([, s]) => s === from).map(([a]) => a);
      assert.ok(formerMembers.some((a) => index.storyOf(a) === into));
    }
    for (const m of result.moved) assert.equal(index.storyOf(m.articleId), m.to);
  });

  it("reports the stories closed since the last repair once, for the two-event check at the step's end, and carries them in snapshots", () => {
    // five days, then ten days of the same texts six days later: the adds close stories (a pass every 256 adds)
    const first = articles().slice(0, 100);
    const later = articles().map((a) => ({ ...a, id: `b${a.id}`, publishedAt: new Date(Date.parse(a.publishedAt!) + 6 * 86_400_000).toISOString() }));
    const items = [...first, ...later];
    const index = new StoryIndex({ ...OPTIONS, forgetClosed: true });
    for (const item of items.slice(0, 280)) index.add(item);
    const restored = StoryIndex.restore(JSON.parse(JSON.stringify(index.snapshot())) as StoryIndexSnapshot);
    for (const item of items.slice(280)) {
      index.add(item);
      restored.add(item);
    }
    const result = index.repair();
    assert.ok(result.closed.length > 0, "stories of the first days closed during the adds (before the snapshot)");
    assert.deepEqual(result.closed, [...result.closed].sort(), "sorted");
    for (const id of result.closed) assert.ok(!result.touched.includes(id) && index.get(id) === null, `${id}: closed, forgotten, not re-checked as touched`);
    assert.deepEqual(restored.repair().closed, result.closed, "a restored index reports the same");
    index.add({ ...items[0]!, id: "late", publishedAt: "2026-01-30T23:00:00.000Z" });
    assert.ok(index.repair().closed.every((id) => !result.closed.includes(id)), "each closed story is reported once");
  });

  it("only re-clusters from the earliest article added since the last repair", () => {
    const items = articles();
    const index = new StoryIndex(OPTIONS);
    for (const item of items) index.add(item);
    index.repair();
    assert.equal(index.repair().articles, 0, "nothing new, nothing to do");
    index.add({ ...items[0]!, id: "late", publishedAt: "2026-01-10T23:00:00.000Z" });
    const result = index.repair();
    assert.ok(result.articles > 0 && result.articles < items.length / 2, `re-clustered ${result.articles}`);
  });

  it("a restored snapshot repairs as the index it was taken from", () => {
    const items = seededShuffle(articles(), 9);
    const straight = new StoryIndex(OPTIONS);
    const resumed = new StoryIndex(OPTIONS);
    for (const item of items) straight.add(item);
    for (const item of items) resumed.add(item);
    const restored = StoryIndex.restore(JSON.parse(JSON.stringify(resumed.snapshot())) as StoryIndexSnapshot);
    straight.repair();
    restored.repair();
    assert.deepEqual(restored.list(), straight.list());
  });

  it("a copy stays with its original whichever arrives first", () => {
    const items = articles();
    const original = items[40]!;
    const copy = { ...original, id: "copy", source: "elsewhere" };
    // the dedup index makes the later arrival follow the earlier one
    for (const [first, second] of [
      [original, copy],
      [copy, original],
    ] as const) {
      const index = new StoryIndex(OPTIONS);
      for (const item of seededShuffle(items, 4).filter((a) => a.id !== original.id)) {
        index.add(item);
        if (item.id === items[100]!.id) index.add(first);
      }
      index.addToStory(second, index.storyOf(first.id)!, first.id);
      index.repair();
      assert.equal(index.storyOf("copy"), index.storyOf(original.id), `${first.id} first`);
    }
  });
});
