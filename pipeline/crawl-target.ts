/**
 * What a queued run crawls, in a form that travels in a job payload (JSON): a site profile id,
 * the local portal at an address, a start URL for the generic profile, or a whole profile
 * (its `articleUrlPattern` as a source string). Every job of a run carries its target, so a
 * job is self-contained on any machine.
 */
import { genericProfile, samplePortalProfile, siteProfile, siteProfiles } from "../crawlers/sites/index.ts";
import { defineProfile } from "../crawlers/site-profile.ts";
import type { SiteProfile } from "../crawlers/site-profile.ts";

/** A site profile with its URL pattern as a string, so it survives JSON. */
export type PortableProfile = Omit<SiteProfile, "articleUrlPattern"> & { articleUrlPattern?: string };

/** The crawl of one site, as job payloads carry it. */
export interface CrawlTarget {
  /** A profile id (`vdp sites`); with `url`, ignored; with `profile`, the profile's id. */
  site: string;
  /** For `sample-portal`: where the portal listens. */
  portalUrl?: string;
  /** A start URL for the generic profile (`vdp crawl --url`). */
  url?: string;
  /** A whole profile (benchmarks, embedding). */
  profile?: PortableProfile;
  /** Stop after this many article URLs. */
  maxArticles?: number;
  /** Follow article links to any host. */
  anyHost?: boolean;
}

/** Every shipped site, for `--all`. */
export function allTargets(): CrawlTarget[] {
  return siteProfiles.map((p) => ({ site: p.id }));
}

/** A profile as it travels. */
export function portableProfile(profile: SiteProfile): PortableProfile {
  const { articleUrlPattern, ...rest } = profile;
  return articleUrlPattern ? { ...rest, articleUrlPattern: articleUrlPattern.source } : rest;
}

const cache = new Map<string, SiteProfile>();

/** The profile a target names; throws with the reason when it names none. */
export function profileForTarget(target: CrawlTarget): SiteProfile {
  const key = JSON.stringify(target);
  const hit = cache.get(key);
  if (hit) return hit;
  let profile: SiteProfile;
  if (target.profile) {
    const { articleUrlPattern, ...rest } = target.profile;
    profile = defineProfile(articleUrlPattern ? { ...rest, articleUrlPattern: new RegExp(articleUrlPattern) } : rest);
  } else if (target.url) profile = genericProfile(target.url);
  else if (target.site === "sample-portal" && target.portalUrl) profile = samplePortalProfile(target.portalUrl);
  else profile = siteProfile(target.site);
  if (cache.size > 200) cache.clear();
  cache.set(key, profile);
  return profile;
}

/** The key under which runs of the same target must not overlap. */
export function targetScope(target: CrawlTarget): string {
  return target.url ? `url ${target.url}` : target.site === "sample-portal" && target.portalUrl ? `sample-portal ${target.portalUrl}` : target.site;
}

/** Checks a value that should be a `CrawlTarget` (from a job payload); throws naming the field. */
export function validateCrawlTarget(value: unknown, path = "target"): CrawlTarget {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${path}: expected an object, got ${JSON.stringify(value)}`);
  const v = value as Record<string, unknown>;
  if (typeof v.site !== "string" || v.site === "") throw new Error(`${path}.site: expected a site id, got ${JSON.stringify(v.site)}`);
  for (const key of ["portalUrl", "url"] as const) {
    if (v[key] !== undefined && typeof v[key] !== "string") throw new Error(`${path}.${key}: expected a URL string, got ${JSON.stringify(v[key])}`);
  }
  if (v.maxArticles !== undefined && !(Number.isInteger(v.maxArticles) && (v.maxArticles as number) >= 0)) {
    throw new Error(`${path}.maxArticles: expected a whole number ≥ 0, got ${JSON.stringify(v.maxArticles)}`);
  }
  if (v.profile !== undefined && (typeof v.profile !== "object" || v.profile === null)) throw new Error(`${path}.profile: expected a profile object`);
  return v as unknown as CrawlTarget;
}
