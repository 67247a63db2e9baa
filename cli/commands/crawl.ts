/** `vdp crawl`: crawl a site (profile or start URL), extract every article and store it. */
import type { Command } from "commander";
import { crawlerOptionsFromEnv } from "../../crawlers/crawler-options.ts";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { genericProfile, samplePortalProfile, siteProfile } from "../../crawlers/sites/index.ts";
import type { SiteProfile } from "../../crawlers/site-profile.ts";
import { MemoryValidatorStore } from "../../crawlers/validator-store.ts";
import { startTasks } from "../../pipeline/handlers/discover.ts";
import { runCrawl } from "../../pipeline/runner.ts";
import type { CrawlReport } from "../../pipeline/runner.ts";
import { storeValidators } from "../../pipeline/store-validators.ts";
import { siteProfiles } from "../../crawlers/sites/index.ts";
import { allTargets } from "../../pipeline/crawl-target.ts";
import type { CrawlTarget } from "../../pipeline/crawl-target.ts";
import { pipelineOptionsFromEnv } from "../../pipeline/pipeline-options.ts";
import { createCrawlProgress } from "../crawl-progress.ts";
import { crawlQueued } from "../crawl-queued.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

interface CrawlCliOptions {
  site?: string;
  url?: string;
  portalUrl?: string;
  dryRun?: boolean;
  allowPrivate?: boolean;
  anyHost?: boolean;
  maxArticles?: number;
  maxPages?: number;
  delayMs?: number;
  concurrency?: number;
  json?: boolean;
  all?: boolean;
  detach?: boolean;
  inProcess?: boolean;
}

/** The run targets of a queued crawl (`REDIS_URL` set). */
function targetsFor(options: CrawlCliOptions): CrawlTarget[] {
  if (options.all) return allTargets().map((t) => (t.site === "sample-portal" && options.portalUrl ? { ...t, portalUrl: options.portalUrl } : t));
  const profile = profileFor(options);
  const target: CrawlTarget = options.url ? { site: profile.id, url: options.url } : { site: profile.id, ...(options.portalUrl ? { portalUrl: options.portalUrl } : {}) };
  if (options.maxArticles !== undefined) target.maxArticles = options.maxArticles;
  if (options.anyHost) target.anyHost = true;
  return [target];
}

function whole(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a whole number ≥ 0, got "${value}"`);
    return n;
  };
}

function profileFor(options: CrawlCliOptions): SiteProfile {
  if (options.site && options.url) throw new Error("give --site ID or --url URL, not both");
  if (options.url) return genericProfile(options.url, options.maxPages);
  if (!options.site) throw new Error("give --site ID (see vdp sites) or --url URL");
  const profile = options.site === "sample-portal" && options.portalUrl ? samplePortalProfile(options.portalUrl) : siteProfile(options.site);
  return options.maxPages !== undefined ? { ...profile, maxListingPages: options.maxPages } : profile;
}

function printReport(report: CrawlReport, dryRun: boolean): void {
  const out = process.stdout;
  if (dryRun) {
    out.write(`${report.site}: ${report.discovered.length} article URLs would be fetched (${report.listingPages} listing pages read)\n`);
    for (const url of report.discovered) out.write(`  ${url}\n`);
  } else {
    out.write(
      `${report.site}: ${report.discovered.length} articles found, ${report.fetched} fetched, ${report.notModified} unchanged (304), ` +
        `${report.stored} stored, ${report.skipped.length} skipped, ${report.errors.length} errors in ${(report.durationMs / 1000).toFixed(1)} s\n`,
    );
  }
  if (report.disallowed.length) out.write(`  robots.txt forbids ${report.disallowed.length}: ${report.disallowed.slice(0, 5).join(" ")}\n`);
  for (const s of report.skipped) out.write(`  skipped ${s.url}: ${s.reason}\n`);
  for (const e of report.errors) process.stderr.write(`  ${e.stage} ${e.code} (${e.kind}, ${e.attempts} attempt${e.attempts === 1 ? "" : "s"}): ${e.message}\n`);
}

/** Registers `vdp crawl`. */
export function register(program: Command): void {
  program
    .command("crawl")
    .description(
      "Crawl a committee news site politely (robots.txt, Crawl-delay, one request at a time per host),\n" +
        "extract every article and store it. Unchanged pages cost a 304 on the next run.",
    )
    .option("--site <id>", "a site profile (see vdp sites)")
    .option("--url <url>", "crawl any site from this start URL with the generic profile")
    .option("--portal-url <url>", "address of the local portal for --site sample-portal")
    .option("--dry-run", "discover only: print the article URLs that would be fetched, store nothing")
    .option("--allow-private", "allow loopback and private addresses (the local portal, tests)")
    .option("--any-host", "follow article links to other hosts (default: the start URL's host only)")
    .option("--max-articles <n>", "stop after this many articles", whole("--max-articles"))
    .option("--max-pages <n>", "listing pages to follow per start URL", whole("--max-pages"))
    .option("--delay-ms <n>", "minimum pause between requests to one host (robots.txt Crawl-delay may raise it)", whole("--delay-ms"))
    .option("--concurrency <n>", "requests in flight over all hosts", whole("--concurrency"))
    .option("--json", "print the report as JSON")
    .option("--all", "crawl every site profile (vdp sites), one run each")
    .option("--detach", "with REDIS_URL: queue the run for the workers and return at once with its id")
    .option("--in-process", "run in this process even when REDIS_URL is set")
    .addHelpText(
      "after",
      "\nExamples:\n  vdp sites\n  vdp crawl --site hanoimoi --dry-run\n" +
        "  vdp portal & vdp crawl --site sample-portal --allow-private\n" +
        "  vdp crawl --url http://127.0.0.1:8090/chuyen-muc/xay-dung-dang --allow-private --max-articles 20\n\n" +
        "Politeness and limits also come from the environment: VDP_HOST_DELAY_MS, VDP_CONCURRENCY,\n" +
        "VDP_PER_HOST_CONCURRENCY, VDP_MAX_RETRIES, VDP_REQUEST_TIMEOUT_MS, VDP_MAX_BODY_BYTES,\n" +
        "VDP_USER_AGENT, VDP_ALLOW_ADDRESSES (see crawlers/crawler-options.ts).\n" +
        "Failed pages are reported (and stored with the run); the crawl goes on.\n\n" +
        "With REDIS_URL set, the run is queued for the workers (vdp worker) and followed to its end\n" +
        "(--detach: return at once; vdp runs shows it); without it, the same stages run in this process.\n" +
        "A progress bar shows on a terminal, JSON log lines (stderr) otherwise.\n" +
        STORE_HELP,
    )
    .action(async (options: CrawlCliOptions) => {
      if (options.all && (options.site || options.url)) throw new Error("give --all, or --site ID, or --url URL");
      if (pipelineOptionsFromEnv().redisUrl && !options.dryRun && !options.inProcess) {
        process.exitCode = await crawlQueued(targetsFor(options), { detach: options.detach, json: options.json });
        return;
      }
      if (options.detach) throw new Error("--detach needs REDIS_URL (queued runs); without it the crawl runs in this process");
      const profiles = options.all ? siteProfiles.map((p) => (p.id === "sample-portal" && options.portalUrl ? samplePortalProfile(options.portalUrl) : p)) : [profileFor(options)];
      for (const profile of profiles) await crawlInProcess(profile, options);
    });
}

/** One site's crawl in this process: the runner's stages with bounded concurrency, recorded as a run. */
async function crawlInProcess(profile: SiteProfile, options: CrawlCliOptions): Promise<void> {
  const settings = crawlerOptionsFromEnv();
  Object.assign(settings, profile.politeness ?? {});
  if (options.delayMs !== undefined) settings.hostDelayMs = options.delayMs;
  if (options.concurrency !== undefined) settings.concurrency = Math.max(1, options.concurrency);
  if (options.allowPrivate) settings.allowPrivate = true;
  const fetcher = new Fetcher(settings);
  try {
    if (options.dryRun) {
      if (!options.json) {
        process.stdout.write(`${profile.id}: ${profile.name}\n  start: ${startTasks(profile).map((t) => `${t.kind} ${t.url}`).join("\n         ")}\n`);
        process.stdout.write(`  politeness: ${settings.hostDelayMs} ms per host (or robots.txt Crawl-delay), ${settings.perHostConcurrency} per host, ${settings.concurrency} in all\n`);
      }
      const report = await runCrawl({ profile, fetcher, validators: new MemoryValidatorStore(), dryRun: true, maxArticles: options.maxArticles, anyHost: options.anyHost });
      if (options.json) process.stdout.write(JSON.stringify(report) + "\n");
      else printReport(report, true);
      if (report.errors.length > 0 && report.discovered.length === 0) process.exitCode = 1;
      return;
    }
    const progress = options.json ? null : createCrawlProgress(profile.id);
    const seen = { total: 0, done: 0, notModified: 0, errors: 0 };
    const loads = { new: 0, changed: 0, unchanged: 0 };
    const report = await withStore(async (store) => {
      await store.upsertSite({ code: profile.id, name: profile.name, baseUrl: profile.startUrls[0] ?? null });
      const runId = await store.startRun({ site: profile.id });
      const result = await runCrawl({
        onEvent: (event) => {
          if (event.type === "discovered") seen.total++;
          else if (event.type === "fetched") {
            seen.done++;
            if (event.status === 304) seen.notModified++;
          } else if (event.type === "error") {
            seen.errors++;
            if (event.error.stage === "fetch") seen.done++;
          }
          progress?.update(seen.done, seen.total, { "304": seen.notModified, errors: seen.errors });
        },
        profile,
        fetcher,
        validators: storeValidators(store),
        recordPage: (page) => store.recordPage(page),
        load: async (input) => {
          const loaded = await store.load(input);
          loads[loaded.status]++;
          return loaded;
        },
        knownBoilerplate: await store.boilerplateHashes(profile.id),
        maxArticles: options.maxArticles,
        anyHost: options.anyHost,
      });
      const counts = { discovered: result.discovered.length, listingPages: result.listingPages, fetched: result.fetched, notModified: result.notModified, ...loads, stored: result.stored, skipped: result.skipped.length, errors: result.errors.length };
      await store.finishRun(runId, counts, result.errors);
      return result;
    }).finally(() => progress?.stop());
    if (options.json) process.stdout.write(JSON.stringify(report) + "\n");
    else {
      printReport(report, false);
      process.stdout.write(`  ${loads.new} new, ${loads.changed} changed (a new version each), ${loads.unchanged} with the same content\n`);
    }
    if (report.errors.length > 0 && report.stored === 0 && report.notModified === 0) process.exitCode = 1;
  } finally {
    await fetcher.close();
  }
}
