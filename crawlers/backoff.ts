/**
 * Retry timing: exponential backoff with full jitter, and the server's Retry-After header
 * (seconds or an HTTP date) when it sends one.
 */

/** The backoff settings, in milliseconds. */
export interface BackoffOptions {
  retryBaseMs: number;
  retryMaxMs: number;
}

/**
 * The pause before retry number `retry` (1 for the first retry): a random value in
 * [0, min(max, base·2^(retry-1))] ("full jitter"), so many clients do not retry in step.
 * @example backoffDelayMs(3, { retryBaseMs: 100, retryMaxMs: 10_000 }, () => 1) // 400
 */
export function backoffDelayMs(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling * random());
}

/**
 * Milliseconds to wait from a Retry-After header value, or null when absent or unreadable.
 * @example parseRetryAfter("2") // 2000
 * @example parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT")) // 60000
 */
export function parseRetryAfter(value: string | undefined | null, nowMs: number = Date.now()): number | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
