/**
 * What both adapters derive from an article before writing it. Pure. Rules:
 * - key = the article's canonical URL, else the input path; a related article (index > 0) without
 *   its own URL gets `<page key>#<index>`.
 * - id = first 16 hex of sha256(key): stable across backends and re-ingests.
 * - contentHash = sha256 over what the page says (title, body, dates, author, source, language,
 *   url, embeds, page tags) in a fixed field order; enrichment (entities, facts…) is derived and
 *   does not make a new version.
 * - Index fields hold marsad's analyzed terms, space-separated, stopwords dropped: stems and
 *   normalized surface forms of title and body side by side, and a `meta` field with every
 *   entity spelling (name, mentions, aliases) and page tag, both as stems and normalized forms.
 * - sourceKey = the source domain, else its name, else "unknown"; day = first 10 chars of publishedAt.
 */
import { createHash } from "node:crypto";
import { normalizeArabic } from "../arabic/normalize.js";
import { analyzedTerms, termsOfTokens } from "../search/analyzer.js";
import type { Token } from "../arabic/analyze.js";
import { entityKey } from "./entity-keys.js";

export { analyzedTerms };
import type { Article } from "../types.js";
import type { ArticleInput } from "./store.js";

export interface IndexFields {
  titleStems: string;
  titleNorms: string;
  bodyStems: string;
  bodyNorms: string;
  meta: string;
}

export interface EntitySpelling {
  /** `<type>:<name key>` (entity-keys.ts entityKey). */
  entityKey: string;
  type: string;
  name: string;
  /** Normalized spelling (name, a mention or an alias). */
  spelling: string;
}

export interface PreparedArticle {
  input: string;
  key: string;
  id: string;
  contentHash: string;
  article: Article;
  sourceKey: string;
  day: string | null;
  index: IndexFields;
  spellings: EntitySpelling[];
  /** Each entity's stored key (entityKey), in the article's order: made where the article is prepared (a pipeline worker), not on the writer thread. */
  entityKeys: string[];
  /** Each tag's normalized text, in the article's order (likewise). */
  tagNorms: string[];
  /** JSON of the whole article (what a version stores). */
  record: string;
}

export function articleKey(input: string, index: number, article: Article, pageUrl: string | null): string {
  if (article.url) return article.url;
  const base = pageUrl ?? input;
  return index === 0 ? base : `${base}#${index}`;
}

export function articleId(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

export function contentHash(a: Article): string {
  const said = [
    a.title, a.body, a.publishedAt, a.updatedAt, a.author, a.source.name, a.source.domain, a.language, a.url,
    a.embeds.map((e) => [e.platform, e.handle, e.postedAt, e.text, e.links]),
    a.tags.filter((t) => t.origin === "page").map((t) => t.text),
  ];
  return createHash("sha256").update(JSON.stringify(said)).digest("hex");
}

export function sourceKeyOf(a: Article): string {
  return a.source.domain?.trim().toLowerCase() || a.source.name?.trim() || "unknown";
}


/** `keys`: the article's entity keys (entityKey of each entity, in order). */
export function entitySpellings(a: Article, keys: readonly string[] = a.entities.map(entityKey)): EntitySpelling[] {
  const out: EntitySpelling[] = [];
  const seen = new Set<string>();
  for (const [i, e] of a.entities.entries()) {
    const key = keys[i]!;
    for (const s of [e.name, ...e.mentions, ...e.aliases]) {
      const spelling = normalizeArabic(s);
      if (!spelling || seen.has(`${key}\u0000${spelling}`)) continue;
      seen.add(`${key}\u0000${spelling}`);
      out.push({ entityKey: key, type: e.type, name: e.name, spelling });
    }
  }
  return out;
}

/** The tokens of an article's title and body (`tokenizeByKinds` of each), made once by a caller that needs them too. */
export interface ArticleTokens {
  title: readonly Token[];
  body: readonly Token[];
}

/** `tokens`, when given, are those of this article's title and body: its index terms are read from them (the same terms). */
export function prepareArticle(input: ArticleInput, pageUrl: string | null = null, tokens?: ArticleTokens): PreparedArticle {
  const a = input.article;
  const key = articleKey(input.input, input.index, a, pageUrl);
  const entityKeys = a.entities.map(entityKey);
  const spellings = entitySpellings(a, entityKeys);
  const [titleStems, titleNorms] = tokens ? termsOfTokens(tokens.title) : analyzedTerms(a.title);
  const [bodyStems, bodyNorms] = tokens ? termsOfTokens(tokens.body) : analyzedTerms(a.body);
  const metaTexts = [...new Set([...spellings.map((s) => s.spelling), ...a.tags.filter((t) => t.scope === "article").map((t) => t.text)])];
  const meta = metaTexts.map((t) => analyzedTerms(t).join(" ")).join(" ").trim();
  return {
    input: input.input,
    key,
    id: articleId(key),
    contentHash: contentHash(a),
    article: a,
    sourceKey: sourceKeyOf(a),
    day: a.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(a.publishedAt) ? a.publishedAt.slice(0, 10) : null,
    index: { titleStems, titleNorms, bodyStems, bodyNorms, meta },
    spellings,
    entityKeys,
    tagNorms: a.tags.map((t) => normalizeArabic(t.text)),
    record: JSON.stringify(a),
  };
}
