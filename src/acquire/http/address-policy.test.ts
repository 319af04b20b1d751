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
