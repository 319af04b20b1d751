/**
 * Arabic names of the codes stored records carry (entity types, figure kinds and groups, figure
 * qualifiers, embed platforms). Rules: one place for every page; an unknown code is shown as is.
 * Keep in sync with the codes of understand/figures.ts (kinds, groups, qualifiers), understand/quotes.ts
 * (channels) and types.ts.
 */
export const ENTITY_TYPES: Record<string, string> = { person: "شخص", location: "مكان", organization: "منظمة", misc: "أخرى" };
export const FIGURE_KINDS: Record<string, string> = { killed: "قتلى", injured: "مصابون", evacuated: "تم إجلاؤهم", displaced: "نازحون", arrested: "معتقلون", missing: "مفقودون", other: "أخرى" };
export const FIGURE_GROUPS: Record<string, string> = { civilians: "مدنيون", children: "أطفال", women: "نساء", soldiers: "جنود", police: "شرطة", journalists: "صحفيون", medics: "مسعفون", fighters: "مسلحون", families: "أسر",
  "homes without power": "منازل بلا كهرباء", "people without power": "أشخاص بلا كهرباء", "homes without water": "منازل بلا مياه", "people without water": "أشخاص بلا مياه",
  "homes without internet": "منازل بلا إنترنت", "people without internet": "أشخاص بلا إنترنت", "homes without gas": "منازل بلا غاز", "people without gas": "أشخاص بلا غاز" };
export const QUALIFIERS: Record<string, string> = { exact: "", about: "نحو", more_than: "أكثر من", at_least: "على الأقل", less_than: "أقل من", up_to: "حتى" };
/** Channels of quotes (understand/quotes.ts CHANNELS). */
export const QUOTE_CHANNELS: Record<string, string> = { X: "على إكس", Telegram: "على تلغرام", Facebook: "على فيسبوك", Instagram: "على إنستغرام", YouTube: "على يوتيوب", TikTok: "على تيك توك", "press conference": "في مؤتمر صحفي", interview: "في مقابلة", "social media": "على وسائل التواصل", statement: "في بيان" };
export const PLATFORM_NAMES: Record<string, string> = { x: "إكس", facebook: "فيسبوك", instagram: "إنستغرام", youtube: "يوتيوب", telegram: "تلغرام", tiktok: "تيك توك", other: "منشور" };

/** `قتلى`, `قتلى (أطفال)`. */
export function figureSeriesName(f: { kind: string; group: string | null }): string {
  return `${FIGURE_KINDS[f.kind] ?? f.kind}${f.group ? ` (${FIGURE_GROUPS[f.group] ?? f.group})` : ""}`;
}

export function quoteChannel(channel: string): string {
  return QUOTE_CHANNELS[channel] ?? channel;
}
