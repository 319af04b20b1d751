/**
 * Boilerplate lines a page shows around an article: share and subscribe prompts, cookie notices,
 * navigation (breadcrumbs, menus), copyright. They are dropped, never read as body.
 *
 * Rules:
 * - Only short lines are judged by the prompt patterns (at most MAX_PROMPT_WORDS words, not ending
 *   like a sentence), so a body sentence that starts with `شارك` or mentions a newsletter is kept;
 *   cookie notices may be longer.
 * - A line made only of share/social words (`فيسبوك تويتر واتساب`) is boilerplate.
 * - A breadcrumb: two or more `›`, `»`, `>` or `/` separators between short segments.
 */

/** Prompts and menus are a handful of words; a body paragraph is longer. */
const MAX_BOILERPLATE_WORDS = 12;
const MAX_PROMPT_WORDS = 8;
const SENTENCE_END = /[.!؟?]["»”)]?$/u;
/** Cookie notices run to a couple of sentences. */
const MAX_COOKIE_WORDS = 60;
const MAX_BREADCRUMB_SEGMENT_WORDS = 4;

const PROMPT = new RegExp(
  [
    "^(?:شارك|شاركوا|مشاركة|انشر|أرسل|ارسل|طباعة|اطبع|نسخ الرابط|حفظ)(?:\\s|$|:)",
    "^(?:اشترك|اشتركوا|سجل|سجّل|تابعنا|تابعونا|انضم|انضموا|حمّل|حمل تطبيق|للاشتراك)(?:\\s|$)",
    "^(?:share|tweet|subscribe|follow us|sign up|print|email this|copy link|join our|download (?:the|our) app)(?:\\s|$|:)",
    "^(?:الرئيسية|الصفحة الرئيسية|home|menu|القائمة|بحث|search|تسجيل الدخول|log ?in)$",
    "جميع الحقوق محفوظة|all rights reserved|^©|حقوق النشر|^copyright",
    "^(?:عرض هذا المنشور على|view this post on) (?:instagram|إنستغرام|انستغرام)",
    "^(?:إعلان|اعلان|advertisement|sponsored|محتوى مدفوع)$",
    "^(?:التعليقات|أضف تعليق|اضف تعليق|اترك تعليقا|comments?|leave a comment)(?:\\s*\\(\\d+\\))?$",
  ].join("|"),
  "iu",
);
const COOKIE = /ملفات تعريف الارتباط|الكوكيز|ملفات الكوكي|cookies?\b|سياسة الخصوصية|privacy policy/iu;
const SOCIAL_WORDS = new Set([
  "فيسبوك", "فيس", "بوك", "تويتر", "إكس", "اكس", "واتساب", "واتس", "اب", "تيليجرام", "تلغرام", "تليجرام", "لينكدإن",
  "انستغرام", "إنستغرام", "يوتيوب", "بريد", "إلكتروني", "ايميل", "مشاركة", "شارك", "طباعة", "نسخ", "الرابط",
  "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "instagram", "youtube", "email", "e-mail",
  "share", "print", "reddit", "messenger", "pinterest", "copy", "link", "|", "-", "•", "·",
]);
const BREADCRUMB_SEPARATORS = /\s*[›»>/]\s*/;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

export function isBoilerplateLine(line: string): boolean {
  const w = words(line);
  if (w.length === 0) return true;
  if (w.length <= MAX_COOKIE_WORDS && COOKIE.test(line) && w.length <= MAX_BOILERPLATE_WORDS * 3) return true;
  if (w.length > MAX_BOILERPLATE_WORDS) return false;
  if (w.length <= MAX_PROMPT_WORDS && !SENTENCE_END.test(line) && PROMPT.test(line)) return true;
  if (w.every((x) => SOCIAL_WORDS.has(x.toLowerCase().replace(/[:.،,]$/u, "")))) return true;
  const segments = line.split(BREADCRUMB_SEPARATORS);
  return segments.length >= 3 && segments.every((s) => s !== "" && words(s).length <= MAX_BREADCRUMB_SEGMENT_WORDS) && !/https?:/.test(line);
}
