/**
 * The typed payloads of the four queues, and their checks where a payload crosses into a
 * worker (Redis holds JSON; a payload written by another version or by hand is rejected with
 * the field that is wrong, as a permanent failure).
 */
import type { CrawlTarget } from "./crawl-target.ts";
import { validateCrawlTarget } from "./crawl-target.ts";
import type { DiscoverKind, DiscoverTask } from "./handlers/discover.ts";
import type { PageFetchRecord } from "./handlers/fetch.ts";
import type { ParsedPage } from "./handlers/process.ts";

/** A run's coordinator job: seed discovery, wait for the run's jobs, record the summary. */
export interface RunJobData {
  target: CrawlTarget;
  /** The `crawl_runs` id; absent for scheduled runs until the coordinator creates the row. */
  runId?: number;
  /** Fan out: one run per shipped site (`--all` schedules). */
  all?: boolean;
}

/** One listing page, feed, sitemap or robots.txt to read. */
export interface DiscoverJobData {
  runId: number;
  target: CrawlTarget;
  task: DiscoverTask;
}

/** One article page to fetch (conditionally) and read. */
export interface FetchJobData {
  runId: number;
  target: CrawlTarget;
  url: string;
}

/** One read article to extract and load; its fetch is recorded only once it is loaded. */
export interface ProcessJobData {
  runId: number;
  target: CrawlTarget;
  parsed: ParsedPage;
  page: PageFetchRecord;
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${path}: expected an object, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value as Json;
}

function string(o: Json, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== "string" || v === "") throw new Error(`${path}.${key}: expected a non-empty string, got ${JSON.stringify(v)?.slice(0, 80)}`);
  return v;
}

function runId(o: Json, path: string): number {
  const v = o.runId;
  if (!Number.isInteger(v) || (v as number) < 1) throw new Error(`${path}.runId: expected a run id ≥ 1, got ${JSON.stringify(v)}`);
  return v as number;
}

const KINDS: readonly DiscoverKind[] = ["listing", "feed", "sitemap", "robots"];

/** Checks a run job payload. */
export function validateRunJob(value: unknown): RunJobData {
  const o = object(value, "run job");
  if (o.runId !== undefined) runId(o, "run job");
  validateCrawlTarget(o.target, "run job.target");
  return o as unknown as RunJobData;
}

/** Checks a discover job payload. */
export function validateDiscoverJob(value: unknown): DiscoverJobData {
  const o = object(value, "discover job");
  runId(o, "discover job");
  validateCrawlTarget(o.target, "discover job.target");
  const task = object(o.task, "discover job.task");
  string(task, "url", "discover job.task");
  string(task, "site", "discover job.task");
  if (!KINDS.includes(task.kind as DiscoverKind)) throw new Error(`discover job.task.kind: expected one of ${KINDS.join(", ")}, got ${JSON.stringify(task.kind)}`);
  if (!Number.isInteger(task.page)) throw new Error(`discover job.task.page: expected a whole number, got ${JSON.stringify(task.page)}`);
  return o as unknown as DiscoverJobData;
}

/** Checks a fetch job payload. */
export function validateFetchJob(value: unknown): FetchJobData {
  const o = object(value, "fetch job");
  runId(o, "fetch job");
  validateCrawlTarget(o.target, "fetch job.target");
  string(o, "url", "fetch job");
  return o as unknown as FetchJobData;
}

/** Checks a process job payload. */
export function validateProcessJob(value: unknown): ProcessJobData {
  const o = object(value, "process job");
  runId(o, "process job");
  validateCrawlTarget(o.target, "process job.target");
  const parsed = object(o.parsed, "process job.parsed");
  string(parsed, "url", "process job.parsed");
  string(parsed, "site", "process job.parsed");
  const article = object(parsed.article, "process job.parsed.article");
  if (!Array.isArray(article.paragraphs)) throw new Error("process job.parsed.article.paragraphs: expected a list");
  if (typeof article.text !== "string") throw new Error("process job.parsed.article.text: expected a string");
  const page = object(o.page, "process job.page");
  string(page, "url", "process job.page");
  if (!Number.isInteger(page.status)) throw new Error(`process job.page.status: expected an HTTP status, got ${JSON.stringify(page.status)}`);
  return o as unknown as ProcessJobData;
}
