/**
 * The address marsad is given for a suite's saved page: the URL the suite's gold records for it, as
 * a fetch would have carried it (`fetchPage` puts the final URL on the Page). Readability's test
 * pages have no address; suites.mjs gives them the placeholder Readability's own tests use
 * (`http://fakehost/test/page.html`), which names no site and is not passed on. The address is
 * normalized as `marsad extract --url` normalizes it (WHATWG URL serialization).
 */
const PLACEHOLDER_HOST = "fakehost";

export function pageAddress(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    const address = new URL(url);
    return address.hostname === PLACEHOLDER_HOST ? null : address.href;
  } catch {
    return null;
  }
}
