/**
 * Issue 13: the stories, their ids and the duplicate groups are a function of the articles, not of
 * how the connect step cut the queue into batches or in which order writers stored them. A composed
 * corpus (four events over ten days, beyond the story window, so stories close and are forgotten
 * during the step; three outlets; agency copies with a footer the near-duplicate index learns as
 * boilerplate) is stored in several orders and connected with several batch sizes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Connector } from "./connector.js";
import { article } from "./connect-fixtures.js";
import { openStore } from "../store/store.js";
import { seededRandom, shuffledBy } from "../seeded-random.js";
import type { Article } from "../types.js";

type ConnectorOptionsGiven = ConstructorParameters<typeof Connector>[0];

const NOW = "2026-11-20T00:00:00Z";
const OUTLETS = ["alwaha.example", "alnahr.example", "alsahel.example"];
const FOOTER = "تابعونا على حساباتنا في مواقع التواصل الاجتماعي لمزيد من الأخبار العاجلة.";

const EVENTS: { day: number; title: string; sentences: string[] }[] = [
  {
    day: 1,
    title: "حريق كبير في سوق المدينة القديمة",
    sentences: [
      "اندلع حريق كبير فجر الأحد في سوق المدينة القديمة وأتى على عشرات المحال التجارية.",
      "وقال الدفاع المدني إن فرق الإطفاء سيطرت على الحريق بعد ست ساعات من العمل.",
      "وأفاد شهود بأن النيران امتدت من محل للأقمشة إلى المحال المجاورة في السوق.",
      "ولم تسجل إصابات بشرية بحسب بيان الدفاع المدني، فيما فتحت النيابة تحقيقا في أسباب الحريق.",
    ],
  },
  {
    day: 3,
    title: "افتتاح جسر النهر الجديد أمام حركة المرور",
    sentences: [
      "افتتح وزير النقل الثلاثاء جسر النهر الجديد الذي يربط ضفتي المدينة بطول كيلومترين.",
      "وقال الوزير إن الجسر سيختصر زمن التنقل بين الضفتين إلى عشر دقائق.",
      "واستغرق بناء الجسر أربع سنوات بتكلفة بلغت ثلاثمئة مليون دينار.",
      "وشهد حفل الافتتاح حضور محافظ المدينة وعدد من النواب وسكان الأحياء القريبة.",
    ],
  },
  {
    day: 6,
    title: "إضراب عمال الميناء يدخل يومه الثاني",
    sentences: [
      "يواصل عمال الميناء إضرابهم لليوم الثاني للمطالبة بزيادة الأجور وتحسين ظروف العمل.",
      "وتكدست عشرات السفن في انتظار التفريغ بسبب توقف العمل في الأرصفة.",
      "وقال رئيس نقابة عمال الميناء إن الإضراب مستمر حتى تلبية مطالب العمال.",
      "ودعت إدارة الميناء النقابة إلى الحوار لإنهاء الأزمة في أقرب وقت.",
    ],
  },
  {
    day: 9,
    title: "منتخب الواحة يتأهل إلى نهائي كأس المنطقة",
    sentences: [
      "تأهل منتخب الواحة إلى نهائي كأس المنطقة بعد فوزه على منتخب الساحل بهدفين مقابل هدف.",
      "وسجل المهاجم هدف الفوز في الدقيقة الأخيرة من المباراة وسط احتفالات الجماهير.",
      "وقال مدرب المنتخب إن اللاعبين قدموا مباراة كبيرة رغم صعوبة الظروف.",
      "ويلتقي المنتخب في النهائي منتخب الجبل يوم الجمعة المقبل على الملعب الوطني.",
    ],
  },
];

const pad = (n: number): string => String(n).padStart(2, "0");

/** Each event told six times over three days by the outlets, every third article copied by the next outlet with a prefix and the footer. */
function corpus(): Article[] {
  const random = seededRandom(13);
  const out: Article[] = [];
  let n = 0;
  for (const event of EVENTS) {
    for (let k = 0; k < 6; k++) {
      const outlet = OUTLETS[k % OUTLETS.length]!;
      const day = event.day + Math.floor(k / 2);
      const body = shuffledBy(event.sentences, random).slice(0, 3).join("\n\n");
      const publishedAt = `2026-11-${pad(day)}T${pad(7 + 2 * k)}:${pad(Math.floor(random() * 60))}:00Z`;
      out.push(article({ title: event.title, body, publishedAt, url: `https://${outlet}/news/${++n}`, source: { name: outlet, domain: outlet } }));
      if (k % 3 === 2) {
        const copier = OUTLETS[(k + 1) % OUTLETS.length]!;
        out.push(article({ title: event.title, body: `(وكالات) - ${body}\n\n${FOOTER}`, publishedAt: `2026-11-${pad(day)}T22:${pad(k)}:00Z`, url: `https://${copier}/news/${++n}`, source: { name: copier, domain: copier } }));
      }
    }
  }
  return out;
}

/** Each article's story and duplicate group by URL, after storing in `stored` order and one connect step of batches of `batchSize`. */
async function connected(stored: Article[], batchSize: number, options: ConnectorOptionsGiven = {}): Promise<Map<string, string>> {
  const store = await openStore(":memory:");
  try {
    const ids: string[] = [];
    for (const a of stored) {
      // the input named by the URL: an article's id does not depend on when it was stored
      const [r] = await store.upsertArticles([{ input: a.url!, index: 0, article: a }], { storedAt: NOW });
      ids.push(r!.id);
    }
    await new Connector({ ...options, batchSize }).connectPending(store, NOW);
    const out = new Map<string, string>();
    for (const [i, id] of ids.entries()) {
      const links = (await store.getArticleLinks(id))!;
      out.set(stored[i]!.url!, `story ${String(links.storyId)} group ${String(links.dupGroup)}`);
    }
    return out;
  } finally {
    await store.close();
  }
}

const SPLITTINGS: { name: string; order: (articles: Article[]) => Article[]; batchSize: number }[] = [
  { name: "publication order, one batch", order: (a) => a, batchSize: 500 },
  { name: "publication order, batches of 7", order: (a) => a, batchSize: 7 },
  { name: "reversed, batches of 13", order: (a) => [...a].reverse(), batchSize: 13 },
  { name: "shuffled (seed 1), batches of 1", order: (a) => shuffledBy(a, seededRandom(1)), batchSize: 1 },
  { name: "shuffled (seed 2), batches of 7", order: (a) => shuffledBy(a, seededRandom(2)), batchSize: 7 },
  { name: "shuffled (seed 3), batches of 13", order: (a) => shuffledBy(a, seededRandom(3)), batchSize: 13 },
  { name: "shuffled (seed 4), one batch", order: (a) => shuffledBy(a, seededRandom(4)), batchSize: 500 },
];

test("the same articles give the same stories, story ids and duplicate groups whatever the batches and the storage order", async () => {
  const reference = await connected(corpus(), 500);
  const stories = new Set([...reference.values()].map((v) => v.split(" group ")[0]));
  assert.ok(stories.size >= 4 && stories.size < reference.size, `the corpus makes stories of several articles: ${stories.size} stories`);
  assert.ok([...reference.values()].some((v) => [...reference.values()].filter((w) => w.split(" group ")[1] === v.split(" group ")[1]).length > 1), "some copies are grouped");
  for (const splitting of SPLITTINGS) {
    const got = await connected(splitting.order(corpus()), splitting.batchSize);
    const differing = [...reference].filter(([url, links]) => got.get(url) !== links).map(([url, links]) => `${url}: ${links} vs ${String(got.get(url))}`);
    assert.deepEqual(differing, [], splitting.name);
  }
});

/**
 * A two-event check loose enough that every story of four members or more splits (parts of two,
 * any centroids): the stories split during the step, and those of the first events close and are
 * forgotten before its end. Checked after each batch (the forty-second round), a story's split
 * history followed where the batches ended; checked when the step ends, it follows the articles.
 */
const SPLIT_EAGERLY: ConnectorOptionsGiven = { split: { minPart: 2, maxCentroidCosine: 0.999, minCohesion: 0 } };

test("stories that split and close within the step are the same whatever the batch size", async () => {
  const reference = await connected(corpus(), 500, SPLIT_EAGERLY);
  const plain = await connected(corpus(), 500);
  const storiesOf = (m: Map<string, string>) => new Set([...m.values()].map((v) => v.split(" group ")[0]));
  assert.ok(storiesOf(reference).size > storiesOf(plain).size, `the loose check splits stories: ${storiesOf(reference).size} against ${storiesOf(plain).size}`);
  for (const batchSize of [1, 5, 7, 13, 20]) {
    const got = await connected(corpus(), batchSize, SPLIT_EAGERLY);
    const differing = [...reference].filter(([url, links]) => got.get(url) !== links).map(([url, links]) => `${url}: ${links} vs ${String(got.get(url))}`);
    assert.deepEqual(differing, [], `batches of ${batchSize}`);
  }
});
