/**
 * Migrations: the numbered files `storage/migrations/NNNN_name.sql`, applied in order, each in
 * its own transaction, under an advisory lock (so concurrent openers wait for each other),
 * and recorded in `schema_migrations`. Running it again applies nothing.
 */
import fs from "node:fs";
import type { Database } from "./database.ts";
import { sqlFile } from "./sql-file.ts";

/** The advisory lock key all vdp migrations take (one per database: extensions are shared). */
export const MIGRATION_LOCK_KEY = 7_340_391_001;

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const migrationsDir = new URL("./migrations/", import.meta.url);

/** The migration files in version order. */
export function listMigrations(): Migration[] {
  return fs
    .readdirSync(migrationsDir)
    .map((file) => /^(\d{4})_([\w-]+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      version: Number(m[1]),
      name: m[2] ?? "",
      sql: fs.readFileSync(new URL(m[0], migrationsDir), "utf8"),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations `db` lacks; returns the versions it applied (empty when up to date). */
export async function migrate(db: Database): Promise<number[]> {
  return db.session(async (sql) => {
    await sql.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await sql.exec(sqlFile("migrate-bootstrap").replaceAll("{{schema}}", db.schema));
      const done = await sql.query<{ version: number }>(sqlFile("migrate-applied"));
      const applied = new Set(done.rows.map((r) => r.version));
      const ran: number[] = [];
      for (const m of listMigrations()) {
        if (applied.has(m.version)) continue;
        await sql.exec("begin");
        try {
          await sql.exec(m.sql);
          await sql.query(sqlFile("migrate-record"), [m.version, m.name]);
          await sql.exec("commit");
        } catch (err) {
          await sql.exec("rollback");
          throw new Error(`migration ${m.version}_${m.name}.sql failed: ${(err as Error).message}`, { cause: err });
        }
        ran.push(m.version);
      }
      return ran;
    } finally {
      await sql.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
