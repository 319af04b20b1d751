/**
 * Class/id and label hints for main-content scoring, in English and in the conventions of Arabic
 * news sites. Rules:
 * - POSITIVE: containers that hold the story (article-body, entry-content, news-details, نص الخبر…);
 * - NEGATIVE: chrome around it (share bars, related rails, tags, comments, newsletter, cookie walls);
 * - UNLIKELY: blocks skipped before scoring unless MAYBE also matches (Readability's idea, own lists);
 * Matching is case-insensitive on `class` + `id`. The visible labels that open a block of links
 * (اقرأ أيضا, كلمات دلالية, شارك, آخر تحديث…) are the one cue vocabulary of src/arabic/cues.
 */

export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news-?detail|detail|itemprop|prose|rich-?text|نص|الخبر|المقال|تفاصيل|محتوى/i;

export const NEGATIVE =
  /-ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|com-|contact|cookie|consent|disqus|footer|footnote|gdpr|hidden|masthead|media-credit|meta|modal|more-?stories|newsletter|outbrain|pagination|pager|popup|promo|recommend|related|remark|rss|scroll|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|tags?\b|tag-|taboola|tool|trending|widget|most-?read|most-?viewed|read-?more|readmore|also-?read|see-?also|author-?bio|caption|credit|byline|dateline|timestamp|signup|print|email|whatsapp|facebook|twitter|telegram|keywords|topics|تعليق|شارك|مشاركة|اقرأ|ذات صلة|الأكثر|كلمات/i;

export const UNLIKELY =
  /-ad-|ai2html|banner|carousel|slideshow|gallery|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|share|sharing|outbrain|taboola|most-?read|most-?popular|trending|navbar|topbar|nav-|-nav|offcanvas|modal|login|signin|related-?posts|read-?also|also-?read|tags-?list|tag-?list|ticker|marquee|breaking|latest-?news|popular|prev_next|prev-?next|next-?prev|next-?article|prev-?article|post-?navigation|nav-?links|اقرأ|الأكثر/i;

/** Class, id or itemprop words of a story's lead: intro, standfirst, teaser, summary, excerpt, dek… */
export const LEAD_HINT = /intro|lead(?!er)|standfirst|teaser|summary|excerpt|\bdek\b|abstract|description|subtitle|sapo|chapeau|vorspann|مقدمة|ملخص/i;

export const MAYBE = /and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text|detail/i;

/** Roles of landmarks that never hold the story. */
export const UNLIKELY_ROLES = new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]);

/**
 * Tag containers: their links are read as page tags, never as body text. A class token names one
 * when it is a tag-list word (tags, tag-list, tagcloud, keywords, topics, وسوم) or ends in one
 * (post-tags, article_details_tags); `tag-<slug>` tokens (WordPress marks every post wrapper with
 * its tags) and icon classes (fa-tags) do not.
 */
const TAG_TOKEN = /^(?:[\w-]*[_-])?(?:tags|tag-?list|tags-?list|tag-?cloud|tagcloud|keywords|topics|وسوم)$/i;
const ICON_TOKEN = /^(?:fa|fas|far|icon|glyphicon|bi)-/i;

export function isTagContainer(classAndId: string): boolean {
  if (!classAndId) return false;
  for (const token of classAndId.split(/\s+/)) if (TAG_TOKEN.test(token) && !ICON_TOKEN.test(token)) return true;
  return false;
}

/**
 * Closing notices that follow many bodies: comment policies and opinion disclaimers. Only trimmed
 * from the end of a body, where they sit.
 */
export const TAIL_NOTICE =
  /(?:التعليقات|تعليقات|النقاش).{0,200}(?:سياسة الخصوصية|شروط الاستخدام|إرشادات|الإرشادات)|لا تعبر (?:بالضرورة )?عن (?:رأي|وجهة نظر)|(?:comments?|discussion).{0,200}(?:privacy policy|terms of (?:use|service)|community guidelines)|(?:views|opinions) expressed .{0,80}(?:do not|don't) (?:necessarily )?reflect/i;

/**
 * The publisher's calls to the reader that close many bodies: newsletter and subscription offers,
 * "follow us" and share prompts, tip lines, membership asks ("If you enjoyed this article…",
 * "support our journalism", "Become a member"), "Reach the reporters at…" / "Contact the author"
 * and a closing button label ("Learn more"). Only trimmed from the end of a body, and only from a
 * short paragraph (READER_PROMPT_MAX_CHARS): a story may report that someone "signed up".
 */
export const READER_PROMPT =
  /\b(?:newsletters?|subscribe|sign up|follow us|share (?:it|this|your)|like this (?:story|article)|have a (?:news )?tip|bookmark)\b|^follow \S+ on\b|\bif you (?:enjoyed|liked|appreciated|value) (?:this|our|reading)\b|\bsupport (?:our|independent|quality) journalism\b|^become a (?:member|subscriber|supporter)\b|^(?:reach|contact|e-?mail) the (?:reporters?|writers?|authors?)\b|^(?:learn|read|see|find out) more\.?$|^(?:تابعونا|تابعوا|اشترك|اشتركوا|للاشتراك)/i;
export const READER_PROMPT_MAX_CHARS = 250;

/**
 * A broadcaster's plug for its programme closing a story it also aired: "Listen to Newsbeat live at
 * 12:45 … or listen back here", "click here to watch live", the German credit "Sendung: <channel>,
 * <date>". Only trimmed from the end of a body, from a paragraph of READER_PROMPT_MAX_CHARS or less.
 */
export const BROADCAST_PLUG =
  /^(?:listen|tune in) to \S.{0,60}\blive\b|\bclick here to (?:watch|listen)\b|\b(?:watch|listen) (?:back|again|live) here\b|^sendung: |^(?:شاهدوا?|استمعوا?(?: إلى)?) .{0,60}(?:البث المباشر|مباشرة)/i;

/**
 * A paragraph that opens as a call to the reader ("Follow @Deals on Twitter…", "If you enjoyed this
 * article, …join…") is one whatever follows: its opening words decide it, so the fine print it
 * carries (prices may change, membership perks) may run up to OPENING_PROMPT_MAX_CHARS. At the
 * start of a paragraph these words do not report what someone did.
 */
export const OPENING_PROMPT =
  /^(?:follow (?:@?\S+|us) on\b|if you (?:enjoyed|liked|appreciated|value) (?:this|our|reading)\b|subscribe to\b|sign up (?:for|to)\b|become a (?:member|subscriber|supporter)\b)/i;
export const OPENING_PROMPT_MAX_CHARS = 600;
/**
 * A reading-time note standing alone as a line of the body (`17 minute read`, `3 Min Lesezeit`,
 * `Tempo de leitura: 2 minutos`, `Temps de lecture : 4 min`): chrome wherever it sits. The Arabic
 * ones (`3 دقائق قراءة`) are tool-bar lines of src/arabic/cues (isBoilerplateLine).
 */
export const READING_TIME =
  /^(?:(?:est\.?\s*|estimated\s+)?read(?:ing)?\s+time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania)\s*:?\s*(?:ca\.?\s*|~\s*)?\d+\s*(?:min\.?|mins?|minutes?|minuten|minutos|minuti|minut)?$|^(?:ca\.?\s*|~\s*)?\d+\s*(?:min\.?|mins?|minutes?|minuten|minutos|minuti|minut)\.?\s*(?:-\s*)?(?:read|reading|lesezeit|lesedauer|lesen|de lectura|de leitura|di lettura|de lecture|leestijd|czytania)$/i;
export const READING_TIME_MAX_CHARS = 40;
/** A standalone subscription line inside a body (an interstitial between paragraphs) is this short. */
export const INLINE_PROMPT_MAX_CHARS = 120;
/** …and opens with a subscription offer. */
export const INLINE_PROMPT = /^(?:subscribe to|sign up for)\b/i;

/**
 * An English heading over a list of other articles that the read-also labels (`Related`, `More
 * stories`) do not open: `More Great WIRED Stories`, `Top news stories`, `Trending articles`.
 */
export const RELATED_HEADING = /^(?:more|related|recommended|trending|popular|top|latest)\b.{0,40}\b(?:stories|articles|news|reads|posts)$/i;
/** A heading is a few words; longer text is a sentence that happens to start the same way. */
export const RELATED_HEADING_MAX_CHARS = 60;

/**
 * Footers, rights lines and disclosures: a copyright sign or year, reserved rights, imprint,
 * privacy statement, advertiser disclosure — in Arabic, English and the common European languages.
 * Only the notice phrases: a story may well speak of copyright or privacy.
 */
export const LEGAL =
  /©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|\(c\)|(?:19|20)\d\d)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|جميع الحقوق محفوظة|(?:حقوق (?:النشر|الطبع|التأليف)|الحقوق) محفوظة|datenschutzerklärung|advertiser disclosure|إفصاح (?:للمعلنين|المعلنين|إعلاني)|impressum/i;
