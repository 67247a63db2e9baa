/**
 * Crawler settings: one table, each with its default, its environment variable and its unit
 * in the name. Parsed once (`crawlerOptionsFromEnv`) and passed down; profiles may override
 * the politeness fields per site.
 */

/** Everything the fetcher, the throttle and the robots cache need to know. */
export interface CrawlerOptions {
  /** Sent on every request. Env `VDP_USER_AGENT`. */
  userAgent: string;
  /** Requests in flight over all hosts. Env `VDP_CONCURRENCY`. */
  concurrency: number;
  /** Requests in flight per host. Env `VDP_PER_HOST_CONCURRENCY`. */
  perHostConcurrency: number;
  /** Minimum pause between two requests to one host; robots.txt Crawl-delay may raise it. Env `VDP_HOST_DELAY_MS`. */
  hostDelayMs: number;
  /** The largest Crawl-delay honoured; a site asking for more gets this. Env `VDP_MAX_CRAWL_DELAY_MS`. */
  maxCrawlDelayMs: number;
  /** TCP/TLS connect timeout. Env `VDP_CONNECT_TIMEOUT_MS`. */
  connectTimeoutMs: number;
  /** Time to wait for the response headers. Env `VDP_HEADERS_TIMEOUT_MS`. */
  headersTimeoutMs: number;
  /** Longest silence between two body chunks. Env `VDP_BODY_TIMEOUT_MS`. */
  bodyTimeoutMs: number;
  /** Whole request, first byte to last (stops a slow drip). Env `VDP_REQUEST_TIMEOUT_MS`. */
  requestTimeoutMs: number;
  /** Retries after the first attempt for timeouts, connection errors, 5xx and 429. Env `VDP_MAX_RETRIES`. */
  maxRetries: number;
  /** First backoff step; doubles per retry, with full jitter. Env `VDP_RETRY_BASE_MS`. */
  retryBaseMs: number;
  /** Longest single backoff pause. Env `VDP_RETRY_MAX_MS`. */
  retryMaxMs: number;
  /** A Retry-After longer than this is not waited for: the fetch fails as throttled. Env `VDP_MAX_RETRY_AFTER_MS`. */
  maxRetryAfterMs: number;
  /** Largest body on the wire (compressed). Env `VDP_MAX_BODY_BYTES`. */
  maxBodyBytes: number;
  /** Largest body after gzip / deflate / br decompression. Env `VDP_MAX_DECOMPRESSED_BYTES`. */
  maxDecompressedBytes: number;
  /** Redirects followed per fetch. Env `VDP_MAX_REDIRECTS`. */
  maxRedirects: number;
  /** Connect to private, loopback and link-local addresses (tests, the local portal). Env `VDP_ALLOW_PRIVATE=1`. */
  allowPrivate: boolean;
  /** Addresses or CIDR ranges allowed even though private, e.g. `127.0.0.1`, `10.1.0.0/16`. Env `VDP_ALLOW_ADDRESSES` (comma-separated). */
  allowAddresses: string[];
  /** Honour robots.txt. Only for sites that are ours (the local portal); env `VDP_IGNORE_ROBOTS=1` turns it off. */
  respectRobots: boolean;
  /**
   * How long a robots.txt that was read is kept before it is fetched again (a worker runs for
   * days). One that could not be read (5xx, network) is tried again after a tenth of this, at
   * most 10 minutes, so a passing outage does not shut a site out until the worker restarts.
   * Env `VDP_ROBOTS_MAX_AGE_MS`.
   */
  robotsMaxAgeMs: number;
}

/** The defaults, one comment per key in `CrawlerOptions`. */
export const DEFAULT_CRAWLER_OPTIONS: Readonly<CrawlerOptions> = Object.freeze({
  userAgent: "vdp/0.1 (Vietnamese directive pipeline; +https://github.com/vdp/vdp)",
  concurrency: 16,
  perHostConcurrency: 1,
  hostDelayMs: 1000,
  maxCrawlDelayMs: 30_000,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  requestTimeoutMs: 60_000,
  maxRetries: 3,
  retryBaseMs: 500,
  retryMaxMs: 30_000,
  maxRetryAfterMs: 120_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxDecompressedBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  allowAddresses: [],
  respectRobots: true,
  robotsMaxAgeMs: 24 * 60 * 60 * 1000,
});

const NUMERIC_ENV: Array<[keyof CrawlerOptions, string]> = [
  ["concurrency", "VDP_CONCURRENCY"],
  ["perHostConcurrency", "VDP_PER_HOST_CONCURRENCY"],
  ["hostDelayMs", "VDP_HOST_DELAY_MS"],
  ["maxCrawlDelayMs", "VDP_MAX_CRAWL_DELAY_MS"],
  ["connectTimeoutMs", "VDP_CONNECT_TIMEOUT_MS"],
  ["headersTimeoutMs", "VDP_HEADERS_TIMEOUT_MS"],
  ["bodyTimeoutMs", "VDP_BODY_TIMEOUT_MS"],
  ["requestTimeoutMs", "VDP_REQUEST_TIMEOUT_MS"],
  ["maxRetries", "VDP_MAX_RETRIES"],
  ["retryBaseMs", "VDP_RETRY_BASE_MS"],
  ["retryMaxMs", "VDP_RETRY_MAX_MS"],
  ["maxRetryAfterMs", "VDP_MAX_RETRY_AFTER_MS"],
  ["maxBodyBytes", "VDP_MAX_BODY_BYTES"],
  ["maxDecompressedBytes", "VDP_MAX_DECOMPRESSED_BYTES"],
  ["maxRedirects", "VDP_MAX_REDIRECTS"],
  ["robotsMaxAgeMs", "VDP_ROBOTS_MAX_AGE_MS"],
];

/**
 * Reads the settings from the environment over the defaults; a malformed number fails here,
 * naming the variable, instead of deep inside a crawl.
 * @example crawlerOptionsFromEnv({ VDP_HOST_DELAY_MS: "0" }).hostDelayMs // 0
 */
export function crawlerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CrawlerOptions {
  const options: CrawlerOptions = { ...DEFAULT_CRAWLER_OPTIONS, allowAddresses: [] };
  for (const [key, name] of NUMERIC_ENV) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
    (options as unknown as Record<string, number>)[key] = value;
  }
  if (env.VDP_USER_AGENT) options.userAgent = env.VDP_USER_AGENT;
  if (env.VDP_ALLOW_PRIVATE === "1") options.allowPrivate = true;
  if (env.VDP_IGNORE_ROBOTS === "1") options.respectRobots = false;
  if (env.VDP_ALLOW_ADDRESSES) {
    options.allowAddresses = env.VDP_ALLOW_ADDRESSES.split(",").map((s) => s.trim()).filter(Boolean);
  }
  return options;
}
