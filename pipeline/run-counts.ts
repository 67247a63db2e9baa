/** The counts a crawl run records in `crawl_runs.counts`, the same for both runners. */
import type { CrawlError } from "./crawl-error.ts";
import type { RunProgress, RunTracker } from "./run-tracker.ts";

/** What a run did, by name. */
export interface RunCounts {
  [name: string]: number;
  /** Article URLs queued. */
  discovered: number;
  listingPages: number;
  /** Article pages answered 200 and read (a page that then failed counts as an error). */
  fetched: number;
  /** Article pages answered 304: unchanged since the last run, not fetched again. */
  notModified: number;
  /** Articles seen for the first time. */
  new: number;
  /** Articles whose content changed: one new version each. */
  changed: number;
  /** Articles fetched in full whose content had not changed. */
  unchanged: number;
  /** Articles stored (new + changed + unchanged). */
  stored: number;
  skipped: number;
  errors: number;
}

/** The counts of a queued run from its outcomes. */
export function runCounts(progress: RunProgress): RunCounts {
  const o = progress.outcomes;
  const n = (k: keyof typeof o) => o[k] ?? 0;
  return {
    discovered: progress.discovered,
    listingPages: n("listing"),
    fetched: progress.fetched,
    notModified: n("not-modified"),
    new: n("new"),
    changed: n("changed"),
    unchanged: n("unchanged"),
    stored: n("new") + n("changed") + n("unchanged"),
    skipped: n("skipped"),
    errors: n("error"),
  };
}

/** A queued run's summary as its bookkeeping in Redis stands now: what `crawl_runs` records at its end. */
export async function runSummary(tracker: RunTracker, runId: number): Promise<{ counts: RunCounts; errors: CrawlError[] }> {
  return { counts: runCounts(await tracker.progress(runId)), errors: await tracker.errors(runId) };
}
