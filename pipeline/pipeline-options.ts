/**
 * Queue and worker settings: one table, each with its default, its environment variable and
 * its unit in the name. Parsed once (`pipelineOptionsFromEnv`) and passed down.
 */
import { createRequire } from "node:module";

/** Everything the queues, the workers and the run coordinator need to know. */
export interface PipelineOptions {
  /** Redis for the queues. Env `REDIS_URL`. Unset: the in-process runner is used instead. */
  redisUrl: string | null;
  /** Prefix of every Redis key (queues, runs, host slots); one prefix per deployment or test. Env `VDP_QUEUE_PREFIX`. */
  queuePrefix: string;
  /** Attempts of a discover or fetch job before it lands in the failed set. Env `VDP_JOB_ATTEMPTS`. */
  jobAttempts: number;
  /** Attempts of an extract+load job (a database outage is waited out here). Env `VDP_LOAD_ATTEMPTS`. */
  loadAttempts: number;
  /** First retry pause of a job; doubles per attempt. Env `VDP_JOB_BACKOFF_MS`. */
  jobBackoffMs: number;
  /** How long a worker's lock on a job lasts without renewal (a killed worker's jobs return after this). Env `VDP_LOCK_MS`. */
  lockMs: number;
  /** How often workers look for stalled jobs (locks that expired). Env `VDP_STALLED_INTERVAL_MS`. */
  stalledIntervalMs: number;
  /** Times a job may stall (its worker died) before it is failed. Env `VDP_MAX_STALLED`. */
  maxStalledCount: number;
  /** Lifetime of a per-host request slot in Redis without renewal (frees a host a killed worker held). Env `VDP_HOST_LEASE_MS`. */
  hostLeaseMs: number;
  /** How often a run's coordinator and followers look at its progress. Env `VDP_RUN_POLL_MS`. */
  runPollMs: number;
  /** Discover jobs in flight per worker process. Env `VDP_DISCOVER_CONCURRENCY`. */
  discoverConcurrency: number;
  /**
   * Fetch jobs in flight per worker process: each waits for its host's turn, then reads,
   * extracts and loads its page (the loads batched). Env `VDP_FETCH_CONCURRENCY`.
   */
  fetchConcurrency: number;
  /** Extract+load retries (pages whose fetch job could not load them) in flight per worker process. Env `VDP_PROCESS_CONCURRENCY`. */
  processConcurrency: number;
  /** Runs coordinated at once per worker process. Env `VDP_RUN_CONCURRENCY`. */
  runConcurrency: number;
  /** Most records in one load transaction. Env `VDP_LOAD_BATCH`. */
  loadBatchSize: number;
  /** Failed jobs kept for `vdp failed` per queue. Env `VDP_KEEP_FAILED`. */
  keepFailed: number;
  /** Heap bound (old generation, MB) of a worker: `bin/vdp.js` starts it with it. Env `VDP_WORKER_HEAP_MB`. */
  workerHeapMb: number;
}

/** The worker's heap bounds, shared with `bin/vdp.js` (plain JavaScript, which starts the worker with them). */
const WORKER_HEAP = createRequire(import.meta.url)("./worker-heap.json") as { defaultMb: number; minimumMb: number; semiSpaceMb: number };

/** The defaults, one comment per key in `PipelineOptions`. */
export const DEFAULT_PIPELINE_OPTIONS: Readonly<PipelineOptions> = Object.freeze({
  redisUrl: null,
  queuePrefix: "vdp",
  jobAttempts: 4,
  loadAttempts: 10,
  jobBackoffMs: 1000,
  lockMs: 30_000,
  stalledIntervalMs: 30_000,
  maxStalledCount: 5,
  hostLeaseMs: 15_000,
  runPollMs: 500,
  discoverConcurrency: 4,
  fetchConcurrency: 64,
  processConcurrency: 8,
  runConcurrency: 4,
  loadBatchSize: 32,
  keepFailed: 10_000,
  workerHeapMb: WORKER_HEAP.defaultMb,
});

const NUMERIC_ENV: Array<[keyof PipelineOptions, string, number]> = [
  ["jobAttempts", "VDP_JOB_ATTEMPTS", 1],
  ["loadAttempts", "VDP_LOAD_ATTEMPTS", 1],
  ["jobBackoffMs", "VDP_JOB_BACKOFF_MS", 0],
  ["lockMs", "VDP_LOCK_MS", 100],
  ["stalledIntervalMs", "VDP_STALLED_INTERVAL_MS", 100],
  ["maxStalledCount", "VDP_MAX_STALLED", 0],
  ["hostLeaseMs", "VDP_HOST_LEASE_MS", 100],
  ["runPollMs", "VDP_RUN_POLL_MS", 10],
  ["discoverConcurrency", "VDP_DISCOVER_CONCURRENCY", 1],
  ["fetchConcurrency", "VDP_FETCH_CONCURRENCY", 1],
  ["processConcurrency", "VDP_PROCESS_CONCURRENCY", 1],
  ["runConcurrency", "VDP_RUN_CONCURRENCY", 1],
  ["loadBatchSize", "VDP_LOAD_BATCH", 1],
  ["keepFailed", "VDP_KEEP_FAILED", 1],
  ["workerHeapMb", "VDP_WORKER_HEAP_MB", WORKER_HEAP.minimumMb],
];

/**
 * Reads the settings from the environment over the defaults; a malformed value fails here,
 * naming the variable.
 * @example pipelineOptionsFromEnv({ VDP_QUEUE_PREFIX: "vdp-test" }).queuePrefix // "vdp-test"
 */
export function pipelineOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PipelineOptions {
  const options: PipelineOptions = { ...DEFAULT_PIPELINE_OPTIONS };
  for (const [key, name, min] of NUMERIC_ENV) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
    (options as unknown as Record<string, number>)[key] = value;
  }
  if (env.REDIS_URL) {
    try {
      const u = new URL(env.REDIS_URL);
      if (u.protocol !== "redis:" && u.protocol !== "rediss:") throw new Error("not redis: or rediss:");
    } catch (err) {
      throw new Error(`REDIS_URL must be a redis://host:port URL, got "${env.REDIS_URL}" (${(err as Error).message})`);
    }
    options.redisUrl = env.REDIS_URL;
  }
  if (env.VDP_QUEUE_PREFIX !== undefined && env.VDP_QUEUE_PREFIX !== "") {
    if (!/^[A-Za-z0-9_-]+$/.test(env.VDP_QUEUE_PREFIX)) throw new Error(`VDP_QUEUE_PREFIX may hold letters, digits, "_" and "-" only, got "${env.VDP_QUEUE_PREFIX}"`);
    options.queuePrefix = env.VDP_QUEUE_PREFIX;
  }
  return options;
}
