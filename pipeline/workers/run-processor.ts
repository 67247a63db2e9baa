/**
 * The `runs` queue's processor, a run's coordinator: creates the `crawl_runs` row (when the
 * enqueuer did not), refuses to start a second run of a target whose previous run is still
 * going, seeds discovery, then watches the run's pending jobs until none is left, repairing
 * a run whose jobs stopped moving, and records the summary in PostgreSQL. A worker that is
 * shutting down hands the coordinator back to the queue; one that dies has it picked up by
 * another worker (stalled-job recovery), which carries on from Redis.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { DelayedError, UnrecoverableError } from "bullmq";
import type { Job } from "bullmq";
import { allTargets, profileForTarget, targetScope } from "../crawl-target.ts";
import type { CrawlTarget } from "../crawl-target.ts";
import { startTasks } from "../handlers/discover.ts";
import { validateRunJob } from "../job-payloads.ts";
import type { RunJobData } from "../job-payloads.ts";
import { runJobId, urlJobId } from "../job-id.ts";
import { runSummary } from "../run-counts.ts";
import type { RunCounts } from "../run-counts.ts";
import { badPayload } from "./worker-context.ts";
import type { WorkerContext } from "./worker-context.ts";

/** What a run job returns. */
export type RunJobResult =
  | { runId: number; state: "finished"; counts: RunCounts }
  | { runId: number; state: "skipped"; reason: string }
  | { state: "fanned-out"; runIds: number[] };

const LIVE_STATES = new Set(["active", "waiting", "delayed", "prioritized", "waiting-children"]);
const REPAIR_AFTER_MS = 3000;
const REPAIR_MAX_MS = 60_000;

/** Queues one coordinator job per shipped site (a `--all` schedule). */
async function fanOut(ctx: WorkerContext): Promise<RunJobResult> {
  const runIds: number[] = [];
  for (const target of allTargets()) {
    const runId = await ctx.store.startRun({ site: target.site });
    await ctx.queues.queue("runs").add("run", { target, runId }, { jobId: runJobId(runId) });
    runIds.push(runId);
  }
  return { state: "fanned-out", runIds };
}

/** Takes the target's "run going" mark, or names the live run that holds it. */
async function claimTarget(ctx: WorkerContext, target: CrawlTarget, jobId: string): Promise<string | null> {
  const { redis, options } = ctx.queues;
  const key = `${options.queuePrefix}:active:${targetScope(target)}`;
  for (let tries = 0; tries < 3; tries++) {
    if ((await redis.set(key, jobId, "EX", 7 * 86_400, "NX")) === "OK") return null;
    const holder = await redis.get(key);
    if (holder === null) continue;
    if (holder === jobId) return null;
    const state = await ctx.queues.queue("runs").getJobState(holder);
    if (LIVE_STATES.has(state)) return holder;
    // The holder is gone (finished without clearing, or failed): take over.
    await redis.del(key);
  }
  return null;
}

async function releaseTarget(ctx: WorkerContext, target: CrawlTarget, jobId: string): Promise<void> {
  const { redis, options } = ctx.queues;
  const key = `${options.queuePrefix}:active:${targetScope(target)}`;
  if ((await redis.get(key)) === jobId) await redis.del(key);
}

/** The processor of run jobs. */
export function runProcessor(ctx: WorkerContext) {
  return async (job: Job<RunJobData>, token?: string): Promise<RunJobResult> => {
    let data: RunJobData;
    try {
      data = validateRunJob(job.data);
    } catch (err) {
      badPayload(err);
    }
    if (data.all) return fanOut(ctx);
    const { target } = data;
    const { tracker } = ctx.queues;
    let runId = data.runId;
    if (runId === undefined) {
      runId = await ctx.store.startRun({ site: target.site });
      await job.updateData({ ...data, runId });
    }
    await job.updateProgress({ runId });
    let profile;
    try {
      profile = profileForTarget(target);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await ctx.store.finishRun(runId, { errors: 1 }, [{ stage: "run", message }]);
      throw new UnrecoverableError(message);
    }
    const holder = await claimTarget(ctx, target, job.id!);
    if (holder !== null) {
      const reason = `a run of ${targetScope(target)} is still going (job ${holder}); not started twice`;
      await ctx.store.finishRun(runId, { skipped: 1 }, [{ stage: "run", code: "OVERLAP", message: reason }]);
      ctx.log.warn({ runId, holder }, reason);
      return { runId, state: "skipped", reason };
    }
    if ((await tracker.meta(runId, "seeded")) !== "1") {
      await ctx.store.upsertSite({ code: profile.id, name: profile.name, baseUrl: profile.startUrls[0] ?? null });
      const delay = profile.politeness?.hostDelayMs;
      if (delay !== undefined) for (const url of profile.startUrls) ctx.fetcher.throttle.setDelay(new URL(url).host, delay);
      const tasks = startTasks(profile);
      await tracker.markSeen(runId, tasks.map((task) => `${task.kind}:${task.url}`), "seed");
      await ctx.queues.enqueueMany(runId, "discover", tasks.map((task) => ({ jobId: urlJobId("discover", task.url, task.kind), data: { runId, target, task } })));
      await tracker.setMeta(runId, { seeded: "1", site: profile.id, scope: targetScope(target), job: job.id! });
      ctx.log.info({ runId, site: profile.id, seeds: tasks.length }, "run started");
    }
    let lastDone = -1;
    let quietSince = Date.now();
    let repairAfter = REPAIR_AFTER_MS;
    for (;;) {
      if (ctx.closing) {
        await job.moveToDelayed(Date.now() + 100, token);
        throw new DelayedError();
      }
      const progress = await tracker.sizes(runId);
      if (progress.pending === 0) break;
      if (progress.done !== lastDone) {
        lastDone = progress.done;
        quietSince = Date.now();
        repairAfter = REPAIR_AFTER_MS;
      } else if (Date.now() - quietSince > repairAfter) {
        const repaired = await ctx.queues.reconcile(runId);
        if (repaired > 0) ctx.log.warn({ runId, repaired }, "re-queued or recorded jobs that stopped moving");
        quietSince = Date.now();
        repairAfter = repaired > 0 ? REPAIR_AFTER_MS : Math.min(repairAfter * 2, REPAIR_MAX_MS);
      }
      await job.updateProgress({ runId, done: progress.done, pending: progress.pending });
      await sleep(ctx.options.runPollMs);
    }
    const { counts, errors } = await runSummary(tracker, runId);
    await ctx.store.finishRun(runId, counts, errors);
    await tracker.setMeta(runId, { finished: "1" });
    await releaseTarget(ctx, target, job.id!);
    ctx.log.info({ runId, site: profile.id, ...counts }, "run finished");
    return { runId, state: "finished", counts };
  };
}
