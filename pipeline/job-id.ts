/**
 * Deterministic job ids: a stage's letter and a hash of the normalized URL, so the same page
 * queued twice (two listings, a rerun, a restarted worker) is one job, never two at once.
 * BullMQ ids must not contain ":", hence a hex digest and a dash.
 */
import { createHash } from "node:crypto";
import { normalizeUrl } from "../crawlers/url-normalize.ts";

/** The stages whose jobs are keyed by a URL. */
export type UrlStage = "discover" | "fetch" | "process";

const LETTER: Record<UrlStage, string> = { discover: "d", fetch: "f", process: "p" };

/**
 * The job id of `stage` for `url` (`kind` tells a listing from a feed at the same URL).
 * @example urlJobId("fetch", "http://a.vn/x.html#top") === urlJobId("fetch", "http://a.vn/x.html") // true
 */
export function urlJobId(stage: UrlStage, url: string, kind = ""): string {
  const key = `${kind}|${normalizeUrl(url) ?? url}`;
  return `${LETTER[stage]}-${createHash("sha1").update(key).digest("hex")}`;
}

/** The stage a job id belongs to, from its letter (null for run and scheduler ids). */
export function stageOfJobId(id: string): UrlStage | null {
  if (id.startsWith("d-")) return "discover";
  if (id.startsWith("f-")) return "fetch";
  if (id.startsWith("p-")) return "process";
  return null;
}

/** The id of the coordinator job of run `runId`. */
export function runJobId(runId: number): string {
  return `run-${runId}`;
}
