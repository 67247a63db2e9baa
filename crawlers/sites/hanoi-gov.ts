/**
 * The Hanoi city government portal (Cổng giao tiếp điện tử thành phố Hà Nội): news of the
 * city's Party committee and People's Committee.
 */
import { defineProfile } from "../site-profile.ts";

/** hanoi.gov.vn, news section. */
export const hanoiGov = defineProfile({
  id: "hanoi-gov",
  name: "Cổng giao tiếp điện tử thành phố Hà Nội — Tin tức",
  builtFrom:
    "Built from the portal's public URL layout as known from published links (news under /tin-tuc-su-kien). " +
    "Not checked against the live site, which this build machine cannot reach; sitemaps are discovered from " +
    "robots.txt, extraction uses the generic path.",
  startUrls: ["https://hanoi.gov.vn/tin-tuc-su-kien"],
  discoverFeeds: true,
  maxListingPages: 20,
  politeness: { hostDelayMs: 3000 },
});
