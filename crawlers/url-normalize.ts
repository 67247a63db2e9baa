/**
 * URL normalization so one article is fetched once: lower-case scheme and host, no default
 * port, no fragment, no tracking parameters, query parameters sorted, no trailing slash on a
 * path, `//` collapsed.
 */

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|zarsrc|igshid|ref_src|spm)$/i;

/**
 * The normalized absolute form of `url` (resolved against `base`), or null when it is not an
 * http(s) URL.
 * @example normalizeUrl("HTTP://Example.VN:80/tin-tuc/?utm_source=fb&id=5#top") // "http://example.vn/tin-tuc?id=5"
 */
export function normalizeUrl(url: string, base?: string | URL): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  if ([...u.searchParams.keys()].length === 0) u.search = "";
  let path = u.pathname.replace(/\/{2,}/g, "/");
  if (path.length > 1 && path.endsWith("/")) path = path.replace(/\/+$/, "");
  u.pathname = path || "/";
  return u.href;
}

/** True when both URLs are on the same host (ignoring a leading `www.`). */
export function sameHost(a: string, b: string): boolean {
  try {
    const strip = (h: string) => h.toLowerCase().replace(/^www\./, "");
    return strip(new URL(a).hostname) === strip(new URL(b).hostname);
  } catch {
    return false;
  }
}
