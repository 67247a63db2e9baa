/**
 * robots.txt, fetched once per origin (again once a day) and parsed with robots-parser:
 * whether a URL may be fetched, the Crawl-delay for our User-Agent, and the sitemaps it lists.
 * A missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network)
 * disallows the origin until it is tried again a few minutes later, as Google does, and the
 * reason is kept for the report.
 */
import robotsParserModule from "robots-parser";

/** The part of robots-parser's parsed file that we use (its bundled typings do not type the default export). */
interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => ParsedRobots;

/** What robots.txt says about one origin. */
export interface RobotsRules {
  /** True when `url` may be fetched by our User-Agent. */
  isAllowed(url: string): boolean;
  /** Crawl-delay in milliseconds, or null when none is given. */
  crawlDelayMs: number | null;
  /** Sitemap URLs named in the file. */
  sitemaps: string[];
  /** Set when the file could not be read and the origin is treated as disallowed. */
  unavailable: string | null;
  /** What the robots.txt fetch threw, when it threw. */
  failure?: unknown;
}

/** How the cache fetches robots.txt: status and text, or a thrown error for network failures. */
export type RobotsFetch = (url: string) => Promise<{ status: number; text: string }>;

const ALLOW_ALL: Omit<RobotsRules, "unavailable"> = { isAllowed: () => true, crawlDelayMs: null, sitemaps: [] };

/**
 * Parses a robots.txt body for `userAgent`.
 * @example parseRobots("https://a.vn/robots.txt", "User-agent: *\nDisallow: /private", "vdp").isAllowed("https://a.vn/private/x") // false
 */
export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  const agent = userAgent.split("/")[0] ?? userAgent;
  const delay = robots.getCrawlDelay(agent);
  const delayNumber = typeof delay === "number" ? delay : Number(delay);
  return {
    isAllowed: (url) => robots.isAllowed(url, agent) !== false,
    crawlDelayMs: Number.isFinite(delayNumber) && delayNumber >= 0 ? Math.round(delayNumber * 1000) : null,
    sitemaps: robots.getSitemaps(),
    unavailable: null,
  };
}

/** How long {@link RobotsCache} keeps what it read, and its clock. */
export interface RobotsCacheOptions {
  /** A robots.txt read (or found missing, 4xx) is fetched again after this long. Default 24 hours. */
  maxAgeMs?: number;
  /** One that could not be read (5xx, network) is tried again after this long. Default a tenth of `maxAgeMs`, at most 10 minutes. */
  failureMaxAgeMs?: number;
  now?: () => number;
}

/** One robots.txt per origin, fetched on first use and kept for `maxAgeMs` (a failure for less). */
export class RobotsCache {
  private readonly rules = new Map<string, { rules: Promise<RobotsRules>; expires: number }>();
  private readonly maxAgeMs: number;
  private readonly failureMaxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly fetchText: RobotsFetch,
    private readonly userAgent: string,
    options: RobotsCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60 * 1000;
    this.failureMaxAgeMs = options.failureMaxAgeMs ?? Math.min(this.maxAgeMs / 10, 10 * 60 * 1000);
    this.now = options.now ?? Date.now;
  }

  /** The rules for the origin of `url`: fetched when not known yet or no longer fresh (one fetch at a time per origin). */
  forUrl(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    const known = this.rules.get(origin);
    if (known && this.now() < known.expires) return known.rules;
    // Until the fetch ends, its promise is what everyone gets; then its age is counted from the answer.
    const entry = { rules: this.load(origin), expires: Infinity };
    this.rules.set(origin, entry);
    void entry.rules.then((r) => {
      entry.expires = this.now() + (r.unavailable ? this.failureMaxAgeMs : this.maxAgeMs);
    });
    return entry.rules;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const { status, text } = await this.fetchText(robotsUrl);
      if (status >= 200 && status < 300) return parseRobots(robotsUrl, text, this.userAgent);
      if (status >= 400 && status < 500) return { ...ALLOW_ALL, unavailable: null };
      return { ...ALLOW_ALL, isAllowed: () => false, unavailable: `robots.txt answered ${status}` };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { ...ALLOW_ALL, isAllowed: () => false, unavailable: `robots.txt could not be fetched: ${reason}`, failure: err };
    }
  }
}
