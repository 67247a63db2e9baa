/**
 * The local sample portal: an HTTP server on 127.0.0.1 serving a committee news site built
 * from the project's sample articles, in several page styles, with paginated listings, an RSS
 * feed, a sitemap index with a news sitemap, robots.txt with Crawl-delay, ETag / Last-Modified
 * with 304s, and (fault mode) the fault pages of `faults.ts`. Used by the tests, the demo
 * (`vdp portal`) and the benchmarks.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import type net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PORTAL_FAULTS, serveFault } from "./faults.ts";
import type { FaultSettings, PortalFault } from "./faults.ts";
import { escapeHtml, PORTAL_CHROME, renderArticlePage } from "./page-styles.ts";
import type { PageStyle, RenderedPage } from "./page-styles.ts";
import { loadSampleArticles } from "./sample-articles.ts";
import type { PortalArticle } from "./sample-articles.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The default article folder: the project's samples. */
export const SAMPLE_ARTICLES_DIR = path.join(ROOT, "samples", "articles");

/** How to run the portal. */
export interface PortalOptions {
  /** Folders of `.txt` articles. Default: `samples/articles`. */
  articleDirs?: string[];
  /** Listen address. Default 127.0.0.1. */
  host?: string;
  /** Port; 0 picks a free one. Default 0. */
  port?: number;
  /** Articles per listing page. Default 4. */
  pageSize?: number;
  /** Crawl-delay in robots.txt, seconds. Default 1. */
  crawlDelaySeconds?: number;
  /** Serve the fault pages and one article with a wrong declared charset. Default false. */
  faults?: boolean;
  /** Fault page settings. */
  faultSettings?: Partial<FaultSettings>;
}

/** A served article and where it lives. */
export interface ServedArticle extends PortalArticle {
  style: PageStyle;
  /** The path the listings link to. */
  path: string;
}

/** One request the portal answered, for assertions on crawler behaviour. */
export interface PortalRequest {
  at: number;
  method: string;
  path: string;
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** A running portal. */
export interface Portal {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  articles: ServedArticle[];
  faults: readonly PortalFault[];
  /** Every request (arrival time, status 0 when no response was sent), in order of completion. */
  requests: PortalRequest[];
  close(): Promise<void>;
}

const STYLES: PageStyle[] = ["modern", "table", "cp1258", "tcvn3"];

function articlePath(id: number, style: PageStyle, slug: string): string {
  switch (style) {
    case "modern":
    case "wrong-charset":
      return `/tin-tuc/${slug}-${id}.html`;
    case "table":
      return `/Portal/Detail.aspx?ItemID=${id}&CatID=3`;
    case "cp1258":
      return `/Portal/Detail.aspx?ItemID=${id}&CatID=5`;
    case "tcvn3":
      return `/old/tin${id}.htm`;
  }
}

/** The sitemap spells the table-CMS URLs with their parameters the other way round. */
function sitemapPath(p: string): string {
  const m = /^\/Portal\/Detail\.aspx\?ItemID=(\d+)&CatID=(\d+)$/.exec(p);
  return m ? `/Portal/Detail.aspx?CatID=${m[2]}&ItemID=${m[1]}` : p;
}

function listingPage(articles: ServedArticle[], page: number, pageSize: number, faults: readonly PortalFault[]): string {
  const pages = Math.max(1, Math.ceil(articles.length / pageSize));
  const slice = articles.slice((page - 1) * pageSize, page * pageSize);
  const e = escapeHtml;
  const items = slice
    .map(
      (a) =>
        `<li><a class="tieu-de" href="${a.path}${a.path.includes("?") ? "&" : "?"}utm_source=chuyen-muc&utm_medium=web#noi-dung">${e(a.title)}</a>` +
        `<p class="tom-tat">${e((a.paragraphs[0] ?? "").slice(0, 160))}</p></li>`,
    )
    .join("\n");
  const faultItems = page === 1 ? faults.map((f) => `<li><a class="tieu-de" href="${f.path}">${e(f.title)}</a></li>`).join("\n") : "";
  const numbers = Array.from({ length: pages }, (_, i) =>
    i + 1 === page ? `<span class="hien-tai">${i + 1}</span>` : `<a href="/chuyen-muc/xay-dung-dang?trang=${i + 1}">${i + 1}</a>`,
  ).join(" ");
  const next = page < pages ? ` <a class="trang-sau" href="/chuyen-muc/xay-dung-dang?trang=${page + 1}">Trang sau »</a>` : "";
  const highlights = articles.slice(0, 3).map((a) => `<li><a href="${a.path}">${e(a.title)}</a></li>`).join("");
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Xây dựng Đảng - ${e(PORTAL_CHROME.siteName)}</title>
<link rel="alternate" type="application/rss+xml" title="Xây dựng Đảng" href="/rss/xay-dung-dang.rss"></head><body>
<header><nav class="menu">${PORTAL_CHROME.menu.map((m) => `<a href="/">${e(m)}</a>`).join(" ")}</nav></header>
<main><h1>Xây dựng Đảng</h1><ul class="danh-sach">
${items}
${faultItems}
<li class="an"><a class="tieu-de" href="/quan-tri/bai-viet-chua-duyet-khong-cong-khai-9999.html">Bài viết chưa duyệt không công khai trên cổng</a></li>
</ul><div class="phan-trang">${numbers}${next}</div></main>
<aside><h3>${e(PORTAL_CHROME.highlights)}</h3><ul>${highlights}</ul></aside>
<footer>${e(PORTAL_CHROME.footer)}</footer></body></html>`;
}

function rss(baseUrl: string, articles: ServedArticle[]): string {
  const items = articles
    .slice(0, 10)
    .map(
      (a) =>
        `<item><title>${escapeHtml(a.title)}</title><link>${baseUrl}${escapeHtml(a.path)}</link>` +
        `<guid isPermaLink="false">lamgiang-${a.id}</guid><pubDate>${new Date(`${a.published}T01:30:00Z`).toUTCString()}</pubDate></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Xây dựng Đảng - ${escapeHtml(PORTAL_CHROME.siteName)}</title><link>${baseUrl}/chuyen-muc/xay-dung-dang</link>
<description>Tin xây dựng Đảng</description>
${items}
</channel></rss>`;
}

function sitemapIndex(baseUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${baseUrl}/sitemaps/tin-tuc.xml</loc></sitemap>
</sitemapindex>`;
}

function newsSitemap(baseUrl: string, articles: ServedArticle[]): string {
  const urls = articles
    .map(
      (a) =>
        `<url><loc>${baseUrl}${escapeHtml(sitemapPath(a.path))}</loc><lastmod>${a.published}</lastmod>` +
        `<news:news><news:publication><news:name>Lâm Giang</news:name><news:language>vi</news:language></news:publication>` +
        `<news:publication_date>${a.published}T08:30:00+07:00</news:publication_date><news:title>${escapeHtml(a.title)}</news:title></news:news></url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>`;
}

/**
 * Starts the portal and resolves once it listens.
 * @example const portal = await startPortal({ faults: true }); … await portal.close();
 */
export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const pageSize = options.pageSize ?? 4;
  const crawlDelay = options.crawlDelaySeconds ?? 1;
  const withFaults = options.faults ?? false;
  const settings: FaultSettings = { hugeBytes: 12 * 1024 * 1024, dripIntervalMs: 200, retryAfterSeconds: 1, serverErrorRequests: Infinity, ...options.faultSettings };
  const loaded = loadSampleArticles(options.articleDirs ?? [SAMPLE_ARTICLES_DIR]);
  if (loaded.length === 0) throw new Error(`no sample articles (*.txt) in ${(options.articleDirs ?? [SAMPLE_ARTICLES_DIR]).join(", ")}`);
  const articles: ServedArticle[] = loaded.map((a, i) => {
    const style: PageStyle = withFaults && i === loaded.length - 1 && loaded.length > 1 ? "wrong-charset" : STYLES[i % STYLES.length]!;
    return { ...a, style, path: articlePath(a.id, style, a.slug) };
  });
  const faults = withFaults ? PORTAL_FAULTS : [];
  const byPath = new Map<string, ServedArticle>();
  for (const a of articles) {
    byPath.set(a.path, a);
    byPath.set(sitemapPath(a.path), a);
  }
  const faultByPath = new Map<string, PortalFault>();
  for (const f of faults) {
    faultByPath.set(f.path, f);
    if (f.name === "redirect-loop") faultByPath.set(f.path.replace(/\.html$/, "-b.html"), f);
  }
  const faultHits = new Map<string, number>();
  const rendered = new Map<number, RenderedPage & { etag: string }>();
  const requests: PortalRequest[] = [];
  const sockets = new Set<net.Socket>();
  let baseUrl = "";

  const page = (a: ServedArticle) => {
    let r = rendered.get(a.id);
    if (!r) {
      const related = articles.filter((o) => o.id !== a.id).slice(0, 4).map((o) => ({ title: o.title, path: o.path }));
      const out = renderArticlePage(a, a.style, { baseUrl, canonicalPath: a.path, related });
      r = { ...out, etag: `"${createHash("sha1").update(out.body).digest("hex").slice(0, 16)}"` };
      rendered.set(a.id, r);
    }
    return r;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", baseUrl);
    const pathAndQuery = url.pathname + url.search;
    const at = Date.now();
    res.on("close", () => requests.push({ at, method: req.method ?? "GET", path: pathAndQuery, status: res.headersSent ? res.statusCode : 0, headers: req.headers }));
    const send = (status: number, type: string, body: string | Buffer, extra: http.OutgoingHttpHeaders = {}) => {
      res.writeHead(status, { "content-type": type, ...extra }).end(body);
    };
    const fault = faultByPath.get(url.pathname);
    if (fault) {
      const hits = faultHits.get(fault.name) ?? 0;
      faultHits.set(fault.name, hits + 1);
      return serveFault(fault, hits, settings, req, res);
    }
    if (url.pathname === "/robots.txt") {
      return send(200, "text/plain; charset=utf-8", `User-agent: *\nCrawl-delay: ${crawlDelay}\nDisallow: /quan-tri/\n\nSitemap: ${baseUrl}/sitemap.xml\n`);
    }
    if (url.pathname === "/" || url.pathname === "/chuyen-muc/xay-dung-dang") {
      const n = Number(url.searchParams.get("trang") ?? "1");
      return send(200, "text/html; charset=utf-8", listingPage(articles, Number.isInteger(n) && n > 0 ? n : 1, pageSize, faults));
    }
    if (url.pathname === "/rss/xay-dung-dang.rss") return send(200, "application/rss+xml; charset=utf-8", rss(baseUrl, articles));
    if (url.pathname === "/sitemap.xml") return send(200, "application/xml; charset=utf-8", sitemapIndex(baseUrl));
    if (url.pathname === "/sitemaps/tin-tuc.xml") return send(200, "application/xml; charset=utf-8", newsSitemap(baseUrl, articles));
    const article = byPath.get(pathAndQuery) ?? byPath.get(url.pathname);
    if (article) {
      const r = page(article);
      const lastModified = new Date(`${article.published}T01:30:00Z`).toUTCString();
      if (req.headers["if-none-match"] === r.etag) return res.writeHead(304, { etag: r.etag, "last-modified": lastModified }).end();
      return send(200, r.contentType, r.body, { etag: r.etag, "last-modified": lastModified });
    }
    send(404, "text/html; charset=utf-8", "<h1>Không tìm thấy trang</h1>");
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${address.port}`;
  return {
    url: baseUrl,
    articles,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
