/**
 * The peer of the storage benchmark: a plain COPY of the very rows the loader wrote, into a
 * fresh, migrated copy of the same tables (same indexes, same generated search column), on
 * the same database. Rows are first copied out (not timed), then copied in (timed).
 * The SQL here is the measuring instrument, not part of the store.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Database } from "../storage/database.ts";
import { migrate } from "../storage/migrate.ts";
import { postgresDatabase } from "../storage/postgres-database.ts";

/** The tables the loader writes, parents before children. */
export const LOADED_TABLES = [
  "sites",
  "articles",
  "paragraphs",
  "paragraph_counts",
  "directives",
  "directive_mentions",
  "officials",
  "official_mentions",
  "dates",
  "deadlines",
] as const;

/** What the COPY took. */
export interface CopyResult {
  ms: number;
  rows: number;
  bytes: number;
}

async function columnsOf(db: Database, schema: string, table: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>(
    "select column_name as name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER' order by ordinal_position",
    [schema, table],
  );
  return rows.map((r) => `"${r.name}"`).join(", ");
}

/** Creates and migrates schema `target` on the same database as `db`. */
async function prepareTarget(db: Database, target: string, databaseUrl: string | null): Promise<void> {
  if (db.kind === "postgres") {
    if (!databaseUrl) throw new Error("copyPeer needs the database URL on a server");
    const other = postgresDatabase({ url: databaseUrl, schema: target, maxConnections: 1 });
    try {
      await migrate(other);
    } finally {
      await other.close();
    }
    return;
  }
  // One PGlite connection: switch its search_path for the migration, then back.
  await db.exec(`set search_path = "${target}", public`);
  try {
    await migrate({ ...db, schema: target });
  } finally {
    await db.exec(`set search_path = "${db.schema}", public`);
  }
}

/** Copies every loaded table of `db.schema` into a new schema `target` with COPY; times the copy in. */
export async function copyPeer(db: Database, target: string, databaseUrl: string | null): Promise<CopyResult> {
  await prepareTarget(db, target, databaseUrl);
  let ms = 0;
  let rows = 0;
  let bytes = 0;
  const driver = db.driver;
  if (driver.kind === "postgres") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-copy-"));
    const client = await driver.pool.connect();
    try {
      for (const table of LOADED_TABLES) {
        const cols = await columnsOf(db, db.schema, table);
        const file = path.join(dir, `${table}.copy`);
        await pipeline(client.query(copyTo(`copy (select ${cols} from "${db.schema}"."${table}") to stdout`)), fs.createWriteStream(file));
        bytes += fs.statSync(file).size;
        const t0 = performance.now();
        const sink = client.query(copyFrom(`copy "${target}"."${table}" (${cols}) from stdin`));
        await pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), sink);
        ms += performance.now() - t0;
        rows += Number(sink.rowCount ?? 0);
        fs.rmSync(file);
      }
    } finally {
      client.release();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return { ms, rows, bytes };
  }
  // PGlite: COPY through /dev/blob, in slices of the key so that no blob grows too large.
  const pglite = driver.pglite;
  const SLICE = 20_000;
  for (const table of LOADED_TABLES) {
    const cols = await columnsOf(db, db.schema, table);
    const key = ["sites", "articles", "directives", "officials"].includes(table) ? "id" : table === "paragraph_counts" ? "site_id" : "article_id";
    const { rows: range } = await db.query<{ lo: number | null; hi: number | null }>(
      `select min(${key})::int8 as lo, max(${key})::int8 as hi from "${db.schema}"."${table}"`,
    );
    const lo = Number(range[0]?.lo ?? 1);
    const hi = Number(range[0]?.hi ?? 0);
    const step = table === "paragraph_counts" ? 1 : SLICE;
    for (let from = lo; from <= hi; from += step) {
      const out = await pglite.query(
        `copy (select ${cols} from "${db.schema}"."${table}" where ${key} >= ${from} and ${key} < ${from + step}) to '/dev/blob'`,
      );
      const blob = out.blob;
      if (!blob || blob.size === 0) continue;
      bytes += blob.size;
      const t0 = performance.now();
      const res = await pglite.query(`copy "${target}"."${table}" (${cols}) from '/dev/blob'`, [], { blob });
      ms += performance.now() - t0;
      rows += res.affectedRows ?? 0;
    }
  }
  return { ms, rows, bytes };
}
