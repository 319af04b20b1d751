/**
 * The one cue vocabulary of marsad: the words Arabic (and English) news pages print around an
 * article, listed once as sites print them and matched through the normalizer (phrases.ts), so no
 * list spells out hamza, tatweel, tanween or ة/ه variants. Both extractors (text dumps and HTML)
 * and the understanding stage read these lists; nothing else keeps a copy.
 *
 * Lists, one per concept (written for marsad from the pages the fixtures and evaluations show):
 * - READ_ALSO: labels of a block of other articles (`اقرأ أيضاً`, `مواضيع ذات صلة`, `Read more`).
 * - TAG_LABELS: labels of the page's keyword list (`كلمات دلالية`, `الوسوم`, `Tags`).
 * - SHARE_PROMPTS, SHARE_BARS_GLUED, SUBSCRIBE_PROMPTS, NAVIGATION_WORDS, AD_LABELS, COMMENT_LABELS, PAGE_TOOL_WORDS,
 *   RELATIVE_TIME_*: page chrome.
 * - SECTION_LABELS: section and ticker names that head a page or a breadcrumb (`أخبار عاجلة`,
 *   `محليات`, `عربي ودولي`): never a headline.
 * - SOURCE_LABELS, QUOTED_FROM, AGENCY_CREDITS, BYLINE_LABELS, PHOTO_CREDIT_LABELS: credit lines.
 * - PUBLISHED_LABELS, UPDATED_LABELS, TIME_LABELS: date-line labels.
 * - EMBED_PLATFORMS: each platform's names, hosts and the words of its embed chrome.
 */
import type { EmbedPlatform } from "../../types.js";
import { CuePhrases } from "./phrases.js";

const READ_VERBS = ["اقرأ", "طالع", "شاهد"];
const READ_ADVERBS = ["أيضاً", "كذلك", "المزيد"];

const READ_ALSO_VERB_PHRASES = [...READ_VERBS.flatMap((v) => READ_ADVERBS.map((a) => `${v} ${a}`)), "تابع أيضاً", "انظر أيضاً"];

/** Labels that open a block of other articles. */
export const READ_ALSO = new CuePhrases([
  ...READ_ALSO_VERB_PHRASES, "ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "مواد ذات صلة",
  "قصص ذات صلة", "روابط ذات صلة", "أخبار متعلقة", "مواضيع متعلقة", "مقالات متعلقة", "موضوعات متعلقة",
  "اخترنا لك", "قد يهمك", "قد يهمك أيضاً", "قد يعجبك أيضاً", "المزيد من الأخبار",
  "read more", "read also", "also read", "see also", "related", "related articles", "related stories",
  "related news", "related content", "related topics", "more stories", "more on this", "more on this story",
  "recommended", "you may also like",
]);

/** The read verbs alone (`اقرأ: (…)` in CNN Arabic): a label only with a colon after them. */
export const READ_VERBS_ALONE = new CuePhrases(READ_VERBS);

/** Read-also labels split off the text they are glued to (`…الاستراتيجي.إقرأ أيضاً:`). */
export const READ_ALSO_GLUED = new CuePhrases(READ_ALSO_VERB_PHRASES);

/**
 * English read-also words also open ordinary sentences (`Related talks will…`); with text after them
 * they are a label only when a colon follows. Arabic labels never start a sentence.
 */
export const READ_ALSO_NEEDS_COLON = new CuePhrases(["related", "read", "see", "more", "recommended", "you may", "also read"]);

/** Labels of the page's own keyword list. */
export const TAG_LABELS = new CuePhrases([
  "كلمات دلالية", "الكلمات الدلالية", "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "الأوسمة", "أوسمة",
  "الموضوعات", "هاشتاغ", "هاشتاج", "tags", "tag", "keywords", "topics",
]);

/** Tag labels split off the text they are glued to (`…المجلس.كلمات دلالية:`). */
export const TAG_LABELS_GLUED = new CuePhrases(["كلمات دلالية", "الكلمات الدلالية", "الكلمات المفتاحية", "الوسوم", "tags"]);

/** Prompts to share or keep the page (a line of a few words). */
export const SHARE_PROMPTS = new CuePhrases([
  "شارك", "شاركوا", "مشاركة", "انشر", "أرسل", "طباعة", "اطبع", "نسخ الرابط", "حفظ", "أرسل لصديق",
  "share", "share this", "share on", "tweet", "print", "email this", "copy link",
]);

/**
 * Share bars a site prints glued before the article's first words, on the same line (Okaz: `شارك من
 * خلال تويتر فيسبوك جوجل بلس اكتب رأيك عبّر لاعب …`): the text starts after them.
 */
export const SHARE_BARS_GLUED = new CuePhrases([
  "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", "شارك من خلال تويتر فيسبوك جوجل بلس",
]);

/** Prompts to subscribe, follow or install (a line of a few words). */
export const SUBSCRIBE_PROMPTS = new CuePhrases([
  "اشترك", "اشتركوا", "سجل", "تابعنا", "تابعونا", "انضم", "انضموا", "حمل تطبيق", "للاشتراك", "تابعوا",
  "subscribe", "follow us", "sign up", "join our", "download the app", "download our app",
]);

/** Navigation words a page shows alone on a line. */
export const NAVIGATION_WORDS = new CuePhrases([
  "الرئيسية", "الصفحة الرئيسية", "home", "menu", "القائمة", "بحث", "search", "تسجيل الدخول", "login", "log in",
  "القائمة الرئيسية", "اتصل بنا", "من نحن", "English",
]);

/**
 * Words of a page's reading tools and counters, printed between a headline and its body: font size
 * (`حجم الخط`, `أ أ أ`), listen and copy-link buttons, reading time, view and comment counts. A
 * short line of these words and numbers alone is chrome (`عدد المشاهدات: 1234`, `3 دقائق قراءة`).
 */
export const PAGE_TOOL_WORDS = [
  "حجم", "الخط", "تكبير", "تصغير", "أ", "a", "+", "-", "استمع", "للخبر", "للمقال", "إلى", "الخبر", "المقال", "الاستماع",
  "انسخ", "نسخ", "اختصار", "الرابط", "رابط", "مختصر", "المختصر", "وقت", "القراءة", "للقراءة", "قراءة", "دقيقة", "دقائق",
  "دقيقتان", "عدد", "مشاهدة", "مشاهدات", "المشاهدات", "القراءات", "قراءات", "تعليق", "تعليقات", "listen", "min", "read",
  "views", "font", "size",
];

/** A relative time alone on a line (`منذ 3 ساعات`, `قبل دقيقتين`): a rail's or ticker's stamp, no date. */
export const RELATIVE_TIME_OPENERS = ["منذ", "قبل"];
export const RELATIVE_TIME_UNITS = [
  "ثانية", "ثوان", "ثواني", "دقيقة", "دقيقتين", "دقيقتان", "دقائق", "ساعة", "ساعتين", "ساعتان", "ساعات", "يوم", "يومين", "يومان", "أيام",
  "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "سنة", "سنتين", "سنوات", "عام", "عامين", "أعوام",
];

/** Advertising labels alone on a line. */
export const AD_LABELS = new CuePhrases(["إعلان", "advertisement", "sponsored", "محتوى مدفوع", "محتوى إعلاني", "إعلانات", "report this ad", "anzeige", "werbung", "reklam", "reklama", "publicité", "publicidad", "pubblicità"]);

/** Comment-area labels alone on a line (a count in brackets may follow). */
export const COMMENT_LABELS = new CuePhrases(["التعليقات", "أضف تعليق", "اترك تعليقا", "comments", "comment", "leave a comment", "أضف تعليقك"]);

/**
 * Section and ticker names that head a dump or make up a breadcrumb: a line of these alone is
 * navigation, never the headline. Listed as printed by Arabic sites of many countries.
 */
export const SECTION_LABELS = new CuePhrases([
  "أخبار عاجلة", "عاجل", "خبر عاجل", "آخر الأخبار", "أحدث الأخبار", "الأخبار", "أخبار", "الأكثر قراءة", "الأكثر مشاهدة",
  "محليات", "محلي", "أخبار محلية", "دوليات", "دولي", "عربي ودولي", "عربي", "عربيات", "عربي وعالمي", "العالم",
  "الشرق الأوسط", "سياسة", "السياسة", "اقتصاد", "الاقتصاد", "مال وأعمال", "رياضة", "الرياضة", "ثقافة", "الثقافة",
  "فن", "فنون", "ثقافة وفن", "منوعات", "مجتمع", "حوادث", "حوادث وقضايا", "صحة", "الصحة", "تكنولوجيا", "علوم",
  "علوم وتكنولوجيا", "تقارير", "تقارير وتحقيقات", "مقالات", "رأي", "آراء", "مقالات الرأي", "فيديو", "صور",
  "ملفات", "تحقيقات", "المغرب العربي", "الخليج", "مصر", "فلسطين", "الوطن", "المحافظات", "جهات", "وطني",
  "أخبار العالم", "أخبار عربية", "أخبار دولية", "أخبار الوطن", "شؤون محلية", "مدونات", "بيئة", "طقس",
]);

/** Copyright notices: a short line holding one is page chrome. */
export const COPYRIGHT_NOTICES = new CuePhrases(["جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر", "all rights reserved", "copyright"]);

/** Cookie banners name cookies or the privacy policy… */
export const COOKIE_WORDS = new CuePhrases(["ملفات تعريف الارتباط", "الكوكيز", "ملفات الكوكي", "cookie", "cookies", "سياسة الخصوصية", "privacy policy"]);
/**
 * Comment-policy notices under an article name the readers' comments (COMMENT_POLICY_SUBJECTS) and
 * the site's rules or disclaimer addressed to them (COMMENT_POLICY_TERMS): `… مراجعة التعليقات قبل
 * نشرها`, `الآراء الواردة أدناه … تعكس وجهات نظر أصحابها`, `التعليقات المنشورة تعبر عن آراء أصحابها`.
 */
export const COMMENT_POLICY_SUBJECTS = new CuePhrases([
  "التعليقات", "تعليقات القراء", "بتعليقات القراء", "بالتعليقات", "تعليقك", "تعليقاتكم", "بتعليقاتكم", "الآراء الواردة", "الآراء المنشورة", "comments",
]);
export const COMMENT_POLICY_TERMS = new CuePhrases([
  "قبل نشرها", "إرشادات الاستخدام", "شروط النشر", "شروط الاستخدام", "وجهات نظر أصحابها", "تعبر عن آراء أصحابها",
  "تعبر عن رأي أصحابها", "لا تعبر عن رأي الموقع", "لا تعبر بالضرورة عن رأي", "يحتفظ الموقع بحق", "حذف أي تعليق",
  "community guidelines", "do not reflect the views",
]);
/** …and ask for consent; a body sentence about cookies does not. */
export const CONSENT_WORDS = new CuePhrases([
  "نستخدم", "يستخدم هذا الموقع", "يستخدم موقعنا", "موافق", "أوافق", "قبول", "أقبل", "بمتابعة التصفح", "باستخدامك",
  "باستمرارك", "تجربتك", "we use", "this site uses", "this website uses", "accept", "agree", "i agree", "got it", "your experience",
]);

/** `المصدر: X`: the publisher credited for the article. */
export const SOURCE_LABELS = new CuePhrases(["المصدر", "مصدر الخبر", "المصادر", "source", "sources"]);

/** `نقلاً عن X` on a line of its own: the publisher the article was taken from. */
export const QUOTED_FROM = new CuePhrases(["نقلاً عن", "نقلا عن", "منقول عن", "via"]);

/**
 * Credits that are a line of their own (`(وكالات)`, `- أ ف ب`): the wire the article came from. A
 * body line ends in `(وكالات)` often enough to be cut off; named agencies end body sentences
 * (`…وفق ما نقلته رويترز`), so only a line of their own is a credit.
 */
const WIRE_CREDIT_WORDS = ["وكالات", "وكالات الأنباء", "agencies"];
export const AGENCY_CREDITS = new CuePhrases([
  ...WIRE_CREDIT_WORDS, "رويترز", "فرانس برس", "أ ف ب", "أ.ف.ب", "ا ف ب", "د ب أ", "د.ب.أ",
  "أسوشيتد برس", "الأسوشيتد برس", "أ ب", "الأناضول", "واس", "وام", "قنا", "كونا", "بنا", "سانا", "ومع", "و م ع", "و.م.ع", "وفا",
  "شينخوا", "سبوتنيك", "العمانية", "الألمانية", "الفرنسية", "reuters", "afp", "ap", "dpa", "anadolu",
  // The other Arab national agencies, as their wires sign (Jordan, Iraq, Yemen, Algeria, Tunisia, Sudan, Libya, Egypt).
  "بترا", "واع", "سبأ", "وأج", "وات", "سونا", "وال", "أ ش أ",
]);

/** The wire credit a body line may end with: `…عشرة كيلومترات. (وكالات)`. */
export const WIRE_CREDITS = new CuePhrases(WIRE_CREDIT_WORDS);

/** Credit labels split off the text they are glued to (`…2023المصدر: موقع 24`). */
export const CREDIT_LABELS_GLUED = new CuePhrases(["المصدر", "مصدر الخبر", "بقلم", "كتب", "كتبت", "source"]);

/** `كتب: X`, `بقلم X`: the author. */
export const BYLINE_LABELS = new CuePhrases([
  "كتب", "كتبت", "إعداد", "تقرير", "بقلم", "تحرير", "متابعة", "حوار", "ترجمة", "بواسطة", "by", "written by", "author",
]);

/**
 * Byline labels that need no colon before the name (`بقلم سارة أحمد`, `By Sam`). `بواسطة` is the
 * Arabic WordPress themes' "by" on the meta line under a headline (`بواسطة سارة أحمد | 11 مايو 2024`).
 */
export const BYLINE_LABELS_BARE = new CuePhrases(["بقلم", "بواسطة", "by", "written by"]);

/**
 * A journalist's role as a byline prints it after the name (`سارة أحمد مراسلة الشؤون السياسية`,
 * `Amy Gibbons Political Correspondent`, `Sina Zehrfeld Landespolitische Korrespondentin`).
 */
export const BYLINE_ROLES = new CuePhrases([
  "مراسل", "مراسلة", "محرر", "محررة", "صحفي", "صحفية", "صحافي", "صحافية", "كاتب", "كاتبة", "مندوب", "مندوبة", "مدير تحرير", "رئيس تحرير",
  "correspondent", "editor", "reporter", "writer", "columnist", "journalist", "contributor", "director", "producer", "analyst",
  "korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporterin", "autor", "autorin",
]);

/** `تصوير: X`: a photo credit, never body. */
export const PHOTO_CREDIT_LABELS = new CuePhrases(["صورة", "الصورة", "تصوير", "الصور", "photo", "credit", "photo credit", "©"]);

/** Labels of the publication date. */
export const PUBLISHED_LABELS = new CuePhrases([
  "تاريخ النشر", "نشر في", "نشر بتاريخ", "نشر يوم", "نشرت في", "نشرت بتاريخ", "نشرت يوم", "تم النشر", "تم النشر في", "بتاريخ", "التاريخ", "تاريخ",
  "أضيف في", "أضيف بتاريخ", "published", "published on", "posted", "posted on", "first published", "date",
]);

/** Labels of the last update: a date after one is never the publication date. */
export const UPDATED_LABELS = new CuePhrases([
  "آخر تحديث", "تم التحديث", "تحديث", "التحديث", "محدث", "تاريخ التحديث", "آخر التحديثات", "عدل في", "آخر تعديل", "تاريخ التعديل", "updated", "last updated",
  "updated on", "modified", "last modified", "update", "modification",
]);

/** Date labels split off the text they are glued to (`…المجلس.تاريخ النشر: 20 سبتمبر 2023`). */
export const DATE_LABELS_GLUED = new CuePhrases(["تاريخ النشر", "آخر تحديث", "published", "last updated"]);

/** Words that introduce a time after a date (`على الساعة 18:25`, `الساعة 10:30`, `at 14:05`). */
export const TIME_LABELS = new CuePhrases(["على الساعة", "في الساعة", "في تمام الساعة", "الساعة", "ساعة", "at", "à"]);

export interface PlatformWords {
  platform: EmbedPlatform;
  /** Names of the platform as articles and embeds print them. */
  names: readonly string[];
  /** Host names of its post URLs. */
  hosts: readonly string[];
}

/** The platforms whose posts pages embed, with the names and hosts that identify them. */
export const EMBED_PLATFORMS: readonly PlatformWords[] = [
  { platform: "x", names: ["إكس", "تويتر", "twitter", "x"], hosts: ["x.com", "twitter.com", "pic.twitter.com", "t.co"] },
  { platform: "telegram", names: ["تيليجرام", "تلغرام", "تليغرام", "تلجرام", "telegram"], hosts: ["t.me", "telegram.me", "telegram.org"] },
  { platform: "instagram", names: ["إنستغرام", "انستغرام", "إنستجرام", "انستجرام", "انستقرام", "instagram"], hosts: ["instagram.com", "instagr.am"] },
  { platform: "facebook", names: ["فيسبوك", "فيس بوك", "facebook"], hosts: ["facebook.com", "fb.com", "fb.watch", "m.facebook.com"] },
  { platform: "youtube", names: ["يوتيوب", "youtube"], hosts: ["youtube.com", "youtu.be", "m.youtube.com"] },
  { platform: "tiktok", names: ["تيك توك", "تيكتوك", "tiktok"], hosts: ["tiktok.com", "vm.tiktok.com"] },
];

/** Instagram's attribution line: `A post shared by Name (@handle)`. */
export const INSTAGRAM_SHARED_BY = new CuePhrases([
  "a post shared by", "تمت مشاركة منشور بواسطة", "منشور تمت مشاركته بواسطة", "منشور شاركه", "منشور شاركته",
]);

/** Facebook's attribution line: `Posted by Name on Wednesday, September 20, 2023`. */
export const FACEBOOK_POSTED_BY = new CuePhrases(["posted by", "نشر بواسطة", "نشرها", "منشور من", "تم النشر بواسطة"]);

/**
 * Words of an embed's own chrome, left in a dump when the widget is flattened: Instagram's
 * «View this post on Instagram», Telegram's view counter and «Open in Telegram», X's «Show more».
 */
export const EMBED_CHROME = new CuePhrases([
  "view this post on instagram", "عرض هذا المنشور على instagram", "عرض هذا المنشور على إنستغرام", "view on instagram",
  "open in telegram", "افتح في تيليجرام", "افتح في تلغرام", "view in telegram", "view post", "show more", "عرض المزيد",
  "watch on youtube", "شاهد على يوتيوب", "watch on tiktok", "see more on facebook", "view on x", "read the full conversation on x",
]);
