/** `vdp load FILE.jsonl`: records into the store, one JSON object per line. */
import { wholeNumber } from "../number-options.ts";
import fs from "node:fs";
import type { Command } from "commander";
import { loadJsonl } from "../../storage/load-jsonl.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

/** Registers `vdp load`. */
export function register(program: Command): void {
  program
    .command("load")
    .description(
      "Load article records (JSON Lines, e.g. from `vdp extract --json`) into the store.\n" +
        "Each record's canonical URL is its `url`, else `file:` + its `file`. Loading the same record\n" +
        "again changes nothing; a changed record becomes a new version of its article.",
    )
    .argument("<file>", "JSONL file of records, or - for standard input")
    .option("--batch-size <n>", "records per transaction", wholeNumber, 200)
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  vdp extract --json samples/articles/*.txt > records.jsonl && vdp load records.jsonl\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1/vdp vdp load records.jsonl --json\n\n" +
        "A malformed line is reported with its line number and skipped; the rest loads, and the\n" +
        "exit code is 1 when any line failed.\n" +
        STORE_HELP,
    )
    .action(async (file: string, options: { batchSize: number; json?: boolean }) => {
      if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
        throw new Error(`--batch-size: expected a whole number ≥ 1, got ${options.batchSize}`);
      }
      if (file !== "-" && !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        throw new Error(`${file}: no such file (give a JSONL file of records, or - for standard input)`);
      }
      const report = await withStore((store) => loadJsonl(store, file, { batchSize: options.batchSize }));
      for (const f of report.failed) process.stderr.write(`vdp load: ${file}:${f.line}: ${f.error}\n`);
      if (options.json) process.stdout.write(JSON.stringify(report) + "\n");
      else {
        process.stdout.write(
          `${file}: ${report.new} new, ${report.changed} changed, ${report.unchanged} unchanged, ` +
            `${report.failed.length} failed (${report.lines} lines)\n`,
        );
      }
      if (report.failed.length > 0) process.exitCode = 1;
    });
}
