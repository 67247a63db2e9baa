/**
 * `npm run bench:crawl`: fetch and parse a generated local portal of ≥ 10,000 article pages
 * over 20 loopback hosts (127.0.0.2–21, politeness delay 0), with vdp's crawler (discovery,
 * fetcher, HTML → article) and with Crawlee's CheerioCrawler on the same portal in the same
 * run. The portal and each crawler run in their own processes, so each crawler's peak RSS is
 * its own. Results go into BENCHMARKS.md between the bench:crawl markers.
 *
 * Options (env): BENCH_PAGES_PER_HOST (default 525), BENCH_HOSTS (20), BENCH_VDP_WORKERS
 * (default "1,2": one run per value), BENCH_SKIP_CRAWLEE=1, BENCH_NO_WRITE=1.
 */
import { serveBenchPortal } from "./bench-portal.ts";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { replaceSection } from "./report.ts";

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), "..");

interface PeerResult {
  peer: string;
  /** Peak RSS of one idle process that has loaded the crawler (TypeScript loader included). */
  idleRssMb: number;
  /** CPU time of the crawler process(es) per article page, ms (robust to a busy machine). */
  cpuMsPerPage: number;
  workers: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  errors: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function child(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ["--import", "tsx", SELF, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "inherit"] });
}

async function firstLine(proc: ReturnType<typeof child>): Promise<string> {
  const rl = readline.createInterface({ input: proc.stdout! });
  for await (const line of rl) if (line.startsWith("{")) return line;
  throw new Error("child exited without a result");
}

// ---- the portal process ------------------------------------------------------------------


// ---- the vdp crawler process ------------------------------------------------------------

async function runVdp(startUrls: string[]): Promise<void> {
  const { Fetcher } = await import("../crawlers/fetcher.ts");
  const { MemoryValidatorStore } = await import("../crawlers/validator-store.ts");
  const { defineProfile } = await import("../crawlers/site-profile.ts");
  const { runCrawl } = await import("../pipeline/runner.ts");
  const fetcher = new Fetcher({
    hostDelayMs: 0,
    allowAddresses: ["127.0.0.0/8"],
    concurrency: Number(process.env.BENCH_CONCURRENCY ?? 40),
    perHostConcurrency: Number(process.env.BENCH_PER_HOST ?? 2),
    maxRetries: 1,
  });
  const profile = defineProfile({ id: "bench", name: "generated portal", builtFrom: "bench/crawl.ts", startUrls, maxListingPages: 10_000 });
  let parsed = 0;
  let chars = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const report = await runCrawl({
    profile,
    fetcher,
    validators: new MemoryValidatorStore(),
    crossPageBoilerplate: false,
    onParsed: (page) => {
      parsed++;
      chars += page.article.text.length;
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await fetcher.close();
  for (const e of report.errors.slice(0, 5)) process.stderr.write(`vdp: ${e.stage} ${e.code}: ${e.message}\n`);
  if (chars === 0) throw new Error("vdp parsed no text");
  process.stdout.write(
    JSON.stringify({ pages: parsed, seconds, errors: report.errors.length, cpuMs: cpuMs(cpu), peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n",
  );
}

// ---- the Crawlee process ------------------------------------------------------------------

async function runCrawlee(startUrls: string[]): Promise<void> {
  const { CheerioCrawler, Configuration, log } = await import("@crawlee/cheerio");
  log.setLevel(log.LEVELS.WARNING);
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  let pages = 0;
  let chars = 0;
  let errors = 0;
  const crawler = new CheerioCrawler(
    {
      maxRequestRetries: 1,
      maxConcurrency: Number(process.env.BENCH_CONCURRENCY ?? 40),
      autoscaledPoolOptions: { desiredConcurrency: Number(process.env.BENCH_CRAWLEE_DESIRED ?? 20) },
      requestHandler: async ({ $, request, enqueueLinks }) => {
        if (request.label === "ARTICLE") {
          const text = $("article p").map((_, el) => $(el).text()).get().join("\n");
          chars += text.length + $("h1").text().length;
          pages++;
          return;
        }
        await enqueueLinks({ selector: "ul.danh-sach a", label: "ARTICLE" });
        await enqueueLinks({ selector: "a.trang-sau", label: "LIST" });
      },
      failedRequestHandler: () => {
        errors++;
      },
    },
    config,
  );
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await crawler.run(startUrls.map((url) => ({ url, label: "LIST" })));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (chars === 0) throw new Error("Crawlee parsed no text");
  process.stdout.write(JSON.stringify({ pages, seconds, errors, cpuMs: cpuMs(cpu), peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

// ---- idle processes: what loading each crawler costs before any page ---------------------

async function idle(peer: string): Promise<void> {
  if (peer === "vdp") {
    await import("../crawlers/fetcher.ts");
    await import("../pipeline/runner.ts");
  } else await import("@crawlee/cheerio");
  process.stdout.write(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

async function idleRssMb(peer: string): Promise<number> {
  const proc = child(["--idle", peer]);
  const line = await firstLine(proc);
  await new Promise((resolve) => proc.once("exit", resolve));
  return (JSON.parse(line) as { peakRssMb: number }).peakRssMb;
}

// ---- the orchestrator ---------------------------------------------------------------------

async function runPeer(peer: "vdp" | "crawlee", startUrls: string[], workers: number): Promise<PeerResult> {
  const shares = Array.from({ length: workers }, (_, w) => startUrls.filter((_, i) => i % workers === w));
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-bench-crawlee-"));
  try {
    const results = await Promise.all(
      shares.map(async (share) => {
        const proc = child([`--${peer}`, JSON.stringify(share)], { CRAWLEE_STORAGE_DIR: storage });
        const line = await firstLine(proc);
        await new Promise((resolve) => proc.once("exit", resolve));
        return JSON.parse(line) as { pages: number; seconds: number; errors: number; cpuMs: number; peakRssMb: number };
      }),
    );
    const pages = results.reduce((n, r) => n + r.pages, 0);
    const crawlSeconds = Math.max(...results.map((r) => r.seconds));
    return {
      peer,
      idleRssMb: await idleRssMb(peer),
      workers,
      pages,
      seconds: crawlSeconds,
      pagesPerSecond: pages / crawlSeconds,
      cpuMsPerPage: results.reduce((n, r) => n + r.cpuMs, 0) / pages,
      peakRssMb: results.reduce((n, r) => n + r.peakRssMb, 0),
      errors: results.reduce((n, r) => n + r.errors, 0),
    };
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

function table(results: PeerResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.peer === "vdp" ? `vdp (${r.workers} worker process${r.workers > 1 ? "es" : ""})` : "Crawlee CheerioCrawler 3.18.1"} | ${r.pages} | ${r.seconds.toFixed(1)} | **${r.pagesPerSecond.toFixed(0)}** | **${r.peakRssMb.toFixed(0)}** | ${(r.idleRssMb * r.workers).toFixed(0)} | ${r.cpuMsPerPage.toFixed(2)} | ${r.errors} |`,
  );
  return [
    "| crawler | article pages | seconds | pages/s | peak RSS (MB) | of which idle process (MB) | CPU ms / page | failed |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const server = child(["--serve"]);
  const { startUrls, pages } = JSON.parse(await firstLine(server)) as { startUrls: string[]; pages: number };
  process.stderr.write(`portal: ${pages} article pages on ${startUrls.length} hosts\n`);
  const results: PeerResult[] = [];
  try {
    for (const workers of (process.env.BENCH_VDP_WORKERS ?? "1,2").split(",").map(Number)) {
      const r = await runPeer("vdp", startUrls, workers);
      process.stderr.write(`vdp ×${workers}: ${r.pages} pages in ${r.seconds.toFixed(1)} s = ${r.pagesPerSecond.toFixed(0)} pages/s, peak ${r.peakRssMb.toFixed(0)} MB, ${r.cpuMsPerPage.toFixed(2)} CPU ms/page\n`);
      results.push(r);
    }
    if (process.env.BENCH_SKIP_CRAWLEE !== "1") {
      const r = await runPeer("crawlee", startUrls, 1);
      process.stderr.write(`Crawlee: ${r.pages} pages in ${r.seconds.toFixed(1)} s = ${r.pagesPerSecond.toFixed(0)} pages/s, peak ${r.peakRssMb.toFixed(0)} MB, ${r.cpuMsPerPage.toFixed(2)} CPU ms/page\n`);
      results.push(r);
    }
  } finally {
    server.stdin!.end();
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const section = [
    "<!-- bench:crawl -->",
    "## Crawling: fetch + parse throughput",
    "",
    `Command: \`npm run bench:crawl\` (${new Date().toISOString().slice(0, 10)}). Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}; load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0]!.toFixed(1)} at the end (the machine is shared: compare within a run, and see CPU ms / page).`,
    "",
    `A generated portal of ${pages} article pages (~45 KB each, plus listing pages) on ${startUrls.length} loopback hosts ` +
      "(127.0.0.2–21), served by a separate process; politeness delay 0, robots.txt read. vdp runs its real crawl path " +
      "(listing discovery with link scoring, the undici fetcher with robots, per-host slots (2 per host), charset decoding, " +
      "generic main-content extraction with `htmlToArticle`); Crawlee follows the same listings and reads title and " +
      "paragraphs with its own cheerio. Each crawler runs in its own process(es); peak RSS is the sum of their maxRSS. " +
      "Every process runs under tsx (the TypeScript loader); one idle process with the crawler's modules loaded is the idle column.",
    "",
    table(results),
    "",
    ...ratios(results),
    "<!-- /bench:crawl -->",
  ].join("\n");
  process.stdout.write(section + "\n");
  if (process.env.BENCH_NO_WRITE !== "1") replaceSection("bench:crawl", section.replace("<!-- bench:crawl -->", "").replace("<!-- /bench:crawl -->", ""));
}

function ratios(results: PeerResult[]): string[] {
  const crawlee = results.find((r) => r.peer === "crawlee");
  if (!crawlee) return [];
  return results
    .filter((r) => r.peer === "vdp")
    .map(
      (r) =>
        `- vdp ×${r.workers}: ${(r.pagesPerSecond / crawlee.pagesPerSecond).toFixed(2)}× Crawlee's pages/s at ${((r.peakRssMb / crawlee.peakRssMb) * 100).toFixed(0)}% of its ` +
        `memory; ${(crawlee.cpuMsPerPage / r.cpuMsPerPage).toFixed(2)}× less CPU per page; ` +
        `target (≥ 2× the pages/s at ≤ 1/5 of the memory): ${r.pagesPerSecond >= 2 * crawlee.pagesPerSecond && r.peakRssMb * 5 <= crawlee.peakRssMb ? "**met**" : "**not met**"}.`,
    )
    .concat([""]);
}

const [mode, arg] = process.argv.slice(2);
if (mode === "--serve") await serveBenchPortal();
else if (mode === "--vdp") await runVdp(JSON.parse(arg ?? "[]") as string[]);
else if (mode === "--crawlee") await runCrawlee(JSON.parse(arg ?? "[]") as string[]);
else if (mode === "--idle") await idle(arg ?? "vdp");
else await main();
