/**
 * Static assets, all served by marsad itself (no CDN: the pages work offline). Rules:
 * - The Arabic web font comes from the pinned npm package @fontsource/noto-naskh-arabic (OFL),
 *   Arabic subset, regular and bold, resolved from node_modules at start-up.
 * - The stylesheet is one file; colours are chosen for WCAG AA contrast (text ≥ 4.5:1 on its
 *   background), focus is always visible, layout is logical (start/end) so RTL is the default flow.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const FONT_FILES = {
  "naskh-400.woff2": "noto-naskh-arabic-arabic-400-normal.woff2",
  "naskh-700.woff2": "noto-naskh-arabic-arabic-700-normal.woff2",
} as const;

export type FontName = keyof typeof FONT_FILES;

export function loadFonts(): Map<string, Uint8Array> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("@fontsource/noto-naskh-arabic/package.json")), "files");
  const fonts = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(FONT_FILES)) fonts.set(name, readFileSync(join(dir, file)));
  return fonts;
}

export const STYLESHEET = `
@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:400;font-display:swap;src:url(/assets/fonts/naskh-400.woff2) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0898-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC}
@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:700;font-display:swap;src:url(/assets/fonts/naskh-700.woff2) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0898-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC}
:root{--ink:#1a1a1a;--muted:#4d4d4d;--bg:#fdfcf9;--panel:#fff;--line:#d9d6cf;--accent:#1f5f8b;--accent-ink:#fff;--mark:#fff1a8;--ins:#d7f5dd;--del:#fbe0e0;--focus:#c2410c}
*{box-sizing:border-box}
html{font-family:"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif;font-size:17px;line-height:1.75;color:var(--ink);background:var(--bg)}
body{margin:0}
a{color:var(--accent)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;inset-inline-start:.5rem;top:-3rem;background:var(--accent);color:var(--accent-ink);padding:.4rem .8rem;z-index:10}
.skip:focus{top:.5rem}
.site-header{background:var(--accent);color:var(--accent-ink)}
.site-header .bar{max-width:72rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem}
.brand{font-weight:700;font-size:1.35rem;color:var(--accent-ink);text-decoration:none}
.site-header nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
.site-header nav a{color:var(--accent-ink)}
.site-header form{margin-inline-start:auto;display:flex;gap:.3rem}
.site-header input[type=search]{width:14rem;max-width:50vw}
:focus-visible{outline-color:var(--focus)}
.site-header :focus-visible{outline-color:#ffd27a}
main{max-width:72rem;margin:0 auto;padding:1rem}
footer{max-width:72rem;margin:2rem auto;padding:1rem;color:var(--muted);border-top:1px solid var(--line);font-size:.9rem}
h1{font-size:1.6rem;line-height:1.4;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.grid{display:grid;grid-template-columns:2fr 1fr;gap:1.5rem}
@media (max-width:48rem){.grid{grid-template-columns:1fr}.site-header form{margin-inline-start:0;width:100%}.site-header input[type=search]{flex:1;max-width:none}}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:1rem;margin-bottom:1rem}
.panel>h2:first-child{margin-top:0}
ul.items{list-style:none;margin:0;padding:0}
ul.items>li{padding:.6rem 0;border-bottom:1px solid var(--line)}
ul.items>li:last-child{border-bottom:0}
.meta{color:var(--muted);font-size:.9rem}
.meta span+span::before{content:" · "}
input,select,button{font:inherit;font-size:1rem;padding:.3rem .5rem;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--ink)}
button{background:var(--accent);color:var(--accent-ink);border-color:var(--accent);cursor:pointer}
.search-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin-bottom:1rem}
.search-form .q{flex:1 1 20rem}
.search-form label{display:flex;flex-direction:column;font-size:.9rem}
.search-form .q input{width:100%}
mark{background:var(--mark);color:inherit;padding:0 .1em}
.snippet{margin:.2rem 0}
.facets h3{font-size:1rem;margin:.8rem 0 .3rem}
.facets ul{list-style:none;padding:0;margin:0}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}
.chips li{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;background:#fff}
.pager{display:flex;gap:1rem;justify-content:space-between;margin:1rem 0}
.article-body p{margin:0 0 1rem}
.embed{border-inline-start:4px solid var(--accent);background:#f2f6f9;margin:1rem 0;padding:.6rem 1rem}
.embed .who{font-weight:700}
.embed[lang=en]{direction:ltr;text-align:left}
.quotes blockquote{margin:.5rem 0;padding:.3rem 1rem;border-inline-start:3px solid var(--line)}
.dup{font-size:.9rem;color:var(--muted)}
.diff{white-space:pre-wrap;background:#fff;border:1px solid var(--line);padding:1rem;border-radius:6px}
ins{background:var(--ins);text-decoration:underline}
del{background:var(--del);text-decoration:line-through}
table{border-collapse:collapse}
td,th{border:1px solid var(--line);padding:.2rem .5rem;text-align:start}
.chart{margin:0}
.chart-svg{width:100%;height:auto;max-width:40rem;display:block}
figcaption{color:var(--muted);font-size:.9rem}
.tags a,.entities a{display:inline-block;margin:0 0 .3rem .3rem}
.count{color:var(--muted)}
.notice{background:#fff8e1;border:1px solid #e0c36a;padding:.6rem 1rem;border-radius:6px}
.kicker{margin:0;color:var(--muted);font-size:.9rem}
.warn{color:#b42318;font-weight:700}
.badge{display:inline-block;font-size:.8rem;font-weight:400;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;margin-inline-start:.3rem;color:var(--muted);background:#fff}
.story-chart .chart-svg{max-width:46rem}
code{font-family:"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif;font-size:1em;background:#f1efe9;border:1px solid var(--line);border-radius:3px;padding:0 .25em;unicode-bidi:isolate}
.chart-scroll{overflow-x:auto}
@media (max-width:36rem){.day-chart text{font-size:17px}.day-chart text.day.alt{display:none}.story-chart .chart-svg{min-width:640px}}
.story-chart a:focus-visible circle,.story-chart a:focus-visible path{stroke:var(--focus);stroke-width:3}
.latest,.conflicts{padding-inline-start:1.2rem}
.conflicts>li{margin-bottom:.6rem}
tr.conflict td{background:#fdf0ef}
dl.by-source dt{font-weight:700;margin-top:.5rem}
dl.by-source dd{margin-inline-start:1rem}
.story-box{border-color:var(--accent)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
