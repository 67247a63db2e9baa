import { describe, expect, it } from "vitest";
import { parseFeed } from "../../crawlers/feeds.ts";
import { parseSitemap } from "../../crawlers/sitemaps.ts";

const BASE = "https://lamgiang.example.vn/rss/tin.rss";

describe("parseFeed", () => {
  it("reads RSS 2.0 items, normalizing links and keeping dates", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>
      <item><title>Hội nghị &amp; quán triệt</title><link>https://lamgiang.example.vn/tin/a-1001.html?utm_source=rss</link><pubDate>Tue, 12 Mar 2024 01:30:00 GMT</pubDate></item>
      <item><title><![CDATA[Kết nạp đảng viên]]></title><link>/tin/b-1002.html#x</link></item>
      <item><title>Chỉ có guid</title><guid>https://lamgiang.example.vn/tin/c-1003.html</guid></item>
    </channel></rss>`;
    expect(parseFeed(xml, BASE)).toEqual([
      { url: "https://lamgiang.example.vn/tin/a-1001.html", title: "Hội nghị & quán triệt", published: "Tue, 12 Mar 2024 01:30:00 GMT" },
      { url: "https://lamgiang.example.vn/tin/b-1002.html", title: "Kết nạp đảng viên", published: null },
      { url: "https://lamgiang.example.vn/tin/c-1003.html", title: "Chỉ có guid", published: null },
    ]);
  });

  it("reads Atom entries, preferring the alternate link", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
      <entry><title>Một</title><link rel="self" href="https://lamgiang.example.vn/api/1"/><link rel="alternate" href="https://lamgiang.example.vn/tin/mot-1.html"/><published>2024-03-12T08:30:00+07:00</published></entry>
      <entry><title>Hai</title><link href="https://lamgiang.example.vn/tin/hai-2.html"/><updated>2024-03-13T08:30:00+07:00</updated></entry></feed>`;
    expect(parseFeed(xml, BASE).map((i) => [i.url, i.published])).toEqual([
      ["https://lamgiang.example.vn/tin/mot-1.html", "2024-03-12T08:30:00+07:00"],
      ["https://lamgiang.example.vn/tin/hai-2.html", "2024-03-13T08:30:00+07:00"],
    ]);
  });

  it("reads RSS 1.0 (RDF)", () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Tin</title></channel><item><title>Ba</title><link>https://lamgiang.example.vn/tin/ba-3.html</link><dc:date>2024-03-14</dc:date></item></rdf:RDF>`;
    expect(parseFeed(xml, BASE)).toEqual([{ url: "https://lamgiang.example.vn/tin/ba-3.html", title: "Ba", published: "2024-03-14" }]);
  });

  it.each([
    ["<html><body>not a feed</body></html>", /neither RSS nor Atom/],
    ["<rss><channel><item><title>x</title></item>", /not well-formed/],
  ])("rejects %s naming the feed", (xml, message) => {
    expect(() => parseFeed(xml, BASE)).toThrow(message);
    expect(() => parseFeed(xml, BASE)).toThrow(BASE);
  });
});

describe("parseSitemap", () => {
  it("reads a sitemap index", () => {
    const xml = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://lamgiang.example.vn/sitemaps/a.xml</loc></sitemap><sitemap><loc>https://lamgiang.example.vn/sitemaps/b.xml.gz</loc></sitemap></sitemapindex>`;
    expect(parseSitemap(xml, BASE)).toEqual({ entries: [], sitemaps: ["https://lamgiang.example.vn/sitemaps/a.xml", "https://lamgiang.example.vn/sitemaps/b.xml.gz"] });
  });

  it("reads a news sitemap with titles and dates", () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://lamgiang.example.vn/Detail.aspx?ItemID=5&amp;CatID=3</loc><lastmod>2024-03-12</lastmod>
      <news:news><news:publication_date>2024-03-12T08:30:00+07:00</news:publication_date><news:title>Quận ủy sơ kết</news:title></news:news></url>
      <url><loc>https://lamgiang.example.vn/tin/x-1.html</loc></url></urlset>`;
    expect(parseSitemap(xml, BASE).entries).toEqual([
      { url: "https://lamgiang.example.vn/Detail.aspx?CatID=3&ItemID=5", lastmod: "2024-03-12", newsTitle: "Quận ủy sơ kết", newsPublished: "2024-03-12T08:30:00+07:00" },
      { url: "https://lamgiang.example.vn/tin/x-1.html", lastmod: null, newsTitle: null, newsPublished: null },
    ]);
  });

  it("rejects a document that is not a sitemap", () => {
    expect(() => parseSitemap("<html></html>", BASE)).toThrow(/neither <urlset> nor <sitemapindex>/);
  });
});
