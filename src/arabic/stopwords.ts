/**
 * Arabic and English stopwords, in normalized form (see normalize.ts). Written for marsad: function
 * words, pronouns, particles, auxiliaries and news filler verbs; checked against the open lists in
 * ../shared/data/reference-lists/ (not copied from them).
 */
import { normalizeArabic } from "./normalize.js";

const ARABIC = `
في من على إلى الى عن مع عند لدى حتى منذ مذ خلال بين ضد نحو عبر حول دون قبل بعد فوق تحت أمام خلف وراء بدون
و ف ثم أو أم بل لكن لكن ولكن لا لم لن ما ماذا متى أين كيف كم هل إن أن إذا إذ لو لولا كي قد لقد سوف
هو هي هم هن هما أنا أنت أنتم نحن إياه إياها
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك هنالك الذي التي الذين اللذين اللتين اللاتي اللواتي
كان كانت كانوا يكون تكون يكونون أصبح أصبحت ليس ليست مازال ما زال لا يزال لايزال
كل بعض أي غير سوى جميع كلا كلتا أيضا أيضاً فقط إلا ألا حيث حين بينما كما مثل لأن لان لذلك عندما كذلك
وهو وهي وهم ومن وفي وعلى وإلى وعن ومع وقد وكان وكانت ولا ولم ولن وما وأن وإن وهذا وهذه وذلك وتلك والذي والتي والذين
فقد فإن فإنه فيه فيها منه منها عليه عليها إليه إليها عنه عنها به بها له لها لهم لهن بهم منهم عليهم إليهم
أنه أنها إنه إنها أنهم إنهم
يوم اليوم أمس غدا
`;

const ENGLISH = `
a an the and or but if of in on at to for from by with about as into over after before than then so
is are was were be been being has have had do does did not no this that these those it its he she they we you i
`;

const STOPWORDS: ReadonlySet<string> = new Set(
  [...ARABIC.split(/\s+/), ...ENGLISH.split(/\s+/)].filter(Boolean).map((w) => normalizeArabic(w)),
);

/** True when `normalized` (already folded by normalizeArabic) is a stopword. */
export function isStopword(normalized: string): boolean {
  return STOPWORDS.has(normalized);
}
