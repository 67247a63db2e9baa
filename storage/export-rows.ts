/**
 * `vdp export`: rows for spreadsheets and notebooks, read page by page in key order (so a
 * million articles stream in constant memory). Without a table: whole articles, each with
 * its text, paragraphs and every finding, in the record's own field names.
 */
import { sqlFile } from "./sql-file.ts";
import type { Store } from "./store.ts";

/** The tables `exportRows` can write, with the key it pages by. */
export const EXPORT_TABLES = {
  sites: ["id"],
  pages: ["id"],
  articles: ["id"],
  article_versions: ["article_id", "version"],
  paragraphs: ["article_id", "position"],
  paragraph_counts: ["site_id", "hash"],
  directives: ["id"],
  directive_mentions: ["article_id", "ordinal"],
  officials: ["id"],
  official_mentions: ["article_id", "ordinal"],
  dates: ["article_id", "ordinal"],
  deadlines: ["article_id", "ordinal"],
  crawl_runs: ["id"],
} as const satisfies Record<string, readonly string[]>;

/** A table name `exportRows` accepts. */
export type ExportTable = keyof typeof EXPORT_TABLES;

/** Rows read per query. */
export const EXPORT_PAGE_ROWS = 500;

/** True when `name` is one of {@link EXPORT_TABLES}. */
export function isExportTable(name: string): name is ExportTable {
  return Object.hasOwn(EXPORT_TABLES, name);
}

/**
 * The rows of `table`, or whole article records when `table` is omitted.
 *
 * @example for await (const row of exportRows(store, { table: "deadlines" })) console.log(row.due)
 */
export async function* exportRows(store: Store, options: { table?: ExportTable } = {}): AsyncGenerator<Record<string, unknown>> {
  const table = options.table;
  if (table === undefined) {
    let after = 0;
    for (;;) {
      const { rows } = await store.db.query<Record<string, unknown> & { id: number; facts: Record<string, unknown> }>(
        sqlFile("export-records"),
        [after, EXPORT_PAGE_ROWS],
      );
      for (const { facts, text, version, contentHash, firstSeen, lastSeen, ...head } of rows) {
        yield { ...head, ...facts, text, version, contentHash, firstSeen, lastSeen };
      }
      if (rows.length < EXPORT_PAGE_ROWS) return;
      after = rows[rows.length - 1]!.id;
    }
  }
  const keys: readonly string[] = EXPORT_TABLES[table];
  let last: unknown[] = keys.map((k) => (k === "hash" ? "" : -1));
  for (;;) {
    const { rows } = await store.db.query<Record<string, unknown>>(sqlFile(`export-${table}`), [...last, EXPORT_PAGE_ROWS]);
    yield* rows;
    if (rows.length < EXPORT_PAGE_ROWS) return;
    const end = rows[rows.length - 1]!;
    last = keys.map((k) => end[k]);
  }
}
