/**
 * Opening the store: `DATABASE_URL` set → a node-postgres pool; unset → PGlite in
 * `VDP_DATA_DIR` (default `./.vdp`), locked to this process. Migrations are applied on open.
 */
import { migrate } from "./migrate.ts";
import { postgresDatabase } from "./postgres-database.ts";
import { Store } from "./store.ts";
import { redactUrl } from "./redact-url.ts";
import { StorageError } from "./storage-error.ts";
import { resolveStoreOptions, type StoreOptions } from "./store-options.ts";

/**
 * Opens (and migrates) the store.
 *
 * @example const store = await openStore(); await store.load(record); await store.close();
 * @example await openStore({ databaseUrl: "postgres://postgres@127.0.0.1/test", schema: "vdp_t1" })
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const resolved = resolveStoreOptions(options);
  const db =
    resolved.backend === "postgres"
      ? postgresDatabase({ url: resolved.databaseUrl, schema: resolved.schema, maxConnections: resolved.maxConnections })
      : // PGlite (its WebAssembly PostgreSQL) is loaded only when it is the backend.
        await (await import("./pglite-database.ts")).pgliteDatabase({ dataDir: resolved.dataDir, schema: resolved.schema });
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => undefined);
    const where = resolved.backend === "postgres" ? redactUrl(resolved.databaseUrl) : resolved.dataDir;
    throw new StorageError(`cannot open the store at ${where}`, err);
  }
  return new Store(db);
}
