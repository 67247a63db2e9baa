/**
 * A failure recorded during a crawl: which stage, which URL, the machine code and how the
 * crawler reacted. Collected in the crawl report and stored with the run.
 */
import { FetchError } from "../crawlers/fetch-error.ts";

/** One recorded failure. */
export interface CrawlError {
  stage: "discover" | "fetch" | "process";
  site: string;
  url: string;
  /** A `FetchErrorCode`, or `PARSE` / `EXTRACT` / `LOAD` for later stages. */
  code: string;
  /** `permanent`, `retryable` or `throttled` (for non-fetch failures: `permanent`). */
  kind: string;
  message: string;
  /** HTTP status when the server answered, else 0. */
  status: number;
  attempts: number;
  at: string;
}

/** Turns anything thrown in `stage` into a `CrawlError`. */
export function crawlError(stage: CrawlError["stage"], site: string, url: string, err: unknown, fallbackCode = "PARSE"): CrawlError {
  const at = new Date().toISOString();
  if (err instanceof FetchError) {
    return { stage, site, url, code: err.code, kind: err.kind, message: err.message, status: err.status, attempts: err.details.attempts ?? 1, at };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { stage, site, url, code: fallbackCode, kind: "permanent", message, status: 0, attempts: 1, at };
}
