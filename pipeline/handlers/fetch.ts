/**
 * The fetch stage: one article URL in; the fetched page, a 304, or a recorded error out.
 * Validators of the last fetch make a recrawl of an unchanged page cost a 304.
 */
import type { FetchedDocument, Fetcher } from "../../crawlers/fetcher.ts";
import type { PageValidators, ValidatorStore } from "../../crawlers/validator-store.ts";
import { crawlError } from "../crawl-error.ts";
import type { CrawlError } from "../crawl-error.ts";

/** One fetch job. */
export interface FetchTask {
  site: string;
  url: string;
}

/** A fetch as the store records it. */
export interface PageFetchRecord {
  url: string;
  finalUrl: string;
  status: number;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  fetchedAt: string;
  site: string;
}

/** What the fetch stage needs. */
export interface FetchDeps {
  fetcher: Fetcher;
  validators: ValidatorStore;
  /** The site's real charset when it lies. */
  charset?: string | null;
}

/**
 * The outcome of one fetch job. A 200 or a 304 comes with the fetch as the store records it;
 * the caller records it (a 200 with its article, so a page never loaded is fetched in full
 * next time).
 */
export type FetchOutcome =
  | { kind: "page"; site: string; page: FetchedDocument; fetch: PageFetchRecord }
  | { kind: "not-modified"; site: string; url: string; finalUrl: string; fetch: PageFetchRecord }
  | { kind: "error"; error: CrawlError };

/** Fetches one article page; failures are returned, never thrown. */
export async function fetchPage(task: FetchTask, deps: FetchDeps): Promise<FetchOutcome> {
  let previous: PageValidators | null = null;
  try {
    previous = await deps.validators.get(task.url);
  } catch {
    previous = null; // Without validators the fetch is unconditional: slower, still correct.
  }
  try {
    const result = await deps.fetcher.fetch(task.url, { accept: "html", validators: previous, charset: deps.charset ?? null });
    const contentHash = result.kind === "page" ? result.contentHash : (previous?.contentHash ?? null);
    const validators: PageValidators = { etag: result.etag, lastModified: result.lastModified, contentHash };
    await deps.validators.put(task.url, validators);
    const fetch: PageFetchRecord = {
      url: task.url,
      finalUrl: result.finalUrl,
      status: result.status,
      etag: result.etag,
      lastModified: result.lastModified,
      contentHash,
      fetchedAt: result.fetchedAt,
      site: task.site,
    };
    if (result.kind === "not-modified") return { kind: "not-modified", site: task.site, url: task.url, finalUrl: result.finalUrl, fetch };
    return { kind: "page", site: task.site, page: result, fetch };
  } catch (err) {
    return { kind: "error", error: crawlError("fetch", task.site, task.url, err) };
  }
}
