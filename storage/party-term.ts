/**
 * The national Party term (khóa) a date falls in. Central numbering restarts with each
 * term, so a central document is one per id and term. A term is taken to begin on the
 * closing day of its National Congress (XIV: January 2026, day approximate).
 */

const TERMS: ReadonlyArray<readonly [start: string, term: string]> = [
  ["1996-07-01", "VIII"],
  ["2001-04-22", "IX"],
  ["2006-04-25", "X"],
  ["2011-01-19", "XI"],
  ["2016-01-28", "XII"],
  ["2021-02-01", "XIII"],
  ["2026-01-23", "XIV"],
];

/**
 * The term of a `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) date, or null before 1996-07 or for no date.
 *
 * @example partyTerm("2014-10-29") // "XI"
 */
export function partyTerm(date: string | null | undefined): string | null {
  if (!date || !/^\d{4}/.test(date)) return null;
  let found: string | null = null;
  for (const [start, term] of TERMS) if (date >= start) found = term;
  return found;
}
