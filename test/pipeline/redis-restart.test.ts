/**
 * Redis restarted in the middle of a crawl: a Redis of the test's own (another port, its
 * append-only file in a temporary folder, as BullMQ needs in production) is stopped while
 * the crawl runs and started again; workers and the follower reconnect and the crawl
 * completes, every article once.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { enqueueRun } from "../../pipeline/enqueue-run.ts";
import { followRun } from "../../pipeline/follow-run.ts";
import type { PipelineQueues } from "../../pipeline/queues.ts";
import type { WorkerPool } from "../../pipeline/worker-pool.ts";
import { startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, hasRedis } from "../support/services.ts";
import { cleanUp, closeQueues, exited, inProcessWorkers, portalTarget, storedArticles, TEST_CRAWLER, testNames, testPipeline, testQueues, testStore, waitFor } from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";

const redisServer = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((p) => fs.existsSync(p));
const available = (await hasRedis()) && (await hasPostgres()) && redisServer !== undefined;
if (!redisServer) process.stderr.write("\n[vdp tests] SKIPPED: Redis restart test (no redis-server binary)\n");

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startRedis(port: number, dir: string): ChildProcess {
  return spawn(redisServer!, ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--logfile", path.join(dir, "redis.log")], { stdio: "ignore" });
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

describe.skipIf(!available)("Redis restarted mid-crawl", () => {
  let names: TestNames;
  let dir: string;
  let redis: ChildProcess | null = null;
  let store: Store | null = null;
  let queues: PipelineQueues | null = null;
  let workers: WorkerPool | null = null;
  let portal: Portal | null = null;

  afterEach(async () => {
    await workers?.close().catch(() => undefined);
    if (queues) await closeQueues(queues);
    await store?.close();
    await portal?.close();
    if (redis && redis.exitCode === null) {
      redis.kill("SIGKILL");
      await exited(redis);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await cleanUp(names);
  });

  it("completes the crawl after Redis comes back", { timeout: 90_000 }, async () => {
    names = testNames();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-redis-"));
    const port = await freePort();
    redis = startRedis(port, dir);
    await waitFor(() => answers(port), 10_000, "the test Redis");
    const url = `redis://127.0.0.1:${port}`;
    portal = await startPortal({ crawlDelaySeconds: 0.12 });
    store = await testStore(names);
    const options = testPipeline(names, url);
    queues = testQueues(options);
    workers = await inProcessWorkers(store, options, { ...TEST_CRAWLER, hostDelayMs: 120 });

    const run = await enqueueRun(queues, store, portalTarget(portal));
    const db = store;
    await waitFor(async () => (await storedArticles(db)).articles.length >= 3, 30_000, "a few articles loaded");
    redis.kill("SIGTERM");
    expect(await exited(redis)).toBe(0);
    const atStop = (await storedArticles(store)).articles.length;
    expect(atStop).toBeLessThan(portal.articles.length);
    await sleep(1500);
    redis = startRedis(port, dir);
    await waitFor(() => answers(port), 10_000, "the test Redis again");

    let waited = 0;
    const result = await followRun(queues, run.runId, run.jobId, { pollMs: 100, signal: AbortSignal.timeout(60_000), onWaiting: () => waited++ });
    expect(result.state).toBe("finished");
    const stored = await storedArticles(store);
    expect(stored.articles).toHaveLength(portal.articles.length);
    expect(stored.articles.every((a) => a.version === 1)).toBe(true);
    expect(stored.versions).toBe(0);
    expect((await store.listRuns(1))[0]!.finishedAt).not.toBeNull();
  });
});
