/**
 * A run's bookkeeping in the real Redis, in its batched forms: a listing page's links are
 * marked seen, counted against `maxArticles`, noted pending and added in a few round trips,
 * with the same answers the one-link-at-a-time forms gave.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { PipelineQueues } from "../../pipeline/queues.ts";
import { redisConnection } from "../../pipeline/redis-connection.ts";
import { RunTracker } from "../../pipeline/run-tracker.ts";
import { hasRedis, TEST_REDIS_URL } from "../support/services.ts";
import { cleanUp, testNames, testPipeline } from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";

const available = await hasRedis();

describe.skipIf(!available)("RunTracker and PipelineQueues in batches", () => {
  let names: TestNames;
  let redis: Redis;
  let queues: PipelineQueues | null = null;

  afterEach(async () => {
    await queues?.close();
    queues = null;
    redis?.disconnect();
    await cleanUp(names);
  });

  it("marks links seen once per run, again for the job that marked them, once when given twice", async () => {
    names = testNames();
    redis = redisConnection(TEST_REDIS_URL);
    const tracker = new RunTracker(redis, names.prefix);
    expect(await tracker.markSeen(1, ["/a", "/b", "/a"], "d-1")).toEqual([true, true, false]);
    // The same job after a crash: its links are its own to queue again; another job's are not.
    expect(await tracker.markSeen(1, ["/a", "/c"], "d-1")).toEqual([true, true]);
    expect(await tracker.markSeen(1, ["/a", "/c", "/d"], "d-2")).toEqual([false, false, true]);
    // Another run sees everything anew.
    expect(await tracker.markSeen(2, ["/a"], "d-2")).toEqual([true]);
    expect(await tracker.markSeen(1, [], "d-1")).toEqual([]);
    expect(await redis.ttl(tracker.key(1, "seen"))).toBeGreaterThan(0);
  });

  it("counts article slots against maxArticles across calls", async () => {
    names = testNames();
    redis = redisConnection(TEST_REDIS_URL);
    const tracker = new RunTracker(redis, names.prefix);
    expect(await tracker.takeArticleSlots(1, 5, 3)).toBe(3);
    expect(await tracker.takeArticleSlots(1, 5, 3)).toBe(2);
    expect(await tracker.takeArticleSlots(1, 5, 3)).toBe(0);
    expect(await tracker.takeArticleSlots(1, undefined, 40)).toBe(40);
    expect(await tracker.takeArticleSlots(3, 0, 2)).toBe(0);
  });

  it("queues many jobs in one go: pending first, default retries kept, a failed job of an earlier run replaced", async () => {
    names = testNames();
    redis = redisConnection(TEST_REDIS_URL);
    const options = testPipeline(names);
    queues = new PipelineQueues(redis, options);
    const target = { site: "tay-khe" };
    const fetch = queues.queue("fetch");
    // An earlier run's job under the same id, failed for good.
    await fetch.add("fetch", { runId: 1, target, url: "http://tay-khe.test/tin/1.html" }, { jobId: "f-old" });
    const failedKey = `${names.prefix}:fetch:failed`;
    await redis.zadd(failedKey, Date.now(), "f-old");
    await redis.lrem(`${names.prefix}:fetch:wait`, 0, "f-old");

    const jobs = ["f-old", "f-new-1", "f-new-2"].map((jobId, i) => ({ jobId, data: { runId: 2, target, url: `http://tay-khe.test/tin/${i + 1}.html` } }));
    await queues.enqueueMany(2, "fetch", jobs);

    const pending = await queues.tracker.pending(2);
    expect([...pending.keys()].sort()).toEqual(["f-new-1", "f-new-2", "f-old"]);
    expect(pending.get("f-new-1")).toEqual({ queue: "fetch", name: "fetch", data: jobs[1]!.data });
    for (const { jobId, data } of jobs) {
      const job = await fetch.getJob(jobId);
      expect(job?.data).toEqual(data);
      expect(job?.opts.attempts).toBe(options.jobAttempts);
      expect(await job?.getState()).toBe("waiting");
    }
    expect(await redis.zscore(failedKey, "f-old")).toBeNull();
    await queues.enqueueMany(2, "fetch", []);
    expect(await fetch.getWaitingCount()).toBe(3);
  });
});
