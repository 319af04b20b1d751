import { test } from "node:test";
import assert from "node:assert/strict";
import { joinForeignNameParticles } from "./foreign-name-particles.js";
import type { EntityType } from "../../types.js";
import { candidates, texts } from "./candidate-fixtures.js";

test("a particle after a media head, an opening quote or a verb before a person's name joins the name", () => {
  const text = 'ونقلت مجلة ذي ايكونوميست وصحيفة "ذي دايلي مايل" عن المدرب. وقال فان مارفيك إن الفريق جاهز، ونشرت صحيفة لو فيغارو الخبر.';
  const spans = candidates(text, [["organization", "ايكونوميست"], ["person", "دايلي مايل"], ["person", "مارفيك"], ["organization", "فيغارو"]]);
  joinForeignNameParticles(text, spans);
  assert.deepEqual(texts(spans), ["organization:ذي ايكونوميست", "organization:ذي دايلي مايل", "person:فان مارفيك", "organization:لو فيغارو"]);
});

test("a particle that is the Arabic word stays out: before a definite noun, or لو without a head, quote or repeat", () => {
  const text = "وصل الوفد في شهر ذي القعدة إلى الرياض، وقال إنه لو سافر محمد لما تأخر، وبالتالي فان مصر ستشارك.";
  const spans = candidates(text, [["misc", "القعدة"], ["location", "الرياض"], ["person", "محمد"], ["location", "مصر"]]);
  joinForeignNameParticles(text, spans);
  assert.deepEqual(texts(spans), ["misc:القعدة", "location:الرياض", "person:محمد", "location:مصر"]);
});

test("a name runs on over a foreign particle and the word after it, not over لا", () => {
  const text = "وسجل باتريك فان انهولت هدفا، وقالت أنييس فون دير مول إن واشنطن لا تزال تدرس الأمر.";
  const spans = candidates(text, [["person", "باتريك"], ["person", "أنييس فون"], ["location", "واشنطن"]]);
  joinForeignNameParticles(text, spans);
  assert.deepEqual(texts(spans), ["person:باتريك فان انهولت", "person:أنييس فون دير مول", "location:واشنطن"]);
});

test("a media suffix joins the name before it, and a name ending in one is an organization", () => {
  const text = "وكتب في نيويورك تايمز مقالا، ونقلت شبكة تولو نيوز عنه، ثم سافر إلى نيويورك.";
  const spans = candidates(text, [["location", "نيويورك"], ["misc", "تولو نيوز"], ["location", "نيويورك", 60]]);
  joinForeignNameParticles(text, spans);
  assert.deepEqual(texts(spans), ["organization:نيويورك تايمز", "organization:تولو نيوز", "location:نيويورك"]);
});

test("لو after a speech verb starts the speaker's name; a conditional لو before a verb stays out (ent124)", () => {
  const rows: Array<{ text: string; tagged: Array<[EntityType, string]>; want: string[] }> = [
    { text: "وقال لو كانغ المتحدث باسم الخارجية إن بكين سترد.", tagged: [["person", "كانغ"], ["location", "بكين"]], want: ["person:لو كانغ", "location:بكين"] },
    { text: "وصرّح لو كانغ للصحفيين بأن الحوار مستمر.", tagged: [["person", "كانغ"]], want: ["person:لو كانغ"] },
    { text: "وأكدت لو ين رولوف من منظمة السلام أن البحر ملوث.", tagged: [["person", "ين رولوف"], ["organization", "منظمة السلام"]], want: ["person:لو ين رولوف", "organization:منظمة السلام"] },
    { text: "وقال لو سافر محمد إلى باريس لتغير الأمر.", tagged: [["person", "محمد"], ["location", "باريس"]], want: ["person:محمد", "location:باريس"] },
    { text: "وقال لو الوزير حضر لانتهت الأزمة.", tagged: [["person", "الوزير"]], want: ["person:الوزير"] },
    { text: "وتمنى لو كانغ حضر الاجتماع.", tagged: [["person", "كانغ"]], want: ["person:كانغ"] },
  ];
  for (const { text, tagged, want } of rows) {
    const spans = candidates(text, tagged);
    joinForeignNameParticles(text, spans);
    assert.deepEqual(texts(spans), want, text);
  }
});

test("لي or هو after a person's name and before a comma, slash or colon ends the name; the pronoun stays out (ent124)", () => {
  const rows: Array<{ text: string; tagged: Array<[EntityType, string]>; want: string[] }> = [
    { text: "وقال الباحث فرانك هو، أستاذ التغذية، إن الدراسة كبيرة.", tagged: [["person", "فرانك"]], want: ["person:فرانك هو"] },
    { text: "وكشف المخرج سبايك لي، العام الماضي، أنه غاضب.", tagged: [["person", "سبايك"]], want: ["person:سبايك لي"] },
    { text: "والتقى الوزير نظيره ري يونغ هو: وبحثا الملف.", tagged: [["person", "ري يونغ"]], want: ["person:ري يونغ هو"] },
    { text: "وقال مراسلنا ديف لي/ إن الشركة تراجعت.", tagged: [["person", "ديف"]], want: ["person:ديف لي"] },
    { text: "وقال محمد إن خالد دعمه لي، ووعد بالمزيد.", tagged: [["person", "محمد"], ["person", "خالد"]], want: ["person:محمد", "person:خالد"] },
    { text: "وأكد أن سامي هو المسؤول عن الملف.", tagged: [["person", "سامي"]], want: ["person:سامي"] },
    { text: "وقال إن مستقبل اللاعب بيد الرئيس هو، لا بيد المدرب.", tagged: [["person", "الرئيس"]], want: ["person:الرئيس"] },
  ];
  for (const { text, tagged, want } of rows) {
    const spans = candidates(text, tagged);
    joinForeignNameParticles(text, spans);
    assert.deepEqual(texts(spans), want, text);
  }
});
