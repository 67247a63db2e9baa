/** The days a normalized date value covers: a day, a month (`YYYY-MM`) or a quarter (`YYYY-Qn`). */

/** First and last day, as `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The days `value` covers, or null when it is no valid day, month or quarter.
 *
 * @example periodRange("2014-12")   // { from: "2014-12-01", to: "2014-12-31" }
 * @example periodRange("2017-Q3")   // { from: "2017-07-01", to: "2017-09-30" }
 */
export function periodRange(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
    return { from: value, to: value };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { from: `${m[1]}-${pad(mo)}-01`, to: `${m[1]}-${pad(mo)}-${pad(lastDay(y, mo))}` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const last = q * 3;
    return { from: `${m[1]}-${pad(last - 2)}-01`, to: `${m[1]}-${pad(last)}-${pad(lastDay(y, last))}` };
  }
  return null;
}
