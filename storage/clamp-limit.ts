/** Limits given on the command line, kept within bounds. */

/**
 * `limit` as a whole number from 1 to `max`; `fallback` when not given.
 *
 * @example clampLimit(5000, 20) // 1000
 */
export function clampLimit(limit: number | undefined, fallback: number, max = 1000): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}

