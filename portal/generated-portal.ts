/**
 * A large generated portal for benchmarks: many hosts (loopback addresses 127.0.0.2–21 on
 * Linux), each with robots.txt (Crawl-delay 0), paginated listings and article pages of a
 * realistic size (~45 KB: the article inside menus, related lists and a heavy sidebar).
 * Pages are rendered on request from the article texts given, so nothing is stored.
 */
import http from "node:http";
import type net from "node:net";
import { escapeHtml, PORTAL_CHROME } from "./page-styles.ts";

/** What to generate. */
export interface GeneratedPortalOptions {
  /** Listen addresses, one virtual site each, e.g. 127.0.0.2 … 127.0.0.21. */
  hosts: string[];
  /** One port for all hosts; 0 picks a free one. */
  port?: number;
  /** Article pages per host. */
  pagesPerHost: number;
  /** Article texts (first line the headline); page n of a host uses text n modulo their number. */
  texts: string[];
  /** Approximate article page size in bytes. Default 45 000. */
  pageBytes?: number;
  /** Articles per listing page. Default 50. */
  listingPageSize?: number;
  /** Render every article page before listening (so no crawler pays for first renders). Default false. */
  prerender?: boolean;
}

/** A running generated portal. */
export interface GeneratedPortal {
  /** The listing start URL of each host. */
  startUrls: string[];
  /** Article pages in all. */
  pages: number;
  /** Requests answered so far. */
  requests(): number;
  close(): Promise<void>;
}

function articleHtml(host: string, n: number, text: string, pageBytes: number, pagesPerHost: number): string {
  const [headline = "Tin tức", ...body] = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const e = escapeHtml;
  const related = (k: number) =>
    Array.from({ length: k }, (_, i) => {
      const m = (n + i * 7 + 1) % pagesPerHost;
      return `<li><a href="/bai-viet/tin-xay-dung-dang-so-${m}.html">Tin xây dựng Đảng số ${m}: hội nghị quán triệt, sơ kết công tác ở cơ sở</a></li>`;
    }).join("");
  const head = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${e(headline)} - ${e(PORTAL_CHROME.siteName)}</title>
<meta property="og:title" content="${e(headline)}"><meta property="article:published_time" content="2024-03-${String((n % 28) + 1).padStart(2, "0")}T08:30:00+07:00">
<link rel="canonical" href="http://${host}/bai-viet/tin-xay-dung-dang-so-${n}.html"><style>.menu a{margin:0 4px}.sidebar li{font-size:13px}</style></head><body>
<header><nav class="menu">${PORTAL_CHROME.menu.map((m) => `<a href="/danh-muc/xay-dung-dang">${e(m)}</a>`).join("")}</nav></header>
<main><article><h1>${e(headline)}</h1><div class="article-body">${body.map((p) => `<p>${e(p)}</p>`).join("\n")}</div></article>
<section class="related"><h3>${e(PORTAL_CHROME.related)}</h3><ul>${related(10)}</ul></section></main>`;
  const tail = `<footer><p>${e(PORTAL_CHROME.footer)}</p></footer></body></html>`;
  // Fill the sidebar with link lists (as real portals do) up to the page size.
  const chunk = `<ul class="sidebar">${related(12)}</ul>`;
  const need = Math.max(0, Math.ceil((pageBytes - Buffer.byteLength(head) - Buffer.byteLength(tail)) / Buffer.byteLength(chunk)));
  return `${head}<aside>${chunk.repeat(need)}</aside>${tail}`;
}

function listingHtml(page: number, pages: number, pageSize: number, pagesPerHost: number): string {
  const first = (page - 1) * pageSize;
  const items = Array.from({ length: Math.min(pageSize, pagesPerHost - first) }, (_, i) => {
    const n = first + i;
    return `<li><a class="tieu-de" href="/bai-viet/tin-xay-dung-dang-so-${n}.html">Tin xây dựng Đảng số ${n}: hội nghị quán triệt, sơ kết công tác ở cơ sở</a></li>`;
  }).join("\n");
  const next = page < pages ? `<a class="trang-sau" rel="next" href="/danh-muc/xay-dung-dang?trang=${page + 1}">Trang sau »</a>` : "";
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Xây dựng Đảng</title></head><body>
<main><ul class="danh-sach">${items}</ul><div class="phan-trang">${next}</div></main></body></html>`;
}

/** Starts one server per host address on a shared port. */
export async function startGeneratedPortal(options: GeneratedPortalOptions): Promise<GeneratedPortal> {
  const pageBytes = options.pageBytes ?? 45_000;
  const pageSize = options.listingPageSize ?? 50;
  const listingPages = Math.ceil(options.pagesPerHost / pageSize);
  if (options.texts.length === 0) throw new Error("generated portal: no article texts");
  let answered = 0;
  // Rendered once, then served from memory, so the server costs the crawlers as little CPU as it can.
  const rendered = new Map<string, Buffer>();
  const render = (host: string, n: number): Buffer => {
    const key = `${host}/${n}`;
    let page = rendered.get(key);
    if (!page) {
      const hostIndex = options.hosts.indexOf(host.split(":")[0] ?? "");
      page = Buffer.from(articleHtml(host, n, options.texts[(n * 31 + hostIndex) % options.texts.length]!, pageBytes, options.pagesPerHost));
      rendered.set(key, page);
    }
    return page;
  };
  const servers: http.Server[] = [];
  const sockets = new Set<net.Socket>();
  let port = options.port ?? 0;
  const handler: http.RequestListener = (req, res) => {
    answered++;
    const url = new URL(req.url ?? "/", "http://x");
    const host = req.headers.host ?? "";
    const html = (body: string) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    if (url.pathname === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nCrawl-delay: 0\n");
    if (url.pathname === "/danh-muc/xay-dung-dang") {
      const page = Number(url.searchParams.get("trang") ?? "1");
      if (!(page >= 1 && page <= listingPages)) return void res.writeHead(404).end();
      return html(listingHtml(page, listingPages, pageSize, options.pagesPerHost));
    }
    const m = /^\/bai-viet\/tin-xay-dung-dang-so-(\d+)\.html$/.exec(url.pathname);
    const n = m ? Number(m[1]) : -1;
    if (n >= 0 && n < options.pagesPerHost) {
      const page = render(host, n);
      return void res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(page.length) }).end(page);
    }
    res.writeHead(404).end();
  };
  for (const host of options.hosts) {
    const server = http.createServer({ keepAliveTimeout: 30_000 }, handler);
    server.on("connection", (s) => {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    port = (server.address() as net.AddressInfo).port;
    servers.push(server);
  }
  if (options.prerender) {
    for (const h of options.hosts) for (let n = 0; n < options.pagesPerHost; n++) render(`${h}:${port}`, n);
  }
  return {
    startUrls: options.hosts.map((h) => `http://${h}:${port}/danh-muc/xay-dung-dang`),
    pages: options.hosts.length * options.pagesPerHost,
    requests: () => answered,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
