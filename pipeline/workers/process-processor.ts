/**
 * The `process` queue's processor: extract + load of a page whose fetch job could not load
 * it (the database failed), retried here with backoff without fetching the page again. The
 * page's fetch is recorded with its article, so a page never loaded is fetched in full next
 * time.
 */
import type { Job } from "bullmq";
import { profileForTarget } from "../crawl-target.ts";
import { validateProcessJob } from "../job-payloads.ts";
import type { ProcessJobData } from "../job-payloads.ts";
import { badPayload, failJob, finishJob } from "./worker-context.ts";
import type { WorkerContext } from "./worker-context.ts";

/** The processor of process (extract+load) jobs. */
export function processProcessor(ctx: WorkerContext) {
  return async (job: Job<ProcessJobData>): Promise<{ status: string }> => {
    let data: ProcessJobData;
    try {
      data = validateProcessJob(job.data);
    } catch (err) {
      badPayload(err);
    }
    const { runId, target, parsed, page } = data;
    const outcome = await ctx.extractAndLoad(profileForTarget(target).id, parsed, page);
    if (outcome.kind === "error") return failJob(ctx, job, runId, outcome.error, outcome.retryable);
    await finishJob(ctx, runId, job.id!, outcome.result);
    return { status: outcome.result };
  };
}
