/**
 * The article page: the original text with its metadata, embeds as quoted posts (never a
 * third-party script), entities linked to their pages, tags, quotes with speakers, figures, the
 * versions with a word diff, and what connect found: its story, its duplicates (نسخ مطابقة) and
 * the other articles of its story. Rules: text through `html` only; stored URLs become links
 * only when http(s); a section shows only when it has something to show.
 */
import type { ArticleLinks, ArticleSummary, SearchHit, StoredArticle, StoryArticle } from "../../store/store.js";
import type { Article, StoryRecord } from "../../types.js";
import { diffText, hasChanges } from "./diff.js";
import { ARTICLES, formatCount, formatDay, formatNumber, SOURCES, VERSIONS } from "./format.js";
import { html, safeHref, type SafeHtml } from "./html.js";
import { ENTITY_TYPES, FIGURE_GROUPS, FIGURE_KINDS, PLATFORM_NAMES, QUALIFIERS, quoteChannel } from "./labels.js";
import { articleLink, articleMeta, sourceLink } from "./parts.js";


function paragraphs(text: string): SafeHtml[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => html`<p>${p}</p>`);
}

function embedBlock(e: Article["embeds"][number]): SafeHtml {
  const who = [e.author, e.handle].filter(Boolean).join(" ");
  return html`<blockquote class="embed"${e.language ? html` lang="${e.language}"` : ""}>
<p class="who">${PLATFORM_NAMES[e.platform] ?? "منشور"}${who ? html`: ${who}` : ""}</p>
<p>${e.text}</p>
${e.links.length ? html`<p class="meta">${e.links.map((l, i) => { const href = safeHref(l); return html`${i ? " " : ""}${href ? html`<a href="${href}" rel="nofollow noopener noreferrer">${l}</a>` : l}`; })}</p>` : ""}
${e.postedAt ? html`<p class="meta">${formatDay(e.postedAt)}</p>` : ""}
</blockquote>`;
}

function factText(f: Article["facts"][number]): string {
  const q = QUALIFIERS[f.qualifier] ?? "";
  const range = f.valueMax !== null ? `${formatNumber(f.value)}–${formatNumber(f.valueMax)}` : formatNumber(f.value);
  return `${FIGURE_KINDS[f.kind] ?? f.kind}: ${q ? `${q} ` : ""}${range}${f.group ? ` (${FIGURE_GROUPS[f.group] ?? f.group})` : ""}`;
}

export function renderVersions(article: StoredArticle, from: Article | null, to: Article | null, fromN: number, toN: number): SafeHtml {
  if (article.versions.length < 2) return html``;
  const titleDiff = from && to ? diffText(from.title, to.title) : [];
  const bodyDiff = from && to ? diffText(from.body, to.body) : [];
  const part = (p: { kind: string; text: string }) =>
    p.kind === "added" ? html`<ins>${p.text}</ins>` : p.kind === "removed" ? html`<del>${p.text}</del>` : html`${p.text}`;
  return html`<section aria-labelledby="versions-h" class="panel">
<h2 id="versions-h">النسخ (${formatNumber(article.versions.length)})</h2>
<p class="meta">عدّل الموقع هذا الخبر بعد نشره؛ يحفظ مرصد كل نسخة.</p>
<ol>${article.versions.map((v) => html`<li>النسخة ${formatNumber(v.version)}: <bdi>${v.title}</bdi> <span class="meta">(حُفظت ${formatDay(v.storedAt)})</span>${
    v.version > 1 ? html` — <a href="/articles/${article.id}?from=${v.version - 1}&amp;to=${v.version}#diff">الفرق عن النسخة ${formatNumber(v.version - 1)}</a>` : ""
  }</li>`)}</ol>
${from && to ? html`<h3 id="diff">الفرق بين النسخة ${formatNumber(fromN)} والنسخة ${formatNumber(toN)}</h3>
<p class="meta">النص المحذوف <del>مشطوب</del> والمضاف <ins>مسطّر</ins>.</p>
${hasChanges(titleDiff) ? html`<p><strong>العنوان:</strong> ${titleDiff.map(part)}</p>` : ""}
${hasChanges(bodyDiff) ? html`<div class="diff">${bodyDiff.map(part)}</div>` : html`<p>لم يتغير نص المتن.</p>`}` : ""}
</section>`;
}

/** What connect found for an article, as the article page shows it. */
export interface ArticleConnections {
  links: ArticleLinks | null;
  story: StoryRecord | null;
  /** Other duplicate groups of the story, newest first: one article each and how many copies it has. */
  storyMembers: { article: ArticleSummary; copies: number }[];
}

export const NO_CONNECTIONS: ArticleConnections = { links: null, story: null, storyMembers: [] };

/** Folds story articles by duplicate group (the article's own group left out), newest first. */
export function otherStoryGroups(items: readonly StoryArticle[], ownGroup: string): { article: ArticleSummary; copies: number }[] {
  const byGroup = new Map<string, { article: ArticleSummary; copies: number }>();
  for (const m of items) {
    if (m.dupGroup === ownGroup) continue;
    const entry = byGroup.get(m.dupGroup);
    if (!entry) byGroup.set(m.dupGroup, { article: m.article, copies: 0 });
    else {
      entry.copies++;
      if ((m.article.publishedAt ?? "") > (entry.article.publishedAt ?? "")) entry.article = m.article;
    }
  }
  return [...byGroup.values()].sort((x, y) => ((y.article.publishedAt ?? "") < (x.article.publishedAt ?? "") ? -1 : (y.article.publishedAt ?? "") > (x.article.publishedAt ?? "") ? 1 : 0));
}

function storyBox(story: StoryRecord): SafeHtml {
  return html`<section class="panel story-box" aria-labelledby="story-box-h"><h2 id="story-box-h">القصة</h2>
<p><a href="/stories/${story.id}"><bdi>${story.title || "(بلا عنوان)"}</bdi></a></p>
<p class="meta"><span>${formatCount(story.articleCount, ARTICLES)}</span><span>${formatCount(story.sources.length, SOURCES)}</span>${story.conflicts.length ? html`<span class="warn">تعارض في الأرقام</span>` : ""}</p></section>`;
}

function copiesSection(links: ArticleLinks): SafeHtml {
  if (links.duplicates.length === 0) return html``;
  const matched = links.dupMatched ? links.duplicates.find((d) => d.id === links.dupMatched) : undefined;
  const how = links.dupKind === "exact" ? "مطابق تماماً لـ" : links.dupSimilarity !== null ? `شبه مطابق (تشابه ${Math.round(links.dupSimilarity * 100)}٪) لـ` : "شبه مطابق لـ";
  return html`<section aria-labelledby="copies-h"><h2 id="copies-h">نسخ مطابقة (${formatNumber(links.duplicates.length)})</h2>
<p class="meta">نُشر نص هذا الخبر، كما هو أو معدّلاً قليلاً، في هذه الصفحات أيضاً.${matched ? html` هذا الخبر ${how} <a href="/articles/${matched.id}">${matched.source.name ?? matched.source.domain ?? matched.title}</a>.` : ""}${
    links.earliestId === links.articleId ? " وهذا الخبر أقدمها نشراً." : ""
  }</p>
<ul class="items">${links.duplicates.map((d) => html`<li><h3 class="hit-title">${articleLink(d)}${d.id === links.earliestId ? html` <span class="badge">الأقدم</span>` : ""}</h3>${articleMeta(d)}</li>`)}</ul></section>`;
}

function storyMembersSection(c: ArticleConnections, shown: number): SafeHtml {
  if (!c.story || c.storyMembers.length === 0) return html``;
  return html`<section aria-labelledby="story-members-h"><h2 id="story-members-h">من القصة نفسها</h2>
<ul class="items">${c.storyMembers.slice(0, shown).map((m) => html`<li><h3 class="hit-title">${articleLink(m.article)}</h3>${articleMeta(m.article)}${m.copies ? html`<p class="dup">ونسخ مطابقة له: ${formatNumber(m.copies)}</p>` : ""}</li>`)}</ul>
<p><a href="/stories/${c.story.id}">كل أخبار القصة (${formatNumber(c.story.articleCount)})</a></p></section>`;
}

/**
 * Related hits to show: not already on the page (`shown` ids), not a copy of the article (its
 * duplicate group), one per duplicate group, in rank order, at most `limit`.
 */
export function foldRelated(hits: readonly SearchHit[], shown: ReadonlySet<string>, ownGroup: string | null, limit: number): SearchHit[] {
  const groups = new Set(ownGroup ? [ownGroup] : []);
  const out: SearchHit[] = [];
  for (const h of hits) {
    if (out.length >= limit) break;
    if (shown.has(h.article.id) || (h.duplicateGroup !== null && groups.has(h.duplicateGroup))) continue;
    if (h.duplicateGroup !== null) groups.add(h.duplicateGroup);
    out.push(h);
  }
  return out;
}

/** Story members shown on an article page. */
export const ARTICLE_STORY_MEMBERS = 8;

export function renderArticle(a: StoredArticle, related: SearchHit[], versions: SafeHtml, connections: ArticleConnections = NO_CONNECTIONS): SafeHtml {
  const sourceKey = a.source.domain ?? a.source.name ?? "unknown";
  const original = safeHref(a.url);
  const articleTags = a.tags.filter((t) => t.scope === "article");
  return html`<article aria-labelledby="article-h">
<h1 id="article-h"><bdi>${a.title || "(بلا عنوان)"}</bdi></h1>
<div class="meta"><span>${sourceLink(a, sourceKey)}</span><span><time datetime="${a.publishedAt ?? ""}">${formatDay(a.publishedAt)}</time></span>${a.author ? html`<span>${a.author}</span>` : ""}${
    original ? html`<span><a href="${original}" rel="nofollow noopener noreferrer">الرابط الأصلي</a></span>` : html`<span>${a.input}</span>`
  }${a.version > 1 ? html`<span><a href="#versions-h">${formatCount(a.version, VERSIONS)}</a></span>` : ""}</div>
<div class="grid">
<div class="article-body"${a.language && a.language !== "und" ? html` lang="${a.language}"` : ""}>
${paragraphs(a.body)}
${a.embeds.map(embedBlock)}
</div>
<aside aria-label="عن الخبر">
${connections.story ? storyBox(connections.story) : ""}
${a.entities.length ? html`<section class="panel entities"><h2>الأعلام</h2>${a.entities.map((e) => html`<a href="/entities/${encodeURIComponent(e.name)}" title="${ENTITY_TYPES[e.type] ?? ""}">${e.name}</a> `)}</section>` : ""}
${articleTags.length ? html`<section class="panel tags"><h2>الوسوم</h2>${articleTags.map((t) => html`<a href="/search?q=${encodeURIComponent(`"${t.text.replace(/"/g, "")}"`)}">${t.text}</a> `)}</section>` : ""}
${a.facts.length ? html`<section class="panel"><h2>الأرقام</h2><ul>${a.facts.map((f) => html`<li>${factText(f)}</li>`)}</ul></section>` : ""}
${a.quotes.length ? html`<section class="panel quotes"><h2>الاقتباسات</h2>${a.quotes.map((q) => html`<figure><blockquote><p>${q.text}</p></blockquote><figcaption>${
    q.speaker ? html`<a href="/entities/${encodeURIComponent(q.speaker)}">${q.speaker}</a>` : "متحدث غير مسمّى"
  }${q.channel ? html` · ${quoteChannel(q.channel)}` : ""}</figcaption></figure>`)}</section>` : ""}
</aside>
</div>
</article>
${versions}
${connections.links ? copiesSection(connections.links) : ""}
${storyMembersSection(connections, ARTICLE_STORY_MEMBERS)}
${related.length ? html`<section aria-labelledby="related-h"><h2 id="related-h">أخبار ذات صلة</h2><ul class="items">${related.map((h) => html`<li>${articleLink(h.article)} ${articleMeta(h.article)}</li>`)}</ul></section>` : ""}`;
}
