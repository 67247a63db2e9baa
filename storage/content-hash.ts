/** The hash that tells whether what vdp stored of an article has changed. */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../extractors/types.ts";

// JSON with object keys sorted, so that key order does not change the hash.
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The content hash of a record: SHA-256 over everything stored from it (title, dates, authors,
 * paragraphs, text and every finding), not its URL or fetch time. Equal hash: unchanged.
 */
export function contentHash(record: ArticleRecord): string {
  const content = {
    title: record.title,
    published: record.published,
    eventDate: record.eventDate,
    authors: record.authors,
    paragraphs: record.paragraphs,
    directives: record.directives,
    officials: record.officials,
    dates: record.dates,
    deadlines: record.deadlines,
    text: record.text,
  };
  return createHash("sha256").update(stableJson(content)).digest("hex");
}

