/**
 * Following a queued run to its end from any process (`vdp crawl` without `--detach`): its
 * progress from the run's Redis hashes, its end from the coordinator job. A Redis outage is
 * waited out (the run goes on in the workers).
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { PipelineQueues } from "./queues.ts";
import type { RunProgress } from "./run-tracker.ts";
import type { RunJobResult } from "./workers/run-processor.ts";

/** How a followed run ended. */
export type FollowedRun = RunJobResult | { runId: number; state: "failed"; reason: string };

/** Options of {@link followRun}. */
export interface FollowRunOptions {
  pollMs?: number;
  onProgress?: (progress: RunProgress) => void;
  /** Called when Redis cannot be reached; following goes on. */
  onWaiting?: (err: Error) => void;
  signal?: AbortSignal;
}

/** Waits for run `runId` (coordinator job `jobId`) to end, reporting its progress. */
export async function followRun(queues: PipelineQueues, runId: number, jobId: string, options: FollowRunOptions = {}): Promise<FollowedRun> {
  const runs = queues.queue("runs");
  const pollMs = options.pollMs ?? 500;
  for (;;) {
    if (options.signal?.aborted) throw new Error("stopped following (the run goes on in the workers)");
    try {
      const state = await runs.getJobState(jobId);
      if (state === "completed") {
        options.onProgress?.(await queues.tracker.progress(runId));
        const job = await runs.getJob(jobId);
        return job?.returnvalue as RunJobResult;
      }
      if (state === "failed") {
        const job = await runs.getJob(jobId);
        return { runId, state: "failed", reason: job?.failedReason ?? "the run's coordinator failed" };
      }
      if (state === "unknown") return { runId, state: "failed", reason: `run job ${jobId} is not in the queue (removed, or another queue prefix)` };
      options.onProgress?.(await queues.tracker.progress(runId));
    } catch (err) {
      options.onWaiting?.(err as Error);
    }
    await sleep(pollMs);
  }
}
