/**
 * The `process` queue's processor: extract + load of one read article through the process
 * handler, its load batched with the other jobs in flight, then the page's fetch recorded
 * (validators for the next conditional GET). A database error is retried with backoff; a
 * record the store rejects is permanent. Cross-page boilerplate comes from the store (the
 * paragraphs repeated over a site's stored articles), read once a minute per site.
 */
import type { Job } from "bullmq";
import { InvalidRecordError } from "../../storage/load-input.ts";
import type { LoadResult } from "../../storage/load-batch.ts";
import { profileForTarget } from "../crawl-target.ts";
import { processArticle } from "../handlers/process.ts";
import { validateProcessJob } from "../job-payloads.ts";
import type { ProcessJobData } from "../job-payloads.ts";
import { badPayload, failJob } from "./worker-context.ts";
import type { WorkerContext } from "./worker-context.ts";

const BOILERPLATE_TTL_MS = 60_000;

/** The processor of process (extract+load) jobs. */
export function processProcessor(ctx: WorkerContext) {
  const boilerplate = new Map<string, { at: number; keys: Promise<Set<string>> }>();
  const knownBoilerplate = (site: string): Promise<Set<string>> => {
    const hit = boilerplate.get(site);
    if (hit && Date.now() - hit.at < BOILERPLATE_TTL_MS) return hit.keys;
    const keys = ctx.store.boilerplateHashes(site);
    boilerplate.set(site, { at: Date.now(), keys });
    keys.catch(() => boilerplate.delete(site));
    return keys;
  };

  return async (job: Job<ProcessJobData>): Promise<{ status: string }> => {
    let data: ProcessJobData;
    try {
      data = validateProcessJob(job.data);
    } catch (err) {
      badPayload(err);
    }
    const { runId, target, parsed, page } = data;
    const site = profileForTarget(target).id;
    const known = await knownBoilerplate(site);
    let status: LoadResult["status"] | null = null;
    let loadError: unknown = null;
    const outcome = await processArticle(
      { ...parsed, site },
      {
        load: async (input) => {
          try {
            const result = await ctx.batcher.load(input);
            status = result.status;
            return result;
          } catch (err) {
            loadError = err;
            throw err;
          }
        },
        knownBoilerplate: known,
      },
    );
    if (outcome.kind === "error") {
      const retryable = outcome.error.code === "LOAD" && !(loadError instanceof InvalidRecordError);
      return failJob(ctx, job, runId, outcome.error, retryable);
    }
    await ctx.store.recordPage(page);
    const result = outcome.kind === "skipped" ? "skipped" : (status ?? "unchanged");
    await ctx.queues.tracker.finishJob(runId, job.id!, result);
    return { status: result };
  };
}
