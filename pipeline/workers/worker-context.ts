/**
 * What every stage processor of a worker process shares: the queues and run bookkeeping,
 * the store, one fetcher (its per-host politeness in Redis), extract + load over one load
 * batcher, and the log.
 * Also how a processor reports a failure so that the run records it exactly when the job
 * will not be tried again.
 */
import { UnrecoverableError } from "bullmq";
import type { Job } from "bullmq";
import type { Fetcher } from "../../crawlers/fetcher.ts";
import type { Store } from "../../storage/store.ts";
import type { CrawlError } from "../crawl-error.ts";
import type { Logger } from "../logger.ts";
import type { PipelineOptions } from "../pipeline-options.ts";
import type { PipelineQueues } from "../queues.ts";
import { runSummary } from "../run-counts.ts";
import type { JobOutcome } from "../run-tracker.ts";
import type { ExtractAndLoad } from "./extract-and-load.ts";

/** The shared dependencies of the processors. */
export interface WorkerContext {
  queues: PipelineQueues;
  store: Store;
  fetcher: Fetcher;
  /** Extract + load of one page, its load batched with the other jobs in flight. */
  extractAndLoad: ExtractAndLoad;
  options: PipelineOptions;
  log: Logger;
  /** Set when the worker is shutting down: long jobs (run coordinators) hand themselves back. */
  closing: boolean;
}

/**
 * Records what a job did with its run. When the run had already finished (the job was
 * re-queued by `vdp retry` after the run's end), the run's summary in the database is counted
 * again, so `vdp runs` shows what the retry changed.
 */
export async function finishJob(ctx: WorkerContext, runId: number, jobId: string, outcome: JobOutcome, error: CrawlError | null = null): Promise<void> {
  const tracker = ctx.queues.tracker;
  const { runFinished } = await tracker.finishJob(runId, jobId, outcome, error);
  if (!runFinished) return;
  const refreshed = await ctx.store.refreshRunSummary(runId, () => runSummary(tracker, runId));
  if (refreshed) ctx.log.info({ runId, jobId, outcome }, "a retried job of a finished run is done; the run's summary is counted again");
}

/**
 * Fails the job for `error`. When it is permanent or the last attempt, the failure is
 * recorded with the run first and the job goes to the failed set; otherwise BullMQ retries it
 * after its backoff.
 */
export async function failJob(ctx: WorkerContext, job: Job, runId: number, error: CrawlError, retryable: boolean): Promise<never> {
  const attempt = job.attemptsMade + 1;
  const final = !retryable || attempt >= (job.opts.attempts ?? 1);
  if (final) {
    await finishJob(ctx, runId, job.id!, "error", { ...error, attempts: Math.max(error.attempts, attempt) });
    throw new UnrecoverableError(error.message);
  }
  throw new Error(error.message);
}

/** A payload that cannot be read: permanent, with the reason. */
export function badPayload(err: unknown): never {
  throw new UnrecoverableError(`bad job payload: ${err instanceof Error ? err.message : String(err)}`);
}
