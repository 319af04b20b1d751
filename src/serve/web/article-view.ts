/**
 * The article page: the original text with its metadata, embeds as quoted posts (never a
 * third-party script), entities linked to their pages, tags, quotes with speakers, figures, the
 * versions with a word diff, and what connect found: its story, its duplicates (نسخ مطابقة) and
 * the other articles of its story. Rules: text through `html` only; stored URLs become links
 * only when http(s); a section shows only when it has something to show.
 */
import type { SearchHit, StoredArticle } from "../../store/store.js";
import type { Article } from "../../types.js";
import { diffText, hasChanges } from "./diff.js";
import { formatCount, formatDay, formatNumber, VERSIONS } from "./format.js";
import { html, safeHref, type SafeHtml } from "./html.js";
import { articleLink, articleMeta, ENTITY_TYPES, sourceLink } from "./parts.js";

const PLATFORM_NAMES: Record<string, string> = { x: "إكس", facebook: "فيسبوك", instagram: "إنستغرام", youtube: "يوتيوب", telegram: "تلغرام", tiktok: "تيك توك", other: "منشور" };
const FACT_KINDS: Record<string, string> = { killed: "قتلى", injured: "مصابون", evacuated: "تم إجلاؤهم", displaced: "نازحون", arrested: "معتقلون", missing: "مفقودون", other: "أخرى" };
const QUALIFIERS: Record<string, string> = { exact: "", about: "نحو", more_than: "أكثر من", at_least: "على الأقل", less_than: "أقل من", up_to: "حتى" };

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
  return `${FACT_KINDS[f.kind] ?? f.kind}: ${q ? `${q} ` : ""}${range}${f.group ? ` (${f.group})` : ""}`;
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
<ol>${article.versions.map((v) => html`<li>النسخة ${formatNumber(v.version)}: ${v.title} <span class="meta">(حُفظت ${formatDay(v.storedAt)})</span>${
    v.version > 1 ? html` — <a href="/articles/${article.id}?from=${v.version - 1}&amp;to=${v.version}#diff">الفرق عن النسخة ${formatNumber(v.version - 1)}</a>` : ""
  }</li>`)}</ol>
${from && to ? html`<h3 id="diff">الفرق بين النسخة ${formatNumber(fromN)} والنسخة ${formatNumber(toN)}</h3>
<p class="meta">النص المحذوف <del>مشطوب</del> والمضاف <ins>مسطّر</ins>.</p>
${hasChanges(titleDiff) ? html`<p><strong>العنوان:</strong> ${titleDiff.map(part)}</p>` : ""}
${hasChanges(bodyDiff) ? html`<div class="diff">${bodyDiff.map(part)}</div>` : html`<p>لم يتغير نص المتن.</p>`}` : ""}
</section>`;
}

export function renderArticle(a: StoredArticle, related: SearchHit[], versions: SafeHtml): SafeHtml {
  const sourceKey = a.source.domain ?? a.source.name ?? "unknown";
  const original = safeHref(a.url);
  const articleTags = a.tags.filter((t) => t.scope === "article");
  return html`<article aria-labelledby="article-h">
<h1 id="article-h">${a.title || "(بلا عنوان)"}</h1>
<div class="meta"><span>${sourceLink(a, sourceKey)}</span><span><time datetime="${a.publishedAt ?? ""}">${formatDay(a.publishedAt)}</time></span>${a.author ? html`<span>${a.author}</span>` : ""}${
    original ? html`<span><a href="${original}" rel="nofollow noopener noreferrer">الرابط الأصلي</a></span>` : html`<span>${a.input}</span>`
  }${a.version > 1 ? html`<span><a href="#versions-h">${formatCount(a.version, VERSIONS)}</a></span>` : ""}</div>
<div class="grid">
<div class="article-body"${a.language && a.language !== "und" ? html` lang="${a.language}"` : ""}>
${paragraphs(a.body)}
${a.embeds.map(embedBlock)}
</div>
<aside aria-label="عن الخبر">
${a.entities.length ? html`<section class="panel entities"><h2>الأعلام</h2>${a.entities.map((e) => html`<a href="/entities/${encodeURIComponent(e.name)}" title="${ENTITY_TYPES[e.type] ?? ""}">${e.name}</a> `)}</section>` : ""}
${articleTags.length ? html`<section class="panel tags"><h2>الوسوم</h2>${articleTags.map((t) => html`<a href="/search?q=${encodeURIComponent(`"${t.text.replace(/"/g, "")}"`)}">${t.text}</a> `)}</section>` : ""}
${a.facts.length ? html`<section class="panel"><h2>الأرقام</h2><ul>${a.facts.map((f) => html`<li>${factText(f)}</li>`)}</ul></section>` : ""}
${a.quotes.length ? html`<section class="panel quotes"><h2>الاقتباسات</h2>${a.quotes.map((q) => html`<figure><blockquote><p>${q.text}</p></blockquote><figcaption>${
    q.speaker ? html`<a href="/entities/${encodeURIComponent(q.speaker)}">${q.speaker}</a>` : "متحدث غير مسمّى"
  }${q.channel ? html` · ${q.channel}` : ""}</figcaption></figure>`)}</section>` : ""}
</aside>
</div>
</article>
${versions}
${related.length ? html`<section aria-labelledby="related-h"><h2 id="related-h">أخبار ذات صلة</h2><ul class="items">${related.map((h) => html`<li>${articleLink(h.article)} ${articleMeta(h.article)}</li>`)}</ul></section>` : ""}`;
}
