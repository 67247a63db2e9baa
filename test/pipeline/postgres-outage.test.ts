/**
 * PostgreSQL unreachable for a while in the middle of a crawl (the workers reach it through a
 * proxy that is stopped, then started again): loads fail and are retried with backoff, and
 * when the database returns the crawl completes with every article once, nothing lost.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { enqueueRun } from "../../pipeline/enqueue-run.ts";
import { followRun } from "../../pipeline/follow-run.ts";
import type { PipelineQueues } from "../../pipeline/queues.ts";
import type { WorkerPool } from "../../pipeline/worker-pool.ts";
import { startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, hasRedis, TEST_DATABASE_URL } from "../support/services.ts";
import { cleanUp, closeQueues, inProcessWorkers, portalTarget, storedArticles, TEST_CRAWLER, testNames, testPipeline, testQueues, testStore, waitFor } from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";
import { startTcpProxy } from "./tcp-proxy.ts";
import type { TcpProxy } from "./tcp-proxy.ts";

const available = (await hasRedis()) && (await hasPostgres());

describe.skipIf(!available)("PostgreSQL unreachable mid-crawl", () => {
  let names: TestNames;
  let proxy: TcpProxy | null = null;
  let direct: Store | null = null;
  let viaProxy: Store | null = null;
  let queues: PipelineQueues | null = null;
  let workers: WorkerPool | null = null;
  let portal: Portal | null = null;

  afterEach(async () => {
    await proxy?.start().catch(() => undefined);
    await workers?.close();
    if (queues) await closeQueues(queues);
    await viaProxy?.close();
    await direct?.close();
    await proxy?.close();
    await portal?.close();
    await cleanUp(names);
  });

  it("retries the loads and completes when the database returns", { timeout: 90_000 }, async () => {
    names = testNames();
    const server = new URL(TEST_DATABASE_URL);
    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    const proxied = new URL(TEST_DATABASE_URL);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    direct = await testStore(names);
    viaProxy = await testStore(names, proxied.href);
    portal = await startPortal({ crawlDelaySeconds: 0.1 });
    const options = testPipeline(names);
    queues = testQueues(options);
    workers = await inProcessWorkers(viaProxy, options, { ...TEST_CRAWLER, hostDelayMs: 100 });

    const run = await enqueueRun(queues, direct, portalTarget(portal));
    const db = direct;
    await waitFor(async () => (await storedArticles(db)).articles.length >= 3, 30_000, "a few articles loaded");
    await proxy.stop();
    const atStop = (await storedArticles(direct)).articles.length;
    await sleep(3000);
    // While it is down, loads fail and wait for their next attempt; nothing new arrives.
    expect((await storedArticles(direct)).articles.length).toBe(atStop);
    expect(atStop).toBeLessThan(portal.articles.length);
    const retrying = (await queues.queue("process").getDelayedCount()) + (await queues.queue("fetch").getDelayedCount());
    await proxy.start();

    const result = await followRun(queues, run.runId, run.jobId, { pollMs: 100, signal: AbortSignal.timeout(70_000) });
    expect(result.state).toBe("finished");
    if (result.state !== "finished") return;
    expect(retrying).toBeGreaterThan(0);
    expect(result.counts).toMatchObject({ discovered: portal.articles.length, new: portal.articles.length, errors: 0 });
    const stored = await storedArticles(direct);
    expect(stored.articles).toHaveLength(portal.articles.length);
    expect(stored.articles.every((a) => a.version === 1)).toBe(true);
    expect(stored.pages).toBe(portal.articles.length);
    expect(await queues.queue("process").getFailedCount()).toBe(0);
  });
});
