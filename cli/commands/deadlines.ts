/** `vdp deadlines`: tasks and when they are due, earliest first. */
import { wholeNumber } from "../number-options.ts";
import type { Command } from "commander";
import { listDeadlines } from "../../storage/list-deadlines.ts";
import { formatTable } from "../format-table.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

/** Registers `vdp deadlines`. */
export function register(program: Command): void {
  program
    .command("deadlines")
    .description(
      "Deadlines found in the archive: what must be done by when, with the article. A deadline of a\n" +
        "month or quarter (2014-12, 2017-Q3) is due by its last day. Dates may be YYYY-MM-DD, YYYY-MM\n" +
        "or YYYY-Qn.",
    )
    .option("--due-after <date>", "due on or after the start of this day, month or quarter")
    .option("--due-before <date>", "due before the start of this day, month or quarter")
    .option("--site <site>", "only this site (its id)")
    .option("--limit <n>", "most rows (default 100)", wholeNumber)
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  vdp deadlines --due-after 2014-11 --due-before 2015-01\n  vdp deadlines --site dongda --json\n" + STORE_HELP)
    .action(async (options: { dueAfter?: string; dueBefore?: string; site?: string; limit?: number; json?: boolean }) => {
      const rows = await withStore((store) => listDeadlines(store, options));
      if (options.json) {
        process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
        return;
      }
      if (rows.length === 0) {
        process.stdout.write("No deadlines match.\n");
        return;
      }
      process.stdout.write(
        formatTable(rows, [
          { header: "due", cell: (r) => r.due },
          { header: "due by", cell: (r) => r.dueBy },
          { header: "site", cell: (r) => r.site, maxWidth: 16 },
          { header: "article", cell: (r) => r.articleId },
          { header: "task", cell: (r) => r.task, maxWidth: 90 },
        ]) + "\n",
      );
    });
}
