/**
 * The HTTP fetcher (undici): robots.txt with Crawl-delay, one request at a time per host with
 * a minimum delay, a global cap, retries with backoff and jitter (Retry-After honoured),
 * conditional GET, body / decompression / redirect limits, content-type checks, charset
 * decoding and outbound address safety. Failures are thrown as `FetchError`s that say whether
 * to retry; nothing here knows about storage.
 */
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Agent, request } from "undici";
import type { Dispatcher } from "undici";
import { AddressPolicy } from "./address-policy.ts";
import { backoffDelayMs, parseRetryAfter } from "./backoff.ts";
import { decodeBody } from "./charset.ts";
import type { CharsetSource } from "./charset.ts";
import { ConcurrencyLimit } from "./concurrency-limit.ts";
import { DEFAULT_CRAWLER_OPTIONS } from "./crawler-options.ts";
import type { CrawlerOptions } from "./crawler-options.ts";
import { DecompressedTooLargeError, decompressBody } from "./decompress.ts";
import { FetchError } from "./fetch-error.ts";
import type { FetchErrorCode } from "./fetch-error.ts";
import type { HostGate } from "./host-gate.ts";
import { HostThrottle } from "./host-throttle.ts";
import { RobotsCache } from "./robots.ts";
import type { RobotsRules } from "./robots.ts";
import type { PageValidators } from "./validator-store.ts";

/** Which content types a fetch accepts: article pages are HTML only. */
export type AcceptKind = "html" | "xml" | "text";

/** Per-fetch settings. */
export interface FetchOptions {
  /** Content types accepted; default `html`. */
  accept?: AcceptKind;
  /** Validators of the last fetch, sent as If-None-Match / If-Modified-Since. */
  validators?: PageValidators | null;
  /** A charset that overrides what the site declares (profiles of sites that lie). */
  charset?: string | null;
}

/** A fetched document, decoded to text. */
export interface FetchedDocument {
  kind: "page";
  /** The URL asked for. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  text: string;
  charset: string;
  charsetSource: CharsetSource;
  /** The charset the server declared when the bytes said otherwise. */
  declaredCharset: string | null;
  /** Bytes after decompression. */
  bytes: number;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the decompressed body, hex. */
  contentHash: string;
  fetchedAt: string;
  attempts: number;
}

/** The server said the page is unchanged since the validators were recorded. */
export interface NotModified {
  kind: "not-modified";
  url: string;
  finalUrl: string;
  status: 304;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
  attempts: number;
}

/** What a successful fetch returns. */
export type FetchResult = FetchedDocument | NotModified;

const ACCEPT_HEADER: Record<AcceptKind, string> = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  xml: "application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,*/*;q=0.1",
  text: "text/plain,*/*;q=0.1",
};

const ACCEPTS: Record<AcceptKind, (type: string) => boolean> = {
  html: (t) => t === "" || t === "text/html" || t === "application/xhtml+xml",
  xml: (t) => t === "" || /xml|rss|atom|^text\/|gzip|octet-stream/.test(t),
  text: (t) => t === "" || t.startsWith("text/"),
};

const RETRYABLE_NETWORK = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);
const TIMEOUTS = new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ETIMEDOUT",
  "ABORT_ERR",
  "UND_ERR_ABORTED",
  "23", // DOMException TIMEOUT_ERR
]);

/** Optional collaborators, for tests and embedding. */
export interface FetcherDeps {
  now?: () => number;
  random?: () => number;
  /** Called before each retry pause, e.g. to log it. */
  onRetry?: (error: FetchError, attempt: number, waitMs: number) => void;
  /** Per-host politeness shared beyond this process (default: a `HostThrottle` of its own). */
  throttle?: HostGate;
}

/** Fetches pages politely and safely; one instance per crawl, `close()` when done. */
export class Fetcher {
  readonly options: CrawlerOptions;
  readonly policy: AddressPolicy;
  readonly throttle: HostGate;
  private readonly limit: ConcurrencyLimit;
  private readonly robots: RobotsCache;
  private readonly agent: Dispatcher;
  private readonly random: () => number;
  private readonly onRetry: FetcherDeps["onRetry"];

  constructor(options: Partial<CrawlerOptions> = {}, deps: FetcherDeps = {}) {
    this.options = { ...DEFAULT_CRAWLER_OPTIONS, ...options };
    const o = this.options;
    this.policy = new AddressPolicy({ allowPrivate: o.allowPrivate, allow: o.allowAddresses });
    this.throttle = deps.throttle ?? new HostThrottle(o.perHostConcurrency, o.hostDelayMs, deps.now);
    this.limit = new ConcurrencyLimit(o.concurrency);
    this.random = deps.random ?? Math.random;
    this.onRetry = deps.onRetry;
    this.agent = new Agent({
      connect: { timeout: o.connectTimeoutMs, lookup: this.policy.lookup },
      headersTimeout: o.headersTimeoutMs,
      bodyTimeout: o.bodyTimeoutMs,
      keepAliveTimeout: 10_000,
    });
    this.robots = new RobotsCache(async (url) => {
      try {
        const doc = await this.attempt(url, { accept: "text" }, false);
        return { status: doc.status, text: doc.kind === "page" ? doc.text : "" };
      } catch (err) {
        if (err instanceof FetchError && err.status > 0) return { status: err.status, text: "" };
        if (err instanceof FetchError && err.code === "NOT_HTML") return { status: 404, text: "" };
        throw err;
      }
    }, o.userAgent, { maxAgeMs: o.robotsMaxAgeMs, now: deps.now });
  }

  /** The robots.txt rules for the origin of `url` (fetched once per origin and kept for `robotsMaxAgeMs`). */
  robotsFor(url: string): Promise<RobotsRules> {
    return this.robots.forUrl(url);
  }

  /**
   * Fetches `url`, retrying what is worth retrying. Resolves to the page or a 304; rejects
   * with a `FetchError` whose `kind` says whether a later retry could help.
   */
  async fetch(url: string, options: FetchOptions = {}): Promise<FetchResult> {
    const maxAttempts = this.options.maxRetries + 1;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.attempt(url, options, true);
        return { ...result, attempts: attempt };
      } catch (err) {
        const error = toFetchError(err, url);
        if (error.kind === "permanent" || attempt >= maxAttempts) throw error.withAttempts(attempt);
        const retryAfter = error.details.retryAfterMs;
        if (retryAfter !== undefined && retryAfter > this.options.maxRetryAfterMs) throw error.withAttempts(attempt);
        const wait = retryAfter ?? backoffDelayMs(attempt, this.options, this.random);
        this.onRetry?.(error, attempt, wait);
        await sleep(wait);
      }
    }
  }

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  /** One attempt, following redirects by hand so each hop is checked. */
  private async attempt(url: string, options: FetchOptions, checkRobots: boolean): Promise<FetchResult> {
    const accept = options.accept ?? "html";
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = this.checkUrl(current);
      if (checkRobots && this.options.respectRobots) await this.checkRobots(target);
      seen.add(target.href);
      const response = await this.once(target, accept, hop === 0 ? options.validators : null, options.charset ?? null);
      if ("redirect" in response) {
        const next = new URL(response.redirect, target).href;
        if (seen.has(next)) throw new FetchError("REDIRECT_LOOP", "permanent", url, `redirect loop back to ${next}`, { status: response.status });
        if (hop + 1 > this.options.maxRedirects) {
          throw new FetchError("TOO_MANY_REDIRECTS", "permanent", url, `more than ${this.options.maxRedirects} redirects`, { status: response.status });
        }
        current = next;
        continue;
      }
      return { ...response, url, finalUrl: target.href, attempts: 1 };
    }
  }

  private checkUrl(raw: string): URL {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new FetchError("BAD_URL", "permanent", raw, "not a valid absolute URL");
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") {
      throw new FetchError("UNSUPPORTED_SCHEME", "permanent", raw, `only http and https are fetched, not ${u.protocol}`);
    }
    const refused = this.policy.refuseLiteral(u.hostname);
    if (refused) throw new FetchError("BLOCKED_ADDRESS", "permanent", raw, refused);
    return u;
  }

  private async checkRobots(u: URL): Promise<void> {
    const rules = await this.robots.forUrl(u.href);
    const failure = rules.failure;
    if (failure instanceof FetchError && (failure.code === "BLOCKED_ADDRESS" || failure.code === "DNS_FAILED")) {
      // The host itself is unreachable or refused: say so, rather than blaming robots.txt.
      throw new FetchError(failure.code, failure.kind, u.href, failure.reason);
    }
    if (rules.crawlDelayMs !== null) {
      this.throttle.setDelay(u.host, Math.min(rules.crawlDelayMs, this.options.maxCrawlDelayMs));
    }
    if (!rules.isAllowed(u.href)) {
      throw new FetchError("ROBOTS_DISALLOWED", "permanent", u.href, rules.unavailable ?? "disallowed by robots.txt");
    }
  }

  /** One HTTP exchange inside the global and per-host slots. */
  private async once(
    u: URL,
    accept: AcceptKind,
    validators: PageValidators | null | undefined,
    charsetOverride: string | null,
  ): Promise<Omit<FetchedDocument, "url" | "finalUrl" | "attempts"> | Omit<NotModified, "url" | "finalUrl" | "attempts"> | { redirect: string; status: number }> {
    const releaseGlobal = await this.limit.acquire();
    const releaseHost = await this.throttle.acquire(u.host);
    const href = u.href;
    try {
      const headers: Record<string, string> = {
        "user-agent": this.options.userAgent,
        accept: ACCEPT_HEADER[accept],
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "vi,en;q=0.5",
      };
      if (validators?.etag) headers["if-none-match"] = validators.etag;
      if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;

      const signal = AbortSignal.timeout(this.options.requestTimeoutMs);
      const res = await request(href, { method: "GET", headers, dispatcher: this.agent, signal }).catch((err: unknown) => {
        throw toFetchError(err, href);
      });
      // A body we abandon (destroy) or drain emits errors nobody awaits: keep them from crashing the process.
      res.body.on("error", () => undefined);
      const status = res.statusCode;
      const header = (name: string): string | undefined => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const fetchedAt = new Date().toISOString();

      if (status >= 300 && status < 400 && status !== 304) {
        res.body.resume();
        const location = header("location");
        if (!location) throw new FetchError("HTTP_4XX", "permanent", href, `redirect ${status} without a Location header`, { status });
        return { redirect: location, status };
      }
      if (status === 304) {
        res.body.resume();
        return { kind: "not-modified", status: 304, etag: header("etag") ?? validators?.etag ?? null, lastModified: header("last-modified") ?? validators?.lastModified ?? null, fetchedAt };
      }
      if (status === 429 || status >= 500) {
        res.body.resume();
        const retryAfterMs = parseRetryAfter(header("retry-after")) ?? undefined;
        if (status === 429) throw new FetchError("HTTP_429", "throttled", href, "429 Too Many Requests", { status, retryAfterMs });
        throw new FetchError("HTTP_5XX", "retryable", href, `server error ${status}`, { status, retryAfterMs });
      }
      if (status >= 400 || status < 200) {
        res.body.resume();
        throw new FetchError("HTTP_4XX", "permanent", href, `status ${status}`, { status });
      }

      const contentType = (header("content-type") ?? "").toLowerCase();
      const mediaType = contentType.split(";")[0]!.trim();
      if (!ACCEPTS[accept](mediaType)) {
        res.body.destroy();
        throw new FetchError("NOT_HTML", "permanent", href, `content type "${mediaType}" is not ${accept}`, { status });
      }
      const declaredLength = Number(header("content-length") ?? NaN);
      if (declaredLength > this.options.maxBodyBytes) {
        res.body.destroy();
        throw new FetchError("BODY_TOO_LARGE", "permanent", href, `Content-Length ${declaredLength} exceeds ${this.options.maxBodyBytes} bytes`, { status });
      }

      const raw = await this.readBody(res.body, href, status, declaredLength);
      let body: Buffer;
      try {
        body = await decompressBody(raw, header("content-encoding"), this.options.maxDecompressedBytes);
        if (accept === "xml" && body[0] === 0x1f && body[1] === 0x8b) {
          body = await decompressBody(body, "gzip", this.options.maxDecompressedBytes);
        }
      } catch (err) {
        if (err instanceof DecompressedTooLargeError) throw new FetchError("DECOMPRESSED_TOO_LARGE", "permanent", href, err.message, { status });
        throw new FetchError("BAD_ENCODING", "permanent", href, `cannot decode content-encoding: ${(err as Error).message}`, { status });
      }
      if (accept === "html" && mediaType === "" && !looksLikeHtml(body)) {
        throw new FetchError("NOT_HTML", "permanent", href, "no content type and the body is not HTML", { status });
      }
      let decoded: ReturnType<typeof decodeBody>;
      try {
        decoded = decodeBody(body, contentType, charsetOverride);
      } catch (err) {
        throw new FetchError("BAD_ENCODING", "permanent", href, (err as Error).message, { status });
      }
      return {
        kind: "page",
        status,
        contentType: mediaType,
        text: decoded.text,
        charset: decoded.charset,
        charsetSource: decoded.source,
        declaredCharset: decoded.declared,
        bytes: body.length,
        etag: header("etag") ?? null,
        lastModified: header("last-modified") ?? null,
        contentHash: createHash("sha256").update(body).digest("hex"),
        fetchedAt,
      };
    } finally {
      releaseHost();
      releaseGlobal();
    }
  }

  private async readBody(body: AsyncIterable<Buffer> & { destroy(err?: Error): void }, href: string, status: number, declaredLength: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of body) {
        size += chunk.length;
        if (size > this.options.maxBodyBytes) {
          body.destroy();
          throw new FetchError("BODY_TOO_LARGE", "permanent", href, `body exceeds ${this.options.maxBodyBytes} bytes`, { status });
        }
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof FetchError) throw err;
      const mapped = toFetchError(err, href, status);
      if (mapped.code === "CONNECTION" || mapped.code === "TRUNCATED") {
        throw new FetchError("TRUNCATED", "retryable", href, `body cut off after ${size} bytes${Number.isFinite(declaredLength) ? ` of ${declaredLength}` : ""}`, { status, cause: err });
      }
      throw mapped;
    }
    if (Number.isFinite(declaredLength) && size < declaredLength) {
      throw new FetchError("TRUNCATED", "retryable", href, `body cut off after ${size} of ${declaredLength} bytes`, { status });
    }
    return Buffer.concat(chunks, size);
  }
}

function looksLikeHtml(body: Buffer): boolean {
  const head = body.subarray(0, 1024).toString("latin1");
  return /<(!doctype\s+html|html|head|body|title|meta|div|p)\b/i.test(head);
}

function errorCode(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e && typeof e === "object"; depth++) {
    const code = (e as { code?: unknown }).code;
    const name = (e as { name?: unknown }).name;
    if (typeof code === "string" && code) return code;
    if (name === "TimeoutError" || name === "AbortError") return "ABORT_ERR";
    e = (e as { cause?: unknown }).cause;
  }
  return "";
}

/** Maps a thrown value (undici, DNS, socket, our own) to a `FetchError`. */
export function toFetchError(err: unknown, url: string, status = 0): FetchError {
  if (err instanceof FetchError) return err;
  const code = errorCode(err);
  const reason = err instanceof Error ? err.message : String(err);
  const details = { status, cause: err };
  let mapped: [FetchErrorCode, FetchError["kind"]];
  if (code === "EVDPBLOCKED") mapped = ["BLOCKED_ADDRESS", "permanent"];
  else if (code === "ENOTFOUND") mapped = ["DNS_FAILED", "permanent"];
  else if (code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH") mapped = ["TRUNCATED", "retryable"];
  else if (TIMEOUTS.has(code)) mapped = ["TIMEOUT", "retryable"];
  else if (RETRYABLE_NETWORK.has(code)) mapped = ["CONNECTION", "retryable"];
  else if (code === "UND_ERR_INVALID_ARG") mapped = ["BAD_URL", "permanent"];
  else mapped = ["CONNECTION", "retryable"];
  return new FetchError(mapped[0], mapped[1], url, code ? `${reason} (${code})` : reason, details);
}
