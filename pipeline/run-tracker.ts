/**
 * A run's bookkeeping in Redis, kept so that a killed worker, a restarted Redis (with its
 * append-only file) or a retried job neither loses nor double-counts work:
 *
 * - `pending`  (hash job id → how to re-add it): written before a job is added and removed
 *   when the job is done, so the run ends exactly when `pending` is empty, and a job whose
 *   add never happened (the enqueuer died in between) can be added again from it;
 * - `outcomes` (hash job id → what the job did) and `errors` (hash job id → CrawlError):
 *   idempotent by job id, so a job run twice counts once;
 * - `seen`     (hash URL → the discover job that first queued it): a rerun of that same job
 *   queues its own URLs again (it may have died before adding them), no other job does;
 * - `meta`     (hash): seeded, finished, the run's target.
 *
 * Every key expires a week after its last write.
 */
import type { Redis } from "ioredis";
import type { CrawlError } from "./crawl-error.ts";

/** What a finished job did, as the run's summary counts it. */
export type JobOutcome = "listing" | "fetched" | "not-modified" | "new" | "changed" | "unchanged" | "skipped" | "error";

/** How to add a pending job again. */
export interface PendingJob {
  queue: string;
  name: string;
  data: unknown;
}

/** A run's progress: jobs done and still pending, and the outcomes so far. */
export interface RunProgress {
  runId: number;
  done: number;
  pending: number;
  outcomes: Partial<Record<JobOutcome, number>>;
  /** Article URLs queued (fetch jobs). */
  discovered: number;
  /**
   * Fetch jobs whose page answered 200 and was read: loaded in the same job (its outcome is
   * the load's), handed on to the process queue ("fetched"), or skipped.
   */
  fetched: number;
  finished: boolean;
}

const TTL_SECONDS = 7 * 24 * 3600;

/** The Redis keys and operations of runs under one prefix. */
export class RunTracker {
  constructor(
    readonly redis: Redis,
    readonly prefix: string,
  ) {}

  /** The key of one of a run's hashes. */
  key(runId: number, part: "pending" | "outcomes" | "errors" | "seen" | "meta"): string {
    return `${this.prefix}:run:${runId}:${part}`;
  }

  /**
   * Notes jobs as pending before they are added, in one round trip; with `failedKey` (their
   * queue's failed set), also answers for each whether a failed job holds its id.
   */
  async addPending(runId: number, jobs: ReadonlyArray<{ jobId: string; job: PendingJob }>, failedKey?: string): Promise<boolean[]> {
    if (jobs.length === 0) return [];
    const key = this.key(runId, "pending");
    const tx = this.redis.multi();
    for (const { jobId, job } of jobs) tx.hset(key, jobId, JSON.stringify(job));
    tx.expire(key, TTL_SECONDS);
    if (failedKey) for (const { jobId } of jobs) tx.zscore(failedKey, jobId);
    const answers = (await tx.exec()) ?? [];
    return jobs.map((_, i) => {
      const score = failedKey ? answers[jobs.length + 1 + i]?.[1] : null;
      return score !== null && score !== undefined;
    });
  }

  /**
   * Records what a job did and takes it off the pending list; returns how many remain, and
   * whether the run had already finished (the job was retried after its end).
   */
  async finishJob(runId: number, jobId: string, outcome: JobOutcome, error: CrawlError | null = null): Promise<{ pending: number; runFinished: boolean }> {
    const pending = this.key(runId, "pending");
    const outcomes = this.key(runId, "outcomes");
    const errors = this.key(runId, "errors");
    const tx = this.redis.multi().hdel(pending, jobId).hset(outcomes, jobId, outcome).expire(outcomes, TTL_SECONDS);
    if (error) tx.hset(errors, jobId, JSON.stringify(error)).expire(errors, TTL_SECONDS);
    else tx.hdel(errors, jobId);
    tx.hlen(pending).hget(this.key(runId, "meta"), "finished");
    const result = await tx.exec();
    return { pending: Number(result?.at(-2)?.[1] ?? 0), runFinished: result?.at(-1)?.[1] === "1" };
  }

  /** The jobs still pending, with how to re-add them. */
  async pending(runId: number): Promise<Map<string, PendingJob>> {
    const raw = await this.redis.hgetall(this.key(runId, "pending"));
    const out = new Map<string, PendingJob>();
    for (const [id, json] of Object.entries(raw)) {
      try {
        out.set(id, JSON.parse(json) as PendingJob);
      } catch {
        out.set(id, { queue: "", name: "", data: null });
      }
    }
    return out;
  }

  /** True when the job is still on the run's pending list. */
  async isPending(runId: number, jobId: string): Promise<boolean> {
    return (await this.redis.hexists(this.key(runId, "pending"), jobId)) === 1;
  }

  /** The run's progress so far. */
  async progress(runId: number): Promise<RunProgress> {
    const [pending, outcomes, finished] = await Promise.all([
      this.redis.hlen(this.key(runId, "pending")),
      this.redis.hgetall(this.key(runId, "outcomes")),
      this.redis.hget(this.key(runId, "meta"), "finished"),
    ]);
    const counts: Partial<Record<JobOutcome, number>> = {};
    let discovered = 0;
    let fetched = 0;
    for (const [id, outcome] of Object.entries(outcomes)) {
      counts[outcome as JobOutcome] = (counts[outcome as JobOutcome] ?? 0) + 1;
      if (!id.startsWith("f-")) continue;
      discovered++;
      if (outcome !== "not-modified" && outcome !== "error") fetched++;
    }
    return { runId, done: Object.keys(outcomes).length, pending, outcomes: counts, discovered, fetched, finished: finished === "1" };
  }

  /** Jobs done and pending, cheaply (two lengths). */
  async sizes(runId: number): Promise<{ done: number; pending: number }> {
    const [done, pending] = await Promise.all([this.redis.hlen(this.key(runId, "outcomes")), this.redis.hlen(this.key(runId, "pending"))]);
    return { done, pending };
  }

  /** Every error recorded for the run. */
  async errors(runId: number): Promise<CrawlError[]> {
    const raw = await this.redis.hvals(this.key(runId, "errors"));
    return raw.map((json) => JSON.parse(json) as CrawlError);
  }

  /** Reads one field of the run's meta hash. */
  async meta(runId: number, field: string): Promise<string | null> {
    return this.redis.hget(this.key(runId, "meta"), field);
  }

  /** Sets fields of the run's meta hash. */
  async setMeta(runId: number, fields: Record<string, string>): Promise<void> {
    const key = this.key(runId, "meta");
    await this.redis.multi().hset(key, fields).expire(key, TTL_SECONDS).exec();
  }

  /**
   * Marks `urls` seen in the run for discover job `owner`, in one round trip: for each, true
   * when it is new, or when the same job marked it before (its earlier attempt may have died
   * before queueing it). A URL given twice counts at its first place only.
   */
  async markSeen(runId: number, urls: readonly string[], owner: string): Promise<boolean[]> {
    if (urls.length === 0) return [];
    const key = this.key(runId, "seen");
    const tx = this.redis.multi();
    for (const url of urls) tx.hsetnx(key, url, owner).hget(key, url);
    tx.expire(key, TTL_SECONDS);
    const answers = (await tx.exec()) ?? [];
    const first = new Set<string>();
    return urls.map((url, i) => {
      if (first.has(url)) return false;
      first.add(url);
      return answers[2 * i]?.[1] === 1 || answers[2 * i + 1]?.[1] === owner;
    });
  }

  /** Counts `count` article URLs against the run's `maxArticles`: how many of them are within it. */
  async takeArticleSlots(runId: number, max: number | undefined, count: number): Promise<number> {
    if (max === undefined || count === 0) return count;
    const total = await this.redis.hincrby(this.key(runId, "meta"), "articles", count);
    return Math.max(0, Math.min(count, max - (total - count)));
  }
}
