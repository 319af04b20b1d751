import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "./language.js";

const cases: Array<[string, string, string]> = [
  ["Arabic sentence", "دعا الوزير إلى الوقف الفوري للأعمال العسكرية في المنطقة.", "ar"],
  ["Arabic typed with Persian letter forms stays Arabic", "ناغورنی قرة باغ العسکریة فی", "ar"],
  ["one Arabic word", "قال", "ar"],
  ["short Arabic greeting", "مرحبا بكم", "ar"],
  ["Persian sentence", "این یک متن فارسی است که برای آزمایش نوشته شده", "fa"],
  ["short Persian question", "حال شما چطور است؟", "fa"],
  ["Urdu sentence", "یہ ایک اردو جملہ ہے جو جانچ کے لیے لکھا گیا ہے", "ur"],
  ["short Urdu phrase", "شہر میں بارش", "ur"],
  ["English sentence", "The minister said that the talks will resume next week.", "en"],
  ["two English words", "Breaking news", "en"],
  ["French sentence", "Le ministre a déclaré que la situation était très grave.", "fr"],
  ["short French phrase", "Crise économique", "fr"],
  ["Turkish sentence", "Dışişleri Bakanı bugün açıklama yaptı ve barış çağrısında bulundu.", "tr"],
  ["short Turkish phrase", "Güzel haberler", "tr"],
  ["Hebrew", "שלום עולם, זהו טקסט בעברית", "he"],
  ["Spanish", "El gobierno anunció una nueva política económica.", "es"],
  ["German", "Die Regierung hat heute eine neue Entscheidung getroffen.", "de"],
  ["Russian", "Министр заявил сегодня", "ru"],
  ["Arabic body with a few Latin names", "قال وزير الخارجية Antony Blinken إن الولايات المتحدة تدعم الحل", "ar"],
  ["digits and punctuation only", "12345 !!!", "und"],
  ["empty", "", "und"],
];
for (const [rule, text, expected] of cases) {
  test(`detectLanguage: ${rule}`, () => assert.equal(detectLanguage(text), expected));
}

test("detectLanguage: a very long text is judged on a bounded sample from its start", () => {
  // What keeps the cost flat is that only the start is read: an Arabic start decides for a text
  // that is English after it, however long the English part.
  const arabicStart = "قال الوزير إن المفاوضات ستستأنف في الأسبوع المقبل. ".repeat(100);
  const englishRest = "The minister said that the talks will resume next week. ".repeat(50_000);
  assert.equal(detectLanguage(arabicStart + englishRest), "ar");
  assert.equal(detectLanguage(englishRest + arabicStart), "en");
});
