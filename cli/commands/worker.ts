/** `vdp worker`: run the pipeline's queue workers until SIGTERM / SIGINT. */
import type { Command } from "commander";
import { crawlerOptionsFromEnv } from "../../crawlers/crawler-options.ts";
import { createLogger } from "../../pipeline/logger.ts";
import { pipelineOptionsFromEnv } from "../../pipeline/pipeline-options.ts";
import { parseQueueNames, QUEUE_NAMES } from "../../pipeline/queues.ts";
import { startWorkerPool } from "../../pipeline/worker-pool.ts";
import { openStore } from "../../storage/db.ts";
import { QUEUE_HELP } from "../with-queues.ts";
import { STORE_HELP } from "../with-store.ts";

function positive(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a whole number ≥ 1, got "${value}"`);
    return n;
  };
}

/** Registers `vdp worker`. */
export function register(program: Command): void {
  program
    .command("worker")
    .description(
      "Run queue workers (Redis at REDIS_URL): coordinate runs, discover, fetch politely (per-host slots\n" +
        "shared in Redis by every worker), extract and load. SIGTERM / SIGINT finish the jobs in flight\n" +
        "and exit; a worker killed hard has its jobs picked up again by the others.",
    )
    .option("--concurrency <n>", "fetch and extract+load jobs in flight in this process (each)", positive("--concurrency"))
    .option("--queues <list>", `queues to serve, comma-separated (default all: ${QUEUE_NAMES.join(",")})`)
    .option("--allow-private", "allow loopback and private addresses (the local portal, tests)")
    .addHelpText(
      "after",
      "\nExamples:\n  REDIS_URL=redis://127.0.0.1:6379 DATABASE_URL=postgres://postgres@127.0.0.1/vdp vdp worker\n" +
        "  vdp worker --queues discover,fetch,process --concurrency 64   # pages only, no run coordination\n\n" +
        "Settings (pipeline/pipeline-options.ts): VDP_JOB_ATTEMPTS, VDP_LOAD_ATTEMPTS, VDP_JOB_BACKOFF_MS,\n" +
        "VDP_LOCK_MS, VDP_STALLED_INTERVAL_MS, VDP_HOST_LEASE_MS, VDP_FETCH_CONCURRENCY, VDP_PROCESS_CONCURRENCY,\n" +
        "VDP_LOAD_BATCH, VDP_WORKER_HEAP_MB (the worker's heap bound, MB; default 192); politeness from\n" +
        "VDP_HOST_DELAY_MS and VDP_PER_HOST_CONCURRENCY as for vdp crawl.\n" +
        QUEUE_HELP +
        STORE_HELP,
    )
    .action(async (options: { concurrency?: number; queues?: string; allowPrivate?: boolean }) => {
      const pipeline = pipelineOptionsFromEnv();
      if (!pipeline.redisUrl) throw new Error("REDIS_URL is not set: workers take their jobs from Redis (e.g. REDIS_URL=redis://127.0.0.1:6379)");
      if (options.concurrency !== undefined) {
        pipeline.fetchConcurrency = options.concurrency;
        pipeline.processConcurrency = options.concurrency;
      }
      const queues = options.queues ? parseQueueNames(options.queues) : [...QUEUE_NAMES];
      const crawler = crawlerOptionsFromEnv();
      if (options.allowPrivate) crawler.allowPrivate = true;
      const log = createLogger("vdp-worker");
      if (process.env.VDP_WORKER_CHILD && process.channel) {
        // Started by bin/vdp.js with a bounded heap: when that process is gone (killed hard),
        // end at once as it did; the channel alone does not keep this process alive.
        process.channel.unref();
        process.on("disconnect", () => {
          log.warn("the vdp process that started this worker is gone: exiting without waiting");
          process.exit(1);
        });
      }
      if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: workers load into a PostgreSQL server they all reach (the embedded database is for one process: vdp crawl without REDIS_URL)");
      const store = await openStore();
      const pool = await startWorkerPool({ store, options: pipeline, crawler, log, queues });
      let stopping = false;
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          if (stopping) {
            log.warn({ signal }, "second signal: exiting without waiting");
            process.exit(1);
          }
          stopping = true;
          log.info({ signal, inFlight: pool.active() }, "finishing the jobs in flight, then exiting");
          resolve();
        };
        process.on("SIGTERM", () => stop("SIGTERM"));
        process.on("SIGINT", () => stop("SIGINT"));
      });
      await pool.close();
      await store.close();
      log.info("worker stopped");
    });
}
