/**
 * The in-process runner: discover → fetch → process for one site, each stage a handler from
 * `handlers/`, with bounded concurrency. Article pages are parsed as they arrive; with
 * cross-page boilerplate on (the default) the first {@link BOILERPLATE_WARMUP_PAGES} are held
 * until the site's repeated paragraphs are learnt from them, so they lose their boilerplate
 * too, and every later page is processed as it arrives (memory stays flat however long the
 * crawl). Queue workers run the same handlers.
 */
import { BoilerplateTracker } from "../crawlers/boilerplate.ts";
import type { Fetcher } from "../crawlers/fetcher.ts";
import type { SiteProfile } from "../crawlers/site-profile.ts";
import type { ValidatorStore } from "../crawlers/validator-store.ts";
import type { LoadInput } from "../storage/load-input.ts";
import { crawlError } from "./crawl-error.ts";
import type { CrawlError } from "./crawl-error.ts";
import { crawlScope } from "./crawl-scope.ts";
import { ExtractBatcher } from "./extract-batcher.ts";
import { discover, startTasks } from "./handlers/discover.ts";
import type { DiscoverTask } from "./handlers/discover.ts";
import { fetchPage } from "./handlers/fetch.ts";
import type { PageFetchRecord } from "./handlers/fetch.ts";
import { parsePage, processArticle } from "./handlers/process.ts";
import type { ParsedPage, ProcessOutcome } from "./handlers/process.ts";
import { MemorySeenUrls } from "./seen-urls.ts";
import type { SeenUrls } from "./seen-urls.ts";
import { drainQueue } from "./work-queue.ts";

/**
 * Pages read before the first is processed: a site's chrome repeats on nearly every page, so
 * these teach the tracker its boilerplate; the tracker goes on learning from the later pages.
 * (Holding every page to the end held the whole site's text in memory, and stored nothing
 * until the last page was fetched.)
 */
export const BOILERPLATE_WARMUP_PAGES = 50;

/** A crawl of one site. */
export interface CrawlOptions {
  profile: SiteProfile;
  fetcher: Fetcher;
  validators: ValidatorStore;
  /**
   * Records a fetch on its own, e.g. `store.recordPage`: a 304, a page without article text,
   * any 200 when nothing is loaded. A page whose article is loaded has its fetch recorded with
   * it (`LoadInput.fetch`, one transaction), so a page whose load failed is fetched in full
   * next time.
   */
  recordPage?: (page: PageFetchRecord) => Promise<void>;
  /** Stores a record; absent → pages are fetched and parsed but not extracted or stored. */
  load?: (input: LoadInput) => Promise<unknown>;
  /** Boilerplate keys already known for the site. */
  knownBoilerplate?: ReadonlySet<string>;
  /** Only discover: list what would be fetched. */
  dryRun?: boolean;
  /** Stop after this many article URLs. */
  maxArticles?: number;
  /** Article fetches in flight. Default: the fetcher's global concurrency. */
  concurrency?: number;
  /** Follow article links to any host. Default false (the start URLs' hosts). */
  anyHost?: boolean;
  /** Learn cross-page boilerplate before processing. Default true. */
  crossPageBoilerplate?: boolean;
  seen?: SeenUrls;
  /** Called for every page parsed (benchmarks count them here). */
  onParsed?: (page: ParsedPage) => void;
  /** Progress, for a progress bar or a log. */
  onEvent?: (event: CrawlEvent) => void;
}

/** A progress event. */
export type CrawlEvent =
  | { type: "discovered"; url: string }
  | { type: "fetched"; url: string; status: number }
  | { type: "processed"; outcome: ProcessOutcome }
  | { type: "error"; error: CrawlError };

/** What a crawl did. */
export interface CrawlReport {
  site: string;
  /** Article URLs found, in discovery order. */
  discovered: string[];
  listingPages: number;
  fetched: number;
  notModified: number;
  stored: number;
  skipped: Array<{ url: string; reason: string }>;
  /** Article URLs robots.txt forbids. */
  disallowed: string[];
  errors: CrawlError[];
  /** Stored articles. */
  articles: Array<{ url: string; title: string | null; paragraphs: number; directives: number }>;
  durationMs: number;
}

/** Crawls one site; never throws for a page's failure, which is recorded in the report. */
export async function runCrawl(options: CrawlOptions): Promise<CrawlReport> {
  const started = Date.now();
  const { profile, fetcher } = options;
  const site = profile.id;
  const inScope = crawlScope(profile, options.anyHost ?? false);
  const seen = options.seen ?? new MemorySeenUrls();
  const report: CrawlReport = {
    site,
    discovered: [],
    listingPages: 0,
    fetched: 0,
    notModified: 0,
    stored: 0,
    skipped: [],
    disallowed: [],
    errors: [],
    articles: [],
    durationMs: 0,
  };
  const emit = options.onEvent ?? (() => undefined);
  const recordError = (error: CrawlError) => {
    report.errors.push(error);
    emit({ type: "error", error });
  };
  const limit = options.maxArticles ?? Number.POSITIVE_INFINITY;
  const concurrency = options.concurrency ?? fetcher.options.concurrency;

  await drainQueue<DiscoverTask>(startTasks(profile), concurrency, async (task, push) => {
    if (report.discovered.length >= limit) return;
    if (task.kind === "listing") report.listingPages++;
    const result = await discover(task, { fetcher, profile, seen, inScope });
    if (result.error) recordError(result.error);
    for (const url of result.disallowed) if (!report.disallowed.includes(url)) report.disallowed.push(url);
    for (const url of result.articles) {
      if (report.discovered.length >= limit) break;
      report.discovered.push(url);
      emit({ type: "discovered", url });
    }
    for (const next of result.next) push(next);
  });

  if (options.dryRun) {
    report.durationMs = Date.now() - started;
    return report;
  }

  const tracker = options.crossPageBoilerplate === false ? null : new BoilerplateTracker();
  // Pages held until the tracker has learnt from enough of them; null once they went on.
  let held: ParsedPage[] | null = [];
  // The pages in flight are extracted together: the ones handed in during one turn of the event loop make a batch.
  const extractor = new ExtractBatcher();
  const storedUrls = new Set<string>();
  const fetches = new Map<string, PageFetchRecord[]>(); // an article's URL → the 200s that brought it
  const record = async (page: PageFetchRecord): Promise<void> => {
    try {
      await options.recordPage?.(page);
    } catch (err) {
      recordError(crawlError("fetch", site, page.url, err, "RECORD"));
    }
  };
  const process = async (parsed: ParsedPage) => {
    if (!options.load) return;
    if (storedUrls.has(parsed.url)) {
      // Two URLs, one canonical article: stored once; the later URL's fetch on its own.
      for (const later of fetches.get(parsed.url) ?? []) await record(later);
      fetches.delete(parsed.url);
      return;
    }
    storedUrls.add(parsed.url);
    const [fetch = null, ...others] = fetches.get(parsed.url) ?? [];
    fetches.delete(parsed.url);
    const load = options.load;
    const outcome = await processArticle(parsed, { load: (input) => load({ ...input, fetch }), boilerplate: tracker, knownBoilerplate: options.knownBoilerplate, extract: (input) => extractor.extract(input) });
    if (outcome.kind === "skipped" && fetch) await record(fetch);
    if (outcome.kind !== "error") for (const other of others) await record(other);
    emit({ type: "processed", outcome });
    if (outcome.kind === "stored") {
      report.stored++;
      report.articles.push({ url: outcome.url, title: outcome.title, paragraphs: outcome.paragraphs, directives: outcome.directives });
    } else if (outcome.kind === "skipped") report.skipped.push({ url: outcome.url, reason: outcome.reason });
    else recordError(outcome.error);
  };

  await drainQueue(report.discovered, concurrency, async (url) => {
    const outcome = await fetchPage({ site, url }, { fetcher, validators: options.validators, charset: profile.encoding ?? null });
    if (outcome.kind === "error") return recordError(outcome.error);
    if (outcome.kind === "not-modified") {
      await record(outcome.fetch);
      report.notModified++;
      emit({ type: "fetched", url, status: 304 });
      return;
    }
    report.fetched++;
    emit({ type: "fetched", url, status: outcome.page.status });
    const parsed = parsePage(site, outcome.page, profile.selectors);
    options.onParsed?.(parsed);
    if (options.load) fetches.set(parsed.url, [...(fetches.get(parsed.url) ?? []), outcome.fetch]);
    else await record(outcome.fetch);
    if (!tracker) return process(parsed);
    tracker.observe(parsed.url, parsed.article.paragraphs.map((p) => p.text));
    if (!options.load) return;
    if (!held) return process(parsed);
    held.push(parsed);
    if (tracker.pages < BOILERPLATE_WARMUP_PAGES) return;
    const learnt = held;
    held = null;
    await drainQueue(learnt, 4, process);
  }, (err, url) => recordError(crawlError("fetch", site, url, err)));

  if (held) await drainQueue(held, 4, process);
  report.durationMs = Date.now() - started;
  return report;
}
