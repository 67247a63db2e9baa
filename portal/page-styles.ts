/**
 * The portal's page styles: a modern article page (semantic markup, JSON-LD, Open Graph), an
 * old layout-table CMS page, the same table page in windows-1258, a TCVN3 (.VnTime font)
 * page, and (fault mode) a UTF-8 page that declares ISO-8859-1. Every page carries the same
 * site chrome, and the body carries the same tool bar and closing note, which the crawler
 * must recognise as boilerplate.
 */
import iconv from "iconv-lite";
import type { PortalArticle } from "./sample-articles.ts";
import { isCaptionLine } from "./sample-articles.ts";
import { encodeWindows1258 } from "./windows-1258.ts";

/** How an article page is rendered and encoded. */
export type PageStyle = "modern" | "table" | "cp1258" | "tcvn3" | "wrong-charset";

/** A rendered response body. */
export interface RenderedPage {
  body: Buffer;
  contentType: string;
}

/** Site chrome lines; none of them may appear in an extracted article. */
export const PORTAL_CHROME = {
  siteName: "Cổng thông tin điện tử Đảng bộ thành phố Lâm Giang",
  tools: "In bài viết | Gửi email | Chia sẻ Facebook",
  closingNote: "Cổng thông tin điện tử Đảng bộ thành phố Lâm Giang ghi rõ nguồn khi phát hành lại thông tin từ website này.",
  footer: "Cơ quan chủ quản: Ban Tuyên giáo Thành ủy Lâm Giang. Địa chỉ: số 8 phố Bến Thuyền, phường Vọng Nguyệt.",
  related: "Các tin khác",
  highlights: "Tin nổi bật",
  menu: ["Trang chủ", "Tin tức - Sự kiện", "Xây dựng Đảng", "Văn bản chỉ đạo", "Gương người tốt việc tốt", "Liên hệ"],
};

/** Punctuation TCVN3 cannot hold, folded as typists of the time wrote it. */
export function tcvn3Safe(text: string): string {
  return text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, "-").replace(/…/g, "...");
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** What a page needs to know about its neighbours. */
export interface PageContext {
  baseUrl: string;
  canonicalPath: string;
  related: Array<{ title: string; path: string }>;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function modernBody(article: PortalArticle): string {
  return article.paragraphs
    .map((line) =>
      isCaptionLine(line)
        ? `<figure class="image"><img src="/anh/${article.id}.jpg" alt=""><figcaption>${escapeHtml(line)}</figcaption></figure>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join("\n");
}

function modern(article: PortalArticle, ctx: PageContext, charsetHeader: string, metaCharset: boolean): RenderedPage {
  const e = escapeHtml;
  const ld = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    datePublished: `${article.published}T08:30:00+07:00`,
    publisher: { "@type": "Organization", name: PORTAL_CHROME.siteName },
  });
  const html = `<!DOCTYPE html>
<html lang="vi"><head>${metaCharset ? '<meta charset="utf-8">' : ""}
<title>${e(article.title)} - ${e(PORTAL_CHROME.siteName)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${e(article.title)}">
<meta property="article:published_time" content="${article.published}T08:30:00+07:00">
<link rel="canonical" href="${ctx.baseUrl}${ctx.canonicalPath}">
<link rel="alternate" type="application/rss+xml" title="Xây dựng Đảng" href="/rss/xay-dung-dang.rss">
<script type="application/ld+json">${ld}</script>
<style>body{font-family:sans-serif} .menu a{margin-right:1em}</style>
</head><body>
<header class="site-header"><div class="logo"><a href="/">${e(PORTAL_CHROME.siteName)}</a></div>
<nav class="menu">${PORTAL_CHROME.menu.map((m, i) => `<a href="/${i === 2 ? "chuyen-muc/xay-dung-dang" : ""}">${e(m)}</a>`).join("")}</nav></header>
<div class="wrap"><main class="main">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></div>
<article class="article">
<h1 class="article-title">${e(article.title)}</h1>
<div class="article-meta"><time class="ngay-dang" datetime="${article.published}T08:30:00+07:00">Ngày đăng: ${dmy(article.published)} | 08:30</time></div>
<div class="article-tools">${e(PORTAL_CHROME.tools)}</div>
<div class="article-body">
${modernBody(article)}
</div>
<p class="article-note">${e(PORTAL_CHROME.closingNote)}</p>
</article>
<section class="related"><h3>${e(PORTAL_CHROME.related)}</h3><ul>${ctx.related.map((r) => `<li><a href="${r.path}">${e(r.title)}</a></li>`).join("")}</ul></section>
</main>
<aside class="sidebar"><h3>${e(PORTAL_CHROME.highlights)}</h3><ul>${ctx.related.map((r) => `<li><a href="${r.path}">${e(r.title)}</a></li>`).join("")}</ul></aside></div>
<footer class="site-footer"><p>${e(PORTAL_CHROME.footer)}</p><p>© 2024 ${e(PORTAL_CHROME.siteName)}</p></footer>
</body></html>`;
  return { body: Buffer.from(html, "utf8"), contentType: `text/html${charsetHeader}` };
}

function tableHtml(article: PortalArticle, ctx: PageContext, font: string | null, metaCharset: string | null): string {
  const e = escapeHtml;
  const f = (s: string) => (font ? `<font face="${font}">${s}</font>` : s);
  const body = article.paragraphs
    .map((line) =>
      isCaptionLine(line)
        ? `<table class="image" align="center"><tr><td><img src="/anh/${article.id}.jpg"></td></tr><tr><td class="image_desc">${f(e(line))}</td></tr></table>`
        : `${f(e(line))}<br><br>`,
    )
    .join("\n");
  const menu = PORTAL_CHROME.menu.map((m) => `<tr><td class="menu-item"><a href="/chuyen-muc/xay-dung-dang">${f(e(m))}</a></td></tr>`).join("");
  return `<html><head>${metaCharset ? `<meta http-equiv="Content-Type" content="text/html; charset=${metaCharset}">` : ""}
<title>${e(article.title)} - ${e(PORTAL_CHROME.siteName)}</title></head>
<body bgcolor="#ffffff" topmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="/anh/banner.gif" width="980" height="120"><table width="100%"><tr>${PORTAL_CHROME.menu.map((m) => `<td><a href="/">${f(e(m))}</a></td>`).join("")}</tr></table></td></tr>
<tr><td width="200" valign="top"><table width="100%" class="left-menu">${menu}</table>
<table width="100%"><tr><td><b>${f(e(PORTAL_CHROME.highlights))}</b></td></tr>${ctx.related.map((r) => `<tr><td><a href="${r.path}">${f(e(r.title))}</a></td></tr>`).join("")}</table></td>
<td width="780" valign="top"><table width="100%" cellpadding="4"><tr><td>
<table width="100%"><tr><td class="tieude"><b>${f(e(article.title))}</b></td></tr>
<tr><td class="ngaydang">${f(`Ngày đăng: ${dmy(article.published)} | 09:15`)}</td></tr>
<tr><td class="cong-cu">${f(e(PORTAL_CHROME.tools))}</td></tr>
<tr><td class="noidung"><table width="100%"><tr><td>
${body}
${f(e(PORTAL_CHROME.closingNote))}
</td></tr></table></td></tr>
<tr><td class="tin-khac"><b>${f(e(PORTAL_CHROME.related))}:</b><br>${ctx.related.map((r) => `<a href="${r.path}">${f(e(r.title))}</a><br>`).join("")}</td></tr>
</table></td></tr></table></td></tr>
<tr><td colspan="2" align="center" class="footer">${f(e(PORTAL_CHROME.footer))}<br>${f(`Bản quyền © ${e(PORTAL_CHROME.siteName)}`)}</td></tr>
</table></body></html>`;
}

/** Renders `article` in `style`. */
export function renderArticlePage(article: PortalArticle, style: PageStyle, ctx: PageContext): RenderedPage {
  switch (style) {
    case "modern":
      return modern(article, ctx, "; charset=utf-8", true);
    case "wrong-charset":
      return modern(article, ctx, "; charset=iso-8859-1", false);
    case "table":
      return { body: Buffer.from(tableHtml(article, ctx, null, "utf-8"), "utf8"), contentType: "text/html; charset=utf-8" };
    case "cp1258":
      return { body: encodeWindows1258(tableHtml(article, ctx, null, "windows-1258")), contentType: "text/html; charset=windows-1258" };
    case "tcvn3": {
      const safe: PortalArticle = { ...article, title: tcvn3Safe(article.title), paragraphs: article.paragraphs.map(tcvn3Safe) };
      const html = tcvn3Safe(tableHtml(safe, { ...ctx, related: ctx.related.map((r) => ({ ...r, title: tcvn3Safe(r.title) })) }, ".VnTime", null));
      return { body: iconv.encode(html, "tcvn"), contentType: "text/html" };
    }
  }
}
