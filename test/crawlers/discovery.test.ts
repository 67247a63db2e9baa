/** Discovery against a local server: paging stops when a page brings nothing new; feeds and sitemaps feed the same set. */
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { defineProfile } from "../../crawlers/site-profile.ts";
import { MemoryValidatorStore } from "../../crawlers/validator-store.ts";
import { runCrawl } from "../../pipeline/runner.ts";
import { startLocalServer } from "./local-server.ts";
import type { LocalServer } from "./local-server.ts";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(async () => server.close());

const link = (n: number) => `<li><a href="/tin/hoi-nghi-quan-triet-nghi-quyet-so-${n}.html">Hội nghị quán triệt nghị quyết số ${n} của Thành ủy</a></li>`;
const listing = (items: number[], next: string | null) =>
  `<html><body><ul>${items.map(link).join("")}</ul>${next ? `<a href="${next}">Trang sau »</a>` : ""}</body></html>`;
const html = (body: string) => (_req: unknown, res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);

describe("discovery", () => {
  it("stops paging when a listing page brings no new article", async () => {
    // Every page past the second repeats the same articles and links a next page forever.
    server.routes.set("/ds", (req, res) => {
      const page = Number(new URL(req.url ?? "/", "http://x").searchParams.get("trang") ?? "1");
      const items = page === 1 ? [1, 2, 3] : [4, 5, 1];
      html(listing(page >= 2 ? [4, 5, 1] : items, `/ds?trang=${page + 1}`))(req, res);
    });
    const fetcher = new Fetcher({ allowAddresses: ["127.0.0.1"], hostDelayMs: 0 });
    try {
      const profile = defineProfile({ id: "t", name: "t", builtFrom: "test", startUrls: [`${server.url}/ds`], discoverFeeds: false });
      const report = await runCrawl({ profile, fetcher, validators: new MemoryValidatorStore(), dryRun: true });
      expect(report.discovered.map((u) => u.match(/so-(\d+)/)?.[1])).toEqual(["1", "2", "3", "4", "5"]);
      expect(report.listingPages).toBe(3);
    } finally {
      await fetcher.close();
    }
  });

  it("merges articles from robots.txt sitemaps (gzipped index), feeds and listings, each once, in scope", async () => {
    const base = server.url;
    server.routes.set("/robots.txt", html(`User-agent: *\nSitemap: ${base}/sm-index.xml\nSitemap: https://elsewhere.example/sm.xml\n`));
    server.routes.set("/sm-index.xml", html(`<sitemapindex><sitemap><loc>${base}/sm.xml.gz</loc></sitemap></sitemapindex>`));
    const urlset = `<urlset><url><loc>${base}/tin/hoi-nghi-quan-triet-nghi-quyet-so-7.html</loc></url><url><loc>${base}/chuyen-muc/xay-dung-dang</loc></url><url><loc>https://other.example/tin/bai-viet-ben-ngoai-so-8.html</loc></url></urlset>`;
    server.routes.set("/sm.xml.gz", (_req, res) => void res.writeHead(200, { "content-type": "application/x-gzip" }).end(zlib.gzipSync(urlset)));
    server.routes.set("/feed.rss", html(`<rss><channel><item><link>${base}/tin/hoi-nghi-quan-triet-nghi-quyet-so-6.html</link></item><item><link>${base}/tin/hoi-nghi-quan-triet-nghi-quyet-so-7.html?utm_source=rss</link></item></channel></rss>`));
    server.routes.set("/home", html(`<html><head><link rel="alternate" type="application/rss+xml" href="/feed.rss"></head><body><ul>${link(6)}${link(9)}</ul></body></html>`));
    const fetcher = new Fetcher({ allowAddresses: ["127.0.0.1"], hostDelayMs: 0 });
    try {
      const profile = defineProfile({ id: "g", name: "g", builtFrom: "test", startUrls: [`${base}/home`] });
      const report = await runCrawl({ profile, fetcher, validators: new MemoryValidatorStore(), dryRun: true });
      expect(report.errors).toEqual([]);
      expect(report.discovered.map((u) => u.match(/so-(\d+)/)?.[1]).sort()).toEqual(["6", "7", "9"]);
      expect(server.requests.some((r) => r.path === "/sm.xml.gz")).toBe(true);
    } finally {
      await fetcher.close();
      server.routes.delete("/robots.txt");
    }
  });
});
