/** Which URLs belong to a crawl: the hosts of the profile's start URLs (plus its extra hosts). */
import type { SiteProfile } from "../crawlers/site-profile.ts";

function bareHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * A predicate for URLs inside the crawl. `anyHost` lets every http(s) URL through
 * (`vdp crawl --url … --any-host`).
 */
export function crawlScope(profile: SiteProfile, anyHost = false): (url: string) => boolean {
  if (anyHost) return (url) => /^https?:\/\//i.test(url);
  const hosts = new Set<string>();
  for (const url of [...profile.startUrls, ...(profile.feeds ?? []), ...(profile.sitemaps ?? [])]) {
    const host = bareHost(url);
    if (host) hosts.add(host);
  }
  for (const host of profile.extraHosts ?? []) hosts.add(host.toLowerCase().replace(/^www\./, ""));
  return (url) => {
    const host = bareHost(url);
    return host !== null && hosts.has(host);
  };
}
