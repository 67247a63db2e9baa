/**
 * How values come back from PostgreSQL, the same on both backends: int8 and numeric as
 * numbers (our counts fit), `date` as its "YYYY-MM-DD" text (no time zone shift),
 * timestamps as ISO 8601 strings in UTC.
 */

/** PostgreSQL type OIDs whose text form we parse ourselves, with their parser. */
export const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  20: Number, // int8
  1700: Number, // numeric
  1082: (text: string) => text, // date
  1114: (text: string) => timestampToIso(text + "Z"), // timestamp (taken as UTC)
  1184: timestampToIso, // timestamptz
};

/** `2026-12-02 00:31:05.12+00` → `2026-12-02T00:31:05.120Z`; text that is no timestamp stays as is. */
export function timestampToIso(text: string): string {
  const iso = text.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00");
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}
