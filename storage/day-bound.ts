/** Date options of the query commands: a day, a month or a quarter, checked at the entry point. */
import { periodRange } from "./period-range.ts";

/**
 * The first (`"start"`) or last (`"end"`) day of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn`
 * option value; throws naming the option when it is none of them.
 *
 * @example dayBound("2014-11", "start", "--from") // "2014-11-01"
 */
export function dayBound(value: string | null | undefined, side: "start" | "end", option: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  const range = periodRange(value.trim());
  if (!range) throw new Error(`${option}: expected a date like 2014-11-20, 2014-11 or 2014-Q4, got ${JSON.stringify(value)}`);
  return side === "start" ? range.from : range.to;
}
