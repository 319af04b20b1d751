import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findTitleEventSplit, type TitleEventMember } from "./title-events.js";
import { StoryIndex } from "./stories.js";
import type { Entity } from "../types.js";

// one minister's thread: two events told by his name, each with its own headline words
const MINISTER: Entity = { name: "سالم الهادي", type: "person", mentions: ["سالم الهادي"], aliases: [] };
const CITY: Entity = { name: "الرمال", type: "location", mentions: ["الرمال"], aliases: [] };
const HOSPITAL = [
  ["سالم الهادي يفتتح مستشفى الأطفال الجديد في الرمال", "افتتح الوزير سالم الهادي مستشفى الأطفال في مدينة الرمال بسعة مئتي سرير وقسم للطوارئ"],
  ["افتتاح مستشفى الأطفال في الرمال بحضور سالم الهادي", "شهدت مدينة الرمال افتتاح مستشفى الأطفال بحضور الوزير وأطباء المدينة وقسم الطوارئ الجديد"],
  ["مستشفى الأطفال يستقبل أول مرضاه بعد افتتاحه في الرمال", "استقبل مستشفى الأطفال في الرمال أول المرضى بعد الافتتاح وأطباء الطوارئ يعملون بكامل طاقتهم"],
  ["سالم الهادي: مستشفى الأطفال في الرمال يخدم ربع مليون نسمة", "قال الوزير إن مستشفى الأطفال الجديد سيخدم سكان الرمال وقراها وإن قسم الطوارئ يعمل ليلا ونهارا"],
];
const AMBASSADOR = [
  ["سالم الهادي يستقبل سفير اليابان ويبحث التعاون التجاري", "استقبل الوزير سالم الهادي سفير اليابان وبحثا التعاون التجاري وتبادل الخبرات في الموانئ"],
  ["مباحثات بين سالم الهادي وسفير اليابان حول التجارة والموانئ", "بحث الوزير مع سفير اليابان اتفاقية التجارة وتطوير الموانئ والاستثمار في الصناعة"],
  ["سفير اليابان: اتفاقية تجارية قريبا بعد لقاء سالم الهادي", "أعلن سفير اليابان أن اتفاقية التجارة ستوقع قريبا بعد مباحثات مع الوزير عن الموانئ والصناعة"],
  ["اتفاقية التجارة مع اليابان على طاولة سالم الهادي", "يدرس الوزير اتفاقية التجارة مع اليابان وخطة الموانئ التي عرضها السفير في لقائهما"],
];
const OTHER = [
  ["أمطار غزيرة على الساحل وتحذير للصيادين", "هطلت أمطار غزيرة على مدن الساحل وحذرت الأرصاد الصيادين من ارتفاع الموج"],
  ["ارتفاع أسعار القمح في الأسواق العالمية", "ارتفعت أسعار القمح في الأسواق العالمية بسبب الجفاف في مناطق الزراعة"],
  ["فوز فريق النجوم بكأس الدوري بعد مباراة مثيرة", "فاز فريق النجوم بكأس الدوري بعد مباراة مثيرة انتهت بهدفين مقابل هدف"],
  ["افتتاح معرض الكتاب الدولي بمشاركة مئة دار نشر", "افتتح معرض الكتاب الدولي أبوابه بمشاركة مئة دار نشر عربية وأجنبية"],
];

/** The members of the minister's thread, read by an index that has seen the thread and other news (the corpus frequencies). */
function thread(hospitalFirst = true): TitleEventMember[] {
  const index = new StoryIndex();
  const input = ([title, body]: string[], id: string, hour: number, entities: Entity[]) => ({ id, title: title!, body: body!, source: null, publishedAt: new Date(Date.UTC(2026, 0, 1, hour)).toISOString(), entities });
  const inputs = [
    ...HOSPITAL.map((t, i) => input(t, `h${i}`, hospitalFirst ? i : 10 + i, [MINISTER, CITY])),
    ...AMBASSADOR.map((t, i) => input(t, `a${i}`, hospitalFirst ? 10 + i : i, [MINISTER])),
    ...OTHER.map((t, i) => input(t, `o${i}`, 20 + i, [])),
  ];
  for (const a of inputs) index.add(a);
  return inputs.filter((a) => !a.id.startsWith("o")).map((a) => index.titleEventMember(a));
}

const ON = { minStory: 8 };

describe("title events", () => {
  it("leaves the words of the article's names out of the event vector, not out of the title vector", () => {
    const [first] = thread();
    assert.ok(first!.title.has("سالم") || [...first!.title.keys()].some((t) => t.includes("سالم")));
    assert.ok(![...first!.event.keys()].some((t) => t.includes("سالم") || t.includes("هادي")));
    assert.ok(first!.event.size > 0);
  });

  it("splits one actor's thread into its two title events, the earliest member's event keeping it", () => {
    const split = findTitleEventSplit(thread(), ON);
    assert.deepEqual(split, { keep: ["h0", "h1", "h2", "h3"], leave: ["a0", "a1", "a2", "a3"] });
    const reversed = findTitleEventSplit(thread(false), ON);
    assert.deepEqual(reversed, { keep: ["a0", "a1", "a2", "a3"], leave: ["h0", "h1", "h2", "h3"] });
  });

  it("gives the same split whatever order the members come in", () => {
    const members = thread();
    const expected = findTitleEventSplit(members, ON);
    assert.ok(expected);
    for (const order of [[...members].reverse(), [...members.slice(3), ...members.slice(0, 3)]]) assert.deepEqual(findTitleEventSplit(order, ON), expected);
  });

  it("does not split: a story under minStory, the check turned off, one event told twice, bodies alike across", () => {
    const members = thread();
    assert.equal(findTitleEventSplit(members, { minStory: 9 }), null, "8 members, minStory 9");
    assert.equal(findTitleEventSplit(members), null, "off by default");
    const hospital = members.filter((m) => m.id.startsWith("h"));
    assert.equal(findTitleEventSplit([...hospital, ...hospital.map((m) => ({ ...m, id: `${m.id}b` }))], ON), null, "one event");
    assert.equal(findTitleEventSplit(members, { ...ON, maxCrossRatio: 0 }), null, "any body likeness across keeps it whole");
  });
});
