/**
 * The records every stage shares. They mirror `../shared/contract/article.schema.json`
 * (the output contract of `marsad extract --json`): every field the contract lists is
 * required here too. Fields marked "marsad extension" are additions the contract allows.
 */

/** `YYYY-MM-DD`, optionally with `THH:MM[:SS[.fff]]` and `Z` or `±HH:MM`. */
export type IsoDate = string;

export type ArticleRole = "main" | "related";

export interface Source {
  /** Publisher credited by the page, e.g. from `المصدر: ...`; null when the page names none. */
  name: string | null;
  domain: string | null;
}

export type EmbedPlatform = "x" | "facebook" | "instagram" | "youtube" | "telegram" | "tiktok" | "other";

export interface Embed {
  platform: EmbedPlatform;
  author: string | null;
  /** With the leading `@`. */
  handle: string | null;
  postedAt: IsoDate | null;
  /** ISO 639-1 code of the post's text. */
  language: string | null;
  text: string;
  links: string[];
}

export type TagOrigin = "page" | "generated";
/** `site`: a trending/site-wide tag, not about this article; `noise`: malformed fragment. */
export type TagScope = "article" | "site" | "noise";

export interface Tag {
  /** Normalized Arabic (no Persian letter forms), original spelling otherwise. */
  text: string;
  origin: TagOrigin;
  scope: TagScope;
  /** marsad extension: a generated tag the page's own tag list also gives (then origin is "generated"). */
  onPage?: boolean;
}

export type EntityType = "person" | "location" | "organization" | "misc";

export interface Entity {
  type: EntityType;
  /** Canonical name; all spelling variants of one entity are merged into one entry. */
  name: string;
  /** Surface forms as written in the text, in order of first appearance, without repeats. */
  mentions: string[];
  /** Other names of the same entity, e.g. the Latin-script name. */
  aliases: string[];
  /** Persons: roles and titles the text gives them (نقيب المعلمين), never part of the name; absent when none. */
  roles?: string[];
}

export interface Quote {
  speaker: string | null;
  text: string;
  /** Where it was said: X, Telegram, a statement, a press conference... */
  channel: string | null;
  /** marsad extension: offset of `text` in the body (UTF-16 code units). */
  start?: number;
}

export type FactKind = "killed" | "injured" | "evacuated" | "displaced" | "arrested" | "missing" | "other";
export type FactQualifier = "exact" | "about" | "more_than" | "at_least" | "less_than" | "up_to";

export interface Fact {
  kind: FactKind;
  /** The number stated; for a range (`عشرات`) its lower bound. */
  value: number;
  /** marsad extension: upper bound of a range (`عشرات` → 20..99), null for a single number. */
  valueMax: number | null;
  qualifier: FactQualifier;
  /** e.g. civilians, children, women, soldiers; null for the total. */
  group: string | null;
  /** The sentence it was read from. */
  text: string;
  /** marsad extension: offsets of the number (or dual noun) in the body, end exclusive. */
  start?: number;
  end?: number;
  /** marsad extension: what the figure counts (figures.ts reads it from its sentence). */
  scope?: FigureScope;
}

/**
 * marsad extension: the scope of a figure. `event`: the article's own event (its toll, also as it
 * rises); `cumulative`: a running total over a period or several events (`منذ 2011`, `خلال أسبوعين`);
 * `background`: another event or an earlier time, kept apart from the story's timeline.
 */
export interface FigureScope {
  extent: "event" | "cumulative" | "background";
  /** The event noun the count is tied to in its sentence (normalized, e.g. `غاره`, `انفجار`), or null. */
  event: string | null;
  /** The place named with the count in its sentence, as written, or null. */
  place: string | null;
  /** A date or year stated with the count (ISO, `YYYY` for a year), or null. */
  time: string | null;
  /** True when the figure is a part of another one in its sentence (`بينهم 5 من قوات النظام`). */
  part?: boolean;
}

export interface DateMention {
  /** The words in the body that name the date, as written. */
  text: string;
  value: IsoDate;
  /** marsad extension: offset of `text` in the body (UTF-16 code units). */
  start: number;
  /** marsad extension: how the value was found. */
  kind: "absolute" | "relative" | "hijri" | "weekday";
  /**
   * marsad extension: what `value` stands for. `day`: that day; `week` / `month`: the period that
   * starts on `value` (a week from Monday; `الأسبوع الماضي`, `الشهر المقبل`) or, for a distance
   * (`قبل أسبوعين`), a day that far back. Years alone (`حرب 2020`) are not date mentions.
   */
  precision: "day" | "week" | "month";
}

/**
 * marsad extension: where an HTML page's publication date was read. `json-ld`, `meta` and
 * `microdata` are stated values; `url` is the date in the address (it also wins over a stated time
 * one day off it: the publisher's local day); `visible-text` is a date shown on the page (it also
 * wins over a UTC time near midnight whose neighbouring day the page shows); `time-element` is a
 * `<time datetime>`; `timestamp-attribute` an epoch or ISO date in a `data-time`-like attribute;
 * `script-data` a publication key in the page's script data (a framework's state, or JSON-LD the
 * stated reading did not take); `title` a full
 * date in the document title; `page-text` the first date written in the page's own text outside
 * links and page chrome; `modified` the stated modification date of a page that states no
 * publication date; `image-url` a full date in the address of the page's lead image (og:image,
 * twitter:image), the last resort.
 */
export type PublishedAtSource = "json-ld" | "meta" | "microdata" | "url" | "time-element" | "timestamp-attribute" | "visible-text" | "script-data" | "title" | "page-text" | "modified" | "image-url";

export interface Article {
  role: ArticleRole;
  title: string;
  publishedAt: IsoDate | null;
  /** marsad extension: where publishedAt was read on an HTML page (absent for other inputs). */
  publishedAtSource?: PublishedAtSource | null;
  /** marsad extension: last update time when the page states one apart from publication. */
  updatedAt: IsoDate | null;
  /** ISO 639-1 code of the body. */
  language: string;
  /** Paragraphs joined by a blank line; no boilerplate, embeds, tag lists or other articles. */
  body: string;
  source: Source;
  /** marsad extension: byline (`كتب:`, `بقلم`), null when none. */
  author: string | null;
  /** marsad extension: canonical URL when known. */
  url: string | null;
  /** marsad extension: lead image URL (og:image, JSON-LD image) when the page names one. */
  image?: string | null;
  embeds: Embed[];
  tags: Tag[];
  entities: Entity[];
  quotes: Quote[];
  facts: Fact[];
  dates: DateMention[];
}

/** One input page read by `marsad extract`: articles[0] is the main article. */
export interface ExtractOutput {
  /** The path or URL given. */
  input: string;
  articles: Article[];
}

/** A page as it reaches the extract stage: decoded text plus what is known about where it came from. */
export interface Page {
  /** Path or URL that names this page in messages. */
  input: string;
  text: string;
  kind: "html" | "text";
  url: string | null;
  /** Charset the bytes were decoded from. */
  charset: string;
}

/** marsad extension: one casualty/displacement figure of a story, with where and when it was stated. */
export interface StoryFigure {
  kind: FactKind;
  group: string | null;
  value: number;
  valueMax: number | null;
  qualifier: FactQualifier;
  /** The sentence it was read from. */
  text: string;
  articleId: string;
  /** Source name (or domain) of the article; null when unknown. */
  source: string | null;
  /** publishedAt of the article; null when unknown. */
  at: IsoDate | null;
  /** What the figure counts (figures.ts); absent on figures read before scopes existed. */
  scope?: FigureScope;
}

/** marsad extension: sources that disagree on one figure (same kind and group) within one time window. */
export interface FigureConflict {
  kind: FactKind;
  group: string | null;
  /** First and last `at` of the figures in the window. */
  from: IsoDate;
  to: IsoDate;
  /** Every figure of the window, in time order; at least two sources and two values that do not overlap. */
  figures: StoryFigure[];
}

/** marsad extension: what a story says, built from its member articles (connect/story-record.ts). */
export interface StoryRecord {
  id: string;
  /** Title of the most central member (closest to the story's term centroid). */
  title: string;
  centralArticleId: string;
  firstSeen: IsoDate | null;
  lastSeen: IsoDate | null;
  articleCount: number;
  /** Per source: article count and first appearance, earliest first. */
  sources: { name: string; articles: number; firstSeen: IsoDate | null }[];
  /** Articles and distinct sources per UTC day, in day order. */
  timeline: { day: string; articles: number; sources: number }[];
  /** Entities by number of member articles naming them, most first. */
  mainEntities: { type: EntityType; name: string; articles: number }[];
  quotes: (Quote & { articleId: string; source: string | null; at: IsoDate | null })[];
  /** Every casualty/displacement figure, in time order. */
  figures: StoryFigure[];
  /** Per kind and group: the most recently stated figure. */
  latest: StoryFigure[];
  /** Per kind and group: the highest figure stated. */
  highest: StoryFigure[];
  conflicts: FigureConflict[];
}

/**
 * What `marsad watch` remembers per feed between polls and across restarts (kept in the store, so any
 * process on any machine can poll any feed; see acquire/feeds/feed-state.ts).
 */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: IsoDate | null;
  nextPollAt: IsoDate | null;
  /** Item keys (GUID and canonical URL) already taken, oldest first. */
  seenKeys: string[];
  quietPolls: number;
  /** The feed's own TTL in minutes, from its last 200. */
  ttlMinutes: number | null;
  /** Publication dates of the newest items seen (for the observed update rate), newest first. */
  recentItemDates: IsoDate[];
  /** One-line outcome of the last poll (`200 3 new`, `304`, `fetch-timeout`). */
  lastOutcome: string | null;
}
