/**
 * End to end on the local portal: every article is found once through listings, feed and
 * sitemap; its text matches the source paragraphs; the portal's chrome and cross-page
 * boilerplate are gone; a recrawl costs 304s; every fault is recorded and nothing crashes.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrawlerOptions } from "../../crawlers/crawler-options.ts";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { genericProfile, samplePortalProfile } from "../../crawlers/sites/index.ts";
import type { SiteProfile } from "../../crawlers/site-profile.ts";
import { normalizeUrl } from "../../crawlers/url-normalize.ts";
import { MemoryValidatorStore } from "../../crawlers/validator-store.ts";
import { runCrawl } from "../../pipeline/runner.ts";
import type { CrawlReport } from "../../pipeline/runner.ts";
import { storeValidators } from "../../pipeline/store-validators.ts";
import { PORTAL_CHROME, tcvn3Safe } from "../../portal/page-styles.ts";
import { SAMPLE_ARTICLES_DIR, startPortal } from "../../portal/portal-server.ts";
import type { Portal, ServedArticle } from "../../portal/portal-server.ts";
import { openStore } from "../../storage/db.ts";
import type { LoadInput } from "../../storage/load-input.ts";
import { search } from "../../storage/search.ts";
import { hasPostgres, TEST_DATABASE_URL } from "../support/services.ts";

const ARTICLE_DIRS = [SAMPLE_ARTICLES_DIR, path.resolve(import.meta.dirname, "../fixtures/articles")];
const FAST: Partial<CrawlerOptions> = { allowAddresses: ["127.0.0.1"], hostDelayMs: 0, concurrency: 8, retryBaseMs: 10, retryMaxMs: 50 };
const CHROME_LINES = [PORTAL_CHROME.tools, PORTAL_CHROME.closingNote, PORTAL_CHROME.footer, PORTAL_CHROME.related, PORTAL_CHROME.highlights, ...PORTAL_CHROME.menu];

interface Crawled {
  report: CrawlReport;
  loaded: LoadInput[];
  lines: Map<string, string[]>;
}

async function crawl(profile: SiteProfile, options: Partial<CrawlerOptions> = {}, validators = new MemoryValidatorStore()): Promise<Crawled> {
  const fetcher = new Fetcher({ ...FAST, ...options });
  const loaded: LoadInput[] = [];
  const lines = new Map<string, string[]>();
  try {
    const report = await runCrawl({
      profile,
      fetcher,
      validators,
      load: async (input) => void loaded.push(input),
      onEvent: (e) => {
        if (e.type === "processed" && e.outcome.kind === "stored") lines.set(e.outcome.url, e.outcome.lines);
      },
    });
    return { report, loaded, lines };
  } finally {
    await fetcher.close();
  }
}

const urlOf = (portal: Portal, a: ServedArticle) => normalizeUrl(portal.url + a.path)!;
const expectedLines = (a: ServedArticle) => a.paragraphs.map((p) => (a.style === "tcvn3" ? tcvn3Safe(p) : p).normalize("NFC"));

/** The article's lines came through: nothing foreign, in source order, and every line unique to it present. */
function expectTextMatches(portal: Portal, a: ServedArticle, got: string[] | undefined): void {
  expect(got, `no text for ${a.path}`).toBeDefined();
  const expected = expectedLines(a);
  const elsewhere = new Set(portal.articles.filter((o) => o !== a).flatMap(expectedLines));
  let at = 0;
  for (const line of got!) {
    const found = expected.indexOf(line, at);
    expect(found, `"${line.slice(0, 60)}" in ${a.path} is not a source line in order`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
  for (const line of expected) if (!elsewhere.has(line)) expect(got, `${a.path} lost "${line.slice(0, 60)}"`).toContain(line);
  for (const chrome of CHROME_LINES) if (!expected.includes(chrome)) expect(got).not.toContain(chrome);
}

describe("crawling the sample portal", () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ articleDirs: ARTICLE_DIRS, crawlDelaySeconds: 0.02 });
  });
  afterAll(async () => portal.close());

  it.each([
    ["its site profile", () => samplePortalProfile(portal.url)],
    ["the generic profile", () => genericProfile(`${portal.url}/chuyen-muc/xay-dung-dang`)],
  ])("finds every article once and reads its text with %s", async (_name, profile) => {
    const { report, loaded, lines } = await crawl(profile());
    expect(report.errors).toEqual([]);
    expect([...report.discovered].sort()).toEqual(portal.articles.map((a) => urlOf(portal, a)).sort());
    expect(loaded).toHaveLength(portal.articles.length);
    expect(new Set(loaded.map((l) => l.url)).size).toBe(portal.articles.length);
    for (const a of portal.articles) {
      expectTextMatches(portal, a, lines.get(urlOf(portal, a)));
      const record = loaded.find((l) => l.url === urlOf(portal, a))!;
      expect(record.published).toBe(a.published);
      expect(record.title?.normalize("NFC")).toBe((a.style === "tcvn3" ? tcvn3Safe(a.title) : a.title).normalize("NFC"));
    }
    expect(report.disallowed.some((u) => u.includes("/quan-tri/"))).toBe(true);
    expect(portal.requests.some((r) => r.path.startsWith("/quan-tri/"))).toBe(false);
  });

  it("spaces its requests by the robots.txt Crawl-delay and names itself", async () => {
    const before = portal.requests.length;
    await crawl(samplePortalProfile(portal.url), { concurrency: 8 });
    const mine = portal.requests.slice(before).filter((r) => r.path !== "/robots.txt").sort((a, b) => a.at - b.at);
    for (let i = 1; i < mine.length; i++) expect(mine[i]!.at - mine[i - 1]!.at).toBeGreaterThanOrEqual(15);
    expect(mine.every((r) => String(r.headers["user-agent"]).startsWith("vdp/"))).toBe(true);
  });

  it("recrawls unchanged pages with a 304 each", async () => {
    const validators = new MemoryValidatorStore();
    const first = await crawl(samplePortalProfile(portal.url), {}, validators);
    const second = await crawl(samplePortalProfile(portal.url), {}, validators);
    expect(first.report.fetched).toBe(portal.articles.length);
    expect(second.report).toMatchObject({ fetched: 0, notModified: portal.articles.length, stored: 0 });
  });
});

describe("the portal's fault mode", () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ articleDirs: ARTICLE_DIRS, crawlDelaySeconds: 0, faults: true, faultSettings: { hugeBytes: 3_000_000, dripIntervalMs: 50 } });
  });
  afterAll(async () => portal.close());

  it("records every fault with its code, recovers from the 429, and stores every article", async () => {
    const { report, loaded, lines } = await crawl(samplePortalProfile(portal.url), {
      maxRetries: 1,
      requestTimeoutMs: 600,
      maxBodyBytes: 1_000_000,
      maxDecompressedBytes: 4_000_000,
    });
    for (const fault of portal.faults) {
      const url = normalizeUrl(portal.url + fault.path)!;
      const errors = report.errors.filter((e) => e.url === url);
      if (fault.expect === null) {
        expect(errors, fault.name).toEqual([]);
        expect(lines.has(url), `${fault.name} page stored after waiting`).toBe(true);
      } else {
        expect(errors.map((e) => e.code), fault.name).toEqual([fault.expect]);
        expect(errors[0]!.message).toContain(fault.path);
      }
    }
    const hits = portal.requests.filter((r) => r.path.includes("gioi-han-tan-suat")).sort((a, b) => a.at - b.at);
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(950);
    expect(report.errors).toHaveLength(portal.faults.filter((f) => f.expect !== null).length);
    for (const a of portal.articles) expectTextMatches(portal, a, lines.get(urlOf(portal, a)));
    expect(portal.articles.some((a) => a.style === "wrong-charset")).toBe(true);
    expect(loaded.length).toBe(portal.articles.length + 1);
  });
});

describe("crawling into PostgreSQL", async () => {
  const onServer = await hasPostgres();
  it.skipIf(!onServer)("stores the articles, records validators, finds them by search, then recrawls with 304s", async () => {
    const portal = await startPortal({ articleDirs: ARTICLE_DIRS, crawlDelaySeconds: 0 });
    const schema = `vdp_crawl_${randomBytes(6).toString("hex")}`;
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    const fetcher = new Fetcher(FAST);
    try {
      const profile = samplePortalProfile(portal.url);
      const deps = { profile, fetcher, validators: storeValidators(store), recordPage: (p: Parameters<typeof store.recordPage>[0]) => store.recordPage(p), load: (i: LoadInput) => store.load(i) };
      const first = await runCrawl(deps);
      expect(first).toMatchObject({ stored: portal.articles.length, errors: [] });
      const hits = await search(store, { query: "Bắc Lâm", site: profile.id });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.url.startsWith(portal.url))).toBe(true);
      const second = await runCrawl(deps);
      expect(second).toMatchObject({ fetched: 0, notModified: portal.articles.length });
    } finally {
      await fetcher.close();
      await store.db.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
      await store.close();
      await portal.close();
    }
  });
});
