import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./index.js";
import { KNOWN_COMPANIES, KNOWN_OUTLETS } from "./known-brands.js";
import { YEMEN_DISTRICTS, YEMEN_DISTRICTS_CUED } from "./yemen-districts.js";
import { normalizeArabic } from "../../arabic/normalize.js";

// ent113 (issue 11): gazetteer classes of the DEV census, composed sentences.
const found = (text: string) => recognizeEntities(text).map((s) => `${s.type}:${s.text}`);

test("the brand, outlet and district lists are folded, without duplicates", () => {
  for (const list of [KNOWN_COMPANIES, KNOWN_OUTLETS, YEMEN_DISTRICTS, YEMEN_DISTRICTS_CUED]) {
    for (const name of list) assert.equal(normalizeArabic(name), name, name);
    assert.equal(new Set(list).size, list.length);
  }
});

const cases: { text: string; has: string[]; not?: string[] }[] = [
  // Companies named bare, and two of them joined by و (one person to the tagger before).
  { text: "وقعت بوينغ وسافران عقدا مع شركة طيران خليجية.", has: ["organization:بوينغ", "organization:سافران"] },
  { text: "تراجعت مبيعات رينو وبيجو في السوق الأوروبية هذا العام.", has: ["organization:رينو", "organization:بيجو"] },
  { text: "افتتحت إيكيا أول متجر لها في المدينة بعد أن أعلنت إيرباص عن طلبية جديدة.", has: ["organization:إيكيا", "organization:إيرباص"] },
  // A company's name as a person's family name stays the person's.
  { text: "خسرت أمام الرومانية ايرينا-كاميلا بيجو في الدور الأول.", has: ["person:ايرينا-كاميلا بيجو"], not: ["organization:بيجو"] },
  { text: "دارت أحداث الفيلم في فرنسا مع الممثلة برينيس بيجو.", has: ["person:برينيس بيجو"], not: ["organization:بيجو"] },
  { text: "ووقعت شركتا بوينغ وإيرباص عقودا مع طهران.", has: ["organization:بوينغ", "organization:إيرباص"] },
  // Outlets named bare.
  { text: "وذكرت التايمز أن الغارديان نشرت الوثائق كاملة.", has: ["organization:التايمز", "organization:الغارديان"] },
  { text: "وقال مراسل بي بي سي عربي إن بلومبيرغ نقلت الخبر أولا.", has: ["organization:بي بي سي عربي", "organization:بلومبيرغ"] },
  // Yemen's districts: by name alone, or after «مديرية» when the name is a common word.
  { text: "وقتل ثلاثة مدنيين في قصف على حيفان والقبيطة جنوب تعز.", has: ["location:حيفان", "location:القبيطة"] },
  { text: "اندلعت اشتباكات في مديرية رازح بمحافظة صعدة.", has: ["location:رازح"] },
  { text: "دعا الرئيس إلى الوحدة الوطنية ونبذ الخلافات.", has: [], not: ["location:الوحدة"] },
  { text: "حصلت أسرة المقرحي المدان الوحيد في القضية على تعويض.", has: [], not: ["location:المدان"] },
  // A CLDR country's name written with a parenthesis: each part is the country.
  { text: "فر آلاف اللاجئين من ميانمار إلى بنغلاديش.", has: ["location:ميانمار"] },
  { text: "وسلم جنبلاط ابنه تيمور زعامة الحزب.", has: [], not: ["location:تيمور"] },
  // A gazetteer city fused with «أبو» written apart is the city, not a kunya.
  { text: "لجأ إلى الدوحة بعد خلاف مع حكام أبو ظبي العام الماضي.", has: ["location:أبو ظبي"], not: ["person:أبو ظبي"] },
  { text: "وقال أبو محمد إن الاجتماع تأجل.", has: ["person:أبو محمد"] },
  // Common words that look like a listed name stay words.
  { text: "يكثر لحم الإبل في الأسواق، وتشتد العتمة ليلا.", has: [], not: ["organization:الإبل", "location:العتمة"] },
];

test("gazetteer classes: companies, outlets, Yemen's districts, CLDR name parts (composed)", () => {
  for (const c of cases) {
    const got = found(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `${c.text}: want ${h}, got ${got.join(" | ")}`);
    for (const n of c.not ?? []) assert.ok(!got.includes(n), `${c.text}: ${n} should not be found (${got.join(" | ")})`);
  }
});
