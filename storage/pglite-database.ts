/** The embedded backend: PGlite in a data folder, guarded by a PID lock file. */
import path from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { Database, QueryResult, Sql } from "./database.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { TYPE_PARSERS } from "./type-parsers.ts";

/** Options of {@link pgliteDatabase}. */
export interface PgliteDatabaseOptions {
  /** The data folder: the database lives in `<dataDir>/pgdata`, the lock in `<dataDir>/lock`. */
  dataDir: string;
  /** Schema of the store's tables (validated by the caller). */
  schema: string;
}

function wrap(target: PGlite | Transaction): Sql {
  return {
    async query<R>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const result = await target.query<R>(text, params as unknown[] | undefined);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

/** Takes the folder's lock and opens PGlite with unaccent and pg_trgm (needed on every open). */
export async function pgliteDatabase(options: PgliteDatabaseOptions): Promise<Database> {
  const lock = lockDataDir(options.dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create({
      dataDir: path.join(options.dataDir, "pgdata"),
      extensions: { unaccent, pg_trgm },
      parsers: TYPE_PARSERS,
    });
    await db.exec(`set search_path = "${options.schema}", public`);
  } catch (err) {
    lock.release();
    throw err;
  }
  const sql = wrap(db);
  return {
    kind: "pglite",
    driver: { kind: "pglite", pglite: db },
    schema: options.schema,
    query: sql.query,
    exec: sql.exec,
    transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      return db.transaction((tx) => fn(wrap(tx)));
    },
    session<T>(fn: (s: Sql) => Promise<T>): Promise<T> {
      return fn(sql);
    },
    async close(): Promise<void> {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}
