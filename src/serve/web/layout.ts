/**
 * The page shell every HTML page shares. Rules:
 * - `lang="ar" dir="rtl"`; landmarks: banner (site header with the main navigation, which sits on
 *   the right in RTL), search, main, contentinfo; a skip link to the main content comes first.
 * - No inline script or style: one stylesheet from /assets, so the CSP can forbid both.
 */
import { html, type HtmlValue, type SafeHtml } from "./html.js";

export interface PageShell {
  title: string;
  /** Search box value carried across pages. */
  q?: string;
  body: HtmlValue;
  /** Extra <head> links (feeds). */
  head?: HtmlValue;
  /** Whether robots should skip this page (search results, errors). */
  isNoIndex?: boolean;
}

export function layout(page: PageShell): SafeHtml {
  return html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} — مرصد</title>
<link rel="stylesheet" href="/assets/marsad.css">
<link rel="preload" href="/assets/fonts/naskh-400.woff2" as="font" type="font/woff2" crossorigin>
${page.isNoIndex ? html`<meta name="robots" content="noindex">` : ""}${page.head ?? ""}
</head>
<body>
<a class="skip" href="#main">تخطَّ إلى المحتوى</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="/">مرصد</a>
<nav aria-label="التنقل الرئيسي"><ul>
<li><a href="/">الرئيسية</a></li>
<li><a href="/stories">القصص</a></li>
<li><a href="/search">البحث</a></li>
<li><a href="/sources">المصادر</a></li>
<li><a href="/entities">الأعلام</a></li>
</ul></nav>
<form role="search" action="/search" method="get">
<label class="visually-hidden" for="site-q">ابحث في الأخبار</label>
<input type="search" id="site-q" name="q" value="${page.q ?? ""}" maxlength="500" placeholder="ابحث في الأخبار">
<button type="submit">بحث</button>
</form>
</div>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer><p>مرصد: محرك مفتوح المصدر لرصد الأخبار العربية. <a href="/api/openapi.json">واجهة البرمجة (OpenAPI)</a></p></footer>
</body>
</html>
`;
}
