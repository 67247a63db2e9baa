/**
 * What the pipeline suites share: a unique queue prefix and schema per test, workers in this
 * process or as `vdp worker` child processes, a run queued and followed, the expected record of
 * every portal article (through the same stage handlers, fetched directly), the database's view
 * of them, and cleanup of every key and schema a test made.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { DEFAULT_CRAWLER_OPTIONS } from "../../crawlers/crawler-options.ts";
import type { CrawlerOptions } from "../../crawlers/crawler-options.ts";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { samplePortalProfile } from "../../crawlers/sites/index.ts";
import type { CrawlTarget } from "../../pipeline/crawl-target.ts";
import { enqueueRun } from "../../pipeline/enqueue-run.ts";
import { followRun } from "../../pipeline/follow-run.ts";
import type { FollowedRun } from "../../pipeline/follow-run.ts";
import { parsePage, processArticle } from "../../pipeline/handlers/process.ts";
import { createLogger } from "../../pipeline/logger.ts";
import { DEFAULT_PIPELINE_OPTIONS } from "../../pipeline/pipeline-options.ts";
import type { PipelineOptions } from "../../pipeline/pipeline-options.ts";
import { PipelineQueues } from "../../pipeline/queues.ts";
import { redisConnection } from "../../pipeline/redis-connection.ts";
import { startWorkerPool } from "../../pipeline/worker-pool.ts";
import type { WorkerPool } from "../../pipeline/worker-pool.ts";
import type { Portal } from "../../portal/portal-server.ts";
import { contentHash } from "../../storage/content-hash.ts";
import { openStore } from "../../storage/db.ts";
import { validateLoadInput } from "../../storage/load-input.ts";
import type { LoadInput } from "../../storage/load-input.ts";
import type { Store } from "../../storage/store.ts";
import { TEST_DATABASE_URL, TEST_REDIS_URL } from "../support/services.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Fast settings for tests: short locks and leases, quick retries. */
export const TEST_PIPELINE: Partial<PipelineOptions> = {
  jobAttempts: 3,
  loadAttempts: 12,
  jobBackoffMs: 150,
  lockMs: 1500,
  stalledIntervalMs: 700,
  maxStalledCount: 10,
  hostLeaseMs: 1000,
  runPollMs: 100,
};

/** The crawler settings of the tests (loopback allowed, no politeness pause unless asked). */
export const TEST_CRAWLER: CrawlerOptions = { ...DEFAULT_CRAWLER_OPTIONS, allowAddresses: ["127.0.0.1"], hostDelayMs: 0, maxRetries: 0, retryBaseMs: 10, retryMaxMs: 50, requestTimeoutMs: 3000 };

/** One test's names: its Redis prefix and its PostgreSQL schema. */
export interface TestNames {
  prefix: string;
  schema: string;
}

/** Fresh names for one test. */
export function testNames(): TestNames {
  const id = randomBytes(5).toString("hex");
  return { prefix: `vdptest-${id}`, schema: `vdp_pipe_${id}` };
}

/** The pipeline options of a test. */
export function testPipeline(names: TestNames, redisUrl = TEST_REDIS_URL, extra: Partial<PipelineOptions> = {}): PipelineOptions {
  return { ...DEFAULT_PIPELINE_OPTIONS, ...TEST_PIPELINE, redisUrl, queuePrefix: names.prefix, ...extra };
}

/** Environment of a `vdp worker` child for these names. */
export function workerEnv(names: TestNames, redisUrl = TEST_REDIS_URL, databaseUrl = TEST_DATABASE_URL, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REDIS_URL: redisUrl,
    DATABASE_URL: databaseUrl,
    VDP_SCHEMA: names.schema,
    VDP_QUEUE_PREFIX: names.prefix,
    VDP_JOB_ATTEMPTS: String(TEST_PIPELINE.jobAttempts),
    VDP_LOAD_ATTEMPTS: String(TEST_PIPELINE.loadAttempts),
    VDP_JOB_BACKOFF_MS: String(TEST_PIPELINE.jobBackoffMs),
    VDP_LOCK_MS: String(TEST_PIPELINE.lockMs),
    VDP_STALLED_INTERVAL_MS: String(TEST_PIPELINE.stalledIntervalMs),
    VDP_MAX_STALLED: String(TEST_PIPELINE.maxStalledCount),
    VDP_HOST_LEASE_MS: String(TEST_PIPELINE.hostLeaseMs),
    VDP_RUN_POLL_MS: String(TEST_PIPELINE.runPollMs),
    VDP_HOST_DELAY_MS: "0",
    VDP_MAX_RETRIES: "0",
    VDP_REQUEST_TIMEOUT_MS: "3000",
    VDP_ALLOW_ADDRESSES: "127.0.0.1",
    VDP_LOG_LEVEL: "warn",
    ...extra,
  };
}

/** A `vdp worker` child process. */
export function spawnWorker(env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/vdp.js"), "worker", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  return Object.assign(child, { output: () => output });
}

/** Waits for a child to exit; resolves its exit code (or the signal's name). */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
}

/** Workers in this process. */
export async function inProcessWorkers(store: Store, options: PipelineOptions, crawler: CrawlerOptions = TEST_CRAWLER): Promise<WorkerPool> {
  const log = createLogger("vdp-test-worker", { VDP_LOG_LEVEL: "silent" });
  return startWorkerPool({ store, options, crawler, log });
}

/** The queues of a test. */
export function testQueues(options: PipelineOptions): PipelineQueues {
  return new PipelineQueues(redisConnection(options.redisUrl!), options);
}

/** Closes queues made by {@link testQueues}. */
export async function closeQueues(queues: PipelineQueues): Promise<void> {
  await queues.close().catch(() => undefined);
  queues.redis.disconnect();
}

/** The run target of the local portal. */
export function portalTarget(portal: Portal): CrawlTarget {
  return { site: "sample-portal", portalUrl: portal.url };
}

/** Queues a run of the portal and follows it to the end (or `timeoutMs`). */
export async function crawlQueued(queues: PipelineQueues, store: Store, target: CrawlTarget, timeoutMs = 60_000): Promise<FollowedRun> {
  const run = await enqueueRun(queues, store, target);
  return followRun(queues, run.runId, run.jobId, { pollMs: 100, signal: AbortSignal.timeout(timeoutMs) });
}

/** Opens the test's store on the server. */
export function testStore(names: TestNames, databaseUrl = TEST_DATABASE_URL): Promise<Store> {
  return openStore({ databaseUrl, schema: names.schema });
}

/** Deletes every Redis key under the prefix and drops the schema. */
export async function cleanUp(names: TestNames, redisUrl = TEST_REDIS_URL): Promise<void> {
  const redis = redisConnection(redisUrl);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${names.prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${names.schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** What the store holds of one article. */
export interface StoredArticle {
  url: string;
  version: number;
  contentHash: string;
  directiveMentions: number;
  officialMentions: number;
  dates: number;
  deadlines: number;
  paragraphs: number;
}

/** Every stored article with its fact counts, and the row counts of the fact tables. */
export async function storedArticles(store: Store): Promise<{ articles: StoredArticle[]; versions: number; pages: number }> {
  const { rows } = await store.db.query<StoredArticle>(
    `select a.canonical_url as url, a.version, a.content_hash as "contentHash",
       (select count(*) from directive_mentions m where m.article_id = a.id)::int as "directiveMentions",
       (select count(*) from official_mentions m where m.article_id = a.id)::int as "officialMentions",
       (select count(*) from dates d where d.article_id = a.id)::int as dates,
       (select count(*) from deadlines d where d.article_id = a.id)::int as deadlines,
       (select count(*) from paragraphs p where p.article_id = a.id)::int as paragraphs
     from articles a order by a.canonical_url`,
  );
  const versions = (await store.db.query<{ n: number }>("select count(*)::int as n from article_versions")).rows[0]!.n;
  const pages = (await store.db.query<{ n: number }>("select count(*)::int as n from pages")).rows[0]!.n;
  return { articles: rows, versions, pages };
}

/** Row counts of every table a load writes, to compare before and after. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ["articles", "article_versions", "paragraphs", "directives", "directive_mentions", "officials", "official_mentions", "dates", "deadlines", "pages"]) {
    out[table] = (await store.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
  }
  return out;
}

/**
 * The record each portal article should have, by URL: fetched directly and run through the
 * same parse and extract handlers the workers use (no boilerplate known yet).
 */
export async function expectedRecords(portal: Portal): Promise<Map<string, LoadInput>> {
  const fetcher = new Fetcher({ ...TEST_CRAWLER });
  const profile = samplePortalProfile(portal.url);
  const out = new Map<string, LoadInput>();
  try {
    for (const article of portal.articles) {
      const page = await fetcher.fetch(portal.url + article.path, { accept: "html" });
      if (page.kind !== "page") throw new Error(`expected a page for ${article.path}`);
      const parsed = parsePage(profile.id, page, profile.selectors);
      await processArticle(parsed, {
        load: async (input) => {
          out.set(input.url, validateLoadInput(input));
        },
      });
    }
  } finally {
    await fetcher.close();
  }
  return out;
}

/** The expected fact counts and hash of a record. */
export function expectedFacts(input: LoadInput): Omit<StoredArticle, "url" | "version"> {
  return {
    contentHash: contentHash(input),
    directiveMentions: input.directives.reduce((n, d) => n + d.mentions.length, 0),
    officialMentions: input.officials.length,
    dates: input.dates.length,
    deadlines: input.deadlines.length,
    paragraphs: input.paragraphs.length,
  };
}

/** Polls `check` until it is true or `timeoutMs` passes. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
