import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../crawlers/article.ts";
import { dateFromText, toVietnamDate } from "../../crawlers/published-date.ts";

const P1 = "Sáng 12/7, Ban Thường vụ Quận ủy Bắc Lâm tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023.";
const P2 = "Báo cáo nêu rõ, các chi bộ đã quán triệt Kết luận số 21-KL/TW tới 100% cán bộ, đảng viên trong toàn Đảng bộ quận.";
const P3 = "Đồng chí Trịnh Văn Quế - Bí thư Quận ủy yêu cầu hoàn thành rà soát quy hoạch cán bộ trước ngày 30/9/2023.";
const CAPTION = "Đại biểu dự hội nghị tại hội trường Quận ủy. Ảnh: Minh Khôi";
const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/tin/bai-${i}-lien-quan.html">Tin liên quan số ${i} về công tác xây dựng Đảng ở cơ sở</a></li>`).join("");

describe("htmlToArticle on modern markup", () => {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sơ kết 6 tháng - Cổng TTĐT Bắc Lâm</title>
    <meta property="og:title" content="Quận ủy Bắc Lâm sơ kết 6 tháng">
    <link rel="canonical" href="/tin/so-ket-1001.html?utm_source=x">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-07-12T20:30:00Z","author":{"@type":"Person","name":"Hạnh Dung"}}</script>
    </head><body><header><nav><a href="/">Trang chủ</a><a href="/xdd">Xây dựng Đảng</a></nav></header>
    <main><article><h1>Quận ủy Bắc Lâm sơ kết 6 tháng</h1><p class="sapo">${P1}</p>
    <div class="content"><p>${P2}</p><figure><img src="a.jpg"><figcaption>${CAPTION}</figcaption></figure><p>${P3}</p>
    <p><strong>Hạnh Dung</strong></p></div></article>
    <section class="related"><h3>Các tin khác</h3><ul>${related}</ul></section></main>
    <aside><h3>Tin nổi bật</h3><ul>${related}</ul></aside><footer><p>Bản quyền thuộc Cổng thông tin điện tử quận Bắc Lâm. Ghi rõ nguồn khi phát hành lại.</p></footer></body></html>`;
  const article = htmlToArticle(html, "https://bl.example.vn/tin/so-ket-1001.html?utm_source=fb");

  it("keeps the lead, the body and the caption, in order, and nothing of the chrome", () => {
    expect(article.paragraphs).toEqual([
      { text: P1, kind: "body" },
      { text: P2, kind: "body" },
      { text: CAPTION, kind: "caption" },
      { text: P3, kind: "body" },
      { text: "Hạnh Dung", kind: "body" },
    ]);
    expect(article.text).toBe([P1, P2, CAPTION, P3, "Hạnh Dung"].join("\n"));
    expect(article.captions).toEqual([CAPTION]);
  });

  it("reads title, canonical URL, author and the publication date in Vietnam time", () => {
    expect(article.title).toBe("Quận ủy Bắc Lâm sơ kết 6 tháng");
    expect(article.canonicalUrl).toBe("https://bl.example.vn/tin/so-ket-1001.html");
    expect(article.author).toBe("Hạnh Dung");
    expect(article.published).toBe("2023-07-13"); // 20:30 UTC is 03:30 the next day in Hanoi
  });
});

describe("htmlToArticle on an old layout-table CMS", () => {
  const menu = Array.from({ length: 12 }, (_, i) => `<tr><td><a href="/cm/${i}">Chuyên mục số ${i} của cổng</a></td></tr>`).join("");
  const nest = (inner: string, depth: number): string => (depth === 0 ? inner : `<table><tr><td>${nest(inner, depth - 1)}</td></tr></table>`);
  const body = `<font face="Arial">${P1}<br><br>${P2}<br><br></font><table class="image"><tr><td><img src="x.jpg"></td></tr><tr><td class="image_desc">${CAPTION}</td></tr></table>${P3}<br><br><b>Hạnh Dung</b>`;
  const html = `<html><head><title>Quận ủy Bắc Lâm sơ kết 6 tháng - Cổng thông tin điện tử - Quận Bắc Lâm</title></head><body>
    <table width="980"><tr><td colspan="2"><img src="banner.gif"></td></tr>
    <tr><td width="200"><table>${menu}</table></td><td>${nest(`<table><tr><td class="tieude"><b>Quận ủy Bắc Lâm sơ kết 6 tháng</b></td></tr>
    <tr><td>Thứ Bảy, ngày 23 tháng 11 năm 2024</td></tr><tr><td>Ngày đăng: 12/07/2023 | 09:15</td></tr>
    <tr><td>${body}</td></tr><tr><td><b>Các tin khác:</b><br>${related.replace(/<\/?li>/g, "")}</td></tr></table>`, 6)}</td></tr>
    <tr><td colspan="2">Bản quyền © Cổng thông tin điện tử quận Bắc Lâm</td></tr></table></body></html>`;

  it("finds the body through deep table nesting, lines split at <br>", () => {
    const article = htmlToArticle(html);
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2, CAPTION, P3, "Hạnh Dung"]);
    expect(article.paragraphs[2]!.kind).toBe("caption");
  });

  it("takes the headline out of <title> and prefers the labelled date over today's header date", () => {
    const article = htmlToArticle(html);
    expect(article.title).toBe("Quận ủy Bắc Lâm sơ kết 6 tháng");
    expect(article.published).toBe("2023-07-12");
  });

  it("uses profile selectors when given", () => {
    const article = htmlToArticle(html, null, { selectors: { title: "td.tieude", body: "td.image_desc" } });
    expect(article.paragraphs).toEqual([{ text: CAPTION, kind: "caption" }]);
  });

  it("converts a TCVN3 page to Unicode", () => {
    const legacy = new TextDecoder("windows-1252").decode(iconv.encode(html.replace(/[–—]/g, "-"), "tcvn"));
    const article = htmlToArticle(legacy);
    expect(article.legacyEncoding).toBe("tcvn3");
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2, CAPTION, P3, "Hạnh Dung"]);
    expect(article.published).toBe("2023-07-12");
  });
});

describe("htmlToArticle on a portal that marks its headline with no <h1>", () => {
  // The <title> is the site's name alone; the headline is a styled <div> above the text, the
  // publication a bare day-and-time stamp; a left column of links and a poll come first.
  const page = (headline: string) => `<html><head><meta charset="utf-8"><title>Cổng TTĐT quận Bắc Lâm</title></head><body>
    <div class="menu"><a href="/">Trang chủ</a> | <a href="/tt">Tin tức - Sự kiện</a> | <a href="/vb">Văn bản chỉ đạo</a></div>
    <table><tr><td class="left"><div class="box"><div>LIÊN KẾT WEBSITE</div><ul><li><a>Báo điện tử Đảng Cộng sản Việt Nam</a></li></ul></div>
    <div class="box"><p>Bạn đánh giá thế nào về giao diện mới của cổng thông tin?</p></div>
    <div class="box"><div>TIN MỚI</div><p>11/07/2023 10:20 Phường Tân Lập ra mắt mô hình dân vận khéo</p></div></td>
    <td class="main"><div class="tieude">${headline}</div><div class="ngay">Ngày 12/07/2023 | 14:20 | Lượt xem: 245</div>
    <div class="noidung"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p align="right"><b>Hạnh Dung</b></p></div>
    <div class="tinkhac"><b>Các tin khác</b><ul>${related}</ul></div></td></tr></table></body></html>`;

  it("takes the headline above the text and the publication from the stamp", () => {
    const article = htmlToArticle(page("Quận ủy Bắc Lâm sơ kết 6 tháng đầu năm 2023"));
    expect(article.title).toBe("Quận ủy Bắc Lâm sơ kết 6 tháng đầu năm 2023");
    expect(article.published).toBe("2023-07-12");
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, "Hạnh Dung"]);
  });

  it("takes the heading that opens the text (an <h3>) for the headline", () => {
    const html = `<html><head><title>Trang thông tin điện tử Đảng bộ quận Bắc Lâm</title></head><body>
      <div class="breadcrumb"><a>Trang chủ</a> » <a>Hoạt động Đảng bộ</a></div>
      <div class="journal-content-article"><h3 class="asset-title">Quận ủy Bắc Lâm sơ kết công tác 6 tháng</h3>
      <div class="date">Cập nhật lúc: 08:15 ngày 12/07/2023</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
    const article = htmlToArticle(html);
    expect(article.title).toBe("Quận ủy Bắc Lâm sơ kết công tác 6 tháng");
    expect(article.published).toBe("2023-07-12");
    expect(article.paragraphs.map((p) => p.text)).not.toContain("Quận ủy Bắc Lâm sơ kết công tác 6 tháng");
  });

  it("takes no sentence above the text for a headline", () => {
    const article = htmlToArticle(page("Mời bạn đọc xem thêm các tin bài của cổng."));
    expect(article.title).toBe("Cổng TTĐT quận Bắc Lâm");
  });
});

describe("odd input", () => {
  it.each(["", "<html>", "<p>ngắn</p>", "\u0000\u0001 binary", "<table>".repeat(2000)])("does not throw on %j", (html) => {
    const article = htmlToArticle(html);
    expect(typeof article.text).toBe("string");
  });
});

describe("dates", () => {
  it.each([
    ["Ngày đăng: 17/07/2019 | 09:15", "2019-07-17"],
    ["Cập nhật: 10/06/2016 16:05", "2016-06-10"],
    ["Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "2015-04-08"],
    ["ngày 13 tháng 11 năm 2014", "2014-11-13"],
    ["Cập nhật lúc: 08:15 ngày 12/04/2024", "2024-04-12"],
    ["Ngày 15/05/2024 | 14:20", "2024-05-15"],
    ["20/02/2017 - 09:52", "2017-02-20"],
    ["06/06/2024 11:13:03 CH", "2024-06-06"],
    ["12:07:05 04/12/2013", "2013-12-04"],
    ["14/05/2024 10:20 Huyện Sơn Khê tổng kết năm học", null],
    ["Ngày đăng: 31/02/2019", null],
    ["21/25 đảng bộ", null],
  ])("%s → %s", (text, expected) => {
    expect(dateFromText(text)).toBe(expected);
  });

  it.each([
    ["2024-03-01T20:30:00Z", "2024-03-02"],
    ["2024-03-01T08:30:00+07:00", "2024-03-01"],
    ["2024-03-01", "2024-03-01"],
    ["Tue, 12 Mar 2024 18:00:00 GMT", "2024-03-13"],
    ["12/03/2024", "2024-03-12"],
    ["hôm qua", null],
  ])("machine date %s → %s", (value, expected) => {
    expect(toVietnamDate(value)).toBe(expected);
  });
});
