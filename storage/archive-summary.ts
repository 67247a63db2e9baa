/** What the archive holds at a glance (`vdp demo` prints it): counts, top documents and officials, deadlines ahead. */
import { sqlFile } from "./sql-file.ts";
import type { Store } from "./store.ts";

/** The archive's size. */
export interface ArchiveCounts {
  articles: number;
  directives: number;
  directiveMentions: number;
  officials: number;
  deadlines: number;
  /** Earlier versions kept because an article changed. */
  replacedVersions: number;
  newestPublished: string | null;
}

/** A document and how often it is mentioned. */
export interface DirectiveCount {
  docId: string;
  type: string | null;
  issuedBy: string | null;
  title: string | null;
  mentions: number;
  articles: number;
}

/** An official and in how many articles they appear. */
export interface OfficialCount {
  name: string;
  articles: number;
  role: string | null;
}

/** A deadline ahead of a day. */
export interface UpcomingDeadline {
  due: string;
  dueBy: string | null;
  task: string;
  title: string | null;
  url: string;
}

/** An article, newest first. */
export interface ArticleLine {
  title: string | null;
  published: string | null;
  url: string;
  directiveMentions: number;
  officials: number;
}

/** The summary. */
export interface ArchiveSummary {
  counts: ArchiveCounts;
  /** The newest articles. */
  articles: ArticleLine[];
  directives: DirectiveCount[];
  officials: OfficialCount[];
  /** Deadlines due on or after `deadlinesFrom`. */
  deadlines: UpcomingDeadline[];
  deadlinesFrom: string;
}

/**
 * Summarizes the archive; deadlines are those due on or after `from` (default: the newest
 * publication day in the archive, so an archive of old news still shows what it asked for).
 *
 * @example const s = await archiveSummary(store, { top: 10 }); s.directives[0]?.docId
 */
export async function archiveSummary(store: Store, options: { top?: number; from?: string } = {}): Promise<ArchiveSummary> {
  const top = Math.min(Math.max(1, options.top ?? 10), 1000);
  const { rows } = await store.db.query<ArchiveCounts>(sqlFile("archive-counts"));
  const counts = rows[0]!;
  const from = options.from ?? counts.newestPublished ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new Error(`archive summary: "from" must be a YYYY-MM-DD day, got "${from}"`);
  const [articles, directives, officials, deadlines] = await Promise.all([
    store.db.query<ArticleLine>(sqlFile("archive-latest-articles"), [top]),
    store.db.query<DirectiveCount>(sqlFile("archive-top-directives"), [top]),
    store.db.query<OfficialCount>(sqlFile("archive-top-officials"), [top]),
    store.db.query<UpcomingDeadline>(sqlFile("archive-deadlines-from"), [top, from]),
  ]);
  return { counts, articles: articles.rows, directives: directives.rows, officials: officials.rows, deadlines: deadlines.rows, deadlinesFrom: from };
}
