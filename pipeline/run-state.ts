/** A crawl run's state in words, from its `crawl_runs` row. */
import type { CrawlRun } from "../storage/store.ts";

/** The states a run is shown in. */
export type RunState = "running" | "finished" | "finished with errors" | "skipped" | "failed";

/**
 * The state of `run`: running until it has an end; skipped when it did not start because an
 * earlier run of its target was still going; failed when it recorded only a run-level error.
 */
export function runState(run: CrawlRun): RunState {
  if (!run.finishedAt) return "running";
  const errors = run.errors as Array<{ stage?: string; code?: string }>;
  if (errors.some((e) => e.stage === "run" && e.code === "OVERLAP")) return "skipped";
  if (errors.some((e) => e.stage === "run")) return "failed";
  return (run.counts.errors ?? 0) > 0 ? "finished with errors" : "finished";
}
