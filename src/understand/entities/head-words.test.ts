import assert from "node:assert/strict";
import { test } from "node:test";
import { settleOrganizationHeads, type HeadWordTests } from "./head-words.js";
import { entitySpan, type EntitySpan } from "./span.js";
import type { EntityType } from "../../types.js";

const TESTS: HeadWordTests = {
  isPlain: (norm) => ["طيران", "نفط"].includes(norm),
  isPersonWord: (norm) => ["غسان", "الامير"].includes(norm),
  isHead: (norm) => ["مجلس", "هيئه", "منظمه", "شركه"].includes(norm),
  isPlace: (norm) => ["قطر", "تبوك"].includes(norm),
};

/** The text with the organization span marked by [ ] before the rules; the span's text after them. */
function settle(marked: string, type: EntityType = "organization", others: [number, number][] = []): string {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  const text = marked.replace("[", "").replace("]", "");
  const spans: EntitySpan[] = [entitySpan(type, text.slice(start, end), start, end), ...others.map(([a, b]) => entitySpan("location", text.slice(a, b), a, b))];
  settleOrganizationHeads(text, spans, TESTS);
  assert.equal(spans[0]!.text, text.slice(spans[0]!.start, spans[0]!.end));
  return spans[0]!.text;
}

test("cutCompanyHead: «شركة» before a company's own name is out of the span", () => {
  const table: [string, string][] = [
    ["وقعت [شركة فيرانو] عقدا جديدا", "فيرانو"],
    ["أعلنت [شركة كاتو موتورز] نتائجها", "كاتو موتورز"],
    ["قالت [شركة جي تي إكس] إن", "جي تي إكس"],
    // descriptive names keep their head: a later definite word, a fused لل
    ["أعلنت [شركة نمرة الزراعية] أرباحها", "شركة نمرة الزراعية"],
    ["وقعت [شركة تبوك للتطوير العقاري] العقد", "شركة تبوك للتطوير العقاري"],
    // the rest's first word defined, plain, a given name or a head: no name alone
    ["قالت [شركة الكهرباء] إن", "شركة الكهرباء"],
    ["أعلنت [شركة طيران ناس] رحلات", "شركة طيران ناس"],
    ["اشترت [شركة غسان حمدي] أرضا", "شركة غسان حمدي"],
    ["ورد في [شركة منظمة التعاون] أن", "شركة منظمة التعاون"],
    // a company named for a place, a quoted name after the span, a quote inside it
    ["قال رئيس [شركة قطر] للطاقة إن", "شركة قطر"],
    ["باعت لشركة [شركة أفق] \"سما\" طائرات", "شركة أفق"],
    ["أعلنت [شركة «نور] للطاقة»", "شركة «نور"],
    // definite or fused heads are not this rule's
    ["أعلنت [الشركة] أن", "الشركة"],
    ["قالت [وشركة فيرانو] إن", "وشركة فيرانو"],
  ];
  for (const [marked, want] of table) assert.equal(settle(marked), want, marked);
});

test("cutCompanyHead: a person or a place span is left alone", () => {
  assert.equal(settle("زار [شركة فيرانو] أمس", "person"), "شركة فيرانو");
  assert.equal(settle("زار [شركة فيرانو] أمس", "location"), "شركة فيرانو");
});

test("takeNameHead: «منظمة» and «نادي» before an organization's name are in the span", () => {
  const table: [string, string][] = [
    ["قالت منظمة [العون الدولية] إن", "منظمة العون الدولية"],
    ["وطالبت ومنظمة [الرحمة] بوقف", "منظمة الرحمة"],
    ["تعاقد نادي [وادي الصفا] مع", "نادي وادي الصفا"],
    ["انتقل إلى لنادي [ريفر ستون] الإنجليزي", "نادي ريفر ستون"],
    // a name with its own head takes no second one; a head after punctuation or none stays out
    ["قالت منظمة [هيئة الإغاثة] إن", "هيئة الإغاثة"],
    ["قالت المنظمة، [الرحمة] إن", "الرحمة"],
    ["قال مدير [الرحمة] إن", "الرحمة"],
    ["قالت منظمة [Open Rights Group] إن", "Open Rights Group"],
  ];
  for (const [marked, want] of table) assert.equal(settle(marked), want, marked);
});

test("takeNameHead: a head inside another mention stays there", () => {
  // «منظمة» is the end of a place mention before the club (composed edge case): the head is not taken twice.
  const text = "قرب حي منظمة العون";
  const spans = [entitySpan("location", "حي منظمة", 4, 12), entitySpan("organization", "العون", 13, 18)];
  settleOrganizationHeads(text, spans, TESTS);
  assert.deepEqual([spans[1]!.start, spans[1]!.text], [13, "العون"]);
});

test("settleOrganizationHeads: empty input and non-Arabic names change nothing", () => {
  const spans: EntitySpan[] = [];
  settleOrganizationHeads("", spans, TESTS);
  assert.deepEqual(spans, []);
  assert.equal(settle("the [Acme Corp] said", "organization"), "Acme Corp");
});
