/**
 * Outbound safety: the crawler refuses to connect to private, loopback, link-local and other
 * special addresses unless told otherwise, checked after DNS resolution (the socket connects to
 * the address that was checked, so DNS rebinding cannot slip past) and for IP literals in URLs.
 */
import dns from "node:dns";
import net from "node:net";
import type { LookupFunction } from "node:net";

const BLOCKED_V4: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata lives here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

const BLOCKED_V6: Array<[string, number]> = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
  ["64:ff9b::", 96], // NAT64 (embeds IPv4)
];

/** What the policy lets through beyond public addresses. */
export interface AddressPolicyOptions {
  /** Allow every private and loopback address (the local portal, tests). */
  allowPrivate?: boolean;
  /** Single addresses or CIDR ranges allowed although special, e.g. `127.0.0.1` or `10.0.0.0/8`. */
  allow?: readonly string[];
}

/** Decides which resolved addresses the crawler may connect to. */
export class AddressPolicy {
  private readonly blocked = new net.BlockList();
  private readonly allowed = new net.BlockList();
  private readonly allowPrivate: boolean;

  constructor(options: AddressPolicyOptions = {}) {
    this.allowPrivate = options.allowPrivate ?? false;
    for (const [address, prefix] of BLOCKED_V4) this.blocked.addSubnet(address, prefix, "ipv4");
    for (const [address, prefix] of BLOCKED_V6) this.blocked.addSubnet(address, prefix, "ipv6");
    for (const entry of options.allow ?? []) {
      const [address = "", prefixText] = entry.split("/");
      const family = net.isIPv6(address) ? "ipv6" : net.isIPv4(address) ? "ipv4" : null;
      if (!family) throw new Error(`allowed address "${entry}" is not an IP address or CIDR range`);
      if (prefixText === undefined) this.allowed.addAddress(address, family);
      else this.allowed.addSubnet(address, Number(prefixText), family);
    }
  }

  /**
   * True when the crawler may connect to `address` (an IP literal).
   * @example new AddressPolicy().isAllowed("127.0.0.1") // false
   */
  isAllowed(address: string): boolean {
    const family = net.isIPv6(address) ? "ipv6" : "ipv4";
    if (family === "ipv6") {
      const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
      if (mapped?.[1]) return this.isAllowed(mapped[1]);
    }
    if (this.allowed.check(address, family)) return true;
    if (this.allowPrivate) return true;
    return !this.blocked.check(address, family);
  }

  /** The reason `hostname` is refused when it is an IP literal, else null (names are checked at lookup). */
  refuseLiteral(hostname: string): string | null {
    const bare = hostname.replace(/^\[|\]$/g, "");
    if (!net.isIP(bare)) return null;
    return this.isAllowed(bare) ? null : `address ${bare} is private, loopback or reserved`;
  }

  /** A `dns.lookup` replacement for the HTTP agent: resolves, then drops refused addresses. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = (addresses as dns.LookupAddress[]).filter((a) => this.isAllowed(a.address));
      if (list.length === 0) {
        const refused = new Error(
          `${hostname} resolves only to refused addresses (${(addresses as dns.LookupAddress[]).map((a) => a.address).join(", ")})`,
        ) as NodeJS.ErrnoException;
        refused.code = "EVDPBLOCKED";
        return callback(refused, "", 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}
