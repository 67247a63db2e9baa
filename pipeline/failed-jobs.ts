/** The dead-letter view: jobs that failed after their last attempt, and re-queueing them. */
import type { Job } from "bullmq";
import { QUEUE_NAMES } from "./queues.ts";
import type { PipelineQueues, QueueName } from "./queues.ts";

/** One failed job as `vdp failed` shows it. */
export interface FailedJob {
  queue: QueueName;
  id: string;
  runId: number | null;
  site: string | null;
  /** The page or listing the job was about. */
  url: string | null;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

function describe(queue: QueueName, job: Job): FailedJob {
  const data = (job.data ?? {}) as { runId?: number; target?: { site?: string }; url?: string; task?: { url?: string }; parsed?: { url?: string } };
  return {
    queue,
    id: job.id ?? "",
    runId: typeof data.runId === "number" ? data.runId : null,
    site: data.target?.site ?? null,
    url: data.url ?? data.task?.url ?? data.parsed?.url ?? null,
    reason: job.failedReason ?? "",
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/** Failed jobs, newest first, of one queue or all. */
export async function listFailedJobs(queues: PipelineQueues, options: { queue?: QueueName; limit?: number } = {}): Promise<FailedJob[]> {
  const limit = options.limit ?? 100;
  const out: FailedJob[] = [];
  for (const name of options.queue ? [options.queue] : QUEUE_NAMES) {
    const jobs = await queues.queue(name).getFailed(0, limit - 1);
    for (const job of jobs) if (job) out.push(describe(name, job as Job));
  }
  out.sort((a, b) => (b.failedAt ?? "").localeCompare(a.failedAt ?? ""));
  return out.slice(0, limit);
}

/** Re-queues failed jobs: the ids given (in any queue), or every failed job of `queue` / all. */
export async function retryFailedJobs(
  queues: PipelineQueues,
  options: { ids?: string[]; queue?: QueueName; all?: boolean } = {},
): Promise<{ retried: FailedJob[]; missing: string[] }> {
  const retried: FailedJob[] = [];
  const missing: string[] = [];
  const names = options.queue ? [options.queue] : QUEUE_NAMES;
  if (options.ids?.length) {
    for (const id of options.ids) {
      let found = false;
      for (const name of names) {
        const job = await queues.queue(name).getJob(id);
        if (job && (await job.getState()) === "failed") {
          await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
          retried.push(describe(name, job as Job));
          found = true;
          break;
        }
      }
      if (!found) missing.push(id);
    }
    return { retried, missing };
  }
  if (!options.all && !options.queue) throw new Error("name job ids, or --queue NAME, or --all");
  for (const name of names) {
    for (;;) {
      const jobs = await queues.queue(name).getFailed(0, 499);
      if (jobs.length === 0) break;
      for (const job of jobs) {
        if (!job) continue;
        await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried.push(describe(name, job as Job));
      }
    }
  }
  return { retried, missing };
}
