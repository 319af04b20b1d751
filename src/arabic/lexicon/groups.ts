/**
 * Who a figure counts (understand/figures.ts): the group nouns that follow a number or `من`, matched
 * through the normalizer with generated inflections (word-list.ts). Groups: civilians, children,
 * women, soldiers (army, regime forces, officers), police (police and security forces), journalists,
 * medics, fighters (militants, rebels, militias, armed-group members), families; `null` for people
 * in general (شخص، آخرين، مواطن، أبناء…), whose count is the total. Rules:
 * - GROUP_NOUNS: one word (`مدنيين`, `جنود`, `مسلحاً`, `عناصر`).
 * - GROUP_HEADS: a head that needs its complement (`قوات النظام`, `قوات الأمن`, `رجال الشرطة`):
 *   the head, then the complement's group; a head alone is people in general.
 * - مخالف counts offenders, but its ـة / ـات forms are violations (ضبط 7 مخالفات), so they are left out.
 * - A nisba plural or accusative (فلسطينيين، سوريون، إيرانياً) counts people of a nationality: the
 *   group is null (figures.ts reads that by shape, not from a list).
 */
import { nounForms, splitWords, WordLexicon } from "./word-list.js";

export type Group = "civilians" | "children" | "women" | "soldiers" | "police" | "journalists" | "medics" | "fighters" | "families" | null;

export const GROUP_NOUNS = new WordLexicon<Group>()
  .add(nounForms("مدني", { feminine: true, also: "مدنيي" }), "civilians")
  .add(splitWords("طفل طفلا طفلان طفلين طفلة طفلتين طفلتان أطفال الاطفال رضيع رضع رضيعا رضيعين قاصر قاصرا قاصرين قاصرون قصر"), "children")
  // teenagers (`لقي مراهقان فلسطينيان حتفهما`, CNN; `مقتل 130 مراهقا`, Sky News Arabia): minors, as قاصر (fig114's reading)
  .add(nounForms("مراهق", { feminine: true }), "children")
  .add(splitWords("امرأة امرأتين امرأتان امراة نساء نسوة سيدة سيدات فتاة فتيات فتاتين"), "women")
  // women counted by a role with no group of its own (`وخمس ناشطات`, Al Riyadh; `نقل 5 عاملات الى المستشفى`, JawharaFM);
  // women journalists, medics or civilians keep their group (صحفيات، ممرضات، مدنيات)
  .add(splitWords("ناشطات ناشطتين ناشطتان عاملات عاملتين مواطنات مواطنتين موظفات موظفتين معلمات معلمتين"), "women")
  .add(nounForms("جندي", { also: "جنود جنديا" }), "soldiers")
  // a conscript (`29 مجندا بالقوات المسلحة`); Egypt's police has conscripts too, which figures.ts reads
  // from the force named with them or before them in the sentence (CONSCRIPTS)
  .add(nounForms("مجند", { also: "مجندي" }), "soldiers")
  .add(nounForms("عسكري", { also: "عسكريي" }), "soldiers")
  .add(splitWords("ضابط ضابطا ضابطان ضابطين ضباط"), "soldiers")
  .add(nounForms("شرطي", { feminine: true, }), "police")
  .add(nounForms("أمني", { also: "أمنيي" }), "police")
  .add(nounForms("صحفي", { feminine: true }), "journalists")
  .add(nounForms("صحافي", { feminine: true }), "journalists")
  .add(nounForms("إعلامي", { feminine: true }), "journalists")
  .add(nounForms("مراسل", { feminine: true }), "journalists")
  // a broadcaster (`أربعة من هؤلاء المذيعين`)
  .add(nounForms("مذيع", { feminine: true }), "journalists")
  // a news photographer (`10 صحافيين بينهم كبير مصوري الوكالة`, `5 مصورين`)
  .add(nounForms("مصور", { feminine: true }), "journalists")
  .add(nounForms("مسعف", { feminine: true }), "medics")
  .add(nounForms("طبيب", { feminine: true, also: "أطباء" }), "medics")
  .add(nounForms("ممرض", { feminine: true }), "medics")
  .add(nounForms("مسلح", { also: "مسلحي" }), "fighters")
  .add(nounForms("مقاتل", { feminine: true, also: "مقاتلي" }), "fighters")
  .add(nounForms("متمرد", { feminine: true, also: "متمردي" }), "fighters")
  // (`سقوط 15 من الإرهابين`, Sky News Arabia; `القبض على ثلاثة إرهابين`, JawharaFM: the plural misspelt with one ي)
  .add(nounForms("إرهابي", { also: "إرهابيي إرهابين" }), "fighters")
  .add(nounForms("متشدد", { also: "متشددي" }), "fighters")
  // a takfiri counted by the noun (`مقتل "52 تكفيريا"`, CNN; `4 تكفيريين في قفصة`, `3 تكفيريين بحوزتهم`, JawharaFM; the
  // plural misspelt with one ي as إرهابين: `6 تكفيرين بايعوا`)
  .add(nounForms("تكفيري", { also: "تكفيريي تكفيرين" }), "fighters")
  .add(nounForms("جهادي", { also: "جهاديي" }), "fighters")
  .add(nounForms("انقلابي", { also: "انقلابيي" }), "fighters")
  // members of armed movements named by the movement (`أسر سبعة حوثيين`) and extremists who joined them
  .add(nounForms("حوثي", { also: "حوثيي" }), "fighters")
  .add(nounForms("متطرف", { also: "متطرفي" }), "fighters")
  // the armed resistance of a war counted by its name (`2 من المقاومة`) and its men (`5 مقاومين`)
  .add([...nounForms("مقاوم", { also: "مقاومي" }), ...splitWords("المقاومة")], "fighters")
  .add(splitWords("داعشي داعشيا داعشيين دواعش"), "fighters")
  // `العشرات من تنظيم داعش`, `اعتقال 5 من التنظيم`: counted as of an organization, its members (news calls armed groups تنظيم)
  .add(splitWords("تنظيم"), "fighters")
  .add(splitWords("عنصر عنصرا عنصران عنصرين عناصر ميليشيا ميليشيات مليشيا مليشيات الميليشيا قيادي قياديا قياديين قياديون قادة قيادات انتحاري انتحاريين"), "fighters")
  // the attackers of an attack (`المهاجمين الثلاثة الذين قتلتهم الشرطة`)
  .add(nounForms("مهاجم", {}), "fighters")
  .add(splitWords("أسرة أسر عائلة عائلات"), "families")
  .add(
    [
      ...nounForms("شخص", { also: "أشخاص" }), ...nounForms("آخر", { also: "آخرين آخرون أخرى" }), ...nounForms("مواطن", { feminine: true }),
      ...splitWords("فرد فردا فردان فردين أفراد رجل رجلا رجال رجلين رجلان شاب شابا شبان شباب شابين شابان أبناء مواطني سكان ساكن إنسان نسمة ركاب راكب راكبا"),
      // tourists and visitors, with their duals (`واختطف سائحان بريطانيان`)
      ...nounForms("سائح", { also: "سياح" }), ...nounForms("زائر", { also: "زوار" }),
      ...nounForms("طالب", { feminine: true, also: "طلاب" }), ...nounForms("عامل", { feminine: true, also: "عمال" }), ...nounForms("مهاجر", { feminine: true }),
      ...nounForms("لاجئ", { feminine: true }), ...nounForms("محتج", { feminine: true }), ...nounForms("متظاهر", { feminine: true }),
      ...nounForms("ناشط", { feminine: true }), ...nounForms("معارض", { feminine: true }), ...nounForms("مستوطن", { feminine: true }),
      ...nounForms("مصل", { also: "مصلين مصلون" }), ...nounForms("حاج", { also: "حجاج" }), ...nounForms("معلم", { feminine: true }),
      ...nounForms("مشجع", { feminine: true }), ...nounForms("مدرس", { feminine: true }), ...nounForms("موظف", { feminine: true }),
      ...nounForms("متهم", { feminine: true }), ...nounForms("مفتش", {}), ...nounForms("مشتبه", {}), ...nounForms("مطلوب", { feminine: true }), ...nounForms("مقيم", { feminine: true }),
      ...nounForms("مخالف", {}), ...nounForms("متسلل", { feminine: true }), ...nounForms("مهرب", {}), ...nounForms("وافد", { feminine: true }),
      ...nounForms("مدير", {}), ...nounForms("مسلم", { feminine: true }), ...splitWords("أعضاء عضو عضوا عضوين عضوان حارس حارسا حراس قروي قرويا قرويين مزارع مزارعا مزارعين صياد صيادين بحار بحارا بحارة بحارين تلميذ تلاميذ"), ...nounForms("مريض", { also: "مرضى" }),
      // a pilot (`مقتل طيارين روسيين`, `إصابة طيارين أميركيين`, `مقتل 4 طيارين`): people in general, like a sailor
      ...nounForms("طيار", { feminine: true }),
    ],
    null,
  );

/** Heads whose complement names the group: `قوات` + `النظام` → soldiers. */
export const GROUP_HEADS = new WordLexicon<true>()
  .add(splitWords("قوات القوات رجال عناصر أفراد منتسبي منسوبي صفوف أسلاك الأسلاك"), true)
  // the singular after 11 and more (`12 رجل أمن`, `11 فرد شرطة`, `مائة عنصر أمن`): one man of the force
  .add(splitWords("رجل فرد عنصر"), true)
  // a force in the singular (`اثنان من قوة الأمن العام`, `3 من أفراد القوة الأمنية`): its complement names the force (fig111)
  .add(splitWords("قوة القوة"), true)
  // a medical staff (`الطواقم الطبية`, `الكوادر الصحية`, `أفراد الطاقم الطبي`): its complement names medics
  .add(splitWords("طاقم الطاقم طواقم الطواقم كوادر الكوادر"), true)
  // an armed group named by its name (`أفراد جماعة الحوثي`, `20 من جماعة الحوثي`)
  .add(splitWords("جماعة الجماعة"), true);

export const HEAD_COMPLEMENTS = new WordLexicon<Group>()
  .add(splitWords("جيش النظام الجيش الحكومة الحكومية الحكومي الجيش النظامي النظامية المسلحة البرية البحرية الجوية الاحتلال التحالف الشرعية حرس الحرس البيشمركة"), "soldiers")
  // Iran's Basij, a mobilization force of the Revolutionary Guard (`14 من قوات التعبئة الشعبية`, `عنصرا من التعبئة (الباسيج)`)
  .add(splitWords("التعبئة الباسيج"), "soldiers")
  // (`منسوبي قوات طوارئ منطقة عسير`: the emergency force in construct has no article)
  .add(splitWords("الأمن الأمنية الشرطة الطوارئ طوارئ الدرك شرطة أمن درك الداخلية"), "police")
  .add(splitWords("الميليشيات الميليشيا المليشيا المليشيات الموالية المعارضة المتمردين الحوثي الحوثيين الحزب الحركة التنظيم داعش المقاومة الحشد"), "fighters")
  // (الدفاع is civil defence only as `الدفاع المدني`, read in figures.ts; `قوات الدفاع الجوي` is an army)
  .add(splitWords("المدني الإسعاف الإنقاذ الطبي الطبية الطبيين طبي طبية الصحي الصحية صحي صحية"), "medics");
