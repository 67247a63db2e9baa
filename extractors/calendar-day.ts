/** Calendar days written `YYYY-MM-DD`, the form of every day in the record. */

/** The last day asked about and the answer. */
const last: { input: string | null | undefined; answer: boolean } = { input: undefined, answer: false };

/**
 * True for a real calendar day written YYYY-MM-DD.
 *
 * @example isCalendarDay("2014-11-14") // true
 * @example isCalendarDay("2014-02-30") // false
 */
export function isCalendarDay(s: string | null | undefined): s is string {
  // No date at all is no day, and leaves the remembered answer for the date asked about next.
  if (!s) return false;
  // Each article asks about its publication date more than once: the last answer is kept.
  if (s === last.input) return last.answer;
  let answer = false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    // What `new Date(s + "T00:00:00Z")` round-trips: a month 1–12 and a day of it (proleptic Gregorian).
    const year = Number(s.slice(0, 4)), month = Number(s.slice(5, 7)), day = Number(s.slice(8, 10));
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    answer = month >= 1 && month <= 12 && day >= 1 && day <= days;
  }
  last.input = s;
  last.answer = answer;
  return answer;
}
