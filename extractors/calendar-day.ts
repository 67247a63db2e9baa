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
  if (s && /^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    answer = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }
  last.input = s;
  last.answer = answer;
  return answer;
}
