import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventKinds, kindAgreement, sharesIncidentKind } from "./event-kinds.js";
import { termCounts, type TermVector } from "./terms.js";

/** A title's terms, each of weight 1 (the kinds only sum the weights). */
function titleVector(title: string): TermVector {
  return new Map([...termCounts(title).keys()].map((t) => [t, 1]));
}

const strongest = (v: TermVector): string | undefined => [...v].sort((a, b) => b[1] - a[1])[0]?.[0];

describe("event kinds of a title", () => {
  it("reads the event of a title whatever its proclitics and plural", () => {
    assert.equal(strongest(eventKinds(titleVector("آلاف المتظاهرين في البصرة يطالبون بالخدمات"))), "protest");
    assert.equal(strongest(eventKinds(titleVector("والمظاهرات تتواصل في البصرة لليوم الثالث"))), "protest");
    assert.equal(strongest(eventKinds(titleVector("الناخبون في البصرة يدلون بأصواتهم في الانتخابات البرلمانية"))), "vote");
    assert.equal(strongest(eventKinds(titleVector("غارات جوية على مواقع قرب البصرة"))), "airstrike");
  });

  it("tells two events of one city apart and one event told twice alike", () => {
    const protest = eventKinds(titleVector("آلاف المتظاهرين في البصرة يطالبون بالخدمات"));
    const protestAgain = eventKinds(titleVector("تظاهرة حاشدة وسط البصرة احتجاجا على انقطاع الكهرباء"));
    const vote = eventKinds(titleVector("فرز الأصوات في البصرة بعد انتهاء الاقتراع"));
    const dot = (a: TermVector, b: TermVector): number => [...a].reduce((s, [k, w]) => s + w * (b.get(k) ?? 0), 0);
    assert.ok(dot(protest, protestAgain) > 0.9);
    assert.equal(dot(protest, vote), 0);
  });

  it("is empty for a title that names no event, and unit length otherwise", () => {
    assert.equal(eventKinds(titleVector("البصرة مدينة النخيل")).size, 0);
    const kinds = eventKinds(titleVector("محادثات ووقف إطلاق نار بعد قصف مدفعي"));
    const norm = Math.sqrt([...kinds.values()].reduce((s, w) => s + w * w, 0));
    assert.ok(Math.abs(norm - 1) < 1e-9);
  });
});

describe("event kinds added in the nineteenth round", () => {
  const dot = (a: TermVector, b: TermVector): number => [...a].reduce((s, [k, w]) => s + w * (b.get(k) ?? 0), 0);
  it("tells a reveal of documents from the deal they are about", () => {
    const reveal = eventKinds(titleVector("رئيس الوزراء يكشف وثائق سرية عن البرنامج"));
    assert.equal(strongest(reveal), "disclosure");
    assert.equal(dot(reveal, eventKinds(titleVector("الرئيس يعلن الانسحاب من الاتفاق"))), 0);
  });

  it("tells a player missing the final from the final, and a town taken from an emergency declared", () => {
    assert.equal(strongest(eventKinds(titleVector("المهاجم يغيب عن النهائي بسبب المرض"))), "absence");
    assert.equal(strongest(eventKinds(titleVector("القوات تسيطر على المدينة بعد تحريرها"))), "control");
    assert.equal(strongest(eventKinds(titleVector("الحكومة تعلن الطوارئ في العاصمة"))), "emergency");
    assert.equal(strongest(eventKinds(titleVector("البيت الأبيض يحدد موعد ومكان القمة"))), "schedule");
  });
});

describe("event-kind agreement as a join factor", () => {
  // story title (one member's title stands for the centroid), article title, expected side of 1
  const cases: [string, string, string, "raises" | "lowers" | "keeps"][] = [
    ["the same protest told by another outlet", "آلاف المتظاهرين في البصرة يطالبون بالخدمات", "تظاهرة حاشدة وسط البصرة احتجاجا على انقطاع الكهرباء", "raises"],
    ["an election and its count", "الناخبون في الموصل يدلون بأصواتهم في الانتخابات", "بدء فرز الأصوات في الموصل بعد إغلاق صناديق الاقتراع", "raises"],
    ["a storm and a second report of it", "عاصفة ترابية تضرب ولاية راجستان", "ارتفاع ضحايا العاصفة الترابية في راجستان", "raises"],
    ["a player's award and his match", "النجم المصري يتوج بجائزة أفضل لاعب في إنجلترا", "النجم المصري يقود فريقه إلى نهائي الكأس بعد الفوز على روما", "lowers"],
    ["a minister's meeting and a court case", "وزير الخارجية يلتقي نظيره الألماني في برلين", "المحكمة تقضي بسجن الوزير السابق خمس سنوات", "lowers"],
    ["an air strike and a vote in one city", "غارات جوية على مواقع قرب الرقة", "الناخبون في الرقة يدلون بأصواتهم", "lowers"],
    ["a title with no event word", "البصرة مدينة النخيل", "آلاف المتظاهرين في البصرة يطالبون بالخدمات", "keeps"],
  ];
  for (const [name, story, article, side] of cases) {
    it(`${side} the score: ${name}`, () => {
      const factor = kindAgreement(titleVector(article), titleVector(story), 0.1);
      if (side === "raises") assert.ok(factor > 1, `${factor}`);
      if (side === "lowers") assert.ok(factor < 1, `${factor}`);
      if (side === "keeps") assert.equal(factor, 1);
    });
  }

  it("is 1 at weight 0 and bounded by 1 ± weight", () => {
    const protest = titleVector("آلاف المتظاهرين في البصرة يطالبون بالخدمات");
    const vote = titleVector("الناخبون في البصرة يدلون بأصواتهم في الانتخابات");
    assert.equal(kindAgreement(protest, vote, 0), 1);
    assert.ok(Math.abs(kindAgreement(protest, protest, 0.2) - 1.2) < 1e-9);
    assert.ok(Math.abs(kindAgreement(protest, vote, 0.2) - 0.8) < 1e-9);
  });

  it("sharesIncidentKind: one incident kind in both titles; a meeting or a vote is no incident", () => {
    const flood = titleVector("سيول جارفة تضرب بلدة الوادي");
    const otherFlood = titleVector("أمطار غزيرة وسيول في مدينة الساحل");
    const meeting = titleVector("الوزير يلتقي نظيره في مدينة الساحل");
    const meetingAgain = titleVector("لقاء يجمع الوزيرين في بلدة الوادي");
    assert.equal(sharesIncidentKind(flood, otherFlood, 0.5), true);
    assert.equal(sharesIncidentKind(meeting, meetingAgain, 0.5), false);
    assert.equal(sharesIncidentKind(flood, meeting, 0.5), false);
  });
});
