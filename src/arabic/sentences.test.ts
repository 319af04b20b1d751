import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "./sentences.js";

/** Short sentences written in the shape of Saudi, Gulf and pan-Arab news (SaudiNewsNet, Sky News Arabia,
 * Al Arabiya, France 24 samples): titles, initials and dotted acronyms inside one sentence. */
const abbreviations: Array<[string, string]> = [
  ["«د.» before a speaker", "وأكد د. سامي الحربي مدير المستشفى أن الحالات مستقرة."],
  ["«م.» before an engineer's name", "وأوضح م. خالد العتيبي أن المشروع يكتمل نهاية العام."],
  ["«أ.» before a teacher's name", "وقالت أ. نورة الشمري إن البرنامج يستهدف طالبات المرحلة الثانوية."],
  ["«أ.د.» professor", "وافتتح أ.د. فهد القحطاني مدير الجامعة المعرض أمس."],
  ["«ود.» glued conjunction in a list", "شارك في الندوة د. علي السالم ود. هند الزهراني وم. ماجد العمري."],
  ["single Latin initial in a name", "وقالت الباحثة سارة إل. جونسون إن النتائج مشجعة."],
  ["one-letter Arabic initial in a name", "وصرح جون ج. ميلر للصحفيين بأن الاتفاق صامد."],
  ["Latin initials", "The report was signed by J. R. Smith in Geneva."],
  ["dotted acronym in parentheses", "وقال مسؤول في الشرطة لشبكة (سي.إن.إن) إن التحقيق مستمر."],
  ["dotted acronym with its own final dot", "ونقلت وكالة أ.ف.ب. عن مصدر أمني أن الهجوم وقع فجرا."],
  ["dotted acronym unquoted", "وأبلغ المتحدث مكتب إف.بي.آي بأن المشتبه به فر."],
  ["dotted acronym with a long first part", "وقالت منظمة دبليو.إتش.أو إن الوباء انحسر."],
  ["the longest Latin letter name with harakat", "وتحدث الخبير جون دَبْلِيُو. سميث عن الأسواق."],
];

for (const [rule, text] of abbreviations) {
  test(`splitSentences keeps one sentence: ${rule}`, () => {
    assert.deepEqual(splitSentences(text).map((s) => s.text), [text]);
  });
}

/** Real sentence ends that stay ends. */
const ends: Array<[string, string, string[]]> = [
  ["normal word then a title", "وقال إن العمل مستمر. د. أحمد يتابع الملف.", ["وقال إن العمل مستمر.", "د. أحمد يتابع الملف."]],
  ["word with tanween before the dot", "وارتفعت الأسعار تدريجيًا. وقال التاجر إن الطلب زاد.", ["وارتفعت الأسعار تدريجيًا.", "وقال التاجر إن الطلب زاد."]],
  ["a word longer than any initial, with harakat and tatweel", "وانتهت الجلسةُ الطويـلة. وبدأ التصويت.", ["وانتهت الجلسةُ الطويـلة.", "وبدأ التصويت."]],
  ["a digit before the dot", "بلغ عدد الضحايا 12. وأضاف المصدر أن البحث مستمر.", ["بلغ عدد الضحايا 12.", "وأضاف المصدر أن البحث مستمر."]],
  ["a unit letter after a number", "تأتي الشاشة بدقة 720 ب. ويعمل الهاتف بمعالج سريع.", ["تأتي الشاشة بدقة 720 ب.", "ويعمل الهاتف بمعالج سريع."]],
  ["an era after a year", "بني القصر عام 1350 م. وما زال قائما.", ["بني القصر عام 1350 م.", "وما زال قائما."]],
  ["Hijri era glued to the year", "صدر القرار في 1436هـ. وبدأ تطبيقه لاحقا.", ["صدر القرار في 1436هـ.", "وبدأ تطبيقه لاحقا."]],
  ["a title letter at the end of a paragraph", "وحضر اللقاء عدد من المسؤولين منهم د.\nوقال الوزير إن اللقاء مثمر.", ["وحضر اللقاء عدد من المسؤولين منهم د.", "وقال الوزير إن اللقاء مثمر."]],
  ["a title letter at the end of the text", "كتبه م.", ["كتبه م."]],
  ["a word that is also a letter name elsewhere", "قال لها ثقي بي. ثم غادر المكان.", ["قال لها ثقي بي.", "ثم غادر المكان."]],
  ["a name ending in a syllable that spells a Latin letter", "وحضر الحفل نجل مؤسس الدولة لي كوان يو. وشارك آلاف المواطنين.", ["وحضر الحفل نجل مؤسس الدولة لي كوان يو.", "وشارك آلاف المواطنين."]],
  ["an acronym ending a sentence before a digit", "تبث القناة على سي.إن.إن. 24 ساعة يوميا.", ["تبث القناة على سي.إن.إن.", "24 ساعة يوميا."]],
  ["a question mark after an initial", "هل وصل د؟ نعم وصل.", ["هل وصل د؟", "نعم وصل."]],
  // a full stop glued to the next word (SaudiNewsNet: Okaz, Al Madina, Al Riyadh pages)
  ["a full stop glued to the next word", "وقدم التعازي لأسر الضحايا.وقالت المديرة إن الحادث مؤلم.", ["وقدم التعازي لأسر الضحايا.", "وقالت المديرة إن الحادث مؤلم."]],
  ["a glued full stop after a word with tanween", "وتستمر الدورة أسبوعًا.وأوضح المدير أن التسجيل مفتوح.", ["وتستمر الدورة أسبوعًا.", "وأوضح المدير أن التسجيل مفتوح."]],
  // figs20: the slip with the space before the full stop (Okaz, Al Madina, Al Riyadh, France 24 pages)
  ["a full stop glued to the next word after a space", "وأعلنت الحكومة الحرب على الارهاب .وقالت الوكالة إن العدد ارتفع.", ["وأعلنت الحكومة الحرب على الارهاب .", "وقالت الوكالة إن العدد ارتفع."]],
  ["a spaced glued full stop after a single letter stays an initial", "حضر أ .د محمد الندوة.", ["حضر أ .د محمد الندوة."]],
  ["a glued full stop before a name", "انتهى الاجتماع مساء أمس.محمد العتيبي رئيس اللجنة أكد نجاحه.", ["انتهى الاجتماع مساء أمس.", "محمد العتيبي رئيس اللجنة أكد نجاحه."]],
  // guillemets set the other way round (SaudiNewsNet: Al Yaum, Al Sharq, Al Madina pages)
  ["reversed guillemets closing a quotation", "وقال سموه:» نحن مع أبنائنا. ولن نتركهم «. من جهتهم شكر الحضور القيادة.", ["وقال سموه:» نحن مع أبنائنا. ولن نتركهم «.", "من جهتهم شكر الحضور القيادة."]],
  ["reversed guillemets around a term", "وأكد أن برنامج »سند« مستمر. وأضاف أن التسجيل مفتوح.", ["وأكد أن برنامج »سند« مستمر.", "وأضاف أن التسجيل مفتوح."]],
  ["an unclosed reversed guillemet opens nothing", "وقال سموه:» نحن مع أبنائنا. وأضاف:» لن نتركهم «. وشكر الحضور.", ["وقال سموه:» نحن مع أبنائنا.", "وأضاف:» لن نتركهم «.", "وشكر الحضور."]],
  ["reversed guillemets then a normal quotation", "وقال »نعم. سنعود«. وقالت «لن. نعود».", ["وقال »نعم. سنعود«.", "وقالت «لن. نعود»."]],
  // qts95: marks paired on their line (SaudiNewsNet: Al Madina, Al Weeam; Al Arabiya)
  ["a quotation left open at the line's end keeps its sentence ends", "وتابع: «قبل أن تنتشر المباني كان الصوت عاليا.ولفت إلى أن الفن قديم. وأضاف: «نحن هنا».", ["وتابع: «قبل أن تنتشر المباني كان الصوت عاليا.", "ولفت إلى أن الفن قديم.", "وأضاف: «نحن هنا»."]],
  ["a guillemet typed twice for a pair leaves the outer one open", "وأكد أنه «لا يقبل مرشح فريق «8 آذار « ولا حلفاءه». وقال النائب إن الحكومة باقية.", ["وأكد أنه «لا يقبل مرشح فريق «8 آذار « ولا حلفاءه».", "وقال النائب إن الحكومة باقية."]],
  ["a full stop glued after a closing mark", "وأضاف: «التقاء الحزب مع التيار تكتيكي».وقال النائب: «الحكومة باقية».", ["وأضاف: «التقاء الحزب مع التيار تكتيكي».", "وقال النائب: «الحكومة باقية»."]],
  ["a full stop glued after a closing mark and a comma", "وقال في تصريح «لولا البزة لما وصل»،.وأكد أنه لن يقبل.", ["وقال في تصريح «لولا البزة لما وصل»،.", "وأكد أنه لن يقبل."]],
  ["a stray closing mark glued to its word opens nothing", "وقال: انتم حكومة النفايات على كل الاراضي اللبنانية».وشدد على ان الجيش لا يوضع في مواجهة تظاهرة. وقال: «إياك أن تنزل الجيش».", ["وقال: انتم حكومة النفايات على كل الاراضي اللبنانية».", "وشدد على ان الجيش لا يوضع في مواجهة تظاهرة.", "وقال: «إياك أن تنزل الجيش»."]],
  ["a closing mark glued to the word after a colon opens, never closes", "وبين رئيس الهيئة «أن الطلاب يعيشون في الحرم الجامعي.وقال:»كل ما نعرفه. أن الطالب متميز». وشكر الحضور.", ["وبين رئيس الهيئة «أن الطلاب يعيشون في الحرم الجامعي.", "وقال:»كل ما نعرفه. أن الطالب متميز».", "وشكر الحضور."]],
  ["curly marks set the other way round", "وقال الأمير:” نحن مع العلم. ونحن مع الأدب “. وشكر الحضور.", ["وقال الأمير:” نحن مع العلم. ونحن مع الأدب “.", "وشكر الحضور."]],
  ["a closing curly mark opening and closing", "وقال الدكتور: ” السوق يتطلع إلى العالم. ويسعى إلى التعبير ” . وشكر الحضور.", ["وقال الدكتور: ” السوق يتطلع إلى العالم. ويسعى إلى التعبير ” .", "وشكر الحضور."]],
  ["a quotation opened by \" and closed by »", "وقال: \"شهدت السوق نموا. وارتفعت الأسعار». وحول الأسعار قال خربوش: «ارتفعت».", ["وقال: \"شهدت السوق نموا. وارتفعت الأسعار».", "وحول الأسعار قال خربوش: «ارتفعت»."]],
];

for (const [rule, text, expected] of ends) {
  test(`splitSentences still ends: ${rule}`, () => {
    assert.deepEqual(splitSentences(text).map((s) => s.text), expected);
  });
}

test("splitSentences keeps the offsets of a sentence holding an abbreviation", () => {
  const text = "بدأ الاجتماع. وقال د. محمد إن الوضع هادئ.";
  const sentences = splitSentences(text);
  assert.equal(sentences.length, 2);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(sentences[1]!.text, "وقال د. محمد إن الوضع هادئ.");
});
