/**
 * One in-process crawl of a site into the store, recorded as a crawl run: the runner's
 * stages (discover → fetch → process) with the store's validators (conditional GET), its
 * known boilerplate and its loader, counting new, changed and unchanged articles.
 */
import type { Fetcher } from "../crawlers/fetcher.ts";
import type { SiteProfile } from "../crawlers/site-profile.ts";
import type { Store } from "../storage/store.ts";
import type { LoadInput } from "../storage/load-input.ts";
import type { LoadResult } from "../storage/load-batch.ts";
import { runCrawl } from "./runner.ts";
import type { CrawlEvent, CrawlReport } from "./runner.ts";
import type { RunCounts } from "./run-counts.ts";
import { storeValidators } from "./store-validators.ts";

/** Options of {@link crawlIntoStore}. */
export interface CrawlIntoStoreOptions {
  onEvent?: (event: CrawlEvent) => void;
  maxArticles?: number;
  /** Article fetches in flight (default: the fetcher's). */
  concurrency?: number;
  /** Loads records; default `store.load` (benchmarks pass a batching loader). */
  load?: (input: LoadInput) => Promise<LoadResult>;
}

/** What the crawl did, and its run id. */
export interface StoredCrawl {
  runId: number;
  report: CrawlReport;
  counts: RunCounts;
}

/** Crawls `profile` into `store` and records the run. */
export async function crawlIntoStore(store: Store, profile: SiteProfile, fetcher: Fetcher, options: CrawlIntoStoreOptions = {}): Promise<StoredCrawl> {
  await store.upsertSite({ code: profile.id, name: profile.name, baseUrl: profile.startUrls[0] ?? null });
  const runId = await store.startRun({ site: profile.id });
  const loads = { new: 0, changed: 0, unchanged: 0 };
  const load = options.load ?? ((input: LoadInput) => store.load(input));
  const report = await runCrawl({
    profile,
    fetcher,
    validators: storeValidators(store),
    recordPage: (page) => store.recordPage(page),
    load: async (input) => {
      const result = await load(input);
      loads[result.status]++;
      return result;
    },
    knownBoilerplate: await store.boilerplateHashes(profile.id),
    maxArticles: options.maxArticles,
    concurrency: options.concurrency,
    onEvent: options.onEvent,
  });
  const counts: RunCounts = {
    discovered: report.discovered.length,
    listingPages: report.listingPages,
    fetched: report.fetched,
    notModified: report.notModified,
    ...loads,
    stored: report.stored,
    skipped: report.skipped.length,
    errors: report.errors.length,
  };
  await store.finishRun(runId, counts, report.errors);
  return { runId, report, counts };
}
