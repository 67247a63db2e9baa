/**
 * `npm run bench:pipeline`: end-to-end articles/s (fetch → extract → load) and peak worker
 * memory on the generated local portal of `bench/crawl.ts` (10,500 pages of ~45 KB over 20
 * loopback hosts by default), for:
 *
 * - in-process on PGlite (`vdp crawl` without REDIS_URL / DATABASE_URL);
 * - 1 and 2 `vdp worker` processes on Redis + PostgreSQL (a run queued and followed);
 * - Crawlee's CheerioCrawler fetching and parsing the same portal (no extraction, no load),
 *   in the same run, through `bench/crawl.ts --crawlee`.
 *
 * The portal (`portal/generated-portal.ts` with the articles of `bench/corpus.ts`, as
 * `bench/crawl.ts` serves it) runs in its own process. Peak memory is the high-water RSS
 * (VmHWM) of each process, summed over a `vdp worker` process and the child it runs in.
 * Results go to BENCHMARKS.md between the bench:pipeline markers.
 *
 * Options (env): BENCH_PAGES_PER_HOST (525), BENCH_HOSTS (20), BENCH_WORKERS ("1,2"; "" for none),
 * BENCH_SKIP_CRAWLEE=1, BENCH_SKIP_PGLITE=1, BENCH_NO_WRITE=1, BENCH_PER_HOST (2: requests in
 * flight per host, as bench:crawl), BENCH_WORKER_NODE_ARGS (Node options for the `vdp worker`
 * processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them), DATABASE_URL (postgres://postgres@127.0.0.1:5432/test),
 * REDIS_URL (redis://127.0.0.1:6379).
 */
import { serveBenchPortal } from "./bench-portal.ts";
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { machine, writeSection } from "./report.ts";

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), "..");
const CRAWL_BENCH = path.join(ROOT, "bench", "crawl.ts");
const DATABASE_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const PER_HOST = process.env.BENCH_PER_HOST ?? "2";

interface Result {
  setup: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Peak RSS per process (MB). */
  peakRssMb: number[];
  /** CPU time of the crawling process(es) per article, ms (less swayed by a busy machine than the rate). */
  cpuMsPerArticle: number;
  /** CPU time of the PostgreSQL and Redis servers per article, ms (workers on the servers only). */
  serverCpuMsPerArticle?: number;
  /** CPU time of the portal (serving the pages) per article, ms. */
  portalCpuMsPerArticle: number;
  errors: number;
  note?: string;
}

function tsx(file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", file, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "inherit"] });
}

async function jsonLine(proc: ChildProcess): Promise<Record<string, unknown>> {
  const rl = readline.createInterface({ input: proc.stdout! });
  for await (const line of rl) if (line.startsWith("{")) return JSON.parse(line) as Record<string, unknown>;
  throw new Error("child exited without a result");
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : 0;
}

/** A process and its descendants (`vdp worker` runs its worker as a child with a bounded heap). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Peak RSS of a process with its descendants, MB (the sum of their high-water marks). */
function treePeakRssMb(pid: number): number {
  return processTree(pid).reduce((n, p) => n + peakRssMb(p), 0);
}

/** User + system CPU time of a live process, ms (from /proc, clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time of the machine's PostgreSQL and Redis server processes, ms (what the workers make them do). */
function serverCpuMs(): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (comm === "postgres" || comm === "redis-server") total += cpuMsOf(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** CPU time of a process with its live descendants, ms. */
function treeCpuMs(pid: number): number {
  return processTree(pid).reduce((n, p) => n + cpuMsOf(p), 0);
}

/** The portal's process, whose CPU each setup's run also costs. */
let portalPid = 0;

function benchProfile(startUrls: string[]) {
  return { id: "bench", name: "generated portal", builtFrom: "bench/crawl.ts --serve", startUrls, maxListingPages: 10_000 };
}

const crawlerEnv = {
  VDP_HOST_DELAY_MS: "0",
  VDP_PER_HOST_CONCURRENCY: PER_HOST,
  VDP_ALLOW_ADDRESSES: "127.0.0.0/8",
  VDP_MAX_RETRIES: "1",
  VDP_LOG_LEVEL: "warn",
};

// ---- the portal (child mode) ---------------------------------------------------------------


// ---- in-process on PGlite (child mode) -----------------------------------------------------

async function inProcessChild(startUrls: string[]): Promise<void> {
  const { Fetcher } = await import("../crawlers/fetcher.ts");
  const { crawlerOptionsFromEnv } = await import("../crawlers/crawler-options.ts");
  const { defineProfile } = await import("../crawlers/site-profile.ts");
  const { crawlIntoStore } = await import("../pipeline/crawl-into-store.ts");
  const { LoadBatcher } = await import("../pipeline/load-batcher.ts");
  const { openStore } = await import("../storage/db.ts");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-bench-pglite-"));
  const store = await openStore({ dataDir: dir });
  const fetcher = new Fetcher({ ...crawlerOptionsFromEnv(), concurrency: 40 });
  const batcher = new LoadBatcher((inputs) => store.loadBatch(inputs), 32);
  try {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const crawl = await crawlIntoStore(store, defineProfile(benchProfile(startUrls)), fetcher, { load: (input) => batcher.load(input) });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    process.stdout.write(JSON.stringify({ articles: crawl.counts.stored, seconds, errors: crawl.counts.errors, cpuMs: (used.user + used.system) / 1000, peakRssMb: peakRssMb(process.pid) }) + "\n");
  } finally {
    await fetcher.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function inProcess(startUrls: string[]): Promise<Result> {
  const proc = tsx(SELF, ["--in-process", JSON.stringify(startUrls)], crawlerEnv);
  const portalBefore = treeCpuMs(portalPid);
  const r = (await jsonLine(proc)) as { articles: number; seconds: number; errors: number; cpuMs: number; peakRssMb: number };
  const portalMs = treeCpuMs(portalPid) - portalBefore;
  await new Promise((resolve) => proc.once("exit", resolve));
  return { setup: "in-process, PGlite (embedded)", articles: r.articles, seconds: r.seconds, articlesPerSecond: r.articles / r.seconds, peakRssMb: [r.peakRssMb], cpuMsPerArticle: r.cpuMs / r.articles, portalCpuMsPerArticle: portalMs / r.articles, errors: r.errors };
}

// ---- workers on Redis + PostgreSQL --------------------------------------------------------

async function workers(startUrls: string[], count: number): Promise<Result> {
  const { enqueueRun } = await import("../pipeline/enqueue-run.ts");
  const { followRun } = await import("../pipeline/follow-run.ts");
  const { portableProfile } = await import("../pipeline/crawl-target.ts");
  const { defineProfile } = await import("../crawlers/site-profile.ts");
  const { DEFAULT_PIPELINE_OPTIONS } = await import("../pipeline/pipeline-options.ts");
  const { PipelineQueues } = await import("../pipeline/queues.ts");
  const { redisConnection } = await import("../pipeline/redis-connection.ts");
  const { openStore } = await import("../storage/db.ts");
  const id = randomBytes(4).toString("hex");
  const prefix = `vdpbench-${id}`;
  const schema = `vdp_bench_${id}`;
  const store = await openStore({ databaseUrl: DATABASE_URL, schema });
  const redis = redisConnection(REDIS_URL);
  const options = { ...DEFAULT_PIPELINE_OPTIONS, redisUrl: REDIS_URL, queuePrefix: prefix };
  const queues = new PipelineQueues(redis, options);
  const env = { ...crawlerEnv, REDIS_URL, DATABASE_URL, VDP_SCHEMA: schema, VDP_QUEUE_PREFIX: prefix, VDP_DB_POOL: "6" };
  const procs = Array.from({ length: count }, () => spawn(process.execPath, [...(process.env.BENCH_WORKER_NODE_ARGS ?? "").split(" ").filter(Boolean), path.join(ROOT, "bin/vdp.js"), "worker"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] }));
  try {
    await sleep(4000); // workers load and connect
    const cpuBefore = procs.map((p) => treeCpuMs(p.pid!));
    const serverBefore = serverCpuMs();
    const portalBefore = treeCpuMs(portalPid);
    const started = process.hrtime.bigint();
    const run = await enqueueRun(queues, store, { site: "bench", profile: portableProfile(defineProfile(benchProfile(startUrls))) });
    const result = await followRun(queues, run.runId, run.jobId, { pollMs: 250 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const serverMs = serverCpuMs() - serverBefore;
    const portalMs = treeCpuMs(portalPid) - portalBefore;
    const rss = procs.map((p) => treePeakRssMb(p.pid!));
    const cpuMs = procs.reduce((n, p, i) => n + treeCpuMs(p.pid!) - cpuBefore[i]!, 0);
    if (result.state !== "finished") throw new Error(`run ${run.runId} did not finish: ${JSON.stringify(result)}`);
    const setup = `${count} worker process${count > 1 ? "es" : ""}, Redis + PostgreSQL`;
    return { setup, articles: result.counts.stored, seconds, articlesPerSecond: result.counts.stored / seconds, peakRssMb: rss, cpuMsPerArticle: cpuMs / result.counts.stored, serverCpuMsPerArticle: serverMs / result.counts.stored, portalCpuMsPerArticle: portalMs / result.counts.stored, errors: result.counts.errors };
  } finally {
    for (const p of procs) p.kill("SIGTERM");
    await Promise.all(procs.map((p) => new Promise((resolve) => (p.exitCode !== null ? resolve(null) : p.once("exit", resolve)))));
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== "0");
    await queues.close();
    redis.disconnect();
    await store.close();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

// ---- Crawlee, through bench/crawl.ts ------------------------------------------------------

async function crawlee(startUrls: string[]): Promise<Result> {
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-bench-crawlee-"));
  try {
    const proc = tsx(CRAWL_BENCH, ["--crawlee", JSON.stringify(startUrls)], { CRAWLEE_STORAGE_DIR: storage });
    const portalBefore = treeCpuMs(portalPid);
    const r = (await jsonLine(proc)) as { pages: number; seconds: number; errors: number; cpuMs: number; peakRssMb: number };
    const portalMs = treeCpuMs(portalPid) - portalBefore;
    await new Promise((resolve) => proc.once("exit", resolve));
    return { setup: "Crawlee CheerioCrawler 3.18.1 (fetch + parse only)", articles: r.pages, seconds: r.seconds, articlesPerSecond: r.pages / r.seconds, peakRssMb: [r.peakRssMb], cpuMsPerArticle: r.cpuMs / r.pages, portalCpuMsPerArticle: portalMs / r.pages, errors: r.errors };
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

// ---- the orchestrator ---------------------------------------------------------------------

/** The rate the machine's cores would allow if this setup's CPU per article (crawler, servers, portal) were all that limited it. */
function ceiling(r: Result): number {
  return (os.cpus().length * 1000) / (r.cpuMsPerArticle + (r.serverCpuMsPerArticle ?? 0) + r.portalCpuMsPerArticle);
}

function table(results: Result[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.setup} | ${r.articles.toLocaleString("en")} | ${r.seconds.toFixed(1)} | **${r.articlesPerSecond.toFixed(0)}** | ${r.cpuMsPerArticle.toFixed(1)} | ${r.serverCpuMsPerArticle === undefined ? "—" : r.serverCpuMsPerArticle.toFixed(1)} | ${r.portalCpuMsPerArticle.toFixed(1)} | ${ceiling(r).toFixed(0)} | ${r.peakRssMb.map((m) => m.toFixed(0)).join(" + ")} | ${r.errors} |`,
  );
  return ["| setup | articles | seconds | articles/s | CPU ms per article | PostgreSQL + Redis CPU ms per article | portal CPU ms per article | CPU-bound ceiling (articles/s) | peak RSS per worker (MB) | errors |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", ...rows].join("\n");
}

async function main(): Promise<void> {
  const server = tsx(SELF, ["--serve"]);
  portalPid = server.pid!;
  const { startUrls, pages } = (await jsonLine(server)) as { startUrls: string[]; pages: number };
  process.stderr.write(`portal: ${pages} article pages on ${startUrls.length} hosts\n`);
  const load = os.loadavg()[0]!;
  const results: Result[] = [];
  const say = (r: Result) => {
    process.stderr.write(`${r.setup}: ${r.articles} in ${r.seconds.toFixed(1)} s = ${r.articlesPerSecond.toFixed(0)}/s, peak ${r.peakRssMb.map((m) => m.toFixed(0)).join("+")} MB, ${r.errors} errors\n`);
    results.push(r);
  };
  try {
    if (process.env.BENCH_SKIP_CRAWLEE !== "1") say(await crawlee(startUrls));
    // BENCH_WORKERS="" (or "0") runs no worker setup.
    for (const n of (process.env.BENCH_WORKERS ?? "1,2").split(",").map(Number).filter((k) => k > 0)) say(await workers(startUrls, n));
    if (process.env.BENCH_SKIP_PGLITE !== "1") say(await inProcess(startUrls));
  } finally {
    server.stdin!.end();
  }
  const peer = results.find((r) => r.setup.startsWith("Crawlee"));
  const lines = results
    .filter((r) => r !== peer)
    .map((r) => `- ${r.setup}: ${peer ? `${(r.articlesPerSecond / peer.articlesPerSecond).toFixed(2)}× Crawlee's fetch-and-parse rate` : "no Crawlee figure"}, ${Math.max(...r.peakRssMb).toFixed(0)} MB at most per worker.`);
  const one = results.find((r) => r.setup.startsWith("1 worker"));
  const two = results.find((r) => r.setup.startsWith("2 worker"));
  const body = [
    "Command: `npm run bench:pipeline`" + ` (1-minute load average ${load.toFixed(2)} when it began; other work shared the machine).`,
    "",
    `The generated portal of \`bench/crawl.ts\`: ${pages.toLocaleString("en")} article pages (~45 KB each) over ${startUrls.length} loopback hosts, served by its own process; ` +
      `no politeness delay, ${PER_HOST} requests in flight per host. End to end means discovery, conditional fetch, HTML → article, \`extract()\`, ` +
      "and the load of every record with all its facts (batched, one transaction per batch). Workers are `vdp worker` processes on the local Redis and " +
      "PostgreSQL 15; the time runs from queueing the run to its summary. Crawlee fetches and parses the same pages (title and paragraphs) and stores nothing. " +
      "CPU per article counts the crawling processes; beside it, the CPU the run cost the PostgreSQL and Redis server processes (workers only; PGlite runs inside the crawling process) " +
      "and the portal serving the pages. All share the machine's cores: the ceiling is the rate at which their CPU per article would fill every core. " +
      "A worker's memory is the `vdp worker` process and the child it runs the worker in (with its heap bound, `VDP_WORKER_HEAP_MB`, default 192 MB), high-water RSS summed.",
    "",
    table(results),
    "",
    ...lines,
    two && one ? `- Two workers / one worker: ${(two.articlesPerSecond / one.articlesPerSecond).toFixed(2)}×.` : "",
    "",
    "Targets: end to end ≥ 1.5× Crawlee's fetch-and-parse alone, close to twice that with two worker processes, each under 300 MB.",
  ].join("\n");
  process.stdout.write(body + "\n");
  if (process.env.BENCH_NO_WRITE !== "1") writeSection("bench:pipeline", "Pipeline: end to end, fetch → extract → load", body);
  process.stderr.write(`measured on ${machine()}\n`);
}

const [mode, arg] = process.argv.slice(2);
if (mode === "--serve") await serveBenchPortal();
else if (mode === "--in-process") await inProcessChild(JSON.parse(arg ?? "[]") as string[]);
else await main();
