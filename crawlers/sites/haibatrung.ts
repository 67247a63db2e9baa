/**
 * The Hai Bà Trưng district portal, one of the Hanoi district sites on the city's Liferay
 * platform: department news pages list articles under `/-/view_content/<id>-<slug>.html`.
 */
import { defineProfile } from "../site-profile.ts";

/** haibatrung.hanoi.gov.vn, district news. */
export const haibatrung = defineProfile({
  id: "haibatrung",
  name: "Cổng thông tin điện tử quận Hai Bà Trưng",
  builtFrom:
    "Built from article URLs of the portal cited in the project's domain notes (Liferay " +
    "`/<section>/-/view_content/<id>-<slug>.html`). Not checked against the live site, which this build machine " +
    "cannot reach. The district level was abolished on 1/7/2025; the archive remains a source for older news.",
  startUrls: ["https://haibatrung.hanoi.gov.vn/tin-tuc-su-kien"],
  articleUrlPattern: /\/-\/view_content\/\d+-[^/]+$/,
  discoverFeeds: true,
  maxListingPages: 20,
  politeness: { hostDelayMs: 3000 },
});
