/**
 * The generic profile: crawl any site from one start URL. Feeds and sitemaps are discovered
 * (robots.txt `Sitemap:`, `<link rel=alternate>`, `/sitemap.xml`), listing links are scored,
 * and article pages go through generic main-content extraction.
 */
import { defineProfile } from "../site-profile.ts";
import type { SiteProfile } from "../site-profile.ts";

/** The profile for `vdp crawl --url URL`. */
export function genericProfile(startUrl: string, maxListingPages = 20): SiteProfile {
  let host: string;
  try {
    host = new URL(startUrl).hostname;
  } catch {
    throw new Error(`start URL "${startUrl}" is not a valid absolute URL`);
  }
  return defineProfile({
    id: "generic",
    name: `Generic crawl of ${host}`,
    builtFrom: "No site-specific knowledge: discovery and extraction heuristics only.",
    startUrls: [startUrl],
    maxListingPages,
    discoverFeeds: true,
  });
}

/** How `vdp sites` describes the generic profile. */
export const genericDescription = {
  id: "generic",
  name: "Any site from a start URL (vdp crawl --url URL)",
  builtFrom: "No site-specific knowledge: feed and sitemap discovery, link scoring, generic content extraction.",
};
