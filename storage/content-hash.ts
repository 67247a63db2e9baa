/** The hash that tells whether what vdp stored of an article has changed. */
import { createHash } from "node:crypto";
import type { ArticleRecord, Span } from "../extractors/types.ts";

const span = (s: Span): unknown[] => [s.start, s.end, s.text];

/**
 * The content hash of a record: SHA-256 over everything stored from it (title, dates, authors,
 * paragraphs, text and every finding), not its URL, file or fetch time. Fields are read in a
 * fixed order, so the key order of the JSON a record came from does not matter.
 *
 * @example contentHash(record) === contentHash(JSON.parse(JSON.stringify(record))) // true
 */
export function contentHash(record: ArticleRecord): string {
  const canonical = [
    record.title ?? null,
    record.published ?? null,
    record.eventDate ?? null,
    record.authors,
    record.paragraphs,
    record.text,
    record.directives.map((d) => [d.id, d.type, d.code, d.number, d.issuer, d.issuedBy, d.date, d.title, d.mentions.map(span)]),
    record.officials.map((o) => [o.name, o.roles, o.mentions.map(span)]),
    record.dates.map((d) => [d.value, ...span(d)]),
    record.deadlines.map((d) => [d.due, d.task, ...span(d)]),
  ];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}
