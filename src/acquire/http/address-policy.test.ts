import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyAddress, createSafeLookup, ForbiddenAddressError, refusalForHost } from "./address-policy.js";
import type { LookupAddress } from "node:dns";

test("classifyAddress names each refused range", () => {
  const cases: [string, string | null][] = [
    ["127.0.0.1", "loopback"],
    ["127.5.6.7", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["255.255.255.255", "reserved"],
    ["not an ip", "reserved"],
  ];
  for (const [address, expected] of cases) assert.equal(classifyAddress(address), expected, address);
});

test("classifyAddress lets public addresses through", () => {
  for (const address of ["8.8.8.8", "172.32.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8", "100.128.0.1"]) {
    assert.equal(classifyAddress(address), null, address);
  }
});

test("refusalForHost checks IP literals and localhost names, not other names", () => {
  assert.equal(refusalForHost("[::1]")?.reason, "loopback");
  assert.equal(refusalForHost("192.168.0.10")?.reason, "private");
  assert.equal(refusalForHost("app.localhost")?.reason, "loopback");
  assert.equal(refusalForHost("example.org"), null);
  assert.equal(refusalForHost("93.184.216.34"), null);
});

function lookupWith(addresses: LookupAddress[], all: boolean): Promise<{ err: Error | null; result: unknown }> {
  const lookup = createSafeLookup(async () => addresses);
  return new Promise((resolve) => lookup("news.example", { all }, (err, result) => resolve({ err, result })));
}

test("safe lookup drops refused addresses and keeps public ones", async () => {
  const mixed = [
    { address: "10.0.0.1", family: 4 },
    { address: "8.8.4.4", family: 4 },
  ];
  assert.deepEqual((await lookupWith(mixed, true)).result, [{ address: "8.8.4.4", family: 4 }]);
  assert.equal((await lookupWith(mixed, false)).result, "8.8.4.4");
});

test("safe lookup fails with the reason when only refused addresses remain", async () => {
  const { err } = await lookupWith([{ address: "127.0.0.1", family: 4 }], false);
  assert.ok(err instanceof ForbiddenAddressError);
  assert.match(err.message, /news\.example resolves to 127\.0\.0\.1, which is a loopback address/);
});

/** The metadata endpoints as an attacker spells them in a URL; the URL parser folds each one. */
export const METADATA_URL_SPELLINGS = [
  "http://169.254.169.254/latest/meta-data/",
  "http://2852039166/",
  "http://0xa9fea9fe/",
  "http://0xA9.0xFE.0xA9.0xFE/",
  "http://0251.0376.0251.0376/",
  "http://169.254.43518/",
  "http://169.16689662/",
  "http://[::ffff:169.254.169.254]/",
  "http://[::ffff:a9fe:a9fe]/",
  "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",
  "http://[64:ff9b::a9fe:a9fe]/",
  "http://169.254.170.2/v2/credentials",
  "http://100.100.100.200/latest/meta-data/",
  "http://[fd00:ec2::254]/latest/meta-data/",
  "http://[FD00:EC2:0:0:0:0:0:254]/",
  "http://[fd00:0ec2::0254]/",
  "http://[fd20:ce::254]/",
  "http://metadata.google.internal/computeMetadata/v1/",
  "http://METADATA.GOOGLE.INTERNAL/",
  "http://metadata.google.internal./",
  "http://metadata.google.internal../",
  "http://metadata/computeMetadata/v1/",
  "http://metadata.goog/",
  "http://instance-data.ec2.internal/",
];

for (const spelling of METADATA_URL_SPELLINGS) {
  test(`refusalForHost: ${spelling} is a metadata endpoint, refused with and without allowPrivate`, () => {
    const host = new URL(spelling).hostname;
    for (const allowPrivate of [false, true]) {
      const refusal = refusalForHost(host, { allowPrivate });
      assert.equal(refusal?.reason, "metadata", `${spelling} allowPrivate=${allowPrivate}`);
      assert.match(refusal.message, /never fetches it, even with --allow-private/);
    }
  });
}

test("allowPrivate opens loopback and private ranges only", () => {
  const open = { allowPrivate: true };
  for (const host of ["127.0.0.1", "[::1]", "10.1.2.3", "192.168.1.1", "172.20.0.5", "[fd12:3456::1]", "localhost", "app.localhost"]) {
    assert.equal(refusalForHost(host, open), null, host);
  }
  for (const [host, reason] of [["169.254.1.1", "link-local"], ["[fe80::1]", "link-local"], ["224.0.0.1", "multicast"], ["0.0.0.0", "unspecified"], ["240.0.0.1", "reserved"]] as const) {
    assert.equal(refusalForHost(host, open)?.reason, reason, host);
  }
});

test("safe lookup refuses a name resolving to a metadata address with allowPrivate, and a metadata name before resolving it", async () => {
  let resolved = 0;
  const resolver = async () => {
    resolved++;
    return [{ address: "169.254.169.254", family: 4 }];
  };
  const lookup = createSafeLookup(resolver, { allowPrivate: true });
  const call = (host: string) => new Promise<Error | null>((resolve) => lookup(host, { all: true }, (err) => resolve(err)));
  const rebound = await call("intranet.example");
  assert.ok(rebound instanceof ForbiddenAddressError);
  assert.equal(rebound.reason, "metadata");
  const named = await call("Metadata.Google.Internal.");
  assert.ok(named instanceof ForbiddenAddressError);
  assert.equal(resolved, 1);
});
