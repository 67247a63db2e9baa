import { describe, expect, it } from "vitest";
import { AddressPolicy } from "../../crawlers/address-policy.ts";
import { backoffDelayMs, parseRetryAfter } from "../../crawlers/backoff.ts";
import { ConcurrencyLimit } from "../../crawlers/concurrency-limit.ts";
import { crawlerOptionsFromEnv } from "../../crawlers/crawler-options.ts";
import { HostThrottle } from "../../crawlers/host-throttle.ts";
import { parseRobots } from "../../crawlers/robots.ts";

describe("AddressPolicy", () => {
  const strict = new AddressPolicy();
  it.each([
    ["127.0.0.1", false], ["10.1.2.3", false], ["172.16.0.1", false], ["192.168.1.1", false], ["169.254.169.254", false],
    ["100.64.0.1", false], ["0.0.0.0", false], ["::1", false], ["fe80::1", false], ["fd00::1", false], ["::ffff:127.0.0.1", false],
    ["203.113.131.1", true], ["8.8.8.8", true], ["2001:4860:4860::8888", true], ["::ffff:8.8.8.8", true],
  ])("%s allowed by default: %s", (ip, allowed) => {
    expect(strict.isAllowed(ip)).toBe(allowed);
  });

  it("opens exactly what the allowlist names", () => {
    const policy = new AddressPolicy({ allow: ["127.0.0.1", "10.5.0.0/16"] });
    expect([policy.isAllowed("127.0.0.1"), policy.isAllowed("127.0.0.2"), policy.isAllowed("10.5.9.9"), policy.isAllowed("10.6.0.1")]).toEqual([true, false, true, false]);
    expect(new AddressPolicy({ allowPrivate: true }).isAllowed("192.168.0.10")).toBe(true);
    expect(() => new AddressPolicy({ allow: ["localhost"] })).toThrow(/localhost/);
  });

  it("refuses IP literals in URLs and leaves names to the DNS check", () => {
    expect(strict.refuseLiteral("127.0.0.1")).toMatch(/private, loopback/);
    expect(strict.refuseLiteral("[::1]")).toMatch(/private, loopback/);
    expect(strict.refuseLiteral("example.vn")).toBeNull();
  });
});

describe("backoff", () => {
  it("doubles per retry up to the cap, with full jitter", () => {
    const o = { retryBaseMs: 100, retryMaxMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, o, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelayMs(3, o, () => 0)).toBe(0);
    expect(backoffDelayMs(3, o, () => 0.5)).toBe(200);
  });

  it.each([
    ["2", 2000], ["0", 0], [" 1.5 ", 1500], ["Wed, 21 Oct 2015 07:28:00 GMT", 60_000], ["soon", null], [undefined, null],
  ])("Retry-After %s → %s", (value, expected) => {
    expect(parseRetryAfter(value, Date.parse("Wed, 21 Oct 2015 07:27:00 GMT"))).toBe(expected);
  });
});

describe("HostThrottle and ConcurrencyLimit", () => {
  it("spaces requests to one host by the delay and lets other hosts go", async () => {
    const throttle = new HostThrottle(1, 100);
    const starts: Record<string, number[]> = { a: [], b: [] };
    const t0 = Date.now();
    await Promise.all(
      ["a", "a", "a", "b"].map(async (host) => {
        const release = await throttle.acquire(host);
        starts[host]!.push(Date.now() - t0);
        await new Promise((r) => setTimeout(r, 10));
        release();
      }),
    );
    const a = starts.a!;
    expect(a[1]! - a[0]!).toBeGreaterThanOrEqual(105);
    expect(a[2]! - a[1]!).toBeGreaterThanOrEqual(105);
    expect(starts.b![0]!).toBeLessThan(50);
  });

  it("raises a host's delay from Crawl-delay but never below the default", () => {
    const throttle = new HostThrottle(1, 500);
    throttle.setDelay("a", 2000);
    throttle.setDelay("b", 10);
    expect([throttle.delayFor("a"), throttle.delayFor("b"), throttle.delayFor("c")]).toEqual([2000, 500, 500]);
  });

  it("caps concurrency globally", async () => {
    const limit = new ConcurrencyLimit(3);
    let active = 0;
    let peak = 0;
    await Promise.all(Array.from({ length: 10 }, () => limit.run(async () => {
      peak = Math.max(peak, ++active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
    })));
    expect(peak).toBe(3);
  });
});

describe("robots.txt and options", () => {
  it("reads rules, Crawl-delay and sitemaps for our agent", () => {
    const rules = parseRobots("https://a.vn/robots.txt", "User-agent: *\nDisallow: /admin\nCrawl-delay: 2.5\nSitemap: https://a.vn/s.xml\n\nUser-agent: vdp\nDisallow: /khong-cho-vdp\n", "vdp/0.1");
    expect(rules.isAllowed("https://a.vn/tin/1")).toBe(true);
    expect(rules.isAllowed("https://a.vn/khong-cho-vdp/1")).toBe(false);
    expect(rules.sitemaps).toEqual(["https://a.vn/s.xml"]);
    expect(parseRobots("https://a.vn/robots.txt", "User-agent: *\nCrawl-delay: 2.5", "vdp/0.1").crawlDelayMs).toBe(2500);
  });

  it("parses settings from the environment and names a bad one", () => {
    expect(crawlerOptionsFromEnv({ VDP_HOST_DELAY_MS: "0", VDP_ALLOW_ADDRESSES: "127.0.0.1, 10.0.0.0/8" })).toMatchObject({ hostDelayMs: 0, allowAddresses: ["127.0.0.1", "10.0.0.0/8"] });
    expect(() => crawlerOptionsFromEnv({ VDP_CONCURRENCY: "many" })).toThrow(/VDP_CONCURRENCY/);
    expect(crawlerOptionsFromEnv({}).robotsMaxAgeMs).toBe(24 * 60 * 60 * 1000);
    expect(crawlerOptionsFromEnv({ VDP_ROBOTS_MAX_AGE_MS: "3600000" }).robotsMaxAgeMs).toBe(3_600_000);
    expect(() => crawlerOptionsFromEnv({ VDP_ROBOTS_MAX_AGE_MS: "-1" })).toThrow(/VDP_ROBOTS_MAX_AGE_MS/);
  });
});
