/**
 * Scheduled crawls: BullMQ job schedulers on the `runs` queue, one per site or one for all
 * sites. Each due time adds a coordinator job; a coordinator whose target's previous run is
 * still going records its run as skipped instead of starting it twice (`run-processor.ts`).
 */
import type { CrawlTarget } from "./crawl-target.ts";
import type { RunJobData } from "./job-payloads.ts";
import type { PipelineQueues } from "./queues.ts";

/** A schedule as `vdp schedule list` shows it. */
export interface Schedule {
  id: string;
  cron: string;
  tz: string | null;
  /** The site id, or `all`. */
  site: string;
  /** The next due time, ISO 8601. */
  next: string | null;
}

/** What to schedule. */
export interface ScheduleSpec {
  /** A five- or six-field cron pattern, e.g. `0 2 * * *`. */
  cron: string;
  /** IANA time zone, e.g. `Asia/Ho_Chi_Minh`. */
  tz: string;
  /** One site's crawl; absent: every shipped site. */
  target?: CrawlTarget;
  /** Scheduler id; default `site-<id>` or `all-sites`. */
  id?: string;
}

/** Checks a cron pattern's shape and a time zone; throws naming what is wrong. */
export function checkScheduleSpec(spec: ScheduleSpec): void {
  const fields = spec.cron.trim().split(/\s+/);
  if (fields.length < 5 || fields.length > 6 || !fields.every((f) => /^[\d*/,\-?LW#A-Za-z]+$/.test(f))) {
    throw new Error(`--cron: expected five (or six) cron fields like "0 2 * * *", got "${spec.cron}"`);
  }
  try {
    new Intl.DateTimeFormat("en", { timeZone: spec.tz });
  } catch {
    throw new Error(`--tz: "${spec.tz}" is not a time zone (e.g. Asia/Ho_Chi_Minh)`);
  }
}

/** Adds or replaces a schedule; returns it with its next due time. */
export async function addSchedule(queues: PipelineQueues, spec: ScheduleSpec): Promise<Schedule> {
  checkScheduleSpec(spec);
  const id = spec.id ?? (spec.target ? `site-${spec.target.site}` : "all-sites");
  const data: RunJobData = spec.target ? { target: spec.target } : { target: { site: "all" }, all: true };
  const job = await queues.queue("runs").upsertJobScheduler(id, { pattern: spec.cron.trim(), tz: spec.tz }, { name: "scheduled-run", data });
  return { id, cron: spec.cron.trim(), tz: spec.tz, site: data.all ? "all" : data.target.site, next: job?.timestamp ? new Date(job.timestamp + (job.opts.delay ?? 0)).toISOString() : null };
}

/** Every schedule, by id (BullMQ lists them by next due time, an order that changes with the time of day). */
export async function listSchedules(queues: PipelineQueues): Promise<Schedule[]> {
  const schedulers = await queues.queue("runs").getJobSchedulers(0, -1, true);
  const listed = schedulers.map((s) => {
    const data = s.template?.data as RunJobData | undefined;
    return {
      id: s.id ?? s.key,
      cron: s.pattern ?? (s.every ? `every ${s.every} ms` : ""),
      tz: s.tz ?? null,
      site: data?.all ? "all" : (data?.target.site ?? "?"),
      next: s.next ? new Date(s.next).toISOString() : null,
    };
  });
  return listed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Removes a schedule; false when there was none with that id. */
export async function removeSchedule(queues: PipelineQueues, id: string): Promise<boolean> {
  return queues.queue("runs").removeJobScheduler(id);
}
