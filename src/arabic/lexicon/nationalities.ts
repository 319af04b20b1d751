/**
 * Nationality and regional nisba adjectives (مصري، الألماني، الأمريكية، العرب…), through the one
 * normalizer with their inflections (word-list.ts). A recognizer may tag one of them alone as a
 * person (`وزير المالية المصري`, `الصحفي ألماني`); quotes.ts then takes the phrase, not the adjective.
 */
import { nounForms, splitWords, WordLexicon } from "./word-list.js";

const STEMS = splitWords(
  "مصري سعودي سوري عراقي إيراني تركي لبناني أردني فلسطيني إسرائيلي يمني ليبي تونسي جزائري مغربي موريتاني سوداني " +
    "قطري إماراتي كويتي بحريني عماني خليجي عربي أمريكي أميركي بريطاني فرنسي ألماني روسي صيني ياباني هندي باكستاني " +
    "أفغاني إيطالي إسباني كندي أسترالي أوروبي أفريقي آسيوي تركماني كردي أوكراني بلجيكي هولندي سويدي نرويجي دنماركي " +
    "سويسري نمساوي يوناني برتغالي برازيلي أرجنتيني مكسيكي كوري إندونيسي ماليزي نيجيري إثيوبي صومالي كيني أممي دولي",
);

/** Every form of a nationality adjective, with or without the article (lookup strips it). */
export const NATIONALITIES = new WordLexicon<true>().add(STEMS.flatMap((s) => nounForms(s, { feminine: true })), true);
