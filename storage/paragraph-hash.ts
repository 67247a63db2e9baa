/**
 * Paragraph hashes: how `paragraph_counts` finds the same paragraph on many pages. The key is
 * the extractor's own (`paragraphHash` of `extractors/`: the lower-cased words), so the keys
 * the store returns as boilerplate are the ones `extract()` checks; the stored hash is its
 * SHA-1, short enough to index.
 */
import { createHash } from "node:crypto";
import { paragraphHash as paragraphKey } from "../extractors/index.ts";

/** The extractor's paragraph key (its lower-cased words joined by one space): what boilerplate sets hold. */
export { paragraphKey };

/**
 * The SHA-1 (hex) of a paragraph's key: equal for lines that differ only in case, spacing or
 * punctuation.
 *
 * @example paragraphHash(" Lượt  xem: ") === paragraphHash("lượt xem") // true
 */
export function paragraphHash(paragraph: string): string {
  return hashOfKey(paragraphKey(paragraph.normalize("NFC")));
}

/** The stored hash of a key made by {@link paragraphKey}. */
export function hashOfKey(key: string): string {
  return createHash("sha1").update(key).digest("hex");
}
