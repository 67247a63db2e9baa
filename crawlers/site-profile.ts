/**
 * A site profile: how to crawl one news site. Every field but `id`, `name`, `builtFrom` and
 * `startUrls` is optional; without selectors the generic discovery and main-content
 * extraction apply.
 */
import type { CrawlerOptions } from "./crawler-options.ts";

/** CSS selectors for the parts of an article page. */
export interface ArticleSelectors {
  title?: string;
  /** An element whose text, `datetime` or `content` holds the publication date. */
  published?: string;
  /** The article body; all matches are taken, in order. */
  body?: string;
  author?: string;
  /** Elements inside the body to drop (share bars, related boxes). */
  remove?: string[];
}

/** How to crawl one site. */
export interface SiteProfile {
  /** Short id used on the command line: `vdp crawl --site ID`. */
  id: string;
  /** The site's name. */
  name: string;
  /** What the profile was built from (the live sites cannot be reached from every machine). */
  builtFrom: string;
  /** Category listing pages to start from. */
  startUrls: string[];
  /** Anchors on listing pages that lead to articles (CSS); generic link scoring otherwise. */
  articleLinks?: string;
  /** Article URLs match this (applied to absolute, normalized URLs). */
  articleUrlPattern?: RegExp;
  /** The link to the next listing page (CSS); rel=next, "Trang sau", "»" or page numbers otherwise. */
  nextPage?: string;
  /** Listing pages followed per start URL. Default 50. */
  maxListingPages?: number;
  /** RSS / Atom feeds. */
  feeds?: string[];
  /** XML sitemaps or sitemap indexes. */
  sitemaps?: string[];
  /** Look for feeds and sitemaps (robots.txt, `<link rel=alternate>`, /sitemap.xml). Default: true when no feeds or sitemaps are named. */
  discoverFeeds?: boolean;
  /** Article page selectors. */
  selectors?: ArticleSelectors;
  /** The charset the site really uses when its headers say otherwise. */
  encoding?: string;
  /** Politeness settings for this site (override the global ones). */
  politeness?: Partial<Pick<CrawlerOptions, "hostDelayMs" | "perHostConcurrency">>;
  /** Hosts besides those of the start URLs whose articles belong to this site. */
  extraHosts?: string[];
}

/** Checks a profile at load time so a typo fails with the profile's name, not mid-crawl. */
export function defineProfile(profile: SiteProfile): SiteProfile {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(profile.id)) throw new Error(`site profile id "${profile.id}" must be lower-case letters, digits and dashes`);
  if (profile.startUrls.length === 0 && !profile.feeds?.length && !profile.sitemaps?.length) {
    throw new Error(`site profile "${profile.id}" has no start URL, feed or sitemap`);
  }
  for (const url of [...profile.startUrls, ...(profile.feeds ?? []), ...(profile.sitemaps ?? [])]) {
    try {
      new URL(url);
    } catch {
      throw new Error(`site profile "${profile.id}" has an invalid URL: ${url}`);
    }
  }
  return profile;
}
