/**
 * XML sitemaps (urlset and sitemap index, with the Google News extension), read with
 * fast-xml-parser.
 */
import { XMLParser } from "fast-xml-parser";
import { normalizeUrl } from "./url-normalize.ts";

/** One page listed in a sitemap. */
export interface SitemapEntry {
  url: string;
  lastmod: string | null;
  /** `<news:title>`, when the sitemap is a news sitemap. */
  newsTitle: string | null;
  /** `<news:publication_date>`, when given. */
  newsPublished: string | null;
}

/** A parsed sitemap: pages, and for an index the child sitemaps. */
export interface Sitemap {
  entries: SitemapEntry[];
  sitemaps: string[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  processEntities: true,
  isArray: (name) => name === "url" || name === "sitemap",
});

function str(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return str((v as Record<string, unknown>)["#text"]);
  const s = String(v).trim();
  return s || null;
}

/**
 * Reads a sitemap or sitemap index; URLs are resolved against `baseUrl` and normalized.
 * @throws Error when the document is not XML or not a sitemap.
 */
export function parseSitemap(xml: string, baseUrl: string): Sitemap {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`sitemap ${baseUrl} is not well-formed XML: ${(err as Error).message}`);
  }
  const result: Sitemap = { entries: [], sitemaps: [] };
  const index = doc.sitemapindex as Record<string, unknown> | undefined;
  const urlset = doc.urlset as Record<string, unknown> | undefined;
  if (index) {
    for (const s of (index.sitemap ?? []) as Array<Record<string, unknown>>) {
      const loc = str(s.loc);
      const url = loc ? normalizeUrl(loc, baseUrl) : null;
      if (url) result.sitemaps.push(url);
    }
    return result;
  }
  if (urlset) {
    for (const u of (urlset.url ?? []) as Array<Record<string, unknown>>) {
      const loc = str(u.loc);
      const url = loc ? normalizeUrl(loc, baseUrl) : null;
      if (!url) continue;
      const news = u.news as Record<string, unknown> | undefined;
      result.entries.push({
        url,
        lastmod: str(u.lastmod),
        newsTitle: news ? str(news.title) : null,
        newsPublished: news ? str(news.publication_date) : null,
      });
    }
    return result;
  }
  throw new Error(`sitemap ${baseUrl} has neither <urlset> nor <sitemapindex>`);
}
