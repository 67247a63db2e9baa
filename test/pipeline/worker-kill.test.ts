/**
 * A `vdp worker` process killed with SIGKILL in the middle of a crawl, then a new one started:
 * its jobs (the run's coordinator among them) are picked up again once their locks expire,
 * and every portal article ends in the database exactly once, with all its facts. Then a
 * worker stopped with SIGTERM finishes what it holds and exits 0.
 */
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { enqueueRun } from "../../pipeline/enqueue-run.ts";
import { followRun } from "../../pipeline/follow-run.ts";
import { DEFAULT_PIPELINE_OPTIONS } from "../../pipeline/pipeline-options.ts";
import { startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, hasRedis } from "../support/services.ts";
import {
  cleanUp,
  closeQueues,
  exited,
  expectedFacts,
  expectedRecords,
  portalTarget,
  spawnWorker,
  storedArticles,
  testNames,
  testPipeline,
  testQueues,
  testStore,
  waitFor,
  workerEnv,
} from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";
import type { PipelineQueues } from "../../pipeline/queues.ts";

const available = (await hasRedis()) && (await hasPostgres());

/** The child processes of `pid` (`vdp worker` runs the worker as its child, with a bounded heap). */
const childPids = (pid: number): number[] =>
  fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
const alive = (pid: number): boolean => {
  try {
    return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

describe.skipIf(!available)("a worker killed mid-crawl", () => {
  let names: TestNames;
  let store: Store | null = null;
  let queues: PipelineQueues | null = null;
  let portal: Portal | null = null;
  const children: Array<ReturnType<typeof spawnWorker>> = [];

  afterEach(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await Promise.all(children.map(exited));
    children.length = 0;
    if (queues) await closeQueues(queues);
    await store?.close();
    await portal?.close();
    await cleanUp(names);
  });

  it("loses nothing and loads nothing twice after SIGKILL and a restart", { timeout: 90_000 }, async () => {
    names = testNames();
    // A polite crawl (150 ms between requests) so the kill lands in the middle of it.
    portal = await startPortal({ crawlDelaySeconds: 0.15 });
    const expected = await expectedRecords(portal);
    store = await testStore(names);
    queues = testQueues(testPipeline(names));
    const env = workerEnv(names, undefined, undefined, { VDP_HOST_DELAY_MS: "150" });

    const first = spawnWorker(env);
    children.push(first);
    const run = await enqueueRun(queues, store, portalTarget(portal));
    const db = store;
    await waitFor(async () => (await storedArticles(db)).articles.length >= 4, 45_000, "a few articles loaded");
    const [inner] = childPids(first.pid!);
    expect(inner, "the worker runs as a child of the vdp process").toBeDefined();
    expect(fs.readFileSync(`/proc/${inner}/cmdline`, "utf8").split("\0")).toContain(`--max-old-space-size=${DEFAULT_PIPELINE_OPTIONS.workerHeapMb}`);
    first.kill("SIGKILL");
    expect(await exited(first)).toBe("SIGKILL");
    await waitFor(async () => !alive(inner!), 5_000, "the worker ended with the vdp process killed hard");
    const loadedAtKill = (await storedArticles(store)).articles.length;
    expect(loadedAtKill).toBeLessThan(portal.articles.length);

    const second = spawnWorker(env);
    children.push(second);
    const result = await followRun(queues, run.runId, run.jobId, { pollMs: 100, signal: AbortSignal.timeout(60_000) });
    expect(result.state, second.output()).toBe("finished");
    if (result.state !== "finished") return;
    expect(result.counts.errors).toBe(0);

    const stored = await storedArticles(store);
    expect(stored.articles.map((a) => a.url)).toEqual([...expected.keys()].sort());
    for (const article of stored.articles) {
      expect(article.version).toBe(1);
      expect(article.contentHash).toBe(expectedFacts(expected.get(article.url)!).contentHash);
    }
    expect(stored.versions).toBe(0);
    expect(stored.pages).toBe(portal.articles.length);
    const runRow = (await store.listRuns(1))[0]!;
    expect(runRow.finishedAt).not.toBeNull();
    expect(runRow.counts.discovered).toBe(portal.articles.length);

    second.kill("SIGTERM");
    expect(await exited(second)).toBe(0);
    expect(second.output()).not.toMatch(/second signal/);
  });
});
