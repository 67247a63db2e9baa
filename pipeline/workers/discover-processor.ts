/**
 * The `discover` queue's processor: runs the discover handler for one listing page, feed,
 * sitemap or robots.txt, and queues the discovery tasks and article fetches it finds. The
 * run's `seen` hash in Redis replaces the in-process set, owned per job (see `run-tracker.ts`).
 * A page's links are marked seen, noted pending and added in a few round trips, not a few per link.
 */
import type { Job } from "bullmq";
import { crawlScope } from "../crawl-scope.ts";
import { profileForTarget } from "../crawl-target.ts";
import { discover } from "../handlers/discover.ts";
import { validateDiscoverJob } from "../job-payloads.ts";
import type { DiscoverJobData } from "../job-payloads.ts";
import { urlJobId } from "../job-id.ts";
import type { SeenUrls } from "../seen-urls.ts";
import { badPayload, failJob, finishJob } from "./worker-context.ts";
import type { WorkerContext } from "./worker-context.ts";

/** The processor of discover jobs. */
export function discoverProcessor(ctx: WorkerContext) {
  return async (job: Job<DiscoverJobData>): Promise<{ articles: number; next: number }> => {
    let data: DiscoverJobData;
    try {
      data = validateDiscoverJob(job.data);
    } catch (err) {
      badPayload(err);
    }
    const { runId, target, task } = data;
    const { tracker } = ctx.queues;
    const profile = profileForTarget(target);
    const seen: SeenUrls = { addMany: (urls) => tracker.markSeen(runId, urls, job.id!) };
    const result = await discover(task, { fetcher: ctx.fetcher, profile, seen, inScope: crawlScope(profile, target.anyHost ?? false) });
    await ctx.queues.enqueueMany(runId, "discover", result.next.map((next) => ({ jobId: urlJobId("discover", next.url, next.kind), data: { runId, target, task: next } })));
    const articles = await tracker.takeArticleSlots(runId, target.maxArticles, result.articles.length);
    await ctx.queues.enqueueMany(runId, "fetch", result.articles.slice(0, articles).map((url) => ({ jobId: urlJobId("fetch", url), data: { runId, target, url } })));
    if (result.error) await failJob(ctx, job, runId, result.error, result.error.kind !== "permanent");
    await finishJob(ctx, runId, job.id!, "listing");
    return { articles, next: result.next.length };
  };
}
