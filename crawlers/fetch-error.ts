/**
 * Why a fetch failed, and what the caller should do about it: `permanent` (bad input or a
 * refusal: do not retry), `retryable` (timeouts, connection errors, 5xx: try again later) or
 * `throttled` (429 / Retry-After beyond what we wait: come back after `retryAfterMs`).
 */

/** How the crawler reacts to a failure. */
export type FetchErrorKind = "permanent" | "retryable" | "throttled";

/** Stable machine-readable failure codes, recorded with the page. */
export type FetchErrorCode =
  | "BAD_URL"
  | "UNSUPPORTED_SCHEME"
  | "BLOCKED_ADDRESS"
  | "DNS_FAILED"
  | "ROBOTS_DISALLOWED"
  | "HTTP_4XX"
  | "HTTP_5XX"
  | "HTTP_429"
  | "TIMEOUT"
  | "CONNECTION"
  | "TRUNCATED"
  | "BODY_TOO_LARGE"
  | "DECOMPRESSED_TOO_LARGE"
  | "BAD_ENCODING"
  | "NOT_HTML"
  | "REDIRECT_LOOP"
  | "TOO_MANY_REDIRECTS";

/** A failed fetch: the code, the URL, and how the crawler should react. */
export class FetchError extends Error {
  override readonly name = "FetchError";

  constructor(
    readonly code: FetchErrorCode,
    readonly kind: FetchErrorKind,
    readonly url: string,
    /** What went wrong, in words, without the code and URL. */
    readonly reason: string,
    readonly details: { status?: number; attempts?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`${code} ${url}: ${reason}`, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /** The HTTP status when the server answered, else 0. */
  get status(): number {
    return this.details.status ?? 0;
  }

  /** A copy that records how many attempts were made. */
  withAttempts(attempts: number): FetchError {
    return new FetchError(this.code, this.kind, this.url, this.reason, { ...this.details, attempts });
  }
}
