/**
 * Which network addresses marsad may connect to. Rules:
 * - Refused by default: unspecified, loopback, private (RFC 1918, IPv6 ULA), shared/CGNAT,
 *   link-local, multicast, reserved/benchmark/documentation ranges and cloud metadata endpoints.
 * - `allowPrivate` (`--allow-private`) opens loopback and private ranges only. Cloud metadata
 *   endpoints are refused always, by address (169.254.169.254, fd00:ec2::254…) and by name
 *   (metadata.google.internal…), in every spelling: the URL parser folds decimal, hex, octal and
 *   short IPv4 forms and IPv6 case and zeros; names are compared lower-case without trailing dots.
 *   Link-local, multicast, unspecified and reserved addresses stay refused too: metadata and
 *   container credential services live in link-local space (169.254.170.2), nothing news does.
 * - IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address they carry.
 * - The check runs on the RESOLVED address inside the socket's DNS lookup (see `safeLookup`), so a
 *   name that resolves to a private address, or re-resolves to one later (DNS rebinding), is refused
 *   at every connection, not only when the URL is first seen. IP literals skip DNS, so
 *   `refusalForHost` checks them before a request is made.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

export type RefusalReason = "unspecified" | "loopback" | "private" | "link-local" | "multicast" | "metadata" | "reserved";

const REASON_TEXT: Record<RefusalReason, string> = {
  unspecified: "an unspecified address",
  loopback: "a loopback address",
  private: "a private-network address",
  "link-local": "a link-local address",
  multicast: "a multicast address",
  metadata: "a cloud metadata endpoint",
  reserved: "a reserved address",
};

// Order matters: metadata endpoints sit inside link-local/shared ranges and must be named as such.
const RULES: [RefusalReason, BlockList][] = [];
function rule(reason: RefusalReason, v4: string[], v6: string[]): void {
  const list = new BlockList();
  for (const cidr of v4) addCidr(list, cidr, "ipv4");
  for (const cidr of v6) addCidr(list, cidr, "ipv6");
  RULES.push([reason, list]);
}
function addCidr(list: BlockList, cidr: string, family: "ipv4" | "ipv6"): void {
  const [net, bits] = cidr.split("/");
  if (bits === undefined) list.addAddress(net!, family);
  else list.addSubnet(net!, Number(bits), family);
}

// AWS/GCP/Azure/OpenStack/DigitalOcean 169.254.169.254, AWS ECS task credentials 169.254.170.2,
// Tencent 169.254.0.23, Alibaba 100.100.100.200, Azure wireserver 168.63.129.16, Oracle
// 192.0.0.192; AWS IPv6 fd00:ec2::/32 (metadata fd00:ec2::254, DNS ::253), GCP IPv6 fd20:ce::254.
rule("metadata", ["169.254.169.254", "169.254.170.2", "169.254.0.23", "100.100.100.200", "168.63.129.16", "192.0.0.192"], ["fd00:ec2::/32", "fd20:ce::254"]);
rule("unspecified", ["0.0.0.0/8"], ["::/128"]);
rule("loopback", ["127.0.0.0/8"], ["::1/128"]);
rule("private", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"], ["fc00::/7"]);
rule("link-local", ["169.254.0.0/16"], ["fe80::/10"]);
rule("multicast", ["224.0.0.0/4"], ["ff00::/8"]);
// IETF protocol assignments, TEST-NETs, benchmarking, 6to4 relay, class E and broadcast; IPv6
// documentation, discard-only, ORCHID and site-local (deprecated but still routed in labs).
rule(
  "reserved",
  ["192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "192.88.99.0/24", "240.0.0.0/4"],
  ["2001:db8::/32", "100::/64", "2001:10::/28", "fec0::/10"],
);

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Why an IP address is refused, or null when it is a public address. */
export function classifyAddress(address: string): RefusalReason | null {
  const family = isIP(address);
  if (family === 0) return "reserved";
  if (family === 6) {
    const embedded = embeddedIpv4(address);
    if (embedded) return classifyAddress(embedded);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const [reason, list] of RULES) if (list.check(address, type)) return reason;
  return null;
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) address. */
function embeddedIpv4(address: string): string | null {
  const dotted = MAPPED_V4.exec(address);
  if (dotted) return dotted[1]!;
  const words = expandIpv6(address);
  if (!words) return null;
  const isMapped = words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff;
  const isNat64 = words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0);
  if (!isMapped && !isNat64) return null;
  return [words[6]! >> 8, words[6]! & 0xff, words[7]! >> 8, words[7]! & 0xff].join(".");
}

function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split(".").map(Number) as [number, number, number, number];
    text = text.slice(0, -v4[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return null;
  const words = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right].map((w) => parseInt(w, 16));
  return words.length === 8 && words.every((w) => w >= 0 && w <= 0xffff) ? words : null;
}

/** What may be connected to beyond public addresses. */
export interface AddressPolicy {
  /** Loopback and private ranges (never metadata, link-local, multicast or reserved ones). */
  allowPrivate: boolean;
}

export const STRICT_POLICY: AddressPolicy = { allowPrivate: false };

const OPENED_BY_ALLOW_PRIVATE = new Set<RefusalReason>(["loopback", "private"]);

/** Whether an address of this kind is refused under the policy (null = public, never refused). */
export function isRefused(reason: RefusalReason | null, policy: AddressPolicy): reason is RefusalReason {
  if (reason === null) return false;
  return !(policy.allowPrivate && OPENED_BY_ALLOW_PRIVATE.has(reason));
}

/**
 * Host names of metadata services, refused whatever they resolve to (marsad may run where they
 * resolve, and a name need not resolve to the listed addresses): GCP's, AWS's, Tencent's.
 */
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal", "metadata.tencentyun.com"]);

/** A host name as compared: lower-case, without the trailing dots of a fully qualified name. */
function canonicalName(host: string): string {
  return host.toLowerCase().replace(/\.+$/, "");
}

/** Human-readable reason, e.g. `127.0.0.1 is a loopback address`. */
export function describeRefusal(address: string, reason: RefusalReason, host?: string): string {
  const subject = host && host !== address ? `${host} resolves to ${address}, which is` : `${address} is`;
  const remedy = OPENED_BY_ALLOW_PRIVATE.has(reason)
    ? "pass --allow-private or set MARSAD_ALLOW_PRIVATE=1 to allow it"
    : reason === "metadata"
      ? "marsad never fetches it, even with --allow-private"
      : "--allow-private opens only loopback and private networks";
  return `${subject} ${REASON_TEXT[reason]}; ${remedy}`;
}

/** Thrown inside the connection's DNS lookup; carried as the `cause` of the request error. */
export class ForbiddenAddressError extends Error {
  readonly code = "MARSAD_FORBIDDEN_ADDRESS";
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: RefusalReason,
  ) {
    super(describeRefusal(address, reason, host));
    this.name = "ForbiddenAddressError";
  }
}

/**
 * Refusal for a URL host decided before any DNS lookup, else null: IP literals (no lookup happens
 * for those), localhost names and metadata service names.
 */
export function refusalForHost(hostname: string, policy: AddressPolicy = STRICT_POLICY): ForbiddenAddressError | null {
  const host = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
  if (isIP(host) === 0) {
    const name = canonicalName(host);
    if (METADATA_NAMES.has(name)) return new ForbiddenAddressError(host, host, "metadata");
    if ((name === "localhost" || name.endsWith(".localhost")) && !policy.allowPrivate) return new ForbiddenAddressError(host, "127.0.0.1", "loopback");
    return null;
  }
  const reason = classifyAddress(host);
  return isRefused(reason, policy) ? new ForbiddenAddressError(host, host, reason) : null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves a host name to every address it has (the system resolver by default). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/**
 * A `net.connect` lookup that resolves with `resolver` and drops the addresses the policy refuses;
 * when none is left the connection fails with a ForbiddenAddressError. Handles both the
 * single-address and the `all: true` (happy eyeballs) call forms, and the `family` option.
 */
export function createSafeLookup(resolver: Resolver = systemResolver, policy: AddressPolicy = STRICT_POLICY) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const named = refusalForHost(hostname, policy);
    if (named) return callback(named as unknown as NodeJS.ErrnoException, options.all ? [] : "", undefined);
    resolver(hostname).then(
      (resolved) => {
        const addresses = options.family === 4 || options.family === 6 ? resolved.filter((a) => a.family === options.family) : resolved;
        const allowed = addresses.filter((a) => !isRefused(classifyAddress(a.address), policy));
        if (allowed.length === 0) {
          const first = addresses[0];
          const refusal = first
            ? new ForbiddenAddressError(hostname, first.address, classifyAddress(first.address) ?? "reserved")
            : Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
          return callback(refusal as NodeJS.ErrnoException, options.all ? [] : "", undefined);
        }
        if (options.all) return callback(null, allowed);
        callback(null, allowed[0]!.address, allowed[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, options.all ? [] : "", undefined),
    );
  };
}

/** Finds a ForbiddenAddressError anywhere in an error's cause chain. */
export function findRefusal(error: unknown): ForbiddenAddressError | null {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ForbiddenAddressError) return e;
  }
  return null;
}
