import { describe, expect, it } from "vitest";
import { normalizeUrl, sameHost } from "../../crawlers/url-normalize.ts";

describe("normalizeUrl", () => {
  it.each([
    ["HTTP://Example.VN:80/tin-tuc/?utm_source=fb&id=5#top", "http://example.vn/tin-tuc?id=5"],
    ["https://a.vn:443/x/", "https://a.vn/x"],
    ["https://a.vn/", "https://a.vn/"],
    ["https://a.vn", "https://a.vn/"],
    ["https://a.vn//tin//bai.html", "https://a.vn/tin/bai.html"],
    ["https://a.vn/Detail.aspx?ItemID=5&CatID=3", "https://a.vn/Detail.aspx?CatID=3&ItemID=5"],
    ["https://a.vn/a?fbclid=xyz&gclid=1&zarsrc=30", "https://a.vn/a"],
    ["https://user:pw@a.vn/a", "https://a.vn/a"],
    ["https://a.vn/tin-tức/bài-1", "https://a.vn/tin-t%E1%BB%A9c/b%C3%A0i-1"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it("resolves relative links against a base", () => {
    expect(normalizeUrl("../tin/bai-2.html#comments", "https://a.vn/chuyen-muc/xay-dung-dang/")).toBe("https://a.vn/chuyen-muc/tin/bai-2.html");
  });

  it.each(["mailto:a@b.vn", "javascript:void(0)", "ftp://a.vn/x", "not a url", ""])("rejects %s", (input) => {
    expect(normalizeUrl(input)).toBeNull();
  });

  it("compares hosts without case or www", () => {
    expect(sameHost("https://WWW.a.vn/x", "http://a.vn/y")).toBe(true);
    expect(sameHost("https://a.vn/x", "https://b.vn/x")).toBe(false);
  });
});
