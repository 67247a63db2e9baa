/** Where the store lives: every setting, its environment variable and its default. */
import { assertSchemaName, DEFAULT_SCHEMA } from "./schema-name.ts";

/** Options of `openStore()`; each falls back to its environment variable, then its default. */
export interface StoreOptions {
  /** PostgreSQL connection string. Env `DATABASE_URL`. Unset: PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite data folder. Env `VDP_DATA_DIR`. Default `./.vdp`. */
  dataDir?: string;
  /** Schema of the tables. Env `VDP_SCHEMA`. Default `public`. */
  schema?: string;
  /** Pool size on a server. Env `VDP_DB_POOL`. Default 4. */
  maxConnections?: number;
}

/** The resolved settings. */
export type ResolvedStoreOptions =
  | { backend: "postgres"; databaseUrl: string; schema: string; maxConnections: number }
  | { backend: "pglite"; dataDir: string; schema: string };

/** Resolves options against the environment. */
export function resolveStoreOptions(options: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedStoreOptions {
  const schema = assertSchemaName(options.schema ?? (env.VDP_SCHEMA || DEFAULT_SCHEMA));
  const databaseUrl = options.databaseUrl ?? (options.dataDir === undefined ? env.DATABASE_URL || undefined : undefined);
  if (databaseUrl) {
    const pool = options.maxConnections ?? Number(env.VDP_DB_POOL || 4);
    if (!Number.isInteger(pool) || pool < 1) throw new Error(`VDP_DB_POOL must be a whole number ≥ 1, got ${env.VDP_DB_POOL}`);
    return { backend: "postgres", databaseUrl, schema, maxConnections: pool };
  }
  return { backend: "pglite", dataDir: options.dataDir ?? (env.VDP_DATA_DIR || "./.vdp"), schema };
}
