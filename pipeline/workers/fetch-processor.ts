/**
 * The `fetch` queue's processor: a conditional GET of one article page through the fetch
 * handler, the page read into an article (`parsePage`), then extract + load in the same job,
 * so the article's text never travels through Redis. When the load fails for the database's
 * sake, the read page goes to the `process` queue, which retries the load with backoff
 * without fetching the page again or holding a host slot. A 304 is recorded here; a 200 is
 * recorded with its article, so a page whose load never happened is fetched in full next time.
 */
import type { Job } from "bullmq";
import { crawlError } from "../crawl-error.ts";
import { profileForTarget } from "../crawl-target.ts";
import { fetchPage } from "../handlers/fetch.ts";
import { parsePage } from "../handlers/process.ts";
import type { ParsedPage } from "../handlers/process.ts";
import { validateFetchJob } from "../job-payloads.ts";
import type { FetchJobData } from "../job-payloads.ts";
import { urlJobId } from "../job-id.ts";
import { storeValidators } from "../store-validators.ts";
import { badPayload, failJob, finishJob } from "./worker-context.ts";
import type { WorkerContext } from "./worker-context.ts";

/** The processor of fetch jobs. */
export function fetchProcessor(ctx: WorkerContext) {
  const validators = storeValidators(ctx.store);
  return async (job: Job<FetchJobData>): Promise<{ status: number }> => {
    let data: FetchJobData;
    try {
      data = validateFetchJob(job.data);
    } catch (err) {
      badPayload(err);
    }
    const { runId, target, url } = data;
    const profile = profileForTarget(target);
    const site = profile.id;
    const outcome = await fetchPage({ site, url }, { fetcher: ctx.fetcher, validators, charset: profile.encoding ?? null });
    if (outcome.kind === "error") return failJob(ctx, job, runId, outcome.error, outcome.error.kind !== "permanent");
    const fetched = outcome.fetch;
    if (outcome.kind === "not-modified") {
      await ctx.store.recordPage(fetched);
      await finishJob(ctx, runId, job.id!, "not-modified");
      return { status: 304 };
    }
    let parsed: ParsedPage;
    try {
      parsed = parsePage(site, outcome.page, profile.selectors);
    } catch (err) {
      return failJob(ctx, job, runId, crawlError("process", site, url, err, "PARSE"), false);
    }
    const loaded = await ctx.extractAndLoad(site, parsed, fetched);
    if (loaded.kind === "done") {
      await finishJob(ctx, runId, job.id!, loaded.result);
      return { status: outcome.page.status };
    }
    if (!loaded.retryable) return failJob(ctx, job, runId, loaded.error, false);
    ctx.log.warn({ url, err: loaded.error.message }, "load failed; the page goes to the process queue to retry");
    await ctx.queues.enqueue(runId, "process", urlJobId("process", parsed.url), { runId, target, parsed, page: fetched });
    await finishJob(ctx, runId, job.id!, "fetched");
    return { status: outcome.page.status };
  };
}
