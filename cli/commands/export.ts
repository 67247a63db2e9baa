/** `vdp export`: the archive as CSV or JSON Lines, for spreadsheets and notebooks. */
import type { Command } from "commander";
import { EXPORT_TABLES, exportRows, isExportTable } from "../../storage/export-rows.ts";
import { csvLine } from "../csv-line.ts";
import { STORE_HELP, withStore } from "../with-store.ts";
import { writeOut } from "../write-out.ts";

/** Registers `vdp export`. */
export function register(program: Command): void {
  const tables = Object.keys(EXPORT_TABLES).join(", ");
  program
    .command("export")
    .description(
      "Write the archive to standard output. Without --table: the articles, one per line, each with\n" +
        "its text, paragraphs and every finding (directives, officials, dates, deadlines), in the\n" +
        "record's field names. With --table: that table's rows. In CSV, lists and objects are JSON.",
    )
    .option("--format <format>", "csv or jsonl", "jsonl")
    .option("--table <table>", `one table: ${tables}`)
    .addHelpText(
      "after",
      "\nExamples:\n  vdp export > archive.jsonl\n  vdp export --format csv --table deadlines > deadlines.csv\n" + STORE_HELP,
    )
    .action(async (options: { format: string; table?: string }) => {
      if (options.format !== "csv" && options.format !== "jsonl") {
        throw new Error(`--format: expected csv or jsonl, got ${JSON.stringify(options.format)}`);
      }
      const table = options.table;
      if (table !== undefined && !isExportTable(table)) {
        throw new Error(`--table: no table ${JSON.stringify(table)}; tables: ${tables}`);
      }
      await withStore(async (store) => {
        let header: string[] | null = null;
        for await (const row of exportRows(store, table === undefined ? {} : { table })) {
          if (options.format === "jsonl") {
            await writeOut(JSON.stringify(row) + "\n");
            continue;
          }
          if (header === null) {
            header = Object.keys(row);
            await writeOut(csvLine(header));
          }
          await writeOut(csvLine(header.map((k) => row[k])));
        }
      });
    });
}
