/**
 * Kinh tế & Đô thị, the Hanoi People's Committee newspaper: its politics section carries the
 * city's and districts' Party-building news (articles open with the source tag "KTĐT -").
 */
import { defineProfile } from "../site-profile.ts";

/** Kinh tế & Đô thị, section Chính trị (politics). */
export const kinhtedothi = defineProfile({
  id: "kinhtedothi",
  name: "Báo Kinh tế & Đô thị — Chính trị",
  builtFrom:
    "Built from the site's public URL layout as known from published links (section pages /chinh-tri, " +
    "article URLs ending in a numeric id and .html, RSS under /rss). Not checked against the live site, which " +
    "this build machine cannot reach; no body selectors are set, so generic extraction applies until a saved " +
    "page confirms them.",
  startUrls: ["https://kinhtedothi.vn/chinh-tri"],
  articleUrlPattern: /^https:\/\/kinhtedothi\.vn\/[a-z0-9-]+\.\d{5,}\.html$/,
  feeds: ["https://kinhtedothi.vn/rss/chinh-tri.rss"],
  maxListingPages: 30,
  politeness: { hostDelayMs: 2000 },
});
