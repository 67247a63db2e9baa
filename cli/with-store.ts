/** How a command uses the store: open it, run, always close it. */
import { openStore } from "../storage/db.ts";
import type { Store } from "../storage/store.ts";

/** Help text every storage command shows about where the data lives. */
export const STORE_HELP =
  "\nWhere the data lives:\n" +
  "  DATABASE_URL   PostgreSQL connection string (e.g. postgres://postgres@127.0.0.1:5432/vdp)\n" +
  "  VDP_DATA_DIR   without DATABASE_URL: the embedded database folder (default ./.vdp)\n" +
  "  VDP_SCHEMA     schema of the tables (default public)\n";

/** Opens the store from the environment, runs `fn`, closes the store. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
