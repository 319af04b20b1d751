/**
 * Latin ↔ Arabic name matching through a shared consonant skeleton (vowel-insensitive):
 * - both scripts map to the same consonant classes: B (ب پ / b p), F (ف ڤ / f v ph w-less), T (ت ط د ض
 *   ث / t d th), S (س ص ز ظ ذ ش ث / s z c before e i y, sh ch), J (ج / j dj zh, g before e i), K (ك ق غ
 *   خ گ / k q c g kh gh ck), L, M, N, R, and X = K+S;
 * - vowels and glides are dropped on both sides (ا و ي ى ء ع ه ح ة / a e i o u y w h), because Arabic
 *   writes long vowels as letters and English writes short ones;
 * - doubled classes collapse (Mohammed ↔ محمد);
 * - two skeletons match when equal, or when both have at least MIN_FUZZY classes and differ by one
 *   edit (transcriptions of one name drift: Pashinyan ↔ باشينيان ↔ باستينيان).
 */
import { memoized } from "../../arabic/bounded-memo.js";
import { normalizeArabic } from "../../arabic/normalize.js";

const ARABIC_CLASS: Record<string, string> = {
  ب: "B", پ: "B",
  ف: "F", ڤ: "F",
  ت: "T", ط: "T", د: "T", ض: "T", ث: "T",
  س: "S", ص: "S", ز: "S", ظ: "S", ذ: "S", ش: "S",
  ج: "J",
  ك: "K", ق: "K", غ: "K", خ: "K", گ: "K",
  ل: "L", م: "M", ن: "N", ر: "R",
};

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/tch|tsch|sch|sh|ch|zh/g, "S"],
  [/dj|dzh/g, "J"],
  [/kh|gh|ck|q/g, "K"],
  [/th|dh/g, "T"],
  [/ph/g, "F"],
  [/x/g, "KS"],
  [/c(?=[eiy])/g, "S"],
  [/g(?=[eiy])/g, "J"],
];
const LATIN_CLASS: Record<string, string> = {
  b: "B", p: "B", f: "F", v: "F", t: "T", d: "T", s: "S", z: "S", j: "J", k: "K", c: "K", g: "K", l: "L", m: "M", n: "N", r: "R",
};
/** Below this many classes a one-edit difference is too likely by chance. */
const MIN_FUZZY = 4;

function collapse(classes: string[]): string {
  return classes.filter((c, i) => c !== classes[i - 1]).join("");
}

/** How many names each skeleton function remembers. */
const SKELETON_MEMO_LIMIT = 20_000;

/** Consonant skeleton of an Arabic-script name; remembered per name (merging compares every Latin mention with every Arabic name of an article). */
export const arabicSkeleton = memoized(arabicSkeletonOf, SKELETON_MEMO_LIMIT);

function arabicSkeletonOf(name: string): string {
  return collapse([...normalizeArabic(name)].map((ch) => ARABIC_CLASS[ch] ?? "").filter(Boolean));
}

/** Consonant skeleton of a Latin-script name; remembered per name. */
export const latinSkeleton = memoized(latinSkeletonOf, SKELETON_MEMO_LIMIT);

function latinSkeletonOf(name: string): string {
  let s = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  for (const [re, cls] of LATIN_DIGRAPHS) s = s.replace(re, cls);
  return collapse([...s].map((ch) => (/[A-Z]/.test(ch) ? ch : LATIN_CLASS[ch] ?? "")).join("").split(""));
}

/** Skeleton of a name in either script. */
export function nameSkeleton(name: string): string {
  return /\p{Script=Latin}/u.test(name) ? latinSkeleton(name) : arabicSkeleton(name);
}

export function skeletonsMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_FUZZY || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

/** Below this many classes even one inserted or dropped class matches too much by chance. */
const MIN_INDEL = 3;

/** Skeletons one inserted or dropped class apart (no substitution), the shorter of MIN_INDEL+ classes. */
export function skeletonsOneIndelApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1 || Math.min(a.length, b.length) < MIN_INDEL) return false;
  return editDistanceAtMostOne(a, b);
}

/** Whether a Latin-script name and an Arabic-script name can be transcriptions of each other. */
export function namesTransliterate(latin: string, arabic: string): boolean {
  return skeletonsMatch(latinSkeleton(latin), arabicSkeleton(arabic));
}

/** Letters a spelling of a foreign name may add or drop inside a word: long vowels and hamza seats (نتنياهو, نتانياهو; أردوغان, أرودغان). */
const INNER_VOWELS = /[اويءؤئ]/g;

/**
 * The letters of one Arabic-script word that its spellings share: normalized (hamza forms, ة/ه, ى/ي), its article
 * dropped, ط as ت (foreign t written either way), long vowels and hamzas inside it dropped, doubled letters collapsed
 * (ترامب, ترمب → ترمب; هيرنانديز, هرنانديز → هرنندز). First and last letters stay: a vowel there tells a nisba or
 * another name (روسي, روسيا; بوتين, بوتينا).
 */
export function spellingSkeleton(word: string): string {
  const bare = withoutArticle(normalizeArabic(word).replace(/ط/g, "ت"));
  if (bare.length < 3) return bare;
  return innerVowelsDropped(bare).replace(/(.)\1+/g, "$1");
}

/** A normalized word without its article (الجبير → جبير), unless the rest is too short to be a name's word (الله, الى). */
export function withoutArticle(word: string): string {
  return word.startsWith("ال") && word.length > 4 ? word.slice(2) : word;
}

/** `word` with long vowels and hamzas inside it dropped, first and last letters kept; a word of 1–2 letters as it is. */
function innerVowelsDropped(word: string): string {
  return word.length < 3 ? word : word[0]! + word.slice(1, -1).replace(INNER_VOWELS, "") + word.at(-1)!;
}

/** Fewest letters of a spelling skeleton, a vowel letter at its end not counted, that stands for its word across articles. */
const MIN_KEY_SKELETON = 4;
/** A skeleton's last letter when it writes a vowel or an ending (روسيا, سعوديه, سعودي): kept, but not counted. */
const VOWEL_END = /[اويهءى]$/;
/** A short word's inner و or ي before its last letter, a consonant, after one other inner vowel letter (بوتين; not كونيا, لوريان). */
const SECOND_INNER_VOWEL = /^(.[^اوي]*[اوي][^اوي]+)[وي]([^اويهءى])$/;
/**
 * An inner run of vowel letters that starts with ا and holds a ي: how one transcription writes the English diphthong
 * (دايلي, سايمون, جايسون, غرايام) that another writes with the ي alone (ديلي, سيمون, جيسون, غرايم). A run that starts
 * with ي is Arabic morphology too often (سياسي, السيسي; قياسي, القيسي; ديالى, دايلي) and stays.
 */
const INNER_YA_CLUSTER = /ا[اي]*ي[اي]*/g;
/**
 * Fewest letters of a word whose ا ي run is read as one vowel: four-letter Arabic words of the فاعل pattern write the
 * same run (عايد, عيد; قايد, قيد; زايد, زيد are other words and names), and so do Arabic feminine nouns, left alone
 * by their ة (رعاية, رعية).
 */
const MIN_YA_CLUSTER_WORD = 5;

/**
 * A short word's inner ا ي run (INNER_YA_CLUSTER) as the ي alone (دايلي, ديلي → ديلي; سايمون, سيمون → سيمون;
 * غرايام, غرايم → غريم), first and last letters kept: spellings of one foreign vowel sound that differ by the ا
 * before its ي. A lone inner ا or ي between consonants stays (صالح, صلاح; حسن, حسين).
 */
function yaClustersAsYa(word: string): string {
  return word.length < MIN_YA_CLUSTER_WORD || word.endsWith("ه") ? word : word[0]! + word.slice(1, -1).replace(INNER_YA_CLUSTER, "ي") + word.at(-1)!;
}

/**
 * One word as the cross-article entity key writes it (merge.ts nameKey), so spellings of one foreign name meet across
 * articles. Normalized, its article dropped and ط as ت (طوني, توني; الجبير, جبير), doubled letters collapsed; then its
 * spelling skeleton when that keeps MIN_KEY_SKELETON letters or more (ترامب, ترمب → ترمب; نتانياهو,
 * نتنياهو → نتنهو; اميركيه, امريكيه → امركه); a shorter word only drops a second inner و or ي before a consonant
 * ending (بوتين, بوتن → بوتن) after an inner ا ي run is read as its ي (yaClustersAsYa: دايلي, ديلي), which keeps صالح and صلاح, السعوديه and السعاده, الشرقيه and الشارقه, كونا and كونيا
 * apart. `keepWhole`: words spelled one way whose skeleton other words share (given names: محمد, محمود; اشرف,
 * الاشراف); a word whose skeleton or shortened form would be such a word stays whole too (المحيميد is not محمد, دينيا
 * not دينا).
 */
export function crossArticleSpelling(word: string, keepWhole: (word: string) => boolean): string {
  if (keepWhole(word)) return word;
  const norm = normalizeArabic(word).replace(/ط/g, "ت").replace(/[ؤئ]/g, "ء");
  const bare = withoutArticle(norm).replace(/(.)\1+/g, "$1");
  const skeleton = innerVowelsDropped(bare);
  if (skeleton.replace(VOWEL_END, "").length >= MIN_KEY_SKELETON) return keepWhole(skeleton) ? word : skeleton;
  const clustered = yaClustersAsYa(bare);
  // A run read as one vowel that leaves a given name is that name's spelling (دايفيد → ديفيد).
  if (clustered !== bare && keepWhole(clustered)) return clustered;
  const short = clustered.replace(SECOND_INNER_VOWEL, "$1$2");
  return short !== bare && keepWhole(short) ? word : short;
}
