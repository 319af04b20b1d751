/**
 * A local hostile web site for tests, served by node:http on 127.0.0.1, port 0. Each path plays one
 * misbehaviour real sites show: slow drip, redirect loop, gzip bomb, 30 MB page, wrong charset
 * header, windows-1256 page, robots disallow, 429 with Retry-After, 304, malformed feeds, relative
 * URLs, a sitemap index of sitemaps. Everything it serves is composed here; tests must `close()` it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export interface HostileSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  /** Requests seen per path (without query). */
  hits: Map<string, number>;
  /** Request headers of the last request per path. */
  lastHeaders: Map<string, IncomingMessage["headers"]>;
  /** Adds or replaces a route at run time (e.g. a feed that gains an item). */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, site: HostileSite) => void;

const MB = 1024 * 1024;

/** Encodes text as windows-1256 by inverting TextDecoder's table (Node ships no encoder for it). */
export function encodeWindows1256(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder("windows-1256");
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`encodeWindows1256: no byte for U+${c.toString(16)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

export const ARABIC_PAGE_TITLE = "افتتاح معرض الكتاب في عمّان";
export const ARABIC_PAGE_BODY =
  "افتتح وزير الثقافة صباح اليوم معرض الكتاب السنوي في العاصمة، بمشاركة مئتي دار نشر من عشرين دولة. وقال المنظمون إن المعرض يستمر عشرة أيام.";

function arabicHtml(charsetMeta: string | null): string {
  const meta = charsetMeta ? `<meta charset="${charsetMeta}">` : "";
  return `<!doctype html><html lang="ar" dir="rtl"><head>${meta}<title>${ARABIC_PAGE_TITLE}</title></head><body><article><h1>${ARABIC_PAGE_TITLE}</h1><p>${ARABIC_PAGE_BODY}</p></article></body></html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(body);
}

export async function startHostileSite(): Promise<HostileSite> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage["headers"]>();
  const timers = new Set<NodeJS.Timeout>();
  let bomb: Buffer | null = null;

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, req.headers);
    const handler = routes.get(path);
    if (handler) handler(req, res, site);
    else send(res, 404, "text/plain", "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const site: HostileSite = {
    origin,
    url: (path) => `${origin}${path}`,
    hits,
    lastHeaders,
    route: (path, handler) => void routes.set(path, handler),
    close: async () => {
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  routes.set("/robots.txt", (_req, res) =>
    send(res, 200, "text/plain", `User-agent: *\nDisallow: /private/\n\nSitemap: ${origin}/sitemap-index.xml\n`),
  );
  routes.set("/ok", (_req, res) => send(res, 200, "text/html; charset=utf-8", arabicHtml("utf-8")));
  routes.set("/private/secret", (_req, res) => send(res, 200, "text/html; charset=utf-8", arabicHtml("utf-8")));

  // Slow drip: headers at once, then one byte every 50 ms, forever.
  routes.set("/drip", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const t = setInterval(() => res.write("a"), 50);
    timers.add(t);
    res.on("close", () => {
      clearInterval(t);
      timers.delete(t);
    });
  });
  // Never answers: for the headers timeout.
  routes.set("/silent", () => {});

  // Redirect loop between two paths, and a chain of n hops that ends at /ok.
  routes.set("/loop/a", (_req, res) => send(res, 302, "text/plain", "", { location: "/loop/b" }));
  routes.set("/loop/b", (_req, res) => send(res, 302, "text/plain", "", { location: "/loop/a" }));
  routes.set("/chain", (req, res) => {
    const n = Number(new URL(req.url!, origin).searchParams.get("n") ?? 0);
    send(res, 301, "text/plain", "", { location: n > 0 ? `/chain?n=${n - 1}` : "/ok" });
  });
  routes.set("/to-file", (_req, res) => send(res, 302, "text/plain", "", { location: "file:///etc/passwd" }));

  // 30 MB of zeros gzipped to ~30 KB, sent with Content-Encoding: gzip.
  routes.set("/bomb", (_req, res) => {
    bomb ??= gzipSync(Buffer.alloc(30 * MB));
    send(res, 200, "text/html", bomb, { "content-encoding": "gzip" });
  });
  // A page of Arabic text gzipped, the normal case.
  routes.set("/gzipped", (_req, res) => send(res, 200, "text/html; charset=utf-8", gzipSync(Buffer.from(arabicHtml(null))), { "content-encoding": "gzip" }));
  // 30 MB streamed without Content-Length, and 30 MB announced by Content-Length.
  routes.set("/huge", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const chunk = Buffer.alloc(MB, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < 30) {
        sent++;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  routes.set("/huge-declared", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(30 * MB) });
    res.write(Buffer.alloc(1024));
    // The client should hang up on the header alone; never send the rest.
  });

  // Charsets: windows-1256 bytes labelled ISO-8859-1 in the header; correctly labelled; unlabelled.
  routes.set("/wrong-charset", (_req, res) => send(res, 200, "text/html; charset=iso-8859-1", encodeWindows1256(arabicHtml(null))));
  routes.set("/cp1256", (_req, res) => send(res, 200, "text/html; charset=windows-1256", encodeWindows1256(arabicHtml(null))));
  routes.set("/cp1256-meta", (_req, res) => send(res, 200, "text/html", encodeWindows1256(arabicHtml("windows-1256"))));
  // UTF-8 bytes labelled windows-1256: the label is wrong.
  routes.set("/utf8-labelled-1256", (_req, res) => send(res, 200, "text/html; charset=windows-1256", arabicHtml(null)));

  // 429: the first request of each ?k= key is told to come back in 1 s, then served.
  const busyKeys = new Set<string>();
  routes.set("/busy", (req, res) => {
    const key = new URL(req.url!, origin).searchParams.get("k") ?? "";
    if (!busyKeys.has(key)) {
      busyKeys.add(key);
      send(res, 429, "text/plain", "slow down", { "retry-after": "1" });
    } else send(res, 200, "text/html; charset=utf-8", arabicHtml("utf-8"));
  });
  routes.set("/busy-for-an-hour", (_req, res) => send(res, 503, "text/plain", "maintenance", { "retry-after": "3600" }));
  routes.set("/always-500", (_req, res) => send(res, 500, "text/plain", "broken"));

  // Conditional GET: ETag "v1" and a Last-Modified; 304 when either matches.
  routes.set("/etag", (req, res) => {
    const lastModified = "Tue, 24 Nov 2026 08:00:00 GMT";
    if (req.headers["if-none-match"] === '"v1"' || req.headers["if-modified-since"] === lastModified) {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    send(res, 200, "text/html; charset=utf-8", arabicHtml("utf-8"), { etag: '"v1"', "last-modified": lastModified });
  });

  addFeedRoutes(site, routes, origin);
  return site;
}

export const ARTICLES: Record<string, { title: string; body: string }> = {
  "1": { title: "ارتفاع منسوب مياه النهر بعد الأمطار", body: "ارتفع منسوب مياه النهر إلى مستويات لم يشهدها منذ عشر سنوات بعد أمطار غزيرة استمرت ثلاثة أيام." },
  "2": { title: "افتتاح مدرسة جديدة في الحي الشرقي", body: "افتتحت البلدية مدرسة جديدة تتسع لخمسمئة طالب في الحي الشرقي من المدينة صباح الأحد." },
  "3": { title: "فوز المنتخب في المباراة الودية", body: "فاز المنتخب الوطني على ضيفه بهدفين مقابل هدف في مباراة ودية أقيمت مساء أمس." },
};

export function articleHtml(id: string): string {
  const a = ARTICLES[id]!;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${a.title}</title><link rel="canonical" href="/articles/${id}"></head><body><article><h1>${a.title}</h1><p>${a.body}</p><p>${a.body}</p></article></body></html>`;
}

/** An RSS 2.0 feed of the given article ids, with RELATIVE links (resolved against the feed URL). */
export function rssOf(ids: string[], extraItems = ""): string {
  const items = ids.map((id) => `<item><title>${ARTICLES[id]!.title}</title><link>/articles/${id}</link><guid isPermaLink="false">art-${id}</guid><pubDate>Tue, 24 Nov 2026 0${id}:00:00 GMT</pubDate></item>`).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الاختبار</title><link>/</link>${items}${extraItems}</channel></rss>`;
}

function addFeedRoutes(site: HostileSite, routes: Map<string, Handler>, origin: string): void {
  for (const id of Object.keys(ARTICLES)) routes.set(`/articles/${id}`, (_req, res) => send(res, 200, "text/html; charset=utf-8", articleHtml(id)));
  // Relative links, and the same article twice (once with tracking parameters).
  routes.set("/feeds/main.xml", (_req, res) =>
    send(res, 200, "application/rss+xml", rssOf(["1", "2"], `<item><title>${ARTICLES["1"]!.title}</title><link>/articles/1?utm_source=rss</link></item>`)),
  );
  // Malformed: HTML entities, a bare ampersand, double escaping, an unclosed item, no </rss>.
  routes.set("/feeds/broken.xml", (_req, res) =>
    send(
      res,
      200,
      "text/xml",
      `<rss version="2.0"><channel><title>أخبار &nbsp; & تقارير</title><item><title>تقرير &amp;quot;خاص&amp;quot; عن المدارس</title><link>${origin}/articles/2</link></item><item><title>${ARTICLES["3"]!.title}</title><link>/articles/3</link></channel>`,
    ),
  );
  // windows-1256 feed, declared in the XML prolog but mislabelled ISO-8859-1 in the header.
  routes.set("/feeds/cp1256.xml", (_req, res) =>
    send(res, 200, "application/rss+xml; charset=iso-8859-1", encodeWindows1256(rssOf(["3"]).replace('encoding="utf-8"', 'encoding="windows-1256"'))),
  );
  routes.set("/feeds/not-a-feed.xml", (_req, res) => send(res, 200, "application/xml", "<catalog><book>كتاب</book></catalog>"));
  // A page that names its feed with a relative <link rel="alternate">.
  routes.set("/home", (_req, res) =>
    send(res, 200, "text/html; charset=utf-8", `<!doctype html><html><head><title>الرئيسية</title><link rel="alternate" type="application/rss+xml" href="feeds/main.xml"></head><body>مرحبا</body></html>`),
  );
  // The site root names no feed: discovery falls back to robots.txt Sitemap: lines.
  routes.set("/", (_req, res) => send(res, 200, "text/html; charset=utf-8", "<!doctype html><html><head><title>موقع</title></head><body>لا خلاصات هنا</body></html>"));
  // A sitemap index of two sitemaps: a news sitemap and a gzipped plain one.
  routes.set("/sitemap-index.xml", (_req, res) =>
    send(
      res,
      200,
      "application/xml",
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemaps/news.xml</loc><lastmod>2026-11-24</lastmod></sitemap><sitemap><loc>/sitemaps/archive.xml.gz</loc><lastmod>2026-10-01</lastmod></sitemap></sitemapindex>`,
    ),
  );
  routes.set("/sitemaps/news.xml", (_req, res) =>
    send(
      res,
      200,
      "application/xml",
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${origin}/articles/1</loc><news:news><news:publication><news:name>موقع الاختبار</news:name><news:language>ar</news:language></news:publication><news:publication_date>2026-11-24T08:00:00Z</news:publication_date><news:title>${ARTICLES["1"]!.title}</news:title></news:news></url></urlset>`,
    ),
  );
  routes.set("/sitemaps/archive.xml.gz", (_req, res) =>
    send(res, 200, "application/gzip", gzipSync(Buffer.from(`<urlset><url><loc>${origin}/articles/2</loc></url><url><loc>${origin}/articles/3</loc></url></urlset>`))),
  );
  void site;
}
