/** `vdp deadlines`: tasks and the day they are due by, across the archive. */
import { dayBound } from "./day-bound.ts";
import { clampLimit } from "./clamp-limit.ts";
import { sqlFile } from "./sql-file.ts";
import type { Store } from "./store.ts";

/** One deadline and its article. */
export interface DeadlineRow {
  /** As normalized: YYYY-MM-DD, YYYY-MM or YYYY-Qn. */
  due: string;
  /** The last day it allows. */
  dueBy: string | null;
  task: string;
  written: string;
  articleId: number;
  url: string;
  site: string | null;
  title: string | null;
  published: string | null;
}

/** Options of {@link listDeadlines}; dates as YYYY-MM-DD, YYYY-MM or YYYY-Qn. */
export interface ListDeadlinesOptions {
  /** Due on or after the start of this day, month or quarter. */
  dueAfter?: string | null;
  /** Due before the start of this day, month or quarter. */
  dueBefore?: string | null;
  site?: string | null;
  /** Most rows. Default 100, at most 100 000. */
  limit?: number;
}

/**
 * Deadlines by due day, earliest first.
 *
 * @example await listDeadlines(store, { dueAfter: "2014-11", dueBefore: "2015-01" })
 */
export async function listDeadlines(store: Store, options: ListDeadlinesOptions = {}): Promise<DeadlineRow[]> {
  const { rows } = await store.db.query<DeadlineRow>(sqlFile("deadlines-list"), [
    dayBound(options.dueAfter, "start", "--due-after"),
    dayBound(options.dueBefore, "start", "--due-before"),
    options.site ?? null,
    clampLimit(options.limit, 100, 100_000),
  ]);
  return rows;
}
