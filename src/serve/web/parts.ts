/**
 * Small pieces every page uses: links to articles and sources, an article's meta line, list
 * items. Rules: text through `html` only; a summary shows its outlet (the store folds sources into
 * outlets) and links to the outlet page; a whole article links by its own source key (the outlet
 * page resolves any key of the outlet).
 */
import type { ArticleSummary, StoredArticle } from "../../store/store.js";
import { formatCount, formatDay, VERSIONS } from "./format.js";
import { html, type SafeHtml } from "./html.js";

export function articleLink(a: { id: string; title: string }): SafeHtml {
  return html`<a href="/articles/${a.id}"><bdi>${a.title || "(بلا عنوان)"}</bdi></a>`;
}

export function sourceLink(a: ArticleSummary | StoredArticle, key: string): SafeHtml {
  return html`<a href="/sources/${encodeURIComponent(key)}">${a.source.name ?? a.source.domain ?? "مصدر غير معروف"}</a>`;
}

export function articleMeta(a: ArticleSummary): SafeHtml {
  return html`<div class="meta"><span><a href="/sources/${encodeURIComponent(a.outlet.key)}">${a.outlet.name}</a></span><span><time datetime="${a.publishedAt ?? ""}">${formatDay(a.publishedAt)}</time></span>${
    a.version > 1 ? html`<span>${formatCount(a.version, VERSIONS)}</span>` : ""
  }</div>`;
}

export function articleItem(a: ArticleSummary): SafeHtml {
  return html`<li><h3 class="hit-title">${articleLink(a)}</h3>${articleMeta(a)}</li>`;
}
