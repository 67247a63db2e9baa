/**
 * The store as the crawler's `ValidatorStore`: validators are read from the last recorded
 * fetch, the reads of the fetch jobs running at once in one query; writing is a no-op
 * because a page's fetch is recorded with its article (or on its own for a 304).
 */
import type { PageValidators, ValidatorStore } from "../crawlers/validator-store.ts";
import type { Store } from "../storage/store.ts";
import { BatchedLookup } from "./batched-lookup.ts";

/** A `ValidatorStore` over `store.getPagesValidators`. */
export function storeValidators(store: Pick<Store, "getPagesValidators">): ValidatorStore {
  const lookup = new BatchedLookup<string, PageValidators>((urls) => store.getPagesValidators(urls));
  return {
    get: (url) => lookup.get(url),
    put: async () => undefined,
  };
}
