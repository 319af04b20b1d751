/**
 * A multi-outlet news corpus for the stories-across-backends test, composed here (nothing copied):
 * - EVENTS: nine events over nine days, each told by several outlets over two or three days, every
 *   article a seeded pick of the event's own sentences in its own order with a title variant;
 * - hard negatives: events that share a place (two events in الواحة الشمالية, two semi-finals in
 *   one stadium, two ministerial visits to الميناء) but not what happened;
 * - copies: some articles run again by another outlet with an agency prefix and a footer.
 * The same seed writes the same JSONL bytes; each line has its own URL, so article ids do not
 * depend on the file's path.
 */
import { writeFileSync } from "node:fs";
import { seededRandom, shuffledBy } from "../../src/seeded-random.js";

interface StoryEvent {
  titles: string[];
  sentences: string[];
  /** First day (of November 2026) the event is told. */
  day: number;
  /** Articles telling it. */
  count: number;
}

const EVENTS: StoryEvent[] = [
  {
    day: 3, count: 12,
    titles: ["سيول جارفة تضرب مدينة الواحة الشمالية", "ضحايا ومفقودون في سيول الواحة الشمالية", "الدفاع المدني يواصل البحث عن مفقودي سيول الواحة"],
    sentences: [
      "ضربت سيول جارفة مدينة الواحة الشمالية فجر الثلاثاء بعد أمطار غزيرة استمرت عشر ساعات متواصلة.",
      "وغمرت المياه الأحياء المنخفضة والطرق الرئيسية المؤدية إلى السوق القديم في الواحة الشمالية.",
      "وقال مدير الدفاع المدني إن فرق الإنقاذ انتشلت جثث سبعة ضحايا من تحت الأنقاض.",
      "ولا يزال البحث جاريا عن مفقودين في وادي الرمال شرق المدينة بعد السيول.",
      "وأعلنت السلطات المحلية تعليق الدراسة وفتح ثلاثة ملاجئ مؤقتة لإيواء الأسر المتضررة من السيول.",
      "ودعت السلطات السكان إلى الابتعاد عن مجاري الأودية حتى انحسار المياه.",
    ],
  },
  {
    day: 4, count: 9,
    titles: ["افتتاح معرض الكتاب في الواحة الشمالية", "أربعون دار نشر في معرض الواحة الشمالية للكتاب", "معرض الكتاب يستقبل زواره في الواحة الشمالية"],
    sentences: [
      "افتتح محافظ الإقليم معرض الكتاب السنوي في قاعة المعارض بمدينة الواحة الشمالية.",
      "ويشارك في المعرض أربعون دار نشر عربية تعرض أكثر من عشرين ألف عنوان.",
      "وتتضمن فعاليات المعرض ندوات شعرية وأمسيات لتوقيع الروايات الجديدة.",
      "وقالت إدارة المعرض إن أسعار الكتب مخفضة لطلاب الجامعات طوال أيام المعرض.",
      "ويستمر معرض الكتاب عشرة أيام ويفتح أبوابه من العاشرة صباحا حتى العاشرة مساء.",
    ],
  },
  {
    day: 5, count: 10,
    titles: ["النجم الساحلي يتأهل إلى نهائي الكأس", "النجم الساحلي يفوز على الاتحاد في نصف النهائي", "هدفان يقودان النجم الساحلي إلى النهائي"],
    sentences: [
      "تأهل فريق النجم الساحلي إلى نهائي كأس البطولة بعد فوزه على الاتحاد بهدفين مقابل هدف في ملعب المدينة الرياضية.",
      "وسجل المهاجم سامي العبدلي هدفي النجم في الشوط الثاني من المباراة.",
      "وقلص الاتحاد الفارق بركلة جزاء في الدقيقة الثمانين دون أن يدرك التعادل.",
      "وقال مدرب النجم الساحلي إن لاعبيه قدموا مباراة كبيرة أمام الاتحاد.",
      "وحضر المباراة أكثر من ثلاثين ألف مشجع ملأوا مدرجات الملعب.",
    ],
  },
  {
    day: 6, count: 10,
    titles: ["الأهلي يقصي الرياضي ويبلغ نهائي الكأس", "ركلات الترجيح تمنح الأهلي بطاقة النهائي", "الأهلي يلحق بالنجم الساحلي إلى النهائي"],
    sentences: [
      "بلغ فريق الأهلي نهائي كأس البطولة بعد فوزه على الرياضي بركلات الترجيح في ملعب المدينة الرياضية.",
      "وانتهى الوقت الأصلي والإضافي بالتعادل السلبي بين الأهلي والرياضي.",
      "وتألق حارس الأهلي كريم المنصوري بصده ركلتي ترجيح.",
      "وأبدى مدرب الرياضي حزنه لخروج فريقه من الكأس بعد أداء قوي.",
      "ويلتقي الأهلي في المباراة النهائية بطل نصف النهائي الأول النجم الساحلي.",
    ],
  },
  {
    day: 7, count: 9,
    titles: ["انقطاع الكهرباء عن مئتي ألف مشترك في العاصمة", "عطل في محطة الجنوب يقطع الكهرباء عن العاصمة", "شركة الكهرباء تعيد التيار تدريجيا إلى العاصمة"],
    sentences: [
      "انقطع التيار الكهربائي عن مئتي ألف مشترك في العاصمة إثر عطل في محطة التوليد الجنوبية.",
      "وقالت شركة الكهرباء إن العطل نتج عن حريق في محول رئيسي بالمحطة الجنوبية.",
      "وأكدت الشركة أن فرق الصيانة تعمل على إعادة التيار إلى الأحياء المتضررة تدريجيا.",
      "وتوقفت إشارات المرور في عدة تقاطعات مما تسبب في ازدحام شديد.",
      "وقدرت مصادر في الشركة عدد المتضررين بثلاثمئة ألف مشترك في ذروة الانقطاع.",
    ],
  },
  {
    day: 8, count: 9,
    titles: ["وزير النقل يتفقد أعمال توسعة الميناء", "توسعة الميناء تنتهي العام المقبل", "الوزير: توسعة الميناء تضاعف حركة الحاويات"],
    sentences: [
      "تفقد وزير النقل أعمال توسعة الميناء التجاري وأرصفة الحاويات الجديدة.",
      "وقال الوزير إن التوسعة ستضاعف قدرة الميناء على استقبال الحاويات.",
      "وأوضح أن المشروع يشمل بناء ثلاثة أرصفة جديدة وتعميق القناة الملاحية.",
      "وتبلغ كلفة التوسعة مليار دولار وينتهي العمل فيها العام المقبل.",
      "واستمع الوزير إلى شرح من المهندسين عن مراحل تنفيذ أرصفة الحاويات.",
    ],
  },
  {
    day: 9, count: 8,
    titles: ["وزيرة الصحة تفتتح مستشفى الميناء الجديد", "مستشفى جديد بمئتي سرير في حي الميناء", "افتتاح مستشفى الميناء بحضور وزيرة الصحة"],
    sentences: [
      "افتتحت وزيرة الصحة المستشفى الجديد في حي الميناء بطاقة مئتي سرير.",
      "ويضم المستشفى قسما للطوارئ ووحدة للعناية المركزة ومركزا لغسيل الكلى.",
      "وقالت الوزيرة إن المستشفى سيخدم أكثر من نصف مليون نسمة في المنطقة.",
      "وأضافت أن الوزارة عينت مئة وعشرين طبيبا وممرضا للعمل في المستشفى.",
    ],
  },
  {
    day: 10, count: 10,
    titles: ["قمة المياه تختتم أعمالها بإعلان مشترك", "قادة قمة المياه يتفقون على صندوق للجفاف", "إعلان قمة المياه يدعو إلى ترشيد الاستهلاك"],
    sentences: [
      "اختتمت قمة المياه الإقليمية أعمالها بإعلان مشترك وقعه قادة ثماني دول.",
      "واتفق القادة على إنشاء صندوق لمواجهة الجفاف برأسمال خمسمئة مليون دولار.",
      "ودعا الإعلان إلى ترشيد استهلاك المياه في الزراعة وتحديث شبكات الري.",
      "وقال الأمين العام للقمة إن الصندوق يبدأ عمله مطلع العام المقبل.",
      "وتقرر عقد القمة المقبلة بعد عامين في العاصمة.",
    ],
  },
  {
    day: 11, count: 9,
    titles: ["إضراب عمال النقل يشل الحافلات في العاصمة", "نقابة النقل تعلن إضرابا مفتوحا", "الحكومة تدعو نقابة النقل إلى الحوار"],
    sentences: [
      "أعلنت نقابة عمال النقل إضرابا مفتوحا أوقف حافلات النقل العام في العاصمة.",
      "وتطالب النقابة بزيادة الأجور وتحسين شروط التقاعد للسائقين.",
      "وازدحمت محطات الحافلات بالركاب الذين لجأوا إلى سيارات الأجرة.",
      "ودعت الحكومة النقابة إلى الحوار ووعدت بدراسة مطالب السائقين.",
      "وقال رئيس النقابة إن الإضراب مستمر حتى تلبية مطالب العمال.",
    ],
  },
];

const OUTLETS = ["alwaha.example", "alnahr.example", "alsahel.example", "aljabal.example", "almadar.example"];
const FOOTER = "تابعونا على حساباتنا في مواقع التواصل الاجتماعي لمزيد من الأخبار العاجلة.";
/** Every Nth article is run again by the next outlet as a copy. */
const COPY_EVERY = 6;

export interface CorpusLine {
  url: string;
  title: string;
  date: string;
  text: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The corpus lines, in a seeded arrival order that is not the order of publication. */
export function composeStoryCorpus(seed = 5): CorpusLine[] {
  const random = seededRandom(seed);
  const lines: CorpusLine[] = [];
  let n = 0;
  for (const event of EVENTS) {
    for (let k = 0; k < event.count; k++) {
      const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
      const day = event.day + Math.floor(random() * 3);
      const date = `2026-11-${pad(day)}T${pad(6 + Math.floor(random() * 14))}:${pad(Math.floor(random() * 60))}:00Z`;
      const body = shuffledBy(event.sentences, random).slice(0, 3 + Math.floor(random() * 2)).join("\n\n");
      const title = event.titles[k % event.titles.length]!;
      lines.push({ url: `https://${outlet}/news/${++n}`, title, date, text: body });
      if (n % COPY_EVERY === 0) {
        const copier = OUTLETS[(OUTLETS.indexOf(outlet) + 1) % OUTLETS.length]!;
        const later = `2026-11-${pad(day)}T${pad(21)}:${pad(Math.floor(random() * 60))}:00Z`;
        lines.push({ url: `https://${copier}/news/${++n}`, title, date: later, text: `(وكالات) - ${body}\n\n${FOOTER}` });
      }
    }
  }
  return shuffledBy(lines, random);
}

export function writeStoryCorpus(path: string, seed = 5): number {
  const lines = composeStoryCorpus(seed);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return lines.length;
}
