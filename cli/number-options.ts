/**
 * Option parsers for counts and ports: a whole number ≥ 0 (a port at most 65535), or a clear
 * error naming what was given ("--limit expects a whole number, got \"abc\"").
 */
import { InvalidArgumentError } from "commander";

/** Parses a command-line count; commander reports the error with the option's name. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expects a whole number, got "${value}"`);
  return n;
}

/** Parses a TCP port (0–65535; 0 picks a free one). */
export function portNumber(value: string): number {
  const n = wholeNumber(value);
  if (n > 65535) throw new InvalidArgumentError(`expects a port 0–65535, got "${value}"`);
  return n;
}
