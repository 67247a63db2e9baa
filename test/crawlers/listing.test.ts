import { describe, expect, it } from "vitest";
import { looksLikeArticleUrl, parseListing } from "../../crawlers/listing.ts";

const PAGE = "https://lamgiang.example.vn/chuyen-muc/xay-dung-dang";

describe("looksLikeArticleUrl", () => {
  it.each([
    ["https://a.vn/tin-tuc/quan-uy-bac-lam-so-ket-cong-tac-1001.html", true],
    ["https://a.vn/Portal/Detail.aspx?ItemID=1002&CatID=3", true],
    ["https://a.vn/phong-y-te/-/view_content/4564130-tap-trung-thuc-hien.html", true],
    ["https://a.vn/old/tin1004.htm", true],
    ["https://a.vn/chuyen-muc/xay-dung-dang", false],
    ["https://a.vn/tag/dang-vien-moi-ket-nap-2024", false],
    ["https://a.vn/anh/quang-canh-hoi-nghi-toan-canh.jpg", false],
    ["https://a.vn/lien-he", false],
  ])("%s → %s", (url, expected) => {
    expect(looksLikeArticleUrl(url)).toBe(expected);
  });
});

describe("parseListing (generic)", () => {
  const html = `<html><head><link rel="alternate" type="application/rss+xml" href="/rss/xdd.rss"></head><body>
    <nav><a href="/">Trang chủ</a> <a href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></nav>
    <ul>
      <li><a href="/tin/quan-uy-bac-lam-so-ket-1001.html?utm_source=home#top">Quận ủy Bắc Lâm sơ kết công tác xây dựng Đảng</a></li>
      <li><a href="/tin/quan-uy-bac-lam-so-ket-1001.html">Quận ủy Bắc Lâm sơ kết công tác xây dựng Đảng</a></li>
      <li><a href="https://other.example.vn/tin/ket-nap-dang-vien-moi-1002.html">Kết nạp đảng viên mới ở phường Vân Khê</a></li>
      <li><a href="/Portal/Detail.aspx?ItemID=1003">Huyện ủy Sông Đào học tập nghị quyết mới</a></li>
      <li><a href="/tin/ngan-1004.html">Ngắn</a></li>
    </ul>
    <div class="pager"><a href="?trang=1">1</a> <b>2</b> <a href="?trang=3">3</a></div></body></html>`;
  const sameSite = (u: string) => new URL(u).hostname === "lamgiang.example.vn";

  it("finds headline links with article-like URLs once, in scope, normalized", () => {
    const links = parseListing(html, `${PAGE}?trang=2`, {}, sameSite);
    expect(links.articles).toEqual([
      "https://lamgiang.example.vn/tin/quan-uy-bac-lam-so-ket-1001.html",
      "https://lamgiang.example.vn/Portal/Detail.aspx?ItemID=1003",
    ]);
    expect(links.feeds).toEqual(["https://lamgiang.example.vn/rss/xdd.rss"]);
  });

  it("takes the page number after the current one when there is no next link", () => {
    expect(parseListing(html, `${PAGE}?trang=2`, {}).nextPages).toEqual([`${PAGE}?trang=3`]);
  });

  it.each([
    ['<link rel="next" href="/chuyen-muc/xay-dung-dang/trang-2">', `${PAGE}/trang-2`],
    ['<a href="?page=2">Trang sau »</a>', `${PAGE}?page=2`],
    ['<a href="/p/2">»</a>', "https://lamgiang.example.vn/p/2"],
    ['<a class="next" href="?p=2"><img src="next.gif"></a>', `${PAGE}?p=2`],
  ])("next page from %s", (markup, expected) => {
    expect(parseListing(`<html><head></head><body>${markup}</body></html>`, PAGE, {}).nextPages).toEqual([expected]);
  });

  it("uses profile selectors and URL patterns when given", () => {
    const page = `<ul class="danh-sach"><li><a class="tieu-de" href="/x/1">Một</a></li></ul><a class="tieu-de" href="/x/2">Hai</a><a class="trang-sau" href="?trang=2">Sau</a>`;
    const links = parseListing(page, PAGE, { articleLinks: "ul.danh-sach a.tieu-de", nextPage: "a.trang-sau" });
    expect(links).toMatchObject({ articles: ["https://lamgiang.example.vn/x/1"], nextPages: [`${PAGE}?trang=2`] });
    expect(parseListing(page, PAGE, { articleUrlPattern: /\/x\/2$/ }).articles).toEqual(["https://lamgiang.example.vn/x/2"]);
  });
});
