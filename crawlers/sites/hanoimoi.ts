/**
 * Hànộimới, the newspaper of the Hanoi Party Committee: its Party-building section
 * ("Xây dựng Đảng") reports the city's committees, conferences and directives.
 */
import { defineProfile } from "../site-profile.ts";

/** Báo Hànộimới, section Xây dựng Đảng. */
export const hanoimoi = defineProfile({
  id: "hanoimoi",
  name: "Báo Hànộimới — Xây dựng Đảng",
  builtFrom:
    "Built from the site's public URL layout as known from published links (section under /chinh-tri, article " +
    "URLs ending in a numeric id). Not checked against the live site, which this build machine cannot reach; " +
    "discovery relies on feed/sitemap discovery and link scoring, extraction on the generic path.",
  startUrls: ["https://hanoimoi.vn/chinh-tri/xay-dung-dang"],
  articleUrlPattern: /^https:\/\/hanoimoi\.vn\/[a-z0-9-]+-\d{4,}(\.html)?$/,
  discoverFeeds: true,
  maxListingPages: 30,
  politeness: { hostDelayMs: 2000 },
});
