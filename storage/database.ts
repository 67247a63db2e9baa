import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * The one SQL interface every part of `storage/` uses, whichever backend runs it:
 * node-postgres on a server or PGlite in a data folder. Both return the same JS types
 * (`date` as "YYYY-MM-DD", timestamps as ISO strings, int8 and numeric as numbers).
 */

/** The rows a statement returned and how many rows it touched. */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** Something that runs SQL: a pool, a held connection or an open transaction. */
export interface Sql {
  /**
   * One statement, with `$1…` parameters. A `name` makes it a prepared statement on the server
   * (planned once per connection, for statements whose plan does not depend on the values);
   * PGlite runs it as an ordinary statement.
   */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: { name?: string }): Promise<QueryResult<R>>;
  /** A script of several statements, without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** The driver underneath, for tools that need what `Sql` does not offer (COPY in the benchmark). */
export type DatabaseDriver = { kind: "postgres"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };

/** An open database: SQL, transactions, a held session, and close. */
export interface Database extends Sql {
  /** Which backend runs the SQL. */
  readonly kind: "postgres" | "pglite";
  /** The driver underneath. */
  readonly driver: DatabaseDriver;
  /** The schema the store's tables live in (first on the search_path). */
  readonly schema: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs `fn` on one connection held for its duration (for session-level advisory locks). */
  session<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Closes the pool or the embedded database. */
  close(): Promise<void>;
}
