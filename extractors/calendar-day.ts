/** Calendar days written `YYYY-MM-DD`, the form of every day in the record. */

/**
 * True for a real calendar day written YYYY-MM-DD.
 *
 * @example isCalendarDay("2014-11-14") // true
 * @example isCalendarDay("2014-02-30") // false
 */
export function isCalendarDay(s: string | null | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
