/**
 * The discover stage: one listing page, feed, sitemap or robots.txt in; new article URLs and
 * further discovery tasks out. Paging stops when a listing page brings no new article URL.
 * A plain async function over its dependencies, so a queue worker can run it as a job.
 */
import { FetchError } from "../../crawlers/fetch-error.ts";
import type { Fetcher } from "../../crawlers/fetcher.ts";
import { parseFeed } from "../../crawlers/feeds.ts";
import { looksLikeArticleUrl, parseListing } from "../../crawlers/listing.ts";
import type { SiteProfile } from "../../crawlers/site-profile.ts";
import { parseSitemap } from "../../crawlers/sitemaps.ts";
import { normalizeUrl } from "../../crawlers/url-normalize.ts";
import { crawlError } from "../crawl-error.ts";
import type { CrawlError } from "../crawl-error.ts";
import type { SeenUrls } from "../seen-urls.ts";

/** What a discovery task reads. */
export type DiscoverKind = "listing" | "feed" | "sitemap" | "robots";

/** One discovery job. */
export interface DiscoverTask {
  site: string;
  kind: DiscoverKind;
  url: string;
  /** Listing page number along the chain from the start URL (1 for the start page). */
  page: number;
  /** A guessed location (`/sitemap.xml`): a 404 there is no error. */
  optional?: boolean;
}

/** What discovery needs. */
export interface DiscoverDeps {
  fetcher: Fetcher;
  profile: SiteProfile;
  seen: SeenUrls;
  inScope: (url: string) => boolean;
}

/** New article URLs and the tasks to run next. */
export interface DiscoverResult {
  articles: string[];
  next: DiscoverTask[];
  /** Article URLs robots.txt forbids (not queued). */
  disallowed: string[];
  error: CrawlError | null;
}

const DEFAULT_MAX_LISTING_PAGES = 50;

/** The first tasks of a crawl of `profile`. */
export function startTasks(profile: SiteProfile): DiscoverTask[] {
  const site = profile.id;
  const tasks: DiscoverTask[] = [];
  for (const url of profile.startUrls) tasks.push({ site, kind: "listing", url: normalizeUrl(url) ?? url, page: 1 });
  for (const url of profile.feeds ?? []) tasks.push({ site, kind: "feed", url, page: 1 });
  for (const url of profile.sitemaps ?? []) tasks.push({ site, kind: "sitemap", url, page: 1 });
  const discoverFeeds = profile.discoverFeeds ?? (!profile.feeds?.length && !profile.sitemaps?.length);
  const first = profile.startUrls[0];
  if (discoverFeeds && first) tasks.push({ site, kind: "robots", url: new URL("/robots.txt", first).href, page: 1 });
  return tasks;
}

async function newArticles(urls: readonly string[], deps: DiscoverDeps, out: DiscoverResult): Promise<void> {
  const candidates: string[] = [];
  for (const url of urls) {
    if (!deps.inScope(url)) continue;
    const rules = await deps.fetcher.robotsFor(url);
    if (deps.fetcher.options.respectRobots && !rules.isAllowed(url)) {
      out.disallowed.push(url);
      continue;
    }
    candidates.push(url);
  }
  if (candidates.length === 0) return;
  const fresh = await deps.seen.addMany(candidates);
  candidates.forEach((url, i) => fresh[i] && out.articles.push(url));
}

/** Queues the tasks not seen before (discovery tasks are seen as `kind:url`). */
async function queue(tasks: readonly DiscoverTask[], deps: DiscoverDeps, out: DiscoverResult): Promise<void> {
  if (tasks.length === 0) return;
  const fresh = await deps.seen.addMany(tasks.map((task) => `${task.kind}:${task.url}`));
  tasks.forEach((task, i) => fresh[i] && out.next.push(task));
}

/** Runs one discovery task; failures are returned in `error`, never thrown. */
export async function discover(task: DiscoverTask, deps: DiscoverDeps): Promise<DiscoverResult> {
  const out: DiscoverResult = { articles: [], next: [], disallowed: [], error: null };
  const { profile, fetcher } = deps;
  const site = task.site;
  try {
    if (task.kind === "robots") {
      const rules = await fetcher.robotsFor(task.url);
      const sitemaps = rules.sitemaps.map((u) => normalizeUrl(u, task.url)).filter((u): u is string => u !== null && deps.inScope(u));
      await queue(sitemaps.map((url) => ({ site, kind: "sitemap", url, page: 1 })), deps, out);
      if (sitemaps.length === 0) await queue([{ site, kind: "sitemap", url: new URL("/sitemap.xml", task.url).href, page: 1, optional: true }], deps, out);
      return out;
    }
    const accept = task.kind === "listing" ? "html" : "xml";
    const result = await fetcher.fetch(task.url, { accept, charset: profile.encoding ?? null });
    if (result.kind !== "page") return out;
    if (task.kind === "listing") {
      const links = parseListing(result.text, result.finalUrl, profile, deps.inScope);
      await newArticles(links.articles, deps, out);
      const maxPages = profile.maxListingPages ?? DEFAULT_MAX_LISTING_PAGES;
      if (out.articles.length > 0 && task.page < maxPages) {
        await queue(links.nextPages.map((url) => ({ site, kind: "listing", url, page: task.page + 1 })), deps, out);
      }
      const discoverFeeds = profile.discoverFeeds ?? (!profile.feeds?.length && !profile.sitemaps?.length);
      if (task.page === 1 && discoverFeeds) {
        await queue(links.feeds.filter(deps.inScope).map((url) => ({ site, kind: "feed", url, page: 1 })), deps, out);
      }
    } else if (task.kind === "feed") {
      await newArticles(parseFeed(result.text, result.finalUrl).map((i) => i.url), deps, out);
    } else {
      const sitemap = parseSitemap(result.text, result.finalUrl);
      const pattern = profile.articleUrlPattern;
      const pages = sitemap.entries.map((e) => e.url).filter((u) => (pattern ? pattern.test(u) : looksLikeArticleUrl(u)));
      await newArticles(pages, deps, out);
      await queue(sitemap.sitemaps.filter(deps.inScope).map((url) => ({ site, kind: "sitemap", url, page: 1 })), deps, out);
    }
  } catch (err) {
    const missing = err instanceof FetchError && (err.status === 404 || err.status === 410 || err.code === "NOT_HTML");
    if (!(task.optional && missing)) out.error = crawlError("discover", site, task.url, err);
  }
  return out;
}
