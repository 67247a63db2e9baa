/**
 * The pipeline's BullMQ queues. A crawl is split into four queues:
 *
 * - `runs`: one coordinator job per crawl run. It seeds discovery, waits until the run's jobs
 *   are done, and writes the run's summary to PostgreSQL; being a job, it survives its worker
 *   (a killed worker's run is picked up by another) and schedules are just job schedulers on
 *   this queue.
 * - `discover`: listing pages, feeds, sitemaps, robots.txt. Few, cheap, and they fan out.
 * - `fetch`: one article page → a conditional GET → the page read into an article (HTML →
 *   text) → extract + load, all in one job: the HTML and the article's text stay in the
 *   worker, and a page costs one job. Many run at once per process; a job holds its host's
 *   slot only for the request, and its load joins the batch of the other jobs in flight.
 * - `process`: extract + load of a page whose fetch job could not load it (the database
 *   failed). Kept apart so that a database outage retries only this step, with backoff:
 *   the page is not fetched again (a refetch would meet no 304 anyway: a page's validators
 *   are recorded with its article), and a slow database does not hold fetch jobs.
 *
 * Job ids are deterministic (`job-id.ts`), so a page is never in two jobs at once; completed
 * jobs are removed (a later run may queue the same id again); failed ones stay, as the
 * dead-letter view of `vdp failed`, until `vdp retry` or a later run re-queues them.
 */
import { Queue } from "bullmq";
import type { JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { DiscoverJobData, FetchJobData, ProcessJobData, RunJobData } from "./job-payloads.ts";
import type { PipelineOptions } from "./pipeline-options.ts";
import { RunTracker } from "./run-tracker.ts";

/** The queue names, in pipeline order. */
export const QUEUE_NAMES = ["runs", "discover", "fetch", "process"] as const;

/** One of the pipeline's queues. */
export type QueueName = (typeof QUEUE_NAMES)[number];

/** The payload type of each queue. */
export interface QueuePayloads {
  runs: RunJobData;
  discover: DiscoverJobData;
  fetch: FetchJobData;
  process: ProcessJobData;
}

/** Checks a `--queues` list; throws naming the unknown name. */
export function parseQueueNames(list: string): QueueName[] {
  const names = list.split(",").map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!(QUEUE_NAMES as readonly string[]).includes(name)) throw new Error(`unknown queue "${name}"; the queues are ${QUEUE_NAMES.join(", ")}`);
  }
  if (names.length === 0) throw new Error(`no queue named; the queues are ${QUEUE_NAMES.join(", ")}`);
  return names as QueueName[];
}

/** Job options per queue: attempts, exponential backoff, what is kept. */
export function jobOptions(queue: QueueName, options: PipelineOptions): JobsOptions {
  const attempts = queue === "process" || queue === "runs" ? options.loadAttempts : options.jobAttempts;
  return {
    attempts,
    backoff: { type: "exponential", delay: options.jobBackoffMs },
    // A run's job keeps its summary for followers; a page's job must go so a later run can queue its id again.
    removeOnComplete: queue === "runs" ? { count: 1000 } : true,
    removeOnFail: { count: options.keepFailed },
  };
}

/** The queues of one deployment (one prefix), and the run bookkeeping beside them. */
export class PipelineQueues {
  readonly queues: { [K in QueueName]: Queue<QueuePayloads[K]> };
  readonly tracker: RunTracker;

  /** @param onError hears connection errors (BullMQ reconnects by itself). */
  constructor(
    readonly redis: Redis,
    readonly options: PipelineOptions,
    onError: (err: Error) => void = () => undefined,
  ) {
    const make = <K extends QueueName>(name: K) => {
      const queue = new Queue<QueuePayloads[K]>(name, { connection: redis, prefix: options.queuePrefix, defaultJobOptions: jobOptions(name, options) });
      queue.on("error", onError);
      return queue;
    };
    this.queues = { runs: make("runs"), discover: make("discover"), fetch: make("fetch"), process: make("process") };
    this.tracker = new RunTracker(redis, options.queuePrefix);
  }

  /** The queue named `name`. */
  queue<K extends QueueName>(name: K): Queue<QueuePayloads[K]> {
    return this.queues[name];
  }

  /**
   * Adds a job of run `runId`: noted as pending first, then added under its deterministic id.
   * A failed job of an earlier run under the same id is replaced (a new run retries it); one
   * that is waiting or running is left alone (it is the same page).
   */
  async enqueue<K extends Exclude<QueueName, "runs">>(runId: number, queue: K, jobId: string, data: QueuePayloads[K]): Promise<void> {
    await this.enqueueMany(runId, queue, [{ jobId, data }]);
  }

  /**
   * Queues jobs of one queue for a run: notes them pending and looks for failed jobs of an
   * earlier run under their ids in one round trip, then adds them all in another.
   */
  async enqueueMany<K extends Exclude<QueueName, "runs">>(runId: number, queue: K, jobs: ReadonlyArray<{ jobId: string; data: QueuePayloads[K] }>): Promise<void> {
    if (jobs.length === 0) return;
    const failed = await this.tracker.addPending(
      runId,
      jobs.map(({ jobId, data }) => ({ jobId, job: { queue, name: queue, data } })),
      `${this.options.queuePrefix}:${queue}:failed`,
    );
    const q = this.queues[queue] as Queue;
    for (const [i, { jobId }] of jobs.entries()) if (failed[i]) await q.remove(jobId).catch(() => undefined);
    await q.addBulk(jobs.map(({ jobId, data }) => ({ name: queue, data, opts: { jobId } })));
  }

  private async add(queue: QueueName, jobId: string, data: unknown): Promise<void> {
    const q = this.queues[queue] as Queue;
    const state = await q.getJobState(jobId);
    if (state === "failed" || state === "completed") await q.remove(jobId).catch(() => undefined);
    else if (state !== "unknown") return;
    await q.add(queue, data, { jobId });
  }

  /**
   * Looks after a run whose jobs stopped moving: a pending job that no queue holds is added
   * again; one that failed without being recorded (its worker died at that moment) is
   * recorded as failed. Returns how many jobs it repaired.
   */
  async reconcile(runId: number): Promise<number> {
    const pending = await this.tracker.pending(runId);
    if (pending.size === 0) return 0;
    const entries = [...pending.entries()];
    const pipe = this.redis.pipeline();
    for (const [id, job] of entries) {
      const key = `${this.options.queuePrefix}:${job.queue}:`;
      pipe.exists(key + id);
      pipe.zscore(key + "failed", id);
    }
    const answers = (await pipe.exec()) ?? [];
    let repaired = 0;
    for (const [i, [id, job]] of entries.entries()) {
      const exists = Number(answers[2 * i]?.[1] ?? 0) === 1;
      const failedScore = answers[2 * i + 1]?.[1];
      if (!(QUEUE_NAMES as readonly string[]).includes(job.queue)) {
        await this.tracker.finishJob(runId, id, "error", { stage: "process", site: "", url: "", code: "LOST", kind: "permanent", message: `pending job ${id} has no readable payload`, status: 0, attempts: 0, at: new Date().toISOString() });
        repaired++;
        continue;
      }
      if (exists && failedScore !== null && failedScore !== undefined) {
        const failed = await (this.queues[job.queue as QueueName] as Queue).getJob(id);
        const data = (job.data ?? {}) as { url?: string; task?: { url?: string; site?: string }; target?: { site?: string } };
        await this.tracker.finishJob(runId, id, "error", {
          stage: job.queue === "discover" ? "discover" : job.queue === "fetch" ? "fetch" : "process",
          site: data.target?.site ?? "",
          url: data.url ?? data.task?.url ?? "",
          code: "FAILED",
          kind: "permanent",
          message: failed?.failedReason ?? "failed",
          status: 0,
          attempts: failed?.attemptsMade ?? 0,
          at: new Date().toISOString(),
        });
        repaired++;
      } else if (!exists && (await this.tracker.isPending(runId, id))) {
        await this.add(job.queue as QueueName, id, job.data);
        repaired++;
      }
    }
    return repaired;
  }

  /** Closes the queues (not the Redis connection, which the caller owns). */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
