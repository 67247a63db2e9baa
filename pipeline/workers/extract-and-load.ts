/**
 * Extract + load of one read article, as the queue workers do it: the site's cross-page
 * boilerplate from the store (the paragraphs repeated over its stored articles, read once a
 * minute per site), `processArticle`, and the load batched with the other jobs in flight,
 * the page's fetch recorded in the same transaction as its article. A database error is
 * retryable; a record the store rejects is not.
 */
import { InvalidRecordError } from "../../storage/load-input.ts";
import type { LoadResult } from "../../storage/load-batch.ts";
import type { Store } from "../../storage/store.ts";
import { crawlError } from "../crawl-error.ts";
import type { CrawlError } from "../crawl-error.ts";
import type { PageFetchRecord } from "../handlers/fetch.ts";
import { processArticle } from "../handlers/process.ts";
import type { ParsedPage } from "../handlers/process.ts";
import type { ExtractBatcher } from "../extract-batcher.ts";
import type { LoadBatcher } from "../load-batcher.ts";

const BOILERPLATE_TTL_MS = 60_000;

/** What extract + load of one page came to. */
export type ExtractLoadOutcome =
  | { kind: "done"; result: LoadResult["status"] | "skipped" }
  | { kind: "error"; error: CrawlError; retryable: boolean };

/** Extracts and loads one page of `site`. */
export type ExtractAndLoad = (site: string, parsed: ParsedPage, page: PageFetchRecord) => Promise<ExtractLoadOutcome>;

/** The extract + load step over `store`, its loads going through `batcher`. */
export function extractAndLoader(store: Pick<Store, "boilerplateHashes">, batcher: LoadBatcher, extractor?: ExtractBatcher): ExtractAndLoad {
  const boilerplate = new Map<string, { at: number; keys: Promise<Set<string>> }>();
  const knownBoilerplate = (site: string): Promise<Set<string>> => {
    const hit = boilerplate.get(site);
    if (hit && Date.now() - hit.at < BOILERPLATE_TTL_MS) return hit.keys;
    const keys = store.boilerplateHashes(site);
    boilerplate.set(site, { at: Date.now(), keys });
    keys.catch(() => boilerplate.delete(site));
    return keys;
  };

  return async (site, parsed, page) => {
    let known: Set<string>;
    try {
      known = await knownBoilerplate(site);
    } catch (err) {
      return { kind: "error", retryable: true, error: { ...crawlError("process", site, parsed.url, err, "LOAD"), kind: "retryable" } };
    }
    let status: LoadResult["status"] | null = null;
    let loadError: unknown = null;
    const outcome = await processArticle(
      { ...parsed, site },
      {
        load: async (input) => {
          try {
            const result = await batcher.load({ ...input, fetch: page });
            status = result.status;
            return result;
          } catch (err) {
            loadError = err;
            throw err;
          }
        },
        knownBoilerplate: known,
        extract: extractor ? (input) => extractor.extract(input) : undefined,
      },
    );
    if (outcome.kind === "error") {
      return { kind: "error", error: outcome.error, retryable: outcome.error.code === "LOAD" && !(loadError instanceof InvalidRecordError) };
    }
    return { kind: "done", result: outcome.kind === "skipped" ? "skipped" : (status ?? "unchanged") };
  };
}
