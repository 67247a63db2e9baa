/**
 * Discovery on a listing page: the article links, the next listing page, and advertised
 * feeds. A profile's selectors decide where it has them; otherwise links are scored: an
 * article link has a headline for text (five words or more) and an article-like URL (a long
 * slug, a numeric id). The next page is `rel=next`, a "Trang sau" / "»" link, or the
 * number after the current page.
 */
import { load } from "cheerio";
import type { CheerioAPI } from "cheerio";
import type { SiteProfile } from "./site-profile.ts";
import { normalizeUrl } from "./url-normalize.ts";

/** What a listing page leads to. */
export interface ListingLinks {
  /** Article URLs, normalized, each once, in page order. */
  articles: string[];
  /** Candidate next listing pages (usually one). */
  nextPages: string[];
  /** RSS / Atom feeds advertised with `<link rel=alternate>`. */
  feeds: string[];
}

const NEXT_TEXT = /^(trang\s+sau|trang\s+tiếp|tiếp\s+theo|tiếp|sau|xem\s+tiếp|next|»|›|>|>>|»»)(\s*[»›>]+)?$/i;
const PAGE_PARAM = /[?&](?:page|trang|p|pageindex|pagenum|pg)=(\d+)|\/(?:page|trang)[-/](\d+)|[-_]p(\d+)(?:\.\w+)?$/i;

/** True for URLs that look like an article rather than a category, tag or utility page. */
export function looksLikeArticleUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const path = decodeURIComponent(u.pathname);
  if (/\.(jpe?g|png|gif|webp|svg|css|js|zip|rar|docx?|xlsx?|mp3|mp4)$/i.test(path)) return false;
  if (/\/(tag|tags|chu-de|tim-kiem|search|login|dang-nhap|lien-he|rss)(\/|$)/i.test(path)) return false;
  const last = path.split("/").filter(Boolean).pop() ?? "";
  const slugWords = last.replace(/\.\w+$/, "").split(/[-_]/).filter(Boolean).length;
  if (slugWords >= 4) return true;
  if (/\d{3,}/.test(last) || /\d{3,}/.test(u.search)) return true;
  return false;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function currentPage(url: string): number {
  const m = PAGE_PARAM.exec(url);
  const n = Number(m?.[1] ?? m?.[2] ?? m?.[3] ?? 1);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function findNextPages($: CheerioAPI, pageUrl: string, profile: Pick<SiteProfile, "nextPage">): string[] {
  const out = new Set<string>();
  const add = (href: string | undefined) => {
    const url = href ? normalizeUrl(href, pageUrl) : null;
    if (url && url !== normalizeUrl(pageUrl)) out.add(url);
  };
  if (profile.nextPage) {
    $(profile.nextPage).each((_, el) => add($(el).attr("href")));
    return [...out];
  }
  $('link[rel="next"], a[rel="next"]').each((_, el) => add($(el).attr("href")));
  if (out.size > 0) return [...out];
  $("a[href]").each((_, el) => {
    const text = $(el).text().replace(/\s+/g, " ").trim();
    const cls = `${$(el).attr("class") ?? ""} ${$(el).attr("title") ?? ""}`;
    if (NEXT_TEXT.test(text) || /(^|\s)(next|trang-sau|page-next)(\s|$)/i.test(cls)) add($(el).attr("href"));
  });
  if (out.size > 0) return [...out];
  const wanted = String(currentPage(pageUrl) + 1);
  $("a[href]").each((_, el) => {
    if ($(el).text().trim() === wanted) add($(el).attr("href"));
  });
  return [...out];
}

/**
 * The links of a listing page at `pageUrl`. `inScope` filters article URLs (same site);
 * profile selectors and URL patterns apply when given.
 */
export function parseListing(
  html: string,
  pageUrl: string,
  profile: Pick<SiteProfile, "articleLinks" | "articleUrlPattern" | "nextPage">,
  inScope: (url: string) => boolean = () => true,
): ListingLinks {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const articles = new Set<string>();
  const anchors = profile.articleLinks ? $(profile.articleLinks) : $("a[href]");
  anchors.each((_, el) => {
    const url = normalizeUrl($(el).attr("href") ?? "", pageUrl);
    if (!url || !inScope(url)) return;
    if (profile.articleUrlPattern) {
      if (!profile.articleUrlPattern.test(url)) return;
    } else if (!profile.articleLinks) {
      const text = ($(el).text() || $(el).attr("title") || "").normalize("NFC");
      if (wordCount(text) < 5 || !looksLikeArticleUrl(url)) return;
    }
    articles.add(url);
  });
  const feeds = new Set<string>();
  $('link[rel="alternate"][href]').each((_, el) => {
    const type = ($(el).attr("type") ?? "").toLowerCase();
    const url = normalizeUrl($(el).attr("href") ?? "", pageUrl);
    if (url && /rss|atom/.test(type)) feeds.add(url);
  });
  const nextPages = findNextPages($, pageUrl, profile).filter((u) => inScope(u) && !articles.has(u));
  return { articles: [...articles], nextPages, feeds: [...feeds] };
}
