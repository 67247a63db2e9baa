/** The server backend: a node-postgres pool whose connections put the store's schema first. */
import pg from "pg";
import type { Database, QueryResult, Sql } from "./database.ts";
import { TYPE_PARSERS } from "./type-parsers.ts";

/** Options of {@link postgresDatabase}. */
export interface PostgresDatabaseOptions {
  /** Connection string, e.g. `postgres://postgres@127.0.0.1:5432/vdp`. */
  url: string;
  /** Schema of the store's tables (validated by the caller). */
  schema: string;
  /** Pool size. Default 4. */
  maxConnections?: number;
}

const types = {
  getTypeParser(oid: number, format?: string): (value: string) => unknown {
    const own = TYPE_PARSERS[oid];
    if (own && format !== "binary") return own;
    return pg.types.getTypeParser(oid, (format ?? "text") as "text") as (value: string) => unknown;
  },
};

function wrap(client: pg.Pool | pg.PoolClient): Sql {
  return {
    async query<R>(text: string, params?: readonly unknown[], options?: { name?: string }): Promise<QueryResult<R>> {
      const values = params as unknown[] | undefined;
      const result = options?.name ? await client.query({ name: options.name, text, values }) : await client.query(text, values);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(script: string): Promise<void> {
      await client.query(script);
    },
  };
}

/**
 * A client from the pool. A checked-out client whose connection drops emits "error" on
 * itself (not on the pool): without a listener that crashes the process; the query in
 * flight fails with the same error anyway.
 */
async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  if (client.listenerCount("error") === 0) client.on("error", () => undefined);
  return client;
}

/** Opens a pool on `url`; nothing is sent until the first query. */
export function postgresDatabase(options: PostgresDatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 4,
    options: `-c search_path=${options.schema},public`,
    types,
  });
  // An idle connection that the server drops must not crash the process.
  pool.on("error", () => undefined);
  const sql = wrap(pool);
  return {
    kind: "postgres",
    driver: { kind: "postgres", pool },
    schema: options.schema,
    query: sql.query,
    exec: sql.exec,
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await checkOut(pool);
      try {
        await client.query("begin");
        const result = await fn(wrap(client));
        await client.query("commit");
        return result;
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async session<T>(fn: (s: Sql) => Promise<T>): Promise<T> {
      const client = await checkOut(pool);
      try {
        return await fn(wrap(client));
      } finally {
        client.release();
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
