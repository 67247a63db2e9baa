/** Paragraph hashes: how `paragraph_counts` finds the same paragraph on many pages. */
import { createHash } from "node:crypto";

/**
 * The hash of a paragraph, as `paragraph_counts` counts it: SHA-1 (hex) of its NFC text with
 * runs of white space made one space and trimmed.
 *
 * @example paragraphHash(" Lượt  xem ") === paragraphHash("Lượt xem") // true
 */
export function paragraphHash(paragraph: string): string {
  return createHash("sha1").update(paragraph.normalize("NFC").replace(/\s+/gu, " ").trim()).digest("hex");
}
