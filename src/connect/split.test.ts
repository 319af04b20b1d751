import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findStorySplit, type SplitMember } from "./split.js";
import { termCounts } from "./terms.js";
import { StoryIndex } from "./stories.js";

const QUAKE = [
  "ضرب زلزال قوي مدينة الساحل فجرا وانهارت مبان قديمة في الحي الشرقي وفرق الإنقاذ تبحث عن ناجين تحت الأنقاض",
  "ارتفعت حصيلة ضحايا زلزال مدينة الساحل وتواصل فرق الإنقاذ البحث تحت أنقاض المباني المنهارة في الحي الشرقي",
  "هزة ارتدادية تضرب مدينة الساحل بعد الزلزال وسكان الحي الشرقي يبيتون في العراء خوفا من انهيار المباني",
  "الدفاع المدني ينتشل ناجين من تحت أنقاض مبنى منهار في الحي الشرقي بمدينة الساحل بعد الزلزال",
];
const BOOKS = [
  "افتتح وزير الثقافة معرض الكتاب السنوي في العاصمة بمشاركة مئتي دار نشر عربية وندوات يومية للأطفال",
  "إقبال كبير على معرض الكتاب في العاصمة ودور النشر تعرض روايات جديدة وكتب الأطفال في اليوم الثاني",
  "معرض الكتاب يختتم أيامه في العاصمة بتوقيع روايات جديدة وتكريم دور النشر المشاركة وكتاب الأطفال",
  "وزير الثقافة يعلن أرقام زوار معرض الكتاب في العاصمة ومبيعات دور النشر من الروايات وكتب الأطفال",
];

function members(texts: string[], prefix: string, startHour: number): SplitMember[] {
  return texts.map((t, i) => ({ id: `${prefix}${i}`, time: Date.UTC(2026, 0, 1, startHour + i), terms: termCounts(t) }));
}

describe("story split", () => {
  it("splits a story that holds two events, the earliest member's event keeping it", () => {
    const split = findStorySplit([...members(QUAKE, "q", 0), ...members(BOOKS, "b", 2)]);
    assert.ok(split);
    assert.deepEqual(split.keep, ["q0", "q1", "q2", "q3"]);
    assert.deepEqual(split.leave, ["b0", "b1", "b2", "b3"]);
    assert.ok(split.centroidCosine <= 0.15);
  });

  it("keeps one event whole, and never splits off fewer than minPart members", () => {
    assert.equal(findStorySplit(members([...QUAKE, ...QUAKE.map((t) => `${t} اليوم`)], "q", 0)), null);
    assert.equal(findStorySplit([...members(QUAKE, "q", 0), ...members(BOOKS.slice(0, 2), "b", 2)]), null);
    assert.equal(findStorySplit(members(QUAKE, "q", 0)), null, "too small to split");
  });

  it("rebuilds both stories in the index: later articles of either event find their own story", () => {
    const index = new StoryIndex();
    const inputs = [...QUAKE.map((t, i) => ({ id: `q${i}`, t })), ...BOOKS.map((t, i) => ({ id: `b${i}`, t }))].map(({ id, t }, i) => ({
      id, title: t.slice(0, 30), body: t, source: "src", publishedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(), entities: [],
    }));
    const story = index.add(inputs[0]!).storyId;
    for (const input of inputs.slice(1)) index.addToStory(input, story);
    assert.equal(index.storyOf("b3"), story, "both events in one story, as a chain of bridging articles would leave them");
    assert.equal(index.splitStory(story, "story-b0", inputs.slice(0, 4), inputs.slice(4)), true);
    assert.equal(index.storyOf("b2"), "story-b0");
    assert.equal(index.storyOf("q2"), story);
    assert.deepEqual(index.get("story-b0")?.members, ["b0", "b1", "b2", "b3"]);
    const later = index.add({ id: "b9", title: "معرض الكتاب", body: BOOKS[1]!, source: "src", publishedAt: new Date(Date.UTC(2026, 0, 1, 9)).toISOString(), entities: [] });
    assert.equal(later.storyId, "story-b0");
  });
});
