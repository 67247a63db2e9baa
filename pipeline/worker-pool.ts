/**
 * A worker process's BullMQ workers: one per queue it serves, sharing one store, one fetcher
 * (per-host politeness in Redis, so it holds across processes and machines), one extract
 * batcher and one load batcher. `close()` stops taking jobs, lets the jobs in flight finish (a run coordinator
 * hands itself back to the queue) and closes everything.
 */
import { Worker } from "bullmq";
import type { Processor } from "bullmq";
import type { CrawlerOptions } from "../crawlers/crawler-options.ts";
import { Fetcher } from "../crawlers/fetcher.ts";
import type { Store } from "../storage/store.ts";
import { ExtractBatcher } from "./extract-batcher.ts";
import { LoadBatcher } from "./load-batcher.ts";
import type { Logger } from "./logger.ts";
import type { PipelineOptions } from "./pipeline-options.ts";
import { PipelineQueues, QUEUE_NAMES } from "./queues.ts";
import type { QueueName } from "./queues.ts";
import { redisConnection } from "./redis-connection.ts";
import { RedisHostThrottle } from "./redis-host-throttle.ts";
import { extractAndLoader } from "./workers/extract-and-load.ts";
import { discoverProcessor } from "./workers/discover-processor.ts";
import { fetchProcessor } from "./workers/fetch-processor.ts";
import { processProcessor } from "./workers/process-processor.ts";
import { runProcessor } from "./workers/run-processor.ts";
import type { WorkerContext } from "./workers/worker-context.ts";

/** How to start a worker pool. */
export interface WorkerPoolOptions {
  store: Store;
  options: PipelineOptions;
  crawler: CrawlerOptions;
  log: Logger;
  /** Queues served. Default: all. */
  queues?: readonly QueueName[];
}

/** A running pool of workers. */
export interface WorkerPool {
  /** Jobs running now, per queue. */
  active(): Record<string, number>;
  /** Stops taking jobs, finishes the ones in flight, closes connections. */
  close(): Promise<void>;
}

/** Starts workers for the queues; requires `options.redisUrl`. */
export async function startWorkerPool(o: WorkerPoolOptions): Promise<WorkerPool> {
  const { options, log } = o;
  const url = options.redisUrl;
  if (!url) throw new Error("REDIS_URL is not set: queue workers need Redis (vdp crawl runs in-process without it)");
  const onError = (err: Error) => log.warn({ err: err.message }, "redis connection error (reconnecting)");
  const redis = redisConnection(url, onError);
  const queues = new PipelineQueues(redis, options, onError);
  const throttle = new RedisHostThrottle(redis, {
    prefix: options.queuePrefix,
    perHost: o.crawler.perHostConcurrency,
    delayMs: o.crawler.hostDelayMs,
    leaseMs: options.hostLeaseMs,
  });
  const fetcher = new Fetcher({ ...o.crawler, concurrency: Math.max(o.crawler.concurrency, options.fetchConcurrency + options.discoverConcurrency) }, {
    throttle,
    onRetry: (error, attempt, waitMs) => log.debug({ url: error.url, code: error.code, attempt, waitMs }, "fetch retry"),
  });
  const extractor = new ExtractBatcher();
  const ctx: WorkerContext = {
    queues,
    store: o.store,
    fetcher,
    extractAndLoad: extractAndLoader(o.store, new LoadBatcher((inputs) => o.store.loadBatch(inputs), options.loadBatchSize), extractor),
    options,
    log,
    closing: false,
  };
  const processors: { [K in QueueName]: Processor } = {
    runs: runProcessor(ctx) as Processor,
    discover: discoverProcessor(ctx) as Processor,
    fetch: fetchProcessor(ctx) as Processor,
    process: processProcessor(ctx) as Processor,
  };
  const concurrency: Record<QueueName, number> = {
    runs: options.runConcurrency,
    discover: options.discoverConcurrency,
    fetch: options.fetchConcurrency,
    process: options.processConcurrency,
  };
  const served = o.queues ?? QUEUE_NAMES;
  const connections = served.map(() => redisConnection(url, onError));
  const workers = served.map(
    (name, i) =>
      new Worker(name, processors[name], {
        connection: connections[i]!,
        prefix: options.queuePrefix,
        concurrency: concurrency[name],
        lockDuration: options.lockMs,
        stalledInterval: options.stalledIntervalMs,
        maxStalledCount: options.maxStalledCount,
      }),
  );
  const running: Record<string, number> = {};
  for (const [i, worker] of workers.entries()) {
    const name = served[i]!;
    running[name] = 0;
    worker.on("active", () => void (running[name] = (running[name] ?? 0) + 1));
    worker.on("completed", () => void (running[name] = (running[name] ?? 1) - 1));
    worker.on("failed", (job, err) => {
      running[name] = (running[name] ?? 1) - 1;
      if (err.name === "DelayedError") return;
      const final = job ? err.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1) : true;
      log[final ? "error" : "warn"]({ queue: name, job: job?.id, attempt: job?.attemptsMade, err: err.message }, final ? "job failed (in the failed set)" : "job failed, will retry");
    });
    worker.on("stalled", (id) => log.warn({ queue: name, job: id }, "stalled job picked up again"));
    worker.on("error", (err) => log.warn({ queue: name, err: err.message }, "worker error"));
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  log.info({ queues: served, concurrency: served.map((n) => concurrency[n]), prefix: options.queuePrefix }, "workers ready");
  return {
    active: () => ({ ...running }),
    async close() {
      ctx.closing = true;
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      await fetcher.close();
      throttle.close();
      for (const c of connections) c.disconnect();
      redis.disconnect();
      log.info({ articles: extractor.stats.articles, batches: extractor.stats.batches }, "workers closed");
    },
  };
}
