/** Starting a queued run: its `crawl_runs` row first (so its id is known at once), then its coordinator job. */
import type { Store } from "../storage/store.ts";
import type { CrawlTarget } from "./crawl-target.ts";
import { runJobId } from "./job-id.ts";
import type { PipelineQueues } from "./queues.ts";

/** A queued run. */
export interface QueuedRun {
  runId: number;
  /** The coordinator job's id in the `runs` queue. */
  jobId: string;
  target: CrawlTarget;
}

/**
 * Records a run of `target` and queues its coordinator for the workers.
 * @example const { runId } = await enqueueRun(queues, store, { site: "hanoimoi" });
 */
export async function enqueueRun(queues: PipelineQueues, store: Pick<Store, "startRun">, target: CrawlTarget): Promise<QueuedRun> {
  const runId = await store.startRun({ site: target.site });
  const jobId = runJobId(runId);
  await queues.queue("runs").add("run", { target, runId }, { jobId });
  return { runId, jobId, target };
}
