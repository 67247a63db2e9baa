/**
 * Option parser for counts and ports: a whole number ≥ 0, or a clear error naming what was
 * given ("--limit expects a whole number, got \"abc\"").
 */
import { InvalidArgumentError } from "commander";

/** Parses a command-line count; commander reports the error with the option's name. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expects a whole number, got "${value}"`);
  return n;
}
