/**
 * `vdp crawl` with `REDIS_URL`: each site's run is recorded, its coordinator queued for the
 * workers (`vdp worker`), and, unless `--detach`, followed to its end with progress; then its
 * summary. Exit code 1 when a run could not complete (its coordinator failed or was skipped
 * because the previous run still goes).
 */
import type { CrawlTarget } from "../pipeline/crawl-target.ts";
import { enqueueRun } from "../pipeline/enqueue-run.ts";
import { followRun } from "../pipeline/follow-run.ts";
import type { FollowedRun } from "../pipeline/follow-run.ts";
import { createCrawlProgress } from "./crawl-progress.ts";
import { withQueues } from "./with-queues.ts";
import { withStore } from "./with-store.ts";

/** Options of {@link crawlQueued}. */
export interface QueuedCrawlOptions {
  detach?: boolean;
  json?: boolean;
}

function summary(target: CrawlTarget, run: FollowedRun): string {
  if (run.state === "finished") {
    const c = run.counts;
    return (
      `${target.site}: run ${run.runId} finished: ${c.discovered} articles found, ${c.fetched} fetched, ${c.notModified} unchanged (304), ` +
      `${c.new} new, ${c.changed} changed, ${c.unchanged} same content, ${c.skipped} skipped, ${c.errors} errors` +
      (c.errors ? " (vdp failed lists them)" : "")
    );
  }
  if (run.state === "skipped") return `${target.site}: run ${run.runId} not started: ${run.reason}`;
  if (run.state === "failed") return `${target.site}: run ${run.runId} could not complete: ${run.reason}`;
  return `${target.site}: queued runs ${run.runIds.join(", ")}`;
}

/** Queues (and follows) one run per target; returns the process exit code. */
export async function crawlQueued(targets: CrawlTarget[], options: QueuedCrawlOptions = {}): Promise<number> {
  if (!process.env.DATABASE_URL) {
    throw new Error("REDIS_URL is set but DATABASE_URL is not: queued runs need a PostgreSQL server that this command and the workers both reach (or use --in-process)");
  }
  return withQueues(async (queues) => {
    const runs = await withStore(async (store) => {
      const out = [];
      for (const target of targets) out.push(await enqueueRun(queues, store, target));
      return out;
    });
    if (options.detach) {
      for (const run of runs) {
        if (options.json) process.stdout.write(JSON.stringify({ runId: run.runId, job: run.jobId, site: run.target.site, state: "queued" }) + "\n");
        else process.stdout.write(`${run.target.site}: run ${run.runId} queued (job ${run.jobId}); follow it with vdp runs\n`);
      }
      return 0;
    }
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal);
    try {
      const results = await Promise.all(
        runs.map(async (run) => {
          const progress = createCrawlProgress(`${run.target.site} run ${run.runId}`);
          let waiting = false;
          try {
            return await followRun(queues, run.runId, run.jobId, {
              signal: stop.signal,
              onProgress: (p) => {
                waiting = false;
                const o = p.outcomes;
                progress.update(p.done, p.done + p.pending, { "304": o["not-modified"] ?? 0, new: o.new ?? 0, changed: o.changed ?? 0, errors: o.error ?? 0 });
              },
              onWaiting: (err) => {
                if (!waiting) process.stderr.write(`\n${run.target.site}: waiting for Redis (${err.message}); the run goes on in the workers\n`);
                waiting = true;
              },
            });
          } finally {
            progress.stop();
          }
        }),
      );
      let code = 0;
      for (const [i, result] of results.entries()) {
        const target = runs[i]!.target;
        if (options.json) process.stdout.write(JSON.stringify({ site: target.site, ...result }) + "\n");
        else process.stdout.write(summary(target, result) + "\n");
        if (result.state === "failed" || result.state === "skipped") code = 1;
      }
      return code;
    } finally {
      process.off("SIGINT", onSignal);
    }
  });
}
