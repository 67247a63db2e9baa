/**
 * The store as the crawler's `ValidatorStore`: validators are read from the last recorded
 * fetch; writing is a no-op because the fetch stage's `recordPage` stores them with the page.
 */
import type { ValidatorStore } from "../crawlers/validator-store.ts";
import type { Store } from "../storage/store.ts";

/** A `ValidatorStore` over `store.getPageValidators`. */
export function storeValidators(store: Pick<Store, "getPageValidators">): ValidatorStore {
  return {
    get: (url) => store.getPageValidators(url),
    put: async () => undefined,
  };
}
