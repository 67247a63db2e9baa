/**
 * Scheduled crawls on the real Redis and PostgreSQL: a schedule is a BullMQ job scheduler
 * that lists with its next due time and removes; a schedule due every second over a crawl
 * that takes longer never runs two crawls of the portal at once (the late ones are recorded
 * as skipped), and a manual crawl while one is going is refused the same way.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { enqueueRun } from "../../pipeline/enqueue-run.ts";
import { followRun } from "../../pipeline/follow-run.ts";
import type { PipelineQueues } from "../../pipeline/queues.ts";
import { runState } from "../../pipeline/run-state.ts";
import { addSchedule, listSchedules, removeSchedule } from "../../pipeline/schedules.ts";
import type { WorkerPool } from "../../pipeline/worker-pool.ts";
import { startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, hasRedis } from "../support/services.ts";
import { cleanUp, closeQueues, inProcessWorkers, portalTarget, TEST_CRAWLER, testNames, testPipeline, testQueues, testStore, waitFor } from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";

const available = (await hasRedis()) && (await hasPostgres());

describe.skipIf(!available)("schedules", () => {
  let names: TestNames;
  let store: Store | null = null;
  let queues: PipelineQueues | null = null;
  let workers: WorkerPool | null = null;
  let portal: Portal | null = null;

  afterEach(async () => {
    await workers?.close();
    workers = null;
    if (queues) await closeQueues(queues);
    await store?.close();
    await portal?.close();
    await cleanUp(names);
  });

  it("adds, lists and removes schedules", async () => {
    names = testNames();
    queues = testQueues(testPipeline(names));
    const nightly = await addSchedule(queues, { cron: "0 2 * * *", tz: "Asia/Ho_Chi_Minh", target: { site: "hanoimoi" } });
    expect(nightly.id).toBe("site-hanoimoi");
    await addSchedule(queues, { cron: "30 1 * * *", tz: "Asia/Ho_Chi_Minh" });
    const listed = await listSchedules(queues);
    // Listed by id, whichever is due first at this time of day.
    expect(listed.map((s) => [s.id, s.site, s.cron, s.tz])).toEqual([
      ["all-sites", "all", "30 1 * * *", "Asia/Ho_Chi_Minh"],
      ["site-hanoimoi", "hanoimoi", "0 2 * * *", "Asia/Ho_Chi_Minh"],
    ]);
    // 02:00 in Hanoi is 19:00 UTC.
    expect(listed.find((s) => s.id === "site-hanoimoi")!.next).toMatch(/T19:00:00/);
    expect(await removeSchedule(queues, "site-hanoimoi")).toBe(true);
    expect(await removeSchedule(queues, "site-hanoimoi")).toBe(false);
    expect((await listSchedules(queues)).map((s) => s.id)).toEqual(["all-sites"]);
  });

  it("never runs two crawls of one target at once", { timeout: 60_000 }, async () => {
    names = testNames();
    portal = await startPortal({ crawlDelaySeconds: 0.1 });
    store = await testStore(names);
    const options = testPipeline(names);
    queues = testQueues(options);
    workers = await inProcessWorkers(store, options, { ...TEST_CRAWLER, hostDelayMs: 100 });

    // A manual run, and a second one queued while it goes.
    const first = await enqueueRun(queues, store, portalTarget(portal));
    const runs = queues.queue("runs");
    await waitFor(async () => (await runs.getJobState(first.jobId)) === "active", 10_000, "the first run to start");
    const second = await enqueueRun(queues, store, portalTarget(portal));
    const refused = await followRun(queues, second.runId, second.jobId, { pollMs: 100 });
    expect(refused.state).toBe("skipped");

    // A schedule due every second while the first run (several seconds) still goes.
    await addSchedule(queues, { cron: "* * * * * *", tz: "UTC", target: portalTarget(portal), id: "every-second" });
    await sleep(2500);
    await removeSchedule(queues, "every-second");
    const done = await followRun(queues, first.runId, first.jobId, { pollMs: 100 });
    expect(done.state).toBe("finished");
    const db = store;
    await waitFor(async () => (await db.listRuns(50)).every((r) => r.finishedAt !== null), 20_000, "every run to be finished or skipped");

    const all = await store.listRuns(50);
    const started = all.filter((r) => runState(r) !== "skipped");
    const skipped = all.filter((r) => runState(r) === "skipped");
    expect(skipped.length).toBeGreaterThanOrEqual(2); // the manual one and at least one scheduled
    expect(all.length).toBeGreaterThanOrEqual(3);
    const spans = started.map((r) => [Date.parse(r.startedAt), Date.parse(r.finishedAt!)] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    expect(skipped.every((r) => (r.errors as Array<{ code?: string }>)[0]?.code === "OVERLAP")).toBe(true);
  });
});
