/**
 * Foreign companies and news outlets the Arabic press names without a head (بوينغ وسافران, رينو وبيجو: Al Arabia;
 * إيكيا, بوينج, إيرباص: SaudiNewsNet's outlets; التايمز, الغارديان, بي بي سي عربي: BBC; بلومبيرغ: BBC, SkyNews,
 * aleqtisadiya), folded by normalizeArabic; written for marsad from general knowledge (Apache-2.0, as lexicon.ts), no
 * list copied. Each name was counted in the unlabeled news and both samples: a name that is also a common word or a
 * place there is left out (ابل for آبل is إبل, camels; شل, paralysed; فيات; الجزيرة, العربية, الاناضول, الاهرام, the
 * island, the language, Anatolia, the pyramids; المصري اليوم, اليوم السابع, «the Egyptian … today», «the seventh day»;
 * عكاظ, الحياة, النهار, الوطن; كريم, فارس, تسنيم, given names; نيسان, a month). lexicon.ts adds both lists to
 * KNOWN_ORGANIZATIONS (recognize/known-organizations.ts addKnownOrganizations; splitKnownOrganizationPairs for «بوينغ وسافران»).
 */

/** Companies: aircraft and arms makers, car makers, technology, energy, banks and funds, consumer goods, rating agencies. */
export const KNOWN_COMPANIES: readonly string[] = [
  ...["بوينغ", "بوينج", "ايرباص", "بومباردييه", "سافران", "لوكهيد مارتن", "رايثيون", "امبراير"],
  ...["رينو", "بيجو", "تويوتا", "هيونداي", "فولكس فاغن", "فولكسفاغن", "بي ام دبليو", "جنرال موتورز", "هوندا", "تسلا", "سيتروين", "شيفروليه", "بورش"],
  ...["سامسونغ", "سامسونج", "هواوي", "شاومي", "مايكروسوفت", "غوغل", "جوجل", "امازون", "انتل", "كوالكوم", "نوكيا", "اريكسون", "سوني", "لينوفو", "اوراكل", "علي بابا", "اوبر", "نتفليكس", "سيسكو"],
  ...["ارامكو", "سابك", "اكسون موبيل", "شيفرون", "توتال", "غازبروم", "روسنفت", "ادنوك", "هاليبرتون", "بيكر هيوز"],
  ...["جي بي مورغان", "غولدمان ساكس", "مورغان ستانلي", "بلاك روك", "سيتي غروب", "باركليز", "دويتشه بنك", "كريدي سويس", "سوفت بنك", "موديز", "فيتش"],
  ...["ايكيا", "نستله", "كوكا كولا", "بيبسي", "ماكدونالدز", "ستاربكس", "والمارت", "نايكي", "اديداس", "سيمنز", "جنرال الكتريك", "ميتسوبيشي"],
];

/** Newspapers, channels and agencies named bare (their head «صحيفة», «قناة», «وكالة» is another rule's). */
export const KNOWN_OUTLETS: readonly string[] = [
  ...["التايمز", "الغارديان", "الجارديان", "فايننشال تايمز", "الفايننشال تايمز", "فاينانشيال تايمز", "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال"],
  ...["الاندبندنت", "اندبندنت", "ديلي تلغراف", "الديلي تلغراف", "ديلي ميل", "الديلي ميل", "لوموند", "لوفيغارو", "دير شبيغل"],
  ...["بلومبيرغ", "بلومبرغ", "بلومبرج", "سي ان بي سي", "فوكس نيوز", "سبوتنيك", "انترفاكس", "يونهاب", "هارتس", "يديعوت احرونوت", "معاريف", "جيروزاليم بوست", "بي بي سي عربي", "بوابه الاهرام"],
];
