import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { HttpClient, parseRetryAfter, userAgentFor, type HttpClientOptions } from "./client.js";
import { ARABIC_PAGE_TITLE, startHostileSite, type HostileSite } from "./hostile-site.js";
import { decodeResponse } from "./charset.js";

/**
 * Timeouts long enough that a loaded machine never turns a normal answer into a timeout; the cases
 * about timeouts set their own short ones (a timeout firing late only makes them slower).
 */
const TEST_OPTIONS: Partial<HttpClientOptions> = {
  allowPrivate: true,
  connectTimeoutMs: 20_000,
  headersTimeoutMs: 20_000,
  bodyIdleTimeoutMs: 20_000,
  totalTimeoutMs: 30_000,
  retryBaseMs: 20,
  maxRetryAfterMs: 2000,
  limiter: { hostIntervalMs: 0, hostConcurrency: 4 },
};

let site: HostileSite;
const clients: HttpClient[] = [];
function client(extra: Partial<HttpClientOptions> = {}): HttpClient {
  const c = new HttpClient({ ...TEST_OPTIONS, ...extra });
  clients.push(c);
  return c;
}

before(async () => {
  site = await startHostileSite();
});
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await site.close();
});

describe("hostile site", () => {
  test("a plain page is fetched with marsad's User-Agent and contact", async () => {
    const c = client({ contact: "https://example.org/marsad-contact" });
    const r = await c.fetch(site.url("/ok"));
    assert.equal(r.value?.status, 200);
    assert.equal(site.lastHeaders.get("/ok")?.["user-agent"], "marsad/0.1.0 (+https://example.org/marsad-contact)");
  });

  test("slow drip: the total deadline ends the request with a timeout issue, not retried", async () => {
    const before = site.hits.get("/drip") ?? 0;
    const r = await client({ totalTimeoutMs: 1500, bodyIdleTimeoutMs: 1000 }).fetch(site.url("/drip"));
    assert.equal(r.value, null);
    assert.equal(r.issues[0]?.code, "fetch-timeout");
    assert.equal((site.hits.get("/drip") ?? 0) - before, 1, "not retried past the deadline");
  });

  test("a server that never answers hits the headers timeout", async () => {
    const r = await client({ retries: 0, headersTimeoutMs: 300 }).fetch(site.url("/silent"));
    assert.equal(r.issues[0]?.code, "fetch-timeout");
    assert.match(r.issues[0]?.detail ?? "", /headers/);
  });

  test("redirect loop: stops after 5 redirects", async () => {
    const r = await client().fetch(site.url("/loop/a"));
    assert.equal(r.value, null);
    assert.equal(r.issues[0]?.code, "fetch-too-many-redirects");
  });

  test("5 redirects are followed, 6 are not", async () => {
    const five = await client().fetch(site.url("/chain?n=4"));
    assert.equal(five.value?.status, 200);
    assert.equal(five.value?.redirects.length, 5);
    assert.equal(five.value?.url, site.url("/ok"));
    const six = await client().fetch(site.url("/chain?n=5"));
    assert.equal(six.issues[0]?.code, "fetch-too-many-redirects");
  });

  test("a redirect to file: is refused", async () => {
    const r = await client().fetch(site.url("/to-file"));
    assert.equal(r.issues[0]?.code, "fetch-refused");
    assert.equal(r.issues[0]?.actual, "file");
  });

  // How much of a bomb is read before the cap stops it is measured in body.test.ts (bytes pulled
  // from the stream), not here through process memory, which the whole process shares.
  test("gzip bomb: decompression stops at the cap", async () => {
    const r = await client({ maxBytes: 1024 * 1024 }).fetch(site.url("/bomb"));
    assert.equal(r.issues[0]?.code, "input-too-large");
    assert.match(r.issues[0]?.detail ?? "", /after decompression/);
  });

  test("a gzipped page is decoded", async () => {
    const r = await client().fetch(site.url("/gzipped"));
    assert.ok(r.value);
    assert.ok(new TextDecoder().decode(r.value.body).includes(ARABIC_PAGE_TITLE));
  });

  test("30 MB page without Content-Length: stopped at the 20 MB default cap", async () => {
    const r = await client().fetch(site.url("/huge"));
    assert.equal(r.issues[0]?.code, "input-too-large");
  });

  test("30 MB announced by Content-Length: refused before reading", async () => {
    const r = await client().fetch(site.url("/huge-declared"));
    assert.equal(r.issues[0]?.code, "input-too-large");
    assert.match(r.issues[0]?.actual ?? "", /Content-Length/);
  });

  test("wrong charset header: windows-1256 bytes labelled ISO-8859-1 decode to Arabic", async () => {
    const r = await client().fetch(site.url("/wrong-charset"));
    const d = decodeResponse(r.value!.body, r.value!.url, r.value!.headers["content-type"]);
    assert.equal(d.value?.charset, "windows-1256");
    assert.ok(d.value?.text.includes(ARABIC_PAGE_TITLE));
  });

  test("windows-1256 page, labelled in the header or only in <meta>", async () => {
    for (const path of ["/cp1256", "/cp1256-meta"]) {
      const r = await client().fetch(site.url(path));
      const d = decodeResponse(r.value!.body, path, r.value!.headers["content-type"]);
      assert.equal(d.value?.charset, "windows-1256", path);
      assert.equal(d.value?.step, path === "/cp1256" ? "header" : "document");
      assert.ok(d.value?.text.includes(ARABIC_PAGE_TITLE), path);
    }
  });

  test("UTF-8 bytes labelled windows-1256 are read as UTF-8", async () => {
    const r = await client().fetch(site.url("/utf8-labelled-1256"));
    const d = decodeResponse(r.value!.body, "x", r.value!.headers["content-type"]);
    assert.equal(d.value?.charset, "utf-8");
    assert.ok(d.value?.text.includes(ARABIC_PAGE_TITLE));
  });

  test("robots.txt disallow is obeyed, and --ignore-robots overrides it with a log line", async () => {
    const r = await client().fetch(site.url("/private/secret"));
    assert.equal(r.issues[0]?.code, "robots-disallowed");
    const lines: string[] = [];
    const ignoring = await client({ ignoreRobots: true, log: (l) => lines.push(l) }).fetch(site.url("/private/secret"));
    assert.equal(ignoring.value?.status, 200);
    assert.ok(lines.some((l) => /robots\.txt is being ignored/.test(l)));
  });

  test("robots.txt is fetched once per client", async () => {
    const c = client();
    const before = site.hits.get("/robots.txt") ?? 0;
    await c.fetch(site.url("/ok"));
    await c.fetch(site.url("/ok"));
    await c.fetch(site.url("/gzipped"));
    assert.equal((site.hits.get("/robots.txt") ?? 0) - before, 1);
  });

  test("429 with Retry-After: 1 is retried after about a second", async () => {
    const started = Date.now();
    const r = await client().fetch(site.url("/busy?k=retry"));
    assert.equal(r.value?.status, 200);
    assert.ok(Date.now() - started >= 900);
  });

  test("a Retry-After longer than the bound fails at once, saying so", async () => {
    const before = site.hits.get("/busy-for-an-hour") ?? 0;
    const r = await client().fetch(site.url("/busy-for-an-hour"));
    assert.equal(r.issues[0]?.code, "fetch-retry-too-long");
    assert.match(r.issues[0]?.actual ?? "", /3600 s/);
    assert.equal((site.hits.get("/busy-for-an-hour") ?? 0) - before, 1, "asked once, not retried");
  });

  test("5xx is retried with backoff, then reported", async () => {
    const before = site.hits.get("/always-500") ?? 0;
    const r = await client({ retries: 2 }).fetch(site.url("/always-500"));
    assert.equal(r.issues[0]?.code, "fetch-http-error");
    assert.equal(r.issues[0]?.actual, "HTTP 500");
    assert.equal((site.hits.get("/always-500") ?? 0) - before, 3);
  });

  test("304: the second conditional fetch sends the ETag and comes back not modified", async () => {
    const c = client();
    const first = await c.fetch(site.url("/etag"), { conditional: true });
    assert.equal(first.value?.status, 200);
    const second = await c.fetch(site.url("/etag"), { conditional: true });
    assert.equal(second.value?.notModified, true);
    assert.equal(second.value?.body.length, 0);
    assert.equal(site.lastHeaders.get("/etag")?.["if-none-match"], '"v1"');
    const unconditional = await c.fetch(site.url("/etag"));
    assert.equal(unconditional.value?.status, 200);
  });

  test("a 404 is an issue naming the URL", async () => {
    const r = await client().fetch(site.url("/nowhere"));
    assert.equal(r.issues[0]?.code, "fetch-http-error");
    assert.equal(r.issues[0]?.input, site.url("/nowhere"));
  });
});

describe("safety without allowPrivate", () => {
  test("a loopback IP is refused before connecting, saying why", async () => {
    const before = site.hits.get("/ok") ?? 0;
    const r = await client({ allowPrivate: false }).fetch(site.url("/ok"));
    assert.equal(r.issues[0]?.code, "fetch-refused");
    assert.match(r.issues[0]?.detail ?? "", /127\.0\.0\.1 is a loopback address/);
    assert.match(r.issues[0]?.detail ?? "", /--allow-private/);
    assert.equal(site.hits.get("/ok") ?? 0, before);
  });

  test("a host NAME resolving to loopback is refused on its resolved address", async () => {
    const port = new URL(site.origin).port;
    const resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    const r = await client({ allowPrivate: false, retries: 0, resolver }).fetch(`http://news.example:${port}/ok`);
    assert.equal(r.issues[0]?.code, "fetch-refused");
    assert.match(r.issues[0]?.detail ?? "", /news\.example resolves to 127\.0\.0\.1, which is a loopback address/);
  });

  test("DNS rebinding: a name that resolved to a public address is re-checked at the next connection", async () => {
    const port = new URL(site.origin).port;
    let calls = 0;
    // First lookup (robots.txt) answers with a metadata address, as a rebinding attacker would after a public first answer.
    const resolver = async () => (calls++ === 0 ? [{ address: "169.254.169.254", family: 4 }] : [{ address: "10.0.0.7", family: 4 }]);
    const r = await client({ allowPrivate: false, retries: 0, ignoreRobots: true, resolver }).fetch(`http://rebind.example:${port}/ok`);
    assert.match(r.issues[0]?.detail ?? "", /cloud metadata endpoint/);
    const again = await client({ allowPrivate: false, retries: 0, ignoreRobots: true, resolver }).fetch(`http://rebind.example:${port}/ok`);
    assert.match(again.issues[0]?.detail ?? "", /10\.0\.0\.7, which is a private-network address/);
  });

  test("non-http schemes are refused", async () => {
    const r = await client({ allowPrivate: false }).fetch("ftp://example.org/feed.xml");
    assert.equal(r.issues[0]?.code, "fetch-refused");
  });
});

describe("safety with allowPrivate", () => {
  test("a redirect from an allowed intranet site to a metadata endpoint is refused, in every spelling", async () => {
    const targets = ["http://169.254.169.254/latest/meta-data/", "http://2852039166/", "http://[::ffff:a9fe:a9fe]/", "http://[fd00:ec2::254]/", "http://metadata.google.internal/computeMetadata/v1/"];
    for (const [n, target] of targets.entries()) {
      site.route(`/to-metadata-${n}`, (_req, res) => {
        res.writeHead(302, { location: target });
        res.end();
      });
      const r = await client({ retries: 0 }).fetch(site.url(`/to-metadata-${n}`));
      assert.equal(r.issues[0]?.code, "fetch-refused", target);
      assert.match(r.issues[0]?.detail ?? "", /cloud metadata endpoint; marsad never fetches it/, target);
    }
  });

  test("a host name resolving to a metadata address is refused with allowPrivate", async () => {
    const port = new URL(site.origin).port;
    const resolver = async () => [{ address: "169.254.169.254", family: 4 }];
    const r = await client({ retries: 0, ignoreRobots: true, resolver }).fetch(`http://intranet.example:${port}/ok`);
    assert.equal(r.issues[0]?.code, "fetch-refused");
    assert.match(r.issues[0]?.detail ?? "", /intranet\.example resolves to 169\.254\.169\.254, which is a cloud metadata endpoint/);
  });
});

describe("helpers", () => {
  test("parseRetryAfter reads seconds and HTTP dates", () => {
    assert.equal(parseRetryAfter("120", 0), 120_000);
    assert.equal(parseRetryAfter("Wed, 25 Nov 2026 10:00:10 GMT", Date.parse("2026-11-25T10:00:00Z")), 10_000);
    assert.equal(parseRetryAfter("soon", 0), null);
    assert.equal(parseRetryAfter(undefined, 0), null);
  });

  test("userAgentFor names marsad", () => {
    assert.equal(userAgentFor(null), "marsad/0.1.0");
    assert.equal(userAgentFor("mailto:ops@example.org"), "marsad/0.1.0 (+mailto:ops@example.org)");
  });

  test("unknown options are rejected", () => {
    assert.throws(() => new HttpClient({ nope: 1 } as unknown as Partial<HttpClientOptions>), /unknown option "nope"/);
  });
});

describe("robots.txt cap", () => {
  test("only the first 500 KiB of robots.txt are read", async () => {
    const own = await startHostileSite();
    try {
      const filler = "# " + "x".repeat(98) + "\n";
      own.route("/robots.txt", (_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end(`User-agent: *\nDisallow: /early\n${filler.repeat(6000)}Disallow: /late\n`);
      });
      own.route("/late", (_req, res) => void res.end("late"));
      own.route("/early", (_req, res) => void res.end("early"));
      const c = client();
      assert.equal((await c.fetch(own.url("/early"))).issues[0]?.code, "robots-disallowed");
      assert.equal((await c.fetch(own.url("/late"))).value?.status, 200);
    } finally {
      await own.close();
    }
  });
});

describe("robots.txt Crawl-delay", () => {
  test("requests to a host that asks for a 1 s Crawl-delay are spaced by it", async () => {
    const own = await startHostileSite();
    try {
      own.route("/robots.txt", (_req, res) => void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nCrawl-delay: 1\n"));
      const c = client();
      await c.fetch(own.url("/ok"));
      const started = Date.now();
      await c.fetch(own.url("/gzipped"));
      assert.ok(Date.now() - started >= 900, "second request waited for the Crawl-delay");
    } finally {
      await own.close();
    }
  });
});
