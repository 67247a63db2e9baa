/**
 * The local sample portal (`portal/`), served on 127.0.0.1 by the tests and the demo. Its
 * markup is ours, so every selector is exact; the generic path is tested against it too.
 */
import { defineProfile } from "../site-profile.ts";

/** The default address `vdp portal` listens on. */
export const SAMPLE_PORTAL_URL = "http://127.0.0.1:8090";

/** Profile for the local portal at `baseUrl` (default `SAMPLE_PORTAL_URL`). */
export function samplePortalProfile(baseUrl: string = SAMPLE_PORTAL_URL) {
  const base = baseUrl.replace(/\/$/, "");
  return defineProfile({
    id: "sample-portal",
    name: "Local sample portal (vdp portal)",
    builtFrom: "The portal in portal/ of this repository, rendered from samples/articles.",
    startUrls: [`${base}/chuyen-muc/xay-dung-dang`],
    articleLinks: "ul.danh-sach a.tieu-de",
    nextPage: "div.phan-trang a.trang-sau",
    feeds: [`${base}/rss/xay-dung-dang.rss`],
    sitemaps: [`${base}/sitemap.xml`],
    selectors: {
      title: "h1.article-title, td.tieude",
      body: "div.article-body, td.noidung",
      published: "time.ngay-dang, td.ngaydang",
      remove: [".article-tools", ".cong-cu"],
    },
  });
}

/** The profile at the default address. */
export const samplePortal = samplePortalProfile();
