/**
 * Queued crawls against the real Redis and PostgreSQL, workers in this process: every portal
 * article exactly once with all its facts; the same crawl again adds no row; a changed page
 * becomes one new version; a page that always fails ends in the failed set with its error
 * while the rest of the crawl completes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listFailedJobs, retryFailedJobs } from "../../pipeline/failed-jobs.ts";
import type { PipelineQueues } from "../../pipeline/queues.ts";
import type { WorkerPool } from "../../pipeline/worker-pool.ts";
import { SAMPLE_ARTICLES_DIR, startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import type { Store } from "../../storage/store.ts";
import { hasPostgres, hasRedis } from "../support/services.ts";
import {
  cleanUp,
  closeQueues,
  crawlQueued,
  expectedFacts,
  expectedRecords,
  inProcessWorkers,
  portalTarget,
  storedArticles,
  tableCounts,
  testNames,
  testPipeline,
  testQueues,
  testStore,
} from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";

const available = (await hasRedis()) && (await hasPostgres());

describe.skipIf(!available)("queued crawl on Redis and PostgreSQL", () => {
  let names: TestNames;
  let store: Store;
  let queues: PipelineQueues;
  let workers: WorkerPool | null;
  let portal: Portal | null;
  let articleDir: string | null;

  beforeEach(async () => {
    names = testNames();
    store = await testStore(names);
    queues = testQueues(testPipeline(names));
    workers = await inProcessWorkers(store, testPipeline(names));
    portal = null;
    articleDir = null;
  });

  afterEach(async () => {
    await workers?.close();
    await closeQueues(queues);
    await store.close();
    await portal?.close();
    if (articleDir) fs.rmSync(articleDir, { recursive: true, force: true });
    await cleanUp(names);
  });

  it("stores every portal article exactly once with all its facts, and a second run adds no row", async () => {
    portal = await startPortal({ crawlDelaySeconds: 0 });
    const expected = await expectedRecords(portal);
    const run = await crawlQueued(queues, store, portalTarget(portal));
    expect(run.state).toBe("finished");
    if (run.state !== "finished") return;
    expect(run.counts).toMatchObject({ discovered: portal.articles.length, fetched: portal.articles.length, new: portal.articles.length, errors: 0 });

    const stored = await storedArticles(store);
    expect(stored.articles.map((a) => a.url)).toEqual([...expected.keys()].sort());
    for (const article of stored.articles) {
      const want = expectedFacts(expected.get(article.url)!);
      // The content hash covers every finding with its offsets: equal hashes, equal records.
      expect({ url: article.url, contentHash: article.contentHash, officials: article.officialMentions, dates: article.dates, deadlines: article.deadlines, paragraphs: article.paragraphs }).toEqual({
        url: article.url,
        contentHash: want.contentHash,
        officials: want.officialMentions,
        dates: want.dates,
        deadlines: want.deadlines,
        paragraphs: want.paragraphs,
      });
      if (expected.get(article.url)!.directives.length > 0) expect(article.directiveMentions).toBeGreaterThan(0);
      expect(article.version).toBe(1);
    }
    expect(stored.articles.reduce((n, a) => n + a.directiveMentions, 0)).toBeGreaterThan(20);

    const before = await tableCounts(store);
    const again = await crawlQueued(queues, store, portalTarget(portal));
    expect(again.state).toBe("finished");
    if (again.state !== "finished") return;
    expect(again.counts).toMatchObject({ notModified: portal.articles.length, fetched: 0, new: 0, changed: 0, errors: 0 });
    expect(await tableCounts(store)).toEqual(before);

    const runs = await store.listRuns(5);
    expect(runs.map((r) => [r.finishedAt !== null, r.counts.new, r.counts.notModified])).toEqual([
      [true, 0, portal.articles.length],
      [true, portal.articles.length, 0],
    ]);
  });

  it("turns a changed page into exactly one new version", async () => {
    articleDir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-articles-"));
    for (const file of fs.readdirSync(SAMPLE_ARTICLES_DIR)) fs.copyFileSync(path.join(SAMPLE_ARTICLES_DIR, file), path.join(articleDir, file));
    portal = await startPortal({ articleDirs: [articleDir], crawlDelaySeconds: 0 });
    const port = Number(new URL(portal.url).port);
    const first = await crawlQueued(queues, store, portalTarget(portal));
    expect(first.state).toBe("finished");
    const before = await storedArticles(store);

    const file = fs.readdirSync(articleDir).filter((f) => f.endsWith(".txt")).sort()[2]!;
    const text = fs.readFileSync(path.join(articleDir, file), "utf8");
    const lines = text.split("\n");
    const body = lines.findIndex((l, i) => i > 0 && l.length > 160);
    lines[body] = lines[body]!.replace(/\.$/, ", với sự tham dự của đại diện Mặt trận Tổ quốc các phường.");
    fs.writeFileSync(path.join(articleDir, file), lines.join("\n"));
    await portal.close();
    portal = await startPortal({ articleDirs: [articleDir], crawlDelaySeconds: 0, port });

    const second = await crawlQueued(queues, store, portalTarget(portal));
    expect(second.state).toBe("finished");
    if (second.state !== "finished") return;
    expect(second.counts).toMatchObject({ fetched: 1, changed: 1, new: 0, notModified: portal.articles.length - 1, errors: 0 });
    const after = await storedArticles(store);
    expect(after.versions).toBe(before.versions + 1);
    expect(after.articles.length).toBe(before.articles.length);
    const changed = after.articles.filter((a) => a.version === 2);
    expect(changed).toHaveLength(1);
    expect(before.articles.find((a) => a.url === changed[0]!.url)!.contentHash).not.toBe(changed[0]!.contentHash);
  });

  it("puts a page that fails on every attempt in the failed set with its error; the rest of the crawl completes; a retry counts in the run", async () => {
    // The server-error page answers 500 to the run's three attempts, then recovers.
    portal = await startPortal({ crawlDelaySeconds: 0, faults: true, faultSettings: { dripIntervalMs: 50, hugeBytes: 6 * 1024 * 1024, serverErrorRequests: 3 } });
    const run = await crawlQueued(queues, store, portalTarget(portal), 90_000);
    expect(run.state).toBe("finished");
    if (run.state !== "finished") return;
    const stored = await storedArticles(store);
    // Every article, plus the fault page that recovers (a 429 that answers on retry).
    expect(stored.articles.length).toBe(portal.articles.length + portal.faults.filter((f) => f.expect === null).length);

    const failed = await listFailedJobs(queues, { queue: "fetch" });
    const serverError = failed.find((j) => j.url?.endsWith("/loi/may-chu-tra-loi-loi-9001.html"));
    expect(serverError, JSON.stringify(failed.map((j) => [j.url, j.reason]))).toBeDefined();
    expect(serverError!.reason).toMatch(/HTTP_5XX .*server error 500/);
    expect(serverError!.attempts).toBe(3); // retried with backoff up to the last attempt
    const notHtml = failed.find((j) => j.url?.endsWith(".pdf"));
    expect(notHtml?.reason).toMatch(/NOT_HTML/);
    expect(notHtml?.attempts).toBe(1); // permanent: not retried

    const runRow = (await store.listRuns(1))[0]!;
    expect(runRow.counts.errors).toBe(run.counts.errors);
    expect((runRow.errors as Array<{ url: string; code: string }>).some((e) => e.url.endsWith("9001.html") && e.code === "HTTP_5XX")).toBe(true);

    // `vdp retry` after the run's end: the page now answers, and the finished run's summary counts it.
    const { retried } = await retryFailedJobs(queues, { ids: [serverError!.id] });
    expect(retried.map((j) => j.id)).toEqual([serverError!.id]);
    const latest = async () => (await store.listRuns(1))[0]!;
    for (let i = 0; i < 150 && (await latest()).counts.errors === run.counts.errors; i++) await new Promise((r) => setTimeout(r, 100));
    const after = await latest();
    expect(after.id).toBe(runRow.id);
    expect(after.counts).toMatchObject({ errors: run.counts.errors - 1, new: run.counts.new + 1, stored: run.counts.stored + 1 });
    expect((after.errors as Array<{ url: string }>).some((e) => e.url.endsWith("9001.html"))).toBe(false);
    expect(after.errors).toHaveLength((runRow.errors as unknown[]).length - 1);
    expect(after.finishedAt).toEqual(runRow.finishedAt);
    expect((await listFailedJobs(queues, { queue: "fetch" })).some((j) => j.id === serverError!.id)).toBe(false);
    expect((await storedArticles(store)).articles.length).toBe(stored.articles.length + 1);
  });
});
