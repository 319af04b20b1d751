/**
 * Small Arabic articles written for the connect tests (not taken from any corpus): one flood
 * story told by two outlets, a rewritten copy, a same-template pair and unrelated news.
 */
import type { Article, Fact } from "../types.js";
import { newArticle } from "../extract/article.js";

export const FLOOD_BODY = [
  "ضربت سيول جارفة مدينة الواحة الشمالية فجر الثلاثاء بعد أمطار غزيرة استمرت عشر ساعات متواصلة، وغمرت المياه الأحياء المنخفضة والطرق الرئيسية المؤدية إلى السوق القديم.",
  "وقال مدير الدفاع المدني في المدينة إن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض، وإن البحث لا يزال جاريا عن مفقودين في وادي الرمال شرق المدينة.",
  "وأعلنت السلطات المحلية تعليق الدراسة في المدارس وفتح ثلاثة ملاجئ مؤقتة لإيواء الأسر التي فقدت منازلها، فيما دعت السكان إلى الابتعاد عن مجاري الأودية.",
  "وتوقعت هيئة الأرصاد الجوية استمرار هطول الأمطار على المرتفعات الغربية حتى مساء الخميس مع رياح نشطة قد تثير الغبار في المناطق الصحراوية المجاورة.",
].join("\n\n");

/** The same report as a copier would run it: agency prefix, tashkeel, Persian letter forms, paragraphs reordered, a footer. */
export function rewrittenFloodBody(): string {
  const paras = FLOOD_BODY.split("\n\n");
  const reordered = [paras[0]!, paras[2]!, paras[1]!, paras[3]!].join("\n\n");
  const withMarks = reordered.replace("سيول جارفة", "سُيُولٌ جَارِفَةٌ").replace("الدفاع المدني", "الدِّفَاعِ المَدَنِيِّ");
  const persian = withMarks.replace(/\u064A/g, "\u06CC").replace(/\u0643/g, "\u06A9");
  return `(وكالات) - ${persian}\n\nتابعونا على حساباتنا في مواقع التواصل الاجتماعي لمزيد من الأخبار العاجلة.`;
}

export const TEMPLATE_HEADER = "الرئيسية | أخبار المحافظات | شارك الخبر عبر واتساب وتويتر وفيسبوك | طباعة | حجم الخط | آخر تحديث";
export const TEMPLATE_FOOTER =
  "تابعوا أحدث الأخبار والتقارير على موقعنا وحساباتنا الرسمية في مواقع التواصل الاجتماعي. جميع الحقوق محفوظة لصحيفة الوادي ولا يسمح بإعادة النشر دون إذن كتابي مسبق من إدارة التحرير.";

/** Different short news items a local site wraps in one template. */
export const TEMPLATED_ITEMS = [
  "افتتح محافظ الإقليم معرض الكتاب السنوي في قاعة المدينة بمشاركة أربعين دار نشر عربية.",
  "أعلنت بلدية المدينة إغلاق شارع الجامعة أسبوعين لأعمال صيانة شبكة المياه.",
  "فاز نادي الشباب على ضيفه نادي الساحل بهدفين نظيفين في بطولة الدوري المحلي.",
  "بدأت مديرية الزراعة توزيع البذور المحسنة على المزارعين في القرى الجنوبية.",
  "نظمت جمعية الهلال الأحمر حملة للتبرع بالدم في المستشفى المركزي بمشاركة واسعة.",
];

export function templated(item: string): string {
  return `${TEMPLATE_HEADER}\n\n${item}\n\n${TEMPLATE_FOOTER}`;
}

export const UNRELATED_BODY = [
  "أعلن البنك المركزي رفع سعر الفائدة الرئيسي ربع نقطة مئوية في اجتماعه الدوري لكبح التضخم الذي بلغ أعلى مستوى له منذ خمس سنوات.",
  "وقال محافظ البنك في مؤتمر صحفي إن لجنة السياسة النقدية ستواصل مراقبة الأسعار والأجور، وإن قرارات جديدة قد تتخذ خلال الربع المقبل.",
].join("\n\n");

function fact(kind: Fact["kind"], value: number, text: string, qualifier: Fact["qualifier"] = "exact"): Fact {
  return { kind, value, valueMax: null, qualifier, group: null, text };
}

export function article(partial: Partial<Article> & Pick<Article, "title" | "body">): Article {
  return newArticle({ language: "ar", ...partial });
}

/** Two outlets report the flood within the hour and disagree on the death toll; a third updates it the next day. */
export function floodStory(): { id: string; article: Article }[] {
  return [
    {
      id: "wadi-1",
      article: article({
        title: "سيول جارفة تضرب مدينة الواحة الشمالية وتوقع قتلى",
        body: FLOOD_BODY,
        publishedAt: "2024-03-05T06:00:00Z",
        source: { name: "صحيفة الوادي", domain: null },
        entities: [{ type: "location", name: "الواحة الشمالية", mentions: ["الواحة الشمالية"], aliases: [] }],
        quotes: [{ speaker: "مدير الدفاع المدني", text: "البحث لا يزال جاريا عن مفقودين", channel: null }],
        facts: [fact("killed", 12, "لقي 12 شخصا حتفهم في السيول"), fact("missing", 5, "فقد خمسة أشخاص في وادي الرمال")],
      }),
    },
    {
      id: "sahil-1",
      article: article({
        title: "ارتفاع ضحايا سيول الواحة الشمالية",
        body: [
          "ارتفع عدد ضحايا السيول التي اجتاحت مدينة الواحة الشمالية إلى 18 قتيلا على الأقل، بحسب مصادر طبية تحدثت إلى مراسلنا صباح الثلاثاء.",
          "وقالت المصادر إن المستشفى المركزي في الواحة الشمالية استقبل عشرات المصابين، معظمهم من سكان الأحياء المنخفضة التي غمرتها مياه الأمطار الغزيرة.",
          "ويواصل الدفاع المدني البحث عن مفقودين جرفتهم السيول في وادي الرمال، وسط دعوات للسكان بالابتعاد عن مجاري الأودية.",
        ].join("\n\n"),
        // within the hour of wadi-1: two outlets' counts of the same moment that disagree (a later, higher one would be an update)
        publishedAt: "2024-03-05T06:40:00Z",
        source: { name: "موقع الساحل", domain: null },
        entities: [{ type: "location", name: "الواحه الشماليه", mentions: ["الواحة الشمالية"], aliases: [] }],
        facts: [fact("killed", 18, "قتل 18 شخصا على الأقل في السيول", "at_least"), { kind: "injured", value: 20, valueMax: 99, qualifier: "about", group: null, text: "عشرات المصابين" }],
      }),
    },
    {
      id: "wadi-2",
      article: article({
        title: "حصيلة سيول الواحة الشمالية ترتفع إلى 21 قتيلا",
        body: `أعلنت السلطات ارتفاع حصيلة السيول التي ضربت مدينة الواحة الشمالية إلى 21 قتيلا بعد انتشال جثث جديدة من وادي الرمال.\n\n${FLOOD_BODY.split("\n\n")[2]!}`,
        publishedAt: "2024-03-06T08:00:00Z",
        source: { name: "صحيفة الوادي", domain: null },
        facts: [fact("killed", 21, "ارتفاع حصيلة السيول إلى 21 قتيلا")],
      }),
    },
  ];
}
