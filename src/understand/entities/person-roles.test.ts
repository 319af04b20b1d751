import { test } from "node:test";
import assert from "node:assert/strict";
import { cutComplementsOffPersons, cutTitlesOffPersons, type PersonRoleTests } from "./person-roles.js";
import type { Candidate } from "./recognize/candidate.js";
import { recognizeEntities } from "./recognize.js";

/** Word lists of a small composed world: two nations, one club, the plain word «المباراة», «لكرة» seen often. */
const TESTS: PersonRoleTests = {
  isNationalAdjective: (norm) => ["البرازيلي", "الكرواتي", "الامريكي"].includes(norm),
  isPlainWord: (norm) => norm === "المباراه",
  isNameOpener: () => false,
  timesSeen: (norm) => (norm === "لكره" ? 800 : 1),
  clubLength: (norms, at) => (norms[at] === "نابولي" ? 1 : 0),
};

/** Person mentions over the whole of each quoted name in `text` (the tagger's run as the rules receive it). */
function personsOver(text: string, names: readonly string[]): Candidate[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { type: "person" as const, text: name, start, end: start + name.length, evidence: {} };
  });
}

const shown = (spans: readonly Candidate[], text: string) => spans.map((s) => [s.type, s.text, text.slice(s.start, s.end), s.role ?? ""]);

test("a definite complement of an indefinite title is cut off the name after it and becomes the role", () => {
  const text = "وقال قائد الريال خوان بيدرو إن الفريق جاهز، ورد زعيم المعارضين تامر حسون.";
  const spans = personsOver(text, ["الريال خوان بيدرو", "المعارضين تامر حسون"]);
  cutComplementsOffPersons(text, spans, TESTS, false);
  assert.deepEqual(shown(spans, text), [
    ["person", "خوان بيدرو", "خوان بيدرو", "قائد الريال"],
    ["person", "تامر حسون", "تامر حسون", "زعيم المعارضين"],
  ]);
});

test("a listed club after a title or behind ل is an organization of its own in a football report", () => {
  const text = "وأشاد مهاجم نابولي ماركو دينو بالمدرب الجديد لنابولي فابيو روسي.";
  const spans = personsOver(text, ["نابولي ماركو دينو", "لنابولي فابيو روسي"]);
  cutComplementsOffPersons(text, spans, TESTS, true);
  assert.deepEqual(shown(spans, text), [
    ["organization", "نابولي", "نابولي", ""],
    ["person", "ماركو دينو", "ماركو دينو", "مهاجم نابولي"],
    ["organization", "نابولي", "نابولي", ""],
    ["person", "فابيو روسي", "فابيو روسي", ""],
  ]);
  // Outside a football report the club list is not read.
  const other = personsOver(text, ["نابولي ماركو دينو"]);
  cutComplementsOffPersons(text, other, TESTS, false);
  assert.equal(other[0]!.text, "نابولي ماركو دينو");
});

test("a compound name's second word, a name without a title before it, and a phrase left over are kept as they are", () => {
  const text = "بزعامة نجم الدين أربكان. وقال الصادق المهدي إن. وهاجم رئيس الزمالك الاتحاد الأفريقي لكرة القدم.";
  const spans = personsOver(text, ["الدين أربكان", "الصادق المهدي", "الزمالك الاتحاد الأفريقي لكرة القدم"]);
  cutComplementsOffPersons(text, spans, TESTS, true);
  assert.deepEqual(spans.map((s) => s.text), ["الدين أربكان", "الصادق المهدي", "الزمالك الاتحاد الأفريقي لكرة القدم"]);
});

test("unlisted titles, a title's adjective and nationalities in the dual are cut off the start of a name", () => {
  const text = "وقال السيناتور جون ميلر إن. وتعاقد مع الحارس المخضرم لوكا دوني. وغاب البرازيليان رافينيا وبيدرو. وقال والكرواتي إيفان بيريتش.";
  const spans = personsOver(text, ["السيناتور جون ميلر", "المخضرم لوكا دوني", "البرازيليان رافينيا", "والكرواتي إيفان بيريتش"]);
  cutTitlesOffPersons(text, spans, TESTS);
  assert.deepEqual(shown(spans, text), [
    ["person", "جون ميلر", "جون ميلر", "السيناتور"],
    ["person", "لوكا دوني", "لوكا دوني", ""],
    ["person", "رافينيا", "رافينيا", ""],
    ["person", "إيفان بيريتش", "إيفان بيريتش", ""],
  ]);
});

test("a mention of a title and a nationality alone names no one; one of a nationality alone is left to other rules", () => {
  const text = "وقال الناشط الأمريكي إن. وفاز البرازيلي الكرواتي.";
  const spans = personsOver(text, ["الناشط الأمريكي", "البرازيلي الكرواتي"]);
  cutTitlesOffPersons(text, spans, TESTS);
  assert.deepEqual(spans.map((s) => s.text), ["البرازيلي الكرواتي"]);
});

test("the article path: the role goes, the name stays", () => {
  const persons = (text: string) => recognizeEntities(text).filter((s) => s.type === "person").map((s) => s.text);
  assert.deepEqual(persons("وعقب المباراة أشار قائد الريال سيرخيو راموس إلى الضغوط."), ["سيرخيو راموس"]);
  assert.deepEqual(persons("وقال السيناتور بوب ميننديز إن المجتمع الدولي يجب أن يتخذ موقفا."), ["بوب ميننديز"]);
  assert.deepEqual(persons("وأشاد بوصول الحارس الإيطالي المخضرم جانلويجي بوفون إلى باريس."), ["جانلويجي بوفون"]);
});

test("a body or place the article names is a title's complement before the name", () => {
  const text = "وأعلن حاكم كاليفورنيا جيري براون حالة الطوارئ في كاليفورنيا.";
  const spans: Candidate[] = [...personsOver(text, ["كاليفورنيا جيري براون"]), { type: "location", text: "كاليفورنيا", start: text.lastIndexOf("كاليفورنيا"), end: text.lastIndexOf("كاليفورنيا") + 10, evidence: {} }];
  cutComplementsOffPersons(text, spans, TESTS, false);
  assert.deepEqual(shown(spans, text), [
    ["location", "كاليفورنيا", "كاليفورنيا", ""],
    ["person", "جيري براون", "جيري براون", "حاكم كاليفورنيا"],
    ["location", "كاليفورنيا", "كاليفورنيا", ""],
  ]);
});

test("a mention that runs on into the body's longer name, or whose name opens with و, is kept", () => {
  const text = "وتحدث المدرب لبي بي سي أمس. ونونو سانتو مدرب وولفر وسلافي يوكا مدرب فولهام.";
  const bbc = text.indexOf("بي بي سي");
  const spans: Candidate[] = [
    { type: "person", text: "بي بي سي", start: bbc, end: bbc + 8, evidence: {} },
    { type: "organization", text: "بي بي سي", start: 0, end: 0, evidence: {} },
    ...personsOver(text, ["وولفر وسلافي يوكا"]),
    { type: "organization", text: "وولفر", start: 1, end: 1, evidence: {} },
  ];
  cutComplementsOffPersons(text, spans, TESTS, false);
  assert.deepEqual(spans.filter((s) => s.type === "person").map((s) => s.text), ["بي بي سي", "وولفر وسلافي يوكا"]);
});
